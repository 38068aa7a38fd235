//! Rules of a monthly assessment (综合考核结果, e.g. the 二四四 method: 领导考核 20, 职工代表
//! 评分 40, 硬性指标 40): every score within 0 and its component's max (the engine's
//! bounds), every component scored, the total computed, never typed (a typed `total` that
//! disagrees is an error at it), a name once; `pay:` names a pay item (`check_links`).
//!
//! Computed here for the pages: each total, the ranks (highest total first; equal totals
//! share a rank and the next is skipped: 1, 2, 2, 4), the lowest flagged under
//! `last_place: flag` (every person sharing it, and only when more than one is
//! assessed), the average, and the public rows (names masked).

use std::sync::Arc;

use crate::check::sheet::{self, SheetFigures, row_label};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, TableProblem};
use crate::model::{Assessment, Body, Decimal2, Item};

/// What the assessment rules computed for the pages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssessmentFigures {
    /// The rows as pages may show them.
    pub sheet: SheetFigures,
    /// Per person: the sum of the components.
    pub totals: Vec<Decimal2>,
    /// Per person: the rank.
    pub ranks: Vec<usize>,
    /// Per person: flagged as last (末位).
    pub last: Vec<bool>,
    /// The highest total possible (the sum of the maxima).
    pub full_marks: Decimal2,
    /// The average total, in hundredths rounded half up (none without people).
    pub average: Option<Decimal2>,
}

/// The component columns of the sheet (between `name` and `total`).
pub fn components(a: &Assessment) -> std::ops::Range<usize> {
    1..a.sheet.columns.len().saturating_sub(1)
}

/// Ranks by total, highest first: equal totals share a rank and the next is skipped
/// (1, 2, 2, 4).
pub fn ranks(totals: &[Decimal2]) -> Vec<usize> {
    totals
        .iter()
        .map(|t| 1 + totals.iter().filter(|o| *o > t).count())
        .collect()
}

/// The figures of assessment item `item` (whose body is `a`).
pub fn figures(item: &Item, a: &Assessment, config: &Config) -> AssessmentFigures {
    let s = &a.sheet;
    let totals: Vec<Decimal2> = s
        .rows
        .iter()
        .map(|r| {
            Decimal2(
                components(a)
                    .filter_map(|i| r.units(i))
                    .fold(0i64, i64::saturating_add),
            )
        })
        .collect();
    let ranks = ranks(&totals);
    let lowest = totals.iter().min().copied();
    let last = totals
        .iter()
        .map(|t| a.flag_last && totals.len() > 1 && Some(*t) == lowest)
        .collect();
    let sum: i64 = totals.iter().map(|t| t.0).fold(0, i64::saturating_add);
    let count = i64::try_from(totals.len()).unwrap_or(i64::MAX);
    let average = (count > 0).then(|| Decimal2((2 * sum + count) / (2 * count)));
    let full_marks = Decimal2(
        components(a)
            .filter_map(|i| s.columns[i].max.as_ref().map(|m| m.value))
            .fold(0i64, i64::saturating_add),
    );
    AssessmentFigures {
        sheet: sheet::public(item, s, config),
        totals,
        ranks,
        last,
        full_marks,
        average,
    }
}

/// Every rule of one assessment item on its own.
pub fn check(item: &Item, a: &Assessment, d: &AssessmentFigures) -> Vec<Diagnostic> {
    let s = &a.sheet;
    let mut out = sheet::check(item, s);
    out.extend(sheet::duplicate_names(item, s));
    let total_col = s.columns.len() - 1;
    for (index, row) in s.rows.iter().enumerate() {
        let mut needs = |column: String| {
            out.push(Problem::from(TableProblem::RowNeeds { column }).at(item.source.at(row.pos)));
        };
        if row.cell(0).is_none() {
            needs("name".into());
        }
        for i in components(a) {
            if row.cell(i).is_none() {
                needs(s.columns[i].name.value.clone());
            }
        }
        if let Some(cell) = row.cell(total_col)
            && let Some(given) = cell.value.units()
            && given != d.totals[index].0
        {
            out.push(
                Problem::from(TableProblem::ScoreTotalMismatch {
                    name: row_label(s, row, index),
                    given: Decimal2(given).to_string(),
                    computed: d.totals[index].to_string(),
                })
                .at(item.source.at(cell.pos)),
            );
        }
    }
    out
}

/// Each assessment's `pay:` names a pay item.
pub fn check_links(
    items: &[Arc<Item>],
    unreadable: &std::collections::BTreeSet<&str>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in items {
        let Body::Assessment(a) = &item.body else {
            continue;
        };
        let Some(target) = &a.pay else { continue };
        let is_pay = items
            .iter()
            .any(|o| o.content_path == target.value && matches!(o.body, Body::Pay(_)));
        if !is_pay && unreadable.contains(target.value.as_str()) {
            out.push(super::refers_to_unreadable(
                "pay",
                &target.value,
                item.source.at(target.pos),
            ));
        } else if !is_pay {
            out.push(
                Problem::from(TableProblem::LinkedPayMissing {
                    target: target.value.clone(),
                })
                .at(item.source.at(target.pos)),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_share_equal_totals_and_skip() {
        let totals: Vec<Decimal2> = [9000, 8550, 8550, 7000].map(Decimal2).to_vec();
        assert_eq!(ranks(&totals), [1, 2, 2, 4]);
    }
}
