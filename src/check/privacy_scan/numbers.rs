//! What each personal number is, digit by digit: the birth date and the
//! GB 11643-1999 check of a resident ID, the shape of a mainland mobile, the
//! Luhn check of a bank card, and the GB 32100-2015 check of an all-digit
//! 统一社会信用代码 (used only to rule such codes out as cards).
//!
//! Everything here works on digit values already taken out of the text; where
//! a number starts and ends in a text is [`super::recognise`]'s job.

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub(super) fn valid_date(year: u32, month: u32, day: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

pub(super) fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, &d| {
        acc.saturating_mul(10).saturating_add(u32::from(d))
    })
}

pub(super) fn to_ascii(digits: &[u8]) -> String {
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check value (10 stands for `X`) indexed by the weighted sum mod 11.
const ID_CHECK: [u8; 11] = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/// ISO 7064 MOD 11-2 check value of the first 17 digits (10 means `X`).
pub(super) fn id_check_value(first17: &[u8]) -> Option<u8> {
    if first17.len() != 17 {
        return None;
    }
    let sum: u32 = first17
        .iter()
        .zip(ID_WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    ID_CHECK.get((sum % 11) as usize).copied()
}

/// An 18-character resident ID: 17 digits, then `check` (0-9, or 10 for X).
/// Returns the normalized form when every rule holds.
pub(super) fn resident_id18(first17: &[u8], check: u8) -> Option<String> {
    if first17.len() != 17 || first17.first().is_none_or(|&d| d == 0) {
        return None;
    }
    let year = number(first17.get(6..10)?);
    let month = number(first17.get(10..12)?);
    let day = number(first17.get(12..14)?);
    if !(1900..=2099).contains(&year) || !valid_date(year, month, day) {
        return None;
    }
    if id_check_value(first17)? != check {
        return None;
    }
    let mut out = to_ascii(first17);
    out.push(if check == 10 {
        'X'
    } else {
        char::from(b'0' + check)
    });
    Some(out)
}

/// An old 15-digit resident ID: first digit 1-9, positions 7-12 a valid
/// YYMMDD birth date in the 1900s.
pub(super) fn resident_id15(digits: &[u8]) -> Option<String> {
    if digits.len() != 15 || digits.first().is_none_or(|&d| d == 0) {
        return None;
    }
    let year = 1900 + number(digits.get(6..8)?);
    let month = number(digits.get(8..10)?);
    let day = number(digits.get(10..12)?);
    valid_date(year, month, day).then(|| to_ascii(digits))
}

pub(super) fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// 16-19 digits passing the Luhn check.
pub(super) fn bank_card(digits: &[u8]) -> Option<String> {
    ((16..=19).contains(&digits.len()) && luhn_valid(digits)).then(|| to_ascii(digits))
}

/// An 11-digit mainland mobile number: `1[3-9]` and 9 more digits.
pub(super) fn mobile(digits: &[u8]) -> Option<String> {
    match digits {
        [1, second, ..] if digits.len() == 11 && (3..=9).contains(second) => Some(to_ascii(digits)),
        _ => None,
    }
}

/// GB 32100-2015 check of an all-digit 统一社会信用代码 (unified social
/// credit code). Used only to keep such codes from being read as bank cards.
pub(super) fn credit_code_valid(digits: &[u8]) -> bool {
    // Weights are 3^i mod 31; the alphabet has 31 characters, but an
    // all-digit code can only carry a digit as its check character.
    const WEIGHTS: [u32; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let (Some(body), Some(&check)) = (digits.get(..17), digits.get(17)) else {
        return false;
    };
    if digits.len() != 18 {
        return false;
    }
    let sum: u32 = body
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    (31 - sum % 31) % 31 == u32::from(check)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::privacy_scan::strategies::{digits_of, with_id_check};

    #[test]
    fn known_id_is_valid() {
        assert_eq!(
            resident_id18(&digits_of("11010519491231002"), 10).as_deref(),
            Some("11010519491231002X")
        );
        assert_eq!(with_id_check("11010519491231002"), "11010519491231002X");
    }

    #[test]
    fn dates() {
        assert!(valid_date(2000, 2, 29));
        assert!(valid_date(2024, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2023, 2, 29));
        assert!(!valid_date(2023, 4, 31));
        assert!(!valid_date(2023, 13, 1));
        assert!(!valid_date(2023, 1, 0));
    }

    #[test]
    fn luhn_known() {
        assert!(luhn_valid(&digits_of("4111111111111111")));
        assert!(!luhn_valid(&digits_of("4111111111111112")));
    }

    #[test]
    fn credit_code_check_matches_published_example() {
        // GB 32100 check over the full alphabet, to validate the weights.
        fn full_check(code: &str) -> bool {
            const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            const WEIGHTS: [usize; 17] = [
                1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
            ];
            let vals: Vec<usize> = code.chars().filter_map(|c| ALPHABET.find(c)).collect();
            if vals.len() != 18 {
                return false;
            }
            let sum: usize = vals[..17].iter().zip(WEIGHTS).map(|(v, w)| v * w).sum();
            (31 - sum % 31) % 31 == vals[17]
        }
        assert!(full_check("91350100M000100Y43"));
        assert!(!full_check("91350100M000100Y44"));
        // The digit-only check agrees with the full one on all-digit codes.
        for n in 0..2_000u32 {
            let code = format!("91370800{:010}", n * 7_919);
            assert_eq!(
                credit_code_valid(&digits_of(&code)),
                full_check(&code),
                "{code}"
            );
        }
    }
}
