//! Putting a big table's rows into a page as it is written: the template writes the
//! table's marker (`views::table_html::Splice`, its `rows_html`), and the writer here
//! passes every other byte through and writes the rows in the marker's place.
//!
//! Only a page that has spliced tables is written through it, and only the markers of
//! its own tables are replaced (a marker of another process, or of a table the page does
//! not have, is written as it is).
//!
//! Must not: decide which tables are spliced (`pages::items` does) or lay out rows
//! (`table_html` does).

use std::io::Write;
use std::sync::Arc;

use crate::render::views::table_html::{Splice, marker_start};

/// A writer that writes `splices`' rows in place of their markers into `inner`.
pub(crate) struct SpliceWriter<'w> {
    inner: &'w mut dyn Write,
    splices: &'w [Arc<Splice>],
    /// Bytes not yet passed on: at most a marker's beginning, or a whole marker whose end
    /// has not come yet.
    pending: Vec<u8>,
}

/// Longest a marker's number is (`u64::MAX` has 20 digits).
const MAX_DIGITS: usize = 20;

impl<'w> SpliceWriter<'w> {
    /// A writer into `inner` for a page with `splices`.
    pub(crate) fn new(inner: &'w mut dyn Write, splices: &'w [Arc<Splice>]) -> Self {
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
                true => id.and_then(|id| self.splices.iter().find(|s| s.id == id)),
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

    fn splice(rows: usize) -> Arc<Splice> {
        let mut t = TableView::new("t", "c", columns(&[("n", "N", ColumnType::Text)]));
        t.rows = (0..rows)
            .map(|i| vec![Cell::text(format!("r{i}"))])
            .collect();
        Arc::new(Splice::new(next_id(), t, None))
    }

    /// `page` written through a splice writer `step` bytes at a time.
    fn written(page: &str, splices: &[Arc<Splice>], step: usize) -> String {
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
            Splice::marker(a.id),
            Splice::marker(b.id)
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
        let page = format!("x{}y{}", Splice::marker(b.id), marker_start());
        assert_eq!(written(&page, &[a], 5), page);
    }
}
