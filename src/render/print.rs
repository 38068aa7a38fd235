//! What a printed notice needs beyond its screen page: paper and orientation (a named CSS
//! `@page`), the 核验码 and the QR code of the online page.
//!
//! Paper comes from the item's `print:`, else from `site.yaml`'s. Orientation likewise,
//! except that a page whose widest table has more than `WIDE_TABLE` columns (a month of
//! attendance with many leave kinds) is printed landscape unless the item itself says
//! `orientation:`; the site-wide setting is a default, the item's an instruction.

use serde::Serialize;

use crate::check::CheckedItem;
use crate::config::Config;
use crate::render::labels::Labels;
use crate::render::views::{BodyView, ItemSummary};
use crate::render::{fingerprint, qr};

/// Tables with more columns than this do not fit portrait A4 legibly.
const WIDE_TABLE: usize = 8;

/// The print part of an item's context (`printing` in templates).
#[derive(Clone, Debug, Serialize)]
pub struct PrintView {
    /// Name of the CSS `@page` rule: `a4-portrait`, `a3-landscape` …
    pub page: String,
    /// `A4` or `A3`.
    pub paper: &'static str,
    /// `portrait` or `landscape`.
    pub orientation: &'static str,
    /// 核验码: 8 hex digits (see `fingerprint`).
    pub fingerprint: String,
    /// The online page's absolute address, when the site has one.
    pub url: Option<String>,
    /// The QR code of `url` as inline SVG markup.
    pub qr: Option<String>,
}

/// The print view of `checked`, whose page body is `body` and summary `summary` (a
/// notice's fingerprint is that of its source text, a data item's that of its data).
pub fn view(
    checked: &CheckedItem,
    summary: &ItemSummary,
    body: &BodyView,
    config: &Config,
    labels: &Labels,
) -> PrintView {
    let item = &checked.item;
    let choice = item.common.print;
    let paper = choice.paper.unwrap_or(config.print.paper);
    // A meeting's resolutions table is a download only: its page shows each resolution
    // as a block, so it does not make the sheet wide.
    let shown = |t: &&crate::render::views::TableView| {
        !(matches!(item.body, crate::model::Body::Congress(_)) && t.id == "resolutions")
    };
    let wide = body
        .tables
        .iter()
        .filter(shown)
        .any(|t| t.page_width() > WIDE_TABLE);
    let orientation = choice.orientation.unwrap_or(if wide {
        "landscape"
    } else {
        config.print.orientation
    });
    let fingerprint = match item.body {
        crate::model::Body::Notice(_) => fingerprint::of_text(&item.source.text),
        _ => fingerprint::of_data(checked, summary, body),
    };
    let url = qr::item_url(config, &checked.page_path);
    let qr = url.as_deref().and_then(|u| qr::svg(u, &labels.qr_label(u)));
    PrintView {
        page: format!("{}-{orientation}", paper.to_ascii_lowercase()),
        paper,
        orientation,
        fingerprint,
        url,
        qr,
    }
}
