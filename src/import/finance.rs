//! A finance sheet (a 现金/银行日记账, a 收支明细表) -> income and expense lines.
//!
//! A line is income or expense by the column its amount is in (收入/借方, 支出/贷方),
//! else by a 收支 column beside a single 金额 column, else by its category in the chart
//! of accounts (4xx income, 5xx expense). A 余额 column is followed line by line: each
//! balance must be the one before plus income minus expenses. The opening row (期初余额,
//! 上年结转) gives the balance the lines start from; without one, the first line's
//! balance implies it.

use super::cells;
use super::header::{Columns, Field};
use super::rows::{self, RowKind};
use super::totals::{Totals, Unit};
use super::workbook::{Cell, Sheet};
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::accounts::{self, Side};
use crate::model::kinds::FinanceLine;
use crate::model::money;
use crate::model::{Date, Fen, Pos, SheetSource, Spanned};

/// What a finance sheet holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FinanceSheet {
    /// Income lines, in the sheet's order.
    pub income: Vec<FinanceLine>,
    /// Expense lines, in the sheet's order.
    pub expenses: Vec<FinanceLine>,
    /// The balance before the first line: the opening row's, or implied by the first
    /// line's balance (at that cell).
    pub opening: Option<Spanned<Fen>>,
    /// The balance after the last line, when the sheet has a 余额 column that tells it.
    pub closing: Option<Fen>,
    /// The earliest and the latest date of a line.
    pub dates: Option<(Date, Date)>,
}

/// Words that put a single 金额 on one side, in a 收支 column.
const INCOME_WORDS: &[&str] = &["收", "收入", "借", "借方", "+", "进"];
const EXPENSE_WORDS: &[&str] = &["支", "支出", "贷", "贷方", "-", "出"];

/// Reads the lines below the header; refused cells go to `out`.
pub fn read(
    sheet: &Sheet,
    columns: &Columns,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> FinanceSheet {
    let mut read = FinanceSheet::default();
    let summed: Vec<(usize, String, Unit)> = [Field::Income, Field::Expense, Field::Amount]
        .into_iter()
        .filter_map(|f| columns.of(f))
        .map(|c| (c, columns.header(c), Unit::Money))
        .collect();
    let mut totals = Totals::new(summed);
    // The balance the 余额 column should show after the line before (unknown until a
    // balance is read), and what the lines so far changed it by (unknown after a refused
    // line).
    let mut expected: Option<Fen> = None;
    let mut net: Option<Fen> = Some(Fen(0));
    let mut seen_line = false;
    for (r, row) in sheet.rows.iter().enumerate().skip(columns.first_row) {
        let cell = |f: Field| columns.of(f).map_or(&Cell::Empty, |c| sheet.cell(r, c));
        match rows::classify(row, true) {
            RowKind::Blank | RowKind::Carried | RowKind::Footer => continue,
            RowKind::Total { cumulative } => {
                totals.total(r, row, cumulative, place, out);
                continue;
            }
            RowKind::Opening if !seen_line => {
                if let Some(c) = columns.of(Field::Balance) {
                    match signed(sheet.cell(r, c)) {
                        Ok(Some(fen)) => {
                            read.opening = Some(Spanned::new(fen, Pos::in_cell(r + 1, c + 1)));
                            expected = Some(fen);
                        }
                        Ok(None) => {}
                        Err(p) => out.push(p.at(place.at(Pos::in_cell(r + 1, c + 1)))),
                    }
                }
                continue;
            }
            // Later in the sheet, an opening row carries the balance over a break.
            RowKind::Opening => continue,
            RowKind::Line => {}
        }
        seen_line = true;
        let before = out.len();
        let mut refuse = |problem: Problem, c: usize| {
            out.push(problem.at(place.at(Pos::in_cell(r + 1, c + 1))));
        };
        totals.line(r, row);
        let spanned = |field: Field| columns.of(field).map(|c| Pos::in_cell(r + 1, c + 1));
        // Each cell is read, and each refusal reported, before the line is given up.
        let date = match cells::date(cell(Field::Date)) {
            Ok(Some(d)) => Some(d),
            Ok(None) => {
                let c = columns.of(Field::Date).unwrap_or(0);
                refuse(empty(columns, c), c);
                None
            }
            Err(p) => {
                refuse(p, columns.of(Field::Date).unwrap_or(0));
                None
            }
        };
        let (category, category_field) = match cells::text(cell(Field::Category)) {
            Some(name) => (Some(name), Field::Category),
            None => (cells::text(cell(Field::CategoryCode)), Field::CategoryCode),
        };
        let category_col = columns
            .of(category_field)
            .or(columns.of(Field::Category))
            .unwrap_or(0);
        if category.is_none() {
            refuse(empty(columns, category_col), category_col);
        }
        let side = side_and_amount(sheet, columns, r, category.as_deref(), &mut refuse);
        let mut line_balance = None;
        if let Some(c) = columns.of(Field::Balance) {
            match signed(sheet.cell(r, c)) {
                Ok(b) => line_balance = b.map(|b| (b, c)),
                Err(p) => refuse(p, c),
            }
        }
        if out.len() > before {
            // Go on from the balance the sheet shows, if it can be read.
            expected = line_balance.map(|(b, _)| b);
            net = None;
            continue;
        }
        let (Some(date), Some(category), Some((side, amount, amount_col))) = (date, category, side)
        else {
            continue;
        };
        let change = match side {
            Side::Income => amount,
            Side::Expense => Fen(-amount.0),
        };
        net = net.and_then(|n| n.checked_add(change));
        expected = expected.and_then(|e| e.checked_add(change));
        if let Some((given, c)) = line_balance {
            let pos = Pos::in_cell(r + 1, c + 1);
            match (expected, net) {
                (Some(computed), _) if computed != given => {
                    let before = computed.checked_sub(change).unwrap_or(computed);
                    out.push(
                        Problem::from(SpreadsheetProblem::BalanceMismatch {
                            given: given.display(),
                            computed: computed.display(),
                            before: before.display(),
                        })
                        .at(place.at(pos)),
                    );
                }
                (None, Some(net)) if read.opening.is_none() => {
                    let implied = given.checked_sub(net).unwrap_or(given);
                    read.opening = Some(Spanned::new(implied, pos));
                }
                _ => {}
            }
            expected = Some(given);
        }
        read.closing = expected;
        read.dates = Some(match read.dates {
            None => (date, date),
            Some((a, b)) => (a.min(date), b.max(date)),
        });
        let pos = spanned(Field::Date).unwrap_or(Pos::in_cell(r + 1, 1));
        let line = FinanceLine {
            pos,
            date: Spanned::new(date, pos),
            category: Spanned::new(category, Pos::in_cell(r + 1, category_col + 1)),
            amount: Spanned::new(amount, Pos::in_cell(r + 1, amount_col + 1)),
            payee: cells::text(cell(Field::Payee)),
            voucher: cells::text(cell(Field::Voucher)),
            note: cells::text(cell(Field::Note)),
        };
        match side {
            Side::Income => read.income.push(line),
            Side::Expense => read.expenses.push(line),
        }
    }
    read
}

/// The cell of `column` is empty on a line.
fn empty(columns: &Columns, column: usize) -> Problem {
    Problem::from(SpreadsheetProblem::CellEmpty {
        header: columns.header(column),
    })
}

/// A balance: any amount, negative too (an overdrawn account).
fn signed(cell: &Cell) -> Result<Option<Fen>, Problem> {
    match cells::amount(cell) {
        Err(Problem::Spreadsheet(SpreadsheetProblem::CellAmount {
            text,
            error: money::MoneyError::Negative,
            computed,
        })) => money::parse(text.trim_end_matches('元'))
            .map(Some)
            .map_err(|error| {
                Problem::from(SpreadsheetProblem::CellAmount {
                    text,
                    error,
                    computed,
                })
            }),
        other => other,
    }
}

/// The side, amount and amount column of the line in row `r`, or `None` with the
/// problem refused at its cell.
fn side_and_amount(
    sheet: &Sheet,
    columns: &Columns,
    r: usize,
    category: Option<&str>,
    refuse: &mut dyn FnMut(Problem, usize),
) -> Option<(Side, Fen, usize)> {
    let read =
        |c: Option<usize>, refuse: &mut dyn FnMut(Problem, usize)| -> Result<Option<Fen>, ()> {
            let Some(c) = c else { return Ok(None) };
            match cells::amount(sheet.cell(r, c)) {
                Ok(a) => Ok(a.filter(|a| a.0 != 0)),
                Err(p) => {
                    refuse(p, c);
                    Err(())
                }
            }
        };
    let (income_col, expense_col) = (columns.of(Field::Income), columns.of(Field::Expense));
    if income_col.is_some() || expense_col.is_some() {
        let income = read(income_col, refuse);
        let expense = read(expense_col, refuse);
        return match (income.ok()?, expense.ok()?) {
            (Some(i), None) => Some((Side::Income, i, income_col.unwrap_or(0))),
            (None, Some(e)) => Some((Side::Expense, e, expense_col.unwrap_or(0))),
            (Some(i), Some(e)) => {
                let problem = Problem::from(SpreadsheetProblem::LineBothSides {
                    income: i.display(),
                    expense: e.display(),
                });
                refuse(problem, expense_col.unwrap_or(0));
                None
            }
            (None, None) => {
                // Neither side has an amount: both headers are named.
                let header = [income_col, expense_col]
                    .into_iter()
                    .flatten()
                    .map(|c| columns.header(c))
                    .collect::<Vec<_>>()
                    .join("/");
                let c = income_col.or(expense_col).unwrap_or(0);
                refuse(Problem::from(SpreadsheetProblem::CellEmpty { header }), c);
                None
            }
        };
    }
    let amount_col = columns.of(Field::Amount)?;
    let Some(amount) = read(Some(amount_col), refuse).ok()? else {
        refuse(empty(columns, amount_col), amount_col);
        return None;
    };
    if let Some(c) = columns.of(Field::Direction) {
        let text = cells::text(sheet.cell(r, c)).unwrap_or_default();
        let side = if INCOME_WORDS.contains(&text.as_str()) {
            Side::Income
        } else if EXPENSE_WORDS.contains(&text.as_str()) {
            Side::Expense
        } else {
            refuse(Problem::from(SpreadsheetProblem::CellDirection { text }), c);
            return None;
        };
        return Some((side, amount, amount_col));
    }
    match category.and_then(accounts::resolve) {
        Some(account) => Some((account.side, amount, amount_col)),
        None => {
            if let Some(name) = category {
                let c = columns
                    .of(Field::Category)
                    .or(columns.of(Field::CategoryCode))
                    .unwrap_or(0);
                refuse(
                    Problem::from(SpreadsheetProblem::CellSideUnknown {
                        category: name.to_string(),
                    }),
                    c,
                );
            }
            None
        }
    }
}
