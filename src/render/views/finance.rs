//! The finance page (经费收支): summary with 大写, income and expenses by category as a
//! two-level table the way union reports print them, budget against actual, the large
//! expenses, every line, and two charts drawn at build time.
//!
//! Everything computed (each line's account, totals by category, budget execution, the
//! closing balance, which expenses are large) comes from the rules
//! (`check::finance::FinanceFigures`, carried on the checked item), so the page groups
//! lines exactly as the rules judged them; this module only lays them out. Shares and
//! execution rates are integer per-mille.

use std::collections::BTreeMap;

use super::{BodyView, Cell, Fact, TableView, columns, figure};
use crate::check::finance::{BudgetSide, ClassifiedLine, FinanceFigures, Group, GroupTotal};
use crate::config::Config;
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

/// A table of amounts by first-level group, each followed by its sub-accounts.
fn group_table(id: &str, caption: &str, groups: &[GroupTotal], grand: Fen) -> TableView {
    let mut rows = Vec::new();
    for g in groups {
        let (code, name) = match &g.group {
            Group::Account(a) => (a.code.to_string(), a.name.to_string()),
            Group::Other(name) => (String::new(), name.clone()),
        };
        rows.push(vec![
            Cell::text(code),
            Cell::text(name),
            Cell::money(g.sum),
            Cell::number(percent(g.sum, grand)),
        ]);
        for (sub, amount) in &g.subs {
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

/// The bars of a chart of amounts by first-level group.
fn group_bars(groups: &[GroupTotal]) -> Vec<charts::Bar> {
    groups
        .iter()
        .map(|g| charts::Bar {
            label: match &g.group {
                Group::Account(a) => format!("{} {}", a.code, a.name),
                Group::Other(name) => name.clone(),
            },
            value_fen: g.sum.0,
            value_text: g.sum.display(),
        })
        .collect()
}

fn budget_table(budget: &(BudgetSide, BudgetSide)) -> (TableView, Vec<charts::BudgetBar>) {
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for (side_name, side, expenses) in [("收入", &budget.0, false), ("支出", &budget.1, true)] {
        for line in &side.lines {
            let rate = percent(line.actual, line.planned);
            rows.push(vec![
                Cell::text(side_name),
                Cell::text(line.category.label()),
                Cell::money(line.planned),
                Cell::money(line.actual),
                Cell::number(rate.clone()),
                Cell::text(""),
            ]);
            if expenses {
                bars.push(charts::BudgetBar {
                    label: line.category.label(),
                    budget_fen: line.planned.0,
                    actual_fen: line.actual.0,
                    budget_text: line.planned.display(),
                    actual_text: line.actual.display(),
                    rate_text: rate,
                });
            }
        }
        for (label, actual) in &side.unbudgeted {
            rows.push(vec![
                Cell::text(side_name),
                Cell::text(label.clone()),
                Cell::number("—"),
                Cell::money(*actual),
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
    (table, bars)
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

fn line_cells(l: &FinanceLine, c: &ClassifiedLine) -> Vec<Cell> {
    vec![
        Cell::text(l.date.value.to_string()),
        Cell::text(c.category.label()),
        Cell::money(l.amount.value),
        Cell::text(l.payee.clone().unwrap_or_default()),
        Cell::text(l.voucher.clone().unwrap_or_default()),
        Cell::text(l.note.clone().unwrap_or_default()),
    ]
}

fn lines_table(f: &Finance, d: &FinanceFigures) -> TableView {
    let income = f.income.iter().zip(&d.income).map(|l| ("收入", l));
    let expenses = f.expenses.iter().zip(&d.expenses).map(|l| ("支出", l));
    let rows = income
        .chain(expenses)
        .map(|(side, (l, c))| {
            let mut row = vec![Cell::text(side)];
            row.extend(line_cells(l, c));
            row.push(Cell::text(if c.large { "大额资金" } else { "" }));
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

fn large_table(f: &Finance, d: &FinanceFigures, config: &Config) -> Option<TableView> {
    let threshold = config.large_expense_threshold?;
    let rows: Vec<Vec<Cell>> = f
        .expenses
        .iter()
        .zip(&d.expenses)
        .filter(|(_, c)| c.large)
        .map(|(l, c)| line_cells(l, c))
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

/// The whole finance page body: `f` as written, with what the rules computed of it (`d`).
pub fn body(f: &Finance, d: &FinanceFigures, config: &Config) -> BodyView {
    let (income, expenses) = (d.income_total, d.expense_total);
    let mut view = BodyView {
        figures: vec![
            figure("期初余额", f.opening_balance.value, false),
            figure("本期收入", income, true),
            figure("本期支出", expenses, true),
            figure("期末余额", d.closing, true),
        ],
        ..BodyView::default()
    };
    view.facts.push(Fact::new(
        "收支笔数",
        format!("收入 {} 笔，支出 {} 笔", f.income.len(), f.expenses.len()),
    ));
    view.tables.push(group_table(
        "income",
        "收入分类汇总",
        &d.income_by_group,
        income,
    ));
    view.tables.push(group_table(
        "expenses",
        "支出分类汇总",
        &d.expenses_by_group,
        expenses,
    ));
    view.charts.push(charts::bar_chart(
        "chart-expenses",
        "支出按科目",
        &format!("本期支出合计 {}，按一级科目分列。", expenses.display()),
        &group_bars(&d.expenses_by_group),
    ));
    if let Some(budget) = &d.budget {
        let (table, bars) = budget_table(budget);
        view.tables.push(table);
        view.charts.push(charts::budget_chart(
            "chart-budget",
            "支出预算执行情况",
            "各支出科目的预算与实际支出对比。",
            &bars,
        ));
    }
    if let Some(table) = large_table(f, d, config) {
        view.tables.push(table);
    }
    view.tables.push(lines_table(f, d));
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

/// One finance item on a year page: unit, page href, period label, the item as written
/// and what the rules computed of it.
pub type YearEntry<'a> = (String, String, String, &'a Finance, &'a FinanceFigures);

/// The year page's tables: per unit, its items in period order, summed. `items` are the
/// finance items of one year.
pub fn year_summary(items: &[YearEntry]) -> Vec<UnitYear> {
    let mut by_unit: BTreeMap<&str, Vec<&YearEntry>> = BTreeMap::new();
    for entry in items {
        by_unit.entry(entry.0.as_str()).or_default().push(entry);
    }
    by_unit
        .into_iter()
        .map(|(unit, list)| {
            let mut rows = Vec::new();
            let (mut income_sum, mut expense_sum) = (Fen::default(), Fen::default());
            for (_, href, period, f, d) in &list {
                let (income, expenses) = (d.income_total, d.expense_total);
                income_sum = income_sum.checked_add(income).unwrap_or(income_sum);
                expense_sum = expense_sum.checked_add(expenses).unwrap_or(expense_sum);
                rows.push(vec![
                    Cell::link(period.clone(), href.clone()),
                    Cell::money(f.opening_balance.value),
                    Cell::money(income),
                    Cell::money(expenses),
                    Cell::money(d.closing),
                ]);
            }
            let opening = list
                .first()
                .map(|e| e.3.opening_balance.value)
                .unwrap_or_default();
            let closing = list.last().map(|e| e.4.closing).unwrap_or_default();
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
