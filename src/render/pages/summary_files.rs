//! The downloads beside a summary page (the finance, welfare, pay and merits year pages):
//! each of its tables as CSV and its figures and tables as `data.json`, written as beside
//! an item's page, so a year's sums can be taken like a quarter's. The page lists them
//! (`downloads`) as an item page does.

use serde::Serialize;

use crate::render::exports;
use crate::render::jobs::PageSet;
use crate::render::memo::Members;
use crate::render::views::{Figure, TableView};

/// One CSV beside a summary page, as its downloads list names it.
#[derive(Clone, Serialize)]
pub(crate) struct Download {
    /// The file's name beside the page (`pay-year-1.csv`).
    pub file: String,
    /// The table's caption.
    pub caption: String,
}

/// What a summary page is, for its `data.json`.
pub(crate) struct Summary<'s> {
    /// The kind it sums (`pay`).
    pub kind: &'s str,
    /// The year.
    pub year: i16,
    /// The page's title.
    pub title: &'s str,
}

/// Adds `data.json` and a CSV per table beside the page `page_path`, made from
/// `members` (in the preview kept while they are unchanged), and returns the CSVs for
/// the page's downloads list.
pub(crate) fn add(
    pages: &mut PageSet,
    page_path: &str,
    members: &Members,
    summary: Summary,
    figures: &[Figure],
    tables: &[&TableView],
) -> Vec<Download> {
    let json = exports::summary_json(summary.kind, summary.year, summary.title, figures, tables);
    pages.add_file_keyed(&format!("{page_path}/data.json"), members.clone(), |_| json);
    tables
        .iter()
        .map(|table| {
            let file = format!("{}.csv", table.id);
            pages.add_file_keyed(&format!("{page_path}/{file}"), members.clone(), |_| {
                exports::table_csv(table)
            });
            Download {
                file,
                caption: table.caption.clone(),
            }
        })
        .collect()
}
