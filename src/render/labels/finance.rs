//! The words of the finance page (经费收支) and the finance year summary, from the page
//! catalogue (`finance-*`, and `account-<code>` for the names of the statutory chart).

use super::{say, words};
use crate::check::finance::{Category, SubKey};
use crate::model::accounts::Account;

words! {
    /// Every fixed word of the finance page and year summary (`t.finance` in templates).
    pub struct FinanceLabels {
        /// 期初余额 (a figure and a year-summary column).
        opening: "finance-opening",
        /// 本期收入.
        period_income: "finance-period-income",
        /// 本期支出.
        period_expenses: "finance-period-expenses",
        /// 期末余额 (a figure and a year-summary column).
        closing: "finance-closing",
        /// 收支笔数.
        line_count: "finance-line-count",
        /// 收入 (a side, and a year-summary column).
        income: "finance-income",
        /// 支出 (a side, and a year-summary column).
        expense: "finance-expense",
        /// 收支 (the side column).
        side: "finance-side",
        /// 科目编码.
        account_code: "finance-account-code",
        /// 科目名称.
        account_name: "finance-account-name",
        /// 科目.
        account: "finance-account",
        /// 级次 (an account's level, 1 or 2, in the downloads).
        level: "finance-level",
        /// 上级科目 (a sub-account's first-level account, in the downloads).
        parent: "finance-parent",
        /// 金额.
        amount: "finance-amount",
        /// 占比.
        share: "finance-share",
        /// 合计.
        total: "finance-total",
        /// 收入分类汇总.
        income_by_account: "finance-income-by-account",
        /// 支出分类汇总.
        expenses_by_account: "finance-expenses-by-account",
        /// Title of the expenses chart: 支出按科目.
        expenses_chart: "finance-expenses-chart",
        /// 预算执行情况.
        budget_caption: "finance-budget-caption",
        /// 预算.
        budget: "finance-budget",
        /// 实际.
        actual: "finance-actual",
        /// 执行率.
        rate: "finance-rate",
        /// 说明.
        remark: "finance-remark",
        /// 未列预算: a category no budget line covers.
        unbudgeted: "finance-unbudgeted",
        /// Title of the budget chart: 支出预算执行情况.
        budget_chart: "finance-budget-chart",
        /// Description of the budget chart.
        budget_chart_text: "finance-budget-chart-text",
        /// 大额资金: the mark of a large expense.
        large: "finance-large",
        /// 日期.
        date: "finance-date",
        /// 收付对象.
        payee: "finance-payee",
        /// 凭证号.
        voucher: "finance-voucher",
        /// 摘要.
        note: "finance-note",
        /// 标注.
        mark: "finance-mark",
        /// 收支明细.
        lines_caption: "finance-lines-caption",
        /// 期间.
        period: "finance-period",
        /// 全年合计.
        year_total: "finance-year-total",
        /// What stands before a sub-account's name in the tables by account.
        sub_indent: "finance-sub-indent",
    }
}

impl FinanceLabels {
    /// The words of `language`.
    pub fn of(language: crate::config::Language) -> &'static FinanceLabels {
        &super::Labels::of(language).finance
    }

    /// "收入 3 笔，支出 5 笔", from the two counts.
    pub fn line_count_text(&self, income: usize, expenses: usize) -> String {
        say!(
            self.language,
            "finance-line-count-text",
            income = income,
            expenses = expenses
        )
    }

    /// Description of the expenses chart, from the expenses' total as shown.
    pub fn expenses_chart_text(&self, total: &str) -> String {
        say!(self.language, "finance-expenses-chart-text", total = total)
    }

    /// Caption of the large expenses, from the threshold as shown.
    pub fn large_caption(&self, threshold: &str) -> String {
        say!(
            self.language,
            "finance-large-caption",
            threshold = threshold
        )
    }

    /// The note under the tables for a sub-account code the chart does not list and the
    /// site does not declare, from the code and its first-level account as shown.
    pub fn undeclared_sub(&self, code: &str, parent: &str) -> String {
        say!(
            self.language,
            "finance-undeclared-sub",
            code = code,
            parent = parent
        )
    }

    /// Caption of a unit's year summary, from the unit.
    pub fn year_caption(&self, unit: &str) -> String {
        say!(self.language, "finance-year-caption", unit = unit)
    }

    /// The name of an account of the statutory chart: the catalogue's `account-<code>`
    /// (Traditional forms in zh-Hant, an English gloss in English), else the chart's own.
    pub fn account_name(&self, account: &Account) -> String {
        let catalog = crate::catalog::Catalog::of(self.language);
        let key = format!("account-{}", account.code);
        match catalog.has(&key) {
            true => catalog.text(&key),
            false => account.name.to_string(),
        }
    }

    /// A category as pages show it: `501 职工活动支出` for an account of the chart (its
    /// name in the page's language), `50301 劳动和技能竞赛活动支出` for a sub-account the
    /// site declares (its code alone when it does not), the site's own name for any other.
    pub fn category(&self, category: &Category) -> String {
        match category {
            Category::Chart(a) => format!("{} {}", a.code, self.account_name(a)),
            Category::Sub(_) | Category::Site(..) | Category::Unknown(_) => category.label(),
        }
    }

    /// A sub-account's name as the tables by account show it: the chart's in the page's
    /// language, else the name the site declares (empty when it does not).
    pub fn sub_name(&self, sub: &SubKey) -> String {
        match crate::model::accounts::by_code(&sub.code) {
            Some(a) => self.account_name(&a),
            None => sub.name.clone(),
        }
    }
}
