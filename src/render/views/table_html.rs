//! A big table's body rows as ready HTML, so that templates get one string instead of a
//! map per cell (a ledger of 100,000 lines made 800,000 Tera maps before it was written).
//!
//! The markup is exactly what `partials/table.html` of the default theme writes for each
//! row (`<tr>` … `</tr>` and the two spaces of indent that follow), escaped by Tera's own
//! `escape_html`, so a page is the same byte for byte whichever way its rows came. Rows
//! with a link are left to the template: a link's address starts with `page.root`, which
//! differs between the item page and the board that shares its values.
//!
//! An item page's big table does not even come as a string: its `rows_html` is a marker
//! (`Splice`) that the page writer replaces with the rows as it writes the page
//! (`render::splice`), so the rows' markup is never held whole, neither as a string nor
//! as Tera's copy of it in the page's values.
//!
//! Must not: decide what a table holds (the views do) or which columns a page shows
//! (`TableView::page_columns`).

use std::hash::{BuildHasher, Hasher};
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{OnceLock, RwLock};

use super::table::{Cell, Role, RowRole, TableView};

/// Tables with more page rows than this come to templates as `rows_html`, their `rows`
/// empty; smaller ones as values, for themes to lay out as they like.
pub const MARKUP_ROWS: usize = 200;

/// Bytes of rows gathered before they are handed to the writer.
const CHUNK: usize = 64 * 1024;

/// Whether `table` comes to templates as markup: more than `MARKUP_ROWS` page rows and
/// none with a link.
pub fn is_markup(table: &TableView) -> bool {
    let page_rows = || {
        table
            .rows_with_roles()
            .filter(|(role, _)| *role != RowRole::OffPage)
            .map(|(_, cells)| cells)
    };
    page_rows().nth(MARKUP_ROWS).is_some()
        && !page_rows().any(|cells| cells.iter().any(|c| c.href().is_some()))
}

/// The page rows of `table` as HTML, when it comes as markup (`is_markup`); `keep` says
/// which columns the page shows.
pub fn rows_html(table: &TableView, keep: &[bool]) -> Option<String> {
    if !is_markup(table) {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(table.rows.len() * 64 * keep.len().max(1));
    // Writing to a Vec cannot fail.
    let _ = write_rows(table, keep, &mut out);
    String::from_utf8(out).ok()
}

/// Writes the page rows of `table` as HTML to `w`, a chunk at a time.
pub fn write_rows(table: &TableView, keep: &[bool], w: &mut dyn Write) -> std::io::Result<()> {
    // What stands before each cell's text, per shown column: its class (a date column's
    // cells never break, as the template marks them) and label.
    let heads: Vec<(String, String)> = table
        .columns
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| {
            let date = if c.kind.key() == "date" { " date" } else { "" };
            (format!("{}{date}", role_class(c.role)), escaped(&c.label))
        })
        .collect();
    let mut out: Vec<u8> = Vec::with_capacity(CHUNK + 4096);
    let page_rows = table
        .rows_with_roles()
        .filter(|(role, _)| *role != RowRole::OffPage)
        .map(|(_, cells)| cells);
    for cells in page_rows {
        out.extend_from_slice(b"<tr>");
        let shown = cells.iter().zip(keep).filter(|(_, k)| **k).map(|(c, _)| c);
        for (cell, (class, label)) in shown.zip(&heads) {
            cell_html(&mut out, cell, class, label);
        }
        out.extend_from_slice(b"</tr>\n  ");
        if out.len() >= CHUNK {
            w.write_all(&out)?;
            out.clear();
        }
    }
    w.write_all(&out)
}

/// One `<td>` as the template writes it for a cell without a link.
fn cell_html(out: &mut Vec<u8>, cell: &Cell, class: &str, label: &str) {
    let (role, date) = class.split_once(' ').unwrap_or((class, ""));
    out.extend_from_slice(b"<td class=\"c-");
    out.extend_from_slice(role.as_bytes());
    if cell.numeric() {
        out.extend_from_slice(b" num");
    }
    if !date.is_empty() {
        out.extend_from_slice(b" ");
        out.extend_from_slice(date.as_bytes());
    }
    out.extend_from_slice(b"\" data-label=\"");
    out.extend_from_slice(label.as_bytes());
    out.extend_from_slice(b"\">");
    // Writing to a Vec cannot fail.
    let _ = tera::escape_html(&cell.shown(), out);
    out.extend_from_slice(b"</td>");
}

/// `text` escaped as Tera escapes a value in HTML.
fn escaped(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// A role as the template writes it in a class (`c-lead`): serde's lowercase name.
fn role_class(role: Role) -> &'static str {
    match role {
        Role::Detail => "detail",
        Role::Index => "index",
        Role::Key => "key",
        Role::Lead => "lead",
    }
}

/// Makes a big table again from the typed values it was made of (see `Splice`).
pub type Remake = Box<dyn Fn() -> TableView + Send + Sync>;

/// A big table whose rows the page writer puts in place of its marker (`render::splice`),
/// shared by the item page and the board while they are to be written. A table that can
/// be made again from the item's typed values (a ledger's lines) is dropped once the item
/// page is written (`forget`) and made again for the board, so that the open ledgers of
/// a board are not each held twice, as lines and as page rows, until the board is made.
pub struct Splice {
    /// This table's number among every spliced table of the process.
    pub id: u64,
    /// Which columns the page shows.
    pub keep: Vec<bool>,
    /// The table, rows and all, until forgotten.
    table: RwLock<Option<TableView>>,
    /// How to make the table again, when it can be.
    remake: Option<Remake>,
}

impl std::fmt::Debug for Splice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Splice").field("id", &self.id).finish()
    }
}

/// A number for a table to be spliced, none drawn before.
pub fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Splice {
    /// `table` to be spliced as number `id` (`next_id`), with how to make it again.
    pub fn new(id: u64, table: TableView, remake: Option<Remake>) -> Splice {
        Splice {
            id,
            keep: table.page_columns(),
            table: RwLock::new(Some(table)),
            remake,
        }
    }

    /// What templates get as the `rows_html` of table number `id`.
    pub fn marker(id: u64) -> String {
        format!("{}{id}-->", marker_start())
    }

    /// Writes the rows in place of the marker.
    pub fn write(&self, w: &mut dyn Write) -> std::io::Result<()> {
        let held = self.table.read().unwrap_or_else(|e| e.into_inner());
        if let Some(table) = &*held {
            return write_rows(table, &self.keep, w);
        }
        drop(held);
        match &self.remake {
            Some(remake) => write_rows(&remake(), &self.keep, w),
            None => Ok(()),
        }
    }

    /// Drops the table when it can be made again.
    pub fn forget(&self) {
        if self.remake.is_some() {
            *self.table.write().unwrap_or_else(|e| e.into_inner()) = None;
        }
    }
}

/// How every marker starts: an HTML comment with a number drawn once per process, so no
/// text a clerk writes can stand for one.
pub fn marker_start() -> &'static str {
    static START: OnceLock<String> = OnceLock::new();
    START.get_or_init(|| {
        let nonce = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        format!("<!--gongkai-rows {nonce:016x} ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Fen;
    use crate::render::views::{ColumnType, columns};

    fn ledger(rows: usize) -> TableView {
        let mut t = TableView::new(
            "lines",
            "c",
            columns(&[
                ("note", "摘要", ColumnType::Text),
                ("amount", "金额", ColumnType::Money),
            ]),
        );
        t.rows = (0..rows)
            .map(|i| {
                vec![
                    Cell::text(format!("<第{i}笔> & \"x\"")),
                    Cell::money(Fen(i as i64)),
                ]
            })
            .collect();
        t.roles(None, 0, Some(1))
    }

    #[test]
    fn only_big_tables_without_links_come_as_markup() {
        let keep = [true, true];
        assert!(rows_html(&ledger(MARKUP_ROWS), &keep).is_none());
        let html = rows_html(&ledger(MARKUP_ROWS + 1), &keep).unwrap();
        assert!(html.starts_with(
            "<tr><td class=\"c-key\" data-label=\"摘要\">&lt;第0笔&gt; &amp; &quot;x&quot;</td>\
             <td class=\"c-lead num\" data-label=\"金额\">¥0.00</td></tr>\n  <tr>"
        ));
        let mut linked = ledger(MARKUP_ROWS + 1);
        linked.rows[5][0] = Cell::link("x", "a/".into());
        assert!(rows_html(&linked, &keep).is_none());
    }

    #[test]
    fn a_splice_writes_the_rows_the_string_holds_kept_or_made_again() {
        let table = ledger(3000);
        let html = rows_html(&table, &[true, true]).unwrap();
        let splice = Splice::new(next_id(), table, Some(Box::new(|| ledger(3000))));
        for forgotten in [false, true] {
            if forgotten {
                splice.forget();
            }
            let mut written = Vec::new();
            splice.write(&mut written).unwrap();
            assert_eq!(written, html.as_bytes(), "forgotten: {forgotten}");
        }
        assert!(Splice::marker(splice.id).starts_with(marker_start()));
        assert_ne!(next_id(), splice.id);
    }
}
