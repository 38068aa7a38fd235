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
//! directly beside Han characters or Chinese punctuation is found, while a
//! number touching another ASCII digit or letter (part of a longer number or
//! of an alphanumeric code) is not. Full-width digits (`０`-`９`) count as
//! digits too, because Chinese input methods produce them.
//!
//! Rules beyond the plain digit patterns:
//! - A number followed by `.` and a digit, or preceded by a digit and `.`,
//!   is part of a decimal amount (`13812345678.00`) and is not a hit.
//! - Grouped forms use one separator throughout (space or dash): mobiles
//!   `138 1234 5678` (with `+86`, `86`, `0086`, `(+86)` before), bank cards
//!   `6222 0212 3456 7890` (+ a last group of 1-3 digits), resident IDs
//!   `110105 19491231 002X`. A chain of groups must split wholly into such
//!   numbers, so none is cut out of a longer grouped sequence.
//! - A row of four years (`2023 2024 2025 2026`) is not a bank card, and
//!   neither is an all-digit 18-digit string that passes the GB 32100
//!   统一社会信用代码 check (unless it is a valid resident ID).
//!
//! The rooms: `numbers` says what a valid ID, mobile, card or credit code
//! is; `recognise` finds them in a text; `rescan` finds them again after an
//! edit, from the old hits.

mod numbers;
mod recognise;
mod rescan;
#[cfg(test)]
mod strategies;

pub use recognise::scan;
pub use rescan::{Edit, scan_edit};

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
}
