//! 合计 rows, checked against the lines above them: each summed column of a total row
//! must equal what its lines add up to, either since the previous total row (本月合计
//! under each month) or since the first line (a closing 合计, 本季合计 after monthly
//! ones); 累计 and 总计 count from the first line only. A column with a refused cell
//! among its lines is not checked (the refusal is what the clerk must fix first).
//!
//! Amounts and day counts are both hundredths in an `i64` (`Fen`, `Decimal2`), so one
//! sum serves both; `Unit` says how to show them.

use super::cells;
use super::rows::{self, RowKind};
use super::workbook::Cell;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::{Decimal2, Fen, Pos, SheetSource, Spanned};

/// What a summed column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money: shown `¥1,234.56`.
    Money,
    /// Days or hours: shown `21.5`.
    Count,
}

impl Unit {
    fn show(self, hundredths: i64) -> String {
        match self {
            Unit::Money => Fen(hundredths).display(),
            Unit::Count => Decimal2(hundredths).to_string(),
        }
    }

    /// The value in `cell`, as hundredths.
    pub fn read(self, cell: &Cell) -> Result<Option<i64>, Problem> {
        match self {
            Unit::Money => cells::amount(cell).map(|a| a.map(|f| f.0)),
            Unit::Count => cells::number(cell).map(|n| n.map(|d| d.0)),
        }
    }
}

/// One summed column: since the first line, and since the last total row; `None` once
/// a cell could not be read (or the sum overflowed).
#[derive(Clone, Debug)]
struct Column {
    column: usize,
    header: String,
    unit: Unit,
    since_start: Option<i64>,
    since_last: Option<i64>,
}

/// The summed columns of a sheet, as its lines are read.
#[derive(Clone, Debug)]
pub struct Totals {
    columns: Vec<Column>,
    /// The row (1-based) of the first line, and of the first line since the last total.
    first_line: Option<usize>,
    since_last_from: Option<usize>,
    /// The latest total row's values that equal the sum of every line, by column.
    grand: Vec<(usize, Spanned<i64>)>,
}

impl Totals {
    /// Sums of `columns` (column, header as shown, unit).
    pub fn new(columns: Vec<(usize, String, Unit)>) -> Totals {
        Totals {
            columns: columns
                .into_iter()
                .map(|(column, header, unit)| Column {
                    column,
                    header,
                    unit,
                    since_start: Some(0),
                    since_last: Some(0),
                })
                .collect(),
            first_line: None,
            since_last_from: None,
            grand: Vec::new(),
        }
    }

    /// Whether the row `row` (0-based) of `cells` is a line (not a finance sheet's):
    /// blank, carried-over, footer and opening rows are not, nor is a total row, which is
    /// checked here against the lines it sums.
    pub fn is_line(
        &mut self,
        row: usize,
        cells: &[Cell],
        place: &SheetSource,
        out: &mut Vec<Diagnostic>,
    ) -> bool {
        match rows::classify(cells, false) {
            RowKind::Line => true,
            RowKind::Total { cumulative } => {
                self.total(row, cells, cumulative, place, out);
                false
            }
            RowKind::Blank | RowKind::Carried | RowKind::Footer | RowKind::Opening => false,
        }
    }

    /// Adds the line at `row` (0-based) of `cells`, each summed column read in its unit
    /// (a refused cell stops that column's checks).
    pub fn line(&mut self, row: usize, cells: &[Cell]) {
        self.first_line.get_or_insert(row + 1);
        self.since_last_from.get_or_insert(row + 1);
        for c in &mut self.columns {
            let cell = cells.get(c.column).unwrap_or(&Cell::Empty);
            match c.unit.read(cell) {
                Ok(v) => {
                    let v = v.unwrap_or(0);
                    c.since_start = c.since_start.and_then(|s| s.checked_add(v));
                    c.since_last = c.since_last.and_then(|s| s.checked_add(v));
                }
                Err(_) => {
                    c.since_start = None;
                    c.since_last = None;
                }
            }
        }
    }

    /// Checks the total row `row` (0-based) of `cells`; problems go to `out`, at their cell.
    pub fn total(
        &mut self,
        row: usize,
        cells: &[Cell],
        cumulative: bool,
        place: &SheetSource,
        out: &mut Vec<Diagnostic>,
    ) {
        self.grand.clear();
        let empty = Cell::Empty;
        for c in &mut self.columns {
            let cell = cells.get(c.column).unwrap_or(&empty);
            let at = || place.at(Pos::in_cell(row + 1, c.column + 1));
            let given = match c.unit.read(cell) {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(problem) => {
                    out.push(problem.at(at()));
                    continue;
                }
            };
            let pos = Pos::in_cell(row + 1, c.column + 1);
            if c.since_start == Some(given) {
                self.grand.push((c.column, Spanned::new(given, pos)));
                continue;
            }
            if !cumulative && c.since_last == Some(given) {
                continue;
            }
            // What the row should say: the lines since the last total (or, when those
            // could not all be read, since the first line); for 累计 since the first.
            let (computed, from) = match (cumulative, c.since_last, c.since_start) {
                (false, Some(recent), _) => (recent, self.since_last_from),
                (_, _, Some(all)) => (all, self.first_line),
                _ => continue,
            };
            out.push(
                Problem::from(SpreadsheetProblem::TotalMismatch {
                    header: c.header.clone(),
                    given: c.unit.show(given),
                    computed: c.unit.show(computed),
                    rows: from.map(|f| (f, row)),
                })
                .at(at()),
            );
        }
        for c in &mut self.columns {
            c.since_last = Some(0);
        }
        self.since_last_from = None;
    }

    /// The value of the last total row in `column` when it is the sum of every line
    /// above it (and no line came after it).
    pub fn grand(&self, column: usize) -> Option<Spanned<i64>> {
        if self.since_last_from.is_some() {
            return None;
        }
        self.grand
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, v)| v.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place() -> SheetSource {
        crate::import::test_sheets::place("S")
    }

    fn money(text: &str) -> Cell {
        Cell::Text(text.into())
    }

    #[test]
    fn monthly_totals_and_a_closing_total() {
        let mut t = Totals::new(vec![(1, "收入".into(), Unit::Money)]);
        let mut out = Vec::new();
        t.line(2, &[Cell::Empty, money("1.00")]);
        t.line(3, &[Cell::Empty, money("2.00")]);
        t.total(4, &[Cell::Empty, money("3.00")], false, &place(), &mut out);
        t.line(5, &[Cell::Empty, money("0.50")]);
        t.total(6, &[Cell::Empty, money("0.50")], false, &place(), &mut out);
        t.total(7, &[Cell::Empty, money("3.50")], false, &place(), &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(t.grand(1).map(|g| g.value), Some(350));
        t.total(8, &[Cell::Empty, money("3.40")], true, &place(), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].location.as_ref().unwrap().path, "a.xlsx!S!B9");
        assert!(
            out[0].message(crate::config::Language::En).contains("3.40"),
            "{}",
            out[0].message(crate::config::Language::En)
        );
    }

    #[test]
    fn a_column_with_a_refused_cell_is_not_checked() {
        let mut t = Totals::new(vec![(0, "金额".into(), Unit::Money)]);
        let mut out = Vec::new();
        t.line(1, &[money("1.234")]);
        t.total(2, &[money("9")], false, &place(), &mut out);
        assert!(out.is_empty());
    }
}
