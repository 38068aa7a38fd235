//! A sheet whose header row is its column declaration: a pay sheet (工资奖金分配表) or any
//! other table (其他公开). Each header cell names a column; what the column holds is told
//! by its header word (姓名 is a `name` column, 实发 the pay sheet's `net`: see `words`)
//! or else by its cells (dates, amounts, numbers, percentages, text). When the item
//! declares its columns (`columns:` beside `lines:`), the header is matched to them
//! instead: a declared column the header does not name is reported at `lines:`, a header
//! cell no column declares at that cell.
//!
//! Below the header, rows are told apart as in every sheet (`rows`): 合计 rows are
//! checked against the lines above them (`totals`) and never become rows. A pay sheet's
//! pool is a line above or below the table labelled 奖金总额 or 分配总额. Each cell is
//! taken exactly (`cells`): money as fen, numbers as hundredths, at `file!sheet!cell`.

use super::cells;
use super::header::{Columns, normalise};
use super::rows::{self, RowKind};
use super::totals::{Totals, Unit};
use super::words::{MONEY_WORDS, NAME_WORDS, PAY_ROLE_WORDS, POOL_WORDS};
use super::workbook::{Cell, Sheet};
use crate::diagnostic::Diagnostic;
use crate::load::sheet::fixed;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::sheet::{CellValue, ColumnSpec, ColumnType, Sheet as Table, SheetRow};
use crate::model::{Fen, Kind, Pos, SheetSource, Spanned, column_letters};

/// A declared table, as a sheet gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableSheet {
    /// The kind of item it is the table of.
    pub kind: Kind,
    /// The columns (the header's, or the item's) and the rows, each cell at its cell.
    pub table: Table,
    /// A pay sheet's 奖金总额 line, at its cell.
    pub pool: Option<Spanned<Fen>>,
}

/// A column of the sheet taken as a declared column.
#[derive(Clone, Debug)]
pub(super) struct Placed {
    /// The sheet's column (0-based).
    pub column: usize,
    /// What it is declared as.
    pub spec: ColumnSpec,
}

/// How many rows from the top are searched for the header.
const SEARCH_ROWS: usize = 30;

/// True when a header cell `text` names the declared column `name`: the same words, a
/// unit in brackets or spaces aside.
pub(super) fn names(text: &str, name: &str) -> bool {
    text.trim() == name.trim() || normalise(text) == normalise(name)
}

/// The header row (0-based) of a sheet that declares its own columns: among the first
/// rows, the one with the most cells that are all words (no amount, date or `：` label
/// such as 编制单位：…), two at least; the first of equals.
pub(super) fn header_row(sheet: &Sheet) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (r, row) in sheet.rows.iter().enumerate().take(SEARCH_ROWS) {
        let filled: Vec<&Cell> = row.iter().filter(|c| !c.is_empty()).collect();
        let words = filled.iter().all(|c| match c {
            Cell::Text(t) => !value_like(t) && !t.contains(['：', ':']),
            _ => false,
        });
        if filled.len() >= 2 && words && best.is_none_or(|(_, n)| filled.len() > n) {
            best = Some((r, filled.len()));
        }
    }
    best.map(|(r, _)| r)
}

/// The header row (0-based) naming most of `declared`; `None` when no row names any.
pub(super) fn declared_row(sheet: &Sheet, declared: &[&str]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (r, row) in sheet.rows.iter().enumerate().take(SEARCH_ROWS) {
        let n = row
            .iter()
            .filter(|c| match c {
                Cell::Text(t) => declared.iter().any(|d| names(t, d)),
                _ => false,
            })
            .count();
        if n > 0 && best.is_none_or(|(_, m)| n > m) {
            best = Some((r, n));
        }
    }
    best.map(|(r, _)| r)
}

/// Text that is a value rather than a header word: an amount, a number, a date.
fn value_like(text: &str) -> bool {
    let cell = Cell::Text(text.to_string());
    numeric_like(&cell) || matches!(cells::date(&cell), Ok(Some(_)))
}

/// A cell that holds a number of any kind (an amount with `¥`, a percentage, a figure
/// with too many decimals): the column is numeric, and a cell it cannot take exactly is
/// refused at its place rather than the column made text.
pub(super) fn numeric_like(cell: &Cell) -> bool {
    match cell {
        Cell::Number(_) => true,
        Cell::Text(t) => {
            let t: String = t
                .trim()
                .trim_start_matches(['¥', '￥'])
                .trim_end_matches(['元', '%'])
                .chars()
                .filter(|c| *c != ',')
                .collect();
            let t = t.strip_prefix('-').unwrap_or(&t);
            let mut parts = t.splitn(2, '.');
            let whole = parts.next().unwrap_or("");
            let fraction = parts.next().unwrap_or("0");
            !whole.is_empty()
                && whole.bytes().all(|b| b.is_ascii_digit())
                && fraction.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// The column of `header` on a pay sheet plays this role (`net` for 实发).
fn role_of(header: &str) -> Option<&'static str> {
    PAY_ROLE_WORDS
        .iter()
        .find(|(_, words)| words.contains(&header))
        .map(|(role, _)| *role)
}

/// A header naming a person's name: a `name` column.
pub(super) fn is_name_header(header: &str) -> bool {
    NAME_WORDS.contains(&header) || header.ends_with("姓名")
}

/// The type of a column from its header (`raw` as shown, `header` normalised) and the
/// cells of its lines.
fn infer_type(raw: &str, header: &str, cells: &[&Cell]) -> ColumnType {
    if is_name_header(header) {
        return ColumnType::Name;
    }
    let filled: Vec<&Cell> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
    if filled.is_empty() {
        return ColumnType::Text;
    }
    let is_date = |c: &Cell| match c {
        Cell::Date(_) => true,
        Cell::Text(t) => {
            !t.trim().bytes().all(|b| b.is_ascii_digit()) && matches!(cells::date(c), Ok(Some(_)))
        }
        _ => false,
    };
    if filled.iter().all(|c| is_date(c)) {
        return ColumnType::Date;
    }
    if !filled.iter().all(|c| numeric_like(c)) {
        return ColumnType::Text;
    }
    let text = |c: &&Cell| match c {
        Cell::Text(t) => Some(t.trim().to_string()),
        _ => None,
    };
    if raw.contains('%') || filled.iter().filter_map(text).any(|t| t.ends_with('%')) {
        return ColumnType::Percent;
    }
    let money_word = MONEY_WORDS.iter().any(|w| header.contains(w));
    // Typed text keeps what a number cell loses: two decimals, `¥`, `元`, a thousands
    // separator; clerks write money so.
    let money_text = filled.iter().filter_map(text).any(|t| {
        t.contains(['¥', '￥', '元', ',']) || t.rsplit_once('.').is_some_and(|(_, f)| f.len() == 2)
    });
    if money_word || money_text {
        ColumnType::Money
    } else {
        ColumnType::Number
    }
}

/// The columns a sheet's header row `header` declares, typed from the header words and
/// the cells of the lines below; on a pay sheet (`pay`) each takes the role its words
/// say, the first column of a role only. A header given twice is refused at the second.
pub(super) fn declare(
    sheet: &Sheet,
    header: usize,
    pay: bool,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> Vec<Placed> {
    let lines: Vec<&Vec<Cell>> = sheet
        .rows
        .iter()
        .skip(header + 1)
        .filter(|row| pool_label(row).is_none() && rows::classify(row, false) == RowKind::Line)
        .collect();
    let mut placed: Vec<Placed> = Vec::new();
    for (c, cell) in sheet.rows.get(header).into_iter().flatten().enumerate() {
        let Cell::Text(raw) = cell else { continue };
        let name = normalise(raw);
        let name = if name.is_empty() {
            raw.trim().to_string()
        } else {
            name
        };
        if let Some(first) = placed.iter().find(|p| p.spec.name.value == name) {
            out.push(
                Problem::from(SpreadsheetProblem::ColumnTwice {
                    header: raw.trim().to_string(),
                    first: name.clone(),
                    first_column: column_letters(first.column + 1),
                })
                .at(place.at(Pos::in_cell(header + 1, c + 1))),
            );
            continue;
        }
        let role = pay.then(|| role_of(&name)).flatten().filter(|r| {
            !placed
                .iter()
                .any(|p| p.spec.role.as_ref().is_some_and(|o| o.value == *r))
        });
        let ty = match role {
            Some("gross" | "deduction" | "net") => ColumnType::Money,
            Some(_) => ColumnType::Number,
            None => {
                let column: Vec<&Cell> = lines.iter().map(|row| cell_of(row, c)).collect();
                infer_type(raw, &name, &column)
            }
        };
        let mut spec = fixed(&name, ty, false);
        spec.role = role.map(|r| Spanned::new(r, Pos::default()));
        placed.push(Placed { column: c, spec });
    }
    placed
}

/// Matches the header row `header` to the declared columns: each declared column to the
/// header cell naming it, else its name in `missing`; a header cell naming none is
/// refused at its cell (an empty header cell is no column).
pub(super) fn match_declared(
    sheet: &Sheet,
    header: usize,
    declared: &[ColumnSpec],
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
    missing: &mut Vec<String>,
) -> Vec<Placed> {
    let row = sheet.rows.get(header).map_or(&[][..], Vec::as_slice);
    let mut placed = Vec::new();
    for spec in declared {
        let found = row.iter().position(|c| match c {
            Cell::Text(t) => names(t, &spec.name.value),
            _ => false,
        });
        match found {
            Some(column) => placed.push(Placed {
                column,
                spec: spec.clone(),
            }),
            None => missing.push(spec.name.value.clone()),
        }
    }
    for (c, cell) in row.iter().enumerate() {
        if cell.is_empty() || placed.iter().any(|p: &Placed| p.column == c) {
            continue;
        }
        let header_text = cell.text().unwrap_or_default().trim().to_string();
        out.push(
            Problem::from(SpreadsheetProblem::SheetColumnExtra {
                header: header_text,
                known: declared.iter().map(|d| d.name.value.clone()).collect(),
            })
            .at(place.at(Pos::in_cell(header + 1, c + 1))),
        );
    }
    placed
}

/// The cell of `row` in `column`.
fn cell_of(row: &[Cell], column: usize) -> &Cell {
    row.get(column).unwrap_or(&Cell::Empty)
}

/// The value of `cell` read as a column of type `ty`; `None` when empty.
pub(super) fn value(cell: &Cell, ty: ColumnType) -> Result<Option<CellValue>, Problem> {
    Ok(match ty {
        ColumnType::Text | ColumnType::Name => cells::text(cell).map(CellValue::Text),
        ColumnType::Money => cells::amount(cell)?.map(CellValue::Money),
        ColumnType::Number => cells::number(cell)?.map(CellValue::Number),
        ColumnType::Date => cells::date(cell)?.map(CellValue::Date),
        ColumnType::Percent => {
            let bare = match cell {
                Cell::Text(t) => Cell::Text(t.trim().trim_end_matches('%').to_string()),
                other => other.clone(),
            };
            cells::number(&bare)?.map(CellValue::Number)
        }
    })
}

/// Where a pay sheet's pool line gives its amount: the label's column (`奖金总额`), when
/// `row` is such a line.
fn pool_label(row: &[Cell]) -> Option<usize> {
    row.iter().position(|c| match c {
        Cell::Text(t) => {
            let n = normalise(t);
            POOL_WORDS.iter().any(|w| n.starts_with(w))
        }
        _ => false,
    })
}

/// The pool in row `r` (0-based) when it is a 奖金总额 line: the amount after the label's
/// colon in its own cell (`奖金总额：39000.00元`), else the next cell that holds one.
fn pool_in(
    sheet: &Sheet,
    r: usize,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> Option<Spanned<Fen>> {
    let row = sheet.rows.get(r)?;
    let label = pool_label(row)?;
    let own = row[label]
        .text()
        .and_then(|t| t.split_once(['：', ':']).map(|(_, v)| v.trim().to_string()))
        .filter(|v| !v.is_empty());
    let (column, cell) = match own {
        Some(v) => (label, Cell::Text(v)),
        None => {
            let column = (label + 1..row.len()).find(|c| !row[*c].is_empty())?;
            (column, row[column].clone())
        }
    };
    let pos = Pos::in_cell(r + 1, column + 1);
    match cells::amount(&cell) {
        Ok(Some(fen)) => Some(Spanned::new(fen, pos)),
        Ok(None) => None,
        Err(problem) => {
            out.push(problem.at(place.at(pos)));
            None
        }
    }
}

/// The pool line above the header or below the table, if any.
pub(super) fn pool(
    sheet: &Sheet,
    header: usize,
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> Option<Spanned<Fen>> {
    (0..sheet.rows.len())
        .filter(|r| *r != header)
        .find_map(|r| pool_in(sheet, r, place, out))
}

/// Reads the lines below the header (`first_row` on) into rows of the `placed` columns,
/// each cell at its cell; 合计 rows are checked and left out, and the numeric columns a
/// closing 合计 gives are returned (sheet columns) so an import can declare them
/// `total: true`.
pub(super) fn rows(
    sheet: &Sheet,
    first_row: usize,
    placed: &[Placed],
    place: &SheetSource,
    out: &mut Vec<Diagnostic>,
) -> (Vec<SheetRow>, Vec<usize>) {
    let summed: Vec<(usize, String, Unit)> = placed
        .iter()
        .filter_map(|p| {
            let unit = match p.spec.ty {
                ColumnType::Money => Unit::Money,
                ColumnType::Number => Unit::Count,
                _ => return None,
            };
            Some((p.column, p.spec.name.value.clone(), unit))
        })
        .collect();
    let mut totals = Totals::new(summed.clone());
    let mut read = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(first_row) {
        if pool_label(row).is_some() {
            continue;
        }
        if !totals.is_line(r, row, place, out) {
            continue;
        }
        if placed.iter().all(|p| cell_of(row, p.column).is_empty()) {
            continue;
        }
        totals.line(r, row);
        let mut cells = Vec::with_capacity(placed.len());
        for p in placed {
            let pos = Pos::in_cell(r + 1, p.column + 1);
            match value(cell_of(row, p.column), p.spec.ty) {
                Ok(v) => cells.push(v.map(|v| Spanned::new(v, pos))),
                Err(problem) => {
                    out.push(problem.at(place.at(pos)));
                    cells.push(None);
                }
            }
        }
        let first = placed.first().map_or(0, |p| p.column);
        read.push(SheetRow {
            pos: Pos::in_cell(r + 1, first + 1),
            cells,
        });
    }
    let closing = summed
        .iter()
        .filter(|(c, _, _)| totals.grand(*c).is_some())
        .map(|(c, _, _)| *c)
        .collect();
    (read, closing)
}

/// What `Columns` says of a declared table's sheet, for the import's summary and title.
pub(super) fn columns(sheet: &Sheet, header: usize, placed: &[Placed]) -> Columns {
    let mut columns = Columns {
        first_row: header + 1,
        title: title_above(sheet, header),
        ..Columns::default()
    };
    for (c, cell) in sheet.rows.get(header).into_iter().flatten().enumerate() {
        if let Some(text) = cell.text() {
            let text = text.trim().to_string();
            if !placed.iter().any(|p| p.column == c) {
                columns
                    .ignored
                    .push(format!("{} {text}", column_letters(c + 1)));
            }
            columns.headers.insert(c, text);
        }
    }
    columns
}

/// The first text above the header that is not the pool line: the sheet's title.
fn title_above(sheet: &Sheet, header: usize) -> Option<String> {
    sheet.rows.iter().take(header).find_map(|row| {
        if pool_label(row).is_some() {
            return None;
        }
        row.iter().find_map(|c| match c {
            Cell::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        crate::import::test_sheets::sheet("S", rows)
    }

    fn place() -> SheetSource {
        crate::import::test_sheets::place("S")
    }

    #[test]
    fn the_header_declares_typed_columns_and_roles() {
        let s = sheet(&[
            &["2026年3月通风队奖金分配表"],
            &["编制单位：通风队", "", "单位：元"],
            &["奖金总额：", "3000.00"],
            &[
                "姓名",
                "出勤天数",
                "工分",
                "应发",
                "扣款",
                "实发",
                "发放日期",
                "完成率",
            ],
            &[
                "周海涛",
                "21",
                "21",
                "1500.00",
                "50",
                "1450.00",
                "2026-04-05",
                "95%",
            ],
            &[
                "李四", "20", "21", "1500.00", "", "1500.00", "2026/4/5", "100%",
            ],
            &["合计", "41", "42", "3000.00", "50", "2950.00", "", ""],
        ]);
        let header = header_row(&s).unwrap();
        assert_eq!(header, 3);
        let mut out = Vec::new();
        let placed = declare(&s, header, true, &place(), &mut out);
        let shape: Vec<(String, ColumnType, Option<&str>)> = placed
            .iter()
            .map(|p| {
                (
                    p.spec.name.value.clone(),
                    p.spec.ty,
                    p.spec.role.as_ref().map(|r| r.value),
                )
            })
            .collect();
        use ColumnType::*;
        assert_eq!(
            shape,
            [
                ("姓名".into(), Name, None),
                ("出勤天数".into(), Number, Some("days")),
                ("工分".into(), Number, Some("points")),
                ("应发".into(), Money, Some("gross")),
                ("扣款".into(), Money, Some("deduction")),
                ("实发".into(), Money, Some("net")),
                ("发放日期".into(), Date, None),
                ("完成率".into(), Percent, None),
            ]
        );
        let (rows, closing) = rows(&s, header + 1, &placed, &place(), &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!(closing, [1, 2, 3, 4, 5]);
        assert_eq!(
            rows[0].cell(5).map(|c| &c.value),
            Some(&CellValue::Money(Fen(145_000)))
        );
        assert_eq!(rows[1].cell(4), None);
        assert_eq!(
            pool(&s, header, &place(), &mut out).map(|p| (p.value, p.pos.line(), p.pos.column())),
            Some((Fen(300_000), 3, 2))
        );
    }

    #[test]
    fn a_declared_header_is_matched_by_name() {
        let s = sheet(&[&["姓名", "实发（元）", "备注"], &["张三", "1.00", "x"]]);
        let declared = [
            fixed("姓名", ColumnType::Name, false),
            fixed("实发", ColumnType::Money, false),
            fixed("岗位", ColumnType::Text, false),
        ];
        let names: Vec<&str> = declared.iter().map(|d| d.name.value.as_str()).collect();
        assert_eq!(declared_row(&s, &names), Some(0));
        let (mut out, mut missing) = (Vec::new(), Vec::new());
        let placed = match_declared(&s, 0, &declared, &place(), &mut out, &mut missing);
        assert_eq!(placed.len(), 2);
        assert_eq!(missing, ["岗位"]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].location.as_ref().unwrap().path, "a.xlsx!S!C1");
    }
}
