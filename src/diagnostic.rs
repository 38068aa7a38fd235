//! Located problems in a site's files, and how they are shown.
//!
//! Owns the `Diagnostic` value that every stage appends to, and its two renderings:
//! rustc-like text with the source line underlined, and one JSON object per line for
//! tools. A diagnostic keeps the facts (a `Problem`, its place, related places); its
//! words come from `messages` in the language asked for when it is shown, so one run can
//! be shown in the clerk's language whatever stage found it. Personal numbers are masked
//! in every rendering: in the source line when the diagnostic is made, in the message
//! and hint when they are written.

use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::check::privacy_scan;
use crate::config::Language;
use crate::messages::{self, Problem, Related};

/// How bad a problem is: errors stop `build` from publishing, warnings do not; a note
/// only points at the error it follows from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed; `build` publishes nothing while one exists.
    Error,
    /// Worth a look; the build goes on.
    Warning,
    /// A consequence of an error reported elsewhere (a reference to a file that could
    /// not be read): nothing to fix here.
    Note,
}

impl Severity {
    /// The tag before a diagnostic's message in the terminal: `error`, `warning`, `note`,
    /// as the content-format spec writes it, in every language (tools, tests and help
    /// threads search for it; the words after it are in the site's language).
    pub fn tag(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A place in a file: 1-based line and column, the column counted in characters; or,
/// for a value read out of a spreadsheet, the row and column of its cell.
///
/// Every YAML node and every typed field carries one, so it is kept to 16 bytes: the
/// numbers are stored as `u32` (a line, column or length past `u32::MAX` saturates
/// there rather than wrapping) and read back as `usize` through the accessors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    /// 1-based line number (a cell's row).
    line: u32,
    /// 1-based column, in characters (so Chinese text lines up); a cell's column (A = 1).
    column: u32,
    /// Length of the marked text in characters (at least 1 when shown).
    #[serde(skip)]
    len: u32,
    /// True for a cell of the spreadsheet an item's lines are kept in (see
    /// `model::SheetSource`), not a place in the item's own text.
    #[serde(skip)]
    cell: bool,
}

/// `n` as a stored position number, saturating at `u32::MAX` (a 4-billion-line file
/// is past every size limit; the diagnostic then points at the end, never elsewhere).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Pos {
    /// A position with the given line, column and length.
    pub fn new(line: usize, column: usize, len: usize) -> Self {
        Pos {
            line: narrow(line),
            column: narrow(column),
            len: narrow(len),
            cell: false,
        }
    }

    /// The cell at `row` and `column` (both 1-based: `B12` is row 12, column 2).
    pub fn in_cell(row: usize, column: usize) -> Self {
        Pos {
            line: narrow(row),
            column: narrow(column),
            len: 0,
            cell: true,
        }
    }

    /// 1-based line number (a cell's row).
    pub fn line(self) -> usize {
        widen(self.line)
    }

    /// 1-based column, in characters; a cell's column (A = 1).
    pub fn column(self) -> usize {
        widen(self.column)
    }

    /// Length of the marked text in characters.
    #[expect(
        clippy::len_without_is_empty,
        reason = "a place in a file, not a collection: an empty mark is still drawn"
    )]
    pub fn len(self) -> usize {
        widen(self.len)
    }

    /// True for a spreadsheet cell (see [`Pos::in_cell`]).
    pub fn is_cell(self) -> bool {
        self.cell
    }

    /// The same place marking `len` characters.
    pub fn with_len(self, len: usize) -> Self {
        Pos {
            len: narrow(len),
            ..self
        }
    }

    /// The same line, `column` and `len` (a cell stays a cell).
    pub fn with_column(self, column: usize, len: usize) -> Self {
        Pos {
            column: narrow(column),
            len: narrow(len),
            ..self
        }
    }
}

/// A stored position number as `usize` (every target gongkai builds for has at least
/// 32-bit pointers, so this never loses anything).
fn widen(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
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
            .nth(pos.line().saturating_sub(1))
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
            Some(p) => format!("{}:{}:{}", self.path, p.line(), p.column()),
            None => self.path.clone(),
        }
    }
}

/// One problem found in the site, with where it is and the other places involved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error, warning or note.
    pub severity: Severity,
    /// What is wrong, with the facts its words need (boxed: diagnostics are many, most
    /// problems small, a few large).
    pub problem: Box<Problem>,
    /// Where it is; `None` only for problems with no file (none today, kept for tools).
    pub location: Option<Location>,
    /// Other places involved (the other file of a duplicate URL, the earlier item of a
    /// chain), each with what it is.
    pub related: Vec<(Location, Related)>,
}

impl Diagnostic {
    /// `problem` at `location`, with the problem's own severity.
    pub fn new(problem: Problem, location: Location) -> Self {
        Diagnostic {
            severity: problem.severity(),
            problem: Box::new(problem),
            location: Some(location),
            related: Vec::new(),
        }
    }

    /// Adds a related place, saying what it is.
    pub fn with_related(mut self, location: Location, related: Related) -> Self {
        self.related.push((location, related));
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The stable machine code of the kind of problem (`bad-date`).
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// What is wrong, in `language`, personal numbers masked.
    pub fn message(&self, language: Language) -> String {
        privacy_scan::mask_all(&self.problem.message(language))
    }

    /// What to do about it, in `language`, personal numbers masked.
    pub fn hint(&self, language: Language) -> Option<String> {
        self.problem
            .hint(language)
            .map(|h| privacy_scan::mask_all(&h))
    }

    /// Renders like rustc: `error:` and the message, `--> path:line:col`, the source line, a
    /// caret line, the hint. The severity tag is the spec's in every language; everything
    /// after it is in `language`. A note is its message and place only: it points at an
    /// error shown elsewhere.
    pub fn render_text(&self, language: Language) -> String {
        let mut out = String::new();
        let tag = self.severity.tag();
        let _ = writeln!(out, "{tag}: {}", self.message(language));
        let note = self.severity == Severity::Note;
        if let Some(loc) = &self.location {
            draw_location(&mut out, loc, "-->", !note);
        }
        // A note's message names the place it points at already: one line and its place.
        for (loc, related) in self.related.iter().filter(|_| !note) {
            let _ = writeln!(out, "   = {}", related.label(language));
            draw_location(&mut out, loc, ":::", true);
        }
        if let Some(hint) = self.hint(language).filter(|_| !note) {
            let _ = writeln!(out, "   = {}: {hint}", messages::hint_label(language));
        }
        out
    }

    /// One JSON object (no newline) for `--message-format json`: `code` names the kind of
    /// problem and stays the same across versions and languages; `message`, `hint` and
    /// each related `note` are in `language`.
    pub fn render_json(&self, language: Language) -> String {
        #[derive(Serialize)]
        struct Related<'a> {
            file: &'a str,
            line: Option<usize>,
            column: Option<usize>,
            note: String,
        }
        #[derive(Serialize)]
        struct Json<'a> {
            severity: Severity,
            code: &'static str,
            message: String,
            file: Option<&'a str>,
            line: Option<usize>,
            column: Option<usize>,
            hint: Option<String>,
            related: Vec<Related<'a>>,
        }
        let loc = self.location.as_ref();
        let json = Json {
            severity: self.severity,
            code: self.code(),
            message: self.message(language),
            file: loc.map(|l| l.path.as_str()),
            line: loc.and_then(|l| l.pos).map(|p| p.line()),
            column: loc.and_then(|l| l.pos).map(|p| p.column()),
            hint: self.hint(language),
            related: self
                .related
                .iter()
                .map(|(l, related)| Related {
                    file: &l.path,
                    line: l.pos.map(|p| p.line()),
                    column: l.pos.map(|p| p.column()),
                    note: related.label(language),
                })
                .collect(),
        };
        serde_json::to_string(&json).unwrap_or_default()
    }
}

/// Draws ` --> path:line:col`, then (with `source`) the source line with carets under the
/// marked text.
fn draw_location(out: &mut String, loc: &Location, arrow: &str, source: bool) {
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
    let (Some(pos), Some(line), true) = (loc.pos, loc.source_line.as_deref(), source) else {
        return;
    };
    let number = pos.line().to_string();
    let gutter = " ".repeat(number.len());
    let line = line.replace('\t', " ");
    let before: String = line.chars().take(pos.column().saturating_sub(1)).collect();
    let marked: String = line
        .chars()
        .skip(pos.column().saturating_sub(1))
        .take(pos.len().max(1))
        .collect();
    let pad = " ".repeat(before.width());
    let carets = "^".repeat(marked.width().max(1));
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{number} | {line}");
    let _ = writeln!(out, "{gutter} | {pad}{carets}");
}

/// Every diagnostic of a run; [`Diagnostics::sorted`] gives them in the order shown.
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
        self.count(Severity::Error)
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// The diagnostics in the order they are shown, duplicates removed. Root causes come
    /// first, so a clerk who reads from the top fixes what matters and the rest follows:
    ///
    /// 1. each file's own problems (encoding, YAML, keys, values, the rules of one item,
    ///    personal numbers), by file and position;
    /// 2. problems between files (a reference to an item, a chain of balances, sums over
    ///    several items, two files taking one page), by file and position;
    /// 3. notes on references to a file that could not be read, which point back at that
    ///    file's own errors in 1.
    ///
    /// Within one place, by the kind of problem (its code), then its facts, so the order
    /// never depends on the order the stages found them in.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items = self.items.clone();
        // A spreadsheet cell (`ledger.xlsx!Sheet1!B12`) sorts by its file, then row by
        // row (`B9` before `B10`).
        let key = |d: &Diagnostic| {
            let place = d.location.as_ref().map(|l| {
                let (path, cell) = split_cell(&l.path);
                (
                    path.to_string(),
                    cell,
                    l.pos.map(|p| (p.line(), p.column())),
                )
            });
            (d.problem.tier(), place, d.problem.code())
        };
        items.sort_by_cached_key(|d| (key(d), format!("{:?}", d.problem)));
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
    fn a_position_is_16_bytes_and_saturates_instead_of_wrapping() {
        // Every YAML node and typed field carries one: its size is a memory budget.
        assert_eq!(std::mem::size_of::<Pos>(), 16);
        let far = Pos::new(usize::MAX, 7, usize::MAX);
        assert_eq!((far.line(), far.column(), far.len()), (FAR, 7, FAR));
        let cell = Pos::in_cell(usize::MAX, 2);
        assert_eq!((cell.line(), cell.column(), cell.is_cell()), (FAR, 2, true));
        // Order is still line first, then column.
        assert!(Pos::new(2, 1, 1) > Pos::new(1, 9, 9));
    }

    /// The largest number a position keeps.
    const FAR: usize = u32::MAX as usize;

    /// A problem whose message quotes `text` back.
    fn quoting(text: &str) -> Problem {
        Problem::BadDate { text: text.into() }
    }

    #[test]
    fn carets_line_up_under_chinese_text() {
        let text = "title: 春节慰问\nclosing_balance: \"14045.66\"\n";
        let d = quoting("x").at(Location::at("content/a.yaml", text, Pos::new(1, 8, 4)));
        let shown = d.render_text(Language::ZhHans);
        assert!(shown.contains("--> content/a.yaml:1:8"), "{shown}");
        // "title: " is 7 columns wide; 春节慰问 is 8 columns wide.
        assert!(
            shown.contains("1 | title: 春节慰问\n  |        ^^^^^^^^\n"),
            "{shown}"
        );
    }

    #[test]
    fn json_has_code_file_line_column() {
        let d = Problem::UnknownCategory { name: "x".into() }.at(Location::at(
            "a.yaml",
            "x: 1\n",
            Pos::new(1, 4, 1),
        ));
        let v: serde_json::Value = serde_json::from_str(&d.render_json(Language::En)).unwrap();
        assert_eq!(v["severity"], "warning");
        assert_eq!(v["code"], "unknown-category");
        assert_eq!(v["file"], "a.yaml");
        assert_eq!(v["line"], 1);
        assert_eq!(v["column"], 4);
        assert!(v["hint"].as_str().is_some_and(|h| !h.is_empty()));
    }

    #[test]
    fn the_words_follow_the_language() {
        let d = quoting("2026/04/05").at(Location::file("a.yaml"));
        assert_eq!(
            d.render_text(Language::En),
            "error: `2026/04/05` is not a date\n  --> a.yaml\n   = hint: Write a date as year-month-day, e.g. 2026-04-05.\n"
        );
        assert_eq!(
            d.render_text(Language::ZhHans),
            "error: `2026/04/05` 不是日期\n  --> a.yaml\n   = 提示: 日期写成 年-月-日，例如 2026-04-05。\n"
        );
        assert!(
            d.render_text(Language::ZhHant)
                .starts_with("error: `2026/04/05` 不是日期")
        );
    }

    #[test]
    fn personal_numbers_are_masked_in_every_rendering() {
        let text = "title: 通知\n职工赵德胜（身份证号370883198005120023）家庭困难，电话１３８１２３４５６７８。\n";
        let d = quoting("370883198005120023").at(Location::at(
            "content/a.md",
            text,
            Pos::new(2, 11, 18),
        ));
        let shown = d.render_text(Language::En);
        assert!(
            shown.contains(
                "2 | 职工赵德胜（身份证号370*************23）家庭困难，电话１３８******７８。\n"
            ),
            "{shown}"
        );
        // The carets are as wide as the masked number.
        assert!(shown.contains(&format!("^{}\n", "^".repeat(17))), "{shown}");
        let json = d.render_json(Language::En);
        for shown in [&shown, &json] {
            assert!(!shown.contains("370883198005120023"), "{shown}");
            assert!(!shown.contains("１３８１２３４５６７８"), "{shown}");
        }
        assert!(
            json.contains("`370*************23` is not a date"),
            "{json}"
        );
    }
}
