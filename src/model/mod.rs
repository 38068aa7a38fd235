//! The typed site: what `load` makes of the files and every later stage works on.
//!
//! Values a rule can reject carry their position (`Spanned`), and each item keeps its
//! source text so a diagnostic can show the offending line. Nothing here reads files,
//! checks rules or renders.

pub mod accounts;
pub mod files;
pub mod kinds;
pub mod money;
pub mod number;
pub mod period;
pub mod sheet;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use jiff::civil::Date;

use crate::diagnostic::Location;
pub use crate::diagnostic::Pos;
pub use kinds::{
    Assessment, Attendance, CoefficientBand, Congress, Finance, Merits, Notice, Pay, TableItem,
    Welfare,
};
pub use money::Fen;
pub use number::Decimal2;
pub use period::Period;

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The typed value.
    pub value: T,
    /// Where its text starts.
    pub pos: Pos,
}

impl<T> Spanned<T> {
    /// Wraps a value with its position.
    pub fn new(value: T, pos: Pos) -> Self {
        Spanned { value, pos }
    }
}

/// A file as read: its path relative to the site root and its text (BOM and CR removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// `/`-separated path relative to the site root, e.g. `content/2026/finance-q1.yaml`.
    pub path: String,
    /// The decoded text.
    pub text: Arc<str>,
}

impl SourceFile {
    /// A location in this file.
    pub fn at(&self, pos: Pos) -> Location {
        Location::at(self.path.clone(), &self.text, pos)
    }
}

/// The end of a file's text, from byte `start` on, shared with the file rather than
/// copied: a notice's Markdown body is most of its file, and a board of 10,000 notices
/// held each twice. Reads as a `str`.
#[derive(Clone)]
pub struct TextTail {
    text: Arc<str>,
    start: usize,
}

impl TextTail {
    /// The text of `text` from byte `start` on (none when `start` is past its end or
    /// not at a character boundary).
    pub fn new(text: Arc<str>, start: usize) -> TextTail {
        let start = match text.is_char_boundary(start) {
            true => start,
            false => text.len(),
        };
        TextTail { text, start }
    }
}

impl std::ops::Deref for TextTail {
    type Target = str;

    fn deref(&self) -> &str {
        self.text.get(self.start..).unwrap_or_default()
    }
}

impl PartialEq for TextTail {
    fn eq(&self, other: &TextTail) -> bool {
        **self == **other
    }
}

impl Eq for TextTail {}

impl std::fmt::Debug for TextTail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

/// The spreadsheet (`.xlsx`, `.xls`, `.ods`, `.csv`) an item keeps its lines in, and the
/// sheet they are on: what a cell position of the item (`Pos::in_cell`) is a cell of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetSource {
    /// `/`-separated path from the site root, e.g. `content/2026/ledger-q1.xlsx`.
    pub path: String,
    /// The sheet's name; `None` for a CSV file, which has only one.
    pub sheet: Option<String>,
}

impl SheetSource {
    /// The sheet as a whole: `content/2026/ledger-q1.xlsx!Sheet1` (a CSV file: itself).
    pub fn whole(&self) -> Location {
        Location::file(match &self.sheet {
            Some(sheet) => format!("{}!{sheet}", self.path),
            None => self.path.clone(),
        })
    }

    /// Where the cell at `pos` is: `content/2026/ledger-q1.xlsx!Sheet1!B12` (a CSV file's
    /// cells have no sheet name: `content/a.csv!B12`).
    pub fn at(&self, pos: Pos) -> Location {
        let cell = cell_name(pos.line(), pos.column());
        Location::file(match &self.sheet {
            Some(sheet) => format!("{}!{sheet}!{cell}", self.path),
            None => format!("{}!{cell}", self.path),
        })
    }
}

/// A cell's name as spreadsheets write it: row 12, column 2 -> `B12`; column 27 is `AA`.
pub fn cell_name(row: usize, column: usize) -> String {
    format!("{}{row}", column_letters(column))
}

/// A column's letters: 1 -> `A`, 26 -> `Z`, 27 -> `AA`.
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column.max(1);
    while n > 0 {
        let digit = (n - 1) % 26;
        letters.push(char::from(b'A' + digit as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The kinds of items a board holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// 通知公告, a Markdown file.
    Notice,
    /// 经费收支.
    Finance,
    /// 福利发放 / 送温暖 / 困难帮扶.
    Welfare,
    /// 出勤公示.
    Attendance,
    /// 职代会决议 / 提案.
    Congress,
    /// 工资奖金分配公示.
    Pay,
    /// 奖惩公示.
    Merits,
    /// 综合考核结果.
    Assessment,
    /// 其他公开: a declared table.
    Table,
}

impl Kind {
    /// Every kind, in the order the home page and menus show them.
    pub const ALL: [Kind; 9] = [
        Kind::Finance,
        Kind::Welfare,
        Kind::Attendance,
        Kind::Congress,
        Kind::Pay,
        Kind::Merits,
        Kind::Assessment,
        Kind::Table,
        Kind::Notice,
    ];

    /// The `kind:` word of a YAML item (and `notice` for Markdown).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Notice => "notice",
            Kind::Finance => "finance",
            Kind::Welfare => "welfare",
            Kind::Attendance => "attendance",
            Kind::Congress => "congress",
            Kind::Pay => "pay",
            Kind::Merits => "merits",
            Kind::Assessment => "assessment",
            Kind::Table => "table",
        }
    }

    /// The kind named by a `kind:` value; `notice` is not a YAML kind.
    pub fn from_yaml_key(key: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| *k != Kind::Notice && k.key() == key)
    }
}

/// The disclosure window as written (`disclosure: {from, to}`), before defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisclosureInput {
    /// `from:`, if given.
    pub from: Option<Spanned<Date>>,
    /// `to:`, if given.
    pub to: Option<Spanned<Date>>,
    /// Where `disclosure:` is.
    pub pos: Pos,
}

/// Fields every item has (spec section 3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Common {
    /// `title:`.
    pub title: Spanned<String>,
    /// `published:`.
    pub published: Spanned<Date>,
    /// `disclosure:` as written.
    pub disclosure: Option<DisclosureInput>,
    /// `unit:` of the item itself.
    pub unit: Option<Spanned<String>>,
    /// `period:` the data covers.
    pub period: Option<Spanned<Period>>,
    /// `corrects:` content path of an earlier item.
    pub corrects: Option<Spanned<String>>,
    /// `draft: true`.
    pub draft: bool,
    /// `print:` and `signatures:` of the item: what its printout asks beyond the site's.
    pub print: PrintChoice,
}

/// What an item asks of its printout: `print: {paper, orientation}` and `signatures:`.
/// Each part it gives overrides `site.yaml`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrintChoice {
    /// `A4` or `A3`, when given.
    pub paper: Option<&'static str>,
    /// `portrait` or `landscape`, when given.
    pub orientation: Option<&'static str>,
    /// The roles signing this item (`signatures:`; empty for none), when given.
    pub signatures: Option<Vec<String>>,
}

/// What kind of item it is, with its own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// A Markdown notice.
    Notice(Notice),
    /// 经费收支.
    Finance(Finance),
    /// 福利发放.
    Welfare(Welfare),
    /// 出勤.
    Attendance(Attendance),
    /// 职代会.
    Congress(Congress),
    /// 工资奖金分配.
    Pay(Pay),
    /// 奖惩.
    Merits(Merits),
    /// 综合考核.
    Assessment(Assessment),
    /// 其他公开.
    Table(TableItem),
}

impl Body {
    /// The kind of this body.
    pub fn kind(&self) -> Kind {
        match self {
            Body::Notice(_) => Kind::Notice,
            Body::Finance(_) => Kind::Finance,
            Body::Welfare(_) => Kind::Welfare,
            Body::Attendance(_) => Kind::Attendance,
            Body::Congress(_) => Kind::Congress,
            Body::Pay(_) => Kind::Pay,
            Body::Merits(_) => Kind::Merits,
            Body::Assessment(_) => Kind::Assessment,
            Body::Table(_) => Kind::Table,
        }
    }
}

/// One disclosure item: a file under `content/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Path under `content/`, with extension, e.g. `2026/finance-q1.yaml` (what `corrects:` names).
    pub content_path: String,
    /// The file it came from.
    pub source: SourceFile,
    /// Common fields.
    pub common: Common,
    /// Kind-specific fields.
    pub body: Body,
    /// The spreadsheet its lines are kept in, when it names one (`lines: ledger.xlsx`).
    pub sheet: Option<SheetSource>,
}

impl Item {
    /// Where `pos` is: in the item's own file, or a cell of its spreadsheet.
    pub fn at(&self, pos: Pos) -> Location {
        match &self.sheet {
            Some(sheet) if pos.is_cell() => sheet.at(pos),
            _ => self.source.at(pos),
        }
    }

    /// The folder it sits in under `content/` (`""` at the top).
    pub fn folder(&self) -> &str {
        self.content_path
            .rsplit_once('/')
            .map_or("", |(folder, _)| folder)
    }
}

/// A folder's `_section.yaml` (or the folder's defaults when it has none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// Folder under `content/`, `""` for the top.
    pub folder: String,
    /// `title:`; the folder name when not given.
    pub title: Option<String>,
    /// `unit:` inherited by items below.
    pub unit: Option<String>,
    /// `order:` among sibling sections (lower first).
    pub order: Option<i64>,
    /// What a unit folder declares beyond its name: its own board and settings (see
    /// `UnitSettings`); all empty for a plain section.
    pub unit_settings: Box<UnitSettings>,
}

/// What a unit's `_section.yaml` may declare besides `unit:`: `board: true` gives the
/// folder a board of its own (home, print run, feed, search scope); `supervision:` and
/// `signatures:` replace the site's for the items below; `since:`/`until:` bound the
/// periods the unit may post for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitSettings {
    /// `board: true`.
    pub board: bool,
    /// `supervision:`, when given.
    pub supervision: Option<crate::config::Supervision>,
    /// `signatures:`, when given.
    pub signatures: Option<crate::config::Signatures>,
    /// `since:`, the first day the unit exists.
    pub since: Option<Spanned<Date>>,
    /// `until:`, the last day the unit exists.
    pub until: Option<Spanned<Date>>,
    /// The `_section.yaml` file and where its `unit:` is, for findings about the unit.
    pub declared: Option<(SourceFile, Pos)>,
}

/// A file under `content/` that is neither an item nor `_section.yaml` (an image, a PDF),
/// copied to the output at the same path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// Path under `content/`.
    pub content_path: String,
    /// The file's bytes.
    pub bytes: Arc<[u8]>,
}

/// Everything loaded from `content/`.
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Items sorted by content path; shared, so the board and the preview's cache hold
    /// them without copying.
    pub items: Vec<Arc<Item>>,
    /// Sections by folder.
    pub sections: BTreeMap<String, Section>,
    /// Other files to copy.
    pub assets: Vec<Asset>,
    /// Content paths of every item file found, including those that failed to load,
    /// so `corrects:` to a broken file is not reported as missing.
    pub item_files: Vec<String>,
    /// The text of every content file that is not an item but could be decoded
    /// (`_section.yaml`, files that failed to load): the privacy guard reads it beside
    /// the items' own.
    pub other_sources: Vec<SourceFile>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn typed_lines_stay_small() {
        // A 10 MB ledger is about 100,000 of these, all held until the site is checked.
        assert_eq!(std::mem::size_of::<Spanned<Fen>>(), 24);
        assert_eq!(std::mem::size_of::<Spanned<jiff::civil::Date>>(), 20);
        assert_eq!(std::mem::size_of::<kinds::FinanceLine>(), 176);
    }
}
