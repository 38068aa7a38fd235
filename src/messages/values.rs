//! What is said about single values: dates (impossible ones with the month's length),
//! periods, amounts of money, numbers, true or false, and choices from a fixed list.

use super::Problem;
use super::words::{self, list, yes};
use crate::catalog::{Args, Catalog};
use crate::model::money::MoneyError;

/// The arguments of a problem this file speaks about; `None` for any other.
pub(super) fn args(problem: &Problem, cat: &Catalog) -> Option<Args<'static>> {
    use Problem::*;
    let pairs: Vec<(&'static str, String)> = match problem {
        BadDate { text }
        | BadPeriod { text }
        | BadInteger { text }
        | FullWidthDigits { text }
        | BadNumber { text }
        | BadBool { text } => vec![("text", text.clone())],
        FullWidthMark { text, mark } => vec![("text", text.clone()), ("mark", mark.to_string())],
        ImpossibleDate {
            text,
            year,
            month,
            day,
            days,
        } => {
            let why = match days {
                None => "month",
                Some(28) if *month == 2 && *day == 29 => "not-leap",
                Some(_) => "day",
            };
            vec![
                ("text", text.clone()),
                ("year", year.to_string()),
                ("month", month.to_string()),
                ("days", days.unwrap_or_default().to_string()),
                // The month's last day, written as a date: `2026-04-30`.
                (
                    "last",
                    format!("{year}-{month:02}-{:02}", days.unwrap_or_default()),
                ),
                ("why", why.to_string()),
            ]
        }
        BadMoney { text, error } => vec![
            ("text", text.clone()),
            ("reason", money_reason(cat, error)),
            ("negative", yes(*error == MoneyError::Negative).to_string()),
        ],
        IntegerOutOfRange {
            key,
            text,
            too_large,
            range,
        } => vec![
            ("key", key.clone()),
            ("text", text.clone()),
            ("large", yes(*too_large).to_string()),
            ("ranged", yes(range.is_some()).to_string()),
            ("min", range.map(|r| r.0.to_string()).unwrap_or_default()),
            ("max", range.map(|r| r.1.to_string()).unwrap_or_default()),
        ],
        BadChoice {
            key,
            value,
            allowed,
        } => vec![
            ("key", key.clone()),
            ("value", value.clone()),
            ("allowed", list(cat, allowed)),
        ],
        NegativeNumber { key, value } => vec![("key", key.clone()), ("value", value.clone())],
        _ => return None,
    };
    Some(words::args(pairs))
}

/// Why a text is not an amount, in the catalogue's words.
pub(super) fn money_reason(cat: &Catalog, error: &MoneyError) -> String {
    use MoneyError::*;
    let id = match error {
        Empty => "bad-amount-empty",
        TooManyDecimals { .. } => "bad-amount-decimals",
        Exponent => "bad-amount-exponent",
        SpecialFloat => "bad-amount-special",
        MisplacedSeparator => "bad-amount-separator",
        Overflow => "bad-amount-overflow",
        Negative => "bad-amount-negative",
        Invalid => "bad-amount-invalid",
    };
    let decimals = match error {
        TooManyDecimals { decimals } => decimals.to_string(),
        _ => String::new(),
    };
    cat.format(id, Some(&words::args([("decimals", decimals)])))
}
