//! Where each item sits, and the rules across items: an item's issuing unit, its board,
//! the settings a unit hands down to it and its page path; balances carried from period
//! to period (`finance::check_chain`), duplicate titles, overdue finance periods, unit
//! lifetimes and print-run pages (`units`), welfare paid from finance reports
//! (`welfare::check_funding`).
//!
//! A one-shot check runs them over every item. The preview keeps (`CrossMemo`) each
//! item's placement and what each group of items gave: a unit's chain of balances and
//! duplicate titles, a board's overdue periods, the funding links. After an edit only the
//! groups the edited items were or are in run again, and the result is the one a run over
//! every item gives, since each rule compares only items of one group. A change in which
//! files there are, in the sections, or of the build date runs them all (the settings
//! empty the memo, see `CheckMemo`). Must not: build the board (the caller does).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;

use super::units::{self, LocalSettings, Unit};
use super::{finance, paths, section_unit, welfare};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::{Body, Item, Period, Section, Site};

/// Where one item sits, and what the unit rules find in it alone.
#[derive(Debug)]
pub(super) struct Placed {
    /// The issuing body: the item's own, else the nearest section's, else the site's.
    pub unit: Arc<str>,
    /// Its board (index in `Cross::boards`).
    pub board: usize,
    /// Settings from a unit above it (see `units::local_settings`).
    pub local: Option<Arc<LocalSettings>>,
    /// Its page path (see `paths::page_path_of`).
    pub page_path: Arc<str>,
    /// What `units::item_found` found in it.
    pub found: Vec<Diagnostic>,
}

/// The placement of every item and what the rules across items found.
pub(super) struct Cross {
    /// `placed[i]` is where `site.items[i]` sits.
    pub placed: Vec<Arc<Placed>>,
    /// The site's board and each unit board, with their overdue periods.
    pub boards: Vec<Unit>,
    /// Every finding of the rules across items.
    pub found: Vec<Diagnostic>,
}

/// What the rules across items found last time, by group (the preview's).
#[derive(Default)]
pub(crate) struct CrossMemo {
    /// What the placements were made under: the sections, the build date and the item
    /// files that failed to load.
    scope: Option<Scope>,
    /// By content path: the item and where it sat.
    items: HashMap<String, (Arc<Item>, Arc<Placed>)>,
    /// By unit: what the chain of balances found.
    chains: HashMap<String, Vec<Diagnostic>>,
    /// By unit: the duplicate titles.
    titles: HashMap<String, Vec<Diagnostic>>,
    /// By board: the overdue periods.
    overdue: Vec<Vec<Period>>,
    /// What the funding links gave.
    funding: Vec<Diagnostic>,
}

/// What a memo's placements and findings were made under.
#[derive(PartialEq)]
struct Scope {
    sections: BTreeMap<String, Section>,
    today: Date,
    unreadable: Vec<String>,
}

/// Places every item and runs the rules across items. `same_files` says that the item
/// files found are those of the run that filled `memo` (which `unreadable`, the files
/// that failed to load, is made from).
pub(super) fn run(
    site: &Site,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    today: Date,
    unreadable: &BTreeSet<&str>,
    same_files: bool,
    memo: Option<&mut CrossMemo>,
) -> Cross {
    let boards = units::boards(sections, config);
    let Some(memo) = memo else {
        return afresh(site, sections, config, today, unreadable, boards);
    };
    // The same item files, of which the same failed: the same items were loaded.
    let same_scope = same_files
        && memo.items.len() == site.items.len()
        && memo.scope.as_ref().is_some_and(|s| {
            s.today == today
                && s.sections == *sections
                && s.unreadable
                    .iter()
                    .map(String::as_str)
                    .eq(unreadable.iter().copied())
        });
    if !same_scope {
        *memo = CrossMemo::default();
        fill(memo, site, sections, config, today, unreadable, &boards);
        memo.scope = Some(Scope {
            sections: sections.clone(),
            today,
            unreadable: unreadable.iter().map(|s| s.to_string()).collect(),
        });
    }
    again(memo, site, sections, config, today, unreadable, boards)
}

/// A one-shot run: every rule over every item.
fn afresh(
    site: &Site,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    today: Date,
    unreadable: &BTreeSet<&str>,
    mut boards: Vec<Unit>,
) -> Cross {
    let placed = place_all(site, sections, config, &boards);
    let mut found = welfare::check_funding(&site.items, unreadable, config);
    let with_units: Vec<(&Item, &str)> = site
        .items
        .iter()
        .zip(&placed)
        .map(|(i, p)| (&**i, &*p.unit))
        .collect();
    found.extend(finance::check_chain(with_units.iter().copied()));
    found.extend(units::duplicate_titles(&with_units));
    drop(with_units);
    let mut reports: Vec<Vec<Period>> = vec![Vec::new(); boards.len()];
    for (item, p) in site.items.iter().zip(&placed) {
        if let Some(period) = units::reported_period(item, today) {
            reports[p.board].push(period);
        }
    }
    let days = units::due_days(config, &boards);
    for (unit, reports) in boards.iter_mut().zip(&reports) {
        unit.overdue = units::overdue_of(unit, reports, sections, today, days);
    }
    found.extend(units::overdue_found(&boards, sections, config));
    found.extend(placed.iter().flat_map(|p| p.found.iter().cloned()));
    Cross {
        placed: placed.into_iter().map(Arc::new).collect(),
        boards,
        found,
    }
}

/// Every item's placement; a folder's unit is looked up once per run of its items
/// (items come in listing order, where a folder's items mostly follow each other).
fn place_all(
    site: &Site,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    boards: &[Unit],
) -> Vec<Placed> {
    let mut folder_unit: Option<(&str, &str)> = None;
    site.items
        .iter()
        .map(|item| {
            let folder = item.folder();
            let unit = match &item.common.unit {
                Some(unit) => unit.value.as_str(),
                None => {
                    let unit = match folder_unit {
                        Some((f, unit)) if f == folder => unit,
                        _ => section_unit(folder, sections, config),
                    };
                    folder_unit = Some((folder, unit));
                    unit
                }
            };
            place(item, unit, sections, config, boards)
        })
        .collect()
}

/// Where `item`, issued by `unit`, sits.
fn place(
    item: &Item,
    unit: &str,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    boards: &[Unit],
) -> Placed {
    let folder = item.folder();
    let board = units::board_of(folder, boards);
    Placed {
        unit: Arc::from(unit),
        board,
        local: units::local_settings(folder, sections, config),
        page_path: Arc::from(paths::page_path_of(&item.content_path)),
        found: units::item_found(item, board, unit, boards, sections),
    }
}

/// Fills an empty memo: every item placed, every group run.
fn fill(
    memo: &mut CrossMemo,
    site: &Site,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    today: Date,
    unreadable: &BTreeSet<&str>,
    boards: &[Unit],
) {
    let placed = place_all(site, sections, config, boards);
    let every_unit: HashSet<&str> = placed.iter().map(|p| &*p.unit).collect();
    let every_board: HashSet<usize> = (0..boards.len()).collect();
    memo.overdue = vec![Vec::new(); boards.len()];
    rerun_groups(
        memo,
        site,
        &placed,
        &every_unit,
        &every_board,
        sections,
        config,
        today,
        boards,
    );
    memo.funding = welfare::check_funding(&site.items, unreadable, config);
    memo.items = site
        .items
        .iter()
        .zip(placed)
        .map(|(item, p)| (item.content_path.clone(), (item.clone(), Arc::new(p))))
        .collect();
}

/// Runs again the groups of `dirty_units` and `dirty_boards`, over the items placed as
/// `placed` says (`placed[i]` for `site.items[i]`).
#[allow(clippy::too_many_arguments)]
fn rerun_groups<P: std::borrow::Borrow<Placed>>(
    memo: &mut CrossMemo,
    site: &Site,
    placed: &[P],
    dirty_units: &HashSet<&str>,
    dirty_boards: &HashSet<usize>,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    today: Date,
    boards: &[Unit],
) {
    let mut by_unit: BTreeMap<&str, Vec<(&Item, &str)>> =
        dirty_units.iter().map(|u| (*u, Vec::new())).collect();
    let mut reports: BTreeMap<usize, Vec<Period>> =
        dirty_boards.iter().map(|b| (*b, Vec::new())).collect();
    for (item, p) in site.items.iter().zip(placed) {
        let p = p.borrow();
        if let Some(list) = by_unit.get_mut(&*p.unit) {
            list.push((&**item, &*p.unit));
        }
        if let (Some(list), Some(period)) = (
            reports.get_mut(&p.board),
            units::reported_period(item, today),
        ) {
            list.push(period);
        }
    }
    for (unit, items) in by_unit {
        memo.chains.insert(
            unit.to_string(),
            finance::check_chain(items.iter().copied()),
        );
        memo.titles
            .insert(unit.to_string(), units::duplicate_titles(&items));
    }
    let days = units::due_days(config, boards);
    for (board, reports) in reports {
        if let (Some(unit), Some(slot)) = (boards.get(board), memo.overdue.get_mut(board)) {
            *slot = units::overdue_of(unit, &reports, sections, today, days);
        }
    }
}

/// A run with a filled memo of the same scope: items that are the very same value keep
/// their placement, and only the groups of the others run again.
fn again(
    memo: &mut CrossMemo,
    site: &Site,
    sections: &BTreeMap<String, Section>,
    config: &Config,
    today: Date,
    unreadable: &BTreeSet<&str>,
    mut boards: Vec<Unit>,
) -> Cross {
    let mut placed = Vec::with_capacity(site.items.len());
    // The units and boards an edited item was or is in; whether one was or is money.
    let mut units_hit: HashSet<Arc<str>> = HashSet::new();
    let mut boards_hit: HashSet<usize> = HashSet::new();
    let mut money = false;
    for item in &site.items {
        let kept = memo.items.get(&item.content_path);
        if let Some((_, p)) = kept.filter(|(old, _)| Arc::ptr_eq(old, item)) {
            placed.push(p.clone());
            continue;
        }
        let unit = match &item.common.unit {
            Some(unit) => unit.value.as_str(),
            None => section_unit(item.folder(), sections, config),
        };
        let p = Arc::new(place(item, unit, sections, config, &boards));
        match kept {
            Some((old, was)) => {
                units_hit.insert(was.unit.clone());
                boards_hit.insert(was.board);
                // A funding link names its finance report, and says what else it names.
                money |= is_money(old) || old.body.kind() != item.body.kind();
            }
            None => money = true,
        }
        units_hit.insert(p.unit.clone());
        boards_hit.insert(p.board);
        money |= is_money(item);
        memo.items
            .insert(item.content_path.clone(), (item.clone(), p.clone()));
        placed.push(p);
    }
    if !units_hit.is_empty() {
        let units: HashSet<&str> = units_hit.iter().map(|u| &**u).collect();
        rerun_groups(
            memo,
            site,
            &placed,
            &units,
            &boards_hit,
            sections,
            config,
            today,
            &boards,
        );
    }
    if money {
        memo.funding = welfare::check_funding(&site.items, unreadable, config);
    }
    for (unit, overdue) in boards.iter_mut().zip(&memo.overdue) {
        unit.overdue = overdue.clone();
    }
    let mut found = memo.funding.clone();
    found.extend(memo.chains.values().flatten().cloned());
    found.extend(memo.titles.values().flatten().cloned());
    found.extend(units::overdue_found(&boards, sections, config));
    found.extend(placed.iter().flat_map(|p| p.found.iter().cloned()));
    Cross {
        placed,
        boards,
        found,
    }
}

/// True for the kinds the funding links join: welfare lists and finance reports.
fn is_money(item: &Item) -> bool {
    matches!(item.body, Body::Welfare(_) | Body::Finance(_))
}
