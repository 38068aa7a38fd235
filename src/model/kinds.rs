//! The fields of each item kind, as typed values with positions (spec sections 5 and 6).
//!
//! These are parsed shapes only; the domain rules (reconciliation, quorum, sums) live in
//! `check`, so that a page can still be drawn for an item whose numbers are wrong.

use jiff::civil::Date;

use super::{Decimal2, Fen, Spanned, TextTail};
use crate::diagnostic::Pos;

/// A Markdown notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// `category:` such as 通知, 公告.
    pub category: Option<String>,
    /// The Markdown body: the end of the file's text.
    pub markdown: TextTail,
    /// The file line the body starts on (1-based), to locate problems inside it.
    pub body_line: usize,
}

/// One income or expense line of a finance item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinanceLine {
    /// Where the line (its `-` entry) starts.
    pub pos: Pos,
    /// `date:`.
    pub date: Spanned<Date>,
    /// `category:` as written: a name or a code.
    pub category: Spanned<String>,
    /// `amount:`.
    pub amount: Spanned<Fen>,
    /// `payee:`.
    pub payee: Option<String>,
    /// `voucher:` 凭证号.
    pub voucher: Option<String>,
    /// `note:`.
    pub note: Option<String>,
}

/// `budget:` amounts by category.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Budget {
    /// Income budget lines.
    pub income: Vec<(Spanned<String>, Spanned<Fen>)>,
    /// Expense budget lines.
    pub expenses: Vec<(Spanned<String>, Spanned<Fen>)>,
}

/// 经费收支.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finance {
    /// 期初余额.
    pub opening_balance: Spanned<Fen>,
    /// 收入.
    pub income: Vec<FinanceLine>,
    /// 支出.
    pub expenses: Vec<FinanceLine>,
    /// 期末余额, when given.
    pub closing_balance: Option<Spanned<Fen>>,
    /// 预算.
    pub budget: Option<Budget>,
}

/// `funded_by:` of a welfare item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundedBy {
    /// Content path of the finance item.
    pub item: Spanned<String>,
    /// Expense category in it.
    pub category: Spanned<String>,
}

/// One recipient of a welfare distribution. The name is private: only masked forms
/// may reach a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    /// Where the entry starts.
    pub pos: Pos,
    /// Full name, never rendered as is.
    pub name: Spanned<String>,
    /// 班组.
    pub team: Option<String>,
    /// 困难原因 (health data when it names an illness).
    pub reason: Option<String>,
    /// 金额.
    pub amount: Spanned<Fen>,
    /// 物品.
    pub goods: Option<String>,
    /// 备注.
    pub note: Option<String>,
}

/// 福利发放 / 送温暖 / 困难帮扶.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Welfare {
    /// `program:` 送温暖, 困难职工帮扶 …
    pub program: Spanned<String>,
    /// `funded_by:`.
    pub funded_by: Option<FundedBy>,
    /// 名单.
    pub recipients: Vec<Recipient>,
    /// `total:` as written.
    pub total: Option<Spanned<Fen>>,
}

/// One person's month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendanceRecord {
    /// Where the entry starts.
    pub pos: Pos,
    /// Name.
    pub name: Spanned<String>,
    /// 出勤天数.
    pub present: Spanned<Decimal2>,
    /// 各类假期天数, in the order written.
    pub leave: Vec<(Spanned<String>, Spanned<Decimal2>)>,
    /// 旷工天数.
    pub absent: Option<Spanned<Decimal2>>,
    /// 加班小时.
    pub overtime_hours: Option<Spanned<Decimal2>>,
    /// 备注.
    pub note: Option<String>,
}

/// 出勤公示.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendance {
    /// `team:`.
    pub team: Option<Spanned<String>>,
    /// 应出勤天数.
    pub workdays: Spanned<Decimal2>,
    /// One row per person.
    pub records: Vec<AttendanceRecord>,
}

/// `meeting:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    /// 会议名称.
    pub name: Spanned<String>,
    /// 会议日期.
    pub date: Spanned<Date>,
}

/// `votes:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Votes {
    /// Where `votes:` is.
    pub pos: Pos,
    /// 赞成.
    pub for_: Spanned<i64>,
    /// 反对.
    pub against: Spanned<i64>,
    /// 弃权.
    pub abstain: Spanned<i64>,
}

/// A dated follow-up step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressUpdate {
    /// 日期.
    pub date: Spanned<Date>,
    /// 说明.
    pub note: String,
}

/// 落实进度.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 未开始 | 落实中 | 已落实 | 已终止.
    pub status: Spanned<String>,
    /// 0-100.
    pub percent: Option<Spanned<i64>>,
    /// 说明.
    pub note: Option<String>,
    /// 时间线.
    pub updates: Vec<ProgressUpdate>,
}

/// 决议.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// Where the entry starts.
    pub pos: Pos,
    /// 标题.
    pub title: Spanned<String>,
    /// 表决.
    pub votes: Votes,
    /// Markdown text.
    pub text: Option<Spanned<String>>,
    /// `result:` as typed (checked against the computation).
    pub result: Option<Spanned<String>>,
    /// 落实情况.
    pub progress: Option<Progress>,
}

/// 提案.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// Where the entry starts.
    pub pos: Pos,
    /// 编号.
    pub number: Spanned<String>,
    /// 案由.
    pub title: Spanned<String>,
    /// 提案人.
    pub by: Option<String>,
    /// 承办部门.
    pub handler: Option<String>,
    /// 立案 | 办理中 | 已办结 | 不予立案.
    pub status: Spanned<String>,
    /// 答复.
    pub reply: Option<String>,
    /// 不予立案理由.
    pub reason: Option<String>,
}

/// 职代会.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Congress {
    /// `meeting:`.
    pub meeting: Meeting,
    /// Where `representatives:` is.
    pub representatives_pos: Pos,
    /// 代表总数.
    pub total: Spanned<i64>,
    /// 实到.
    pub present: Spanned<i64>,
    /// 决议.
    pub resolutions: Vec<Resolution>,
    /// 提案.
    pub proposals: Vec<Proposal>,
}

/// 工资奖金分配公示: one team's distribution of a period, a declared sheet whose columns
/// play roles (`days`, `points`, `gross`, `deduction`, `net`; see `check::pay`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pay {
    /// `team:`: with `period`, what finds the team's attendance sheet.
    pub team: Option<Spanned<String>>,
    /// `workdays:` 应出勤天数 of the period.
    pub workdays: Option<Spanned<Decimal2>>,
    /// `pool:` 奖金总额.
    pub pool: Option<Spanned<Fen>>,
    /// `share: points`: amounts are the pool shared by points, recomputed.
    pub share_by_points: Option<Spanned<bool>>,
    /// `remainder: balance`: what the rows leave of the pool is shown as 结余.
    pub keeps_balance: bool,
    /// The sheet.
    pub sheet: super::sheet::Sheet,
}

/// 奖惩公示: rewards and penalties of a period, on a sheet whose columns are fixed
/// (`date`, `name`, `team`, `type`, `reason`, `amount`, `basis`; see `load::tabular`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merits {
    /// `team:` the notice is about, when one.
    pub team: Option<Spanned<String>>,
    /// The entries.
    pub sheet: super::sheet::Sheet,
}

/// 综合考核结果: each person's scores on declared components (`components:` with their
/// maximum points), the total computed, never typed; the sheet's columns are `name`, one
/// per component (numbers from 0 to its max) and `total` (an optional typed total).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// `team:`.
    pub team: Option<Spanned<String>>,
    /// `last_place: flag`: the lowest total is marked (末位).
    pub flag_last: bool,
    /// `pay:` content path of the pay item whose coefficients follow from the ranks.
    pub pay: Option<Spanned<String>>,
    /// `coefficients:` the pay coefficient (系数) of each band of ranks.
    pub coefficients: Vec<CoefficientBand>,
    /// `last_coefficient:` the coefficient of whoever is flagged 末位, over their band's.
    pub last_coefficient: Option<Spanned<super::Decimal2>>,
    /// The scores: column 0 is `name`, the last is `total`, the components between.
    pub sheet: super::sheet::Sheet,
}

/// One band of ranks and the pay coefficient it gives: `{from: 1, to: 2, coefficient:
/// 1.2}`; without `to` the band runs to the last rank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoefficientBand {
    /// Where the band is written.
    pub pos: super::Pos,
    /// The first rank of the band.
    pub from: Spanned<i64>,
    /// The last rank of the band, when it has one.
    pub to: Option<Spanned<i64>>,
    /// The coefficient.
    pub coefficient: Spanned<super::Decimal2>,
}

impl CoefficientBand {
    /// Whether `rank` falls in this band.
    pub fn holds(&self, rank: i64) -> bool {
        rank >= self.from.value && self.to.as_ref().is_none_or(|to| rank <= to.value)
    }
}

/// 其他公开: any other disclosure (合理化建议, 安全隐患排查, 劳保用品发放 …) as a declared
/// table with its row rules; the engine's rules only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableItem {
    /// `caption:` of the table, when given (else the page's word for 明细).
    pub caption: Option<String>,
    /// The table.
    pub sheet: super::sheet::Sheet,
}
