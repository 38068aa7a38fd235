//! The board page (`/board/`): every item now in its 公示期, one notice per printed sheet,
//! to print in one go and pin up on the physical board (公开栏).
//!
//! Each sheet is laid out by the same template partials as the item's own page, so paper
//! from the board and paper from the item page are the same notice. Only the choice of
//! items and their order are decided here.

use std::sync::Arc;

use tera::Context;

use crate::check::Status;
use crate::render::jobs::PageSet;
use crate::render::memo::{PageInput, Versions};
use crate::render::pages::units::{self, UnitView};
use crate::render::views::table_html::Splice;

/// The page path of the board (a reserved top-level name for content).
pub const PAGE_PATH: &str = "board";

/// The open items' sheets, each with the board (index in `Board::units`) it belongs to.
pub(crate) type BoardSheets = Vec<(usize, Arc<Sheet>)>;

/// One notice on the board page: the values of the item's own page, shared with it.
#[derive(Clone, Debug)]
pub struct Sheet {
    /// The last day of its 公示期 (the board's order).
    pub window_to: String,
    /// Its page's address (the order among sheets closing the same day).
    pub href: String,
    /// The item's summary (`item` in the partials).
    pub item: tera::Value,
    /// Its page body (`body`).
    pub body: tera::Value,
    /// Its print settings (`printing`).
    pub printing: tera::Value,
    /// Its big tables, whose markers its body holds (see `render::splice`).
    pub splices: Vec<Arc<Splice>>,
}

impl PartialEq for Sheet {
    /// Sheets are kept by the preview with their item page; two are the same when their
    /// values print the same (a big table's marker names its splice, so two bodies with
    /// the same markers have the same tables).
    fn eq(&self, other: &Sheet) -> bool {
        self.window_to == other.window_to
            && self.href == other.href
            && self.item == other.item
            && self.body == other.body
            && self.printing == other.printing
    }
}

/// Adds `/board/` with `sheets` (those of the open items, in board order, each with its
/// board), closing soonest first like the home page's list, then by address; and each
/// unit board's own print run, of its items only (the site's holds the items in no unit
/// board). In the preview a page is made again only when an open item's version changed.
pub(crate) fn add(pages: &mut PageSet, sheets: BoardSheets) {
    for i in 0..pages.board.units.len().max(1) {
        let mine: Vec<Arc<Sheet>> = sheets
            .iter()
            .filter(|(b, _)| *b == i)
            .map(|(_, s)| s.clone())
            .collect();
        add_one(pages, i, mine);
    }
}

/// The print run of board `i` (0: the site's) with its `sheets`.
fn add_one(pages: &mut PageSet, i: usize, sheets: Vec<Arc<Sheet>>) {
    let versions = Versions(
        pages
            .board
            .items
            .iter()
            .zip(pages.item_versions)
            .filter(|(c, _)| c.status == Status::Open && c.board == i)
            .map(|(_, v)| *v)
            .collect(),
    );
    let title = pages.labels.site.print_board.clone();
    let unit = (i > 0).then(|| units::view(pages, i));
    let page_path = units::board_path(pages.board, i);
    let key = (versions, unit);
    let splices = sheets.iter().flat_map(|s| s.splices.clone()).collect();
    pages.add_keyed(&page_path, title, "board.html", key, |(_, unit)| {
        let mut sheets: Vec<&Sheet> = sheets.iter().map(|s| &**s).collect();
        sheets.sort_by(|a, b| a.window_to.cmp(&b.window_to).then(a.href.cmp(&b.href)));
        // The board's template prefixes the partials' ids with `s{n}-`; charts are markup
        // already, so their ids get the same prefix here, in a copy of the body's map
        // (its other values are shared, not copied).
        let sheets: Vec<tera::Value> = sheets
            .iter()
            .enumerate()
            .map(|(i, sheet)| {
                let prefix = format!("s{}-", i + 1);
                let mut body = sheet.body.as_map().cloned().unwrap_or_default();
                let charts: Vec<tera::Value> = body
                    .get(&"charts".into())
                    .and_then(|c| c.as_array())
                    .unwrap_or_default()
                    .iter()
                    .map(|c| {
                        let mut chart = c.as_map().cloned().unwrap_or_default();
                        let svg = chart
                            .get(&"svg".into())
                            .and_then(|s| s.as_str())
                            .map(|s| prefix_ids(s, &prefix))
                            .unwrap_or_default();
                        chart.insert("svg".into(), tera::Value::from(svg));
                        tera::Value::from(chart)
                    })
                    .collect();
                body.insert("charts".into(), tera::Value::from(charts));
                let mut map = tera::Map::default();
                map.insert("item".into(), sheet.item.clone());
                map.insert("body".into(), tera::Value::from(body));
                map.insert("printing".into(), sheet.printing.clone());
                tera::Value::from(map)
            })
            .collect();
        let mut ctx = Context::new();
        ctx.insert_value("sheets", tera::Value::from(sheets));
        if let Some(unit) = unit {
            ctx.insert("unit", unit);
        }
        ctx
    });
    pages.splice_last(splices);
}

/// A print run's key: its open items' versions and the unit it is of.
impl PageInput for (Versions, Option<UnitView>) {
    type Kept = (Versions, Option<UnitView>);

    fn same(&self, kept: &Self::Kept) -> bool {
        self == kept
    }

    fn kept(&self) -> Self::Kept {
        self.clone()
    }
}

/// Prefixes every `id`, `url(#…)` reference and `aria-labelledby` token in SVG markup
/// gongkai drew itself.
fn prefix_ids(svg: &str, prefix: &str) -> String {
    let svg = svg
        .replace(" id=\"", &format!(" id=\"{prefix}"))
        .replace("url(#", &format!("url(#{prefix}"));
    let attr = "aria-labelledby=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg.as_str();
    while let Some(at) = rest.find(attr) {
        let (before, after) = rest.split_at(at + attr.len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        let tokens: Vec<String> = after[..end]
            .split_whitespace()
            .map(|t| format!("{prefix}{t}"))
            .collect();
        out.push_str(&tokens.join(" "));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_ids_and_their_references_are_prefixed() {
        let svg = "<svg aria-labelledby=\"c-title c-desc\"><title id=\"c-title\">t</title>\
                   <desc id=\"c-desc\">d</desc><rect fill=\"url(#c-hatch)\"/></svg>";
        assert_eq!(
            prefix_ids(svg, "s2-"),
            "<svg aria-labelledby=\"s2-c-title s2-c-desc\"><title id=\"s2-c-title\">t</title>\
                   <desc id=\"s2-c-desc\">d</desc><rect fill=\"url(#s2-c-hatch)\"/></svg>"
        );
    }
}
