//! Units as boards: which folders are a unit's board (`board: true` in a `_section.yaml`
//! that names a `unit:`), which board each item belongs to, the settings a unit hands
//! down to the items below it, and the rules across a unit's items: regular finance
//! disclosure (overdue periods), duplicate titles in one period, posting outside the
//! unit's `since:`/`until:`.
//!
//! The site itself is always the first unit (folder `""`, the name and title of
//! `site.yaml`). An item belongs to the nearest unit board above it; a unit's home, print
//! run, feed and search scope hold exactly its own items. Must not: render anything.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::Date;

use crate::config::{Config, Signatures, Supervision};
use crate::diagnostic::{Diagnostic, Location};
use crate::messages::Problem;
use crate::model::{Body, Item, Period, Section};

/// Days after a finance period closes by which its report is due, on a site of unit
/// boards that does not say `finance_due_days:`.
pub const DEFAULT_DUE_DAYS: i64 = 30;

/// One board: the site's (the first) or a unit folder's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Folder under `content/`; `""` for the site.
    pub folder: String,
    /// The issuing body (`unit:`).
    pub name: String,
    /// The board's title: the section's `title:`, else the unit's name.
    pub title: String,
    /// The unit board it sits in (none for the site).
    pub parent: Option<usize>,
    /// How many boards it sits in.
    pub depth: usize,
    /// `order:` of its section among its sibling boards (lower first).
    pub order: Option<i64>,
    /// Finance periods that closed more than the due days ago with no report posted.
    pub overdue: Vec<Period>,
}

/// Settings an item takes from the nearest unit above it that gives them, instead of
/// `site.yaml`'s: the supervision contact and the signing roles printed on its notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalSettings {
    /// Who to contact with objections.
    pub supervision: Supervision,
    /// The roles signing each kind.
    pub signatures: Signatures,
}

/// The boards of the site: the site's first, then each unit board in folder order.
pub fn boards(sections: &BTreeMap<String, Section>, config: &Config) -> Vec<Unit> {
    let mut units = vec![Unit {
        folder: String::new(),
        name: config.unit.clone(),
        title: config.title.clone(),
        parent: None,
        depth: 0,
        order: None,
        overdue: Vec::new(),
    }];
    for (folder, section) in sections {
        if folder.is_empty() || !section.unit_settings.board {
            continue;
        }
        let parent = board_of(folder_above(folder), &units);
        let name = section
            .unit
            .clone()
            .unwrap_or_else(|| inherited_unit(folder, sections, config));
        units.push(Unit {
            folder: folder.clone(),
            title: section.title.clone().unwrap_or_else(|| name.clone()),
            name,
            parent: Some(parent),
            depth: units[parent].depth + 1,
            order: section.order,
            overdue: Vec::new(),
        });
    }
    units
}

/// The folder above `folder` (`""` above a top-level one).
fn folder_above(folder: &str) -> &str {
    folder.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// The unit named by the nearest section above `folder` that names one, else the site's.
fn inherited_unit(folder: &str, sections: &BTreeMap<String, Section>, config: &Config) -> String {
    let mut at = folder_above(folder);
    loop {
        if let Some(unit) = sections.get(at).and_then(|s| s.unit.clone()) {
            return unit;
        }
        if at.is_empty() {
            return config.unit.clone();
        }
        at = folder_above(at);
    }
}

/// The board (index in `units`) of an item in `folder`: the nearest unit board at or
/// above it. `units` is sorted by folder after the site's, so the deepest match is last.
pub fn board_of(folder: &str, units: &[Unit]) -> usize {
    units
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, u)| {
            // `u.folder` itself or a folder below it; no string is made per item and unit.
            folder
                .strip_prefix(u.folder.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
        .max_by_key(|(_, u)| u.folder.len())
        .map_or(0, |(i, _)| i)
}

/// The settings of an item in `folder` when a section above it gives its own supervision
/// or signatures; `None` when every one comes from `site.yaml`.
pub fn local_settings(
    folder: &str,
    sections: &BTreeMap<String, Section>,
    config: &Config,
) -> Option<Arc<LocalSettings>> {
    let mut supervision = None;
    let mut signatures = None;
    let mut at = folder;
    loop {
        if let Some(s) = sections.get(at) {
            let u = &s.unit_settings;
            supervision = supervision.or_else(|| u.supervision.clone());
            signatures = signatures.or_else(|| u.signatures.clone());
        }
        if at.is_empty() {
            break;
        }
        at = folder_above(at);
    }
    if supervision.is_none() && signatures.is_none() {
        return None;
    }
    Some(Arc::new(LocalSettings {
        supervision: supervision.unwrap_or_else(|| config.supervision.clone()),
        signatures: signatures.unwrap_or_else(|| config.signatures.clone()),
    }))
}

/// The days a finance report is due after its period, when the check is on.
pub fn due_days(config: &Config, units: &[Unit]) -> Option<i64> {
    config
        .finance_due_days
        .or((units.len() > 1).then_some(DEFAULT_DUE_DAYS))
}

/// The finance periods of a unit that closed more than `days` before `today` with no
/// finance report covering them: every period of the unit's shortest reporting period
/// (a quarter when the unit reports quarterly), from its `since:` or its first report
/// until its `until:` or today. A unit with no report and no `since:` owes nothing yet.
pub fn overdue(
    reports: &[Period],
    since: Option<Date>,
    until: Option<Date>,
    today: Date,
    days: i64,
) -> Vec<Period> {
    let shortest = reports
        .iter()
        .min_by_key(|p| (p.end() - p.start()).get_days());
    let step = shortest.copied().unwrap_or(Period::Quarter(0, 1));
    let first = match (since, reports.iter().map(|p| p.start()).min()) {
        (Some(s), _) => s,
        (None, Some(start)) => start,
        (None, None) => return Vec::new(),
    };
    let mut out = Vec::new();
    let mut period = same_length_at(step, first);
    // A period is due `days` after it ends; stop at the first one not due yet.
    for _ in 0..10_000 {
        let Ok(due) = period.end().checked_add(jiff::Span::new().days(days)) else {
            break;
        };
        if due >= today || until.is_some_and(|u| period.start() > u) {
            break;
        }
        let covered = reports
            .iter()
            .any(|r| r.start() <= period.start() && period.end() <= r.end());
        if !covered {
            out.push(period);
        }
        match period.end().tomorrow() {
            Ok(next) => period = same_length_at(period, next),
            Err(_) => break,
        }
    }
    out
}

/// The period as long as `like` (a year, half, quarter or month) that holds `date`.
fn same_length_at(like: Period, date: Date) -> Period {
    let (y, m) = (date.year(), u8::try_from(date.month()).unwrap_or(1));
    match like {
        Period::Year(_) => Period::Year(y),
        Period::Half(..) => Period::Half(y, m.div_ceil(6)),
        Period::Quarter(..) => Period::Quarter(y, m.div_ceil(3)),
        Period::Month(..) => Period::Month(y, m),
    }
}

/// The overdue finance periods of each unit (filled in by `overdue_of`), said once per
/// unit: at its `unit:`, or at `site.yaml` for the site's own.
pub fn overdue_found(
    units: &[Unit],
    sections: &BTreeMap<String, Section>,
    config: &Config,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for unit in units {
        if unit.overdue.is_empty() {
            continue;
        }
        let location = match sections
            .get(&unit.folder)
            .and_then(|s| s.unit_settings.declared.as_ref())
        {
            Some((file, pos)) if !unit.folder.is_empty() => file.at(*pos),
            _ => Location::file(config.source.path.clone()),
        };
        let periods = unit.overdue.clone();
        out.push(
            Problem::FinanceOverdue {
                unit: unit.name.clone(),
                periods,
                days: due_days(config, units).unwrap_or(DEFAULT_DUE_DAYS),
            }
            .at(location),
        );
    }
    out
}

/// Two items of one unit with one title and one period: the later one is reported.
/// `items` pairs each item with its unit, in the site's order; the units may be mixed
/// (only items of one unit are compared), so one unit's items give that unit's findings.
pub fn duplicate_titles(items: &[(&Item, &str)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<(&str, Period, &str), &Item> = BTreeMap::new();
    let mut by_date: Vec<&(&Item, &str)> = items.iter().collect();
    by_date.sort_by_key(|(item, _)| item.common.published.value);
    for (item, unit) in by_date {
        let Some(period) = &item.common.period else {
            continue;
        };
        let key = (*unit, period.value, item.common.title.value.trim());
        match seen.get(&key) {
            Some(first) => out.push(
                Problem::DuplicateTitle {
                    title: item.common.title.value.clone(),
                    unit: unit.to_string(),
                    period: period.value,
                    first: first.source.path.clone(),
                }
                .at(item.source.at(item.common.title.pos))
                .with_related(
                    first.source.at(first.common.title.pos),
                    crate::messages::Related::OtherFile,
                ),
            ),
            None => {
                seen.insert(key, item);
            }
        }
    }
    out
}

/// What the unit rules find in one item on its own: content that takes the page of its
/// unit board's print run (an error), an item for a period outside its unit's
/// `since:`/`until:` (a warning). `board` is the item's board in `units`, `unit` its
/// issuing body.
pub fn item_found(
    item: &Item,
    board: usize,
    unit: &str,
    units: &[Unit],
    sections: &BTreeMap<String, Section>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // A unit board's print run takes `<folder>/board`: content may not.
    if let Some(owner) = units.get(board).filter(|u| !u.folder.is_empty()) {
        let page = super::paths::page_path_of(&item.content_path);
        let below = page
            .strip_prefix(owner.folder.as_str())
            .and_then(|p| p.strip_prefix('/'))
            .unwrap_or("");
        let first = below.split('/').next().unwrap_or("").to_ascii_lowercase();
        if first == "board" {
            out.push(
                Problem::DuplicateUrl {
                    url: page.clone(),
                    others: vec![crate::messages::PageClaim::Reserved(first)],
                }
                .at(Location::file(format!("content/{}", item.content_path))),
            );
        }
    }
    // Posting outside the unit's existence: the nearest section with `since:`/`until:`.
    if let Some((since, until)) = lifetime(item.folder(), sections) {
        let (start, end, pos) = match &item.common.period {
            Some(p) => (p.value.start(), p.value.end(), p.pos),
            None => {
                let d = item.common.published.value;
                (d, d, item.common.published.pos)
            }
        };
        if since.is_some_and(|s| end < s) || until.is_some_and(|u| start > u) {
            out.push(
                Problem::OutsideUnitLifetime {
                    unit: unit.to_string(),
                    since: since.map(|d| d.to_string()),
                    until: until.map(|d| d.to_string()),
                }
                .at(item.source.at(pos)),
            );
        }
    }
    out
}

/// The `since:`/`until:` of the nearest section at or above `folder` that gives either.
fn lifetime(
    mut folder: &str,
    sections: &BTreeMap<String, Section>,
) -> Option<(Option<Date>, Option<Date>)> {
    loop {
        if let Some(s) = sections.get(folder) {
            let u = &s.unit_settings;
            if u.since.is_some() || u.until.is_some() {
                return Some((
                    u.since.as_ref().map(|d| d.value),
                    u.until.as_ref().map(|d| d.value),
                ));
            }
        }
        if folder.is_empty() {
            return None;
        }
        folder = folder_above(folder);
    }
}

/// A finance period an item reports to its board's regular disclosure: a report that is
/// not a draft and is out by `today`.
pub fn reported_period(item: &Item, today: Date) -> Option<Period> {
    match (&item.body, &item.common.period) {
        (Body::Finance(_), Some(p))
            if !item.common.draft && item.common.published.value <= today =>
        {
            Some(p.value)
        }
        _ => None,
    }
}

/// The overdue finance periods of `unit`, whose reports are `reports` (see
/// `reported_period`); none when the check is off (`days` is `due_days`).
pub fn overdue_of(
    unit: &Unit,
    reports: &[Period],
    sections: &BTreeMap<String, Section>,
    today: Date,
    days: Option<i64>,
) -> Vec<Period> {
    let Some(days) = days else {
        return Vec::new();
    };
    let settings = sections.get(&unit.folder).map(|s| &s.unit_settings);
    let since = settings.and_then(|s| s.since.as_ref()).map(|d| d.value);
    let until = settings.and_then(|s| s.until.as_ref()).map(|d| d.value);
    overdue(reports, since, until, today, days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn quarters_closed_long_enough_ago_are_due() {
        let reports = [Period::Quarter(2025, 3), Period::Quarter(2026, 1)];
        // 2025-Q4 ended 2025-12-31: due 2026-01-30, missing.
        let found = overdue(&reports, None, None, date(2026, 5, 10), 30);
        assert_eq!(found, [Period::Quarter(2025, 4)]);
        // 2026-Q1 is posted; 2026-Q2 is not over yet.
        let found = overdue(&reports, None, None, date(2026, 1, 20), 30);
        assert!(found.is_empty(), "{found:?}");
        // From `since:`, before the first report.
        let found = overdue(
            &reports,
            Some(date(2025, 1, 1)),
            None,
            date(2026, 5, 10),
            30,
        );
        assert_eq!(
            found,
            [
                Period::Quarter(2025, 1),
                Period::Quarter(2025, 2),
                Period::Quarter(2025, 4)
            ]
        );
        // A yearly report covers its quarters; nothing for a unit with nothing.
        assert!(overdue(&[Period::Year(2025)], None, None, date(2026, 3, 1), 30).is_empty());
        assert!(overdue(&[], None, None, date(2026, 3, 1), 30).is_empty());
    }
}
