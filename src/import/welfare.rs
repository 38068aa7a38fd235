//! A welfare list (送温暖名单, 困难职工帮扶名单, 慰问金发放表) -> recipients: a name and an
//! amount on every line, the team, reason, goods and note where the sheet has them.

use super::cells;
use super::header::{Columns, Field};
use super::totals::{Totals, Unit};
use super::workbook::{Cell, Sheet};
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::kinds::Recipient;
use crate::model::{Fen, Pos, SheetSource, Spanned};

/// What a welfare sheet holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WelfareSheet {
    /// The recipients, in the sheet's order.
    pub recipients: Vec<Recipient>,
    /// The closing 合计 row's amount, when it is the sum of every line.
    pub total: Option<Spanned<Fen>>,
}

/// Reads the lines below the header; refused cells go to `out`.
pub fn read(
    sheet: &Sheet,
    columns: &Columns,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> WelfareSheet {
    let mut read = WelfareSheet::default();
    let (Some(name_col), Some(amount_col)) = (columns.of(Field::Name), columns.of(Field::Amount))
    else {
        return read;
    };
    let mut totals = Totals::new(vec![(amount_col, columns.header(amount_col), Unit::Money)]);
    for (r, row) in sheet.rows.iter().enumerate().skip(columns.first_row) {
        let cell = |f: Field| columns.of(f).map_or(&Cell::Empty, |c| sheet.cell(r, c));
        if !totals.is_line(r, row, place, out) {
            continue;
        }
        totals.line(r, row);
        let at = |c: usize| place.at(Pos::in_cell(r + 1, c + 1));
        let name = cells::text(cell(Field::Name));
        if name.is_none() {
            out.push(empty(columns, name_col).at(at(name_col)));
        }
        let amount = match cells::amount(cell(Field::Amount)) {
            Ok(Some(a)) => Some(a),
            Ok(None) => {
                out.push(empty(columns, amount_col).at(at(amount_col)));
                None
            }
            Err(p) => {
                out.push(p.at(at(amount_col)));
                None
            }
        };
        let (Some(name), Some(amount)) = (name, amount) else {
            continue;
        };
        let pos = Pos::in_cell(r + 1, name_col + 1);
        read.recipients.push(Recipient {
            pos,
            name: Spanned::new(name, pos),
            team: cells::text(cell(Field::Team)),
            reason: cells::text(cell(Field::Reason)),
            amount: Spanned::new(amount, Pos::in_cell(r + 1, amount_col + 1)),
            goods: cells::text(cell(Field::Goods)),
            note: cells::text(cell(Field::Note)),
        });
    }
    read.total = totals
        .grand(amount_col)
        .map(|g| Spanned::new(Fen(g.value), g.pos));
    read
}

/// The cell of `column` is empty on a line.
fn empty(columns: &Columns, column: usize) -> Problem {
    Problem::from(SpreadsheetProblem::CellEmpty {
        header: columns.header(column),
    })
}
