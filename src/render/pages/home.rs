//! The home page: the items open for comment now (closing soonest first), then the
//! latest other items of each kind with a link to the kind's list (an open item is
//! shown once, among the open ones).

use serde::Serialize;
use tera::Context;

use crate::check::Status;
use crate::render::jobs::PageSet;
use crate::render::labels::{kind_all_label, kind_label};
use crate::render::memo::PageInput;
use crate::render::views::ItemSummary;

/// One group of the home page's "latest by kind".
#[derive(Clone, PartialEq, Serialize)]
struct KindGroup {
    label: &'static str,
    /// The link to the kind's whole list: 全部经费收支.
    more: &'static str,
    href: String,
    items: Vec<ItemSummary>,
}

/// The home page's input: open items and the latest by kind.
#[derive(Clone, PartialEq)]
struct HomeInput(Vec<ItemSummary>, Vec<KindGroup>);

impl PageInput for HomeInput {
    type Kept = HomeInput;

    fn same(&self, kept: &HomeInput) -> bool {
        self == kept
    }

    fn kept(&self) -> HomeInput {
        self.clone()
    }
}

/// How many items per kind the home page lists.
const LATEST_PER_KIND: usize = 5;

/// Newest first, then by address.
fn by_date(mut list: Vec<&ItemSummary>) -> Vec<&ItemSummary> {
    list.sort_by(|a, b| b.published.cmp(&a.published).then(a.href.cmp(&b.href)));
    list
}

/// Home: open disclosures first (those closing soonest on top), then latest by kind.
pub(crate) fn add(pages: &mut PageSet) {
    let lang = pages.config.language;
    let mut open: Vec<ItemSummary> = pages
        .items()
        .filter(|(c, _)| c.status == Status::Open)
        .map(|(_, s)| s.clone())
        .collect();
    open.sort_by(|a, b| a.window_to.cmp(&b.window_to).then(a.href.cmp(&b.href)));
    let groups: Vec<KindGroup> = pages
        .kinds
        .iter()
        .map(|k| {
            let items = pages
                .summaries
                .iter()
                .filter(|s| s.kind == k.key() && !open.iter().any(|o| o.href == s.href))
                .collect();
            let mut items = by_date(items);
            items.truncate(LATEST_PER_KIND);
            KindGroup {
                label: kind_label(*k, lang),
                more: kind_all_label(*k, lang),
                href: pages.link(&format!("list/{}", k.key())),
                items: items.into_iter().cloned().collect(),
            }
        })
        .collect();
    let title = pages.config.title.clone();
    let input = HomeInput(open, groups);
    pages.add_keyed("", title, "home.html", input, |HomeInput(open, groups)| {
        let mut ctx = Context::new();
        ctx.insert("open", open);
        ctx.insert("groups", groups);
        ctx
    });
}
