//! The finance page (经费收支): summary with 大写, income and expenses by category as a
//! two-level table the way union reports print them, budget against actual, the large
//! expenses, every line, and two charts drawn at build time.
//!
//! Everything computed (each line's account, totals by category, budget execution, the
//! closing balance, which expenses are large) comes from the rules
//! (`check::finance::FinanceFigures`, carried on the checked item), so the page groups
//! lines exactly as the rules judged them; this module only lays them out. Shares and
//! execution rates are integer per-mille.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::table::{Keyed, permille_text};
use super::{
    BodyView, Cell, ChartView, Column, ColumnType, Fact, RowRole, TableView, columns, figure,
};
use crate::check::finance::{
    BudgetSide, Category, ClassifiedLine, FinanceFigures, Group, GroupTotal,
};
use crate::config::{Config, Language};
use crate::model::accounts::Side;
use crate::model::kinds::FinanceLine;
use crate::model::{Fen, Finance};
use crate::render::charts;
use crate::render::labels::finance::FinanceLabels;

/// `part / whole` in per-mille, rounded half up, without floats; none without a whole.
pub fn permille(part: Fen, whole: Fen) -> Option<i64> {
    if whole.0 <= 0 {
        return None;
    }
    let p = (i128::from(part.0) * 1000 * 2 + i128::from(whole.0)) / (i128::from(whole.0) * 2);
    i64::try_from(p).ok()
}

/// `part / whole` as a percentage with one decimal, rounded half up, without floats.
pub fn percent(part: Fen, whole: Fen) -> String {
    permille(part, whole).map(permille_text).unwrap_or_default()
}

/// A table of amounts by first-level group, each followed by its sub-accounts.
///
/// Its data rows add up to the total: every sub-account, every group without
/// sub-accounts, and the lines booked to a group straight (when it also has
/// sub-accounts: a row the page leaves out, its amount being inside the group's row).
/// A group with sub-accounts is a subtotal row. `级次` and `上级科目` are download columns.
fn group_table(
    id: &str,
    caption: &str,
    groups: &[GroupTotal],
    grand: Fen,
    w: &'static FinanceLabels,
) -> TableView {
    let mut t = TableView::new(
        id,
        caption,
        vec![
            Column::new("code", &w.account_code, ColumnType::Text),
            Column::new("name", &w.account_name, ColumnType::Account),
            Column::download("level", &w.level, ColumnType::Count),
            Column::download("parent", &w.parent, ColumnType::Text),
            Column::new("amount", &w.amount, ColumnType::Money),
            Column::new("share", &w.share, ColumnType::Percent),
        ],
    );
    let share = |f: Fen| Cell::permille(permille(f, grand), "");
    let mut push = |role: RowRole, cells: Vec<Cell>| {
        t.rows.push(cells);
        t.roles.push(role);
    };
    for g in groups {
        // An account's name is shown in the site's language, held as the chart writes it.
        let (code, name) = match &g.group {
            Group::Account(a) => (
                Cell::text(a.code),
                Cell::keyed(Some(a.name.to_string()), w.account_name(a)),
            ),
            Group::Other(name) => (Cell::Empty, Cell::text(name.as_str())),
        };
        let row = |amount: Fen| {
            vec![
                code.clone(),
                name.clone(),
                Cell::Count(1),
                Cell::Empty,
                Cell::money(amount),
                share(amount),
            ]
        };
        if g.subs.is_empty() {
            push(RowRole::Data, row(g.sum));
            continue;
        }
        push(RowRole::Subtotal, row(g.sum));
        if g.own_lines > 0 {
            push(RowRole::OffPage, row(g.own));
        }
        for (sub, amount) in &g.subs {
            push(
                RowRole::Data,
                vec![
                    Cell::text(sub.code.as_str()),
                    Cell::Keyed(Arc::new(Keyed {
                        // As the chart (or the site declaring it) names it.
                        key: Some(sub.name.clone()),
                        shown: w.sub_name(sub),
                        indent: &w.sub_indent,
                    })),
                    Cell::Count(2),
                    code.clone(),
                    Cell::money(*amount),
                    share(*amount),
                ],
            );
        }
    }
    t.footer = Some(vec![
        Cell::text(w.total.as_str()),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::money(grand),
        Cell::permille((grand.0 > 0).then_some(1000), ""),
    ]);
    // The code before the name, the amount beside it (columns counted with the
    // download-only ones).
    t.roles(Some(0), 1, Some(4))
}

/// The bars of a chart of amounts by first-level group.
fn group_bars(groups: &[GroupTotal], w: &'static FinanceLabels) -> Vec<charts::Bar> {
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
    w: &'static FinanceLabels,
) -> (TableView, Vec<charts::BudgetBar>) {
    let mut table = TableView::new(
        "budget",
        w.budget_caption.as_str(),
        columns(&[
            ("side", &w.side, ColumnType::Word),
            ("account", &w.account, ColumnType::Account),
            ("budget", &w.budget, ColumnType::Money),
            ("actual", &w.actual, ColumnType::Money),
            ("rate", &w.rate, ColumnType::Percent),
            ("unbudgeted", &w.remark, ColumnType::Flag),
        ]),
    );
    let mut bars = Vec::new();
    for (side, side_budget, expenses) in [
        (side_word(Side::Income, w), &budget.0, false),
        (side_word(Side::Expense, w), &budget.1, true),
    ] {
        for line in &side_budget.lines {
            let rate = permille(line.actual, line.planned);
            table.rows.push(vec![
                side.clone(),
                account_cell(&line.category, w),
                Cell::money(line.planned),
                Cell::money(line.actual),
                Cell::permille(rate, ""),
                Cell::Flag(false, &w.unbudgeted),
            ]);
            if expenses {
                bars.push(charts::BudgetBar {
                    label: w.category(&line.category),
                    budget_fen: line.planned.0,
                    actual_fen: line.actual.0,
                    budget_text: line.planned.display(),
                    actual_text: line.actual.display(),
                    rate_text: rate.map(permille_text).unwrap_or_default(),
                });
            }
        }
        for (category, actual) in &side_budget.unbudgeted {
            table.rows.push(vec![
                side.clone(),
                account_cell(category, w),
                Cell::Missing("—"),
                Cell::money(*actual),
                Cell::Missing(""),
                Cell::Flag(true, &w.unbudgeted),
            ]);
        }
    }
    // The side before the account, the amount spent beside it.
    let table = table.roles(Some(0), 1, Some(3));
    (table, bars)
}

/// A line's category: as the chart writes it in `data.json` (`501 职工活动支出`, the same
/// in every language), in the site's language on the page and in the CSV.
fn account_cell(category: &Category, w: &'static FinanceLabels) -> Cell {
    Cell::keyed(Some(category.label()), w.category(category))
}

/// Account cells made once per category and shared by every line booked to it (a
/// ledger of 100,000 lines has a few dozen categories).
#[derive(Default)]
struct AccountCells(HashMap<String, Cell>);

impl AccountCells {
    fn get(&mut self, category: &Category, w: &'static FinanceLabels) -> Cell {
        self.0
            .entry(category.label())
            .or_insert_with(|| account_cell(category, w))
            .clone()
    }
}

/// A category as `data.json` holds it, the same in every language: an account's code
/// (`501`, `50301`), a category of the site's own by its name.
pub fn category_key(category: &Category) -> String {
    match category {
        Category::Chart(a) => a.code.to_string(),
        Category::Sub(s) => s.code.clone(),
        Category::Site(name, _) | Category::Unknown(name) => name.clone(),
    }
}

/// The side of a line as a fixed word.
fn side_word(side: Side, w: &'static FinanceLabels) -> Cell {
    match side {
        Side::Income => Cell::Word("income", &w.income),
        Side::Expense => Cell::Word("expense", &w.expense),
    }
}

/// The columns every line table shares (their cells are `line_cells`).
fn line_columns(w: &'static FinanceLabels) -> Vec<Column> {
    columns(&[
        ("date", &w.date, ColumnType::Date),
        ("account", &w.account, ColumnType::Account),
        ("amount", &w.amount, ColumnType::Money),
        ("payee", &w.payee, ColumnType::Text),
        ("voucher", &w.voucher, ColumnType::Text),
        ("note", &w.note, ColumnType::Text),
    ])
}

fn line_cells(
    l: &FinanceLine,
    c: &ClassifiedLine,
    w: &'static FinanceLabels,
    accounts: &mut AccountCells,
) -> Vec<Cell> {
    vec![
        Cell::Date(l.date.value),
        accounts.get(&c.category, w),
        Cell::money(l.amount.value),
        Cell::opt_text(l.payee.as_ref()),
        Cell::opt_text(l.voucher.as_ref()),
        Cell::opt_text(l.note.as_ref()),
    ]
}

/// The id of the table of every line (`lines.csv`).
pub const LINES: &str = "lines";

/// The table of every line, income first (see `views::remake`).
pub(crate) fn lines_table(f: &Finance, d: &FinanceFigures, w: &'static FinanceLabels) -> TableView {
    let income = f.income.iter().zip(&d.income).map(|l| (Side::Income, l));
    let expenses = f
        .expenses
        .iter()
        .zip(&d.expenses)
        .map(|l| (Side::Expense, l));
    let mut cols = vec![Column::new("side", &w.side, ColumnType::Word)];
    cols.extend(line_columns(w));
    cols.push(Column::new("large", &w.mark, ColumnType::Flag));
    let mut table = TableView::new(LINES, w.lines_caption.as_str(), cols);
    let mut accounts = AccountCells::default();
    table.rows = income
        .chain(expenses)
        .map(|(side, (l, c))| {
            let mut row = Vec::with_capacity(8);
            row.push(side_word(side, w));
            row.extend(line_cells(l, c, w, &mut accounts));
            row.push(Cell::Flag(c.large, &w.large));
            row
        })
        .collect();
    // The date before the account, the amount beside it.
    table.roles(Some(1), 2, Some(3))
}

fn large_table(
    f: &Finance,
    d: &FinanceFigures,
    config: &Config,
    w: &'static FinanceLabels,
) -> Option<TableView> {
    let threshold = config.large_expense_threshold?;
    let mut accounts = AccountCells::default();
    let rows: Vec<Vec<Cell>> = f
        .expenses
        .iter()
        .zip(&d.expenses)
        .filter(|(_, c)| c.large)
        .map(|(l, c)| line_cells(l, c, w, &mut accounts))
        .collect();
    if rows.is_empty() {
        return None;
    }
    let mut table = TableView::new(
        "large",
        w.large_caption(&threshold.display()),
        line_columns(w),
    );
    table.rows = rows;
    Some(table.roles(Some(0), 1, Some(2)))
}

/// The whole finance page body: `f` as written, with what the rules computed of it (`d`).
pub fn body(f: &Finance, d: &FinanceFigures, config: &Config) -> BodyView {
    let lang = config.language;
    let w = FinanceLabels::of(lang);
    let (income, expenses) = (d.income_total, d.expense_total);
    let mut view = BodyView {
        figures: vec![
            figure("opening", &w.opening, f.opening_balance.value, false, lang),
            figure("income", &w.period_income, income, true, lang),
            figure("expenses", &w.period_expenses, expenses, true, lang),
            figure("closing", &w.closing, d.closing, true, lang),
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
    let mut undeclared: Vec<&crate::check::finance::SubAccount> = Vec::new();
    for c in d.income.iter().chain(&d.expenses) {
        if let Category::Sub(s) = &c.category
            && !s.declared()
            && !undeclared.iter().any(|u| u.code == s.code)
        {
            undeclared.push(s);
        }
    }
    for s in undeclared {
        let parent = format!("{} {}", s.parent.code, w.account_name(&s.parent));
        view.notes.push(w.undeclared_sub(&s.code, &parent));
    }
    view
}

/// One unit's finance items of a year, summed.
#[derive(Clone, Debug, serde::Serialize)]
pub struct UnitYear {
    /// The issuing unit.
    pub unit: String,
    /// One row per item, and the year's totals as the footer.
    #[serde(serialize_with = "super::table::serialize_page")]
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
                    rows,
                    footer: Some(vec![
                        Cell::text(&w.year_total),
                        Cell::money(opening),
                        Cell::money(income_sum),
                        Cell::money(expense_sum),
                        Cell::money(closing),
                    ]),
                    ..TableView::new(
                        "year",
                        w.year_caption(unit),
                        columns(&[
                            ("period", &w.period, ColumnType::Text),
                            ("opening", &w.opening, ColumnType::Money),
                            ("income", &w.income, ColumnType::Money),
                            ("expenses", &w.expense, ColumnType::Money),
                            ("closing", &w.closing, ColumnType::Money),
                        ]),
                    )
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
