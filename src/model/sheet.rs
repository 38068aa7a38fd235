//! The shape shared by every tabular kind (pay, merits, assessment, table): declared
//! columns with a type, rows of typed cells by column, and row rules over column names.
//!
//! Parsed shapes only, like `kinds`: a cell above its column's `max:` or a row whose
//! `实发` is not `应发 - 扣款` is read as written and judged in `check::sheet`. Money is
//! integer fen and numbers are hundredths (`Decimal2`): no float reaches a rule.

use jiff::civil::Date;

use super::{Decimal2, Fen, Spanned};
use crate::diagnostic::Pos;

/// What a column holds, which decides how its cells are read, summed and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnType {
    /// Free text.
    Text,
    /// A person's name: masked on pages under `privacy.mask_names`.
    Name,
    /// Yuan with at most two decimals, held as fen; totals get 大写.
    Money,
    /// A count or score with at most two decimals.
    Number,
    /// A date.
    Date,
    /// A percentage with at most two decimals (`95.5` is 95.5%).
    Percent,
}

impl ColumnType {
    /// The `type:` words, in the order messages list them.
    pub const KEYS: [&'static str; 6] = ["text", "name", "money", "number", "date", "percent"];

    /// The type named by a `type:` word.
    pub fn from_key(key: &str) -> Option<ColumnType> {
        Some(match key {
            "text" => ColumnType::Text,
            "name" => ColumnType::Name,
            "money" => ColumnType::Money,
            "number" => ColumnType::Number,
            "date" => ColumnType::Date,
            "percent" => ColumnType::Percent,
            _ => return None,
        })
    }

    /// The `type:` word.
    pub fn key(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Name => "name",
            ColumnType::Money => "money",
            ColumnType::Number => "number",
            ColumnType::Date => "date",
            ColumnType::Percent => "percent",
        }
    }

    /// Money, numbers and percentages: right-aligned, summable, bounded by `min`/`max`.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            ColumnType::Money | ColumnType::Number | ColumnType::Percent
        )
    }
}

/// One declared column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnSpec {
    /// Where the declaration starts.
    pub pos: Pos,
    /// The heading, and the key rows give its cells under.
    pub name: Spanned<String>,
    /// `type:`.
    pub ty: ColumnType,
    /// `total: true`: a totals row sums it.
    pub total: bool,
    /// `min:` (hundredths or fen, as the type holds).
    pub min: Option<Spanned<i64>>,
    /// `max:`.
    pub max: Option<Spanned<i64>>,
    /// `role:` of a kind that gives columns a meaning (a pay sheet's `net`); `None` in a
    /// plain table.
    pub role: Option<Spanned<&'static str>>,
}

/// A typed cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellValue {
    /// Text or a name.
    Text(String),
    /// Money in fen.
    Money(Fen),
    /// A number or percentage in hundredths.
    Number(Decimal2),
    /// A date.
    Date(Date),
}

impl CellValue {
    /// The value in the column's unit (fen or hundredths) for sums and rules.
    pub fn units(&self) -> Option<i64> {
        match self {
            CellValue::Money(f) => Some(f.0),
            CellValue::Number(d) => Some(d.0),
            CellValue::Text(_) | CellValue::Date(_) => None,
        }
    }

    /// The text of a text or name cell.
    pub fn text(&self) -> Option<&str> {
        match self {
            CellValue::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// One row: its cells by column index (`None` where the row leaves it empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    /// Where the row (its `-` entry) starts.
    pub pos: Pos,
    /// One per column of the sheet, in column order.
    pub cells: Vec<Option<Spanned<CellValue>>>,
}

impl SheetRow {
    /// The cell of column `i`, when given.
    pub fn cell(&self, i: usize) -> Option<&Spanned<CellValue>> {
        self.cells.get(i).and_then(Option::as_ref)
    }

    /// The units (fen or hundredths) of column `i`, when given and numeric.
    pub fn units(&self, i: usize) -> Option<i64> {
        self.cell(i).and_then(|c| c.value.units())
    }
}

/// A row rule `实发 = 应发 - 扣款`: the column on the left equals the signed sum of those on
/// the right, in integer fen or hundredths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowRule {
    /// The rule as written.
    pub text: String,
    /// The column on the left.
    pub target: usize,
    /// The columns on the right, each with its sign (`true` for `+`).
    pub terms: Vec<(bool, usize)>,
}

/// A table as written: columns, rows and row rules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    /// Where `columns:` is (or the item, for kinds whose columns are fixed).
    pub columns_pos: Pos,
    /// Declared columns, in order.
    pub columns: Vec<ColumnSpec>,
    /// Rows, in order.
    pub rows: Vec<SheetRow>,
    /// `rules:`, each with its position.
    pub rules: Vec<Spanned<RowRule>>,
}

impl Sheet {
    /// The index of the column named `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name.value == name)
    }

    /// The index of the column with `role`.
    pub fn role(&self, role: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.role.as_ref().is_some_and(|r| r.value == role))
    }

    /// The first column of type `name`: the person a row is about.
    pub fn name_column(&self) -> Option<usize> {
        self.columns.iter().position(|c| c.ty == ColumnType::Name)
    }
}
