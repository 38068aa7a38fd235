//! What the privacy guard reads in a published file that is not a content item: the
//! attachments under `content/`, the files of `static/` and of the theme, the rendered
//! pages. Which way a file is read goes by its name, in any case of letters: as text
//! (`decode`: any encoding a clerk's tool saves), as a spreadsheet or a document
//! (`office`), or not at all (pictures, PDFs, archives). A file of another name is
//! read when it is UTF-8 text (or has a byte order mark).
//!
//! Each hit keeps where it is in the file: line and column in text and documents, the
//! sheet and cell in a spreadsheet.

use std::borrow::Cow;

use super::decode::{self, Effort};
use super::{Lines, office};
use crate::check::privacy_scan::{self, PiiHit};
use crate::diagnostic::Pos;

/// Files read as text, by their extension (compared in lower case).
const TEXT: &[&str] = &[
    "html", "htm", "xhtml", "xml", "svg", "json", "geojson", "csv", "tsv", "tab", "txt", "text",
    "md", "markdown", "yaml", "yml", "toml", "ini", "cfg", "conf", "log", "rtf", "css", "js",
    "mjs", "vcf", "ics", "tex", "sql",
];

/// Spreadsheets, read cell by cell.
const SHEETS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// Documents that are zip archives of XML, read paragraph by paragraph.
const DOCUMENTS: &[&str] = &["docx", "docm", "pptx", "pptm", "odt", "odp"];

/// Files never read: pictures, sound, video, fonts, archives, PDFs, the old binary
/// Office formats. (Their text, where they have any, is compressed or encoded.)
const UNREAD: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico", "tif", "tiff", "heic", "mp3", "m4a",
    "wav", "ogg", "mp4", "m4v", "mov", "webm", "avi", "woff", "woff2", "ttf", "otf", "eot", "zip",
    "gz", "tgz", "bz2", "xz", "7z", "rar", "pdf", "doc", "ppt", "wps", "et", "dps", "wasm", "exe",
    "dll",
];

/// How a file is read, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Text,
    Sheet,
    Document,
    Unread,
    /// Anything else: text if it looks like text.
    Other,
}

/// How the file at `path` is read.
pub(super) fn kind_of(path: &str) -> Kind {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((_, extension)) = name.rsplit_once('.') else {
        return Kind::Other;
    };
    let extension = extension.to_ascii_lowercase();
    let is = |list: &[&str]| list.contains(&extension.as_str());
    if is(TEXT) {
        Kind::Text
    } else if is(SHEETS) {
        Kind::Sheet
    } else if is(DOCUMENTS) {
        Kind::Document
    } else if is(UNREAD) {
        Kind::Unread
    } else {
        Kind::Other
    }
}

/// A piece of text read out of a file, and where in the file it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Piece {
    /// What a location adds to the file's path: `""` for the file's own text,
    /// `!Sheet1!C4` for a cell, `!slide3` for a slide.
    pub(super) place: String,
    /// The text.
    pub(super) text: String,
    /// Whether a place in it is given as line and column (not in a cell).
    pub(super) lines: bool,
}

/// What a file gives to read.
pub(super) enum Read<'a> {
    /// The file's bytes are UTF-8 text.
    Utf8(&'a str),
    /// Text decoded from another encoding, or read out of a spreadsheet or document.
    Pieces(Vec<Piece>),
    /// Nothing the guard reads.
    Unread,
    /// A spreadsheet or document (`what`) that could not be opened: damaged, or
    /// encrypted with a password.
    Broken(&'static str),
}

/// Reads the file `path` (its name decides how) with the given bytes.
pub(super) fn read<'a>(path: &str, bytes: &'a [u8]) -> Read<'a> {
    let text = |effort| match decode::text(bytes, effort) {
        Some(Cow::Borrowed(text)) => Read::Utf8(text),
        Some(Cow::Owned(text)) => Read::Pieces(vec![Piece {
            place: String::new(),
            text,
            lines: true,
        }]),
        None => Read::Unread,
    };
    match kind_of(path) {
        Kind::Text => text(Effort::Named),
        Kind::Other => text(Effort::Sniffed),
        Kind::Sheet => opened("spreadsheet", || office::sheet_cells(bytes)),
        Kind::Document => opened("document", || office::document_text(bytes)),
        Kind::Unread => Read::Unread,
    }
}

/// What `open` read out of a spreadsheet or document (`what`). A reader that panics on
/// a damaged file (third-party code) leaves the file unopened, not the build crashed.
fn opened<'a>(what: &'static str, open: impl FnOnce() -> Option<Vec<Piece>>) -> Read<'a> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(open)) {
        Ok(Some(pieces)) => Read::Pieces(pieces),
        Ok(None) | Err(_) => Read::Broken(what),
    }
}

/// A hit with its place in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Placed {
    /// The hit, its offsets into the piece it was found in.
    pub(super) hit: PiiHit,
    /// What a location adds to the file's path (see [`Piece::place`]).
    pub(super) place: String,
    /// Line and column in the piece, where it has lines.
    pub(super) pos: Option<Pos>,
    /// The line it is on, masked, when asked for and not too long to show.
    pub(super) line: Option<String>,
}

/// The longest line shown under a message; minified pages and data files have lines of
/// megabytes.
const SHOWN_LINE: usize = 300;

/// Every hit in `text` (the piece at `place`), with its line and column when `lines`,
/// and the line it is on when `show_lines` too.
pub(super) fn placed_hits(text: &str, place: &str, lines: bool, show_lines: bool) -> Vec<Placed> {
    let mut counter = Lines::new(text.as_bytes());
    privacy_scan::scan(text)
        .into_iter()
        .map(|hit| {
            let pos = lines.then(|| counter.pos(hit.start, hit.value.chars().count()));
            let line = (lines && show_lines)
                .then(|| line_at(text, hit.start))
                .flatten();
            Placed {
                hit,
                place: place.to_string(),
                pos,
                line,
            }
        })
        .collect()
}

/// Every hit in the pieces of a file.
pub(super) fn pieces_hits(pieces: &[Piece], show_lines: bool) -> Vec<Placed> {
    pieces
        .iter()
        .flat_map(|p| placed_hits(&p.text, &p.place, p.lines, show_lines))
        .collect()
}

/// The line of `text` that holds byte `offset`, masked, when it is short enough to show.
fn line_at(text: &str, offset: usize) -> Option<String> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let end = text
        .get(offset..)?
        .find('\n')
        .map_or(text.len(), |i| offset + i);
    let line = text.get(start..end)?.trim_end_matches('\r');
    (line.chars().count() <= SHOWN_LINE).then(|| privacy_scan::mask_all(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_go_by_name_in_any_case() {
        assert_eq!(kind_of("content/名单.CSV"), Kind::Text);
        assert_eq!(kind_of("a/b.Tsv"), Kind::Text);
        assert_eq!(kind_of("a/b.htm"), Kind::Text);
        assert_eq!(kind_of("名单.XLSX"), Kind::Sheet);
        assert_eq!(kind_of("汇报.pptx"), Kind::Document);
        assert_eq!(kind_of("logo.PNG"), Kind::Unread);
        assert_eq!(kind_of("README"), Kind::Other);
        assert_eq!(kind_of("data.dat"), Kind::Other);
    }

    #[test]
    fn hits_are_placed_on_their_line() {
        let text = "姓名,电话\n张三,13812345678\n";
        let hits = placed_hits(text, "", true, true);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].pos.map(|p| (p.line(), p.column())), Some((2, 4)));
        assert_eq!(hits[0].line.as_deref(), Some("张三,138******78"));
        let cell = placed_hits("13812345678", "!Sheet1!C4", false, true);
        assert_eq!((cell[0].pos, cell[0].line.as_deref()), (None, None));
        let long = format!("{}13812345678", "x,".repeat(400));
        assert_eq!(placed_hits(&long, "", true, true)[0].line, None);
    }
}
