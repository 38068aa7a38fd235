//! Data downloads beside each data item's page: `data.json` and one CSV per table, and
//! the canonical data the 核验码 hashes (written by the same code as `data.json`).
//!
//! CSV is UTF-8 with a BOM and CRLF line ends, the form Excel and WPS open with the
//! Chinese intact. Values come from the same views as the page, so masked names stay
//! masked; each is written from the cell's value when the file is written. Data rows add
//! up: subtotals and totals come after an empty line (CSV) or apart (`subtotals`,
//! `total` in JSON).
//! No cell can start a formula (CWE-1236): a payee `=cmd|' /C calc'!A0` or a note `@SUM(…)`
//! opens as the text it is.

use std::borrow::Cow;
use std::io::Write;

use crate::check::{CheckedItem, Derived};
use crate::model::Body;
use crate::render::json_out::JsonOut;
use crate::render::views::attendance::AttendanceData;
use crate::render::views::congress::CongressView;
use crate::render::views::finance::category_key;
use crate::render::views::{BodyView, Cell, Figure, ItemSummary, RowRole, TableView};

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

fn csv_row<'a>(out: &mut Vec<u8>, cells: impl Iterator<Item = Cow<'a, str>>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(csv_field(&cell).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
}

/// One table as CSV: the headings, the data rows (they add up), then, when the table has
/// them, an empty line, the subtotal rows and the totals row (its label first).
pub fn table_csv(table: &TableView) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * (table.rows.len() + 2));
    out.extend_from_slice(BOM.as_bytes());
    csv_row(
        &mut out,
        table
            .columns
            .iter()
            .map(|c| Cow::Borrowed(c.label.as_str())),
    );
    let data = |(role, _): &(RowRole, &[Cell])| *role != RowRole::Subtotal;
    for (_, row) in table.rows_with_roles().filter(data) {
        csv_row(&mut out, row.iter().map(Cell::csv));
    }
    let mut sums = table.rows_with_roles().filter(|r| !data(r)).peekable();
    if sums.peek().is_some() || table.footer.is_some() {
        out.extend_from_slice(b"\r\n");
    }
    for (_, row) in sums {
        csv_row(&mut out, row.iter().map(Cell::csv));
    }
    if let Some(footer) = &table.footer {
        csv_row(&mut out, footer.iter().map(Cell::csv));
    }
    out
}

/// The format name `data.json` carries.
pub const FORMAT: &str = "gongkai-data/2";

/// An item's `data.json`, written compact: one line per table row.
pub fn data_json(checked: &CheckedItem, summary: &ItemSummary, body: &BodyView) -> Vec<u8> {
    let mut out = JsonOut::new(Vec::new(), false);
    write_data(&mut out, checked, summary, body);
    out.line_end();
    out.finish().unwrap_or_default()
}

/// Writes an item's data: the whole `data.json` to a `data.json` writer, the canonical
/// data (without `page`, `facts` and every `label`, `caption` and `in_words`) to a
/// canonical one. The layout is the README's "Open data" section; change it only with the
/// format name.
pub fn write_data<W: Write>(
    out: &mut JsonOut<W>,
    checked: &CheckedItem,
    summary: &ItemSummary,
    body: &BodyView,
) {
    let item = &checked.item;
    out.begin_object();
    out.field_str("format", FORMAT);
    if out.words() {
        out.newline();
        write_page(out, summary, body);
    }
    out.newline();
    out.key("item");
    out.begin_object();
    out.field_str("kind", item.body.kind().key());
    out.field_str("title", &summary.title);
    out.field_str("unit", &checked.unit);
    out.field_str("published", &summary.published);
    out.key("window");
    out.begin_object();
    out.field_str("from", &summary.window_from);
    out.field_str("to", &summary.window_to);
    out.end_object();
    out.key("period");
    let period = item.common.period.as_ref().map(|p| p.value.to_string());
    out.opt_str(period.as_deref());
    out.key("corrects");
    out.opt_str(checked.corrects.as_deref());
    out.end_object();
    out.newline();
    out.key("figures");
    out.begin_array();
    for f in &body.figures {
        out.begin_object();
        out.field_str("key", f.key);
        out.key("fen");
        out.int(f.fen);
        if out.words() {
            out.field_str("label", &f.label);
            out.key("in_words");
            out.opt_str(f.in_words.as_deref());
        }
        out.end_object();
    }
    out.end_array();
    if out.words() {
        out.newline();
        out.key("facts");
        out.begin_array();
        for f in &body.facts {
            out.begin_object();
            out.field_str("label", &f.label);
            out.field_str("value", &f.value);
            out.end_object();
        }
        out.end_array();
    }
    out.newline();
    out.key("tables");
    out.begin_array();
    for table in &body.tables {
        out.newline();
        write_table(out, table);
    }
    out.end_array();
    match (&item.body, &*checked.derived) {
        (Body::Welfare(w), Derived::Welfare(d)) => {
            out.newline();
            out.key("welfare");
            out.begin_object();
            out.field_str("program", &d.program);
            out.key("funded_by");
            match &w.funded_by {
                Some(f) => {
                    out.begin_object();
                    out.field_str("item", &f.item.value);
                    // The account's code, the same in every language; a category the
                    // rules could not place, as written.
                    match &d.funding {
                        Some(c) => out.field_str("category", &category_key(c)),
                        None => out.field_str("category", &f.category.value),
                    }
                    out.end_object();
                }
                None => out.null(),
            }
            out.end_object();
        }
        _ => {
            if let Some(a) = &body.attendance {
                out.newline();
                write_attendance(out, &a.data);
            }
            if let Some(c) = &body.congress {
                out.newline();
                write_congress(out, c);
            }
        }
    }
    out.line_end();
    out.end_object();
}

/// `page`: where the item is and what changes while it does not (its status follows
/// the build date, `corrected_by` later items), and its words in the site's language.
fn write_page<W: Write>(out: &mut JsonOut<W>, summary: &ItemSummary, body: &BodyView) {
    out.key("page");
    out.begin_object();
    out.field_str("href", &summary.href);
    out.field_str("status", summary.status);
    out.key("draft");
    out.bool(summary.draft);
    out.key("corrected_by");
    out.begin_array();
    for link in &summary.corrected_by {
        out.str(&link.href);
    }
    out.end_array();
    if let Some(a) = &body.attendance {
        out.field_str("archive", &a.archive.href);
    }
    out.key("label");
    out.begin_object();
    out.field_str("kind", summary.kind_label);
    out.field_str("status", summary.status_label);
    out.field_str("published", &summary.published_label);
    out.field_str("window_from", &summary.window_from_label);
    out.field_str("window_to", &summary.window_to_label);
    out.field_str("period", &summary.period_label);
    out.end_object();
    out.end_object();
}

/// The format name a summary page's `data.json` carries (a year page).
pub const SUMMARY_FORMAT: &str = "gongkai-summary/1";

/// A summary page's `data.json` (`list/pay/2026/data.json`): what it sums (`kind`,
/// `year`, `title`), its key figures over all it sums, and its tables as an item's
/// `data.json` writes them (each table's caption names its unit or team).
pub fn summary_json(
    kind: &str,
    year: i16,
    title: &str,
    figures: &[Figure],
    tables: &[&TableView],
) -> Vec<u8> {
    let mut out = JsonOut::new(Vec::new(), false);
    out.begin_object();
    out.field_str("format", SUMMARY_FORMAT);
    out.newline();
    out.key("summary");
    out.begin_object();
    out.field_str("kind", kind);
    out.key("year");
    out.int(year.into());
    out.field_str("title", title);
    out.end_object();
    out.newline();
    out.key("figures");
    out.begin_array();
    for f in figures {
        out.begin_object();
        out.field_str("key", f.key);
        out.key("fen");
        out.int(f.fen);
        out.field_str("label", &f.label);
        out.key("in_words");
        out.opt_str(f.in_words.as_deref());
        out.end_object();
    }
    out.end_array();
    out.newline();
    out.key("tables");
    out.begin_array();
    for table in tables {
        out.newline();
        write_table(&mut out, table);
    }
    out.end_array();
    out.line_end();
    out.end_object();
    out.line_end();
    out.finish().unwrap_or_default()
}

/// One table: its columns declared once, then rows as arrays in column order.
fn write_table<W: Write>(out: &mut JsonOut<W>, table: &TableView) {
    out.begin_object();
    out.field_str("id", &table.id);
    if out.words() {
        out.field_str("caption", &table.caption);
    }
    out.key("columns");
    out.begin_array();
    for c in &table.columns {
        out.begin_object();
        out.field_str("key", &c.key);
        out.field_str("type", c.kind.key());
        if out.words() {
            out.field_str("label", &c.label);
        }
        out.end_object();
    }
    out.end_array();
    for (key, subtotals) in [("rows", false), ("subtotals", true)] {
        out.key(key);
        out.begin_array();
        for (role, row) in table.rows_with_roles() {
            if (role == RowRole::Subtotal) == subtotals {
                out.newline();
                write_row(out, row.iter());
            }
        }
        out.end_array();
    }
    out.key("total");
    match &table.footer {
        Some(footer) => {
            out.begin_object();
            if out.words() {
                out.field_str("label", &footer.first().map(Cell::csv).unwrap_or_default());
            }
            out.key("values");
            out.begin_array();
            out.null();
            for cell in footer.iter().skip(1) {
                write_cell(out, cell);
            }
            out.end_array();
            out.end_object();
        }
        None => out.null(),
    }
    out.end_object();
}

fn write_row<'a, W: Write>(out: &mut JsonOut<W>, cells: impl Iterator<Item = &'a Cell>) {
    out.begin_array();
    for cell in cells {
        write_cell(out, cell);
    }
    out.end_array();
}

/// A cell's value: amounts in fen, numbers as numbers, fixed words by their key.
fn write_cell<W: Write>(out: &mut JsonOut<W>, cell: &Cell) {
    match cell {
        Cell::Text(s) => out.str(s),
        Cell::Keyed(k) => out.opt_str(k.key.as_deref()),
        Cell::Link(l) => out.str(&l.0),
        Cell::Empty | Cell::Absent(_) | Cell::Missing(_) => out.null(),
        Cell::Money(f) => out.int(f.0),
        Cell::Count(n) => out.int(*n),
        Cell::Decimal(d) => out.decimal(*d),
        Cell::Permille(p) => out.percent(*p),
        Cell::Date(d) => out.str(&d.to_string()),
        Cell::Word(key, _) => out.str(key),
        Cell::Flag(b, _) => out.bool(*b),
    }
}

fn write_attendance<W: Write>(out: &mut JsonOut<W>, a: &AttendanceData) {
    let opt_percent = |out: &mut JsonOut<W>, p: Option<i64>| match p {
        Some(p) => out.percent(p),
        None => out.null(),
    };
    out.key("attendance");
    out.begin_object();
    out.key("team");
    out.opt_str(a.team.as_deref());
    out.key("totals_only");
    out.bool(a.totals_only);
    out.key("people");
    out.int(i64::try_from(a.people).unwrap_or(i64::MAX));
    for (key, d) in [
        ("workdays", a.workdays),
        ("person_days", a.person_days),
        ("present", a.present),
    ] {
        out.key(key);
        out.decimal(d);
    }
    out.key("leave");
    out.begin_array();
    for (kind, days, share, people) in &a.leave {
        out.begin_object();
        out.field_str("kind", kind);
        out.key("days");
        out.decimal(*days);
        out.key("share");
        opt_percent(out, *share);
        if let Some(n) = people {
            out.key("people");
            out.int(i64::try_from(*n).unwrap_or(i64::MAX));
        }
        out.end_object();
    }
    out.end_array();
    out.key("leave_total");
    out.decimal(a.leave_total);
    out.key("leave_share");
    opt_percent(out, a.leave_share);
    out.key("absent");
    out.decimal(a.absent);
    out.key("overtime_hours");
    out.decimal(a.overtime_hours);
    out.key("rate");
    opt_percent(out, a.rate);
    out.end_object();
}

fn write_congress<W: Write>(out: &mut JsonOut<W>, c: &CongressView) {
    out.key("congress");
    out.begin_object();
    out.field_str("meeting", &c.meeting);
    out.field_str("meeting_date", &c.meeting_date);
    for (key, n) in [
        ("total", c.total),
        ("present", c.present),
        ("quorum_needed", c.quorum_needed),
    ] {
        out.key(key);
        out.int(n);
    }
    out.key("quorum_met");
    out.bool(c.quorum_met);
    out.key("pass_needed");
    out.int(c.pass_needed);
    out.key("resolutions");
    out.begin_array();
    for r in &c.resolutions {
        out.begin_object();
        out.key("number");
        out.int(i64::try_from(r.number).unwrap_or(i64::MAX));
        out.field_str("title", &r.title);
        out.field_str("text", &r.text);
        out.key("votes");
        out.begin_object();
        for (key, n) in [
            ("for", r.votes.for_),
            ("against", r.votes.against),
            ("abstain", r.votes.abstain),
        ] {
            out.key(key);
            out.int(n);
        }
        out.end_object();
        out.key("adopted");
        out.bool(r.adopted);
        out.key("reason");
        out.opt_str(r.reason_key);
        out.key("progress");
        match &r.progress {
            Some(p) => {
                out.begin_object();
                out.field_str("status", &p.written_status);
                out.field_str("status_key", p.status_key);
                out.key("percent");
                match p.percent {
                    Some(n) => out.int(n),
                    None => out.null(),
                }
                out.field_str("note", &p.note);
                out.key("updates");
                out.begin_array();
                for u in &p.updates {
                    out.begin_object();
                    out.field_str("date", &u.date);
                    out.field_str("note", &u.note);
                    out.end_object();
                }
                out.end_array();
                out.end_object();
            }
            None => out.null(),
        }
        out.end_object();
    }
    out.end_array();
    out.key("proposals");
    out.begin_array();
    for p in &c.proposals {
        out.begin_object();
        for (key, value) in [
            ("number", &p.number),
            ("title", &p.title),
            ("by", &p.by),
            ("handler", &p.handler),
            ("status", &p.written_status),
            ("reply", &p.reply),
            ("reason", &p.reason),
        ] {
            out.field_str(key, value);
        }
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::{Column, ColumnType};

    #[test]
    fn csv_quotes_and_bom() {
        let mut table = TableView::new("t", "c", vec![Column::new("a", "摘要", ColumnType::Text)]);
        table.rows = vec![vec![Cell::text("a,\"b\"")]];
        assert_eq!(
            table_csv(&table),
            "\u{feff}摘要\r\n\"a,\"\"b\"\"\"\r\n".as_bytes()
        );
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
