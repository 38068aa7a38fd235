//! The home page: the items open for comment now (closing soonest first), then the
//! latest other items of each kind with a link to the kind's list (an open item is
//! shown once, among the open ones); on a site of unit boards, the table of units.
//!
//! Each unit board gets a home of the same make at its folder (see `units`): its own
//! items only, its units, and every item it posted.

use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use crate::check::Status;
use crate::render::jobs::PageSet;
use crate::render::labels::{kind_all_label, kind_label};
use crate::render::links::root_for;
use crate::render::memo::PageInput;
use crate::render::pages::units::{self, UnitRow, UnitView};
use crate::render::splice::{ListRows, RowItem};
use crate::render::views::ItemSummary;

/// One group of the home page's "latest by kind".
#[derive(Clone, PartialEq, Serialize)]
struct KindGroup {
    label: &'static str,
    /// The link to the kind's whole list: 全部经费收支.
    more: &'static str,
    href: String,
    items: Vec<ItemSummary>,
    /// The items' places in the board, for their rows.
    #[serde(skip)]
    members: Vec<usize>,
}

/// A group as the template sees it: with its rows' marker (see `splice`).
#[derive(Serialize)]
struct GroupView<'a> {
    label: &'static str,
    more: &'static str,
    href: &'a str,
    items: &'a [ItemSummary],
    rows_html: String,
}

/// The home page's input: open items, the latest by kind, the unit (on a unit board's
/// home), the table of units and every item of a unit board (with their places in the
/// board, for their rows).
#[derive(Clone, PartialEq)]
struct HomeInput {
    open: Vec<ItemSummary>,
    groups: Vec<KindGroup>,
    unit: Option<UnitView>,
    units: Vec<UnitRow>,
    all: Vec<ItemSummary>,
    all_members: Vec<usize>,
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

/// An item's place in the board with its summary.
type Member<'a> = (usize, &'a ItemSummary);

/// Newest first, then by address (addresses are unique: the order is total).
fn newest(a: &Member, b: &Member) -> std::cmp::Ordering {
    b.1.published
        .cmp(&a.1.published)
        .then(a.1.href.cmp(&b.1.href))
}

/// Newest first, then by address.
fn by_date(mut list: Vec<Member>) -> Vec<Member> {
    list.sort_by(newest);
    list
}

/// The first `n` of `list` by date (`by_date`), without sorting the thousands after them.
fn latest(mut list: Vec<Member>, n: usize) -> Vec<Member> {
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
    let own: Vec<Member> = pages
        .items()
        .enumerate()
        .filter(|(_, (c, _))| c.board == i)
        .map(|(j, (_, s))| (j, s))
        .collect();
    let groups: Vec<KindGroup> = pages
        .kinds
        .iter()
        .filter(|k| i == 0 || own.iter().any(|(_, s)| s.kind == k.key()))
        .map(|k| {
            let items = own
                .iter()
                .copied()
                .filter(|(_, s)| s.kind == k.key() && !open.iter().any(|o| o.href == s.href))
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
                items: items.iter().map(|(_, s)| (*s).clone()).collect(),
                members: items.iter().map(|(j, _)| *j).collect(),
            }
        })
        // A unit board's home shows the kinds it has latest items of.
        .filter(|g| i == 0 || !g.items.is_empty())
        .collect();
    let (page_path, title, unit, all) = match i {
        0 => (String::new(), pages.config.title.clone(), None, Vec::new()),
        _ => {
            let u = &pages.board.units[i];
            (
                u.folder.clone(),
                u.title.clone(),
                Some(units::view(pages, i)),
                by_date(own),
            )
        }
    };
    let input = HomeInput {
        open,
        groups,
        unit,
        units: units::rows(pages, i),
        all: all.iter().map(|(_, s)| (*s).clone()).collect(),
        all_members: all.iter().map(|(j, _)| *j).collect(),
    };
    // Each list's rows, rendered once by the row partial and spliced in where the
    // template writes `rows_html` (see `splice`).
    let root: Arc<str> = Arc::from(root_for(pages.config, &page_path));
    let (values, ids) = (pages.summary_values(), pages.summary_ids);
    let rows_of = |members: &[usize]| {
        let items = members
            .iter()
            .map(|j| RowItem {
                id: ids[*j],
                value: values.get(*j),
            })
            .collect();
        Arc::new(ListRows::new(root.clone(), items))
    };
    let mut rows = Vec::new();
    pages.add_keyed(&page_path, title, "home.html", input, |input| {
        let mut ctx = Context::new();
        ctx.insert("open", &input.open);
        let groups: Vec<GroupView> = input
            .groups
            .iter()
            .map(|g| {
                let list = rows_of(&g.members);
                let rows_html = list.marker();
                rows.push(list);
                GroupView {
                    label: g.label,
                    more: g.more,
                    href: &g.href,
                    items: &g.items,
                    rows_html,
                }
            })
            .collect();
        ctx.insert("groups", &groups);
        ctx.insert("units", &input.units);
        if let Some(unit) = &input.unit {
            ctx.insert("unit", unit);
            ctx.insert("all", &input.all);
            let list = rows_of(&input.all_members);
            ctx.insert("all_html", &list.marker());
            rows.push(list);
        }
        ctx
    });
    for list in rows {
        pages.splice_rows_last(list);
    }
}
