//! Per-team monthly archives of attendance (出勤公示), so a worker can find last March's
//! sheet: `list/attendance/<team>/` lists the team's months, newest first, grouped by
//! year, with each month's totals. The attendance list page links every archive.
//!
//! Only team totals appear here, in either privacy mode: an archive never lists people.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use crate::check::Derived;
use crate::model::Body;
use crate::render::jobs::PageSet;
use crate::render::labels::attendance::AttendanceLabels;
use crate::render::labels::year_title;
use crate::render::views::LinkView;
use crate::render::views::attendance::{
    archive_path, archive_title, team_name, team_segment, view,
};

/// One month of a team.
#[derive(Serialize)]
struct MonthRow {
    /// 2026年3月.
    period_label: String,
    /// The item's page.
    href: String,
    /// The item's title.
    title: String,
    /// `2026-04-02`.
    published: String,
    /// 2026年4月2日.
    published_label: String,
    /// Set when a later item corrects this one.
    corrected: bool,
    people: usize,
    workdays: String,
    rate: String,
    leave_total: String,
    absent: String,
    overtime_hours: String,
}

/// One year of a team's archive.
#[derive(Serialize)]
struct YearGroup {
    title: String,
    /// The caption of the year's table: "通风队 2026年各月出勤合计".
    caption: String,
    months: Vec<MonthRow>,
}

/// What `attendance_archive.html` sees.
#[derive(Serialize)]
struct ArchiveView {
    title: String,
    team: String,
    years: Vec<YearGroup>,
    /// The attendance list page.
    all: LinkView,
}

/// Adds one archive page per team and links them from the attendance list. In the
/// preview a team's page is made again only when one of its months changed.
pub(crate) fn add(pages: &mut PageSet) {
    let (config, board, summaries) = (pages.config, pages.board, pages.summaries);
    // Segment -> (team name, newest-first sort key, index) of each month.
    type Month = (String, (jiff::civil::Date, String, String), usize);
    let mut teams: BTreeMap<String, Vec<Month>> = BTreeMap::new();
    for (i, checked) in board.items.iter().enumerate() {
        let Body::Attendance(a) = &checked.item.body else {
            continue;
        };
        let team = team_name(a, config.language);
        let common = &checked.item.common;
        let start = common
            .period
            .as_ref()
            .map_or(common.published.value, |p| p.value.start());
        let s = &summaries[i];
        teams.entry(team_segment(&team)).or_default().push((
            team,
            (start, s.published.clone(), s.href.clone()),
            i,
        ));
    }
    let mut links = Vec::new();
    let all = LinkView {
        href: pages.link("list/attendance"),
        title: pages.labels.site.all_attendance.clone(),
    };
    for (_, mut months) in teams {
        // Newest month first; of one month the later issue first.
        months.sort_by(|a, b| b.1.cmp(&a.1));
        // Names that differ only in ASCII case share a page; show the newest spelling.
        let Some(team) = months.first().map(|m| m.0.clone()) else {
            continue;
        };
        let path = archive_path(&team);
        let title = archive_title(&team, config.language);
        links.push(LinkView {
            href: pages.link(&path),
            title: title.clone(),
        });
        let members = pages.members(months.into_iter().map(|m| m.2).collect());
        let all = all.clone();
        let template = "attendance_archive.html";
        pages.add_keyed(&path, title.clone(), template, members, |members| {
            let mut years: Vec<YearGroup> = Vec::new();
            for i in &members.indices {
                let (checked, summary) = (&board.items[*i], &summaries[*i]);
                let (Body::Attendance(a), Derived::Attendance(d)) =
                    (&checked.item.body, &*checked.derived)
                else {
                    continue;
                };
                let v = view(a, d, config);
                let common = &checked.item.common;
                let year = common
                    .period
                    .as_ref()
                    .map_or(common.published.value.year(), |p| p.value.year());
                let row = MonthRow {
                    period_label: if summary.period_label.is_empty() {
                        summary.published_label.clone()
                    } else {
                        summary.period_label.clone()
                    },
                    href: summary.href.clone(),
                    title: summary.title.clone(),
                    published: summary.published.clone(),
                    published_label: summary.published_label.clone(),
                    corrected: !checked.corrected_by.is_empty(),
                    people: v.people,
                    workdays: v.workdays,
                    rate: v.rate,
                    leave_total: v.leave_total,
                    absent: v.absent,
                    overtime_hours: v.overtime_hours,
                };
                let year_title = year_title(year, config.language);
                match years.last_mut() {
                    Some(g) if g.title == year_title => g.months.push(row),
                    _ => years.push(YearGroup {
                        caption: AttendanceLabels::of(config.language)
                            .archive_caption(&team, &year_title),
                        title: year_title,
                        months: vec![row],
                    }),
                }
            }
            let mut ctx = Context::new();
            ctx.insert(
                "archive",
                &ArchiveView {
                    title,
                    team,
                    years,
                    all,
                },
            );
            ctx
        });
    }
    pages.relate("list/attendance", links);
}
