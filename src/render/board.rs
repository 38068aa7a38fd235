//! The board page (`/board/`): every item now in its 公示期, one notice per printed sheet,
//! to print in one go and pin up on the physical board (公开栏).
//!
//! Each sheet is laid out by the same template partials as the item's own page, so paper
//! from the board and paper from the item page are the same notice. Only the choice of
//! items and their order are decided here.

use serde::Serialize;
use tera::Context;

use crate::render::PageSet;
use crate::render::labels::Labels;
use crate::render::print::PrintView;
use crate::render::views::{BodyView, ItemSummary};

/// The page path of the board (a reserved top-level name for content).
pub const PAGE_PATH: &str = "board";

/// One notice on the board page.
#[derive(Clone, Debug, Serialize)]
pub struct Sheet {
    /// The item's summary (`item` in the partials).
    pub item: ItemSummary,
    /// Its page body (`body`).
    pub body: BodyView,
    /// Its print settings (`printing`).
    pub printing: PrintView,
}

/// Adds `/board/` with `sheets` (the open items), closing soonest first like the home
/// page's list, then by address.
pub(crate) fn add(pages: &mut PageSet, mut sheets: Vec<Sheet>) {
    sheets.sort_by(|a, b| {
        a.item
            .window_to
            .cmp(&b.item.window_to)
            .then(a.item.href.cmp(&b.item.href))
    });
    let mut ctx = Context::new();
    ctx.insert("sheets", &sheets);
    let title = Labels::of(pages.config.language).print_board.to_string();
    pages.add(PAGE_PATH, title, "board.html", ctx);
}
