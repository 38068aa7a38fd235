//! A big table's body rows as ready HTML, so that templates get one string instead of a
//! map per cell (a ledger of 100,000 lines made 800,000 Tera maps before it was written).
//!
//! The markup is exactly what `partials/table.html` of the default theme writes for each
//! row (`<tr>` … `</tr>` and the two spaces of indent that follow), escaped by Tera's own
//! `escape_html`, so a page is the same byte for byte whichever way its rows came. Rows
//! with a link are left to the template: a link's address starts with `page.root`, which
//! differs between the item page and the board that shares its values.
//!
//! Must not: decide what a table holds (the views do) or which columns a page shows
//! (`TableView::page_columns`).

use super::table::{Cell, Role, RowRole, TableView};

/// Tables with more page rows than this come to templates as `rows_html`, their `rows`
/// empty; smaller ones as values, for themes to lay out as they like.
pub const MARKUP_ROWS: usize = 200;

/// The page rows of `table` as HTML, when it has more than `MARKUP_ROWS` of them and
/// none links; `keep` says which columns the page shows.
pub fn rows_html(table: &TableView, keep: &[bool]) -> Option<String> {
    let page_rows = || {
        table
            .rows_with_roles()
            .filter(|(role, _)| *role != RowRole::OffPage)
            .map(|(_, cells)| cells)
    };
    if page_rows().nth(MARKUP_ROWS).is_none()
        || page_rows().any(|cells| cells.iter().any(|c| c.href().is_some()))
    {
        return None;
    }
    // What stands before each cell's text, per shown column: its class and label.
    let heads: Vec<(String, String)> = table
        .columns
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| (role_class(c.role).to_string(), escaped(&c.label)))
        .collect();
    let mut out: Vec<u8> = Vec::with_capacity(table.rows.len() * 64 * heads.len().max(1));
    for cells in page_rows() {
        out.extend_from_slice(b"<tr>");
        let shown = cells.iter().zip(keep).filter(|(_, k)| **k).map(|(c, _)| c);
        for (cell, (class, label)) in shown.zip(&heads) {
            cell_html(&mut out, cell, class, label);
        }
        out.extend_from_slice(b"</tr>\n  ");
    }
    String::from_utf8(out).ok()
}

/// One `<td>` as the template writes it for a cell without a link.
fn cell_html(out: &mut Vec<u8>, cell: &Cell, class: &str, label: &str) {
    out.extend_from_slice(b"<td class=\"c-");
    out.extend_from_slice(class.as_bytes());
    if cell.numeric() {
        out.extend_from_slice(b" num");
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
}
