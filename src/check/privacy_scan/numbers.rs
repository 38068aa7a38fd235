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

/// A payment card number: 15-19 digits passing the Luhn check that start with the
/// issuer prefix (IIN) of a card scheme issuing numbers of that length. Luhn alone
/// passes one number in ten (order numbers, serial numbers); the prefix rules out
/// most of the rest.
pub(super) fn bank_card(digits: &[u8]) -> Option<String> {
    (card_issuer(digits) && luhn_valid(digits)).then(|| to_ascii(digits))
}

/// Whether `digits` start with the issuer identification number (IIN, ISO/IEC 7812)
/// of a card scheme that issues numbers of this length.
///
/// Ranges and lengths from the IIN table of Wikipedia's "Payment card number" article
/// (ISO/IEC 7812 prefixes of the schemes), plus the prefixes of mainland debit cards
/// that the Chinese banks publish in their BIN lists (银行卡发卡行标识代码): UnionPay
/// 62 and 81, the older 60 range, and the 95 range of cards issued before UnionPay
/// (9558 ICBC, 9559 ABC, ...).
pub(super) fn card_issuer(digits: &[u8]) -> bool {
    let len = digits.len();
    let prefix = |n: usize| digits.get(..n).map_or(0, number);
    let (p2, p3, p4) = (prefix(2), prefix(3), prefix(4));
    match len {
        // American Express.
        15 => p2 == 34 || p2 == 37,
        16..=19 => {
            // Visa (16 and 19 digits; 19 for mainland debit cards such as 436742).
            let visa = p2 / 10 == 4 && (len == 16 || len == 19);
            // Mastercard, 16 digits only.
            let mastercard = ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16;
            // China UnionPay, and the mainland domestic ranges.
            let unionpay = matches!(p2, 62 | 81 | 60 | 95);
            // Discover (6011 falls in 60 above), JCB.
            let discover = p2 == 65 || (644..=649).contains(&p3);
            let jcb = (3528..=3589).contains(&p4);
            visa || mastercard || unionpay || discover || jcb
        }
        _ => false,
    }
}

/// An 11-digit mainland mobile number: `1[3-9]` and 9 more digits.
pub(super) fn mobile(digits: &[u8]) -> Option<String> {
    match digits {
        [1, second, ..] if digits.len() == 11 && (3..=9).contains(second) => Some(to_ascii(digits)),
        _ => None,
    }
}

/// The GB 32100-2015 check character of a 统一社会信用代码 (unified social credit
/// code), over values of its 31-character alphabet (`0-9`, then `ABCDEFGHJKLMNPQRTUWXY`):
/// whether the 18th value is the check of the first 17.
pub(super) fn credit_code_check(values: &[u8]) -> bool {
    // Weights are 3^i mod 31.
    const WEIGHTS: [u32; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let (Some(body), Some(&check)) = (values.get(..17), values.get(17)) else {
        return false;
    };
    if values.len() != 18 {
        return false;
    }
    let sum: u32 = body
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    (31 - sum % 31) % 31 == u32::from(check)
}

/// The GB 11714-1997 check of a 9-character organisation code (组织机构代码): letters
/// count 10 (`A`) to 35 (`Z`); the check is `X` for 10 and `0` for 11.
fn organisation_code_valid(code: &[char]) -> bool {
    const WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
    let (Some(body), Some(&check)) = (code.get(..8), code.get(8)) else {
        return false;
    };
    let mut sum = 0;
    for (&c, w) in body.iter().zip(WEIGHTS) {
        match c.to_digit(36) {
            Some(v) => sum += v * w,
            None => return false,
        }
    }
    match 11 - sum % 11 {
        10 => check == 'X',
        11 => check == '0',
        d => check.to_digit(10) == Some(d),
    }
}

/// Province-level codes of GB/T 2260, the first two digits of an area code.
const PROVINCES: [u32; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

/// A 统一社会信用代码 that holds in its whole structure (GB 32100-2015): registration
/// authority (`1-9`, `A-H`, `N`, `Y`), institution category (`1-9`), the 6-digit area
/// code of the registering office (a GB/T 2260 province, or `100000` for the central
/// level), the 9-character organisation code with its own GB 11714 check, and the final
/// check character. Used to keep such codes from being read as bank cards: a random
/// card number passes all of it about once in 1,200, not once in 31 as with the final
/// check alone.
pub(super) fn credit_code_valid(code: &[char]) -> bool {
    const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    let values: Option<Vec<u8>> = code
        .iter()
        .map(|&c| ALPHABET.find(c).and_then(|i| u8::try_from(i).ok()))
        .collect();
    let Some(values) = values else {
        return false;
    };
    let [authority, category, area @ .., _] = code else {
        return false;
    };
    let area: Option<Vec<u32>> = area.iter().take(6).map(|c| c.to_digit(10)).collect();
    let province = area
        .as_deref()
        .and_then(|a| Some(a.first()? * 10 + a.get(1)?));
    values.len() == 18
        && matches!(authority, '1'..='9' | 'A'..='H' | 'N' | 'Y')
        && matches!(category, '1'..='9')
        && province.is_some_and(|p| PROVINCES.contains(&p) || p == 10)
        && code.get(8..17).is_some_and(organisation_code_valid)
        && credit_code_check(&values)
}

/// [`credit_code_valid`] for a code written in digits only.
pub(super) fn digit_credit_code(digits: &[u8]) -> bool {
    let code: Vec<char> = digits.iter().map(|&d| char::from(b'0' + d)).collect();
    credit_code_valid(&code)
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
                credit_code_check(&digits_of(&code)),
                full_check(&code),
                "{code}"
            );
        }
    }

    #[test]
    fn credit_codes_hold_in_their_whole_structure() {
        let code = |s: &str| s.chars().collect::<Vec<char>>();
        // Registration authority 9 (market regulation), category 1 (company), area
        // 350100 (Fuzhou), organisation code M000100Y4 (GB 11714 check 4).
        assert!(credit_code_valid(&code("91350100M000100Y43")));
        assert!(organisation_code_valid(&code("M000100Y4")));
        assert!(!organisation_code_valid(&code("M000100Y5")));
        // The final check alone is not enough: a bad area, authority or
        // organisation code fails, whatever the last character.
        let fixed = |body: &str| -> Option<String> {
            "0123456789ABCDEFGHJKLMNPQRTUWXY"
                .chars()
                .map(|c| format!("{body}{c}"))
                .find(|s| {
                    let values: Vec<u8> = s
                        .chars()
                        .filter_map(|c| "0123456789ABCDEFGHJKLMNPQRTUWXY".find(c))
                        .filter_map(|i| u8::try_from(i).ok())
                        .collect();
                    credit_code_check(&values)
                })
        };
        for body in [
            "91990100M000100Y4", // no province 99
            "01350100M000100Y4", // no authority 0
            "90350100M000100Y4", // no category 0
            "91350100M000100Y5", // organisation code check
        ] {
            let whole = fixed(body).unwrap_or_default();
            assert_eq!(whole.len(), 18, "{body}");
            assert!(!credit_code_valid(&code(&whole)), "{whole}");
        }
    }

    #[test]
    fn card_prefixes() {
        let card = |s: &str| card_issuer(&digits_of(s));
        assert!(card("4111111111111111"));
        assert!(card("4367421234567890123")); // 19-digit Visa debit
        assert!(!card("41111111111111111")); // no 17-digit Visa
        assert!(card("5500000000000004"));
        assert!(card("2221000000000009"));
        assert!(!card("5600000000000000"));
        assert!(card("6222020200112233446"));
        assert!(card("8100000000000000"));
        assert!(card("6011000000000004"));
        assert!(card("6440000000000000"));
        assert!(card("3528000000000000"));
        assert!(card("9558800000000000000"));
        assert!(card("378282246310005")); // Amex, 15 digits
        assert!(!card("100000000000000"));
        assert!(!card("2026040512345678"));
        assert!(!card("1234567890123456"));
    }

    /// Random 16-19 digit numbers (order numbers, serials) taken for cards: the
    /// Luhn check alone passes one in ten; with the issuer prefix far fewer.
    #[test]
    fn few_random_numbers_are_cards() {
        // A fixed linear congruential sequence, so the count is the same on
        // every run.
        let mut state: u64 = 0x2026_0405;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 33
        };
        let (mut luhn, mut cards) = (0, 0);
        let total = 10_000;
        for _ in 0..total {
            let len = 16 + (next() % 4) as usize;
            let digits: Vec<u8> = (0..len).map(|_| (next() % 10) as u8).collect();
            luhn += usize::from(luhn_valid(&digits));
            cards += usize::from(bank_card(&digits).is_some());
        }
        // Measured with this seed: 1,003 Luhn-valid (10.0%), 124 cards (1.24%).
        assert!(luhn > total * 8 / 100, "{luhn}");
        assert!(cards < total * 2 / 100, "{cards} of {total}");
        assert!(cards > 0);
    }
}
