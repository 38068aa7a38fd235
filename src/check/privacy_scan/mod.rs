//! Finding personal numbers in text: mainland resident ID numbers (18-digit
//! GB 11643-1999 and old 15-digit), mainland mobile numbers, and bank card
//! numbers, each reported with its exact byte offsets into the scanned text.
//!
//! This module owns only the recognition rules: what counts as one of these
//! numbers, where it starts and ends, and how to mask it for a message.
//! It does not turn offsets into file/line/column locations, build
//! diagnostics, or decide what may be published: there is no allow-list
//! here, callers apply their own (for example by comparing
//! [`PiiHit::normalized`]).
//!
//! [`scan_edit`] finds the hits of a new version of a text from the old
//! version's hits, scanning only around what changed, with the same result as
//! [`scan`]: the preview rescans large output files on every save.
//!
//! Recognition is a hand-written scan over `char`s (no regex), so a number
//! directly beside Han characters or Chinese punctuation is found, and so is
//! one with a label of letters attached (`Tel13812345678`, `ID110105...`);
//! a number touching another digit (part of a longer number), or letters that
//! touch digits on their other side (an alphanumeric code such as a hash), is
//! not. Full-width digits (`０`-`９`) count as digits too, because Chinese input
//! methods produce them, and characters that do not show (zero-width spaces
//! and joiners, the word joiner, a BOM, the soft hyphen) are skipped wherever
//! they are. Hits keep the offsets of the text as written.
//!
//! Rules beyond the plain digit patterns:
//! - A number followed by `.` and a digit, or preceded by a digit and `.`,
//!   is part of a decimal amount (`13812345678.00`) and is not a hit.
//! - Grouped forms join digit groups with single separators, spaces of any
//!   width (ASCII, U+3000, no-break) or dashes, mixed or not: mobiles
//!   `138 1234 5678`, `138 0013-8000` (with `+86`, `86`, `0086`, `(+86)`
//!   before), bank cards `6222 0212 3456 7890` (+ a last group of 1-3 digits)
//!   and `3782 822463 10005`, resident IDs `110105 19491231 002X`. A chain of
//!   groups must split wholly into such numbers and other things (a stretch
//!   joined by the other separator kind, like the date in `2026-04-05 138
//!   1234 5678`), so none is cut out of a longer grouped sequence.
//! - A bank card passes the Luhn check and starts with the issuer prefix of
//!   a card scheme issuing numbers of its length (UnionPay 62, Visa 4, ...):
//!   Luhn alone passes one order number in ten.
//! - A row of four years (`2023 2024 2025 2026`) is not a bank card, and
//!   neither is an all-digit 18-digit string that is a 统一社会信用代码 in its
//!   whole GB 32100 structure (unless it is a valid resident ID).
//!
//! The rooms: `classes` says what each character is to the scanner;
//! `numbers` what a valid ID, mobile, card or credit code is; `recognise`
//! finds them in a text; `rescan` finds them again after an
//! edit, from the old hits.

mod classes;
mod numbers;
#[cfg(test)]
mod oracle;
mod recognise;
mod rescan;
mod runs;
#[cfg(test)]
mod strategies;

pub use rescan::{Edit, scan_edit};
pub use runs::{scan, scan_utf8};

/// What kind of personal number a hit is.
///
/// When two readings of a span overlap, a resident ID wins over a bank card,
/// which wins over a mobile (this is not the derived `Ord`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PiiKind {
    ResidentId,
    Mobile,
    BankCard,
}

impl PiiKind {
    /// Lower wins when two candidate spans overlap.
    fn priority(self) -> u8 {
        match self {
            PiiKind::ResidentId => 0,
            PiiKind::BankCard => 1,
            PiiKind::Mobile => 2,
        }
    }
}

/// One personal number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PiiHit {
    pub kind: PiiKind,
    /// Byte offset of the first byte of the hit in the scanned text.
    pub start: usize,
    /// Byte offset just past the hit: `&text[start..end] == value`.
    pub end: usize,
    /// The matched text as written (separators, `+86` prefix and full-width
    /// digits included).
    pub value: String,
    /// ASCII digits only (plus a final `X` for resident IDs). For mobiles this
    /// is the 11-digit national number, without any `86` country code, so the
    /// same phone written in different ways normalizes the same.
    pub normalized: String,
}

/// Masks a value for messages: the first 3 and last 2 characters stay
/// visible, every other character becomes `*`. A value of 5 characters or
/// fewer is masked whole, so that masking never shows a complete value.
pub fn mask(value: &str) -> String {
    let n = value.chars().count();
    if n <= 5 {
        return "*".repeat(n);
    }
    value
        .chars()
        .enumerate()
        .map(|(i, c)| if i < 3 || i + 2 >= n { c } else { '*' })
        .collect()
}

/// `text` with every personal number in it masked as [`mask`] masks it for a
/// message, character for character, so that columns stay where they were.
/// Diagnostics show source lines through this: a line under a message is
/// pasted into chat groups as often as the message is.
pub fn mask_all(text: &str) -> String {
    let hits = scan(text);
    if hits.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for hit in hits {
        out.push_str(text.get(at..hit.start).unwrap_or_default());
        out.push_str(&mask(&hit.value));
        at = hit.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking() {
        assert_eq!(mask("11010519491231002X"), "110*************2X");
        assert_eq!(mask("13812345678"), "138******78");
        assert_eq!(mask("+86 138 1234 5678"), "+86************78");
        assert_eq!(mask("123456"), "123*56");
        assert_eq!(mask("12345"), "*****");
        assert_eq!(mask(""), "");
        assert_eq!(mask("电话号码一二三四"), "电话号***三四");
    }

    #[test]
    fn every_number_of_a_line_is_masked_in_place() {
        let line = "  - {name: 张三, note: 卡号6222020200112233446，电话138 1234 5678}";
        let masked = mask_all(line);
        assert_eq!(
            masked,
            "  - {name: 张三, note: 卡号622**************46，电话138********78}"
        );
        assert_eq!(masked.chars().count(), line.chars().count());
        assert_eq!(mask_all("没有号码"), "没有号码");
    }
}
