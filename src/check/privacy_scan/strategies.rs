//! Test-only: helpers that build valid numbers (with their check digits) and
//! the proptest strategies that generate them, shared by the tests of
//! recognition and of rescanning.

use super::classes::digit_value;
use super::numbers::{id_check_value, luhn_valid, to_ascii, valid_date};
use proptest::prelude::*;

/// The digit values of `s`, whatever their width.
pub(super) fn digits_of(s: &str) -> Vec<u8> {
    s.chars().filter_map(digit_value).collect()
}

/// `first17` followed by its resident-ID check character.
pub(super) fn with_id_check(first17: &str) -> String {
    let check = id_check_value(&digits_of(first17)).unwrap_or(u8::MAX);
    let c = if check == 10 {
        'X'
    } else {
        char::from(b'0' + check)
    };
    format!("{first17}{c}")
}

/// `body` followed by the digit that makes it pass the Luhn check.
pub(super) fn luhn_complete(body: &str) -> String {
    (0..10u8)
        .map(|d| format!("{body}{d}"))
        .find(|s| luhn_valid(&digits_of(s)))
        .unwrap_or_default()
}

fn days_in(year: u32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| valid_date(year, month, d))
        .unwrap_or(28)
}

prop_compose! {
    /// A valid YYYYMMDD birth date, 1900-2099.
    pub(super) fn birth_date()(year in 1900u32..=2099, month in 1u32..=12)
        (year in Just(year), month in Just(month), day in 1..=days_in(year, month))
        -> String {
        format!("{year:04}{month:02}{day:02}")
    }
}

prop_compose! {
    /// The first 17 digits of a resident ID.
    pub(super) fn id_body()(area in 100_000u32..=999_999, date in birth_date(), seq in 0u32..=999)
        -> String {
        format!("{area}{date}{seq:03}")
    }
}

/// A valid 18-character resident ID.
pub(super) fn valid_id() -> impl Strategy<Value = String> {
    id_body().prop_map(|body| with_id_check(&body))
}

/// An 11-digit mainland mobile number.
pub(super) fn mobile_number() -> impl Strategy<Value = String> {
    (3u32..=9, 0u64..=999_999_999).prop_map(|(second, rest)| format!("1{second}{rest:09}"))
}

/// A payment card number: an issuer prefix with a length its scheme issues,
/// random digits, and the Luhn check digit.
pub(super) fn luhn_number() -> impl Strategy<Value = String> {
    const ALL: &[usize] = &[16, 17, 18, 19];
    const SCHEMES: &[(&str, &[usize])] = &[
        ("4", &[16, 19]),
        ("51", &[16]),
        ("55", &[16]),
        ("2221", &[16]),
        ("2720", &[16]),
        ("62", ALL),
        ("81", ALL),
        ("60", ALL),
        ("65", ALL),
        ("644", ALL),
        ("3528", ALL),
        ("95", ALL),
    ];
    proptest::sample::select(SCHEMES)
        .prop_flat_map(|(prefix, lens)| (Just(prefix), proptest::sample::select(lens)))
        .prop_flat_map(|(prefix, len)| {
            (
                Just(prefix),
                proptest::collection::vec(0u8..=9, len - 1 - prefix.len()),
            )
        })
        .prop_map(|(prefix, body)| luhn_complete(&format!("{prefix}{}", to_ascii(&body))))
}

/// 16-19 digits passing the Luhn check, whatever they start with.
pub(super) fn any_luhn_number() -> impl Strategy<Value = String> {
    (16usize..=19)
        .prop_flat_map(|len| proptest::collection::vec(0u8..=9, len - 1))
        .prop_map(|body| luhn_complete(&to_ascii(&body)))
}
