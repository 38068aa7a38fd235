//! The finance page (经费收支): summary with 大写, income and expenses by category as a
//! two-level table the way union reports print them, budget against actual, the large
//! expenses, every line, and two charts drawn at build time.
//!
//! Categories are classified by `check::finance::classify`, so the page groups lines
//! exactly as the rules judged them. Shares and execution rates are integer per-mille.

use std::collections::BTreeMap;

use super::{BodyView, Cell, Fact, TableView, columns, figure, total};
use crate::check::finance::{Category, classify, computed_closing};
use crate::config::Config;
use crate::model::accounts::Account;
use crate::model::kinds::FinanceLine;
use crate::model::{Fen, Finance};
use crate::render::charts;

/// `part / whole` as a percentage with one decimal, rounded half up, without floats.
pub fn percent(part: Fen, whole: Fen) -> String {
    if whole.0 <= 0 {
        return String::new();
    }
    let permille =
        (i128::from(part.0) * 1000 * 2 + i128::from(whole.0)) / (i128::from(whole.0) * 2);
    format!("{}.{}%", permille / 10, permille % 10)
}

/// Where a line's amount is summed: its first-level account, and the sub-account if any.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    /// A chart account (first level), in chart order.
    Account(Account),
    /// A site or unknown category, after the chart.
    Other(String),
}

fn group_of(c: &Category) -> (Group, Option<Account>) {
    match c {
        Category::Chart(a) if a.is_sub() => (Group::Account(a.parent()), Some(*a)),
        Category::Chart(a) => (Group::Account(*a), None),
        Category::Site(name, _) | Category::Unknown(name) => (Group::Other(name.clone()), None),
    }
}

/// Amounts by first-level group and by sub-account within it.
#[derive(Default)]
struct Tree {
    groups: BTreeMap<Group, (Fen, BTreeMap<Account, Fen>)>,
}

impl Tree {
    fn of(lines: &[FinanceLine], config: &Config) -> Tree {
        let mut tree = Tree::default();
        for line in lines {
            let (group, sub) = group_of(&classify(&line.category.value, config));
            let entry = tree.groups.entry(group).or_default();
            entry.0 = entry.0.checked_add(line.amount.value).unwrap_or(entry.0);
            if let Some(sub) = sub {
                let s = entry.1.entry(sub).or_default();
                *s = s.checked_add(line.amount.value).unwrap_or(*s);
            }
        }
        tree
    }

    fn table(&self, id: &str, caption: &str, grand: Fen) -> TableView {
        let mut rows = Vec::new();
        for (group, (sum, subs)) in &self.groups {
            let (code, name) = match group {
                Group::Account(a) => (a.code.to_string(), a.name.to_string()),
                Group::Other(name) => (String::new(), name.clone()),
            };
            rows.push(vec![
                Cell::text(code),
                Cell::text(name),
                Cell::money(*sum),
                Cell::number(percent(*sum, grand)),
            ]);
            for (sub, amount) in subs {
                rows.push(vec![
                    Cell::text(sub.code),
                    Cell::text(format!("　　{}", sub.name)),
                    Cell::money(*amount),
                    Cell::number(percent(*amount, grand)),
                ]);
            }
        }
        TableView {
            id: id.into(),
            caption: caption.into(),
            columns: columns(&[
                ("科目编码", false),
                ("科目名称", false),
                ("金额", true),
                ("占比", true),
            ]),
            rows,
            footer: Some(vec![
                Cell::text("合计"),
                Cell::text(""),
                Cell::money(grand),
                Cell::number(if grand.0 > 0 { "100.0%" } else { "" }),
            ]),
        }
    }

    fn bars(&self) -> Vec<charts::Bar> {
        self.groups
            .iter()
            .map(|(group, (sum, _))| charts::Bar {
                label: match group {
                    Group::Account(a) => format!("{} {}", a.code, a.name),
                    Group::Other(name) => name.clone(),
                },
                value_fen: sum.0,
                value_text: sum.display(),
            })
            .collect()
    }
}

/// A budget line's coverage: a first-level account covers its sub-accounts too.
fn covers(budget: &Category, line: &Category) -> bool {
    match (budget, line) {
        (Category::Chart(b), Category::Chart(l)) => b == l || (!b.is_sub() && l.parent() == *b),
        (b, l) => b.label() == l.label(),
    }
}

fn budget_table(f: &Finance, config: &Config) -> Option<(TableView, Vec<charts::BudgetBar>)> {
    let budget = f.budget.as_ref()?;
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for (side_name, planned, lines) in [
        ("收入", &budget.income, &f.income),
        ("支出", &budget.expenses, &f.expenses),
    ] {
        let classified: Vec<(Category, Fen)> = lines
            .iter()
            .map(|l| (classify(&l.category.value, config), l.amount.value))
            .collect();
        let mut covered = vec![false; classified.len()];
        for (category, amount) in planned {
            let b = classify(&category.value, config);
            let mut actual = Fen::default();
            for ((c, a), done) in classified.iter().zip(covered.iter_mut()) {
                if covers(&b, c) {
                    *done = true;
                    actual = actual.checked_add(*a).unwrap_or(actual);
                }
            }
            let rate = percent(actual, amount.value);
            rows.push(vec![
                Cell::text(side_name),
                Cell::text(b.label()),
                Cell::money(amount.value),
                Cell::money(actual),
                Cell::number(rate.clone()),
                Cell::text(""),
            ]);
            if side_name == "支出" {
                bars.push(charts::BudgetBar {
                    label: b.label(),
                    budget_fen: amount.value.0,
                    actual_fen: actual.0,
                    budget_text: amount.value.display(),
                    actual_text: actual.display(),
                    rate_text: rate,
                });
            }
        }
        let mut unbudgeted: BTreeMap<String, Fen> = BTreeMap::new();
        for ((c, a), done) in classified.iter().zip(&covered) {
            if !done {
                let e = unbudgeted.entry(c.label()).or_default();
                *e = e.checked_add(*a).unwrap_or(*e);
            }
        }
        for (label, actual) in unbudgeted {
            rows.push(vec![
                Cell::text(side_name),
                Cell::text(label),
                Cell::number("—"),
                Cell::money(actual),
                Cell::number(""),
                Cell::text("未列预算"),
            ]);
        }
    }
    let table = TableView {
        id: "budget".into(),
        caption: "预算执行情况".into(),
        columns: columns(&[
            ("收支", false),
            ("科目", false),
            ("预算", true),
            ("实际", true),
            ("执行率", true),
            ("说明", false),
        ]),
        rows,
        footer: None,
    };
    Some((table, bars))
}

/// 大额资金: an expense at or above the site's threshold.
fn is_large(line: &FinanceLine, config: &Config) -> bool {
    config
        .large_expense_threshold
        .is_some_and(|t| line.amount.value >= t)
}

/// The columns every line table shares, and their cells.
const LINE_COLUMNS: [(&str, bool); 6] = [
    ("日期", false),
    ("科目", false),
    ("金额", true),
    ("收付对象", false),
    ("凭证号", false),
    ("摘要", false),
];

fn line_cells(l: &FinanceLine, config: &Config) -> Vec<Cell> {
    vec![
        Cell::text(l.date.value.to_string()),
        Cell::text(classify(&l.category.value, config).label()),
        Cell::money(l.amount.value),
        Cell::text(l.payee.clone().unwrap_or_default()),
        Cell::text(l.voucher.clone().unwrap_or_default()),
        Cell::text(l.note.clone().unwrap_or_default()),
    ]
}

fn lines_table(f: &Finance, config: &Config) -> TableView {
    let income = f.income.iter().map(|l| ("收入", l, false));
    let expenses = f.expenses.iter().map(|l| ("支出", l, is_large(l, config)));
    let rows = income
        .chain(expenses)
        .map(|(side, l, large)| {
            let mut row = vec![Cell::text(side)];
            row.extend(line_cells(l, config));
            row.push(Cell::text(if large { "大额资金" } else { "" }));
            row
        })
        .collect();
    let mut spec = vec![("收支", false)];
    spec.extend(LINE_COLUMNS);
    spec.push(("标注", false));
    TableView {
        id: "lines".into(),
        caption: "收支明细".into(),
        columns: columns(&spec),
        rows,
        footer: None,
    }
}

fn large_table(f: &Finance, config: &Config) -> Option<TableView> {
    let threshold = config.large_expense_threshold?;
    let rows: Vec<Vec<Cell>> = f
        .expenses
        .iter()
        .filter(|l| is_large(l, config))
        .map(|l| line_cells(l, config))
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(TableView {
        id: "large".into(),
        caption: format!("大额资金支出（单笔 {} 及以上）", threshold.display()),
        columns: columns(&LINE_COLUMNS),
        rows,
        footer: None,
    })
}

/// The whole finance page body.
pub fn body(f: &Finance, config: &Config) -> BodyView {
    let income = total(f.income.iter().map(|l| l.amount.value));
    let expenses = total(f.expenses.iter().map(|l| l.amount.value));
    let closing = f
        .closing_balance
        .as_ref()
        .map(|c| c.value)
        .or_else(|| computed_closing(f))
        .unwrap_or_default();
    let mut view = BodyView {
        figures: vec![
            figure("期初余额", f.opening_balance.value, false),
            figure("本期收入", income, true),
            figure("本期支出", expenses, true),
            figure("期末余额", closing, true),
        ],
        ..BodyView::default()
    };
    view.facts.push(Fact::new(
        "收支笔数",
        format!("收入 {} 笔，支出 {} 笔", f.income.len(), f.expenses.len()),
    ));
    let income_tree = Tree::of(&f.income, config);
    let expense_tree = Tree::of(&f.expenses, config);
    view.tables
        .push(income_tree.table("income", "收入分类汇总", income));
    view.tables
        .push(expense_tree.table("expenses", "支出分类汇总", expenses));
    view.charts.push(charts::bar_chart(
        "chart-expenses",
        "支出按科目",
        &format!("本期支出合计 {}，按一级科目分列。", expenses.display()),
        &expense_tree.bars(),
    ));
    if let Some((table, bars)) = budget_table(f, config) {
        view.tables.push(table);
        view.charts.push(charts::budget_chart(
            "chart-budget",
            "支出预算执行情况",
            "各支出科目的预算与实际支出对比。",
            &bars,
        ));
    }
    if let Some(table) = large_table(f, config) {
        view.tables.push(table);
    }
    view.tables.push(lines_table(f, config));
    view
}

/// One unit's finance items of a year, summed.
#[derive(Clone, Debug, serde::Serialize)]
pub struct UnitYear {
    /// The issuing unit.
    pub unit: String,
    /// One row per item, and the year's totals as the footer.
    pub table: TableView,
}

/// The year page's tables: per unit, its items in period order, summed. `items` holds
/// (unit, page href, period label, finance) of one year.
pub fn year_summary(items: &[(String, String, String, &Finance)]) -> Vec<UnitYear> {
    let mut by_unit: BTreeMap<&str, Vec<&(String, String, String, &Finance)>> = BTreeMap::new();
    for entry in items {
        by_unit.entry(entry.0.as_str()).or_default().push(entry);
    }
    by_unit
        .into_iter()
        .map(|(unit, list)| {
            let mut rows = Vec::new();
            let (mut income_sum, mut expense_sum) = (Fen::default(), Fen::default());
            for (_, href, period, f) in &list {
                let income = total(f.income.iter().map(|l| l.amount.value));
                let expenses = total(f.expenses.iter().map(|l| l.amount.value));
                income_sum = income_sum.checked_add(income).unwrap_or(income_sum);
                expense_sum = expense_sum.checked_add(expenses).unwrap_or(expense_sum);
                rows.push(vec![
                    Cell::link(period.clone(), href.clone()),
                    Cell::money(f.opening_balance.value),
                    Cell::money(income),
                    Cell::money(expenses),
                    Cell::money(crate::check::finance::closing_of(f).unwrap_or_default()),
                ]);
            }
            let opening = list
                .first()
                .map(|e| e.3.opening_balance.value)
                .unwrap_or_default();
            let closing = list
                .last()
                .and_then(|e| crate::check::finance::closing_of(e.3))
                .unwrap_or_default();
            UnitYear {
                unit: unit.to_string(),
                table: TableView {
                    id: "year".into(),
                    caption: format!("{unit} 经费收支汇总"),
                    columns: columns(&[
                        ("期间", false),
                        ("期初余额", true),
                        ("收入", true),
                        ("支出", true),
                        ("期末余额", true),
                    ]),
                    rows,
                    footer: Some(vec![
                        Cell::text("全年合计"),
                        Cell::money(opening),
                        Cell::money(income_sum),
                        Cell::money(expense_sum),
                        Cell::money(closing),
                    ]),
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up_without_floats() {
        assert_eq!(percent(Fen(1), Fen(3)), "33.3%");
        assert_eq!(percent(Fen(2), Fen(3)), "66.7%");
        assert_eq!(percent(Fen(1), Fen(8)), "12.5%");
        assert_eq!(percent(Fen(813), Fen(1000)), "81.3%");
        assert_eq!(percent(Fen(5), Fen(0)), "");
        assert_eq!(percent(Fen(1200), Fen(1000)), "120.0%");
    }
}
