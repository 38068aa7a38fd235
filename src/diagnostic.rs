//! Located problems in a site's files, and how they are shown.
//!
//! Owns the `Diagnostic` value that every stage appends to, and its two renderings:
//! rustc-like text with the source line underlined, and one JSON object per line for
//! tools. It holds no message wording: texts come from `messages`. Personal numbers
//! in a message or source line are masked when the diagnostic is made, so that every
//! rendering shows them masked.

use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::check::privacy_scan;
use crate::messages::HINT_LABEL;

/// How bad a problem is: errors stop `build` from publishing, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed; `build` publishes nothing while one exists.
    Error,
    /// Worth a look; the build goes on.
    Warning,
}

/// A place in a file: 1-based line and column, the column counted in characters; or,
/// for a value read out of a spreadsheet, the row and column of its cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    /// 1-based line number (a cell's row).
    pub line: usize,
    /// 1-based column, in characters (so Chinese text lines up); a cell's column (A = 1).
    pub column: usize,
    /// Length of the marked text in characters (at least 1 when shown).
    #[serde(skip)]
    pub len: usize,
    /// True for a cell of the spreadsheet an item's lines are kept in (see
    /// `model::SheetSource`), not a place in the item's own text.
    #[serde(skip)]
    pub cell: bool,
}

impl Pos {
    /// A position with the given line, column and length.
    pub fn new(line: usize, column: usize, len: usize) -> Self {
        Pos {
            line,
            column,
            len,
            cell: false,
        }
    }

    /// The cell at `row` and `column` (both 1-based: `B12` is row 12, column 2).
    pub fn in_cell(row: usize, column: usize) -> Self {
        Pos {
            line: row,
            column,
            len: 0,
            cell: true,
        }
    }
}

/// A file (relative to the site root, `/`-separated) and a place in it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// Path relative to the site root, with `/` separators on every platform.
    pub path: String,
    /// Where in the file; `None` when the problem concerns the whole file.
    pub pos: Option<Pos>,
    /// The source line at `pos`, kept so the diagnostic can be drawn without the file,
    /// with every personal number in it masked (see [`Location::at`]).
    pub source_line: Option<String>,
}

impl Location {
    /// A location for a whole file.
    pub fn file(path: impl Into<String>) -> Self {
        Location {
            path: path.into(),
            pos: None,
            source_line: None,
        }
    }

    /// A location at `pos` in `path`, taking the source line from `text`. Resident ID,
    /// mobile and bank card numbers in the line are masked as messages mask them, so
    /// that no rendering of any diagnostic (text, JSON, the preview's overlay) shows
    /// one: the diagnostic never holds it.
    pub fn at(path: impl Into<String>, text: &str, pos: Pos) -> Self {
        let source_line = text
            .lines()
            .nth(pos.line.saturating_sub(1))
            .map(|l| privacy_scan::mask_all(l.trim_end_matches('\r')));
        Location {
            path: path.into(),
            pos: Some(pos),
            source_line,
        }
    }

    /// `path:line:column`, or just `path` for a whole-file location.
    pub fn display(&self) -> String {
        match self.pos {
            Some(p) => format!("{}:{}:{}", self.path, p.line, p.column),
            None => self.path.clone(),
        }
    }
}

/// One problem found in the site, with where it is and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// Where it is; `None` only for problems with no file (none today, kept for tools).
    pub location: Option<Location>,
    /// What to do about it, in plain words.
    pub hint: Option<String>,
    /// Other places involved (the other file of a duplicate URL, the earlier item of a chain).
    pub related: Vec<(Location, String)>,
}

impl Diagnostic {
    /// An error at `location`. A personal number in the message (a value quoted back)
    /// is masked, like those of the source line.
    pub fn error(message: impl Into<String>, location: Location) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: privacy_scan::mask_all(&message.into()),
            location: Some(location),
            hint: None,
            related: Vec::new(),
        }
    }

    /// Adds a related place with a short label.
    pub fn with_related(mut self, location: Location, label: impl Into<String>) -> Self {
        self.related.push((location, label.into()));
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders like rustc: message, `--> path:line:col`, the source line, a caret line, the hint.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{label}: {}", self.message);
        if let Some(loc) = &self.location {
            draw_location(&mut out, loc, "-->");
        }
        for (loc, note) in &self.related {
            let _ = writeln!(out, "   = {note}");
            draw_location(&mut out, loc, ":::");
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "   = {HINT_LABEL}: {hint}");
        }
        out
    }

    /// One JSON object (no newline) for `--message-format json`.
    pub fn render_json(&self) -> String {
        #[derive(Serialize)]
        struct Related<'a> {
            file: &'a str,
            line: Option<usize>,
            column: Option<usize>,
            note: &'a str,
        }
        #[derive(Serialize)]
        struct Json<'a> {
            severity: Severity,
            message: &'a str,
            file: Option<&'a str>,
            line: Option<usize>,
            column: Option<usize>,
            hint: Option<&'a str>,
            related: Vec<Related<'a>>,
        }
        let loc = self.location.as_ref();
        let json = Json {
            severity: self.severity,
            message: &self.message,
            file: loc.map(|l| l.path.as_str()),
            line: loc.and_then(|l| l.pos).map(|p| p.line),
            column: loc.and_then(|l| l.pos).map(|p| p.column),
            hint: self.hint.as_deref(),
            related: self
                .related
                .iter()
                .map(|(l, note)| Related {
                    file: &l.path,
                    line: l.pos.map(|p| p.line),
                    column: l.pos.map(|p| p.column),
                    note,
                })
                .collect(),
        };
        serde_json::to_string(&json).unwrap_or_default()
    }
}

/// Draws ` --> path:line:col`, then the source line with carets under the marked text.
fn draw_location(out: &mut String, loc: &Location, arrow: &str) {
    // A file name may hold a newline (refused, and reported under that very name): shown
    // as `\n`, so it cannot break the drawing.
    let shown: String = loc
        .display()
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    let _ = writeln!(out, "  {arrow} {shown}");
    let (Some(pos), Some(line)) = (loc.pos, loc.source_line.as_deref()) else {
        return;
    };
    let number = pos.line.to_string();
    let gutter = " ".repeat(number.len());
    let line = line.replace('\t', " ");
    let before: String = line.chars().take(pos.column.saturating_sub(1)).collect();
    let marked: String = line
        .chars()
        .skip(pos.column.saturating_sub(1))
        .take(pos.len.max(1))
        .collect();
    let pad = " ".repeat(before.width());
    let carets = "^".repeat(marked.width().max(1));
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{number} | {line}");
    let _ = writeln!(out, "{gutter} | {pad}{carets}");
}

/// Every diagnostic of a run, in a stable order (by file, then position).
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Adds one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds many.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// True when any error (not warning) was reported.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// The diagnostics sorted by file and position, duplicates removed.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items = self.items.clone();
        type Key<'a> = Option<(&'a str, Option<(usize, usize)>, Option<(usize, usize)>)>;
        fn key(d: &Diagnostic) -> Key<'_> {
            d.location.as_ref().map(|l| {
                let (path, cell) = split_cell(&l.path);
                (path, cell, l.pos.map(|p| (p.line, p.column)))
            })
        }
        items.sort_by(|a, b| key(a).cmp(&key(b)).then(a.message.cmp(&b.message)));
        items.dedup();
        items
    }

    /// True when there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// A spreadsheet location (`ledger.xlsx!Sheet1!B12`) split into the file and sheet, and
/// the cell's row and column, so that cells sort row by row (`B9` before `B10`); any
/// other path is itself.
fn split_cell(path: &str) -> (&str, Option<(usize, usize)>) {
    let Some((before, cell)) = path.rsplit_once('!') else {
        return (path, None);
    };
    let letters = cell.len()
        - cell
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .len();
    let (column, row) = cell.split_at(letters);
    let is_row =
        !row.is_empty() && !row.starts_with('0') && row.bytes().all(|b| b.is_ascii_digit());
    match row.parse::<usize>() {
        Ok(row) if is_row && (1..=3).contains(&letters) => {
            let column = column
                .bytes()
                .fold(0, |n, b| n * 26 + usize::from(b - b'A' + 1));
            (before, Some((row, column)))
        }
        _ => (path, None),
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_line_up_under_chinese_text() {
        let text = "title: 春节慰问\nclosing_balance: \"14045.66\"\n";
        let d = Diagnostic::error(
            "closing balance differs",
            Location::at("content/a.yaml", text, Pos::new(1, 8, 4)),
        );
        let shown = d.render_text();
        assert!(shown.contains("--> content/a.yaml:1:8"), "{shown}");
        // "title: " is 7 columns wide; 春节慰问 is 8 columns wide.
        assert!(
            shown.contains("1 | title: 春节慰问\n  |        ^^^^^^^^\n"),
            "{shown}"
        );
    }

    #[test]
    fn json_has_file_line_column() {
        let d = Diagnostic {
            severity: Severity::Warning,
            hint: Some("h".into()),
            ..Diagnostic::error("w", Location::at("a.yaml", "x: 1\n", Pos::new(1, 4, 1)))
        };
        let v: serde_json::Value = serde_json::from_str(&d.render_json()).unwrap();
        assert_eq!(v["severity"], "warning");
        assert_eq!(v["file"], "a.yaml");
        assert_eq!(v["line"], 1);
        assert_eq!(v["column"], 4);
        assert_eq!(v["hint"], "h");
    }

    #[test]
    fn personal_numbers_are_masked_in_every_rendering() {
        let text = "title: 通知\n职工赵德胜（身份证号370883198005120023）家庭困难，电话１３８１２３４５６７８。\n";
        let d = Diagnostic::error(
            "value 370883198005120023 is odd",
            Location::at("content/a.md", text, Pos::new(2, 11, 18)),
        );
        let shown = d.render_text();
        assert!(
            shown.contains(
                "2 | 职工赵德胜（身份证号370*************23）家庭困难，电话１３８******７８。\n"
            ),
            "{shown}"
        );
        // The carets are as wide as the masked number.
        assert!(shown.contains(&format!("^{}\n", "^".repeat(17))), "{shown}");
        let json = d.render_json();
        for shown in [&shown, &json] {
            assert!(!shown.contains("370883198005120023"), "{shown}");
            assert!(!shown.contains("１３８１２３４５６７８"), "{shown}");
        }
        assert!(json.contains("value 370*************23 is odd"), "{json}");
    }
}
