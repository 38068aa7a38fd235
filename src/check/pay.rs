//! Pay rules (工资奖金分配公示): a declared sheet (`check::sheet`) whose columns play roles.
//!
//! Roles: `gross` 应发, `deduction` 扣款, `net` 实发, `points` 工分/系数, `days` 出勤天数;
//! the person is the first `name` column. Rules, each at the offending value:
//!
//! - 实发 = 应发 − 扣款 in every row, to the fen (at the 实发 cell);
//! - the distributed column (应发, else 实发) adds up to `pool` to the fen (at `pool`); with
//!   `remainder: balance` it may add up to less, and the rest is shown as 结余;
//! - `share: points`: each distributed amount is the pool shared by points, recomputed by
//!   [`share_by_points`] (at the amount);
//! - 出勤天数 not above `workdays` (at the days); and, when an attendance item of the same
//!   `team` and `period` exists, equal to that person's 出勤 there (`check_attendance`,
//!   naming both files).

use crate::check::sheet::{self, SheetFigures, row_label, units_text};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, Related, TableProblem};
use crate::model::sheet::ColumnType;
use crate::model::{Body, Decimal2, Fen, Item, Pay};

/// What the pay rules computed for the pages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PayFigures {
    /// The rows as pages may show them, and the column sums.
    pub sheet: SheetFigures,
    /// The column that shares out the pool: 应发 (`gross`), else 实发 (`net`).
    pub distributed: Option<usize>,
    /// Its sum.
    pub distributed_sum: Fen,
    /// 结余: pool minus the distributed sum, under `remainder: balance`.
    pub balance: Option<Fen>,
    /// 实发 sum, when there is a `net` column.
    pub net_sum: Option<Fen>,
    /// 扣款 sum, when there is a `deduction` column.
    pub deduction_sum: Option<Fen>,
    /// All points, when there is a `points` column.
    pub total_points: Option<Decimal2>,
}

/// The pool shared by points, to the fen: each share is ⌊pool × points ÷ total⌋, and the
/// fen left over (fewer than the number of people) go one each to the largest remainders
/// of that division, equal remainders in the order of the rows (the largest remainder
/// method). The shares always add up to the pool. `None` when there are no points.
pub fn share_by_points(pool: Fen, points: &[i64]) -> Option<Vec<Fen>> {
    let total: i128 = points.iter().map(|p| i128::from(*p)).sum();
    if total <= 0 || points.iter().any(|p| *p < 0) {
        return None;
    }
    let pool = i128::from(pool.0);
    let mut shares: Vec<i128> = Vec::with_capacity(points.len());
    let mut rests: Vec<(i128, usize)> = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        let product = pool * i128::from(*p);
        shares.push(product / total);
        rests.push((product % total, i));
    }
    let left = pool - shares.iter().sum::<i128>();
    rests.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in rests.iter().take(usize::try_from(left).ok()?) {
        shares[*i] += 1;
    }
    shares
        .into_iter()
        .map(|s| i64::try_from(s).ok().map(Fen))
        .collect()
}

/// The pay figures of `item` (whose body is `p`).
pub fn figures(item: &Item, p: &Pay, config: &Config) -> PayFigures {
    let s = &p.sheet;
    let sheet = sheet::public(item, s, config);
    let distributed = s.role("gross").or_else(|| s.role("net"));
    let sum = |i: Option<usize>| i.and_then(|i| sheet.sums.get(i).copied().flatten());
    let distributed_sum = Fen(sum(distributed).unwrap_or(0));
    PayFigures {
        distributed,
        distributed_sum,
        balance: p
            .pool
            .as_ref()
            .filter(|_| p.keeps_balance)
            .and_then(|pool| pool.value.checked_sub(distributed_sum)),
        net_sum: sum(s.role("net")).map(Fen),
        deduction_sum: sum(s.role("deduction")).map(Fen),
        total_points: sum(s.role("points")).map(Decimal2),
        sheet,
    }
}

/// Every rule of one pay item on its own (the attendance comparison is
/// `check_attendance`).
pub fn check(item: &Item, p: &Pay, figures: &PayFigures) -> Vec<Diagnostic> {
    let s = &p.sheet;
    let mut out = sheet::check(item, s);
    out.extend(sheet::duplicate_names(item, s));
    let mut report = |problem: TableProblem, pos| {
        out.push(Problem::from(problem).at(item.at(pos)));
    };
    let Some(name_col) = s.name_column() else {
        report(TableProblem::PayNeedsColumn { what: "name" }, s.columns_pos);
        return out;
    };
    let Some(dist) = figures.distributed else {
        report(
            TableProblem::PayNeedsColumn {
                what: "gross or net",
            },
            s.columns_pos,
        );
        return out;
    };
    for column in &s.columns {
        if let Some(role) = &column.role {
            let money = matches!(role.value, "gross" | "deduction" | "net");
            if money != (column.ty == ColumnType::Money) {
                report(
                    TableProblem::RoleWrongType {
                        role: role.value,
                        ty: column.ty.key(),
                    },
                    role.pos,
                );
            }
        }
    }
    let (gross, deduction, net) = (s.role("gross"), s.role("deduction"), s.role("net"));
    let days = s.role("days");
    for (index, row) in s.rows.iter().enumerate() {
        let name = row_label(s, row, index);
        if row.cell(name_col).is_none() {
            report(
                TableProblem::RowNeeds {
                    column: s.columns[name_col].name.value.clone(),
                },
                row.pos,
            );
        }
        if let (Some(g), Some(n)) = (gross, net) {
            let g_units = row.units(g).unwrap_or(0);
            let d_units = deduction.and_then(|d| row.units(d)).unwrap_or(0);
            let computed = g_units.checked_sub(d_units);
            if computed.is_some() && row.units(n) != computed {
                report(
                    TableProblem::PayNetMismatch {
                        name: name.clone(),
                        gross: Fen(g_units).yuan_text(),
                        deduction: Fen(d_units).yuan_text(),
                        net: row
                            .units(n)
                            .map_or_else(|| "—".into(), |v| Fen(v).yuan_text()),
                        computed: Fen(computed.unwrap_or(0)).yuan_text(),
                    },
                    row.cell(n).map_or(row.pos, |c| c.pos),
                );
            }
        }
        if let (Some(d), Some(workdays)) = (days, &p.workdays)
            && let Some(cell) = row.cell(d)
            && let Some(v) = cell.value.units()
            && v > workdays.value.0
        {
            report(
                TableProblem::PayDaysOverWorkdays {
                    name: name.clone(),
                    days: Decimal2(v).to_string(),
                    workdays: workdays.value.to_string(),
                },
                cell.pos,
            );
        }
    }
    let column = s.columns[dist].name.value.clone();
    if let Some(pool) = &p.pool {
        let sum = figures.distributed_sum;
        if p.keeps_balance {
            if sum > pool.value {
                report(
                    TableProblem::PayOverPool {
                        pool: pool.value.yuan_text(),
                        sum: sum.yuan_text(),
                        column: column.clone(),
                    },
                    pool.pos,
                );
            }
        } else if sum != pool.value {
            report(
                TableProblem::PayPoolMismatch {
                    pool: pool.value.yuan_text(),
                    sum: sum.yuan_text(),
                    column: column.clone(),
                    count: s.rows.len(),
                },
                pool.pos,
            );
        }
    }
    if let Some(share) = p.share_by_points.as_ref().filter(|s| s.value) {
        let Some(points) = s.role("points") else {
            report(TableProblem::PayNeedsColumn { what: "points" }, share.pos);
            return out;
        };
        let Some(pool) = &p.pool else {
            report(TableProblem::PayNeedsColumn { what: "pool" }, share.pos);
            return out;
        };
        // Under `remainder: balance` the shared amount is what the rows distribute.
        let base = if p.keeps_balance {
            figures.distributed_sum
        } else {
            pool.value
        };
        let each: Vec<i64> = s
            .rows
            .iter()
            .map(|r| r.units(points).unwrap_or(0))
            .collect();
        let total = figures.total_points.unwrap_or_default();
        if let Some(shares) = share_by_points(base, &each) {
            for (index, (row, expected)) in s.rows.iter().zip(shares).enumerate() {
                let given = row.units(dist);
                if given != Some(expected.0) {
                    report(
                        TableProblem::PayShareMismatch {
                            name: row_label(s, row, index),
                            points: Decimal2(each[index]).to_string(),
                            total_points: total.to_string(),
                            pool: base.yuan_text(),
                            given: given
                                .map_or_else(|| "—".into(), |g| units_text(ColumnType::Money, g)),
                            expected: expected.yuan_text(),
                        },
                        row.cell(dist).map_or(row.pos, |c| c.pos),
                    );
                }
            }
        }
    }
    out
}

/// Each pay item's 出勤天数 against the attendance item of the same team and period: a
/// person whose days differ, or who is not on the attendance sheet, is reported at the
/// pay sheet's days, with the attendance record (or file) as the related place.
pub fn check_attendance(items: &[std::sync::Arc<Item>]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let key = |item: &Item, team: &Option<crate::model::Spanned<String>>| {
        Some((
            team.as_ref()?.value.trim().to_string(),
            item.common.period.as_ref()?.value,
        ))
    };
    for item in items {
        let Body::Pay(p) = &item.body else { continue };
        let Some(days) = p.sheet.role("days") else {
            continue;
        };
        let Some(name_col) = p.sheet.name_column() else {
            continue;
        };
        let Some(wanted) = key(item, &p.team) else {
            continue;
        };
        let found = items.iter().find_map(|other| match &other.body {
            Body::Attendance(a) if key(other, &a.team).as_ref() == Some(&wanted) => {
                Some((other, a))
            }
            _ => None,
        });
        let Some((other, a)) = found else { continue };
        let path = other.source.path.clone();
        for row in &p.sheet.rows {
            let Some(name) = row.cell(name_col).and_then(|c| c.value.text()) else {
                continue;
            };
            let Some(cell) = row.cell(days) else { continue };
            let Some(value) = cell.value.units() else {
                continue;
            };
            match a
                .records
                .iter()
                .find(|r| r.name.value.trim() == name.trim())
            {
                Some(record) if record.present.value.0 != value => out.push(
                    Problem::from(TableProblem::PayDaysDiffer {
                        name: name.to_string(),
                        days: Decimal2(value).to_string(),
                        present: record.present.value.to_string(),
                        attendance: path.clone(),
                    })
                    .at(item.at(cell.pos))
                    .with_related(other.at(record.present.pos), Related::OtherFile),
                ),
                Some(_) => {}
                None => out.push(
                    Problem::from(TableProblem::PayNotInAttendance {
                        name: name.to_string(),
                        attendance: path.clone(),
                    })
                    .at(item.at(cell.pos))
                    .with_related(other.at(a.workdays.pos), Related::OtherFile),
                ),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shares_follow_the_largest_remainders() {
        // 100.00 over 1:1:1 -> 33.34, 33.33, 33.33 (the first of equal remainders).
        let s = share_by_points(Fen(10000), &[100, 100, 100]).unwrap();
        assert_eq!(s, vec![Fen(3334), Fen(3333), Fen(3333)]);
        // 10.00 over 1:2 -> 3.33 (rest 1/3), 6.66 (rest 2/3): the second gets the fen.
        let s = share_by_points(Fen(1000), &[100, 200]).unwrap();
        assert_eq!(s, vec![Fen(333), Fen(667)]);
        assert_eq!(share_by_points(Fen(1000), &[0, 0]), None);
    }

    proptest! {
        /// Whatever the pool and points, the shares add up to the pool to the fen, and
        /// each is within one fen of the exact share.
        #[test]
        fn shares_always_add_up_to_the_pool(
            pool in 0i64..10_000_000_000,
            points in proptest::collection::vec(0i64..100_000, 1..40),
        ) {
            prop_assume!(points.iter().sum::<i64>() > 0);
            let shares = share_by_points(Fen(pool), &points).unwrap();
            prop_assert_eq!(shares.iter().map(|f| f.0).sum::<i64>(), pool);
            let total: i128 = points.iter().map(|p| i128::from(*p)).sum();
            for (s, p) in shares.iter().zip(&points) {
                let exact_floor = i128::from(pool) * i128::from(*p) / total;
                prop_assert!(i128::from(s.0) - exact_floor <= 1 && i128::from(s.0) >= exact_floor);
            }
        }
    }
}
