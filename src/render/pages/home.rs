//! The home page: the items open for comment now (closing soonest first), then the
//! latest other items of each kind with a link to the kind's list (an open item is
//! shown once, among the open ones); on a site of unit boards, the table of units.
//!
//! Each unit board gets a home of the same make at its folder (see `units`): its own
//! items only, its units, and every item it posted.

use serde::Serialize;
use tera::Context;

use crate::check::Status;
use crate::render::jobs::PageSet;
use crate::render::labels::{kind_all_label, kind_label};
use crate::render::memo::PageInput;
use crate::render::pages::units::{self, UnitRow, UnitView};
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

/// The home page's input: open items, the latest by kind, the unit (on a unit board's
/// home), the table of units and every item of a unit board.
#[derive(Clone, PartialEq)]
struct HomeInput {
    open: Vec<ItemSummary>,
    groups: Vec<KindGroup>,
    unit: Option<UnitView>,
    units: Vec<UnitRow>,
    all: Vec<ItemSummary>,
}

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

/// Newest first, then by address (addresses are unique: the order is total).
fn newest(a: &&ItemSummary, b: &&ItemSummary) -> std::cmp::Ordering {
    b.published.cmp(&a.published).then(a.href.cmp(&b.href))
}

/// Newest first, then by address.
fn by_date(mut list: Vec<&ItemSummary>) -> Vec<&ItemSummary> {
    list.sort_by(newest);
    list
}

/// The first `n` of `list` by date (`by_date`), without sorting the thousands after them.
fn latest(mut list: Vec<&ItemSummary>, n: usize) -> Vec<&ItemSummary> {
    if n > 0 && list.len() > n {
        list.select_nth_unstable_by(n - 1, newest);
        list.truncate(n);
    }
    by_date(list)
}

/// Home: open disclosures first (those closing soonest on top), then latest by kind; then
/// the home of each unit board.
pub(crate) fn add(pages: &mut PageSet) {
    add_one(pages, 0);
    for i in 1..pages.board.units.len() {
        add_one(pages, i);
    }
}

/// The home of board `i` (0: the site's).
fn add_one(pages: &mut PageSet, i: usize) {
    let lang = pages.config.language;
    let mut open: Vec<ItemSummary> = pages
        .items()
        .filter(|(c, _)| c.status == Status::Open && c.board == i)
        .map(|(_, s)| s.clone())
        .collect();
    open.sort_by(|a, b| a.window_to.cmp(&b.window_to).then(a.href.cmp(&b.href)));
    let own: Vec<&ItemSummary> = pages
        .items()
        .filter(|(c, _)| c.board == i)
        .map(|(_, s)| s)
        .collect();
    let groups: Vec<KindGroup> = pages
        .kinds
        .iter()
        .filter(|k| i == 0 || own.iter().any(|s| s.kind == k.key()))
        .map(|k| {
            let items = own
                .iter()
                .copied()
                .filter(|s| s.kind == k.key() && !open.iter().any(|o| o.href == s.href))
                .collect();
            let items = latest(items, LATEST_PER_KIND);
            KindGroup {
                label: kind_label(*k, lang),
                more: kind_all_label(*k, lang),
                // The kind's list is the whole site's: a unit board lists its own below.
                href: match i {
                    0 => pages.link(&format!("list/{}", k.key())),
                    _ => String::new(),
                },
                items: items.into_iter().cloned().collect(),
            }
        })
        // A unit board's home shows the kinds it has latest items of.
        .filter(|g| i == 0 || !g.items.is_empty())
        .collect();
    let (page_path, title, unit, all) = match i {
        0 => (String::new(), pages.config.title.clone(), None, Vec::new()),
        _ => {
            let u = &pages.board.units[i];
            let all = by_date(own).into_iter().cloned().collect();
            (
                u.folder.clone(),
                u.title.clone(),
                Some(units::view(pages, i)),
                all,
            )
        }
    };
    let input = HomeInput {
        open,
        groups,
        unit,
        units: units::rows(pages, i),
        all,
    };
    pages.add_keyed(&page_path, title, "home.html", input, |input| {
        let mut ctx = Context::new();
        ctx.insert("open", &input.open);
        ctx.insert("groups", &input.groups);
        ctx.insert("units", &input.units);
        if let Some(unit) = &input.unit {
            ctx.insert("unit", unit);
            ctx.insert("all", &input.all);
        }
        ctx
    });
}
