//! The welfare year pages (`list/welfare/<year>/`): a year's 福利发放 summed per unit, by
//! program and by reason; the names stay on each list's own page.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use crate::check::Derived;
use crate::model::Body;
use crate::render::jobs::PageSet;
use crate::render::labels::welfare_year_title;
use crate::render::pages::summary_files::{self, Summary};
use crate::render::views::{self, LinkView, TableView};

/// Adds a page per year of 福利发放, each unit's lists summed per program and per reason,
/// and links them from the welfare list. In the preview a year's page is made again only
/// when one of its lists changed.
pub(crate) fn add(pages: &mut PageSet) {
    let (config, board, summaries) = (pages.config, pages.board, pages.summaries);
    let mut by_year: BTreeMap<i16, Vec<usize>> = BTreeMap::new();
    for (i, checked) in board.items.iter().enumerate() {
        // A corrected list is replaced by its correction: its people counted once.
        if let (Body::Welfare(_), true) = (&checked.item.body, checked.corrected_by.is_empty()) {
            let year = checked.item.common.published.value.year();
            by_year.entry(year).or_default().push(i);
        }
    }
    let mut links = Vec::new();
    for (year, indices) in by_year {
        let page_path = format!("list/welfare/{year}");
        let title = welfare_year_title(year, config.language);
        let link = LinkView {
            href: pages.link(&page_path),
            title: title.clone(),
        };
        // The year's list links it too (the year of the period, or of publishing).
        pages.relate(&format!("year/{year}"), vec![link.clone()]);
        links.push(link);
        let members = pages.members(indices);
        let template = "welfare_year.html";
        // Made here, not in the page's closure: the downloads beside the page need it too.
        let units = {
            type Entry<'b> = views::welfare::YearEntry<'b>;
            // Unit -> (published, address) -> entry, so each unit's rows are in date order.
            let mut units: BTreeMap<&str, BTreeMap<(&str, &str), Entry>> = BTreeMap::new();
            for i in &members.indices {
                let (checked, summary) = (&board.items[*i], &summaries[*i]);
                if let (Body::Welfare(w), Derived::Welfare(d)) =
                    (&checked.item.body, &*checked.derived)
                {
                    units.entry(&checked.unit).or_default().insert(
                        (&summary.published, &summary.href),
                        (
                            w,
                            d,
                            summary.href.clone(),
                            summary.title.clone(),
                            summary.published_label.clone(),
                        ),
                    );
                }
            }
            let several = units.len() > 1;
            let units: Vec<UnitSummary<views::welfare::WelfareYearView>> = units
                .into_iter()
                .enumerate()
                .map(|(i, (unit, entries))| {
                    let entries: Vec<Entry> = entries.into_values().collect();
                    let mut summary = views::welfare::year_summary(&entries, config);
                    if several {
                        // One page holds every unit's tables: HTML ids must stay unique.
                        let tables = [Some(&mut summary.by_program), summary.by_reason.as_mut()];
                        for table in tables.into_iter().flatten().chain([&mut summary.items]) {
                            table.id = format!("{}-{}", table.id, i + 1);
                        }
                    }
                    UnitSummary {
                        unit: unit.to_string(),
                        summary,
                    }
                })
                .collect();
            units
        };
        let tables: Vec<&TableView> = units
            .iter()
            .flat_map(|u| {
                let s = &u.summary;
                [Some(&s.by_program), s.by_reason.as_ref(), Some(&s.items)]
            })
            .flatten()
            .collect();
        // A year's figures over every unit are the unit's own when there is one unit.
        let figures = match units.as_slice() {
            [one] => one.summary.figures.as_slice(),
            _ => &[],
        };
        let summary = Summary {
            kind: "welfare",
            year,
            title: &title,
        };
        let downloads = summary_files::add(pages, &page_path, &members, summary, figures, &tables);
        pages.add_keyed(&page_path, title.clone(), template, members, |_| {
            let mut ctx = Context::new();
            ctx.insert("title", &title);
            ctx.insert("units", &units);
            ctx.insert("downloads", &downloads);
            ctx
        });
    }
    pages.relate("list/welfare", links);
}

/// One unit's part of a year summary page.
#[derive(Serialize)]
struct UnitSummary<T> {
    unit: String,
    summary: T,
}
