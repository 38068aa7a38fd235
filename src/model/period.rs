//! The period a disclosure covers: a year, half, quarter or month.

use std::fmt;

use jiff::civil::Date;

/// `2026`, `2026-H1`, `2026-Q1` or `2026-03`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// A calendar year.
    Year(i16),
    /// First (1) or second (2) half of a year.
    Half(i16, u8),
    /// Quarter 1-4.
    Quarter(i16, u8),
    /// Month 1-12.
    Month(i16, u8),
}

impl Period {
    /// Parses the four written forms; `None` for anything else.
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        let (year, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i16 = year.parse().ok()?;
        if !(1900..=2999).contains(&year) {
            return None;
        }
        let number = |s: &str, max: u8| -> Option<u8> {
            if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse::<u8>().ok().filter(|n| (1..=max).contains(n))
        };
        match rest {
            None => Some(Period::Year(year)),
            Some(r) => {
                if let Some(h) = r.strip_prefix(['H', 'h']) {
                    number(h, 2).map(|n| Period::Half(year, n))
                } else if let Some(q) = r.strip_prefix(['Q', 'q']) {
                    number(q, 4).map(|n| Period::Quarter(year, n))
                } else if r.len() == 2 {
                    number(r, 12).map(|n| Period::Month(year, n))
                } else {
                    None
                }
            }
        }
    }

    /// The year the period lies in.
    pub fn year(self) -> i16 {
        match self {
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// First and last month (1-12) covered.
    fn months(self) -> (u8, u8) {
        match self {
            Period::Year(_) => (1, 12),
            Period::Half(_, h) => (h * 6 - 5, h * 6),
            Period::Quarter(_, q) => (q * 3 - 2, q * 3),
            Period::Month(_, m) => (m, m),
        }
    }

    /// The first day covered.
    pub fn start(self) -> Date {
        let (first, _) = self.months();
        Date::new(self.year(), first as i8, 1).unwrap_or_default()
    }

    /// The last day covered.
    pub fn end(self) -> Date {
        let (_, last) = self.months();
        Date::new(self.year(), last as i8, 1)
            .map(|d| d.last_of_month())
            .unwrap_or_default()
    }

    /// True when `date` lies inside the period.
    pub fn contains(self, date: Date) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// True for a single month.
    pub fn is_month(self) -> bool {
        matches!(self, Period::Month(..))
    }

    /// Chinese label: 2026年、2026年上半年、2026年第一季度、2026年3月.
    pub fn label_zh(self) -> String {
        const QUARTERS: [&str; 4] = ["一", "二", "三", "四"];
        match self {
            Period::Year(y) => format!("{y}年"),
            Period::Half(y, 1) => format!("{y}年上半年"),
            Period::Half(y, _) => format!("{y}年下半年"),
            Period::Quarter(y, q) => {
                let name = QUARTERS
                    .get(usize::from(q).saturating_sub(1))
                    .unwrap_or(&"");
                format!("{y}年第{name}季度")
            }
            Period::Month(y, m) => format!("{y}年{m}月"),
        }
    }
}

impl fmt::Display for Period {
    /// The written form: `2026-Q1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_four_forms() {
        assert_eq!(Period::parse("2026"), Some(Period::Year(2026)));
        assert_eq!(Period::parse("2026-H1"), Some(Period::Half(2026, 1)));
        assert_eq!(Period::parse("2026-Q4"), Some(Period::Quarter(2026, 4)));
        assert_eq!(Period::parse("2026-03"), Some(Period::Month(2026, 3)));
        for bad in [
            "2026-Q5", "2026-13", "2026-H3", "26-03", "2026-3", "2026Q1", "2026-00",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn bounds() {
        let q1 = Period::Quarter(2026, 1);
        assert_eq!(q1.start(), jiff::civil::date(2026, 1, 1));
        assert_eq!(q1.end(), jiff::civil::date(2026, 3, 31));
        assert_eq!(Period::Month(2024, 2).end(), jiff::civil::date(2024, 2, 29));
        assert_eq!(Period::Half(2026, 2).start(), jiff::civil::date(2026, 7, 1));
        assert_eq!(q1.label_zh(), "2026年第一季度");
        assert_eq!(q1.to_string(), "2026-Q1");
    }
}
