//! Putting rows into a page as it is written: the template writes a marker (`rows_html`:
//! a big table's, `views::table_html::Splice`, or a list's, `ListRows`), and the writer
//! here passes every other byte through and writes the rows in the marker's place.
//!
//! Only a page that has spliced rows is written through it, and only the markers of its
//! own are replaced (a marker of another process, or of rows the page does not have, is
//! written as it is).
//!
//! A list's rows are each rendered once by the theme's row partial (`jobs::render` does,
//! in parallel, before the pages): an item listed on several pages whose links start the
//! same (`page.root`) has one row for all of them, and the preview keeps the rows of
//! unchanged summaries from one save to the next.
//!
//! Must not: decide which tables or lists are spliced (`pages::items`, `pages::lists`
//! do) or lay out rows (`table_html` and the theme do).

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use tera::Context;

use crate::diagnostic::Diagnostic;
use crate::render::memo::RenderMemo;
use crate::render::theme::Theme;
use crate::render::views::table_html::{Splice, marker_start, next_id};

/// Rows a page writer puts in place of a marker.
pub(crate) trait Spliced: Send + Sync {
    /// The number in the marker.
    fn id(&self) -> u64;
    /// Writes the rows in place of the marker.
    fn write(&self, w: &mut dyn Write) -> std::io::Result<()>;
    /// Drops what can be made again once the page is written (see `Splice::forget`).
    fn forget(&self) {}
    /// The rows of a list, which `jobs::render` renders before the page is written.
    fn list_rows(&self) -> Option<&ListRows> {
        None
    }
}

impl Spliced for Splice {
    fn id(&self) -> u64 {
        self.id
    }

    fn write(&self, w: &mut dyn Write) -> std::io::Result<()> {
        Splice::write(self, w)
    }

    fn forget(&self) {
        Splice::forget(self);
    }
}

/// The template that writes one row of a list (`item` and `page.root` in its context).
pub(crate) const ROW_PARTIAL: &str = "partials/row.html";

/// One item of a list: its summary's id (equal ids, equal rows for the same `root`) and
/// its summary as the row partial's `item`.
pub(crate) struct RowItem {
    /// The summary's id (see `memo`).
    pub id: u64,
    /// The summary as a Tera value.
    pub value: tera::Value,
}

/// The rows of a list page, written in place of its `rows_html` marker: each item's row
/// as the row partial renders it for a page whose links start with `root`.
pub(crate) struct ListRows {
    id: u64,
    /// The page's `page.root`: what of the page a row's markup depends on.
    pub root: Arc<str>,
    /// The items in the order the page shows them.
    pub items: Vec<RowItem>,
    /// Their rows, once rendered (`jobs::render`).
    rows: OnceLock<Vec<Arc<str>>>,
}

impl ListRows {
    /// The rows of `items` on a page whose links start with `root`, under a new marker.
    pub(crate) fn new(root: Arc<str>, items: Vec<RowItem>) -> ListRows {
        ListRows {
            id: next_id(),
            root,
            items,
            rows: OnceLock::new(),
        }
    }

    /// What the template gets as `rows_html`.
    pub(crate) fn marker(&self) -> String {
        Splice::marker(self.id)
    }

    /// Sets the rows, one per item in order (only the first call counts).
    pub(crate) fn set(&self, rows: Vec<Arc<str>>) {
        let _ = self.rows.set(rows);
    }
}

/// Bytes of rows gathered before they are handed to the writer.
const CHUNK: usize = 64 * 1024;

impl Spliced for ListRows {
    fn id(&self) -> u64 {
        self.id
    }

    fn write(&self, w: &mut dyn Write) -> std::io::Result<()> {
        let Some(rows) = self.rows.get() else {
            return Ok(());
        };
        let mut out: Vec<u8> = Vec::with_capacity(CHUNK + 4096);
        for row in rows {
            out.extend_from_slice(row.as_bytes());
            if out.len() >= CHUNK {
                w.write_all(&out)?;
                out.clear();
            }
        }
        w.write_all(&out)
    }

    fn list_rows(&self) -> Option<&ListRows> {
        Some(self)
    }
}

/// Renders the rows of `lists` (those of the pages to be made): each
/// item's row once per link prefix (`page.root`), by the theme's row partial, in
/// parallel, taking from `memo` the rows of summaries it rendered before; hands the memo
/// the rows it made. A row partial's error is reported once, and its row left empty.
pub(crate) fn render_rows(
    lists: &[&ListRows],
    theme: &Theme,
    memo: &mut RenderMemo,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if lists.is_empty() {
        return;
    }
    // A theme without the partial writes no rows (its list template cannot use them).
    if !theme.tera.get_template_names().any(|n| n == ROW_PARTIAL) {
        return;
    }
    // Each (summary, root) once: the row kept from the last render, or one to render.
    let mut slot: FxHashMap<(u64, &str), usize> = FxHashMap::default();
    let mut rows: Vec<Option<Arc<str>>> = Vec::new();
    let mut todo: Vec<(usize, &RowItem, &str)> = Vec::new();
    for list in lists {
        for item in &list.items {
            let key = (item.id, &*list.root);
            if slot.contains_key(&key) {
                continue;
            }
            slot.insert(key, rows.len());
            let kept = memo.row(item.id, &list.root);
            if kept.is_none() {
                todo.push((rows.len(), item, &list.root));
            }
            rows.push(kept);
        }
    }
    let made: Vec<Result<Arc<str>, tera::Error>> = todo
        .par_iter()
        .map(|(_, item, root)| render_row(theme, &item.value, root))
        .collect();
    let keep = memo.keeps();
    let mut fresh = Vec::new();
    for ((at, item, root), row) in todo.iter().zip(made) {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let d = theme.error(&e);
                if !diagnostics.contains(&d) {
                    diagnostics.push(d);
                }
                Arc::from("")
            }
        };
        if keep {
            fresh.push((item.id, Arc::from(*root), row.clone()));
        }
        rows[*at] = Some(row);
    }
    for list in lists {
        let of_list = list
            .items
            .iter()
            .map(|item| {
                slot.get(&(item.id, &*list.root))
                    .and_then(|at| rows[*at].clone())
                    .unwrap_or_else(|| Arc::from(""))
            })
            .collect();
        list.set(of_list);
    }
    memo.keep_rows(fresh);
}

/// One row of a list: the row partial with `item` and `page.root` (and the site-wide
/// values every template sees).
fn render_row(theme: &Theme, item: &tera::Value, root: &str) -> Result<Arc<str>, tera::Error> {
    let page: BTreeMap<&'static str, tera::Value> =
        BTreeMap::from([("root", tera::Value::from(root))]);
    let mut context = Context::new();
    context.insert_value("item", item.clone());
    context.insert_value("page", tera::Value::from(page));
    let row = theme.tera.render(ROW_PARTIAL, &context)?;
    Ok(Arc::from(row))
}

/// A writer that writes `splices`' rows in place of their markers into `inner`.
pub(crate) struct SpliceWriter<'w> {
    inner: &'w mut dyn Write,
    splices: &'w [Arc<dyn Spliced>],
    /// Bytes not yet passed on: at most a marker's beginning, or a whole marker whose end
    /// has not come yet.
    pending: Vec<u8>,
}

/// Longest a marker's number is (`u64::MAX` has 20 digits).
const MAX_DIGITS: usize = 20;

impl<'w> SpliceWriter<'w> {
    /// A writer into `inner` for a page with `splices`.
    pub(crate) fn new(inner: &'w mut dyn Write, splices: &'w [Arc<dyn Spliced>]) -> Self {
        SpliceWriter {
            inner,
            splices,
            pending: Vec::new(),
        }
    }

    /// Passes on what is pending; at the end of the page (`end`), all of it.
    fn drain(&mut self, end: bool) -> std::io::Result<()> {
        let start = marker_start().as_bytes();
        let mut done = 0;
        loop {
            let rest = &self.pending[done..];
            let Some(at) = find(rest, start) else {
                // Keep what may be a marker's beginning.
                let held = if end {
                    0
                } else {
                    (1..start.len().min(rest.len() + 1))
                        .rev()
                        .find(|n| rest.ends_with(&start[..*n]))
                        .unwrap_or(0)
                };
                self.inner.write_all(&rest[..rest.len() - held])?;
                done += rest.len() - held;
                break;
            };
            self.inner.write_all(&rest[..at])?;
            done += at;
            let after = &self.pending[done + start.len()..];
            let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
            let tail = &after[digits..];
            if tail.len() < 3 && b"-->".starts_with(tail) && digits <= MAX_DIGITS && !end {
                // The marker's number or end is still to come.
                break;
            }
            let id = std::str::from_utf8(&after[..digits])
                .ok()
                .and_then(|d| d.parse::<u64>().ok());
            let splice = match tail.starts_with(b"-->") {
                true => id.and_then(|id| self.splices.iter().find(|s| s.id() == id)),
                false => None,
            };
            match splice {
                Some(splice) => {
                    splice.write(self.inner)?;
                    done += start.len() + digits + 3;
                }
                None => {
                    // Not a marker of this page's: written as it is.
                    self.inner.write_all(start)?;
                    done += start.len();
                }
            }
        }
        self.pending.drain(..done);
        Ok(())
    }

    /// Writes what is still pending, at the end of the page.
    pub(crate) fn finish(mut self) -> std::io::Result<()> {
        self.drain(true)?;
        self.inner.flush()
    }
}

impl Write for SpliceWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.drain(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Where `needle` first is in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut from = 0;
    while let Some(i) = hay[from..].iter().position(|b| *b == first) {
        let at = from + i;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::table_html::next_id;
    use crate::render::views::{Cell, ColumnType, TableView, columns};

    fn splice(rows: usize) -> Arc<dyn Spliced> {
        let mut t = TableView::new("t", "c", columns(&[("n", "N", ColumnType::Text)]));
        t.rows = (0..rows)
            .map(|i| vec![Cell::text(format!("r{i}"))])
            .collect();
        Arc::new(Splice::new(next_id(), t, None))
    }

    /// `page` written through a splice writer `step` bytes at a time.
    fn written(page: &str, splices: &[Arc<dyn Spliced>], step: usize) -> String {
        let mut out = Vec::new();
        let mut w = SpliceWriter::new(&mut out, splices);
        for piece in page.as_bytes().chunks(step) {
            w.write_all(piece).unwrap();
        }
        w.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn markers_become_rows_however_the_page_is_cut() {
        let (a, b) = (splice(2), splice(1));
        let page = format!(
            "<p>x</p>{}<i>{}</i><!--no-->",
            Splice::marker(a.id()),
            Splice::marker(b.id())
        );
        let want = "<p>x</p><tr><td class=\"c-key\" data-label=\"N\">r0</td></tr>\n  \
                    <tr><td class=\"c-key\" data-label=\"N\">r1</td></tr>\n  \
                    <i><tr><td class=\"c-key\" data-label=\"N\">r0</td></tr>\n  </i><!--no-->";
        for step in [1, 2, 3, 7, 1000] {
            assert_eq!(
                written(&page, &[a.clone(), b.clone()], step),
                want,
                "{step}"
            );
        }
    }

    #[test]
    fn a_marker_of_another_table_stays_as_it_is() {
        let (a, b) = (splice(1), splice(1));
        let page = format!("x{}y{}", Splice::marker(b.id()), marker_start());
        assert_eq!(written(&page, &[a], 5), page);
    }

    #[test]
    fn a_list_writes_its_rows_in_order_once_set() {
        let item = |id| RowItem {
            id,
            value: tera::Value::from(id),
        };
        let list = ListRows::new(Arc::from("../"), vec![item(1), item(2)]);
        let page = format!("<ul>{}</ul>", list.marker());
        let list: Arc<dyn Spliced> = Arc::new(list);
        assert_eq!(written(&page, std::slice::from_ref(&list), 3), "<ul></ul>");
        if let Some(rows) = list.list_rows() {
            rows.set(vec![Arc::from("<li>a</li>"), Arc::from("<li>b</li>")]);
        }
        assert_eq!(written(&page, &[list], 3), "<ul><li>a</li><li>b</li></ul>");
    }
}
