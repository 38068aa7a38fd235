//! What is said about a clerk's spreadsheet, whether `gongkai import` reads it or an item
//! keeps its lines in it (`lines: ledger.xlsx`): the file and its sheet, the header, each
//! refused cell, 合计 and 余额 that do not add up, the file an item names; and the
//! comments `gongkai import` writes into the YAML it makes. The words are the
//! catalogue's; this file only turns facts into their arguments.

use super::Problem;
use super::values::money_reason;
use super::words::{self, list, yes};
use crate::catalog::{Args, Catalog};
use crate::config::Language;
use crate::model::Decimal2;
use crate::model::money::MoneyError;

/// Why the spreadsheet an item names cannot be its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LedgerFault {
    /// No such file beside the item.
    Missing,
    /// The path climbs out of `content/`, or is absolute.
    Outside,
    /// An editor leftover or hidden file, which the build does not read (`~$ledger.xlsx`).
    Ignored,
    /// The file could not be read: the system's words.
    Unreadable(String),
}

/// A problem of a clerk's spreadsheet: the file and its sheet, the header, a cell, a
/// total, or the spreadsheet an item names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpreadsheetProblem {
    /// A file that is not a spreadsheet gongkai reads, by its extension.
    SheetFormat {
        /// Its name.
        file: String,
    },
    /// A spreadsheet that cannot be opened (damaged, or with a password).
    SheetUnreadable,
    /// A CSV file in an encoding that is neither UTF-8 nor GB18030.
    SheetEncoding,
    /// `--sheet` / `sheet:` names no sheet of the workbook.
    SheetMissing {
        /// As asked.
        sheet: String,
        /// The workbook's sheets.
        sheets: Vec<String>,
    },
    /// No row of the sheet is a header with the columns its kind needs.
    HeaderMissing {
        /// `finance`, `welfare`, `attendance`.
        kind: &'static str,
        /// The columns needed, alternatives joined: `收入/支出/金额`.
        needs: Vec<String>,
    },
    /// Two header cells claim one field equally.
    ColumnTwice {
        /// This header, as shown.
        header: String,
        /// The other one.
        first: String,
        /// The other one's column letter.
        first_column: String,
    },
    /// A mapping file names a column the sheet does not have.
    MappingColumn {
        /// The mapping's key (`amount`, `leave.事假`).
        key: String,
        /// The header text it gives (empty for a column letter).
        header: String,
        /// The header row (1-based).
        row: usize,
    },
    /// A cell that is not an amount.
    CellAmount {
        /// What it holds.
        text: String,
        /// Why.
        error: MoneyError,
        /// It holds a number (typed or computed), not text.
        computed: bool,
    },
    /// A cell that is not a number (days, hours, a score, a table's number column).
    CellNumber {
        /// What it holds.
        text: String,
    },
    /// A cell that is not a date.
    CellDate {
        /// What it holds.
        text: String,
    },
    /// A cell every line must fill, empty.
    CellEmpty {
        /// Its column's header.
        header: String,
    },
    /// A 收支 cell that says neither income nor expense.
    CellDirection {
        /// What it holds.
        text: String,
    },
    /// A single amount column, no 收支 column, and a category outside the chart.
    CellSideUnknown {
        /// The category.
        category: String,
    },
    /// A line with an amount in both the income and the expense column.
    LineBothSides {
        /// The income, shown.
        income: String,
        /// The expense, shown.
        expense: String,
    },
    /// A 余额 cell that is not the balance before plus this line.
    BalanceMismatch {
        /// As written.
        given: String,
        /// What it should be.
        computed: String,
        /// The balance before the line.
        before: String,
    },
    /// A 合计 cell that is not the sum of its lines.
    TotalMismatch {
        /// Its column's header.
        header: String,
        /// As written.
        given: String,
        /// The sum.
        computed: String,
        /// The rows summed (1-based, inclusive).
        rows: Option<(usize, usize)>,
    },
    /// An 应出勤 cell that differs from the first line's.
    WorkdaysDiffer {
        /// This line's.
        found: Decimal2,
        /// The first line's.
        first: Decimal2,
        /// The first line's row.
        first_row: usize,
    },
    /// `gongkai import` would replace an existing file.
    ImportWouldOverwrite {
        /// The file.
        path: String,
    },
    /// The spreadsheet an item names (`lines: ledger.xlsx`) cannot be read as its lines.
    LedgerFile {
        /// As written.
        file: String,
        /// Why.
        fault: LedgerFault,
    },
    /// An item lists lines in its own text and names a spreadsheet of them.
    LedgerAndList {
        /// The key naming the spreadsheet (`lines`).
        key: String,
        /// The key listing lines (`income`).
        list: String,
    },
    /// The balance a ledger sheet starts from differs from `opening_balance:`.
    SheetOpeningMismatch {
        /// The sheet's, shown.
        sheet: String,
        /// The item's, shown.
        item: String,
    },
    /// An attendance sheet's 应出勤 differs from `workdays:`.
    SheetWorkdaysMismatch {
        /// The sheet's.
        sheet: Decimal2,
        /// The item's.
        item: Decimal2,
    },
    /// A column the item declares (`columns:`, `components:`) that the sheet's header
    /// does not name.
    SheetColumnMissing {
        /// The declared name.
        column: String,
        /// The sheet, as locations name it.
        sheet: String,
    },
    /// A sheet column with a header that the item does not declare.
    SheetColumnExtra {
        /// Its header, as shown.
        header: String,
        /// The declared columns.
        known: Vec<String>,
    },
    /// A column of a sheet read by fixed columns (an assessment's components, a merits
    /// register's words) that is none of them: the clerk's own notes, left unread and
    /// unpublished (a warning, so a typo in a column's name does not go unseen).
    SheetColumnNotRead {
        /// Its header, as shown.
        header: String,
        /// The columns read.
        known: Vec<String>,
    },
    /// A pay sheet's 奖金总额 line that differs from `pool:`.
    SheetPoolMismatch {
        /// The sheet's, shown.
        sheet: String,
        /// The item's, shown.
        item: String,
    },
    /// An assessment sheet's typed total that is not the sum of the components.
    SheetScoreTotalMismatch {
        /// The person.
        name: String,
        /// As typed.
        given: Decimal2,
        /// The sum.
        computed: Decimal2,
    },
}

impl SpreadsheetProblem {
    /// The stable code of this kind of problem (see `codes`).
    pub(super) fn code(&self) -> &'static str {
        use SpreadsheetProblem::*;
        match self {
            SheetFormat { .. } => "sheet-format",
            SheetUnreadable => "sheet-unreadable",
            SheetEncoding => "sheet-encoding",
            SheetMissing { .. } => "sheet-missing",
            HeaderMissing { .. } => "header-missing",
            ColumnTwice { .. } => "column-twice",
            MappingColumn { .. } => "mapping-column",
            CellAmount { .. } => "cell-amount",
            CellNumber { .. } => "cell-number",
            CellDate { .. } => "cell-date",
            CellEmpty { .. } => "cell-empty",
            CellDirection { .. } => "cell-direction",
            CellSideUnknown { .. } => "cell-side-unknown",
            LineBothSides { .. } => "line-both-sides",
            BalanceMismatch { .. } => "balance-mismatch",
            TotalMismatch { .. } => "total-mismatch",
            WorkdaysDiffer { .. } => "workdays-differ",
            ImportWouldOverwrite { .. } => "import-would-overwrite",
            LedgerFile { .. } => "ledger-file",
            LedgerAndList { .. } => "ledger-and-list",
            SheetOpeningMismatch { .. } => "sheet-opening-mismatch",
            SheetWorkdaysMismatch { .. } => "sheet-workdays-mismatch",
            SheetColumnMissing { .. } => "sheet-column-missing",
            SheetColumnExtra { .. } => "sheet-column-extra",
            SheetColumnNotRead { .. } => "sheet-column-not-read",
            SheetPoolMismatch { .. } => "sheet-pool-mismatch",
            SheetScoreTotalMismatch { .. } => "sheet-score-total-mismatch",
        }
    }

    /// The diagnostic for this problem at `location`.
    pub fn at(self, location: crate::diagnostic::Location) -> crate::diagnostic::Diagnostic {
        Problem::from(self).at(location)
    }

    /// The arguments of its entries.
    pub(super) fn args(&self, cat: &Catalog) -> Args<'static> {
        use SpreadsheetProblem::*;
        let s = |v: &dyn ToString| v.to_string();
        let pairs: Vec<(&'static str, String)> = match self {
            SheetUnreadable | SheetEncoding => vec![],
            SheetFormat { file } => vec![("file", file.clone())],
            SheetMissing { sheet, sheets } => {
                vec![("sheet", sheet.clone()), ("sheets", list(cat, sheets))]
            }
            HeaderMissing { kind, needs } => {
                vec![("kind", s(kind)), ("needs", list(cat, needs))]
            }
            ColumnTwice {
                header,
                first,
                first_column,
            } => vec![
                ("header", header.clone()),
                ("first", first.clone()),
                ("column", first_column.clone()),
            ],
            MappingColumn { key, header, row } => vec![
                ("key", key.clone()),
                ("header", header.clone()),
                ("row", s(row)),
                ("letter", yes(header.is_empty()).to_string()),
            ],
            CellAmount {
                text,
                error,
                computed,
            } => {
                // The hint fits the cell: a formula's binary tail, a negative amount, or
                // an amount written wrong.
                let why = match (error, computed) {
                    (MoneyError::TooManyDecimals { .. }, true) => "computed",
                    (MoneyError::Negative, _) => "negative",
                    _ => "other",
                };
                vec![
                    ("text", text.clone()),
                    ("reason", money_reason(cat, error)),
                    ("why", why.to_string()),
                ]
            }
            CellNumber { text } | CellDate { text } | CellDirection { text } => {
                vec![("text", text.clone())]
            }
            CellEmpty { header } => vec![("header", header.clone())],
            CellSideUnknown { category } => vec![("category", category.clone())],
            LineBothSides { income, expense } => {
                vec![("income", income.clone()), ("expense", expense.clone())]
            }
            BalanceMismatch {
                given,
                computed,
                before,
            } => vec![
                ("given", given.clone()),
                ("computed", computed.clone()),
                ("before", before.clone()),
            ],
            TotalMismatch {
                header,
                given,
                computed,
                rows,
            } => vec![
                ("header", header.clone()),
                ("given", given.clone()),
                ("computed", computed.clone()),
                ("lines", yes(rows.is_some()).to_string()),
                ("from", rows.map(|r| r.0.to_string()).unwrap_or_default()),
                ("to", rows.map(|r| r.1.to_string()).unwrap_or_default()),
            ],
            WorkdaysDiffer {
                found,
                first,
                first_row,
            } => vec![
                ("found", s(found)),
                ("first", s(first)),
                ("row", s(first_row)),
            ],
            ImportWouldOverwrite { path } => vec![("path", path.clone())],
            LedgerFile { file, fault } => {
                let (fault, detail) = match fault {
                    LedgerFault::Missing => ("missing", String::new()),
                    LedgerFault::Outside => ("outside", String::new()),
                    LedgerFault::Ignored => ("ignored", String::new()),
                    LedgerFault::Unreadable(detail) => ("unreadable", detail.clone()),
                };
                vec![
                    ("file", file.clone()),
                    ("fault", fault.to_string()),
                    ("detail", detail),
                ]
            }
            LedgerAndList { key, list } => vec![("key", key.clone()), ("list", list.clone())],
            SheetOpeningMismatch { sheet, item } | SheetPoolMismatch { sheet, item } => {
                vec![("sheet", sheet.clone()), ("item", item.clone())]
            }
            SheetWorkdaysMismatch { sheet, item } => vec![("sheet", s(sheet)), ("item", s(item))],
            SheetColumnMissing { column, sheet } => {
                vec![("column", column.clone()), ("sheet", sheet.clone())]
            }
            SheetColumnExtra { header, known } | SheetColumnNotRead { header, known } => {
                vec![("header", header.clone()), ("known", list(cat, known))]
            }
            SheetScoreTotalMismatch {
                name,
                given,
                computed,
            } => vec![
                ("name", name.clone()),
                ("given", s(given)),
                ("computed", s(computed)),
            ],
        };
        words::args(pairs)
    }
}

/// The comment lines at the top of an imported item: where it came from, and what to
/// check before publishing.
pub fn written_from(
    language: Language,
    file: &str,
    sheet: Option<&str>,
    lines: usize,
) -> Vec<String> {
    let cat = Catalog::of(language);
    let mut args = words::args([
        ("file", file.to_string()),
        ("sheet", sheet.unwrap_or_default().to_string()),
        ("named", yes(sheet.is_some()).to_string()),
    ]);
    args.set("lines", fluent_bundle::FluentValue::from(lines));
    vec![
        cat.format("import-written-from", Some(&args)),
        cat.text("import-check-before-publishing"),
    ]
}

/// What to fill in where the sheet does not say it: the comment beside an empty key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// `period:`.
    Period,
    /// `opening_balance:`.
    Opening,
    /// `program:` of a welfare list.
    Program,
    /// `workdays:`.
    Workdays,
    /// An assessment component's `max:`.
    Max,
}

/// The comment beside an empty key, in `language`.
pub fn fill(language: Language, what: Fill) -> String {
    let id = match what {
        Fill::Period => "import-fill-period",
        Fill::Opening => "import-fill-opening",
        Fill::Program => "import-fill-program",
        Fill::Workdays => "import-fill-workdays",
        Fill::Max => "import-fill-max",
    };
    Catalog::of(language).text(id)
}
