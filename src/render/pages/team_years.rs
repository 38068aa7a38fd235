//! The pay and merits year pages (`list/pay/<year>/`, `list/merits/<year>/`): a year's
//! 工资奖金分配 and 奖惩 summed per team, like the finance and welfare year pages, linked
//! from the kind's list and from the year's list. They show figures only, never a name.

use std::collections::BTreeMap;

use tera::Context;

use crate::check::{CheckedItem, Derived};
use crate::model::Body;
use crate::render::jobs::PageSet;
use crate::render::labels::{merits_year_title, pay_year_title};
use crate::render::pages::summary_files::{self, Summary};
use crate::render::views::team_years::{self, Entry};
use crate::render::views::{ItemSummary, LinkView, TableView};

/// The team an item is summed under, within its unit: its `team:`, else the unit that
/// issues it.
fn team_of(checked: &CheckedItem) -> String {
    let team = match &checked.item.body {
        Body::Pay(p) => p.team.as_ref(),
        Body::Merits(m) => m.team.as_ref(),
        _ => None,
    };
    team.map_or_else(|| checked.unit.to_string(), |t| t.value.clone())
}

/// The year an item counts in (its period's, else its publishing date's), and the order
/// within a team.
fn year_and_order(
    checked: &CheckedItem,
    summary: &ItemSummary,
) -> (i16, (jiff::civil::Date, String)) {
    let common = &checked.item.common;
    match &common.period {
        Some(p) => (p.value.year(), (p.value.start(), summary.published.clone())),
        None => (
            common.published.value.year(),
            (common.published.value, summary.published.clone()),
        ),
    }
}

/// The label of an item's row: its period, else its publishing date.
fn row_label(summary: &ItemSummary) -> String {
    if summary.period_label.is_empty() {
        summary.published_label.clone()
    } else {
        summary.period_label.clone()
    }
}

/// Adds a page per year of 工资奖金分配 and of 奖惩, each team's items summed, and links
/// them from the kind's list and the year's list. In the preview a year's page is made
/// again only when one of its items changed.
pub(crate) fn add(pages: &mut PageSet) {
    add_kind(pages, "pay", pay_year_title, "pay_year.html", |c| {
        matches!(c.item.body, Body::Pay(_))
    });
    add_kind(
        pages,
        "merits",
        merits_year_title,
        "merits_year.html",
        |c| matches!(c.item.body, Body::Merits(_)),
    );
}

/// The year pages of one kind (`key`).
fn add_kind(
    pages: &mut PageSet,
    key: &str,
    title_of: fn(i16, crate::config::Language) -> String,
    template: &str,
    is_kind: fn(&CheckedItem) -> bool,
) {
    let (board, summaries, lang) = (pages.board, pages.summaries, pages.config.language);
    let mut by_year: BTreeMap<i16, Vec<usize>> = BTreeMap::new();
    for (i, checked) in board.items.iter().enumerate() {
        // A corrected item's figures are replaced by its correction's: summed once.
        if is_kind(checked) && checked.corrected_by.is_empty() {
            let (year, _) = year_and_order(checked, &summaries[i]);
            by_year.entry(year).or_default().push(i);
        }
    }
    let mut links = Vec::new();
    for (year, indices) in by_year {
        let page_path = format!("list/{key}/{year}");
        let title = title_of(year, lang);
        let link = LinkView {
            href: pages.link(&page_path),
            title: title.clone(),
        };
        pages.relate(&format!("year/{year}"), vec![link.clone()]);
        links.push(link);
        let members = pages.members(indices);
        // Made here, not in the page's closure: the downloads beside the page need it too
        // (a year's sums over a few dozen items: cheap even when the preview keeps it).
        let entry = |i: usize| {
            let (checked, summary) = (&board.items[i], &summaries[i]);
            let (_, order) = year_and_order(checked, summary);
            Entry {
                unit: checked.unit.to_string(),
                team: team_of(checked),
                href: summary.href.clone(),
                label: row_label(summary),
                order,
                body: &(),
                figures: &(),
            }
        };
        let view = if key == "pay" {
            let entries: Vec<_> = members
                .indices
                .iter()
                .filter_map(
                    |i| match (&board.items[*i].item.body, &*board.items[*i].derived) {
                        (Body::Pay(p), Derived::Pay(d)) => Some(entry(*i).with(p, d)),
                        _ => None,
                    },
                )
                .collect();
            team_years::pay_year(&entries, lang)
        } else {
            let entries: Vec<_> = members
                .indices
                .iter()
                .filter_map(|i| match &*board.items[*i].derived {
                    Derived::Merits(d) => Some(entry(*i).with(&(), d)),
                    _ => None,
                })
                .collect();
            team_years::merits_year(&entries, lang)
        };
        let tables: Vec<&TableView> = view
            .units
            .iter()
            .flat_map(|u| u.teams.iter().map(|t| &t.table))
            .collect();
        let summary = Summary {
            kind: key,
            year,
            title: &title,
        };
        let downloads =
            summary_files::add(pages, &page_path, &members, summary, &view.figures, &tables);
        pages.add_keyed(&page_path, title.clone(), template, members, |_| {
            let mut ctx = Context::new();
            ctx.insert("title", &title);
            ctx.insert("year", &view);
            ctx.insert("downloads", &downloads);
            ctx
        });
    }
    pages.relate(&format!("list/{key}"), links);
}
