//! The one table shape every page, CSV and `data.json` share: typed columns and typed
//! cells, and which rows are data, which are subtotals.
//!
//! A cell holds its value once (an amount in fen, a count, a date, a fixed word by its
//! key); the page text (`¥1,234.56`), the CSV text (`1234.56`) and the JSON value
//! (`123456`) are made from it when each is written. Rows are data rows unless marked:
//! data rows add up (the sum of a column over them is the totals row), subtotal rows
//! repeat a group's sum for the page, and a data row may stay off the page (the lines
//! booked straight to a first-level account that also has sub-accounts, which the page
//! shows only inside the account's subtotal).
//!
//! How a table reads on a phone is decided here too: which column names a row, which
//! figure the row exists for (the view picks them, `TableView::roles`), and whether the
//! table fits a narrow screen as it is (measured, `TableView::laid_out`). Below the
//! theme's phone breakpoint a table that does not fit becomes one block per row: the
//! row's name (`Role::Key`, after its number, `Role::Index`) and its figure (`Role::Lead`)
//! on the first line, every other cell as `label：value` below. Neither goes into
//! `data.json`.
//!
//! Must not: compute figures (the rules do) or write files (`exports` does).

use std::borrow::Cow;
use std::sync::Arc;

use jiff::civil::Date;
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::model::{Decimal2, Fen};
use crate::render::charts::text_columns;

/// What a column holds; `data.json` declares it as the column's `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    /// Text as written (names, notes, codes).
    Text,
    /// An amount: integer fen in JSON, yuan (`1234.56`) in CSV.
    Money,
    /// A whole number.
    Count,
    /// A number with at most two decimals (days: `20.5`).
    Decimal,
    /// A percentage as a number (`33.3` is 33.3%).
    Percent,
    /// A date, `2026-04-05`.
    Date,
    /// A finance account as the chart of 《工会会计制度》 writes it, the same in every
    /// language (`501 职工活动支出` for a line, `职工活动支出` in an account table's name
    /// column), a category the site names itself as named; shown in the site's language
    /// on the page and in the CSV.
    Account,
    /// A fixed word, by its stable key in JSON (`income`), in the site's language on the
    /// page and in the CSV.
    Word,
    /// Yes or no: `true`/`false` in JSON, the word or nothing on the page and in the CSV.
    Flag,
}

impl ColumnType {
    /// The `type` written in `data.json`.
    pub fn key(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Money => "money",
            ColumnType::Count => "count",
            ColumnType::Decimal => "decimal",
            ColumnType::Percent => "percent",
            ColumnType::Date => "date",
            ColumnType::Account => "account",
            ColumnType::Word => "word",
            ColumnType::Flag => "flag",
        }
    }

    /// Right-aligned on the page.
    pub fn numeric(self) -> bool {
        matches!(
            self,
            ColumnType::Money | ColumnType::Count | ColumnType::Decimal | ColumnType::Percent
        )
    }
}

/// What a column is to a row shown as a block on a phone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// `label：value`, below the row's name.
    #[default]
    Detail,
    /// A number or date before the row's name (序号, 科目编码, 日期), without a label.
    Index,
    /// The row's name, first and bold (姓名, 科目名称, 案由).
    Key,
    /// The figure the row exists for, on the name's line (金额, 出勤, 状态).
    Lead,
}

/// How a phone shows a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phone {
    /// One block per row (the safe choice for a table not measured).
    #[default]
    Stack,
    /// As a table: it fits a 320 px screen as it is.
    Table,
}

/// Widest a table may be, in px, to stay a table on a 320 px screen (16 px margins).
const PHONE_WIDTH: usize = 288;
/// Width of one display column of table text on a phone (0.95 × 15 px, halved), in
/// tenths of a px: a CJK character is two columns.
const COLUMN_TENTHS: usize = 72;
/// A cell's padding and border, in px.
const CELL_EXTRA: usize = 13;

/// A column: its stable key, its heading, what it holds.
#[derive(Clone, Debug)]
pub struct Column {
    /// Stable key in `data.json` (`amount`, `code`; `leave:病假` for a kind of leave).
    pub key: Cow<'static, str>,
    /// Heading text.
    pub label: String,
    /// What it holds.
    pub kind: ColumnType,
    /// Shown on the page (a download-only column, such as an account's level, is not).
    pub on_page: bool,
    /// What the column is to a row on a phone (page only, not in `data.json`).
    pub role: Role,
}

impl Column {
    /// A column shown on the page and in the downloads.
    pub fn new(key: &'static str, label: &str, kind: ColumnType) -> Column {
        Column {
            key: Cow::Borrowed(key),
            label: label.to_string(),
            kind,
            on_page: true,
            role: Role::Detail,
        }
    }

    /// A column of the downloads only.
    pub fn download(key: &'static str, label: &str, kind: ColumnType) -> Column {
        Column {
            on_page: false,
            ..Column::new(key, label, kind)
        }
    }
}

/// One cell's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text as written.
    Text(String),
    /// A value the page and the CSV show in the site's language and `data.json` holds
    /// by a key that is the same in every language (or null).
    Keyed(Arc<Keyed>),
    /// Text linking to a site-relative address (text, address).
    Link(Box<(String, String)>),
    /// No value in a text column.
    Empty,
    /// No value in a text column, shown as a word (未注明): `null` in JSON.
    Absent(&'static str),
    /// An amount.
    Money(Fen),
    /// A whole number.
    Count(i64),
    /// A number with two decimals at most.
    Decimal(Decimal2),
    /// A percentage in per-mille (`333` is 33.3%).
    Permille(i64),
    /// A date.
    Date(Date),
    /// No value in a number column, shown as the mark given (`—`, or nothing): `null`
    /// in JSON, empty in the CSV.
    Missing(&'static str),
    /// A fixed word: (stable key, the word in the site's language).
    Word(&'static str, &'static str),
    /// Yes or no, with the word shown for yes.
    Flag(bool, &'static str),
}

/// A value shown in the site's language, held in `data.json` by a language-free key: an
/// account as the chart writes it, a status by its stable key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keyed {
    /// What `data.json` holds (null when none).
    pub key: Option<String>,
    /// What the page and the CSV show.
    pub shown: String,
    /// What stands before it on the page only (a sub-account's indent), else empty.
    pub indent: &'static str,
}

impl Cell {
    /// A value shown as `shown`, held in `data.json` as `key`.
    pub fn keyed(key: Option<String>, shown: String) -> Cell {
        Cell::Keyed(Arc::new(Keyed {
            key,
            shown,
            indent: "",
        }))
    }

    /// A text cell (`Empty` for no text).
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    /// An optional text field as written.
    pub fn opt_text(s: Option<&String>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::text(s.as_str()))
    }

    /// A text cell linking to a page.
    pub fn link(s: impl Into<String>, href: String) -> Cell {
        Cell::Link(Box::new((s.into(), href)))
    }

    /// An amount.
    pub fn money(f: Fen) -> Cell {
        Cell::Money(f)
    }

    /// A count.
    pub fn count(n: impl TryInto<i64>) -> Cell {
        n.try_into().map_or(Cell::Missing(""), Cell::Count)
    }

    /// A per-mille share, or `missing` shown when there is none.
    pub fn permille(p: Option<i64>, missing: &'static str) -> Cell {
        p.map_or(Cell::Missing(missing), Cell::Permille)
    }

    /// A decimal, or nothing.
    pub fn decimal(d: Option<Decimal2>) -> Cell {
        d.map_or(Cell::Missing(""), Cell::Decimal)
    }

    /// The text the page shows.
    pub fn shown(&self) -> Cow<'_, str> {
        match self {
            Cell::Money(f) => Cow::Owned(f.display()),
            Cell::Flag(false, _) => Cow::Borrowed(""),
            Cell::Keyed(k) if !k.indent.is_empty() => {
                Cow::Owned(format!("{}{}", k.indent, k.shown))
            }
            _ => self.plain(),
        }
    }

    /// The text the CSV holds.
    pub fn csv(&self) -> Cow<'_, str> {
        match self {
            Cell::Missing(_) | Cell::Flag(false, _) => Cow::Borrowed(""),
            _ => self.plain(),
        }
    }

    /// Text common to the page and the CSV.
    fn plain(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Keyed(k) => Cow::Borrowed(&k.shown),
            Cell::Link(l) => Cow::Borrowed(&l.0),
            Cell::Empty => Cow::Borrowed(""),
            Cell::Absent(w) | Cell::Missing(w) | Cell::Word(_, w) | Cell::Flag(_, w) => {
                Cow::Borrowed(w)
            }
            Cell::Money(f) => Cow::Owned(f.yuan_text()),
            Cell::Count(n) => Cow::Owned(n.to_string()),
            Cell::Decimal(d) => Cow::Owned(d.to_string()),
            Cell::Permille(p) => Cow::Owned(permille_text(*p)),
            Cell::Date(d) => Cow::Owned(d.to_string()),
        }
    }

    /// Right-aligned on the page: numbers, and a number column's missing mark.
    pub fn numeric(&self) -> bool {
        matches!(
            self,
            Cell::Money(_)
                | Cell::Count(_)
                | Cell::Decimal(_)
                | Cell::Permille(_)
                | Cell::Missing(_)
        )
    }

    /// The address the cell links to.
    pub fn href(&self) -> Option<&str> {
        match self {
            Cell::Link(l) => Some(&l.1),
            _ => None,
        }
    }
}

/// `333` -> `33.3%`.
pub fn permille_text(p: i64) -> String {
    let sign = if p < 0 { "-" } else { "" };
    let abs = p.unsigned_abs();
    format!("{sign}{}.{}%", abs / 10, abs % 10)
}

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowRole {
    /// A data row, on the page.
    Data,
    /// A group's sum, on the page (not a data row: data rows add up without it).
    Subtotal,
    /// A data row the page leaves out (its amount is inside a subtotal the page shows).
    OffPage,
}

/// A table on a page, in a CSV file and in `data.json`.
#[derive(Clone, Debug)]
pub struct TableView {
    /// File stem of the CSV (`lines` -> `lines.csv`) and the table's HTML id.
    pub id: String,
    /// `<caption>`.
    pub caption: String,
    /// Headings.
    pub columns: Vec<Column>,
    /// Rows of cells, in page order.
    pub rows: Vec<Vec<Cell>>,
    /// Each row's role, when some row is not a plain data row (else empty).
    pub roles: Vec<RowRole>,
    /// The totals row, if any; its first cell is its label (合计).
    pub footer: Option<Vec<Cell>>,
    /// How a phone shows it (page only, not in `data.json`; see `laid_out`).
    pub phone: Phone,
}

impl TableView {
    /// A table of data rows; its first column names the row on a phone until the view
    /// says otherwise (`roles`).
    pub fn new(id: &str, caption: impl Into<String>, mut columns: Vec<Column>) -> TableView {
        if let Some(first) = columns.first_mut() {
            first.role = Role::Key;
        }
        TableView {
            id: id.to_string(),
            caption: caption.into(),
            columns,
            rows: Vec::new(),
            roles: Vec::new(),
            footer: None,
            phone: Phone::default(),
        }
    }

    /// Sets the phone roles by column index (every column, download-only ones counted):
    /// the row's `key` column, an `index` shown before it and the `lead` figure beside it;
    /// every other column is a detail.
    pub fn roles(mut self, index: Option<usize>, key: usize, lead: Option<usize>) -> TableView {
        for (i, column) in self.columns.iter_mut().enumerate() {
            column.role = if i == key {
                Role::Key
            } else if Some(i) == lead {
                Role::Lead
            } else if Some(i) == index {
                Role::Index
            } else {
                Role::Detail
            };
        }
        self
    }

    /// Decides how a phone shows it: as a table when the widest cells of the page's
    /// columns fit a 320 px screen side by side, else one block per row. Call it once
    /// the rows are in.
    pub fn laid_out(mut self) -> TableView {
        self.phone = if self.phone_width() <= PHONE_WIDTH {
            Phone::Table
        } else {
            Phone::Stack
        };
        self
    }

    /// The width of the table on a phone with no cell wrapped, in px (an estimate from
    /// display columns, as charts measure their labels).
    fn phone_width(&self) -> usize {
        let keep = self.page_columns();
        let page_rows: Vec<&[Cell]> = self
            .rows_with_roles()
            .filter(|(role, _)| *role != RowRole::OffPage)
            .map(|(_, r)| r)
            .chain(self.footer.as_deref())
            .collect();
        (0..self.columns.len())
            .filter(|i| keep[*i])
            .map(|i| {
                let widest = page_rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| text_columns(&c.shown()))
                    .chain([text_columns(&self.columns[i].label)])
                    .max()
                    .unwrap_or(0);
                widest * COLUMN_TENTHS / 10 + CELL_EXTRA
            })
            .sum()
    }

    /// The role of row `i`.
    pub fn role(&self, i: usize) -> RowRole {
        self.roles.get(i).copied().unwrap_or(RowRole::Data)
    }

    /// Rows with their roles.
    pub fn rows_with_roles(&self) -> impl Iterator<Item = (RowRole, &[Cell])> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, r)| (self.role(i), r.as_slice()))
    }

    /// Which columns the page shows: those not download-only, and of text columns those
    /// with some text in a row the page shows (a finance table without payees drops the
    /// payee column). Downloads keep every column, so CSV files of one kind always have
    /// the same columns.
    pub fn page_columns(&self) -> Vec<bool> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                c.on_page
                    && (c.kind.numeric()
                        || self.rows_with_roles().any(|(role, r)| {
                            role != RowRole::OffPage
                                && r.get(i).is_some_and(|c| !c.shown().is_empty())
                        }))
            })
            .collect()
    }

    /// How many columns the page shows.
    pub fn page_width(&self) -> usize {
        self.page_columns().iter().filter(|k| **k).count()
    }
}

/// Column headings from (key, label, type) triples, all shown on the page.
pub fn columns(spec: &[(&'static str, &str, ColumnType)]) -> Vec<Column> {
    spec.iter()
        .map(|(key, label, kind)| Column::new(key, label, *kind))
        .collect()
}

/// A table as templates see it: the page's columns and rows only, each cell as `text`,
/// `numeric` and `href`, or, for a big table, `rows` empty and `rows_html` the rows'
/// markup (`table_html`). Serialised from the table itself, without a copy.
pub struct PageTable<'a>(pub &'a TableView);

impl Serialize for PageTable<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        page_table(self.0, None, s)
    }
}

/// A big table of an item page whose rows the page writer splices in (see
/// `render::splice`): as `PageTable`, its `rows_html` the marker of the splice numbered
/// as given (`table_html::Splice`).
pub struct SplicedTable<'a>(pub &'a TableView, pub u64);

impl Serialize for SplicedTable<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        page_table(self.0, Some(self.1), s)
    }
}

/// `table` as templates see it; `splice` the number of the splice that writes its rows
/// in, when the page writer splices them in.
fn page_table<S: Serializer>(
    table: &TableView,
    splice: Option<u64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let keep = table.page_columns();
    let mut map = s.serialize_map(Some(7))?;
    map.serialize_entry("id", &table.id)?;
    map.serialize_entry("caption", &table.caption)?;
    let columns: Vec<PageColumn> = table
        .columns
        .iter()
        .zip(keep.iter())
        .filter(|(_, k)| **k)
        .map(|(c, _)| PageColumn(c))
        .collect();
    map.serialize_entry("columns", &columns)?;
    // A big table's rows come as one string of markup (see `table_html`), or as the
    // marker the page writer puts them in place of.
    let markup = match splice {
        Some(id) => Some(super::table_html::Splice::marker(id)),
        None => super::table_html::rows_html(table, &keep),
    };
    let rows = PageRows {
        table,
        keep: if markup.is_some() { &[] } else { &keep },
    };
    map.serialize_entry("rows", &rows)?;
    map.serialize_entry("rows_html", markup.as_deref().unwrap_or_default())?;
    let footer = table
        .footer
        .as_deref()
        .map(|cells| PageRow { cells, keep: &keep });
    map.serialize_entry("footer", &footer)?;
    map.serialize_entry("phone", &table.phone)?;
    map.end()
}

/// `serialize_with` for a table field templates see (as `PageTable`).
pub fn serialize_page<S: Serializer>(t: &TableView, s: S) -> Result<S::Ok, S::Error> {
    PageTable(t).serialize(s)
}

/// `serialize_with` for an optional table field templates see.
pub fn serialize_page_opt<S: Serializer>(t: &Option<TableView>, s: S) -> Result<S::Ok, S::Error> {
    t.as_ref().map(PageTable).serialize(s)
}

struct PageColumn<'a>(&'a Column);

impl Serialize for PageColumn<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(5))?;
        map.serialize_entry("key", &self.0.key)?;
        map.serialize_entry("label", &self.0.label)?;
        map.serialize_entry("type", self.0.kind.key())?;
        map.serialize_entry("numeric", &self.0.kind.numeric())?;
        map.serialize_entry("role", &self.0.role)?;
        map.end()
    }
}

struct PageRows<'a> {
    table: &'a TableView,
    keep: &'a [bool],
}

impl Serialize for PageRows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        // No column kept: the rows came as markup.
        if self.keep.is_empty() {
            return seq.end();
        }
        for (role, cells) in self.table.rows_with_roles() {
            if role != RowRole::OffPage {
                seq.serialize_element(&PageRow {
                    cells,
                    keep: self.keep,
                })?;
            }
        }
        seq.end()
    }
}

struct PageRow<'a> {
    cells: &'a [Cell],
    keep: &'a [bool],
}

impl Serialize for PageRow<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for (cell, _) in self.cells.iter().zip(self.keep).filter(|(_, k)| **k) {
            seq.serialize_element(&PageCell(cell))?;
        }
        seq.end()
    }
}

struct PageCell<'a>(&'a Cell);

impl Serialize for PageCell<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let href = self.0.href();
        let mut map = s.serialize_map(Some(if href.is_some() { 3 } else { 2 }))?;
        map.serialize_entry("text", &self.0.shown())?;
        map.serialize_entry("numeric", &self.0.numeric())?;
        if let Some(href) = href {
            map.serialize_entry("href", href)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_value_three_texts() {
        let c = Cell::money(Fen(123456));
        assert_eq!(c.shown(), "¥1,234.56");
        assert_eq!(c.csv(), "1234.56");
        assert_eq!(Cell::Missing("—").shown(), "—");
        assert_eq!(Cell::Missing("—").csv(), "");
        assert_eq!(Cell::Flag(true, "大额").csv(), "大额");
        assert_eq!(Cell::Flag(false, "大额").shown(), "");
        assert_eq!(Cell::Permille(333).shown(), "33.3%");
        assert_eq!(Cell::text(""), Cell::Empty);
    }

    #[test]
    fn empty_text_columns_and_off_page_rows_leave_the_page() {
        let mut t = TableView::new(
            "t",
            "c",
            columns(&[
                ("a", "A", ColumnType::Text),
                ("b", "B", ColumnType::Text),
                ("n", "N", ColumnType::Count),
            ]),
        );
        t.rows = vec![
            vec![Cell::text("x"), Cell::Empty, Cell::count(1)],
            vec![Cell::text("y"), Cell::text("z"), Cell::count(2)],
        ];
        t.roles = vec![RowRole::Data, RowRole::OffPage];
        assert_eq!(t.page_columns(), [true, false, true]);
        assert_eq!(t.page_width(), 2);
    }

    fn table(labels: &[&str], row: &[&str]) -> TableView {
        let spec: Vec<(&'static str, &str, ColumnType)> =
            labels.iter().map(|l| ("k", *l, ColumnType::Text)).collect();
        let mut t = TableView::new("t", "c", columns(&spec));
        t.rows = vec![row.iter().map(|c| Cell::text(*c)).collect()];
        t
    }

    #[test]
    fn a_short_table_stays_a_table_and_a_wide_one_stacks() {
        let short = table(
            &["困难原因", "人数", "金额"],
            &["因病致困", "4", "¥5,000.00"],
        );
        assert_eq!(short.laid_out().phone, Phone::Table);
        let wide = table(
            &["序号", "姓名", "班组", "金额", "物品"],
            &["1", "张*营", "通风一班", "¥1,200.00", "米、面、油"],
        );
        assert_eq!(wide.laid_out().phone, Phone::Stack);
    }

    #[test]
    fn roles_name_the_row_and_its_figure() {
        let t = table(
            &["序号", "姓名", "金额", "物品"],
            &["1", "张*营", "¥1.00", "米"],
        );
        assert_eq!(t.columns[0].role, Role::Key, "the first column by default");
        let t = t.roles(Some(0), 1, Some(2));
        let roles: Vec<Role> = t.columns.iter().map(|c| c.role).collect();
        assert_eq!(roles, [Role::Index, Role::Key, Role::Lead, Role::Detail]);
    }
}
