//! Money as an exact integer count of fen (0.01 yuan).
//!
//! Owns the [`Fen`] amount type, parsing an amount from the text a clerk typed
//! ([`parse`], [`parse_non_negative`]), its renderings (plain `1234.56` for CSV/JSON,
//! `¥1,234.56` for people) and the Chinese uppercase financial form (大写, [`Fen::daxie`]).
//!
//! It must not use floating point anywhere (no `f64`/`f32`): every amount is an `i64`
//! of fen and all arithmetic is checked. It holds no message wording either: errors are
//! [`MoneyError`] variants with their data, and the texts shown to people come from the
//! module that owns all texts.

use std::fmt::{self, Write as _};

/// An amount of money in fen (分), 1 yuan = 100 fen. May be negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Fen(pub i64);

/// Why a clerk's text is not an amount. Carries data only, never wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// Nothing but spaces (ASCII or full-width `U+3000`).
    Empty,
    /// More than two digits after the decimal point, even when they are zeros (`1.230`).
    TooManyDecimals {
        /// How many digits followed the decimal point.
        decimals: usize,
    },
    /// Scientific notation such as `1e3` or `1.5E-2`.
    Exponent,
    /// A YAML float special: `NaN`, `.nan`, `inf`, `.inf`, `-.inf`, `Infinity`, any case.
    SpecialFloat,
    /// A thousands separator `,` out of place: in the decimals, at either end of the
    /// integer part, doubled, or not followed by groups of exactly three digits.
    MisplacedSeparator,
    /// The amount does not fit in an `i64` count of fen.
    Overflow,
    /// A negative amount where only zero or more is allowed ([`parse_non_negative`]).
    Negative,
    /// Anything else that is not an amount (letters, full-width digits, `12.`, `.5`, …).
    Invalid,
}

/// Smallest amount [`Fen::daxie`] refuses: 10^12 yuan, i.e. 10^14 fen.
const DAXIE_LIMIT_FEN: i64 = 100_000_000_000_000;

/// The characters of the 大写 form, in the order [`Numerals::parse`] reads them: the
/// PBOC's (Simplified) ones, which [`Fen::daxie`] writes. Pages take theirs from the page
/// catalogue of their language (Traditional forms in zh-Hant).
pub const PBOC_NUMERALS: &str = "零壹贰叁肆伍陆柒捌玖 拾佰仟 万亿 元角分整";

/// The characters an amount in words is written with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Numerals {
    /// Digits 0 to 9.
    digits: [char; 10],
    /// Places 10, 100, 1000 inside a four-digit section.
    places: [char; 3],
    /// The words closing a section of 10^4 and of 10^8.
    sections: [char; 2],
    /// 元, 角, 分 and 整.
    units: [char; 4],
}

impl Numerals {
    /// Reads four groups separated by spaces: ten digits, three places, two section
    /// words, and the words for yuan, jiao, fen and "whole"
    /// (`零壹贰叁肆伍陆柒捌玖 拾佰仟 万亿 元角分整`). `None` for anything else.
    pub fn parse(text: &str) -> Option<Numerals> {
        let groups: Vec<Vec<char>> = text
            .split_whitespace()
            .map(|g| g.chars().collect())
            .collect();
        match groups.as_slice() {
            [digits, places, sections, units] => Some(Numerals {
                digits: digits.as_slice().try_into().ok()?,
                places: places.as_slice().try_into().ok()?,
                sections: sections.as_slice().try_into().ok()?,
                units: units.as_slice().try_into().ok()?,
            }),
            _ => None,
        }
    }

    /// The PBOC's characters ([`PBOC_NUMERALS`]).
    fn pboc() -> Numerals {
        // The constant is well formed (a test says so); an empty table never shows.
        Numerals::parse(PBOC_NUMERALS).unwrap_or(Numerals {
            digits: [' '; 10],
            places: [' '; 3],
            sections: [' '; 2],
            units: [' '; 4],
        })
    }
}

/// Parses the amount a clerk typed, e.g. `1234`, `1234.5`, `¥1,234.56`, `-12.30`.
///
/// Accepted, in this order: surrounding ASCII whitespace and full-width spaces (`U+3000`,
/// trimmed); an optional sign `-` or `+`; an optional `¥` (U+00A5) or `￥` (U+FFE5) — the
/// sign may also stand right after the currency sign (`¥-5`), but only once; then ASCII
/// digits, with optional `,` thousands separators in the integer part only (first group 1–3
/// digits, every later group exactly 3); then optionally `.` followed by one or two digits.
/// Leading zeros are allowed (`007` is 7 yuan). `-0` is zero.
///
/// Refused: no digits before the point (`.5`) or after it (`12.`); more than two decimals
/// even if they are zeros; anything else listed in [`MoneyError`].
///
/// # Errors
///
/// The [`MoneyError`] variant naming what is wrong with `text`; never [`MoneyError::Negative`].
pub fn parse(text: &str) -> Result<Fen, MoneyError> {
    let trimmed = text.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\u{3000}');
    if trimmed.is_empty() {
        return Err(MoneyError::Empty);
    }
    let (negative, body) = split_sign_and_symbol(trimmed);
    if is_special_float(body) {
        return Err(MoneyError::SpecialFloat);
    }
    if body.contains(['e', 'E']) {
        return Err(if is_exponent_form(body) {
            MoneyError::Exponent
        } else {
            MoneyError::Invalid
        });
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(MoneyError::Invalid);
    }
    let (int_part, frac_part) = match body.split_once('.') {
        Some((_, frac)) if frac.contains('.') => return Err(MoneyError::Invalid),
        Some((int, frac)) => (int, Some(frac)),
        None => (body, None),
    };
    if int_part.is_empty() {
        return Err(MoneyError::Invalid);
    }
    if frac_part.is_some_and(|frac| frac.contains(',')) {
        return Err(MoneyError::MisplacedSeparator);
    }
    if int_part.contains(',') && !separators_well_placed(int_part) {
        return Err(MoneyError::MisplacedSeparator);
    }
    let frac = frac_part.unwrap_or("");
    if frac_part.is_some() && frac.is_empty() {
        return Err(MoneyError::Invalid);
    }
    if frac.len() > 2 {
        return Err(MoneyError::TooManyDecimals {
            decimals: frac.len(),
        });
    }

    let mut magnitude: i128 = 0;
    let fen_digits = int_part
        .bytes()
        .filter(u8::is_ascii_digit)
        .chain(frac.bytes())
        .chain(std::iter::repeat_n(b'0', 2 - frac.len()));
    for byte in fen_digits {
        magnitude = magnitude
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(byte - b'0')))
            .ok_or(MoneyError::Overflow)?;
    }
    let signed = if negative { -magnitude } else { magnitude };
    i64::try_from(signed)
        .map(Fen)
        .map_err(|_| MoneyError::Overflow)
}

/// Like [`parse`], but a negative amount is refused with [`MoneyError::Negative`].
///
/// Other errors take precedence (`-1e3` is [`MoneyError::Exponent`]); `-0` is accepted as 0.
///
/// # Errors
///
/// As [`parse`], plus [`MoneyError::Negative`] for an amount below zero.
pub fn parse_non_negative(text: &str) -> Result<Fen, MoneyError> {
    let fen = parse(text)?;
    if fen.0 < 0 {
        Err(MoneyError::Negative)
    } else {
        Ok(fen)
    }
}

/// Splits off an optional sign and currency sign; returns (is negative, rest).
fn split_sign_and_symbol(text: &str) -> (bool, &str) {
    let (mut sign, mut rest) = split_sign(text);
    let before_symbol = rest;
    rest = rest.strip_prefix(['¥', '￥']).unwrap_or(before_symbol);
    if sign.is_none() && rest.len() != before_symbol.len() {
        (sign, rest) = split_sign(rest);
    }
    (sign == Some('-'), rest)
}

fn split_sign(text: &str) -> (Option<char>, &str) {
    match text.chars().next() {
        Some(c @ ('-' | '+')) => (Some(c), &text[c.len_utf8()..]),
        _ => (None, text),
    }
}

/// YAML 1.1/1.2 float specials and their common spellings, any letter case.
fn is_special_float(body: &str) -> bool {
    let word = body.strip_prefix('.').unwrap_or(body);
    ["nan", "inf", "infinity"]
        .iter()
        .any(|special| word.eq_ignore_ascii_case(special))
}

/// `mantissa[eE][+-]digits` where the mantissa is made of digits, `.` and `,` only.
fn is_exponent_form(body: &str) -> bool {
    let Some((mantissa, exponent)) = body.split_once(['e', 'E']) else {
        return false;
    };
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    mantissa.bytes().any(|b| b.is_ascii_digit())
        && mantissa
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && !exponent.is_empty()
        && exponent.bytes().all(|b| b.is_ascii_digit())
}

/// First group 1–3 digits, every later group exactly 3 digits.
fn separators_well_placed(int_part: &str) -> bool {
    let mut groups = int_part.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|first| (1..=3).contains(&first.len()));
    first_ok && groups.all(|group| group.len() == 3)
}

impl Fen {
    /// Sign and magnitude split into whole yuan and remaining fen (0–99).
    fn parts(self) -> (bool, u64, u64) {
        let magnitude = self.0.unsigned_abs();
        (self.0 < 0, magnitude / 100, magnitude % 100)
    }

    /// Plain text for CSV and JSON: `1234.56`, `-0.05`, `0.00` — always two decimals,
    /// `-` for negatives, no currency sign, no separators.
    #[must_use]
    pub fn yuan_text(self) -> String {
        let (negative, yuan, cents) = self.parts();
        let sign = if negative { "-" } else { "" };
        format!("{sign}{yuan}.{cents:02}")
    }

    /// Text for people: `¥1,234.56`, negatives as `-¥1,234.56`.
    #[must_use]
    pub fn display(self) -> String {
        let (negative, yuan, cents) = self.parts();
        let digits = yuan.to_string();
        let mut out = String::with_capacity(digits.len() * 4 / 3 + 6);
        if negative {
            out.push('-');
        }
        out.push('¥');
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(digit);
        }
        let _ = write!(out, ".{cents:02}");
        out
    }

    /// `self + other`, or `None` on overflow.
    #[must_use]
    pub fn checked_add(self, other: Fen) -> Option<Fen> {
        self.0.checked_add(other.0).map(Fen)
    }

    /// `self - other`, or `None` on overflow.
    #[must_use]
    pub fn checked_sub(self, other: Fen) -> Option<Fen> {
        self.0.checked_sub(other.0).map(Fen)
    }

    /// Total of all amounts, or `None` when the total does not fit in an `i64` of fen.
    /// Summed exactly in `i128`, so only the final total matters, not the order.
    #[must_use]
    pub fn sum<I: IntoIterator<Item = Fen>>(iter: I) -> Option<Fen> {
        let total = iter
            .into_iter()
            .try_fold(0_i128, |acc, fen| acc.checked_add(i128::from(fen.0)))?;
        i64::try_from(total).ok().map(Fen)
    }

    /// The Chinese uppercase financial form (大写) as written on cheques, e.g.
    /// `16409.02` → `壹万陆仟肆佰零玖元零贰分`.
    ///
    /// `None` for negative amounts and from 10^12 yuan on (the largest is
    /// 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分).
    ///
    /// Rules, after the PBOC 《正确填写票据和结算凭证的基本规定》:
    /// - Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a four-digit section, sections
    ///   closed by 亿 and 万; an all-zero section writes no 亿/万. 壹拾 is always written
    ///   with 壹 (壹拾元, 壹拾万, 壹拾亿).
    /// - Zeros in the yuan part: a run of zeros between two non-zero digits is written as a
    ///   single 零 when it lies inside a section (壹仟零壹拾) or at the start of a section
    ///   (壹万零伍佰, 壹佰万零壹佰, 壹亿零壹拾万; an all-zero section counts as its start:
    ///   壹亿零壹仟). Zeros at the end of a section are silent, even when the next section
    ///   starts with a non-zero digit: 1,001,000 → 壹佰万壹仟. (Rule 三 of the PBOC text lets
    ///   a 零 at the 万 position be written or left out; this picks "left out" for trailing
    ///   zeros and "written" for leading ones, the common bank and textbook practice.)
    /// - Leading and trailing zeros of the whole number are never written; zero yuan
    ///   writes no 元 at all unless the whole amount is zero (零元整).
    /// - 角 zero and 分 non-zero after a non-zero yuan part: 零 after 元 (元零贰分, PBOC rule
    ///   四, mandatory). 角 non-zero: no 零 after 元 even if the 元 digit is zero
    ///   (壹仟陆佰捌拾元叁角贰分; rule 三 allows either, and this keeps "trailing zeros of a
    ///   section are silent").
    /// - 整 follows 元 (…元整) or 角 (…伍角整), never 分.
    #[must_use]
    pub fn daxie(self) -> Option<String> {
        self.daxie_with(&Numerals::pboc())
    }

    /// The 大写 form by the rules of [`Fen::daxie`], written with the characters `n`
    /// (Traditional forms: 壹萬陸仟肆佰零玖元零貳分).
    #[must_use]
    pub fn daxie_with(self, n: &Numerals) -> Option<String> {
        if !(0..DAXIE_LIMIT_FEN).contains(&self.0) {
            return None;
        }
        let (_, yuan, cents) = self.parts();
        let (jiao, fen) = (cents / 10, cents % 10);
        let [yuan_word, jiao_word, fen_word, whole] = n.units;
        let mut out = String::new();
        if yuan > 0 {
            write_yuan(yuan, &mut out, n);
            out.push(yuan_word);
        }
        match (jiao, fen) {
            (0, 0) if yuan == 0 => out.extend([n.digits[0], yuan_word, whole]),
            (0, 0) => out.push(whole),
            (_, 0) => {
                push_digit(jiao, &mut out, n);
                out.extend([jiao_word, whole]);
            }
            _ => {
                if jiao > 0 {
                    push_digit(jiao, &mut out, n);
                    out.push(jiao_word);
                } else if yuan > 0 {
                    out.push(n.digits[0]);
                }
                push_digit(fen, &mut out, n);
                out.push(fen_word);
            }
        }
        Some(out)
    }
}

/// Writes a positive yuan count below 10^12 as sections of 亿, 万 and ones.
fn write_yuan(yuan: u64, out: &mut String, n: &Numerals) {
    let [wan, yi] = n.sections;
    let sections = [
        (yuan / 100_000_000 % 10_000, Some(yi)),
        (yuan / 10_000 % 10_000, Some(wan)),
        (yuan % 10_000, None),
    ];
    let mut written = false;
    let mut skipped_zero_section = false;
    for (section, unit) in sections {
        if section == 0 {
            skipped_zero_section |= written;
            continue;
        }
        if written && (skipped_zero_section || section < 1000) {
            out.push(n.digits[0]);
        }
        write_section(section, out, n);
        out.extend(unit);
        written = true;
        skipped_zero_section = false;
    }
}

/// Writes a section 1..=9999 without its leading zeros; inner zero runs become one 零,
/// trailing zeros are silent.
fn write_section(section: u64, out: &mut String, n: &Numerals) {
    let [ten, hundred, thousand] = n.places;
    // Positions inside a four-digit section, highest first: (place value, unit).
    let places = [
        (1000, Some(thousand)),
        (100, Some(hundred)),
        (10, Some(ten)),
        (1, None),
    ];
    let mut started = false;
    let mut zeros_pending = false;
    for (place, unit) in places {
        let digit = section / place % 10;
        if digit == 0 {
            zeros_pending = started;
            continue;
        }
        if zeros_pending {
            out.push(n.digits[0]);
        }
        push_digit(digit, out, n);
        out.extend(unit);
        started = true;
        zeros_pending = false;
    }
}

/// Pushes the 大写 digit for `digit % 10`.
fn push_digit(digit: u64, out: &mut String, n: &Numerals) {
    let index = usize::try_from(digit % 10).unwrap_or_default();
    out.push(n.digits.get(index).copied().unwrap_or(n.digits[0]));
}

impl fmt::Display for Fen {
    /// Same as [`Fen::display`]: `¥1,234.56`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn yuan(text: &str) -> Fen {
        match parse(text) {
            Ok(fen) => fen,
            Err(err) => panic!("{text:?} did not parse: {err:?}"),
        }
    }

    fn daxie_of(text: &str) -> String {
        yuan(text).daxie().unwrap_or_default()
    }

    #[test]
    fn daxie_examples() {
        let cases = [
            ("10500", "壹万零伍佰元整"),
            ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
            ("10", "壹拾元整"),
            ("0.05", "伍分"),
            ("0.15", "壹角伍分"),
            ("0.50", "伍角整"),
            ("1234.50", "壹仟贰佰叁拾肆元伍角整"),
            ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
            ("0", "零元整"),
            ("100000", "壹拾万元整"),
            ("1000000.01", "壹佰万元零壹分"),
            ("100010", "壹拾万零壹拾元整"),
            ("10000001", "壹仟万零壹元整"),
            ("100000000", "壹亿元整"),
            ("100100000", "壹亿零壹拾万元整"),
            ("1001000", "壹佰万壹仟元整"),
            ("1000100", "壹佰万零壹佰元整"),
            ("1000000000", "壹拾亿元整"),
            ("100001000", "壹亿零壹仟元整"),
            ("100000001", "壹亿零壹元整"),
            ("100000000000", "壹仟亿元整"),
            ("100000000001", "壹仟亿零壹元整"),
            ("1409.50", "壹仟肆佰零玖元伍角整"),
            ("6007.14", "陆仟零柒元壹角肆分"),
            ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
            ("107000.53", "壹拾万柒仟元伍角叁分"),
            ("325.04", "叁佰贰拾伍元零肆分"),
            ("1010", "壹仟零壹拾元整"),
            ("110", "壹佰壹拾元整"),
            ("1", "壹元整"),
            ("0.01", "壹分"),
            ("100000.50", "壹拾万元伍角整"),
            ("100000000.05", "壹亿元零伍分"),
            ("1020304050", "壹拾亿贰仟零叁拾万肆仟零伍拾元整"),
        ];
        for (amount, expected) in cases {
            assert_eq!(daxie_of(amount), expected, "daxie of {amount}");
        }
    }

    #[test]
    fn daxie_range() {
        assert_eq!(
            Fen(DAXIE_LIMIT_FEN - 1).daxie().as_deref(),
            Some("玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")
        );
        assert_eq!(Fen(DAXIE_LIMIT_FEN).daxie(), None);
        assert_eq!(Fen(i64::MAX).daxie(), None);
        assert_eq!(Fen(-1).daxie(), None);
        assert_eq!(Fen(i64::MIN).daxie(), None);
    }

    #[test]
    fn numerals_are_data() {
        assert!(Numerals::parse(PBOC_NUMERALS).is_some());
        for bad in [
            "",
            "零壹贰 拾佰仟 万亿 元角分整",
            "零壹贰叁肆伍陆柒捌玖 拾佰仟 万亿",
        ] {
            assert_eq!(Numerals::parse(bad), None, "{bad}");
        }
        let traditional = Numerals::parse("零壹貳參肆伍陸柒捌玖 拾佰仟 萬億 圓角分整");
        let written = traditional.and_then(|n| Fen(1_000_020_000_302).daxie_with(&n));
        assert_eq!(written.as_deref(), Some("壹佰億零貳拾萬零參圓零貳分"));
    }

    #[test]
    fn parse_accepts() {
        let cases: [(&str, i64); 30] = [
            ("1234", 123_400),
            ("1234.5", 123_450),
            ("1234.56", 123_456),
            ("0.05", 5),
            ("1,234.56", 123_456),
            ("1,234,567.89", 123_456_789),
            ("123,456", 12_345_600),
            ("¥1,234.56", 123_456),
            ("￥12", 1_200),
            ("-12.30", -1_230),
            ("+12", 1_200),
            ("-¥1,234.56", -123_456),
            ("+￥1", 100),
            ("¥-5", -500),
            ("  12.5\u{3000}", 1_250),
            ("\u{3000}\u{3000}12\t\n", 1_200),
            ("007", 700),
            ("0", 0),
            ("-0", 0),
            ("0.00", 0),
            ("0,000", 0),
            ("1,000", 100_000),
            ("92233720368547758.07", i64::MAX),
            ("-92233720368547758.08", i64::MIN),
            ("92,233,720,368,547,758.07", i64::MAX),
            ("000000000000000000000000000000000000000000000001", 100),
            ("12.3", 1_230),
            ("-0.01", -1),
            ("1.00", 100),
            ("9", 900),
        ];
        for (text, fen) in cases {
            assert_eq!(parse(text), Ok(Fen(fen)), "parse {text:?}");
        }
    }

    #[test]
    fn parse_refuses() {
        use MoneyError::*;
        let cases = [
            ("", Empty),
            ("   ", Empty),
            ("\u{3000}", Empty),
            ("1.234", TooManyDecimals { decimals: 3 }),
            ("0.001", TooManyDecimals { decimals: 3 }),
            ("1.230", TooManyDecimals { decimals: 3 }),
            ("1,234.5678", TooManyDecimals { decimals: 4 }),
            ("1e3", Exponent),
            ("1E3", Exponent),
            ("1.5e-2", Exponent),
            ("-2E+5", Exponent),
            ("¥1e400", Exponent),
            ("NaN", SpecialFloat),
            ("nan", SpecialFloat),
            (".nan", SpecialFloat),
            (".NaN", SpecialFloat),
            ("inf", SpecialFloat),
            (".inf", SpecialFloat),
            ("-.inf", SpecialFloat),
            ("+.Inf", SpecialFloat),
            (".INF", SpecialFloat),
            ("Infinity", SpecialFloat),
            ("-infinity", SpecialFloat),
            ("1,23.00", MisplacedSeparator),
            ("12,34", MisplacedSeparator),
            (",123", MisplacedSeparator),
            ("1,,234", MisplacedSeparator),
            ("1234,", MisplacedSeparator),
            ("1234,567", MisplacedSeparator),
            ("1,2345", MisplacedSeparator),
            ("1.5,0", MisplacedSeparator),
            (",", MisplacedSeparator),
            ("92233720368547758.08", Overflow),
            ("-92233720368547758.09", Overflow),
            ("100000000000000000", Overflow),
            (
                "999999999999999999999999999999999999999999999999999999999999",
                Overflow,
            ),
            (".", Invalid),
            ("12.", Invalid),
            (".5", Invalid),
            ("-", Invalid),
            ("+", Invalid),
            ("¥", Invalid),
            ("-¥", Invalid),
            ("abc", Invalid),
            ("1.2.3", Invalid),
            ("１２３", Invalid),
            ("12元", Invalid),
            ("1 234", Invalid),
            ("¥ 12", Invalid),
            ("0x10", Invalid),
            ("1_000", Invalid),
            ("--1", Invalid),
            ("+-1", Invalid),
            ("-¥-1", Invalid),
            ("¥¥1", Invalid),
            ("1¥", Invalid),
            ("1e", Invalid),
            ("e3", Invalid),
            ("1e3.5", Invalid),
            ("12a", Invalid),
            ("1，234", Invalid),
            ("null", Invalid),
            ("~", Invalid),
            ("\"12\"", Invalid),
        ];
        for (text, error) in cases {
            assert_eq!(parse(text), Err(error), "parse {text:?}");
        }
    }

    #[test]
    fn parse_non_negative_cases() {
        assert_eq!(parse_non_negative("-0.01"), Err(MoneyError::Negative));
        assert_eq!(parse_non_negative("-¥1,234.56"), Err(MoneyError::Negative));
        assert_eq!(parse_non_negative("-0"), Ok(Fen(0)));
        assert_eq!(parse_non_negative("¥1,234.56"), Ok(Fen(123_456)));
        assert_eq!(parse_non_negative("-1e3"), Err(MoneyError::Exponent));
        assert_eq!(parse_non_negative(""), Err(MoneyError::Empty));
    }

    #[test]
    fn text_renderings() {
        let cases: [(i64, &str, &str); 12] = [
            (0, "0.00", "¥0.00"),
            (5, "0.05", "¥0.05"),
            (-5, "-0.05", "-¥0.05"),
            (50, "0.50", "¥0.50"),
            (100, "1.00", "¥1.00"),
            (99_999, "999.99", "¥999.99"),
            (100_000, "1000.00", "¥1,000.00"),
            (123_456, "1234.56", "¥1,234.56"),
            (-123_456, "-1234.56", "-¥1,234.56"),
            (12_345_678_900, "123456789.00", "¥123,456,789.00"),
            (
                i64::MAX,
                "92233720368547758.07",
                "¥92,233,720,368,547,758.07",
            ),
            (
                i64::MIN,
                "-92233720368547758.08",
                "-¥92,233,720,368,547,758.08",
            ),
        ];
        for (fen, plain, shown) in cases {
            assert_eq!(Fen(fen).yuan_text(), plain);
            assert_eq!(Fen(fen).display(), shown);
            assert_eq!(Fen(fen).to_string(), shown);
        }
        assert_eq!(format!("[{:>12}]", Fen(123_456)), "[   ¥1,234.56]");
    }

    #[test]
    fn arithmetic_and_overflow() {
        assert_eq!(Fen(1).checked_add(Fen(2)), Some(Fen(3)));
        assert_eq!(Fen(i64::MAX).checked_add(Fen(1)), None);
        assert_eq!(Fen(5).checked_sub(Fen(7)), Some(Fen(-2)));
        assert_eq!(Fen(i64::MIN).checked_sub(Fen(1)), None);
        assert_eq!(Fen::sum([Fen(1), Fen(2), Fen(-4)]), Some(Fen(-1)));
        assert_eq!(Fen::sum(Vec::new()), Some(Fen(0)));
        assert_eq!(Fen::sum([Fen(i64::MAX), Fen(1)]), None);
        assert_eq!(Fen::sum([Fen(i64::MIN), Fen(-1)]), None);
        // Only the total has to fit, not every running total.
        assert_eq!(
            Fen::sum([Fen(i64::MAX), Fen(1), Fen(-1)]),
            Some(Fen(i64::MAX))
        );
        assert_eq!(Fen::default(), Fen(0));
    }

    // ---- An independent reader of 大写 text, for the round-trip property. ----

    fn digit_value(c: char) -> Option<i64> {
        "零壹贰叁肆伍陆柒捌玖"
            .chars()
            .position(|d| d == c)
            .and_then(|p| i64::try_from(p).ok())
    }

    fn digit_char(d: u64) -> char {
        "零壹贰叁肆伍陆柒捌玖"
            .chars()
            .zip(0_u64..)
            .find(|(_, v)| *v == d)
            .map_or('?', |(c, _)| c)
    }

    /// Reads 大写 back to fen. 零 is ignored; 拾 needs an explicit digit (壹拾).
    fn read_daxie(text: &str) -> Option<i64> {
        let body = text.strip_suffix('整').unwrap_or(text);
        let (int_text, frac_text) = body.split_once('元').unwrap_or(("", body));
        let (mut yi, mut wan, mut section) = (0_i64, 0_i64, 0_i64);
        let mut digit: Option<i64> = None;
        for c in int_text.chars() {
            match c {
                '零' => {}
                '拾' => section += digit.take()? * 10,
                '佰' => section += digit.take()? * 100,
                '仟' => section += digit.take()? * 1000,
                '万' => wan = std::mem::take(&mut section) + digit.take().unwrap_or(0),
                '亿' => yi = std::mem::take(&mut section) + digit.take().unwrap_or(0),
                _ if digit.is_none() => digit = Some(digit_value(c)?),
                _ => return None,
            }
        }
        let yuan = yi * 100_000_000 + wan * 10_000 + section + digit.unwrap_or(0);
        let mut fen = 0;
        let mut digit: Option<i64> = None;
        for c in frac_text.chars() {
            match c {
                '零' => {}
                '角' => fen += digit.take()? * 10,
                '分' => fen += digit.take()?,
                _ if digit.is_none() => digit = Some(digit_value(c)?),
                _ => return None,
            }
        }
        if digit.is_some() {
            return None;
        }
        Some(yuan * 100 + fen)
    }

    /// The 零 rule stated over digit positions instead of sections: a zero run between two
    /// non-zero yuan digits writes 零 unless it lies at the end of one section only.
    fn expected_daxie(amount: u64) -> String {
        let (yuan, jiao, fen) = (amount / 100, amount / 10 % 10, amount % 10);
        let digit_at = |p: u32| yuan / 10_u64.pow(p) % 10;
        let mut out = String::new();
        let mut last_nonzero: Option<u32> = None;
        for p in (0..12_u32).rev() {
            let d = digit_at(p);
            if d != 0 {
                if let Some(q) = last_nonzero
                    && q > p + 1
                {
                    let run = p + 1..q;
                    let has_section_start = run.clone().any(|r| r % 4 == 3);
                    let ends_section = run.start % 4 == 0;
                    if has_section_start || !ends_section {
                        out.push('零');
                    }
                }
                out.push(digit_char(d));
                out.push_str(["", "拾", "佰", "仟"][(p % 4) as usize]);
                last_nonzero = Some(p);
            }
            if p == 8 || p == 4 {
                let section_nonzero = (p..p + 4).any(|r| digit_at(r) != 0);
                if section_nonzero {
                    out.push(if p == 8 { '亿' } else { '万' });
                }
            }
        }
        if yuan > 0 {
            out.push('元');
        }
        if jiao == 0 && fen == 0 {
            out.push_str(if yuan == 0 { "零元整" } else { "整" });
            return out;
        }
        if jiao > 0 {
            out.push(digit_char(jiao));
            out.push('角');
        } else if yuan > 0 {
            out.push('零');
        }
        if fen > 0 {
            out.push(digit_char(fen));
            out.push('分');
        } else {
            out.push('整');
        }
        out
    }

    /// Shape rules every 大写 text must follow.
    fn well_formed(text: &str) -> bool {
        if text == "零元整" {
            return true;
        }
        let chars: Vec<char> = text.chars().collect();
        let is_digit = |c: char| "壹贰叁肆伍陆柒捌玖".contains(c);
        let is_unit = |c: char| "拾佰仟万亿元角分".contains(c);
        let digits_have_units = chars
            .iter()
            .enumerate()
            .filter(|(_, c)| is_digit(**c))
            .all(|(i, _)| chars.get(i + 1).is_some_and(|c| is_unit(*c)));
        let zeros_before_digits = chars
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == '零')
            .all(|(i, _)| i > 0 && chars.get(i + 1).is_some_and(|c| is_digit(*c)));
        let zheng_ok = match text.find('整') {
            Some(i) => i + '整'.len_utf8() == text.len() && !text.ends_with("分整"),
            None => text.ends_with('分'),
        };
        digits_have_units && zeros_before_digits && zheng_ok
    }

    fn zero_heavy_amount() -> impl Strategy<Value = u64> {
        proptest::collection::vec(prop_oneof![3 => Just(0_u64), 1 => 1_u64..10], 14)
            .prop_map(|digits| digits.iter().fold(0, |acc, d| acc * 10 + d))
    }

    fn daxie_amount() -> impl Strategy<Value = u64> {
        prop_oneof![
            0_u64..10_000,
            0_u64..100_000_000,
            0_u64..1_000_000_000_000,
            0_u64..100_000_000_000_000,
            zero_heavy_amount(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn daxie_round_trips(amount in daxie_amount()) {
            let fen = i64::try_from(amount).unwrap_or(i64::MAX);
            let text = Fen(fen).daxie();
            prop_assert!(text.is_some(), "no daxie for {}", fen);
            let text = text.unwrap_or_default();
            prop_assert_eq!(read_daxie(&text), Some(fen), "read back {}", text);
            prop_assert!(well_formed(&text), "malformed {}", text);
            prop_assert_eq!(&text, &expected_daxie(amount));
        }

        #[test]
        fn yuan_text_round_trips(fen in any::<i64>()) {
            prop_assert_eq!(parse(&Fen(fen).yuan_text()), Ok(Fen(fen)));
        }

        #[test]
        fn display_round_trips(fen in any::<i64>()) {
            prop_assert_eq!(parse(&Fen(fen).display()), Ok(Fen(fen)));
            prop_assert_eq!(parse(&Fen(fen).display().replace('¥', "￥")), Ok(Fen(fen)));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,24}") {
            let _ = parse(&text);
        }

        #[test]
        fn parse_never_panics_on_number_like_text(text in "[-+¥￥ 0-9.,eE\u{3000}]{0,30}") {
            if let Ok(fen) = parse(&text) {
                prop_assert_eq!(parse(&fen.yuan_text()), Ok(fen));
            }
        }
    }
}
