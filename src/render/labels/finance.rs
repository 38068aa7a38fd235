//! The words of the finance page (经费收支) and the finance year summary, per language.
//!
//! Not translated yet: every language shows the Chinese words the pages have always
//! shown, so zh-Hant and en copy the zh-Hans entry; a translation overrides fields there.

use crate::config::Language;

/// Every fixed word of the finance page and year summary.
#[derive(Clone, Copy, Debug)]
pub struct FinanceLabels {
    /// 期初余额 (a figure and a year-summary column).
    pub opening: &'static str,
    /// 本期收入.
    pub period_income: &'static str,
    /// 本期支出.
    pub period_expenses: &'static str,
    /// 期末余额 (a figure and a year-summary column).
    pub closing: &'static str,
    /// 收支笔数.
    pub line_count: &'static str,
    /// "收入 3 笔，支出 5 笔", from the two counts.
    pub line_count_text: fn(usize, usize) -> String,
    /// 收入 (a side, and a year-summary column).
    pub income: &'static str,
    /// 支出 (a side, and a year-summary column).
    pub expense: &'static str,
    /// 收支 (the side column).
    pub side: &'static str,
    /// 科目编码.
    pub account_code: &'static str,
    /// 科目名称.
    pub account_name: &'static str,
    /// 科目.
    pub account: &'static str,
    /// 级次 (an account's level, 1 or 2, in the downloads).
    pub level: &'static str,
    /// 上级科目 (a sub-account's first-level account, in the downloads).
    pub parent: &'static str,
    /// The note under the tables for a sub-account code the chart does not list and the
    /// site does not declare, from the code and its first-level account.
    pub undeclared_sub: fn(&str, &str) -> String,
    /// 金额.
    pub amount: &'static str,
    /// 占比.
    pub share: &'static str,
    /// 合计.
    pub total: &'static str,
    /// 收入分类汇总.
    pub income_by_account: &'static str,
    /// 支出分类汇总.
    pub expenses_by_account: &'static str,
    /// Title of the expenses chart: 支出按科目.
    pub expenses_chart: &'static str,
    /// Description of the expenses chart, from the expenses' total as shown.
    pub expenses_chart_text: fn(&str) -> String,
    /// 预算执行情况.
    pub budget_caption: &'static str,
    /// 预算.
    pub budget: &'static str,
    /// 实际.
    pub actual: &'static str,
    /// 执行率.
    pub rate: &'static str,
    /// 说明.
    pub remark: &'static str,
    /// 未列预算: a category no budget line covers.
    pub unbudgeted: &'static str,
    /// Title of the budget chart: 支出预算执行情况.
    pub budget_chart: &'static str,
    /// Description of the budget chart.
    pub budget_chart_text: &'static str,
    /// Caption of the large expenses, from the threshold as shown.
    pub large_caption: fn(&str) -> String,
    /// 大额资金: the mark of a large expense.
    pub large: &'static str,
    /// 日期.
    pub date: &'static str,
    /// 收付对象.
    pub payee: &'static str,
    /// 凭证号.
    pub voucher: &'static str,
    /// 摘要.
    pub note: &'static str,
    /// 标注.
    pub mark: &'static str,
    /// 收支明细.
    pub lines_caption: &'static str,
    /// Caption of a unit's year summary, from the unit.
    pub year_caption: fn(&str) -> String,
    /// 期间.
    pub period: &'static str,
    /// 全年合计.
    pub year_total: &'static str,
}

const ZH_HANS: FinanceLabels = FinanceLabels {
    opening: "期初余额",
    period_income: "本期收入",
    period_expenses: "本期支出",
    closing: "期末余额",
    line_count: "收支笔数",
    line_count_text: |income, expenses| format!("收入 {income} 笔，支出 {expenses} 笔"),
    income: "收入",
    expense: "支出",
    side: "收支",
    account_code: "科目编码",
    account_name: "科目名称",
    account: "科目",
    level: "级次",
    parent: "上级科目",
    undeclared_sub: |code, parent| {
        format!("{code} 不是《工会会计制度》规定的明细科目，也未在本站登记，已计入 {parent}。")
    },
    amount: "金额",
    share: "占比",
    total: "合计",
    income_by_account: "收入分类汇总",
    expenses_by_account: "支出分类汇总",
    expenses_chart: "支出按科目",
    expenses_chart_text: |total| format!("本期支出合计 {total}，按一级科目分列。"),
    budget_caption: "预算执行情况",
    budget: "预算",
    actual: "实际",
    rate: "执行率",
    remark: "说明",
    unbudgeted: "未列预算",
    budget_chart: "支出预算执行情况",
    budget_chart_text: "各支出科目的预算与实际支出对比。",
    large_caption: |threshold| format!("大额资金支出（单笔 {threshold} 及以上）"),
    large: "大额资金",
    date: "日期",
    payee: "收付对象",
    voucher: "凭证号",
    note: "摘要",
    mark: "标注",
    lines_caption: "收支明细",
    year_caption: |unit| format!("{unit} 经费收支汇总"),
    period: "期间",
    year_total: "全年合计",
};

/// Not translated yet: the zh-Hans words.
const ZH_HANT: FinanceLabels = FinanceLabels { ..ZH_HANS };

/// Not translated yet: the zh-Hans words.
const EN: FinanceLabels = FinanceLabels { ..ZH_HANS };

impl FinanceLabels {
    /// The words of `language`.
    pub fn of(language: Language) -> &'static FinanceLabels {
        match language {
            Language::ZhHans => &ZH_HANS,
            Language::ZhHant => &ZH_HANT,
            Language::En => &EN,
        }
    }
}
