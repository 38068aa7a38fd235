//! Rules of a rewards-and-penalties notice (奖惩公示), on the fixed columns of
//! `load::tabular::MERITS_COLUMNS`. Each entry needs a date, a name, a type (奖励 or 处罚)
//! and a reason; a penalty needs its `basis:` (the rule it rests on: workers must be able
//! to see why); a date lies inside the item's `period`. Each at the offending value.
//!
//! Computed here for the pages: the public entries (names masked), the totals of rewards
//! and of penalties, and which penalties reach the site's `large_penalty_threshold`
//! (大额处罚, flagged like 大额资金).

use crate::check::sheet::{self, SheetFigures, row_label};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, TableProblem};
use crate::model::sheet::CellValue;
use crate::model::{Fen, Item, Merits};

/// Column indexes of the fixed columns.
pub const DATE: usize = 0;
/// 姓名.
pub const NAME: usize = 1;
/// 类别: 奖励 or 处罚.
pub const TYPE: usize = 3;
/// 事由.
pub const REASON: usize = 4;
/// 金额.
pub const AMOUNT: usize = 5;
/// 依据.
pub const BASIS: usize = 6;

/// The type words a clerk writes.
pub const REWARD: &str = "奖励";
/// A penalty.
pub const PENALTY: &str = "处罚";

/// What the merits rules computed for the pages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeritsFigures {
    /// The entries as pages may show them.
    pub sheet: SheetFigures,
    /// Per entry: a penalty (else a reward).
    pub penalty: Vec<bool>,
    /// Per entry: a penalty at or above the site's threshold.
    pub large: Vec<bool>,
    /// Rewards: count and sum.
    pub rewards: (usize, Fen),
    /// Penalties: count and sum.
    pub penalties: (usize, Fen),
}

/// The figures of merits item `item` (whose body is `m`).
pub fn figures(item: &Item, m: &Merits, config: &Config) -> MeritsFigures {
    let s = &m.sheet;
    let is_penalty = |r: &crate::model::sheet::SheetRow| {
        r.cell(TYPE).and_then(|c| c.value.text()).map(str::trim) == Some(PENALTY)
    };
    let amount = |r: &crate::model::sheet::SheetRow| Fen(r.units(AMOUNT).unwrap_or(0));
    let penalty: Vec<bool> = s.rows.iter().map(is_penalty).collect();
    let large = s
        .rows
        .iter()
        .zip(&penalty)
        .map(|(r, p)| {
            *p && config
                .large_penalty_threshold
                .is_some_and(|t| amount(r) >= t)
        })
        .collect();
    let sum = |want: bool| {
        let rows: Vec<Fen> = s
            .rows
            .iter()
            .zip(&penalty)
            .filter(|(_, p)| **p == want)
            .map(|(r, _)| amount(r))
            .collect();
        (rows.len(), Fen::sum(rows).unwrap_or_default())
    };
    MeritsFigures {
        sheet: sheet::public(item, s, config),
        rewards: sum(false),
        penalties: sum(true),
        large,
        penalty,
    }
}

/// Every rule of one merits item.
pub fn check(item: &Item, m: &Merits) -> Vec<Diagnostic> {
    let s = &m.sheet;
    let mut out = sheet::check(item, s);
    for (index, row) in s.rows.iter().enumerate() {
        for (col, key) in [
            (DATE, "date"),
            (NAME, "name"),
            (TYPE, "type"),
            (REASON, "reason"),
        ] {
            if row.cell(col).is_none() {
                out.push(
                    Problem::from(TableProblem::RowNeeds { column: key.into() })
                        .at(item.at(row.pos)),
                );
            }
        }
        if let Some(cell) = row.cell(TYPE)
            && let Some(t) = cell.value.text()
            && ![REWARD, PENALTY].contains(&t.trim())
        {
            out.push(
                Problem::BadChoice {
                    key: "type".into(),
                    value: t.to_string(),
                    allowed: vec![REWARD, PENALTY],
                }
                .at(item.at(cell.pos)),
            );
        }
        let penalty = row.cell(TYPE).and_then(|c| c.value.text()).map(str::trim) == Some(PENALTY);
        if penalty && row.cell(BASIS).is_none() {
            let at = row.cell(TYPE).map_or(row.pos, |c| c.pos);
            out.push(
                Problem::from(TableProblem::PenaltyWithoutBasis {
                    name: row_label(s, row, index),
                })
                .at(item.at(at)),
            );
        }
        if let Some(period) = &item.common.period
            && let Some(cell) = row.cell(DATE)
            && let CellValue::Date(date) = cell.value
            && !period.value.contains(date)
        {
            out.push(
                Problem::from(TableProblem::EntryOutsidePeriod {
                    date: date.to_string(),
                    period: period.value.to_string(),
                })
                .at(item.at(cell.pos)),
            );
        }
    }
    out
}
