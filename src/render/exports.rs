//! Data downloads beside each data item's page: `data.json` and one CSV per table.
//!
//! CSV is UTF-8 with a BOM and CRLF line ends, the form Excel and WPS open with the
//! Chinese intact. Values come from the same views as the page, so masked names stay masked.
//! No cell can start a formula (CWE-1236): a payee `=cmd|' /C calc'!A0` or a note `@SUM(…)`
//! opens as the text it is.

use std::borrow::Cow;

use serde::Serialize;

use crate::render::views::attendance::AttendanceView;
use crate::render::views::congress::CongressView;
use crate::render::views::{BodyView, Cell, ItemSummary, TableView};

/// The UTF-8 byte order mark Excel needs to detect the encoding.
const BOM: &str = "\u{feff}";

fn csv_field(s: &str) -> String {
    let s = defuse_formula(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The cell as a spreadsheet must take it: one that Excel, WPS or LibreOffice would
/// evaluate (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
/// leading `'`, which they show as text (the OWASP rule). Plain numbers (`-12.50`, an
/// amount we write, `+3`, `-5%`) stay numbers: they compute nothing.
fn defuse_formula(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A sign, digits, at most one `.` between digits, and an optional `%` at the end.
fn is_plain_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let s = s.strip_suffix('%').unwrap_or(s);
    let mut parts = s.splitn(2, '.');
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_some_and(digits) && parts.next().is_none_or(digits)
}

fn csv_row<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let mut line = cells.map(csv_field).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// One table as CSV text.
pub fn table_csv(table: &TableView) -> String {
    let mut out = String::from(BOM);
    out.push_str(&csv_row(table.columns.iter().map(|c| c.label.as_str())));
    for row in table.rows.iter().chain(table.footer.iter()) {
        out.push_str(&csv_row(row.iter().map(|c| c.csv.as_str())));
    }
    out
}

/// A table as `data.json` holds it: what it says, not how a page lays it out (the
/// phone layout of `TableView` stays out, so the 核验码 follows the data only).
#[derive(Serialize)]
struct TableData<'a> {
    id: &'a str,
    caption: &'a str,
    columns: Vec<ColumnData<'a>>,
    rows: &'a [Vec<Cell>],
    footer: &'a Option<Vec<Cell>>,
}

/// A column heading in `data.json`.
#[derive(Serialize)]
struct ColumnData<'a> {
    label: &'a str,
    numeric: bool,
}

impl<'a> TableData<'a> {
    fn of(table: &'a TableView) -> TableData<'a> {
        TableData {
            id: &table.id,
            caption: &table.caption,
            columns: table
                .columns
                .iter()
                .map(|c| ColumnData {
                    label: &c.label,
                    numeric: c.numeric,
                })
                .collect(),
            rows: &table.rows,
            footer: &table.footer,
        }
    }
}

/// The item and its tables as pretty JSON; congress items add their computed results
/// (`congress`), attendance items their team totals (`attendance`).
pub fn data_json(item: &ItemSummary, body: &BodyView) -> String {
    #[derive(Serialize)]
    struct Data<'a> {
        format: &'static str,
        item: &'a ItemSummary,
        figures: &'a [crate::render::views::Figure],
        facts: &'a [crate::render::views::Fact],
        tables: Vec<TableData<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        congress: Option<CongressView>,
        #[serde(skip_serializing_if = "Option::is_none")]
        attendance: Option<&'a AttendanceView>,
    }
    // The rendered resolution texts are page markup; the data keeps the Markdown.
    let congress = body.congress.clone().map(|mut c| {
        for r in &mut c.resolutions {
            r.text_html.clear();
        }
        c
    });
    let data = Data {
        format: "gongkai-data/1",
        item,
        figures: &body.figures,
        facts: &body.facts,
        tables: body.tables.iter().map(TableData::of).collect(),
        congress,
        attendance: body.attendance.as_ref(),
    };
    let mut text = serde_json::to_string_pretty(&data).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::{Cell, Column};

    #[test]
    fn csv_quotes_and_bom() {
        let table = TableView {
            id: "t".into(),
            caption: "c".into(),
            columns: vec![Column {
                label: "摘要".into(),
                numeric: false,
                role: crate::render::views::Role::Key,
            }],
            rows: vec![vec![Cell::text("a,\"b\"")]],
            footer: None,
            phone: crate::render::views::Phone::Stack,
        };
        assert_eq!(table_csv(&table), "\u{feff}摘要\r\n\"a,\"\"b\"\"\"\r\n");
    }

    #[test]
    fn formulas_become_text_and_numbers_stay_numbers() {
        for (cell, written) in [
            ("=1+1", "'=1+1"),
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("+86 138", "'+86 138"),
            ("-1+2", "'-1+2"),
            ("\tx", "'\tx"),
            ("\r=1", "\"'\r=1\""),
            ("-", "'-"),
            ("-12.50", "-12.50"),
            ("+3", "+3"),
            ("-5%", "-5%"),
            ("12.", "12."),
            ("a=1", "a=1"),
            ("", ""),
        ] {
            assert_eq!(csv_field(cell), written, "{cell:?}");
        }
    }
}
