//! What is said about declared tables (`columns:` and `rows:` in the item; not a clerk's
//! spreadsheet, which `import` speaks about) and the kinds built on them: pay sheets (工资
//! 奖金分配), rewards and penalties (奖惩), assessments (综合考核) and plain tables. The
//! words are the catalogue's; this file lists the problems and turns their facts into
//! arguments.

use super::words::{self, list};
use crate::catalog::{Args, Catalog};

/// A problem of a declared table or of a kind built on one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableProblem {
    /// Two columns with one name.
    DuplicateColumn {
        /// The name.
        name: String,
    },
    /// Two columns with one role.
    DuplicateRole {
        /// The role.
        role: &'static str,
    },
    /// A `role:` on a column of a type the role cannot have (`gross` on a number column).
    RoleWrongType {
        /// The role.
        role: &'static str,
        /// The column's type.
        ty: &'static str,
    },
    /// `min:` or `max:` on a column that is not numeric.
    BoundOnText {
        /// `min` or `max`.
        key: &'static str,
        /// The column's type.
        ty: &'static str,
    },
    /// A row key that names no column.
    UnknownColumn {
        /// The key.
        key: String,
        /// The declared columns.
        known: Vec<String>,
    },
    /// A rule that is not `列 = 列 ± 列`.
    RuleSyntax {
        /// As written.
        rule: String,
    },
    /// A rule naming no column.
    RuleUnknownColumn {
        /// As written.
        rule: String,
        /// The name.
        column: String,
    },
    /// A rule naming a text column.
    RuleTextColumn {
        /// As written.
        rule: String,
        /// The name.
        column: String,
    },
    /// A rule mixing money and numbers.
    RuleMixedUnits {
        /// As written.
        rule: String,
    },
    /// A cell below its column's `min:`.
    BelowMin {
        /// Column.
        column: String,
        /// As shown.
        value: String,
        /// The bound.
        min: String,
    },
    /// A cell above its column's `max:`.
    AboveMax {
        /// Column.
        column: String,
        /// As shown.
        value: String,
        /// The bound.
        max: String,
    },
    /// A row where a rule does not hold.
    RuleBroken {
        /// The rule.
        rule: String,
        /// Who or which row.
        row: String,
        /// The left column.
        column: String,
        /// Its value, as shown (`—` when empty).
        given: String,
        /// What the right side gives.
        computed: String,
    },
    /// A row without a cell its kind needs.
    RowNeeds {
        /// The column.
        column: String,
    },
    /// A pay sheet without a column its rules need.
    PayNeedsColumn {
        /// What is missing: `name`, `gross or net`, `points`, `pool`.
        what: &'static str,
    },
    /// 实发 ≠ 应发 − 扣款.
    PayNetMismatch {
        /// Who.
        name: String,
        /// 应发.
        gross: String,
        /// 扣款.
        deduction: String,
        /// 实发 as written.
        net: String,
        /// 应发 − 扣款.
        computed: String,
    },
    /// The rows do not add up to the pool.
    PayPoolMismatch {
        /// The pool.
        pool: String,
        /// The rows' sum.
        sum: String,
        /// The column summed.
        column: String,
        /// Rows.
        count: usize,
    },
    /// The rows add up to more than the pool (with `remainder: balance`).
    PayOverPool {
        /// The pool.
        pool: String,
        /// The rows' sum.
        sum: String,
        /// The column summed.
        column: String,
    },
    /// A share by points that is not pool × points / total points.
    PayShareMismatch {
        /// Who.
        name: String,
        /// Their points.
        points: String,
        /// Everyone's.
        total_points: String,
        /// The pool.
        pool: String,
        /// As written.
        given: String,
        /// As recomputed.
        expected: String,
    },
    /// More days than the period's workdays.
    PayDaysOverWorkdays {
        /// Who.
        name: String,
        /// Days.
        days: String,
        /// Workdays.
        workdays: String,
    },
    /// Days that differ from the person's 出勤 on the team's attendance sheet.
    PayDaysDiffer {
        /// Who.
        name: String,
        /// On the pay sheet.
        days: String,
        /// On the attendance sheet.
        present: String,
        /// The attendance file.
        attendance: String,
    },
    /// A person on the pay sheet missing from the team's attendance sheet.
    PayNotInAttendance {
        /// Who.
        name: String,
        /// The attendance file.
        attendance: String,
    },
    /// A penalty without `basis:`.
    PenaltyWithoutBasis {
        /// Who.
        name: String,
    },
    /// An entry dated outside the item's period.
    EntryOutsidePeriod {
        /// The date.
        date: String,
        /// The period.
        period: String,
    },
    /// A typed assessment total that is not the sum of the components.
    ScoreTotalMismatch {
        /// Who.
        name: String,
        /// As written.
        given: String,
        /// The sum.
        computed: String,
    },
    /// An assessment's `pay:` that names no pay item.
    LinkedPayMissing {
        /// As written.
        target: String,
    },
    /// A band of ranks that ends before it starts (`{from: 3, to: 2}`).
    CoefficientBandEmpty {
        /// `from:`.
        from: i64,
        /// `to:`.
        to: i64,
    },
    /// A rank in two bands of `coefficients:`.
    CoefficientBandOverlap {
        /// The first rank held twice.
        rank: i64,
    },
    /// A person whose rank falls in no band of `coefficients:`.
    RankWithoutCoefficient {
        /// Who.
        name: String,
        /// Their rank.
        rank: usize,
    },
    /// A pay sheet's coefficient that is not the one the linked assessment's rank gives.
    PayCoefficientMismatch {
        /// Who.
        name: String,
        /// Their rank in the assessment.
        rank: usize,
        /// On the pay sheet.
        given: String,
        /// From the rank.
        expected: String,
        /// The assessment's file.
        assessment: String,
    },
    /// An assessed person missing from the linked pay sheet.
    PayMissingAssessed {
        /// Who.
        name: String,
        /// The pay item's file.
        pay: String,
    },
}

impl TableProblem {
    /// The stable code of this kind of problem (see `codes`).
    pub(super) fn code(&self) -> &'static str {
        use TableProblem::*;
        match self {
            DuplicateColumn { .. } => "table-duplicate-column",
            DuplicateRole { .. } => "table-duplicate-role",
            RoleWrongType { .. } => "table-role-wrong-type",
            BoundOnText { .. } => "table-bound-on-text",
            UnknownColumn { .. } => "table-unknown-column",
            RuleSyntax { .. } => "table-rule-syntax",
            RuleUnknownColumn { .. } => "table-rule-unknown-column",
            RuleTextColumn { .. } => "table-rule-text-column",
            RuleMixedUnits { .. } => "table-rule-mixed-units",
            BelowMin { .. } => "table-below-min",
            AboveMax { .. } => "table-above-max",
            RuleBroken { .. } => "table-rule-broken",
            RowNeeds { .. } => "table-row-needs",
            PayNeedsColumn { .. } => "pay-needs-column",
            PayNetMismatch { .. } => "pay-net-mismatch",
            PayPoolMismatch { .. } => "pay-pool-mismatch",
            PayOverPool { .. } => "pay-over-pool",
            PayShareMismatch { .. } => "pay-share-mismatch",
            PayDaysOverWorkdays { .. } => "pay-days-over-workdays",
            PayDaysDiffer { .. } => "pay-days-differ",
            PayNotInAttendance { .. } => "pay-not-in-attendance",
            PenaltyWithoutBasis { .. } => "penalty-without-basis",
            EntryOutsidePeriod { .. } => "merits-date-outside-period",
            ScoreTotalMismatch { .. } => "assessment-total-mismatch",
            LinkedPayMissing { .. } => "assessment-pay-missing",
            CoefficientBandEmpty { .. } => "assessment-band-empty",
            CoefficientBandOverlap { .. } => "assessment-band-overlap",
            RankWithoutCoefficient { .. } => "assessment-rank-without-coefficient",
            PayCoefficientMismatch { .. } => "pay-coefficient-mismatch",
            PayMissingAssessed { .. } => "pay-missing-assessed",
        }
    }

    /// The arguments of its entries.
    pub(super) fn args(&self, cat: &Catalog) -> Args<'static> {
        use TableProblem::*;
        let s = |v: &dyn ToString| v.to_string();
        let pairs: Vec<(&'static str, String)> = match self {
            DuplicateColumn { name } => vec![("name", name.clone())],
            DuplicateRole { role } => vec![("role", s(role))],
            RoleWrongType { role, ty } => vec![("role", s(role)), ("type", s(ty))],
            BoundOnText { key, ty } => vec![("key", s(key)), ("type", s(ty))],
            UnknownColumn { key, known } => {
                vec![("key", key.clone()), ("known", list(cat, known))]
            }
            RuleSyntax { rule } | RuleMixedUnits { rule } => vec![("rule", rule.clone())],
            RuleUnknownColumn { rule, column } | RuleTextColumn { rule, column } => {
                vec![("rule", rule.clone()), ("column", column.clone())]
            }
            BelowMin { column, value, min } => vec![
                ("column", column.clone()),
                ("value", value.clone()),
                ("min", min.clone()),
            ],
            AboveMax { column, value, max } => vec![
                ("column", column.clone()),
                ("value", value.clone()),
                ("max", max.clone()),
            ],
            RuleBroken {
                rule,
                row,
                column,
                given,
                computed,
            } => vec![
                ("rule", rule.clone()),
                ("row", row.clone()),
                ("column", column.clone()),
                ("given", given.clone()),
                ("computed", computed.clone()),
            ],
            RowNeeds { column } => vec![("column", column.clone())],
            PayNeedsColumn { what } => {
                let what = match *what {
                    "name" | "points" | "pool" => what,
                    _ => "amount",
                };
                vec![("what", s(&what))]
            }
            PayNetMismatch {
                name,
                gross,
                deduction,
                net,
                computed,
            } => vec![
                ("name", name.clone()),
                ("gross", gross.clone()),
                ("deduction", deduction.clone()),
                ("net", net.clone()),
                ("computed", computed.clone()),
            ],
            PayPoolMismatch {
                pool,
                sum,
                column,
                count,
            } => vec![
                ("pool", pool.clone()),
                ("sum", sum.clone()),
                ("column", column.clone()),
                ("count", s(count)),
            ],
            PayOverPool { pool, sum, column } => vec![
                ("pool", pool.clone()),
                ("sum", sum.clone()),
                ("column", column.clone()),
            ],
            PayShareMismatch {
                name,
                points,
                total_points,
                pool,
                given,
                expected,
            } => vec![
                ("name", name.clone()),
                ("points", points.clone()),
                ("total", total_points.clone()),
                ("pool", pool.clone()),
                ("given", given.clone()),
                ("expected", expected.clone()),
            ],
            PayDaysOverWorkdays {
                name,
                days,
                workdays,
            } => vec![
                ("name", name.clone()),
                ("days", days.clone()),
                ("workdays", workdays.clone()),
            ],
            PayDaysDiffer {
                name,
                days,
                present,
                attendance,
            } => vec![
                ("name", name.clone()),
                ("days", days.clone()),
                ("present", present.clone()),
                ("attendance", attendance.clone()),
            ],
            PayNotInAttendance { name, attendance } => {
                vec![("name", name.clone()), ("attendance", attendance.clone())]
            }
            PenaltyWithoutBasis { name } => vec![("name", name.clone())],
            EntryOutsidePeriod { date, period } => {
                vec![("date", date.clone()), ("period", period.clone())]
            }
            ScoreTotalMismatch {
                name,
                given,
                computed,
            } => vec![
                ("name", name.clone()),
                ("given", given.clone()),
                ("computed", computed.clone()),
            ],
            LinkedPayMissing { target } => vec![("target", target.clone())],
            CoefficientBandEmpty { from, to } => vec![("from", s(from)), ("to", s(to))],
            CoefficientBandOverlap { rank } => vec![("rank", s(rank))],
            RankWithoutCoefficient { name, rank } => {
                vec![("name", name.clone()), ("rank", s(rank))]
            }
            PayCoefficientMismatch {
                name,
                rank,
                given,
                expected,
                assessment,
            } => vec![
                ("name", name.clone()),
                ("rank", s(rank)),
                ("given", given.clone()),
                ("expected", expected.clone()),
                ("assessment", assessment.clone()),
            ],
            PayMissingAssessed { name, pay } => vec![("name", name.clone()), ("pay", pay.clone())],
        };
        words::args(pairs)
    }

    /// The diagnostic for this problem at `location`.
    pub fn at(self, location: crate::diagnostic::Location) -> crate::diagnostic::Diagnostic {
        super::Problem::from(self).at(location)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Language;
    use crate::messages::Problem;

    /// Every problem of a declared table has a code of its own and a message and a hint
    /// in every language, with every argument filled in.
    #[test]
    fn every_table_problem_has_a_message_and_a_hint() {
        use TableProblem::*;
        let x = || "x".to_string();
        let all = [
            DuplicateColumn { name: x() },
            DuplicateRole { role: "net" },
            RoleWrongType {
                role: "gross",
                ty: "number",
            },
            BoundOnText {
                key: "max",
                ty: "text",
            },
            UnknownColumn {
                key: x(),
                known: vec![x()],
            },
            RuleSyntax { rule: x() },
            RuleUnknownColumn {
                rule: x(),
                column: x(),
            },
            RuleTextColumn {
                rule: x(),
                column: x(),
            },
            RuleMixedUnits { rule: x() },
            BelowMin {
                column: x(),
                value: x(),
                min: x(),
            },
            AboveMax {
                column: x(),
                value: x(),
                max: x(),
            },
            RuleBroken {
                rule: x(),
                row: x(),
                column: x(),
                given: x(),
                computed: x(),
            },
            RowNeeds { column: x() },
            PayNeedsColumn { what: "name" },
            PayNeedsColumn {
                what: "gross or net",
            },
            PayNeedsColumn { what: "points" },
            PayNeedsColumn { what: "pool" },
            PayNetMismatch {
                name: x(),
                gross: x(),
                deduction: x(),
                net: x(),
                computed: x(),
            },
            PayPoolMismatch {
                pool: x(),
                sum: x(),
                column: x(),
                count: 2,
            },
            PayOverPool {
                pool: x(),
                sum: x(),
                column: x(),
            },
            PayShareMismatch {
                name: x(),
                points: x(),
                total_points: x(),
                pool: x(),
                given: x(),
                expected: x(),
            },
            PayDaysOverWorkdays {
                name: x(),
                days: x(),
                workdays: x(),
            },
            PayDaysDiffer {
                name: x(),
                days: x(),
                present: x(),
                attendance: x(),
            },
            PayNotInAttendance {
                name: x(),
                attendance: x(),
            },
            PenaltyWithoutBasis { name: x() },
            EntryOutsidePeriod {
                date: x(),
                period: x(),
            },
            ScoreTotalMismatch {
                name: x(),
                given: x(),
                computed: x(),
            },
            LinkedPayMissing { target: x() },
            CoefficientBandEmpty { from: 3, to: 2 },
            CoefficientBandOverlap { rank: 2 },
            RankWithoutCoefficient { name: x(), rank: 4 },
            PayCoefficientMismatch {
                name: x(),
                rank: 1,
                given: x(),
                expected: x(),
                assessment: x(),
            },
            PayMissingAssessed {
                name: x(),
                pay: x(),
            },
        ];
        let mut codes = std::collections::BTreeSet::new();
        for problem in all {
            codes.insert(problem.code());
            let problem = Problem::from(problem);
            for language in [Language::ZhHans, Language::ZhHant, Language::En] {
                let cat = Catalog::of(language);
                let code = problem.code();
                assert!(cat.has(code), "{code} has no message in {language:?}");
                assert!(
                    cat.has(&format!("{code}-hint")),
                    "{code} has no hint in {language:?}"
                );
                let message = problem.message(language);
                let hint = problem.hint(language).unwrap_or_default();
                for text in [&message, &hint] {
                    assert!(
                        !text.is_empty() && !text.contains("{$") && !text.contains("table-"),
                        "{problem:?}: {text}"
                    );
                }
            }
        }
        assert_eq!(codes.len(), 30, "a code given twice");
    }
}
