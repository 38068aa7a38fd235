//! The fast way through a large text: only the runs of characters the scanner reads
//! (see `rescan::is_inert`) that hold enough digits to be a number are scanned.
//!
//! Every inert character is a place where the scan splits (`rescan` proves it, and its
//! property tests check it), so the hits of a text are the hits of its runs of active
//! characters, each shifted by where the run starts; and a run with fewer digits than the
//! shortest number (a mobile's 11) holds none. A page is mostly markup and Han
//! characters, so most of it is never looked at twice, and no per-character table of
//! the whole text is made (a 25 MB file once cost the recogniser 400 MB).
//!
//! The walk goes over bytes and checks the UTF-8 as it goes (`scan_utf8`), so a rendered
//! page is read once, not once to check its encoding and again for numbers: an ASCII
//! byte is looked up in a table, a Han character (three bytes) is told by its first
//! byte and two continuation bytes, and only other characters are decoded.

use super::PiiHit;
use super::classes::is_digit;
use super::recognise;
use super::rescan::is_inert;

/// The fewest digits any hit has: a mobile number's 11.
const MIN_DIGITS: usize = 11;

/// Finds resident IDs, mobile numbers and bank card numbers in `text`: exactly what
/// scanning the whole text at once finds, see `recognise::scan_text`.
pub fn scan(text: &str) -> Vec<PiiHit> {
    // A `str` is UTF-8, so the walk never stops short.
    scan_utf8(text.as_bytes()).unwrap_or_default()
}

/// `scan` of `bytes` when they are UTF-8 text, `None` when they are not: what
/// `std::str::from_utf8(bytes).ok().map(scan)` gives, in one walk over the bytes.
pub fn scan_utf8(bytes: &[u8]) -> Option<Vec<PiiHit>> {
    let mut hits = Vec::new();
    let mut run_start = 0;
    let mut digits = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (inert, digit, len) = if b < 0x80 {
            match ASCII_CLASS[usize::from(b)] {
                ACTIVE => {
                    i += 1;
                    continue;
                }
                DIGIT => (false, true, 1),
                _ => (true, false, 1),
            }
        } else if is_han(bytes, i) {
            // Han characters, most of a Chinese page, are inert: no decoding.
            (true, false, 3)
        } else {
            let len = match b {
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => return None,
            };
            // The standard check of one character: overlong forms, surrogates and
            // code points past U+10FFFF are refused as `from_utf8` refuses them.
            let one = bytes.get(i..i + len)?;
            let c = std::str::from_utf8(one).ok()?.chars().next()?;
            (is_inert(c), is_digit(c), len)
        };
        if inert {
            if digits >= MIN_DIGITS {
                run_hits(bytes, run_start, i, &mut hits)?;
            }
            run_start = i + len;
            digits = 0;
        } else if digit {
            digits += 1;
        }
        i += len;
    }
    if digits >= MIN_DIGITS {
        run_hits(bytes, run_start, bytes.len(), &mut hits)?;
    }
    Some(hits)
}

/// Adds the hits of the run `bytes[start..end]` (checked UTF-8 already, so this never
/// fails but for a bug) to `hits`.
fn run_hits(bytes: &[u8], start: usize, end: usize, hits: &mut Vec<PiiHit>) -> Option<()> {
    let run = std::str::from_utf8(bytes.get(start..end)?).ok()?;
    hits.extend(recognise::scan_text(run).into_iter().map(|h| PiiHit {
        start: h.start + start,
        end: h.end + start,
        ..h
    }));
    Some(())
}

/// Whether a character of U+4E00-U+9FFF (CJK Unified Ideographs) starts at `bytes[i]`:
/// lead byte E4 (with a second byte from B8) to E9, then two continuation bytes. Every
/// such sequence is a valid character, and an inert one.
fn is_han(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..i + 3) {
        Some(&[lead @ 0xE4..=0xE9, second, third]) => {
            (0x80..=0xBF).contains(&second)
                && (0x80..=0xBF).contains(&third)
                && (lead != 0xE4 || second >= 0xB8)
        }
        _ => false,
    }
}

/// What an ASCII character is to `scan_utf8`.
const ACTIVE: u8 = 0;
const DIGIT: u8 = 1;
const INERT: u8 = 2;

/// `is_inert` and `is_digit` of every ASCII character, looked up rather than worked out.
static ASCII_CLASS: [u8; 128] = {
    let mut table = [ACTIVE; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        table[b] = if c.is_ascii_digit() {
            DIGIT
        } else if !(c.is_ascii_alphanumeric()
            || matches!(c, '.' | '+' | ' ' | '-' | '(' | ')' | '\0'))
        {
            INERT
        } else {
            ACTIVE
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_ascii_table_agrees_with_is_inert_and_is_digit() {
        for b in 0u8..128 {
            let c = char::from(b);
            let class = ASCII_CLASS[usize::from(b)];
            assert_eq!(class == INERT, is_inert(c), "{b:#x}");
            assert_eq!(class == DIGIT, is_digit(c), "{b:#x}");
        }
    }

    #[test]
    fn han_characters_are_inert() {
        for c in ['\u{4E00}', '中', '\u{9FFF}'] {
            assert!(is_inert(c), "{c}");
            let mut buf = [0; 4];
            assert!(is_han(c.encode_utf8(&mut buf).as_bytes(), 0), "{c}");
        }
        for c in ['\u{4DFF}', '\u{A000}', '\u{3000}', '０', 'é'] {
            let mut buf = [0; 4];
            assert!(!is_han(c.encode_utf8(&mut buf).as_bytes(), 0), "{c}");
        }
    }

    #[test]
    fn finds_numbers_between_markup() {
        let text = "<td>张三</td><td>13812345678</td><td>¥1,234.56</td>";
        let hits = scan(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].start..hits[0].end], "13812345678");
        assert_eq!(hits, recognise::scan_text(text));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused() {
        let mut bytes = "电话13812345678".as_bytes().to_vec();
        assert_eq!(scan_utf8(&bytes).map(|h| h.len()), Some(1));
        for bad in [
            vec![0xFF],
            vec![0xE4, 0xB8],
            vec![0xED, 0xA0, 0x80],
            vec![0xC0, 0x80],
            vec![0xF4, 0x90, 0x80, 0x80],
            vec![0x80],
        ] {
            let mut broken = bytes.clone();
            broken.extend_from_slice(&bad);
            assert_eq!(scan_utf8(&broken), None, "{bad:x?}");
        }
        bytes.insert(0, 0xFE);
        assert_eq!(scan_utf8(&bytes), None);
    }

    /// Characters around every edge the walk tells apart, and the pieces of numbers.
    const CHARS: &[&str] = &[
        "0",
        "1",
        "3",
        "8",
        "9",
        "０",
        "８",
        " ",
        "-",
        ".",
        "+",
        "(",
        ")",
        "X",
        "a",
        "<",
        "\n",
        "\u{4DFF}",
        "\u{4E00}",
        "中",
        "\u{9FFF}",
        "\u{A000}",
        "\u{3000}",
        "\u{a0}",
        "\u{200b}",
        "é",
        "😀",
        "138",
        "1234",
        "5678",
        "+86 ",
        "6222 0212 3456 7890 ",
        "11010519491231002X",
    ];

    proptest! {
        #[test]
        fn scanning_bytes_is_checking_then_scanning(
            parts in proptest::collection::vec(
                prop_oneof![
                    4 => proptest::sample::select(CHARS).prop_map(|s| s.as_bytes().to_vec()),
                    1 => proptest::collection::vec(any::<u8>(), 0..4),
                ],
                0..60,
            )
        ) {
            let bytes = parts.concat();
            let expected = std::str::from_utf8(&bytes).ok().map(recognise::scan_text);
            prop_assert_eq!(scan_utf8(&bytes), expected, "{:x?}", bytes);
        }
    }
}
