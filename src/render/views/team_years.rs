//! The pay and merits year summaries (`list/pay/<year>/`, `list/merits/<year>/`): each
//! unit's teams, each team's items of a year one row per item, summed, with the team's,
//! the unit's and the whole year's totals in 大写. A team is a team of its unit: two units'
//! 通风一班 are two teams, never summed together. Only figures the rules computed are summed (`PayFigures`,
//! `MeritsFigures`), never a row: no person is named, in either privacy mode.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Cell, ColumnType, Figure, TableView, figure, table::columns, total};
use crate::check::merits::MeritsFigures;
use crate::check::pay::PayFigures;
use crate::config::Language;
use crate::model::{Fen, Pay};
use crate::render::labels::tables::TableLabels;

/// One team's items of a year, summed.
#[derive(Serialize)]
pub struct TeamYear {
    /// The team (the item's `team:`, else the unit that issues it).
    pub team: String,
    /// The unit that issues its items.
    pub unit: String,
    /// The team's year totals, with 大写.
    pub figures: Vec<Figure>,
    /// One row per item, in period order, and the year's totals as the footer.
    #[serde(serialize_with = "super::table::serialize_page")]
    pub table: TableView,
}

/// One unit's teams on a year page, and the unit's totals over them.
#[derive(Serialize)]
pub struct UnitYear {
    /// The unit (the issuing body).
    pub unit: String,
    /// The unit's totals over its teams, with 大写.
    pub figures: Vec<Figure>,
    /// Its teams, by name.
    pub teams: Vec<TeamYear>,
}

/// A year summary page: every unit's teams, and the totals over all of them.
#[derive(Serialize)]
pub struct YearView {
    /// The totals over every team of every unit, with 大写.
    pub figures: Vec<Figure>,
    /// The units, by name, each with its teams.
    pub units: Vec<UnitYear>,
    /// How many teams the page holds (over every unit).
    pub team_count: usize,
}

/// One item on a year page: its team, page address, period (or date) label, and sort
/// key, then the item as written and what the rules computed of it.
pub struct Entry<'a, B, D> {
    /// The unit that issues it.
    pub unit: String,
    /// The team it is summed under, within its unit.
    pub team: String,
    /// Its page.
    pub href: String,
    /// 2026年3月 (a merits notice without a period: its publishing date).
    pub label: String,
    /// The order within the team: the period's start, else the publishing date.
    pub order: (jiff::civil::Date, String),
    /// The item as written.
    pub body: &'a B,
    /// What the rules computed of it.
    pub figures: &'a D,
}

impl Entry<'_, (), ()> {
    /// The same entry with the item's body and figures (the place is read the same way
    /// for every kind).
    pub fn with<'b, B, D>(self, body: &'b B, figures: &'b D) -> Entry<'b, B, D> {
        Entry {
            unit: self.unit,
            team: self.team,
            href: self.href,
            label: self.label,
            order: self.order,
            body,
            figures,
        }
    }
}

/// A pay item on the pay year page.
pub type PayEntry<'a> = Entry<'a, Pay, PayFigures>;
/// A merits notice on the merits year page (the body is not needed: the figures hold it).
pub type MeritsEntry<'a> = Entry<'a, (), MeritsFigures>;

/// The sum of the amounts given, or none when there are none (a column no item has).
fn sum_some(amounts: impl IntoIterator<Item = Option<Fen>>) -> Option<Fen> {
    let given: Vec<Fen> = amounts.into_iter().flatten().collect();
    (!given.is_empty()).then(|| total(given))
}

/// A money cell, empty for an amount the item does not have.
fn money(amount: Option<Fen>) -> Cell {
    amount.map_or(Cell::Empty, Cell::money)
}

/// One team's entries, in order: (unit, team) -> entries.
type Teams<'e, B, D> = BTreeMap<(&'e str, &'e str), Vec<&'e Entry<'e, B, D>>>;

/// Groups `entries` by unit and team (a team's name is its unit's: two units' teams of
/// one name stay apart), each team's in order.
fn by_team<'e, B, D>(entries: &'e [Entry<B, D>]) -> Teams<'e, B, D> {
    let mut teams: Teams<B, D> = BTreeMap::new();
    for e in entries {
        teams
            .entry((e.unit.as_str(), e.team.as_str()))
            .or_default()
            .push(e);
    }
    for list in teams.values_mut() {
        list.sort_by(|a, b| a.order.cmp(&b.order).then(a.href.cmp(&b.href)));
    }
    teams
}

/// The year page over `entries`: each team's part made by `team_part` (given the team's
/// caption name and its entries), grouped by unit with the unit's figures by `figures`.
fn year_view<'e, B, D>(
    entries: &'e [Entry<'e, B, D>],
    w: &TableLabels,
    team_part: impl Fn(&str, &[&'e Entry<'e, B, D>]) -> (TableView, Vec<Figure>),
    figures: impl Fn(&mut dyn Iterator<Item = &'e Entry<'e, B, D>>) -> Vec<Figure>,
) -> YearView {
    let teams = by_team(entries);
    let several_units = teams.keys().map(|(u, _)| u).collect::<BTreeSet<_>>().len() > 1;
    let mut units: Vec<UnitYear> = Vec::new();
    for ((unit, team), list) in &teams {
        // With several units a caption names the unit too: the CSV and the printout
        // stand apart from the page's headings.
        let named = match several_units {
            true => w.team_of_unit(unit, team),
            false => team.to_string(),
        };
        let (table, team_figures) = team_part(&named, list);
        let team = TeamYear {
            team: team.to_string(),
            unit: unit.to_string(),
            figures: team_figures,
            table,
        };
        match units.last_mut() {
            Some(last) if last.unit == *unit => last.teams.push(team),
            _ => units.push(UnitYear {
                unit: unit.to_string(),
                figures: Vec::new(),
                teams: vec![team],
            }),
        }
    }
    for unit in &mut units {
        let mut mine = entries.iter().filter(|e| e.unit == unit.unit);
        unit.figures = figures(&mut mine);
    }
    let team_count = teams.len();
    // One page holds several tables: HTML ids (and CSV names) must stay unique.
    if team_count > 1 {
        let tables = units.iter_mut().flat_map(|u| u.teams.iter_mut());
        for (i, team) in tables.enumerate() {
            team.table.id = format!("{}-{}", team.table.id, i + 1);
        }
    }
    YearView {
        figures: figures(&mut entries.iter()),
        units,
        team_count,
    }
}

/// `table` with only the columns `keep` marks.
fn only(mut table: TableView, keep: &[bool]) -> TableView {
    let kept = |i: &usize| keep.get(*i).copied().unwrap_or(true);
    let filter = |cells: Vec<Cell>| -> Vec<Cell> {
        cells
            .into_iter()
            .enumerate()
            .filter(|(i, _)| kept(i))
            .map(|(_, c)| c)
            .collect()
    };
    table.columns = std::mem::take(&mut table.columns)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| kept(i))
        .map(|(_, c)| c)
        .collect();
    table.rows = std::mem::take(&mut table.rows)
        .into_iter()
        .map(filter)
        .collect();
    table.footer = table.footer.take().map(filter);
    table
}

/// The pay figures summed over some items: pool, distributed, 实发, balance, people.
#[derive(Default)]
struct PaySums {
    pool: Option<Fen>,
    distributed: Fen,
    net: Option<Fen>,
    balance: Option<Fen>,
}

impl PaySums {
    fn of<'a>(entries: impl Iterator<Item = &'a PayEntry<'a>> + Clone) -> PaySums {
        PaySums {
            pool: sum_some(
                entries
                    .clone()
                    .map(|e| e.body.pool.as_ref().map(|p| p.value)),
            ),
            distributed: total(entries.clone().map(|e| e.figures.distributed_sum)),
            net: sum_some(entries.clone().map(|e| e.figures.net_sum)),
            balance: sum_some(entries.map(|e| e.figures.balance)),
        }
    }

    /// The key figures with 大写.
    fn figures(&self, w: &TableLabels, lang: Language) -> Vec<Figure> {
        let mut out = Vec::new();
        if let Some(pool) = self.pool {
            out.push(figure("pool", &w.pool, pool, true, lang));
        }
        out.push(figure(
            "distributed",
            &w.distributed,
            self.distributed,
            true,
            lang,
        ));
        if let Some(net) = self.net {
            out.push(figure("net", &w.net, net, true, lang));
        }
        if let Some(balance) = self.balance {
            out.push(figure("balance", &w.balance, balance, true, lang));
        }
        out
    }
}

/// The pay year page over `entries` (the pay items of one year).
pub fn pay_year(entries: &[PayEntry], language: Language) -> YearView {
    let w = TableLabels::of(language);
    let team_part = |named: &str, list: &[&PayEntry]| {
        let rows = list
            .iter()
            .map(|e| {
                vec![
                    Cell::link(e.label.clone(), e.href.clone()),
                    money(e.body.pool.as_ref().map(|p| p.value)),
                    Cell::money(e.figures.distributed_sum),
                    money(e.figures.net_sum),
                    money(e.figures.balance),
                    Cell::count(e.body.sheet.rows.len()),
                ]
            })
            .collect();
        let sums = PaySums::of(list.iter().copied());
        // A column no item of the team has (no pool given, no 实发 column, no balance
        // kept) is left out rather than shown empty.
        let keep = [
            true,
            sums.pool.is_some(),
            true,
            sums.net.is_some(),
            sums.balance.is_some(),
            true,
        ];
        let table = TableView {
            rows,
            footer: Some(vec![
                Cell::text(&w.year_total),
                money(sums.pool),
                Cell::money(sums.distributed),
                money(sums.net),
                money(sums.balance),
                Cell::Empty,
            ]),
            ..TableView::new(
                "pay-year",
                w.pay_year_caption(named),
                columns(&[
                    ("period", &w.year_period, ColumnType::Text),
                    ("pool", &w.pool, ColumnType::Money),
                    ("distributed", &w.distributed, ColumnType::Money),
                    ("net", &w.net, ColumnType::Money),
                    ("balance", &w.balance, ColumnType::Money),
                    ("people", &w.people, ColumnType::Count),
                ]),
            )
        }
        .roles(None, 0, Some(2));
        (only(table, &keep).laid_out(), sums.figures(w, language))
    };
    year_view(entries, w, team_part, |list| {
        let list: Vec<&PayEntry> = list.collect();
        PaySums::of(list.into_iter()).figures(w, language)
    })
}

/// The merits figures summed over some notices.
fn merits_sums<'a>(entries: impl Iterator<Item = &'a MeritsEntry<'a>> + Clone) -> [i64; 5] {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let mut sums = [0i64; 5];
    for e in entries {
        let d = e.figures;
        let large = d.large.iter().filter(|l| **l).count();
        for (sum, add) in sums.iter_mut().zip([
            count(d.rewards.0),
            d.rewards.1.0,
            count(d.penalties.0),
            d.penalties.1.0,
            count(large),
        ]) {
            *sum = sum.saturating_add(add);
        }
    }
    sums
}

/// The rewards and penalties totals as key figures with 大写.
fn merits_figures(sums: &[i64; 5], w: &TableLabels, lang: Language) -> Vec<Figure> {
    vec![
        figure("rewards", &w.rewards_total, Fen(sums[1]), true, lang),
        figure("penalties", &w.penalties_total, Fen(sums[3]), true, lang),
    ]
}

/// The merits year page over `entries` (the merits notices of one year).
pub fn merits_year(entries: &[MeritsEntry], language: Language) -> YearView {
    let w = TableLabels::of(language);
    let row = |label: Cell, s: &[i64; 5]| {
        vec![
            label,
            Cell::Count(s[0]),
            Cell::money(Fen(s[1])),
            Cell::Count(s[2]),
            Cell::money(Fen(s[3])),
            Cell::Count(s[4]),
        ]
    };
    let team_part = |named: &str, list: &[&MeritsEntry]| {
        let rows = list
            .iter()
            .map(|e| {
                let link = Cell::link(e.label.clone(), e.href.clone());
                row(link, &merits_sums(std::iter::once(*e)))
            })
            .collect();
        let sums = merits_sums(list.iter().copied());
        let table = TableView {
            rows,
            footer: Some(row(Cell::text(&w.year_total), &sums)),
            ..TableView::new(
                "merits-year",
                w.merits_year_caption(named),
                columns(&[
                    ("period", &w.year_period, ColumnType::Text),
                    ("rewards", &w.rewards_count, ColumnType::Count),
                    ("rewards_amount", &w.rewards_amount, ColumnType::Money),
                    ("penalties", &w.penalties_count, ColumnType::Count),
                    ("penalties_amount", &w.penalties_amount, ColumnType::Money),
                    ("large", &w.large_count, ColumnType::Count),
                ]),
            )
        }
        .roles(None, 0, None)
        .laid_out();
        (table, merits_figures(&sums, w, language))
    };
    year_view(entries, w, team_part, |list| {
        let list: Vec<&MeritsEntry> = list.collect();
        merits_figures(&merits_sums(list.into_iter()), w, language)
    })
}
