//! The words clerks put at the head of a sheet's columns, by what the column holds: the
//! vocabulary `header` matches (日期, 科目, 收入/支出 or 借方/贷方, 摘要, 凭证号, 姓名, 班组,
//! 事由, 出勤, 事假 …), and which columns a sheet of each kind cannot do without.
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
        Kind::Notice | Kind::Congress => &[],
    }
}

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
        Kind::Notice | Kind::Congress => &[],
    }
}
