//! An attendance sheet (考勤表, 出勤统计表) -> one record per person: days present, each
//! kind of leave in a column of its own (事假, 病假, 年休假 …), days absent, overtime
//! hours. A 应出勤 column, when there is one, must say the same for everyone: the item
//! has one `workdays:`.

use super::cells;
use super::header::{Columns, Field};
use super::totals::{Totals, Unit};
use super::workbook::Sheet;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::kinds::AttendanceRecord;
use crate::model::{Decimal2, Pos, SheetSource, Spanned};

/// What an attendance sheet holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttendanceSheet {
    /// One record per line, in the sheet's order.
    pub records: Vec<AttendanceRecord>,
    /// The 应出勤 days every line gives, at the first line's cell.
    pub workdays: Option<Spanned<Decimal2>>,
}

/// Reads the lines below the header; refused cells go to `out`.
pub fn read(
    sheet: &Sheet,
    columns: &Columns,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> AttendanceSheet {
    let mut read = AttendanceSheet::default();
    let (Some(name_col), Some(present_col)) = (columns.of(Field::Name), columns.of(Field::Present))
    else {
        return read;
    };
    let mut summed: Vec<(usize, String, Unit)> = [
        Field::Workdays,
        Field::Present,
        Field::Absent,
        Field::Overtime,
    ]
    .into_iter()
    .filter_map(|f| columns.of(f))
    .chain(columns.leave.iter().map(|(_, c)| *c))
    .map(|c| (c, columns.header(c), Unit::Count))
    .collect();
    summed.sort_by_key(|(c, _, _)| *c);
    let mut totals = Totals::new(summed);
    for (r, row) in sheet.rows.iter().enumerate().skip(columns.first_row) {
        if !totals.is_line(r, row, place, out) {
            continue;
        }
        totals.line(r, row);
        let before = out.len();
        let pos = |c: usize| Pos::in_cell(r + 1, c + 1);
        let mut number = |c: usize| -> Option<Spanned<Decimal2>> {
            match cells::number(sheet.cell(r, c)) {
                Ok(n) => n.map(|n| Spanned::new(n, pos(c))),
                Err(p) => {
                    out.push(p.at(place.at(pos(c))));
                    None
                }
            }
        };
        let present = number(present_col);
        let absent = columns.of(Field::Absent).and_then(&mut number);
        let overtime = columns.of(Field::Overtime).and_then(&mut number);
        let workdays = columns.of(Field::Workdays).and_then(&mut number);
        let leave: Vec<(Spanned<String>, Spanned<Decimal2>)> = columns
            .leave
            .iter()
            .filter_map(|(kind, c)| {
                let days = number(*c)?;
                let header = Spanned::new(kind.clone(), pos(*c));
                (days.value != Decimal2(0)).then_some((header, days))
            })
            .collect();
        let name = cells::text(sheet.cell(r, name_col));
        if name.is_none() {
            out.push(empty(columns, name_col).at(place.at(pos(name_col))));
        }
        if present.is_none() && out.len() == before {
            out.push(empty(columns, present_col).at(place.at(pos(present_col))));
        }
        if let Some(days) = workdays {
            match &read.workdays {
                None => read.workdays = Some(days),
                Some(first) if first.value != days.value => out.push(
                    Problem::from(SpreadsheetProblem::WorkdaysDiffer {
                        found: days.value,
                        first: first.value,
                        first_row: first.pos.line(),
                    })
                    .at(place.at(days.pos)),
                ),
                Some(_) => {}
            }
        }
        let (Some(name), Some(present)) = (name, present) else {
            continue;
        };
        if out.len() > before {
            continue;
        }
        read.records.push(AttendanceRecord {
            pos: pos(name_col),
            name: Spanned::new(name, pos(name_col)),
            present,
            leave,
            absent: absent.filter(|a| a.value != Decimal2(0)),
            overtime_hours: overtime.filter(|o| o.value != Decimal2(0)),
            note: columns
                .of(Field::Note)
                .and_then(|c| cells::text(sheet.cell(r, c))),
        });
    }
    read
}

/// The cell of `column` is empty on a line.
fn empty(columns: &Columns, column: usize) -> Problem {
    Problem::from(SpreadsheetProblem::CellEmpty {
        header: columns.header(column),
    })
}
