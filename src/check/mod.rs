//! Check: rules over the loaded site -> the `Board` that render draws.
//!
//! Computes what is derived (disclosure window, status against the build date, the unit
//! each item is issued by, corrections in both directions), decides which items are
//! published (drafts and scheduled items left out unless asked), and reports rules that
//! span items: `corrects:` targets, two files on one page, reserved page names. The
//! domain rules of each data kind plug in here as their own modules.
//!
//! What the rules compute for an item's pages (its page path, `paths`; its kind's
//! outcomes, totals, classifications and masked names, `Derived`) is carried on its
//! `CheckedItem`, so render only reads it.

pub mod assessment;
pub mod attendance;
pub mod congress;
pub mod corrections;
mod cross;
pub mod finance;
pub mod merits;
pub mod paths;
pub mod pay;
pub mod privacy;
pub mod privacy_scan;
pub mod published;
mod sections;
pub mod sheet;
mod sources;
pub mod units;
pub mod welfare;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

use jiff::civil::Date;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Location};
use crate::messages::{PageClaim, Problem, Related};
use crate::model::{Body, Item, Section, Site};
use paths::page_path_of;

/// What the build date and flags are.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The date status is computed against.
    pub today: Date,
    /// Publish drafts.
    pub drafts: bool,
    /// Publish items whose `published` date is after `today`.
    pub future: bool,
}

/// Where an item stands in its disclosure period on the build date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// 公示中.
    Open,
    /// 即将公示: the period starts later.
    Upcoming,
    /// 公示期满.
    Closed,
}

impl Status {
    /// Stable word for CSS classes and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Upcoming => "upcoming",
            Status::Closed => "closed",
        }
    }
}

/// 公示期, inclusive at both ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

impl Window {
    /// Status of the window on `today`.
    pub fn status(self, today: Date) -> Status {
        if today < self.from {
            Status::Upcoming
        } else if today <= self.to {
            Status::Open
        } else {
            Status::Closed
        }
    }
}

/// An item with everything computed that pages need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedItem {
    /// The item as loaded (shared with the loaded site).
    pub item: Arc<Item>,
    /// Where its page goes under the output (see `paths::page_path_of`); shared with the
    /// preview's memo, so that comparing and copying it costs nothing.
    pub page_path: Arc<str>,
    /// Its 公示期.
    pub window: Window,
    /// Its status on the build date.
    pub status: Status,
    /// The issuing body: the item's own, else the nearest section's, else the site's.
    pub unit: Arc<str>,
    /// Content paths of published items that correct this one.
    pub corrected_by: Vec<String>,
    /// Content path of the item this corrects, when that one is published.
    pub corrects: Option<String>,
    /// What each item of `corrected_by` (same order) changed against this one.
    pub differences: Vec<Arc<corrections::Difference>>,
    /// What its kind's rules computed for its pages (shared with the preview's memo).
    pub derived: Arc<Derived>,
    /// Its board: the index in `Board::units` of the nearest unit board above it (0, the
    /// site's, for most).
    pub board: usize,
    /// Supervision and signatures from a unit above it, when one gives its own.
    pub local: Option<Arc<units::LocalSettings>>,
}

/// What the rules of an item's kind computed, for the views to show as they are: pages,
/// downloads and the rules never disagree, and nothing is computed twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Derived {
    /// A notice: nothing to compute.
    Notice,
    /// 出勤: the team's and each person's totals.
    Attendance(attendance::AttendanceFigures),
    /// 经费收支: each line's account, totals by category, budget execution, balances.
    Finance(finance::FinanceFigures),
    /// 福利发放: public texts (recipients' names masked) and sums per reason.
    Welfare(welfare::WelfareFigures),
    /// 职代会: the quorum and every resolution's result.
    Congress(congress::Outcome),
    /// 工资奖金分配: the public rows (names masked), sums and the balance.
    Pay(pay::PayFigures),
    /// 奖惩: the public entries, the totals and the large penalties.
    Merits(merits::MeritsFigures),
    /// 综合考核: totals, ranks, the last place and the average.
    Assessment(assessment::AssessmentFigures),
    /// 其他公开: the public rows and column sums.
    Table(sheet::SheetFigures),
}

/// The checked site: what gets published.
#[derive(Clone, Debug, Default)]
pub struct Board {
    /// Published items, sorted by content path.
    pub items: Vec<CheckedItem>,
    /// Section settings for every folder that holds published items.
    pub sections: BTreeMap<String, Section>,
    /// Files copied as they are.
    pub assets: Vec<crate::model::Asset>,
    /// The boards: the site's first, then each unit board (`units`).
    pub units: Vec<units::Unit>,
}

/// Page paths gongkai uses for its own pages; content must not take them.
pub const RESERVED: &[&str] = &[
    "list",
    "year",
    "theme",
    "search",
    "board",
    "static",
    "corrections",
];

/// What each item's own rules found last time, for the preview: an item that is the very
/// same (shared, unchanged) value under the same settings is not checked again.
#[derive(Default)]
pub struct CheckMemo {
    /// False for one-shot runs: nothing is kept.
    keep: bool,
    /// The settings the findings were made under.
    config: Option<Config>,
    /// By content path: the item, and what its own rules found and computed.
    items: FxHashMap<String, (Arc<Item>, Own)>,
    /// The item files and what `check_paths` found in them.
    paths: Option<(Vec<String>, Vec<Diagnostic>)>,
    /// What the privacy guard found in each content file.
    sources: sources::SourceMemo,
    /// Where each item sat and what the rules across items found (see `cross`).
    cross: cross::CrossMemo,
}

impl CheckMemo {
    /// A memo that keeps findings between runs (the preview's).
    pub fn new() -> CheckMemo {
        CheckMemo {
            keep: true,
            ..CheckMemo::default()
        }
    }
}

/// Runs the common rules and builds the board.
pub fn check(config: &Config, site: &Site, options: &Options) -> (Board, Vec<Diagnostic>) {
    check_with(config, site, options, &mut CheckMemo::default())
}

/// What an item's own rules (those of its kind that need no other item) found and
/// computed.
#[derive(Clone)]
struct Own {
    window: Window,
    found: Vec<Diagnostic>,
    derived: Arc<Derived>,
}

/// An item's disclosure window, what its own rules find (the privacy guard over its text
/// among them), and what they compute for its pages.
fn own_rules(item: &Item, config: &Config, allow: &privacy::Allow) -> Own {
    let mut found = privacy::scan_source(&item.source, allow);
    let window = window_of(item, config, &mut found);
    let derived = match &item.body {
        Body::Attendance(a) => {
            found.extend(attendance::check(item, a));
            Derived::Attendance(attendance::figures(a))
        }
        Body::Congress(c) => {
            let outcome = congress::outcome(c);
            found.extend(congress::check(item, c, &outcome));
            Derived::Congress(outcome)
        }
        Body::Finance(f) => {
            let figures = finance::figures(f, config);
            found.extend(finance::check(item, f, &figures));
            Derived::Finance(figures)
        }
        Body::Welfare(w) => {
            let figures = welfare::figures(item, w, config);
            found.extend(welfare::check(item, w, &figures));
            Derived::Welfare(figures)
        }
        Body::Pay(p) => {
            let figures = pay::figures(item, p, config);
            found.extend(pay::check(item, p, &figures));
            Derived::Pay(figures)
        }
        Body::Merits(m) => {
            found.extend(merits::check(item, m));
            Derived::Merits(merits::figures(item, m, config))
        }
        Body::Assessment(a) => {
            let figures = assessment::figures(item, a, config);
            found.extend(assessment::check(item, a, &figures));
            Derived::Assessment(figures)
        }
        Body::Table(t) => {
            found.extend(sheet::check(item, &t.sheet));
            Derived::Table(sheet::public(item, &t.sheet, config))
        }
        Body::Notice(_) => Derived::Notice,
    };
    Own {
        window,
        found,
        derived: Arc::new(derived),
    }
}

/// Runs the rules like `check`, taking from `memo` the findings of items that did not
/// change since the run that filled it, and filling it for the next.
pub fn check_with(
    config: &Config,
    site: &Site,
    options: &Options,
    memo: &mut CheckMemo,
) -> (Board, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let same_files = matches!(&memo.paths, Some((files, _)) if *files == site.item_files);
    match &memo.paths {
        Some((_, found)) if same_files => diagnostics.extend_from_slice(found),
        _ => {
            check_paths(site, &mut diagnostics);
            if memo.keep {
                memo.paths = Some((site.item_files.clone(), diagnostics.clone()));
            }
        }
    }
    // Only corrections name other items; most boards have none or a few.
    let corrections = site.items.iter().any(|i| i.common.corrects.is_some());
    let known: BTreeSet<&str> = match corrections {
        true => site.item_files.iter().map(String::as_str).collect(),
        false => BTreeSet::new(),
    };
    // Item files that failed to load: a reference to one says so and points at it,
    // rather than saying it names no item (its own error is the root cause).
    let unreadable = unreadable_items(site);
    if memo.config.as_ref() != Some(config) {
        memo.items.clear();
        memo.sources = sources::SourceMemo::default();
        memo.cross = cross::CrossMemo::default();
        memo.config = memo.keep.then(|| config.clone());
    }
    let allow = privacy::Allow::new(&config.privacy.allow);
    diagnostics.extend(sources::scan(
        config,
        site,
        &allow,
        memo.keep.then_some(&mut memo.sources),
    ));
    // Each item's own rules, in parallel: the live preview runs them on every save.
    // With each, whether the memo holds this very value (and needs no new entry).
    let own: Vec<(Own, bool)> = site
        .items
        .par_iter()
        .map(|item| match memo.items.get(&item.content_path) {
            Some((old, own)) if old == item => (own.clone(), Arc::ptr_eq(old, item)),
            _ => (own_rules(item, config, &allow), false),
        })
        .collect();
    if memo.keep {
        for (item, (own, kept)) in site.items.iter().zip(&own) {
            if !kept {
                memo.items
                    .insert(item.content_path.clone(), (item.clone(), own.clone()));
            }
        }
        if memo.items.len() > site.items.len() {
            let current: BTreeSet<&str> =
                site.items.iter().map(|i| i.content_path.as_str()).collect();
            memo.items.retain(|path, _| current.contains(path.as_str()));
        }
    }
    // Each item's window and computed values, for its checked item.
    let mut computed = Vec::with_capacity(site.items.len());
    for (item, (own, _)) in site.items.iter().zip(own) {
        computed.push((own.window, own.derived));
        diagnostics.extend(own.found);
        if let Some(target) = &item.common.corrects {
            let problem = if target.value == item.content_path {
                Some(Problem::CorrectsSelf)
            } else if unreadable.contains(target.value.as_str()) {
                let at = item.source.at(target.pos);
                diagnostics.push(refers_to_unreadable("corrects", &target.value, at));
                None
            } else if !known.contains(target.value.as_str()) {
                Some(Problem::CorrectsMissing {
                    target: target.value.clone(),
                })
            } else {
                None
            };
            if let Some(p) = problem {
                diagnostics.push(p.at(item.at(target.pos)));
            }
        }
    }
    let published = |item: &Item| {
        (!item.common.draft || options.drafts)
            && (item.common.published.value <= options.today || options.future)
    };
    let included: BTreeSet<&str> = site
        .items
        .iter()
        .filter(|i| corrections && published(i))
        .map(|i| i.content_path.as_str())
        .collect();
    let mut corrected_by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for item in site.items.iter().filter(|i| published(i)) {
        if let Some(target) = &item.common.corrects {
            corrected_by
                .entry(target.value.as_str())
                .or_default()
                .push(item.content_path.clone());
        }
    }
    let sections = sections::all_folders(site);
    let cross = cross::run(
        site,
        &sections,
        config,
        options.today,
        &unreadable,
        same_files,
        memo.keep.then_some(&mut memo.cross),
    );
    diagnostics.extend(cross.found);
    // Pay sheets against attendance, assessments against pay: few items of these kinds,
    // so they run over the whole site on every save.
    diagnostics.extend(pay::check_attendance(&site.items));
    diagnostics.extend(assessment::check_links(&site.items, &unreadable));
    let derived: Vec<Arc<Derived>> = match corrections {
        true => computed.iter().map(|(_, d)| d.clone()).collect(),
        false => Vec::new(),
    };
    let mut differences = corrections::differences(&site.items, &derived, config, &published);
    let mut items = Vec::new();
    for ((item, (window, derived)), placed) in site.items.iter().zip(computed).zip(cross.placed) {
        if !published(item) {
            continue;
        }
        let corrects = item
            .common
            .corrects
            .as_ref()
            .map(|c| c.value.clone())
            .filter(|c| included.contains(c.as_str()));
        items.push(CheckedItem {
            window,
            status: window.status(options.today),
            unit: placed.unit.clone(),
            corrected_by: corrected_by
                .remove(item.content_path.as_str())
                .unwrap_or_default(),
            corrects,
            differences: differences
                .remove(item.content_path.as_str())
                .unwrap_or_default(),
            page_path: placed.page_path.clone(),
            derived,
            board: placed.board,
            local: placed.local.clone(),
            item: item.clone(),
        });
    }
    items.sort_by(|a, b| a.item.content_path.cmp(&b.item.content_path));
    // A spreadsheet an item keeps its lines in is read, not published: its rows hold
    // what the item's page may show masked (the full names of a welfare list).
    let ledgers: HashSet<&str> = site
        .items
        .iter()
        .filter_map(|i| i.sheet.as_ref())
        .filter_map(|s| s.path.strip_prefix("content/"))
        .collect();
    let board = Board {
        items,
        sections,
        assets: site
            .assets
            .iter()
            .filter(|a| !ledgers.contains(a.content_path.as_str()))
            .cloned()
            .collect(),
        units: cross.boards,
    };
    (board, diagnostics)
}

/// The disclosure window, defaulting `from` to `published` and `to` to from + days.
fn window_of(item: &Item, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Window {
    let published = item.common.published.value;
    let input = item.common.disclosure.as_ref();
    let from = input
        .and_then(|d| d.from.as_ref())
        .map_or(published, |f| f.value);
    let default_to = from
        .checked_add(jiff::Span::new().days(config.disclosure_days))
        .unwrap_or(from);
    let to = input.and_then(|d| d.to.as_ref());
    let window = Window {
        from,
        to: to.map_or(default_to, |t| t.value),
    };
    if let Some(to) = to
        && to.value < from
    {
        diagnostics.push(
            Problem::DisclosureEndsBeforeStart {
                from: from.to_string(),
                to: to.value.to_string(),
            }
            .at(item.at(to.pos)),
        );
    }
    window
}

/// The unit of an item in `folder` that names none: the nearest section's up the folder
/// tree, else the site's.
pub fn section_unit<'a>(
    mut folder: &str,
    sections: &'a BTreeMap<String, Section>,
    config: &'a Config,
) -> &'a str {
    loop {
        if let Some(unit) = sections.get(folder).and_then(|s| s.unit.as_deref()) {
            return unit;
        }
        if folder.is_empty() {
            return &config.unit;
        }
        folder = folder.rsplit_once('/').map_or("", |(parent, _)| parent);
    }
}

/// Two files on one page, and content that takes a page name of gongkai's own.
fn check_paths(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_page: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for file in &site.item_files {
        by_page.entry(page_path_of(file)).or_default().push(file);
    }
    let folders: BTreeSet<&str> = site
        .item_files
        .iter()
        .filter_map(|f| f.rsplit_once('/').map(|(folder, _)| folder))
        .collect();
    for (page, files) in &by_page {
        let mut claims: Vec<PageClaim> = Vec::new();
        if files.len() > 1 {
            claims.extend(
                files
                    .iter()
                    .map(|f| PageClaim::File(format!("content/{f}"))),
            );
        }
        if folders.contains(page.as_str()) {
            claims.push(PageClaim::Folder(page.clone()));
        }
        // In any letter case: `Search.md` and gongkai's `search/` are one folder on
        // Windows and macOS.
        let first = page.split('/').next().unwrap_or("").to_ascii_lowercase();
        if RESERVED.contains(&first.as_str()) || page == "index" {
            claims.push(PageClaim::Reserved(first));
        }
        if claims.is_empty() {
            continue;
        }
        for file in files {
            let path = format!("content/{file}");
            let others: Vec<PageClaim> = claims
                .iter()
                .filter(|c| !matches!(c, PageClaim::File(p) if *p == path))
                .cloned()
                .collect();
            let other_files: Vec<String> = others
                .iter()
                .filter_map(|c| match c {
                    PageClaim::File(p) => Some(p.clone()),
                    _ => None,
                })
                .collect();
            let mut d = Problem::DuplicateUrl {
                url: page.clone(),
                others,
            }
            .at(Location::file(path.clone()));
            for o in other_files {
                d = d.with_related(Location::file(o), Related::OtherFile);
            }
            diagnostics.push(d);
        }
    }
}

/// The content paths of item files (`.yaml`, `.md`) that were found but could not be
/// loaded: their own errors say why.
fn unreadable_items(site: &Site) -> BTreeSet<&str> {
    if site.item_files.len() == site.items.len() {
        return BTreeSet::new();
    }
    let loaded: BTreeSet<&str> = site.items.iter().map(|i| i.content_path.as_str()).collect();
    site.item_files
        .iter()
        .map(String::as_str)
        .filter(|p| !loaded.contains(p))
        .collect()
}

/// The note on a reference (`key: target`, at `at`) to an item file that could not be
/// loaded, pointing at that file, whose own error is the root cause.
pub(crate) fn refers_to_unreadable(key: &'static str, target: &str, at: Location) -> Diagnostic {
    Problem::RefersToUnreadable {
        key,
        target: target.to_string(),
    }
    .at(at)
    .with_related(
        Location::file(format!("content/{target}")),
        Related::Unreadable,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_status_is_inclusive() {
        let w = Window {
            from: jiff::civil::date(2026, 3, 30),
            to: jiff::civil::date(2026, 4, 6),
        };
        assert_eq!(w.status(jiff::civil::date(2026, 3, 29)), Status::Upcoming);
        assert_eq!(w.status(jiff::civil::date(2026, 3, 30)), Status::Open);
        assert_eq!(w.status(jiff::civil::date(2026, 4, 6)), Status::Open);
        assert_eq!(w.status(jiff::civil::date(2026, 4, 7)), Status::Closed);
    }
}
