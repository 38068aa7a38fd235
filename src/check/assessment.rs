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
use crate::messages::{Problem, Related, TableProblem};
use crate::model::{Assessment, Body, Decimal2, Item, Pay};

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
    /// Per person: the pay coefficient their rank gives under `coefficients:` (none
    /// without bands, or for a rank no band holds).
    pub coefficients: Vec<Option<Decimal2>>,
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

/// Per person: the sum of the components.
fn totals(a: &Assessment) -> Vec<Decimal2> {
    a.sheet
        .rows
        .iter()
        .map(|r| {
            Decimal2(
                components(a)
                    .filter_map(|i| r.units(i))
                    .fold(0i64, i64::saturating_add),
            )
        })
        .collect()
}

/// Per person: flagged 末位 (the lowest total, under `last_place: flag`, when more than
/// one person is assessed).
fn last_flags(a: &Assessment, totals: &[Decimal2]) -> Vec<bool> {
    let lowest = totals.iter().min().copied();
    totals
        .iter()
        .map(|t| a.flag_last && totals.len() > 1 && Some(*t) == lowest)
        .collect()
}

/// Per person: the coefficient of their rank: `last_coefficient` for whoever is flagged
/// 末位, else the first band that holds the rank.
fn rank_coefficients(a: &Assessment, ranks: &[usize], last: &[bool]) -> Vec<Option<Decimal2>> {
    ranks
        .iter()
        .zip(last)
        .map(|(rank, last)| match (&a.last_coefficient, last) {
            (Some(c), true) => Some(c.value),
            _ => {
                let rank = i64::try_from(*rank).unwrap_or(i64::MAX);
                a.coefficients
                    .iter()
                    .find(|b| b.holds(rank))
                    .map(|b| b.coefficient.value)
            }
        })
        .collect()
}

/// The figures of assessment item `item` (whose body is `a`).
pub fn figures(item: &Item, a: &Assessment, config: &Config) -> AssessmentFigures {
    let s = &a.sheet;
    let totals = totals(a);
    let ranks = ranks(&totals);
    let last = last_flags(a, &totals);
    let coefficients = rank_coefficients(a, &ranks, &last);
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
        coefficients,
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
            out.push(Problem::from(TableProblem::RowNeeds { column }).at(item.at(row.pos)));
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
                .at(item.at(cell.pos)),
            );
        }
    }
    out.extend(check_bands(item, a, d));
    out
}

/// The bands of `coefficients:`: none ends before it starts, none holds a rank another
/// holds, and every rank is in one (unless its holder takes `last_coefficient`).
fn check_bands(item: &Item, a: &Assessment, d: &AssessmentFigures) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (j, band) in a.coefficients.iter().enumerate() {
        if let Some(to) = &band.to
            && to.value < band.from.value
        {
            out.push(
                Problem::from(TableProblem::CoefficientBandEmpty {
                    from: band.from.value,
                    to: to.value,
                })
                .at(item.at(to.pos)),
            );
            continue;
        }
        let end = |b: &crate::model::CoefficientBand| b.to.as_ref().map_or(i64::MAX, |t| t.value);
        let overlap = a.coefficients[..j]
            .iter()
            .filter(|o| end(o) >= o.from.value)
            .find(|o| o.from.value <= end(band) && band.from.value <= end(o));
        if let Some(other) = overlap {
            out.push(
                Problem::from(TableProblem::CoefficientBandOverlap {
                    rank: band.from.value.max(other.from.value),
                })
                .at(item.at(band.from.pos)),
            );
        }
    }
    if a.coefficients.is_empty() {
        return out;
    }
    for (index, row) in a.sheet.rows.iter().enumerate() {
        if d.coefficients[index].is_none() {
            out.push(
                Problem::from(TableProblem::RankWithoutCoefficient {
                    name: row_label(&a.sheet, row, index),
                    rank: d.ranks[index],
                })
                .at(item.at(row.pos)),
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
                item.at(target.pos),
            ));
        } else if !is_pay {
            out.push(
                Problem::from(TableProblem::LinkedPayMissing {
                    target: target.value.clone(),
                })
                .at(item.at(target.pos)),
            );
        } else if !a.coefficients.is_empty() {
            let pay_item = items.iter().find(|o| o.content_path == target.value);
            if let Some(pay_item) = pay_item
                && let Body::Pay(p) = &pay_item.body
            {
                out.extend(check_coefficients(item, a, pay_item, p));
            }
        }
    }
    out
}

/// The coefficients of the pay sheet an assessment links (its `coefficient` column, else
/// its `points`) are those its ranks give: each wrong one at the pay sheet's cell, beside the assessment's row; an
/// assessed person missing from the pay sheet at the assessment's row.
fn check_coefficients(item: &Item, a: &Assessment, pay_item: &Item, p: &Pay) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let points = p.sheet.role("coefficient").or(p.sheet.role("points"));
    let (Some(name_col), Some(points)) = (p.sheet.name_column(), points) else {
        out.push(
            Problem::from(TableProblem::PayNeedsColumn { what: "points" })
                .at(pay_item.at(p.sheet.columns_pos)),
        );
        return out;
    };
    let totals = totals(a);
    let ranks = ranks(&totals);
    let coefficients = rank_coefficients(a, &ranks, &last_flags(a, &totals));
    let pay_path = format!("content/{}", pay_item.content_path);
    for (index, row) in a.sheet.rows.iter().enumerate() {
        let (Some(name), Some(expected)) = (
            row.cell(0).and_then(|c| c.value.text()),
            coefficients[index],
        ) else {
            continue;
        };
        let on_pay = p
            .sheet
            .rows
            .iter()
            .find(|r| r.cell(name_col).and_then(|c| c.value.text()) == Some(name));
        match on_pay.map(|r| (r, r.cell(points))) {
            None => out.push(
                Problem::from(TableProblem::PayMissingAssessed {
                    name: name.to_string(),
                    pay: pay_path.clone(),
                })
                .at(item.at(row.pos))
                .with_related(pay_item.at(p.sheet.columns_pos), Related::OtherFile),
            ),
            Some((pay_row, cell)) => {
                let given = pay_row.units(points);
                if given != Some(expected.0) {
                    let at = cell.map_or(pay_row.pos, |c| c.pos);
                    out.push(
                        Problem::from(TableProblem::PayCoefficientMismatch {
                            name: name.to_string(),
                            rank: ranks[index],
                            given: given
                                .map_or_else(|| "—".to_string(), |g| Decimal2(g).to_string()),
                            expected: expected.to_string(),
                            assessment: format!("content/{}", item.content_path),
                        })
                        .at(pay_item.at(at))
                        .with_related(item.at(row.pos), Related::OtherFile),
                    );
                }
            }
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
