//! The privacy guard over the rendered output, just before it is published: every file,
//! pages and copied files alike, read as [`super::files`] reads it. Numbers that
//! templates or copied files add are found here; the content's own were reported at
//! their source already.
//!
//! The preview keeps each file as it was last read (`ScannedOutput`), so that a UTF-8
//! file's next version is read only around what changed; a file read otherwise (in
//! another encoding, a spreadsheet, a document) is read whole again when its bytes
//! change.

use std::sync::Arc;

use super::files::{self, Placed, Read};
use super::{Allow, Lines, kind_name};
use crate::check::privacy_scan::{self, Edit, PiiHit};
use crate::diagnostic::{Diagnostic, Location};
use crate::messages::Problem;
use crate::publish::Output;

/// Hits in the rendered output (from templates or static files), by output path.
pub fn scan_output(output: &Output, allow: &Allow) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    output
        .files
        .par_iter()
        .flat_map_iter(|(path, bytes)| scan_output_file(path, bytes, allow))
        .collect()
}

/// Hits in one output file (none for files the guard does not read).
pub fn scan_output_file(path: &str, bytes: &[u8], allow: &Allow) -> Vec<Diagnostic> {
    output_diagnostics(path, bytes, &read_whole(path, bytes), allow)
}

/// The guard reading one output file as it is written, piece by piece, so that a page
/// as large as its tables is never held whole: the same diagnostics as
/// [`scan_output_file`] over the whole file. A UTF-8 text is scanned up to its last line
/// break or tag (characters no number crosses, see `privacy_scan::scan`) as it comes;
/// a file read otherwise (by its name, or not UTF-8) is kept and read whole at the end.
pub struct OutputScan<'a> {
    path: String,
    allow: &'a Allow,
    /// Not yet scanned: the text since the last place a number cannot cross.
    pending: Vec<u8>,
    /// Read whole at the end, as `scan_output_file` reads it.
    whole: bool,
    /// Offset of `pending` in the file.
    base: usize,
    hits: Vec<PiiHit>,
}

impl<'a> OutputScan<'a> {
    /// A scan of the output file `path`, to be fed its bytes in order.
    pub fn new(path: &str, allow: &'a Allow) -> OutputScan<'a> {
        let whole = !matches!(files::kind_of(path), files::Kind::Text | files::Kind::Other);
        OutputScan {
            path: path.to_string(),
            allow,
            pending: Vec::new(),
            whole,
            base: 0,
            hits: Vec::new(),
        }
    }

    /// Reads the next bytes of the file.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.whole {
            return;
        }
        // A line break or `<` is inert (ASCII, neither letter, digit nor separator), so
        // the scan splits there. The bytes held back come after the last one, so they
        // hold none: the last one in `bytes` is the last one in the text not yet scanned.
        let Some(last) = bytes.iter().rposition(is_cut) else {
            self.pending.extend_from_slice(bytes);
            return;
        };
        let (now, later) = bytes.split_at(last + 1);
        // Only the bytes up to `now`'s first cut join those held back; the rest of `now`
        // (most of a piece) is scanned where it is, not copied first.
        let first = match self.pending.is_empty() {
            true => 0,
            false => now.iter().position(is_cut).map_or(now.len(), |at| at + 1),
        };
        let (head, body) = now.split_at(first);
        if !head.is_empty() {
            let mut held = std::mem::take(&mut self.pending);
            held.extend_from_slice(head);
            if !self.scan_piece(&held) {
                return;
            }
            // Kept for its room.
            held.clear();
            self.pending = held;
        }
        if !body.is_empty() && !self.scan_piece(body) {
            return;
        }
        self.pending.extend_from_slice(later);
    }

    /// Scans `text`, the file's bytes from `base` on up to a cut; false when they are not
    /// UTF-8 (no rendered page), and the file is then read whole at the end, as it is.
    fn scan_piece(&mut self, text: &[u8]) -> bool {
        let Some(hits) = privacy_scan::scan_utf8(text) else {
            self.whole = true;
            self.pending = Vec::new();
            return false;
        };
        let base = self.base;
        self.hits.extend(hits.into_iter().map(|h| moved(h, base)));
        self.base += text.len();
        true
    }

    /// What the guard found in the file; `reread` gives its bytes again, asked only
    /// when there is something to place (hits are rare) or the file is read whole.
    pub fn finish(mut self, reread: impl FnOnce() -> Vec<u8>) -> Vec<Diagnostic> {
        if self.whole {
            // The bytes scanned so far belong to the file's beginning: read it again.
            return scan_output_file(&self.path, &reread(), self.allow);
        }
        let rest = std::mem::take(&mut self.pending);
        match privacy_scan::scan_utf8(&rest) {
            Some(hits) => {
                let base = self.base;
                self.hits.extend(hits.into_iter().map(|h| moved(h, base)));
            }
            None => return scan_output_file(&self.path, &reread(), self.allow),
        }
        if !self.hits.iter().any(|h| !self.allow.allows(h)) {
            return Vec::new();
        }
        let bytes = reread();
        output_diagnostics(&self.path, &bytes, &Found::Utf8(self.hits), self.allow)
    }
}

/// Every hit in one output file, before `privacy.allow` applies.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    /// UTF-8 text: hits by byte offset into the file.
    Utf8(Vec<PiiHit>),
    /// Read otherwise, each hit with its place.
    Placed(Vec<Placed>),
    /// A file the guard does not read.
    Unread,
}

fn read_whole(path: &str, bytes: &[u8]) -> Found {
    // UTF-8 text is checked and scanned in one walk; anything else is read as `files`
    // reads it (which takes UTF-8 as it is, so both give the same).
    if matches!(files::kind_of(path), files::Kind::Text | files::Kind::Other)
        && let Some(hits) = privacy_scan::scan_utf8(bytes)
    {
        return Found::Utf8(hits);
    }
    match files::read(path, bytes) {
        Read::Utf8(text) => Found::Utf8(privacy_scan::scan(text)),
        Read::Pieces(pieces) => Found::Placed(files::pieces_hits(&pieces, false)),
        // A damaged spreadsheet under `content/` is reported at its source.
        Read::Unread | Read::Broken(_) => Found::Unread,
    }
}

/// The diagnostics for what was found in the output file `path` (`bytes`), less what
/// `allow` lets through. The one place they are made, so that the full build and the
/// preview, which keeps hits between rebuilds, report the same.
fn output_diagnostics(path: &str, bytes: &[u8], found: &Found, allow: &Allow) -> Vec<Diagnostic> {
    let problem = |hit: &PiiHit| Problem::PersonalDataInOutput {
        kind: kind_name(hit.kind),
        masked: privacy_scan::mask(&hit.value),
    };
    match found {
        Found::Utf8(hits) => {
            let mut lines = Lines::new(bytes);
            hits.iter()
                .filter(|hit| !allow.allows(hit))
                .map(|hit| {
                    let location = Location {
                        path: format!("(output) {path}"),
                        pos: Some(lines.pos(hit.start, hit.value.chars().count())),
                        source_line: None,
                    };
                    problem(hit).at(location)
                })
                .collect()
        }
        Found::Placed(hits) => hits
            .iter()
            .filter(|p| !allow.allows(&p.hit))
            .map(|p| {
                let location = Location {
                    path: format!("(output) {path}{}", p.place),
                    pos: p.pos,
                    source_line: None,
                };
                problem(&p.hit).at(location)
            })
            .collect(),
        Found::Unread => Vec::new(),
    }
}

/// One output file as the guard last read it. The preview keeps it so that the file's
/// next version is read only around what changed (see [`privacy_scan::scan_edit`]):
/// large files (the search index, the sitemap, long lists) change by a few bytes on a
/// save.
#[derive(Clone, Debug)]
pub struct ScannedOutput {
    bytes: Arc<[u8]>,
    /// Every hit before `privacy.allow` applies (which may change between reads).
    found: Found,
}

impl ScannedOutput {
    /// Reads the whole file.
    pub fn new(path: &str, bytes: &Arc<[u8]>) -> ScannedOutput {
        ScannedOutput {
            bytes: bytes.clone(),
            found: read_whole(path, bytes),
        }
    }

    /// The same file's next version, read only where it differs from this one when
    /// this one was UTF-8 text and the next one is too; read whole otherwise. The same
    /// as `ScannedOutput::new(path, bytes)`. `None` when the bytes are this one's.
    pub fn rescan(&self, path: &str, bytes: &Arc<[u8]>) -> Option<ScannedOutput> {
        if Arc::ptr_eq(&self.bytes, bytes) {
            return None;
        }
        let edit = Edit::find(&self.bytes, bytes)?;
        let found = match &self.found {
            // This version was UTF-8, so the next one is exactly when its part
            // between the edit's cuts is (see `Edit::rescan`): no check of the rest.
            // A file that is UTF-8 is read as UTF-8 whatever its name (see
            // `files::read`), unless its name says it is not read at all.
            Found::Utf8(hits) => match edit.rescan(hits, bytes) {
                Some(hits) => Found::Utf8(hits),
                None => read_whole(path, bytes),
            },
            Found::Placed(_) | Found::Unread => read_whole(path, bytes),
        };
        Some(ScannedOutput {
            bytes: bytes.clone(),
            found,
        })
    }

    /// The bytes read.
    pub fn bytes(&self) -> &Arc<[u8]> {
        &self.bytes
    }

    /// What [`scan_output_file`] reports for these bytes.
    pub fn diagnostics(&self, path: &str, allow: &Allow) -> Vec<Diagnostic> {
        output_diagnostics(path, &self.bytes, &self.found, allow)
    }
}

/// A line break or `<`: where `OutputScan` may cut the text it scans.
fn is_cut(b: &u8) -> bool {
    matches!(b, b'\n' | b'<')
}

/// `hit` of a text that starts at byte `base` of the file, with the file's offsets.
fn moved(hit: PiiHit, base: usize) -> PiiHit {
    PiiHit {
        start: hit.start + base,
        end: hit.end + base,
        ..hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(d: &[Diagnostic]) -> Vec<String> {
        d.iter()
            .map(|d| d.render_json(crate::config::Language::En))
            .collect()
    }

    #[test]
    fn rescanned_output_is_read_as_a_whole_file_is() {
        let allow = Allow::new(&["13900000000".to_string()]);
        let base = "<p>\"电话\"：13812345678</p>\n<p>\"热线\"：13900000000</p>\n".repeat(50);
        let mut versions: Vec<Vec<u8>> = vec![
            base.clone().into_bytes(),
            base.replacen("13812345678", "13812345679", 1).into_bytes(),
            base.replacen("：1381234", "：1381234\n", 3).into_bytes(),
            base.replacen("</p>\n<p>", "", 10).into_bytes(),
            format!("{base}尾巴13712345678").into_bytes(),
            base.replacen("\"热线\"", "\"+86 ", 5).into_bytes(),
        ];
        // Not UTF-8 in the middle, then mended.
        let mut broken = base.clone().into_bytes();
        broken[base.len() / 2] = 0xFF;
        versions.push(broken);
        versions.push(base.clone().into_bytes());
        // A byte of a Han character changed into another valid one.
        versions.push(base.replacen('汉', "汗", 1).into_bytes());
        versions.push(base.replacen('电', "申", 7).into_bytes());
        versions.push(Vec::new());
        versions.push(base.into_bytes());
        for path in ["a/index.html", "search/index.js", "logo.png"] {
            let mut seen: Option<ScannedOutput> = None;
            for (step, version) in versions.iter().enumerate() {
                let bytes: Arc<[u8]> = Arc::from(version.as_slice());
                let whole = ScannedOutput::new(path, &bytes);
                let next = match &seen {
                    Some(s) => s.rescan(path, &bytes).unwrap_or_else(|| s.clone()),
                    None => whole.clone(),
                };
                assert_eq!(next.found, whole.found, "{path} step {step}");
                let expected = scan_output_file(path, &bytes, &allow);
                assert_eq!(
                    rendered(&next.diagnostics(path, &allow)),
                    rendered(&expected)
                );
                assert_eq!(
                    rendered(&whole.diagnostics(path, &allow)),
                    rendered(&expected)
                );
                if path.ends_with(".png") {
                    assert!(expected.is_empty());
                } else if std::str::from_utf8(version).is_ok() && !version.is_empty() {
                    assert!(!expected.is_empty(), "{path} step {step}");
                }
                seen = Some(next);
            }
        }
    }

    #[test]
    fn output_read_in_pieces_is_read_as_a_whole_file_is() {
        let allow = Allow::new(&["13900000000".to_string()]);
        let base = "<p>\"电话\"：13812345678</p>\n<td>热线 13900000000</td>".repeat(40);
        let mut broken = base.clone().into_bytes();
        broken[base.len() / 2] = 0xFF;
        let versions = [
            base.clone().into_bytes(),
            format!("{base}尾巴137 1234 5678").into_bytes(),
            base.replace(['\n', '<'], " ").into_bytes(),
            broken,
            Vec::new(),
        ];
        for path in ["a/index.html", "search/index.js", "logo.png", "board"] {
            for version in &versions {
                let expected = rendered(&scan_output_file(path, version, &allow));
                for piece in [1, 3, 17, 1000, usize::MAX] {
                    let mut scan = OutputScan::new(path, &allow);
                    for part in version.chunks(piece.min(version.len().max(1))) {
                        scan.feed(part);
                    }
                    let found = scan.finish(|| version.clone());
                    assert_eq!(rendered(&found), expected, "{path} in pieces of {piece}");
                }
            }
        }
    }

    #[test]
    fn rescan_of_the_same_bytes_is_nothing() {
        let a: Arc<[u8]> = Arc::from(&b"tel 13812345678"[..]);
        let b: Arc<[u8]> = Arc::from(&b"tel 13812345678"[..]);
        let seen = ScannedOutput::new("a.txt", &a);
        assert!(seen.rescan("a.txt", &a).is_none());
        assert!(seen.rescan("a.txt", &b).is_none());
        assert_eq!(seen.diagnostics("a.txt", &Allow::default()).len(), 1);
    }
}
