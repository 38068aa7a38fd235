//! What a printed notice needs beyond its screen page: paper and orientation (a named CSS
//! `@page`), the 核验码, the QR code of the online page, the roles signing it and how
//! the issuing body fits inside the seal.
//!
//! Signing roles come from the item's `signatures:`, else from the nearest unit's above
//! it that gives them, else from `site.yaml`'s for the item's kind (a plain list there is
//! every kind's). The supervision contact likewise comes from its unit when that gives one.
//!
//! Paper comes from the item's `print:`, else from `site.yaml`'s. Orientation likewise,
//! except that a page whose widest table has more than `WIDE_TABLE` columns (a month of
//! attendance with many leave kinds) is printed landscape unless the item itself says
//! `orientation:`; the site-wide setting is a default, the item's an instruction.

use serde::Serialize;

use crate::check::CheckedItem;
use crate::config::Config;
use crate::render::charts::text_columns;
use crate::render::labels::Labels;
use crate::render::views::{BodyView, ItemSummary};
use crate::render::{fingerprint, qr};

/// Tables with more columns than this do not fit portrait A4 legibly.
const WIDE_TABLE: usize = 8;

/// Display columns of the issuing body on one line inside the seal (8 CJK characters);
/// a longer name takes more lines, in smaller type (the theme's `issuer-lines-N`).
const SEAL_LINE_COLUMNS: usize = 16;
/// Lines the issuing body may take inside the seal.
const SEAL_MAX_LINES: usize = 4;

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
    /// Lines the issuing body takes inside the seal, 1 to 4, so it fits the circle.
    pub issuer_lines: usize,
    /// The roles with a signing line: the item's `signatures:`, else its unit's or the
    /// site's for its kind.
    pub signatures: Vec<String>,
    /// The supervision contact of the item's unit, when it has its own (else the site's,
    /// `site.contact` …, is printed).
    pub supervision: Option<ContactView>,
}

/// A supervision contact as the contact partial shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ContactView {
    /// Who to contact.
    pub contact: String,
    /// Office phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
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
    let choice = &item.common.print;
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
    let issuer_lines = text_columns(&checked.unit)
        .div_ceil(SEAL_LINE_COLUMNS)
        .clamp(1, SEAL_MAX_LINES);
    PrintView {
        page: format!("{}-{orientation}", paper.to_ascii_lowercase()),
        paper,
        orientation,
        fingerprint,
        url,
        qr,
        issuer_lines,
        signatures: choice.signatures.clone().unwrap_or_else(|| {
            let site = checked.local.as_ref().map(|l| &l.signatures);
            site.unwrap_or(&config.signatures)
                .of(item.body.kind())
                .to_vec()
        }),
        supervision: checked.local.as_ref().map(|l| ContactView {
            contact: l.supervision.contact.clone().unwrap_or_default(),
            phone: l
                .supervision
                .phone
                .as_ref()
                .map(|p| p.value.clone())
                .unwrap_or_default(),
            email: l.supervision.email.clone().unwrap_or_default(),
        }),
    }
}
