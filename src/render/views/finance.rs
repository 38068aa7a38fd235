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

use super::{BodyView, Cell, ChartView, Fact, Phone, TableView, columns, figure};
use crate::check::finance::{BudgetSide, ClassifiedLine, FinanceFigures, Group, GroupTotal};
use crate::config::{Config, Language};
use crate::model::kinds::FinanceLine;
use crate::model::{Fen, Finance};
use crate::render::charts;
use crate::render::labels::finance::FinanceLabels;

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
fn group_table(
    id: &str,
    caption: &str,
    groups: &[GroupTotal],
    grand: Fen,
    w: &FinanceLabels,
) -> TableView {
    let mut rows = Vec::new();
    for g in groups {
        let (code, name) = match &g.group {
            Group::Account(a) => (a.code.to_string(), w.account_name(a)),
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
                Cell::text(format!("{}{}", w.sub_indent, w.account_name(sub))),
                Cell::money(*amount),
                Cell::number(percent(*amount, grand)),
            ]);
        }
    }
    TableView {
        id: id.into(),
        caption: caption.into(),
        columns: columns(&[
            (&w.account_code, false),
            (&w.account_name, false),
            (&w.amount, true),
            (&w.share, true),
        ]),
        rows,
        footer: Some(vec![
            Cell::text(&w.total),
            Cell::text(""),
            Cell::money(grand),
            Cell::number(if grand.0 > 0 { "100.0%" } else { "" }),
        ]),
        phone: Phone::Stack,
    }
    .roles(Some(0), 1, Some(2))
}

/// The bars of a chart of amounts by first-level group.
fn group_bars(groups: &[GroupTotal], w: &FinanceLabels) -> Vec<charts::Bar> {
    groups
        .iter()
        .map(|g| charts::Bar {
            label: match &g.group {
                Group::Account(a) => format!("{} {}", a.code, w.account_name(a)),
                Group::Other(name) => name.clone(),
            },
            value_fen: g.sum.0,
            value_text: g.sum.display(),
        })
        .collect()
}

fn budget_table(
    budget: &(BudgetSide, BudgetSide),
    w: &FinanceLabels,
) -> (TableView, Vec<charts::BudgetBar>) {
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for (side_name, side, expenses) in
        [(&w.income, &budget.0, false), (&w.expense, &budget.1, true)]
    {
        for line in &side.lines {
            let rate = percent(line.actual, line.planned);
            rows.push(vec![
                Cell::text(side_name),
                Cell::text(w.category(&line.category)),
                Cell::money(line.planned),
                Cell::money(line.actual),
                Cell::number(rate.clone()),
                Cell::text(""),
            ]);
            if expenses {
                bars.push(charts::BudgetBar {
                    label: w.category(&line.category),
                    budget_fen: line.planned.0,
                    actual_fen: line.actual.0,
                    budget_text: line.planned.display(),
                    actual_text: line.actual.display(),
                    rate_text: rate,
                });
            }
        }
        for (category, actual) in &side.unbudgeted {
            rows.push(vec![
                Cell::text(side_name),
                Cell::text(w.category(category)),
                Cell::number("—"),
                Cell::money(*actual),
                Cell::number(""),
                Cell::text(&w.unbudgeted),
            ]);
        }
    }
    let table = TableView {
        id: "budget".into(),
        caption: w.budget_caption.clone(),
        columns: columns(&[
            (&w.side, false),
            (&w.account, false),
            (&w.budget, true),
            (&w.actual, true),
            (&w.rate, true),
            (&w.remark, false),
        ]),
        rows,
        footer: None,
        phone: Phone::Stack,
    }
    // The side before the account, the amount spent beside it.
    .roles(Some(0), 1, Some(3));
    (table, bars)
}

/// The columns every line table shares (their cells are `line_cells`).
fn line_columns(w: &FinanceLabels) -> [(&str, bool); 6] {
    [
        (&w.date, false),
        (&w.account, false),
        (&w.amount, true),
        (&w.payee, false),
        (&w.voucher, false),
        (&w.note, false),
    ]
}

fn line_cells(l: &FinanceLine, c: &ClassifiedLine, w: &FinanceLabels) -> Vec<Cell> {
    vec![
        Cell::text(l.date.value.to_string()),
        Cell::text(w.category(&c.category)),
        Cell::money(l.amount.value),
        Cell::text(l.payee.clone().unwrap_or_default()),
        Cell::text(l.voucher.clone().unwrap_or_default()),
        Cell::text(l.note.clone().unwrap_or_default()),
    ]
}

fn lines_table(f: &Finance, d: &FinanceFigures, w: &FinanceLabels) -> TableView {
    let income = f.income.iter().zip(&d.income).map(|l| (&w.income, l));
    let expenses = f.expenses.iter().zip(&d.expenses).map(|l| (&w.expense, l));
    let rows = income
        .chain(expenses)
        .map(|(side, (l, c))| {
            let mut row = vec![Cell::text(side)];
            row.extend(line_cells(l, c, w));
            row.push(Cell::text(if c.large { w.large.as_str() } else { "" }));
            row
        })
        .collect();
    let mut spec = vec![(w.side.as_str(), false)];
    spec.extend(line_columns(w));
    spec.push((&w.mark, false));
    TableView {
        id: "lines".into(),
        caption: w.lines_caption.clone(),
        columns: columns(&spec),
        rows,
        footer: None,
        phone: Phone::Stack,
    }
    // The date before the account, the amount beside it.
    .roles(Some(1), 2, Some(3))
}

fn large_table(
    f: &Finance,
    d: &FinanceFigures,
    config: &Config,
    w: &FinanceLabels,
) -> Option<TableView> {
    let threshold = config.large_expense_threshold?;
    let rows: Vec<Vec<Cell>> = f
        .expenses
        .iter()
        .zip(&d.expenses)
        .filter(|(_, c)| c.large)
        .map(|(l, c)| line_cells(l, c, w))
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(
        TableView {
            id: "large".into(),
            caption: w.large_caption(&threshold.display()),
            columns: columns(&line_columns(w)),
            rows,
            footer: None,
            phone: Phone::Stack,
        }
        .roles(Some(0), 1, Some(2)),
    )
}

/// The whole finance page body: `f` as written, with what the rules computed of it (`d`).
pub fn body(f: &Finance, d: &FinanceFigures, config: &Config) -> BodyView {
    let lang = config.language;
    let w = FinanceLabels::of(lang);
    let (income, expenses) = (d.income_total, d.expense_total);
    let mut view = BodyView {
        figures: vec![
            figure(&w.opening, f.opening_balance.value, false, lang),
            figure(&w.period_income, income, true, lang),
            figure(&w.period_expenses, expenses, true, lang),
            figure(&w.closing, d.closing, true, lang),
        ],
        ..BodyView::default()
    };
    view.facts.push(Fact::new(
        &w.line_count,
        w.line_count_text(f.income.len(), f.expenses.len()),
    ));
    let (by_income, by_expense) = (&d.income_by_group, &d.expenses_by_group);
    view.tables.push(group_table(
        "income",
        &w.income_by_account,
        by_income,
        income,
        w,
    ));
    view.tables.push(group_table(
        "expenses",
        &w.expenses_by_account,
        by_expense,
        expenses,
        w,
    ));
    view.charts.push(ChartView {
        caption: w.expenses_chart.clone(),
        svg: charts::bar_chart(
            "chart-expenses",
            &w.expenses_chart,
            &w.expenses_chart_text(&expenses.display()),
            &group_bars(by_expense, w),
            &charts::ChartWords::of(lang),
        ),
    });
    if let Some(budget) = &d.budget {
        let (table, bars) = budget_table(budget, w);
        view.tables.push(table);
        view.charts.push(ChartView {
            caption: w.budget_chart.clone(),
            svg: charts::budget_chart(
                "chart-budget",
                &w.budget_chart,
                &w.budget_chart_text,
                &bars,
                &charts::ChartWords::of(lang),
            ),
        });
    }
    if let Some(table) = large_table(f, d, config, w) {
        view.tables.push(table);
    }
    view.tables.push(lines_table(f, d, w));
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
pub fn year_summary(items: &[YearEntry], language: Language) -> Vec<UnitYear> {
    let w = FinanceLabels::of(language);
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
                    caption: w.year_caption(unit),
                    columns: columns(&[
                        (&w.period, false),
                        (&w.opening, true),
                        (&w.income, true),
                        (&w.expense, true),
                        (&w.closing, true),
                    ]),
                    rows,
                    footer: Some(vec![
                        Cell::text(&w.year_total),
                        Cell::money(opening),
                        Cell::money(income_sum),
                        Cell::money(expense_sum),
                        Cell::money(closing),
                    ]),
                    phone: Phone::Stack,
                }
                .roles(None, 0, Some(4))
                .laid_out(),
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
