//! What is said about single values: dates, periods, amounts of money, numbers, true or
//! false, and choices from a fixed list.

use super::Problem;
use crate::model::money::MoneyError;

/// The message of a problem this file speaks about (empty for any other: see
/// `Problem::topic`).
pub(super) fn message(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        BadDate { text } => format!("`{text}` is not a date"),
        BadPeriod { text } => format!("`{text}` is not a period"),
        BadMoney { text, error } => {
            format!("`{text}` is not an amount: {}", money_reason(error))
        }
        BadInteger { text } => format!("`{text}` is not a whole number"),
        IntegerOutOfRange {
            key,
            text,
            too_large,
            range,
        } => match (too_large, range) {
            (true, Some((min, max))) => format!(
                "`{key}: {text}` is too large: it must be at most {max} (a whole number from {min} to {max})"
            ),
            (false, Some((min, max))) => format!(
                "`{key}: {text}` is too small: it must be {min} or more (a whole number from {min} to {max})"
            ),
            (true, None) => format!("`{key}: {text}` is too large to hold"),
            (false, None) => format!("`{key}: {text}` is too small to hold"),
        },
        FullWidthDigits { text } => format!(
            "`{text}` is written with full-width digits (１２３); numbers are typed with half-width digits (123)"
        ),
        BadNumber { text } => format!("`{text}` is not a number"),
        BadBool { text } => format!("`{text}` is not true or false"),
        BadChoice {
            key,
            value,
            allowed,
        } => format!(
            "`{value}` is not allowed for `{key}`; allowed: {}",
            allowed.join(", ")
        ),
        NegativeNumber { key, value } => {
            format!("`{key}` is {value}; it must not be negative")
        }
        _ => String::new(),
    }
}

/// The hint of a problem this file speaks about (empty for any other).
pub(super) fn hint(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        BadDate { .. } => "日期写成 年-月-日，例如 2026-04-05。".into(),
        BadPeriod { .. } => {
            "期间写成 2026（全年）、2026-H1（上半年）、2026-Q1（第一季度）或 2026-03（月份）。"
                .into()
        }
        BadMoney { .. } => {
            "金额以元为单位，最多两位小数，例如 1234.56 或 \"1,234.56\"，不要写“元”字或科学计数法。"
                .into()
        }
        BadInteger { .. } => "这里填整数，例如 120。".into(),
        IntegerOutOfRange {
            range: Some((min, max)),
            ..
        } => format!("这里填 {min} 到 {max} 之间的整数。"),
        IntegerOutOfRange { .. } => "这个数太大了，请核对是否多写了位数。".into(),
        FullWidthDigits { .. } => {
            "这里的数字是全角数字（如 １２３）。请切换到英文（半角）输入法重新输入数字，例如 1234.56；小数点、逗号、减号也用半角。".into()
        }
        BadNumber { .. } => "这里填数字，最多两位小数，例如 21 或 0.5。".into(),
        BadBool { .. } => "这里填 true（是）或 false（否）。".into(),
        BadChoice { allowed, .. } => format!("可以填：{}", allowed.join("、")),
        NegativeNumber { .. } => "天数、小时数、人数和票数都不能是负数，请核对原始记录。".into(),
        _ => String::new(),
    }
}

fn money_reason(error: &MoneyError) -> String {
    use MoneyError::*;
    match error {
        Empty => "it is empty".into(),
        TooManyDecimals { decimals } => {
            format!("it has {decimals} decimals, at most 2 (fen) are allowed")
        }
        Exponent => "exponents are not allowed".into(),
        SpecialFloat => "NaN and infinity are not amounts".into(),
        MisplacedSeparator => "the thousands separators are misplaced".into(),
        Overflow => "it is too large".into(),
        Negative => "a negative amount is not allowed here".into(),
        Invalid => "it is not written as yuan with at most two decimals".into(),
    }
}
