//! The words clerks put at the head of a sheet's columns, by what the column holds: the
//! vocabulary `header` matches (日期, 科目, 收入/支出 or 借方/贷方, 摘要, 凭证号, 姓名, 班组,
//! 事由, 出勤, 事假, 奖惩, 依据 …), and which columns a sheet of each kind cannot do without;
//! and for the sheets whose header is their column declaration (pay, table, assessment,
//! read by `table`), the words that give a column its type or role (姓名 is a `name`
//! column, 实发 the `net`), the line that gives a pay sheet's pool (奖金总额) and an
//! assessment's 合计 column.
//!
//! These are the sheets' own words, not messages: adding a wording a union office uses
//! is adding it here, the most usual word of each field first (messages name a column
//! by it).

use crate::model::Kind;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// 日期.
    Date,
    /// 科目名称.
    Category,
    /// 科目编码.
    CategoryCode,
    /// 收入 / 借方.
    Income,
    /// 支出 / 贷方.
    Expense,
    /// 金额, one column for both sides (with a `Direction` column, or told by the
    /// category), or a recipient's money.
    Amount,
    /// 收支: which side an `Amount` is on.
    Direction,
    /// 余额 after the line.
    Balance,
    /// 凭证号.
    Voucher,
    /// 收款单位.
    Payee,
    /// 摘要 / 备注.
    Note,
    /// 姓名.
    Name,
    /// 班组.
    Team,
    /// 事由.
    Reason,
    /// 慰问品.
    Goods,
    /// 出勤天数.
    Present,
    /// 应出勤天数.
    Workdays,
    /// 旷工天数.
    Absent,
    /// 加班小时.
    Overtime,
    /// 奖惩: 奖励 or 处罚.
    MeritType,
    /// 依据: the rule a reward or penalty rests on.
    Basis,
}

impl Field {
    /// The field's key in a mapping file, which is the YAML key it becomes where there
    /// is one.
    pub fn key(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Category => "category",
            Field::CategoryCode => "category_code",
            Field::Income => "income",
            Field::Expense => "expenses",
            Field::Amount => "amount",
            Field::Direction => "direction",
            Field::Balance => "balance",
            Field::Voucher => "voucher",
            Field::Payee => "payee",
            Field::Note => "note",
            Field::Name => "name",
            Field::Team => "team",
            Field::Reason => "reason",
            Field::Goods => "goods",
            Field::Present => "present",
            Field::Workdays => "workdays",
            Field::Absent => "absent",
            Field::Overtime => "overtime_hours",
            Field::MeritType => "type",
            Field::Basis => "basis",
        }
    }

    /// The usual header word, for messages (`日期`).
    pub fn word(self, kind: Kind) -> &'static str {
        words(kind)
            .iter()
            .find(|(f, _)| *f == self)
            .and_then(|(_, w)| w.first())
            .copied()
            .unwrap_or("")
    }
}

/// The header words of each field, the most usual first.
#[rustfmt::skip]
pub(super) fn words(kind: Kind) -> &'static [(Field, &'static [&'static str])] {
    use Field::*;
    match kind {
        Kind::Finance => &[
            (Date, &["日期", "记账日期", "凭证日期", "发生日期", "业务日期", "时间"]),
            (Category, &["科目", "科目名称", "会计科目", "收支科目", "经费科目", "收支项目",
                "费用类别", "类别", "项目"]),
            (CategoryCode, &["科目编码", "科目代码", "科目编号", "科目号"]),
            (Income, &["收入", "收入金额", "借方", "借方金额", "收方", "收款金额"]),
            (Expense, &["支出", "支出金额", "贷方", "贷方金额", "付方", "付款金额"]),
            (Amount, &["金额", "发生额", "发生金额"]),
            (Direction, &["收支", "收支类型", "收支方向", "收或支", "方向"]),
            (Balance, &["余额", "结余", "账面余额", "结存"]),
            (Voucher, &["凭证号", "凭证编号", "凭证字号", "凭证号数", "凭证", "单据号"]),
            (Payee, &["收款单位", "收款人", "对方单位", "往来单位", "对方户名", "收款方",
                "付款单位", "交款单位"]),
            (Note, &["摘要", "说明", "用途", "事由", "内容", "备注"]),
        ],
        Kind::Welfare => &[
            (Name, &["姓名", "职工姓名", "名字", "慰问对象", "帮扶对象", "受助人", "受助职工",
                "领取人", "领款人", "户主"]),
            (Team, &["班组", "部门", "单位", "车间", "队组", "区队", "科室", "所在单位",
                "工作单位", "所在部门"]),
            (Reason, &["事由", "原因", "致困原因", "困难原因", "困难类型", "慰问事由", "帮扶原因",
                "慰问原因", "类别"]),
            (Amount, &["金额", "慰问金", "慰问金额", "发放金额", "补助金额", "帮扶金额", "救助金额",
                "补助", "现金"]),
            (Goods, &["物品", "慰问品", "实物", "发放物品", "慰问物品"]),
            (Note, &["备注", "说明"]),
        ],
        Kind::Attendance => &[
            (Name, &["姓名", "职工姓名", "名字"]),
            (Present, &["出勤", "出勤天数", "实际出勤", "实出勤", "实出勤天数", "出勤日数", "实到",
                "出勤天"]),
            (Workdays, &["应出勤", "应出勤天数", "应出勤日数", "应到", "应出勤天"]),
            (Absent, &["旷工", "缺勤", "旷工天数", "缺勤天数"]),
            (Overtime, &["加班", "加班小时", "加班时数", "加班工时", "加班时间", "加班小时数"]),
            (Note, &["备注", "说明"]),
        ],
        Kind::Merits => &[
            (Date, &["日期", "奖惩日期", "发生日期", "时间"]),
            (Name, &["姓名", "职工姓名", "名字", "被奖惩人"]),
            (Team, &["班组", "部门", "单位", "车间", "队组", "区队", "科室"]),
            (MeritType, &["奖惩", "奖惩类型", "类型", "奖惩类别", "类别", "奖/惩"]),
            (Reason, &["事由", "奖惩事由", "原因", "奖惩原因", "内容", "事实"]),
            (Amount, &["金额", "奖惩金额", "奖罚金额", "奖励金额", "处罚金额", "罚款金额"]),
            (Basis, &["依据", "奖惩依据", "处罚依据", "制度依据", "条款"]),
        ],
        Kind::Notice | Kind::Congress | Kind::Pay | Kind::Assessment | Kind::Table => &[],
    }
}

/// A merits sheet's 奖惩 cell as the two words the kind knows: 奖励 or 处罚 (the short
/// forms clerks type, 奖 and 罚, are these); anything else is kept as typed, for `check`
/// to refuse.
pub(super) fn merit_type(text: &str) -> &str {
    match text.trim() {
        "奖" | "奖励" | "表彰" => "奖励",
        "罚" | "惩" | "处罚" | "惩罚" | "罚款" => "处罚",
        other => other,
    }
}

/// Header words of a column of people's names: it is declared `type: name` (masked on
/// pages). A header ending in 姓名 is one too.
pub(super) const NAME_WORDS: &[&str] = &[
    "姓名",
    "职工姓名",
    "员工姓名",
    "人员姓名",
    "名字",
    "领取人",
    "领款人",
    "被考核人",
];

/// The pay roles by the header words of their column, exactly (after `header::normalise`).
#[rustfmt::skip]
pub(super) const PAY_ROLE_WORDS: &[(&str, &[&str])] = &[
    ("days", &["出勤天数", "出勤", "出勤天", "实际出勤", "出勤日数"]),
    ("points", &["工分", "分数", "点数", "计分"]),
    ("coefficient", &["系数", "分配系数", "考核系数"]),
    ("gross", &["应发", "应发金额", "应发工资", "应发奖金", "应发合计"]),
    ("deduction", &["扣款", "扣减", "扣款金额", "扣减金额", "应扣"]),
    ("net", &["实发", "实发金额", "实发工资", "实发奖金", "实发合计"]),
];

/// Labels of a pay sheet's line above or below the table that gives the pool (`pool:`).
pub(super) const POOL_WORDS: &[&str] = &["奖金总额", "分配总额"];

/// Headers of an assessment's total column: checked against the components, never
/// written (the total is computed).
pub(super) const SCORE_TOTAL_WORDS: &[&str] = &[
    "合计",
    "总分",
    "总计",
    "总得分",
    "合计得分",
    "得分合计",
    "综合得分",
];

/// Headers of an assessment's columns that are neither a person nor a component (a row
/// number, a rank the build computes itself): left out, and named as not read.
pub(super) const SCORE_SKIPPED_WORDS: &[&str] = &["序号", "编号", "排名", "名次", "排序"];

/// Header words that make a column money when its cells are plain numbers (`50` in a
/// 扣款 column is ¥50.00): a cell with two decimals, `¥` or `元` says so too.
pub(super) const MONEY_WORDS: &[&str] = &[
    "金额", "元", "工资", "奖金", "津贴", "补贴", "补助", "款", "费",
];

/// Leave kinds a column may be named by without ending in 假.
pub(super) const LEAVE_WORDS: &[&str] = &["调休", "工伤", "公休", "轮休", "请假"];

/// The fields a sheet of `kind` cannot do without, as groups of which one is enough.
pub(super) fn required(kind: Kind) -> &'static [&'static [Field]] {
    use Field::*;
    match kind {
        Kind::Finance => &[
            &[Date],
            &[Category, CategoryCode],
            &[Income, Expense, Amount],
        ],
        Kind::Welfare => &[&[Name], &[Amount]],
        Kind::Attendance => &[&[Name], &[Present]],
        Kind::Merits => &[&[Date], &[Name], &[MeritType], &[Reason]],
        Kind::Notice | Kind::Congress | Kind::Pay | Kind::Assessment | Kind::Table => &[],
    }
}
