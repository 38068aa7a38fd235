//! Sheets and their places written in a unit test's own words (`a.xlsx`, one sheet of
//! typed text cells), shared by the readers' tests.

use super::workbook::{Cell, Sheet};
use crate::model::SheetSource;

/// The sheet `name` of `a.xlsx`, its cells typed as `rows` gives them.
pub fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
    Sheet {
        name: name.into(),
        named: true,
        rows: rows
            .iter()
            .map(|r| r.iter().map(|t| Cell::typed(t)).collect())
            .collect(),
    }
}

/// Where the sheet `name` of `a.xlsx` is.
pub fn place(name: &str) -> SheetSource {
    SheetSource {
        path: "a.xlsx".into(),
        sheet: Some(name.into()),
    }
}
