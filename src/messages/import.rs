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

/// The arguments of a problem this file speaks about; `None` for any other.
pub(super) fn args(problem: &Problem, cat: &Catalog) -> Option<Args<'static>> {
    use Problem::*;
    let s = |v: &dyn ToString| v.to_string();
    let pairs: Vec<(&'static str, String)> = match problem {
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
        SheetOpeningMismatch { sheet, item } => {
            vec![("sheet", sheet.clone()), ("item", item.clone())]
        }
        SheetWorkdaysMismatch { sheet, item } => vec![("sheet", s(sheet)), ("item", s(item))],
        _ => return None,
    };
    Some(words::args(pairs))
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
}

/// The comment beside an empty key, in `language`.
pub fn fill(language: Language, what: Fill) -> String {
    let id = match what {
        Fill::Period => "import-fill-period",
        Fill::Opening => "import-fill-opening",
        Fill::Program => "import-fill-program",
        Fill::Workdays => "import-fill-workdays",
    };
    Catalog::of(language).text(id)
}
