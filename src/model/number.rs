//! Small exact decimals for counts that may be halves: days of leave, overtime hours.
//!
//! Stored as hundredths in an integer, parsed with the money parser's digit rules so the
//! two never disagree on what `7.5` means. No floating point.

use std::fmt;

use super::money::{self, MoneyError};

/// A non-negative or negative number with at most two decimals, held as hundredths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal2(pub i64);

impl Decimal2 {
    /// Parses `8`, `7.5`, `-1` (negatives are kept so rules can report them).
    pub fn parse(text: &str) -> Result<Decimal2, MoneyError> {
        if text.contains(['¥', '￥', ',']) {
            return Err(MoneyError::Invalid);
        }
        money::parse(text).map(|f| Decimal2(f.0))
    }

    /// The whole number `n`.
    pub fn whole(n: i64) -> Decimal2 {
        Decimal2(n.saturating_mul(100))
    }
}

impl fmt::Display for Decimal2 {
    /// `8`, `7.5`, `0.25`: no trailing zeros.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (whole, frac) = (abs / 100, abs % 100);
        match frac {
            0 => write!(f, "{sign}{whole}"),
            n if n % 10 == 0 => write!(f, "{sign}{whole}.{}", n / 10),
            n => write!(f, "{sign}{whole}.{n:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_without_trailing_zeros() {
        assert_eq!(Decimal2::parse("8").unwrap().to_string(), "8");
        assert_eq!(Decimal2::parse("7.5").unwrap().to_string(), "7.5");
        assert_eq!(Decimal2::parse("0.25").unwrap().to_string(), "0.25");
        assert_eq!(Decimal2::parse("-1").unwrap().to_string(), "-1");
    }
}
