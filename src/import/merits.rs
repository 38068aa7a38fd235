//! A merits sheet (奖惩登记表) -> the entries of a merits notice, on the kind's fixed
//! columns: 日期, 姓名, 班组, 奖惩 (奖励 or 处罚; 奖 and 罚 are these), 事由, 金额, 依据,
//! found by their header words like the other kinds' (`header`). Date, name, 奖惩 and
//! 事由 are filled on every line (an empty one is refused at its cell); whether a penalty
//! gives its 依据 is the kind's rule, judged by `check` like any entry.

use super::cells;
use super::header::{Columns, Field};
use super::table::TableSheet;
use super::totals::{Totals, Unit};
use super::words::merit_type;
use super::workbook::Sheet;
use crate::diagnostic::Diagnostic;
use crate::load::sheet::fixed;
use crate::load::tabular::MERITS_COLUMNS;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::sheet::{CellValue, ColumnType, Sheet as Table, SheetRow};
use crate::model::{Kind, Pos, SheetSource, Spanned};

/// The field of each fixed column, in `MERITS_COLUMNS` order.
const FIELDS: [Field; 7] = [
    Field::Date,
    Field::Name,
    Field::Team,
    Field::MeritType,
    Field::Reason,
    Field::Amount,
    Field::Basis,
];

/// The fields every line fills.
const REQUIRED: [Field; 4] = [Field::Date, Field::Name, Field::MeritType, Field::Reason];

/// Reads the lines below the header; refused cells go to `out`.
pub fn read(
    sheet: &Sheet,
    columns: &Columns,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> TableSheet {
    let specs = MERITS_COLUMNS
        .iter()
        .map(|(key, ty)| fixed(key, *ty, *ty == ColumnType::Money))
        .collect();
    let amount_col = columns.of(Field::Amount);
    let mut totals = Totals::new(
        amount_col
            .map(|c| (c, columns.header(c), Unit::Money))
            .into_iter()
            .collect(),
    );
    let mut read = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(columns.first_row) {
        if !totals.is_line(r, row, place, out) {
            continue;
        }
        totals.line(r, row);
        let mut cells = Vec::with_capacity(FIELDS.len());
        for ((_, ty), field) in MERITS_COLUMNS.iter().zip(FIELDS) {
            let Some(c) = columns.of(field) else {
                cells.push(None);
                continue;
            };
            let pos = Pos::in_cell(r + 1, c + 1);
            let cell = sheet.cell(r, c);
            let value = match ty {
                ColumnType::Date => cells::date(cell).map(|d| d.map(CellValue::Date)),
                ColumnType::Money => cells::amount(cell).map(|a| a.map(CellValue::Money)),
                _ => Ok(cells::text(cell).map(|t| match field {
                    Field::MeritType => CellValue::Text(merit_type(&t).to_string()),
                    _ => CellValue::Text(t),
                })),
            };
            match value {
                Ok(None) if REQUIRED.contains(&field) => {
                    out.push(empty(columns, c).at(place.at(pos)));
                    cells.push(None);
                }
                Ok(v) => cells.push(v.map(|v| Spanned::new(v, pos))),
                Err(problem) => {
                    out.push(problem.at(place.at(pos)));
                    cells.push(None);
                }
            }
        }
        let first = columns.of(Field::Date).unwrap_or(0);
        read.push(SheetRow {
            pos: Pos::in_cell(r + 1, first + 1),
            cells,
        });
    }
    TableSheet {
        kind: Kind::Merits,
        table: Table {
            columns_pos: Pos::default(),
            columns: specs,
            rows: read,
            rules: Vec::new(),
        },
        pool: None,
    }
}

/// The cell of `column` is empty on a line.
fn empty(columns: &Columns, column: usize) -> Problem {
    Problem::from(SpreadsheetProblem::CellEmpty {
        header: columns.header(column),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::workbook::Cell;
    use crate::model::Fen;

    #[test]
    fn entries_on_the_fixed_columns() {
        let sheet = Sheet {
            name: "S".into(),
            named: true,
            rows: [
                &["日期", "姓名", "班组", "奖惩", "事由", "金额", "依据"][..],
                &[
                    "2026-03-17",
                    "周海涛",
                    "通风二班",
                    "罚",
                    "旷工",
                    "50",
                    "第八条",
                ],
                &["2026-03-20", "", "", "奖", "", "200.00", ""],
                &["", "合计", "", "", "", "250.00", ""],
            ]
            .iter()
            .map(|r| r.iter().map(|t| Cell::typed(t)).collect())
            .collect(),
        };
        let place = SheetSource {
            path: "a.xlsx".into(),
            sheet: Some("S".into()),
        };
        let columns =
            super::super::header::find(&sheet, crate::model::Kind::Merits, None, &place).unwrap();
        let mut out = Vec::new();
        let read = read(&sheet, &columns, &place, &mut out);
        let at: Vec<&str> = out
            .iter()
            .map(|d| d.location.as_ref().unwrap().path.as_str())
            .collect();
        assert_eq!(at, ["a.xlsx!S!B3", "a.xlsx!S!E3"]);
        let rows = &read.table.rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0].cell(3).map(|c| &c.value),
            Some(&CellValue::Text("处罚".into()))
        );
        assert_eq!(
            rows[0].cell(5).map(|c| &c.value),
            Some(&CellValue::Money(Fen(5000)))
        );
    }
}
