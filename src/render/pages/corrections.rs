//! The record of corrections (更正记录, `corrections/`): every correction on the site, newest
//! first, each with its date, unit, the corrected item and the correcting one (both kept
//! and linked), and what changed between the two as the rules computed it
//! (`check::corrections`, carried on the corrected item; laid out by
//! `views::corrections`), the same table the corrected item's page shows.
//!
//! The page exists only on a site with a correction. It is made from the two items of
//! each correction as they are now, so it is never stale in the preview.

use serde::Serialize;
use tera::Context;

use crate::render::jobs::PageSet;
use crate::render::views::LinkView;
use crate::render::views::corrections::{DifferenceView, difference};

/// Page path of the record (a reserved top-level name for content).
pub const PAGE: &str = "corrections";

/// One correction.
#[derive(Serialize)]
struct Correction {
    /// The correcting item's publication date.
    date: String,
    /// Its issuing body.
    unit: String,
    /// The corrected item.
    corrected: LinkView,
    /// The correcting item.
    correcting: LinkView,
    /// What changed.
    #[serde(flatten)]
    difference: DifferenceView,
}

/// Adds `corrections/` when any published item corrects another.
pub(crate) fn add(pages: &mut PageSet) {
    let items = &pages.board.items;
    let mut list: Vec<Correction> = Vec::new();
    for (i, checked) in items.iter().enumerate() {
        let Some(target) = &checked.corrects else {
            continue;
        };
        let Some(j) = items.iter().position(|c| &c.item.content_path == target) else {
            continue;
        };
        let old = &items[j];
        let Some(diff) = old
            .corrected_by
            .iter()
            .position(|p| *p == checked.item.content_path)
            .and_then(|k| old.differences.get(k))
        else {
            continue;
        };
        let link = |k: usize| LinkView {
            href: pages.summaries[k].href.clone(),
            title: pages.summaries[k].title.clone(),
        };
        list.push(Correction {
            date: checked.item.common.published.value.to_string(),
            unit: checked.unit.to_string(),
            corrected: link(j),
            correcting: link(i),
            difference: difference(diff, pages.labels),
        });
    }
    if list.is_empty() {
        return;
    }
    list.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.correcting.href.cmp(&b.correcting.href))
    });
    let mut ctx = Context::new();
    ctx.insert("corrections", &list);
    let title = pages.labels.site.corrections.clone();
    pages.add(PAGE, title, "corrections.html", ctx);
}
