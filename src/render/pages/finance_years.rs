//! The finance year pages (`list/finance/<year>/`): a year's 经费收支 summed per unit, so
//! a worker sees the whole year without adding up the quarters.

use std::collections::BTreeMap;

use tera::Context;

use crate::check::Derived;
use crate::model::{Body, Period};
use crate::render::jobs::PageSet;
use crate::render::labels::finance_year_title;
use crate::render::pages::lists::ListView;
use crate::render::pages::summary_files::{self, Summary};
use crate::render::views::{self, LinkView, TableView};

/// Adds a page per year of 经费收支, each unit's items summed, and links them from the
/// finance list; years are those of the periods covered. In the preview a year's page is
/// made again only when one of its items changed.
pub(crate) fn add(pages: &mut PageSet) {
    let (board, summaries, lang) = (pages.board, pages.summaries, pages.config.language);
    let mut finance_years: BTreeMap<i16, Vec<(Period, usize)>> = BTreeMap::new();
    for (i, checked) in board.items.iter().enumerate() {
        // A corrected item's figures are replaced by its correction's: summed once.
        if let (Body::Finance(_), Some(period), true) = (
            &checked.item.body,
            &checked.item.common.period,
            checked.corrected_by.is_empty(),
        ) {
            let year = period.value.year();
            finance_years
                .entry(year)
                .or_default()
                .push((period.value, i));
        }
    }
    let mut links = Vec::new();
    for (year, mut entries) in finance_years {
        entries.sort_by_key(|(period, _)| (period.start(), period.end()));
        let members = pages.members(entries.into_iter().map(|(_, i)| i).collect());
        let page_path = format!("list/finance/{year}");
        let title = finance_year_title(year, pages.config.language);
        let link = LinkView {
            href: pages.link(&page_path),
            title: title.clone(),
        };
        // The year's list links it too (the year of the period, or of publishing).
        pages.relate(&format!("year/{year}"), vec![link.clone()]);
        links.push(link);
        let list = ListView {
            title: title.clone(),
            items: Vec::new(),
            related: Vec::new(),
        };
        // Made here, not in the page's closure: the downloads beside the page need it too.
        let units = {
            let finance: Vec<_> = members
                .indices
                .iter()
                .filter_map(|i| {
                    let (checked, s) = (&board.items[*i], &summaries[*i]);
                    match (&checked.item.body, &*checked.derived) {
                        (Body::Finance(f), Derived::Finance(d)) => Some((
                            checked.unit.to_string(),
                            s.href.clone(),
                            s.period_label.clone(),
                            f,
                            d,
                        )),
                        _ => None,
                    }
                })
                .collect();
            let mut units = views::finance::year_summary(&finance, lang);
            if units.len() > 1 {
                // One page holds every unit's table: HTML ids must stay unique.
                for (i, unit) in units.iter_mut().enumerate() {
                    unit.table.id = format!("{}-{}", unit.table.id, i + 1);
                }
            }
            units
        };
        let tables: Vec<&TableView> = units.iter().map(|u| &u.table).collect();
        let summary = Summary {
            kind: "finance",
            year,
            title: &title,
        };
        let downloads = summary_files::add(pages, &page_path, &members, summary, &[], &tables);
        pages.add_keyed(&page_path, title, "finance_year.html", members, |_| {
            let mut ctx = Context::new();
            ctx.insert("list", &list);
            ctx.insert("units", &units);
            ctx.insert("downloads", &downloads);
            ctx
        });
    }
    pages.relate("list/finance", links);
}
