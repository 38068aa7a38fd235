//! Periods and working days for `gongkai new`: the period after another, the last one
//! over by a date, and a month's workdays from the calendar and the site's lists of
//! holidays and weekend days worked (`holidays:` / `workdays_extra:` in site.yaml).

use jiff::civil::{Date, Weekday};

use crate::model::Period;

/// The period of the same length right after `period`: 2026-Q4 -> 2027-Q1.
pub fn next(period: Period) -> Period {
    match period {
        Period::Year(y) => Period::Year(y + 1),
        Period::Half(y, 2) => Period::Half(y + 1, 1),
        Period::Half(y, h) => Period::Half(y, h + 1),
        Period::Quarter(y, 4) => Period::Quarter(y + 1, 1),
        Period::Quarter(y, q) => Period::Quarter(y, q + 1),
        Period::Month(y, 12) => Period::Month(y + 1, 1),
        Period::Month(y, m) => Period::Month(y, m + 1),
    }
}

/// The last whole quarter before `today`'s: what a finance report usually covers.
pub fn last_quarter(today: Date) -> Period {
    let quarter = (today.month() as u8 - 1) / 3 + 1;
    match quarter {
        1 => Period::Quarter(today.year() - 1, 4),
        q => Period::Quarter(today.year(), q - 1),
    }
}

/// The month before `today`'s: what an attendance sheet usually covers.
pub fn last_month(today: Date) -> Period {
    match today.month() as u8 {
        1 => Period::Month(today.year() - 1, 12),
        m => Period::Month(today.year(), m - 1),
    }
}

/// A month's workdays and how they were counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workdays {
    /// Monday to Friday in the month.
    pub weekdays: i64,
    /// Listed holidays that fall on one of those weekdays.
    pub holidays: Vec<Date>,
    /// Listed weekend days worked in the month.
    pub extra: Vec<Date>,
}

impl Workdays {
    /// Weekdays, less holidays, plus weekend days worked.
    pub fn count(&self) -> i64 {
        self.weekdays - self.holidays.len() as i64 + self.extra.len() as i64
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The workdays of every day in `period` (a month, as attendance has): a listed holiday
/// counts only on a weekday, a listed weekend workday only on a Saturday or Sunday.
pub fn workdays(period: Period, holidays: &[Date], extra: &[Date]) -> Workdays {
    let (start, end) = (period.start(), period.end());
    let mut weekdays = 0;
    let mut day = start;
    while day <= end {
        if !is_weekend(day) {
            weekdays += 1;
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    let inside = |d: &&Date| start <= **d && **d <= end;
    let mut holidays: Vec<Date> = holidays
        .iter()
        .filter(inside)
        .filter(|d| !is_weekend(**d))
        .copied()
        .collect();
    let mut extra: Vec<Date> = extra
        .iter()
        .filter(inside)
        .filter(|d| is_weekend(**d))
        .copied()
        .collect();
    for list in [&mut holidays, &mut extra] {
        list.sort();
        list.dedup();
    }
    Workdays {
        weekdays,
        holidays,
        extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn next_periods_cross_year_ends() {
        assert_eq!(next(Period::Quarter(2026, 4)), Period::Quarter(2027, 1));
        assert_eq!(next(Period::Quarter(2026, 1)), Period::Quarter(2026, 2));
        assert_eq!(next(Period::Month(2026, 12)), Period::Month(2027, 1));
        assert_eq!(next(Period::Half(2026, 2)), Period::Half(2027, 1));
        assert_eq!(next(Period::Year(2026)), Period::Year(2027));
        assert_eq!(last_quarter(date(2026, 1, 5)), Period::Quarter(2025, 4));
        assert_eq!(last_quarter(date(2026, 7, 1)), Period::Quarter(2026, 2));
        assert_eq!(last_month(date(2026, 1, 31)), Period::Month(2025, 12));
    }

    #[test]
    fn october_2026_with_the_national_day_holiday() {
        // 2026-10-01 is a Thursday; 1-8 October off, 10 October (Saturday) worked.
        let holidays: Vec<Date> = (1..=8).map(|d| date(2026, 10, d)).collect();
        let w = workdays(Period::Month(2026, 10), &holidays, &[date(2026, 10, 10)]);
        assert_eq!(w.weekdays, 22);
        // The 3rd, 4th (weekend) are not taken off twice.
        assert_eq!(w.holidays.len(), 6);
        assert_eq!(w.extra, [date(2026, 10, 10)]);
        assert_eq!(w.count(), 17);
        // A listed day outside the month changes nothing.
        let w = workdays(Period::Month(2026, 9), &holidays, &[date(2026, 10, 10)]);
        assert_eq!(w.count(), 22);
    }
}
