//! Unit boards (`board: true` in a unit's `_section.yaml`): what their pages share, and
//! the pages only they have.
//!
//! A unit board's home sits at its folder's page (in place of the folder's list): its
//! open items, its latest per kind, the table of the unit boards inside it and every item
//! it posted. Its print run is `<folder>/board/`, its feed `<folder>/feed.xml`, its
//! search the site's search page with `?unit=<folder>`. The home, print run and feed of
//! the site itself hold the site's own items (those in no unit board); the site's feed
//! holds every item. Which board an item belongs to is decided in `check::units`.

use serde::Serialize;

use crate::check::{Board, Status};
use crate::render::jobs::PageSet;
use crate::render::labels::{date_label, period_label};
use crate::render::links::dir_link;
use crate::render::pages::{board, search};
use crate::render::views::LinkView;

/// Page path of unit `i`'s print run (`board` for the site's).
pub(crate) fn board_path(board: &Board, i: usize) -> String {
    match board.units.get(i).map(|u| u.folder.as_str()) {
        Some(folder) if !folder.is_empty() => format!("{folder}/{}", board::PAGE_PATH),
        _ => board::PAGE_PATH.to_string(),
    }
}

/// Output path of unit `i`'s feed (`feed.xml` for the site's).
pub(crate) fn feed_path(board: &Board, i: usize) -> String {
    match board.units.get(i).map(|u| u.folder.as_str()) {
        Some(folder) if !folder.is_empty() => format!("{folder}/feed.xml"),
        _ => "feed.xml".to_string(),
    }
}

/// What a unit board's pages show of it (`unit` in templates; `false` elsewhere).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct UnitView {
    /// The issuing body.
    pub name: String,
    /// The board's title.
    pub title: String,
    /// Link to its home.
    pub href: String,
    /// Link to its print run.
    pub board: String,
    /// Its feed, from the site root.
    pub feed: String,
    /// The search page, scoped to it.
    pub search: String,
    /// The board it sits in.
    pub up: LinkView,
    /// The unit boards right inside it.
    pub children: Vec<LinkView>,
}

/// One row of a board home's table of units.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct UnitRow {
    /// The board's title.
    pub title: String,
    /// Link to its home.
    pub href: String,
    /// How deep inside the board showing the table (1 for a unit right inside it).
    pub depth: usize,
    /// Items open now.
    pub open: usize,
    /// Its latest publication date (`2026-04-05`), empty when it posted nothing.
    pub latest: String,
    /// The same, as the page writes dates.
    pub latest_label: String,
    /// Its overdue finance periods, as labels.
    pub overdue: Vec<String>,
}

/// The view of unit board `i` (not the site's).
pub(crate) fn view(pages: &PageSet, i: usize) -> UnitView {
    let units = &pages.board.units;
    let unit = &units[i];
    let parent = unit.parent.unwrap_or(0);
    let mut search = pages.link(search::PAGE);
    search.push_str("?unit=");
    search.push_str(&query_value(&unit.folder));
    UnitView {
        name: unit.name.clone(),
        title: unit.title.clone(),
        href: pages.link(&unit.folder),
        board: pages.link(&board_path(pages.board, i)),
        feed: format!("{}feed.xml", dir_link(&unit.folder)),
        search,
        up: LinkView {
            href: pages.link(&units[parent].folder),
            title: units[parent].title.clone(),
        },
        children: units
            .iter()
            .filter(|u| u.parent == Some(i))
            .map(|u| LinkView {
                href: pages.link(&u.folder),
                title: u.title.clone(),
            })
            .collect(),
    }
}

/// The rows of the table of units on board `i`'s home: every unit board inside it, by
/// `order:` then folder (a unit's own units right after it).
pub(crate) fn rows(pages: &PageSet, i: usize) -> Vec<UnitRow> {
    let units = &pages.board.units;
    let lang = pages.config.language;
    let Some(depth) = units.get(i).map(|u| u.depth) else {
        return Vec::new();
    };
    // Depth first, each board's own units right after it, by `order:` then folder.
    let mut order = Vec::new();
    let mut stack = vec![i];
    while let Some(at) = stack.pop() {
        if at != i {
            order.push(at);
        }
        let mut children: Vec<usize> = (0..units.len())
            .filter(|j| units[*j].parent == Some(at))
            .collect();
        children.sort_by(|a, b| {
            let key =
                |u: &crate::check::units::Unit| (u.order.unwrap_or(i64::MAX), u.folder.clone());
            key(&units[*b]).cmp(&key(&units[*a]))
        });
        stack.extend(children);
    }
    order
        .into_iter()
        .map(|j| {
            let own = pages.items().filter(|(c, _)| c.board == j);
            let (mut open, mut latest) = (0, None);
            for (c, _) in own {
                open += usize::from(c.status == Status::Open);
                let date = c.item.common.published.value;
                latest = latest.max(Some(date));
            }
            let unit = &units[j];
            UnitRow {
                title: unit.title.clone(),
                href: pages.link(&unit.folder),
                depth: unit.depth - depth,
                open,
                latest: latest.map_or_else(String::new, |d| d.to_string()),
                latest_label: latest.map_or_else(String::new, |d| date_label(d, lang)),
                overdue: unit
                    .overdue
                    .iter()
                    .map(|p| period_label(*p, lang))
                    .collect(),
            }
        })
        .collect()
}

/// `text` percent-encoded for a URL's query (every byte but unreserved ASCII).
fn query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_values_are_percent_encoded() {
        assert_eq!(
            query_value("teams/通风队"),
            "teams/%E9%80%9A%E9%A3%8E%E9%98%9F"
        );
        assert_eq!(query_value("a b&c"), "a%20b%26c");
    }
}
