//! Attendance rules (出勤公示, spec section 5) and the totals its page shows.
//!
//! Rules: `period` is one month; for every person present + every leave kind + absent
//! equals `workdays`; no negative numbers; `workdays` not above the days of that month; a
//! name appears once per item. Totals are exact: days and hours stay in `Decimal2`
//! (hundredths) and the attendance rate is an integer per-mille, so no float ever decides
//! what a worker reads on the wall.
//!
//! The team's and each person's totals are computed here once (`figures`) and carried on
//! the checked item; the page and the team's archive only show them.

use crate::diagnostic::Diagnostic;
use crate::messages::Problem;
use crate::model::kinds::AttendanceRecord;
use crate::model::{Attendance, Decimal2, Item, Spanned};

/// Every rule of one attendance item, each violation located at the offending value:
///
/// - `period` not one month: at the period value;
/// - a sum that differs from `workdays`: at the record's entry (`record.pos`, the `{` of a
///   flow record or the first key of a block record), because the mistake may be in any
///   of its numbers;
/// - a negative number: at that number (`present`, a leave kind's days, `absent`,
///   `overtime_hours`, `workdays`);
/// - `workdays` above the days of the month: at `workdays`;
/// - a name given twice: at the second occurrence's name, the message naming the line of
///   the first.
///
/// `period` is required for attendance and reported by `load` when missing; without it
/// only the month-length rule is skipped.
pub fn check(item: &Item, a: &Attendance) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut report = |problem: Problem, pos| out.push(problem.at(item.at(pos)));

    let month = item.common.period.as_ref().and_then(|period| {
        if period.value.is_month() {
            Some(period.value)
        } else {
            report(
                Problem::AttendancePeriodNotMonth {
                    period: period.value.to_string(),
                },
                period.pos,
            );
            None
        }
    });

    let workdays = &a.workdays;
    if let Some(problem) = negative("workdays", workdays) {
        report(problem, workdays.pos);
    }
    if let Some(month) = month {
        let days = i64::from(month.end().day());
        if workdays.value > Decimal2::whole(days) {
            report(
                Problem::WorkdaysOverMonth {
                    workdays: workdays.value,
                    days,
                    period: month.to_string(),
                },
                workdays.pos,
            );
        }
    }

    let mut first_seen: Vec<(&str, usize)> = Vec::new();
    for record in &a.records {
        let name = record.name.value.as_str();
        match first_seen.iter().find(|(n, _)| *n == name) {
            Some((_, first_line)) => report(
                Problem::DuplicateName {
                    name: name.to_string(),
                    first_line: *first_line,
                },
                record.name.pos,
            ),
            None => first_seen.push((name, record.name.pos.line())),
        }

        let mut numbers: Vec<(String, &Spanned<Decimal2>)> =
            vec![("present".to_string(), &record.present)];
        numbers.extend(
            record
                .leave
                .iter()
                .map(|(k, d)| (format!("leave.{}", k.value), d)),
        );
        numbers.extend(record.absent.iter().map(|d| ("absent".to_string(), d)));
        numbers.extend(
            record
                .overtime_hours
                .iter()
                .map(|d| ("overtime_hours".to_string(), d)),
        );
        for (key, value) in numbers {
            if let Some(problem) = negative(&key, value) {
                report(problem, value.pos);
            }
        }

        let sum = record_sum(record);
        if sum != workdays.value {
            report(
                Problem::AttendanceSumMismatch {
                    name: name.to_string(),
                    present: record.present.value,
                    leave: record
                        .leave
                        .iter()
                        .map(|(k, d)| (k.value.clone(), d.value))
                        .collect(),
                    leave_total: leave_total(record),
                    absent: record.absent.as_ref().map_or(Decimal2(0), |d| d.value),
                    sum,
                    workdays: workdays.value,
                },
                record.pos,
            );
        }
    }
    out
}

fn negative(key: &str, value: &Spanned<Decimal2>) -> Option<Problem> {
    (value.value.0 < 0).then(|| Problem::NegativeNumber {
        key: key.to_string(),
        value: value.value.to_string(),
    })
}

fn add(a: Decimal2, b: Decimal2) -> Decimal2 {
    Decimal2(a.0.saturating_add(b.0))
}

/// All leave days of one person.
pub fn leave_total(record: &AttendanceRecord) -> Decimal2 {
    record
        .leave
        .iter()
        .fold(Decimal2(0), |acc, (_, d)| add(acc, d.value))
}

/// present + all leave + absent of one person (what must equal `workdays`).
pub fn record_sum(record: &AttendanceRecord) -> Decimal2 {
    let absent = record.absent.as_ref().map_or(Decimal2(0), |d| d.value);
    add(add(record.present.value, leave_total(record)), absent)
}

/// The totals of one attendance item (one team, one month), as its page shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttendanceTotals {
    /// Number of people (records).
    pub people: usize,
    /// 应出勤天数 per person.
    pub workdays: Decimal2,
    /// Days present, all people.
    pub present: Decimal2,
    /// Days of each leave kind, all people, kinds in the order first seen (the table's
    /// leave columns).
    pub leave: Vec<(String, Decimal2)>,
    /// All leave days.
    pub leave_total: Decimal2,
    /// Days absent.
    pub absent: Decimal2,
    /// Overtime hours.
    pub overtime_hours: Decimal2,
    /// present / (workdays × people) in per-mille, rounded half up (930 = 93.0%);
    /// `None` when workdays × people is zero.
    pub rate_permille: Option<i64>,
}

impl AttendanceTotals {
    /// The rate as the page shows it (`93.0%`), `—` when there is none.
    pub fn rate_text(&self) -> String {
        self.rate_permille
            .map_or_else(|| "—".to_string(), rate_text)
    }
}

/// What the attendance rules computed for the page: the team's totals and each person's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttendanceFigures {
    /// The team's totals.
    pub totals: AttendanceTotals,
    /// workdays × people: the scheduled person-days.
    pub person_days: Decimal2,
    /// Per leave kind of `totals.leave`, in that order.
    pub leave: Vec<LeaveFigures>,
    /// Share of all leave in the scheduled person-days, per-mille (`None` without any).
    pub leave_share_permille: Option<i64>,
    /// Per person (record order), their days of each leave kind of `totals.leave`; `None`
    /// for a kind they did not take.
    pub people_leave: Vec<Vec<Option<Decimal2>>>,
}

/// One leave kind's figures besides its days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeaveFigures {
    /// People who took this leave.
    pub people: usize,
    /// Share of the scheduled person-days, per-mille (`None` without any).
    pub share_permille: Option<i64>,
}

/// The team's and each person's totals of one attendance item.
pub fn figures(a: &Attendance) -> AttendanceFigures {
    let totals = totals(a);
    let people = i64::try_from(totals.people).unwrap_or(i64::MAX);
    let share = |days: Decimal2| rate_permille(days, totals.workdays, totals.people);
    let leave = totals
        .leave
        .iter()
        .map(|(kind, days)| LeaveFigures {
            people: a
                .records
                .iter()
                .filter(|r| r.leave.iter().any(|(k, _)| k.value == *kind))
                .count(),
            share_permille: share(*days),
        })
        .collect();
    let people_leave = a
        .records
        .iter()
        .map(|r| {
            totals
                .leave
                .iter()
                .map(|(kind, _)| {
                    // Two entries of one kind in a record are summed, as the totals do.
                    r.leave
                        .iter()
                        .filter(|(k, _)| k.value == *kind)
                        .map(|(_, d)| d.value)
                        .reduce(add)
                })
                .collect()
        })
        .collect();
    AttendanceFigures {
        person_days: Decimal2(totals.workdays.0.saturating_mul(people)),
        leave,
        leave_share_permille: share(totals.leave_total),
        people_leave,
        totals,
    }
}

/// Totals of one attendance item. Exact: hundredths and integers only.
pub fn totals(a: &Attendance) -> AttendanceTotals {
    let mut t = AttendanceTotals {
        people: a.records.len(),
        workdays: a.workdays.value,
        ..AttendanceTotals::default()
    };
    for record in &a.records {
        t.present = add(t.present, record.present.value);
        for (kind, days) in &record.leave {
            match t.leave.iter_mut().find(|(k, _)| *k == kind.value) {
                Some((_, total)) => *total = add(*total, days.value),
                None => t.leave.push((kind.value.clone(), days.value)),
            }
            t.leave_total = add(t.leave_total, days.value);
        }
        if let Some(absent) = &record.absent {
            t.absent = add(t.absent, absent.value);
        }
        if let Some(hours) = &record.overtime_hours {
            t.overtime_hours = add(t.overtime_hours, hours.value);
        }
    }
    t.rate_permille = rate_permille(t.present, t.workdays, t.people);
    t
}

/// present / (workdays × people) in per-mille, rounded half up; `None` when the
/// denominator is zero. Both day counts are hundredths, so their ratio needs no scaling.
pub fn rate_permille(present: Decimal2, workdays: Decimal2, people: usize) -> Option<i64> {
    let people = i128::try_from(people).ok()?;
    let den = i128::from(workdays.0) * people;
    if den == 0 {
        return None;
    }
    let (num, den) = if den < 0 {
        (-1000 * i128::from(present.0), -den)
    } else {
        (1000 * i128::from(present.0), den)
    };
    // Half up: floor(num/den + 1/2) = floor((2*num + den) / (2*den)).
    i64::try_from((2 * num + den).div_euclid(2 * den)).ok()
}

/// A per-mille rate with one decimal and a percent sign: 930 -> `93.0%`, 5 -> `0.5%`.
pub fn rate_text(permille: i64) -> String {
    let sign = if permille < 0 { "-" } else { "" };
    let abs = permille.unsigned_abs();
    format!("{sign}{}.{}%", abs / 10, abs % 10)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diagnostic::Pos;
    use crate::model::{Body, Common, Period, SourceFile};

    fn at<T>(value: T, line: usize, column: usize) -> Spanned<T> {
        Spanned::new(value, Pos::new(line, column, 1))
    }

    fn d(text: &str) -> Decimal2 {
        Decimal2::parse(text).unwrap()
    }

    /// A record on `line`: entry at column 5, name at 12, present at 25, leave keys at 40
    /// (days at 45), absent at 60, overtime at 70.
    fn record(
        line: usize,
        name: &str,
        present: &str,
        leave: &[(&str, &str)],
        absent: Option<&str>,
        overtime: Option<&str>,
    ) -> AttendanceRecord {
        AttendanceRecord {
            pos: Pos::new(line, 5, 1),
            name: at(name.to_string(), line, 12),
            present: at(d(present), line, 25),
            leave: leave
                .iter()
                .map(|(k, v)| (at(k.to_string(), line, 40), at(d(v), line, 45)))
                .collect(),
            absent: absent.map(|a| at(d(a), line, 60)),
            overtime_hours: overtime.map(|o| at(d(o), line, 70)),
            note: None,
        }
    }

    fn sheet(workdays: &str, records: Vec<AttendanceRecord>) -> Attendance {
        Attendance {
            team: Some(at("通风队".to_string(), 5, 7)),
            workdays: at(d(workdays), 6, 11),
            records,
        }
    }

    fn item(period: Period, a: &Attendance) -> Item {
        Item {
            content_path: "2026/attendance-03.yaml".into(),
            source: SourceFile {
                path: "content/2026/attendance-03.yaml".into(),
                text: Arc::from("kind: attendance\n"),
            },
            common: Common {
                title: at("出勤公示".to_string(), 2, 8),
                published: at(jiff::civil::date(2026, 4, 2), 3, 12),
                disclosure: None,
                unit: None,
                period: Some(at(period, 4, 9)),
                corrects: None,
                draft: false,
                print: Default::default(),
            },
            body: Body::Attendance(a.clone()),
            sheet: None,
        }
    }

    fn run(period: Period, a: &Attendance) -> Vec<(usize, usize, String)> {
        check(&item(period, a), a)
            .into_iter()
            .map(|diag| {
                let pos = diag.location.as_ref().unwrap().pos.unwrap();
                (
                    pos.line(),
                    pos.column(),
                    diag.message(crate::config::Language::En),
                )
            })
            .collect()
    }

    const MARCH: Period = Period::Month(2026, 3);

    #[test]
    fn the_spec_example_is_clean() {
        let a = sheet(
            "22",
            vec![
                record(8, "张三", "21", &[("事假", "1")], None, Some("8")),
                record(
                    9,
                    "李四",
                    "20",
                    &[("病假", "1"), ("年休假", "1")],
                    None,
                    None,
                ),
                record(10, "王五", "21", &[], Some("1"), None),
            ],
        );
        assert_eq!(run(MARCH, &a), vec![]);
    }

    #[test]
    fn half_days_add_up_exactly() {
        let a = sheet(
            "21.5",
            vec![record(
                8,
                "张三",
                "20.5",
                &[("事假", "0.5")],
                Some("0.5"),
                None,
            )],
        );
        assert_eq!(run(MARCH, &a), vec![]);
    }

    #[test]
    fn a_sum_off_by_one_is_shown_with_the_computed_sum() {
        let a = sheet(
            "22",
            vec![record(8, "张三", "21", &[("事假", "1")], Some("1"), None)],
        );
        let found = run(MARCH, &a);
        assert_eq!(found.len(), 1, "{found:?}");
        let (line, column, message) = &found[0];
        assert_eq!((*line, *column), (8, 5));
        assert!(
            message.contains("present 21 + leave 1 + absent 1 = 23 days, but workdays is 22"),
            "{message}"
        );
        assert!(message.contains("张三"), "{message}");
    }

    #[test]
    fn several_leave_kinds_are_itemised_in_the_sum() {
        let a = sheet(
            "22",
            vec![record(
                9,
                "李四",
                "19",
                &[("病假", "1"), ("年休假", "1")],
                None,
                None,
            )],
        );
        let found = run(MARCH, &a);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .2
                .contains("present 19 + leave 2 (病假 1, 年休假 1) + absent 0 = 21 days"),
            "{}",
            found[0].2
        );
    }

    #[test]
    fn a_period_that_is_not_a_month_is_refused_at_the_period() {
        let a = sheet("22", vec![record(8, "张三", "22", &[], None, None)]);
        let found = run(Period::Quarter(2026, 1), &a);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (4, 9));
        assert!(found[0].2.contains("2026-Q1"));
    }

    #[test]
    fn negatives_are_reported_at_each_value() {
        let a = sheet(
            "22",
            vec![record(
                8,
                "张三",
                "23",
                &[("事假", "-1")],
                Some("0"),
                Some("-2"),
            )],
        );
        let found = run(MARCH, &a);
        let places: Vec<(usize, usize)> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(places, vec![(8, 45), (8, 70)], "{found:?}");
        assert!(found[0].2.contains("`leave.事假` is -1"));
        assert!(found[1].2.contains("`overtime_hours` is -2"));

        let a = sheet("-1", vec![]);
        let found = run(MARCH, &a);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), (6, 11));
        assert!(found[0].2.contains("`workdays` is -1"));
    }

    #[test]
    fn workdays_fit_in_the_month() {
        let feb = Period::Month(2026, 2);
        let fine = sheet("28", vec![]);
        assert_eq!(run(feb, &fine), vec![]);
        let over = sheet("29", vec![]);
        let found = run(feb, &over);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), (6, 11));
        assert_eq!(
            found[0].2,
            "workdays 29 is more than the 28 days of 2026-02"
        );
        // A leap February has 29.
        assert_eq!(run(Period::Month(2024, 2), &over), vec![]);
        assert_eq!(run(MARCH, &sheet("31", vec![])), vec![]);
        assert_eq!(run(MARCH, &sheet("31.5", vec![])).len(), 1);
    }

    #[test]
    fn a_second_name_is_reported_naming_the_first_line() {
        let a = sheet(
            "22",
            vec![
                record(8, "张三", "22", &[], None, None),
                record(9, "李四", "22", &[], None, None),
                record(10, "张三", "22", &[], None, None),
                record(11, "张三", "22", &[], None, None),
            ],
        );
        let found = run(MARCH, &a);
        assert_eq!(
            found,
            vec![
                (
                    10,
                    12,
                    "name 张三 appears more than once; first on line 8".to_string()
                ),
                (
                    11,
                    12,
                    "name 张三 appears more than once; first on line 8".to_string()
                ),
            ]
        );
    }

    #[test]
    fn totals_add_up_by_kind_in_first_seen_order() {
        let a = sheet(
            "22",
            vec![
                record(8, "张三", "21", &[("事假", "1")], None, Some("8")),
                record(9, "李四", "20", &[("病假", "1"), ("事假", "1")], None, None),
                record(10, "王五", "21", &[], Some("1"), Some("2.5")),
            ],
        );
        let t = totals(&a);
        assert_eq!(t.people, 3);
        assert_eq!(t.present, d("62"));
        assert_eq!(
            t.leave,
            vec![("事假".to_string(), d("2")), ("病假".to_string(), d("1"))]
        );
        assert_eq!(t.leave_total, d("3"));
        assert_eq!(t.absent, d("1"));
        assert_eq!(t.overtime_hours, d("10.5"));
        // 62 / 66 = 0.93939… -> 939‰.
        assert_eq!(t.rate_permille, Some(939));
        assert_eq!(t.rate_text(), "93.9%");
    }

    #[test]
    fn the_rate_rounds_half_up_without_floats() {
        // 1 / 8 = 0.125 -> 125‰ exactly; 1 / 16 = 0.0625 -> 62.5‰ -> 63.
        assert_eq!(rate_permille(d("1"), d("8"), 1), Some(125));
        assert_eq!(rate_permille(d("1"), d("16"), 1), Some(63));
        // 1 / 3 = 333.33‰ -> 333; 2 / 3 = 666.67‰ -> 667.
        assert_eq!(rate_permille(d("1"), d("3"), 1), Some(333));
        assert_eq!(rate_permille(d("2"), d("3"), 1), Some(667));
        // Half days: 20.5 / 22 = 931.818…‰ -> 932.
        assert_eq!(rate_permille(d("20.5"), d("22"), 1), Some(932));
        assert_eq!(rate_permille(d("22"), d("22"), 1), Some(1000));
        assert_eq!(rate_permille(d("0"), d("22"), 1), Some(0));
        assert_eq!(rate_permille(d("5"), d("0"), 1), None);
        assert_eq!(rate_permille(d("0"), d("22"), 0), None);
        assert_eq!(totals(&sheet("22", vec![])).rate_text(), "—");
    }

    #[test]
    fn rate_text_shows_one_decimal() {
        assert_eq!(rate_text(930), "93.0%");
        assert_eq!(rate_text(1000), "100.0%");
        assert_eq!(rate_text(5), "0.5%");
        assert_eq!(rate_text(0), "0.0%");
        assert_eq!(rate_text(-5), "-0.5%");
    }
}
