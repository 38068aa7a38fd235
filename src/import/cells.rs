//! One cell -> one typed value: an amount (`Fen`), a date, a count of days or hours
//! (`Decimal2`), a piece of text. What cannot be taken exactly is a `Problem` for the
//! cell; the caller places it (`file!Sheet1!B12`).
//!
//! Amounts are taken from the digits the cell holds, never through a binary float: text
//! as typed (`¥1,234.56`, `1234.5元`), a number as the exact decimal `workbook` kept. More
//! than two decimals is refused, even when they are the noise of a formula
//! (`0.30000000000000004`), since only the clerk can say what was meant.
//!
//! Dates may be a date cell, an Excel serial number (`46117`), `20260405`, or text:
//! `2026-04-05`, `2026/4/5`, `2026.4.5`, `2026年4月5日`, with a time of day after it
//! left out.

use jiff::civil::Date;

use super::workbook::Cell;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::money::{self, MoneyError};
use crate::model::{Decimal2, Fen};

/// The amount in `cell`: `None` when empty (or a lone dash, as ledgers mark "none").
/// Negative amounts are refused.
pub fn amount(cell: &Cell) -> Result<Option<Fen>, Problem> {
    let (text, computed) = match cell {
        Cell::Empty => return Ok(None),
        Cell::Number(n) => (n.clone(), true),
        Cell::Text(t) => (t.trim().to_string(), false),
        Cell::Date(_) | Cell::Other(_) => {
            return Err(Problem::Spreadsheet(SpreadsheetProblem::CellAmount {
                text: cell.text().unwrap_or_default(),
                error: MoneyError::Invalid,
                computed: false,
            }));
        }
    };
    if text.is_empty() || is_dash(&text) {
        return Ok(None);
    }
    let bare = text
        .trim_end_matches('元')
        .trim_end_matches(|c: char| c.is_whitespace());
    money::parse_non_negative(bare).map(Some).map_err(|error| {
        Problem::from(SpreadsheetProblem::CellAmount {
            text,
            error,
            computed,
        })
    })
}

/// A count of days or hours in `cell` (`21`, `0.5`): `None` when empty or a dash.
pub fn number(cell: &Cell) -> Result<Option<Decimal2>, Problem> {
    let text = match cell {
        Cell::Empty => return Ok(None),
        Cell::Number(n) => n.clone(),
        Cell::Text(t) => t.trim().to_string(),
        Cell::Date(_) | Cell::Other(_) => cell.text().unwrap_or_default(),
    };
    if text.is_empty() || is_dash(&text) {
        return Ok(None);
    }
    Decimal2::parse(&text)
        .map(Some)
        .map_err(|_| Problem::from(SpreadsheetProblem::CellNumber { text }))
}

/// The date in `cell`; `None` when empty.
pub fn date(cell: &Cell) -> Result<Option<Date>, Problem> {
    let bad = |text: &str| {
        Problem::from(SpreadsheetProblem::CellDate {
            text: text.to_string(),
        })
    };
    match cell {
        Cell::Empty => Ok(None),
        Cell::Date(d) => Ok(Some(*d)),
        Cell::Number(n) => number_date(n).map(Some).ok_or_else(|| bad(n)),
        Cell::Text(t) if t.trim().is_empty() => Ok(None),
        Cell::Text(t) => {
            let t = t.trim();
            let digits = t.bytes().all(|b| b.is_ascii_digit());
            let found = if digits { number_date(t) } else { text_date(t) };
            found.map(Some).ok_or_else(|| bad(t))
        }
        Cell::Other(o) => Err(bad(o)),
    }
}

/// The text in `cell`, trimmed; `None` when empty. Numbers are their digits, dates ISO.
pub fn text(cell: &Cell) -> Option<String> {
    cell.text()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// `-`, `—`, `－`: "nothing" in a ledger's amount column.
fn is_dash(text: &str) -> bool {
    matches!(text.trim(), "-" | "—" | "－" | "--" | "——" | "/")
}

/// A date given as a number: `20260405`, or an Excel serial (days since 1899-12-30,
/// Excel's 1900 date system; 61 is 1900-03-01, before which Excel's calendar is off by a
/// day). A fraction is a time of day, left out.
fn number_date(text: &str) -> Option<Date> {
    let whole = text.split('.').next().unwrap_or(text);
    if whole.len() == 8 && whole.bytes().all(|b| b.is_ascii_digit()) {
        let n: i32 = whole.parse().ok()?;
        return Date::new(
            i16::try_from(n / 10_000).ok()?,
            i8::try_from(n / 100 % 100).ok()?,
            i8::try_from(n % 100).ok()?,
        )
        .ok();
    }
    let serial: i64 = whole.parse().ok()?;
    if !(61..=2_958_465).contains(&serial) {
        return None;
    }
    let epoch = Date::new(1899, 12, 30).ok()?;
    epoch.checked_add(jiff::Span::new().days(serial)).ok()
}

/// `2026-04-05`, `2026/4/5`, `2026.4.5`, `2026年4月5日` (a time of day after a space is
/// left out).
fn text_date(text: &str) -> Option<Date> {
    let day = text.split([' ', 'T']).next().unwrap_or(text);
    let day = day.strip_suffix('日').unwrap_or(day);
    let parts: Vec<&str> = day.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let ok = |p: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !(ok(y, 4..=4) && ok(m, 1..=2) && ok(d, 1..=2)) {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn amounts_are_exact_or_refused() {
        assert_eq!(amount(&t("¥1,234.56")), Ok(Some(Fen(123_456))));
        assert_eq!(amount(&t(" 800元 ")), Ok(Some(Fen(80_000))));
        assert_eq!(
            amount(&Cell::Number("1234.5".into())),
            Ok(Some(Fen(123_450)))
        );
        assert_eq!(amount(&t("-")), Ok(None));
        assert_eq!(amount(&Cell::Empty), Ok(None));
        assert_eq!(
            amount(&Cell::Number("0.30000000000000004".into())),
            Err(Problem::Spreadsheet(SpreadsheetProblem::CellAmount {
                text: "0.30000000000000004".into(),
                error: MoneyError::TooManyDecimals { decimals: 17 },
                computed: true,
            }))
        );
        assert!(matches!(
            amount(&t("-5")),
            Err(Problem::Spreadsheet(SpreadsheetProblem::CellAmount {
                error: MoneyError::Negative,
                ..
            }))
        ));
        assert!(amount(&t("八百")).is_err());
    }

    #[test]
    fn dates_in_the_ways_clerks_write_them() {
        let d = jiff::civil::date(2026, 4, 5);
        for text in [
            "2026-04-05",
            "2026/4/5",
            "2026.4.5",
            "2026年4月5日",
            "2026/4/5 0:00",
            "20260405",
        ] {
            assert_eq!(date(&t(text)), Ok(Some(d)), "{text}");
        }
        assert_eq!(date(&Cell::Number("46117".into())), Ok(Some(d)));
        assert_eq!(date(&Cell::Number("46117.5".into())), Ok(Some(d)));
        assert_eq!(date(&Cell::Date(d)), Ok(Some(d)));
        assert_eq!(
            date(&Cell::Number("61".into())),
            Ok(Some(jiff::civil::date(1900, 3, 1)))
        );
        for bad in ["2026/2/30", "4月5日", "明天", "60", "2026-4"] {
            assert!(date(&t(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn days_and_hours() {
        assert_eq!(number(&Cell::Number("21".into())), Ok(Some(Decimal2(2100))));
        assert_eq!(number(&t("0.5")), Ok(Some(Decimal2(50))));
        assert_eq!(number(&t("")), Ok(None));
        assert!(number(&t("0.125")).is_err());
    }
}
