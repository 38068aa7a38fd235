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
//! Every run with a digit in it starts before its first digit, so the walk (`scan_utf8`)
//! looks only for digits, sixteen bytes at a time where they are ASCII, checking the
//! UTF-8 of what it passes, and decodes no character on the way. At a digit it goes
//! back to the run's start and forward to its end, classing characters only there; the
//! bytes it goes back over were checked already. A page is read once, not once to
//! check its encoding and again for numbers. `oracle` keeps the walk before this one,
//! which classed every character, to test this one against.

use super::PiiHit;
use super::classes::is_digit;
use super::recognise;
use super::rescan::is_inert;

/// The fewest digits any hit has: a mobile number's 11.
pub(super) const MIN_DIGITS: usize = 11;

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
    // The bytes before `done` are checked and their runs scanned; it is 0 or just past
    // an inert character, so no run crosses it.
    let mut done = 0;
    while let Some(digit) = next_digit(bytes, done)? {
        // No digit between `done` and `digit`: the run's digits all come from here on.
        let start = run_start(bytes, done, digit);
        let run = run_end(bytes, digit)?;
        if run.digits >= MIN_DIGITS {
            run_hits(bytes, start, run.end, &mut hits)?;
        }
        done = run.next;
    }
    Some(hits)
}

/// Adds the hits of the run `bytes[start..end]` (checked UTF-8 already, so this never
/// fails but for a bug) to `hits`.
pub(super) fn run_hits(
    bytes: &[u8],
    start: usize,
    end: usize,
    hits: &mut Vec<PiiHit>,
) -> Option<()> {
    let run = std::str::from_utf8(bytes.get(start..end)?).ok()?;
    hits.extend(recognise::scan_text(run).into_iter().map(|h| PiiHit {
        start: h.start + start,
        end: h.end + start,
        ..h
    }));
    Some(())
}

/// `0x80` in every byte, and `0x7F`: the word tricks of `marks`.
const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
const LOW7: u64 = !HIGH;
/// Added to a byte under `0x80`, these carry into its high bit from `0x30` (`'0'`) and
/// from `0x3A` (past `'9'`) up; the sum stays under `0x100`, so no carry leaves the byte.
const FROM_ZERO: u64 = u64::from_ne_bytes([0x80 - b'0'; 8]);
const PAST_NINE: u64 = u64::from_ne_bytes([0x80 - b'9' - 1; 8]);

/// The high bit of each byte of `word` that is an ASCII digit or not ASCII (the start
/// of a full-width digit among others), and no other bit.
fn marks(word: u64) -> u64 {
    let low = word & LOW7;
    let digit = (low + FROM_ZERO) & !(low + PAST_NINE);
    (word | digit) & HIGH
}

/// Where the first digit (ASCII or full-width) at or after `i` starts, `Some(None)` when
/// there is none; `None` when the bytes passed over are not UTF-8, as `from_utf8`
/// tells it.
fn next_digit(bytes: &[u8], mut i: usize) -> Option<Option<usize>> {
    loop {
        // Sixteen bytes at a time while they are ASCII and no digit: most of the markup.
        while let Some(block) = bytes.get(i..).and_then(|rest| rest.first_chunk::<16>()) {
            let block = u128::from_le_bytes(*block);
            // The bytes in memory order: the low half first.
            let first = marks(block as u64);
            if first != 0 {
                i += (first.trailing_zeros() / 8) as usize;
                break;
            }
            let second = marks((block >> 64) as u64);
            if second != 0 {
                i += 8 + (second.trailing_zeros() / 8) as usize;
                break;
            }
            i += 16;
        }
        let Some(&b) = bytes.get(i) else {
            return Some(None);
        };
        if b.is_ascii_digit() {
            return Some(Some(i));
        }
        if b < 0x80 {
            // The last bytes, fewer than sixteen.
            i += 1;
            continue;
        }
        // Chinese text: Han characters and CJK punctuation, checked several at a time.
        let past = past_plain_threes(bytes, i);
        if past > i {
            i = past;
            continue;
        }
        match wide_char(bytes, i)? {
            Wide::Digit => return Some(Some(i)),
            Wide::Other(len) => i += len,
        }
    }
}

/// The end of the `plain_three` characters from `i` on (a character boundary).
fn past_plain_threes(bytes: &[u8], mut i: usize) -> usize {
    for three in bytes.get(i..).unwrap_or_default().chunks_exact(3) {
        if !is_plain_three(three) {
            break;
        }
        i += 3;
    }
    i
}

/// A character of more than one byte, checked.
enum Wide {
    /// A full-width digit, U+FF10-U+FF19 (three bytes).
    Digit,
    /// Any other character, of this many bytes.
    Other(usize),
}

/// The character of more than one byte that starts at `bytes[i]`, `None` when the bytes
/// there are no UTF-8: overlong forms, surrogates and code points past U+10FFFF are
/// refused as `from_utf8` refuses them (the tests go through every lead byte).
fn wide_char(bytes: &[u8], i: usize) -> Option<Wide> {
    let tail = |k: usize| bytes.get(i + k).copied().filter(|b| b & 0xC0 == 0x80);
    let lead = *bytes.get(i)?;
    match lead {
        0xC2..=0xDF => {
            tail(1)?;
            Some(Wide::Other(2))
        }
        0xE0..=0xEF => {
            let (second, third) = (tail(1)?, tail(2)?);
            match (lead, second) {
                (0xE0, ..0xA0) | (0xED, 0xA0..) => None,
                (0xEF, 0xBC) if (0x90..=0x99).contains(&third) => Some(Wide::Digit),
                _ => Some(Wide::Other(3)),
            }
        }
        0xF0..=0xF4 => {
            let second = tail(1)?;
            tail(2)?;
            tail(3)?;
            match (lead, second) {
                (0xF0, ..0x90) | (0xF4, 0x90..) => None,
                _ => Some(Wide::Other(4)),
            }
        }
        _ => None,
    }
}

/// Whether `three` is a valid three-byte character that is no digit, told without
/// `wide_char`'s care: a lead byte that takes any two continuation bytes (E1-EC, EE, EF:
/// Han, CJK punctuation and the full-width forms among them).
fn is_plain_three(three: &[u8]) -> bool {
    let &[lead, second, third] = three else {
        return false;
    };
    let lead_ok = match lead {
        0xE1..=0xEC | 0xEE => true,
        0xEF => !(second == 0xBC && (0x90..=0x99).contains(&third)),
        _ => false,
    };
    lead_ok && (second & 0xC0) == 0x80 && (third & 0xC0) == 0x80
}

/// Where the run of active characters holding the digit at `digit` starts: just past
/// the last inert character before it, but not before `done` (a run boundary).
/// `bytes[done..digit]` is checked UTF-8.
fn run_start(bytes: &[u8], done: usize, digit: usize) -> usize {
    let mut end = digit;
    while end > done {
        let Some(&last) = bytes.get(end - 1) else {
            break;
        };
        if last < 0x80 {
            if BYTE_CLASS[usize::from(last)] == INERT {
                return end;
            }
            end -= 1;
            continue;
        }
        // The start of the character that ends at `end`: its lead byte.
        let mut start = end - 1;
        while start > done && bytes.get(start).is_some_and(|b| b & 0xC0 == 0x80) {
            start -= 1;
        }
        if wide_inert(bytes, start, end) {
            return end;
        }
        end = start;
    }
    done
}

/// Whether the checked character of more than one byte `bytes[start..end]` is inert.
fn wide_inert(bytes: &[u8], start: usize, end: usize) -> bool {
    is_han(bytes, start)
        || bytes
            .get(start..end)
            .and_then(|one| std::str::from_utf8(one).ok())
            .and_then(|s| s.chars().next())
            .is_some_and(is_inert)
}

/// The end of a run of active characters, from one of its digits on.
struct RunEnd {
    /// Where the run ends: at the first inert character, or the text's end.
    end: usize,
    /// Just past that inert character (the text's end at the end).
    next: usize,
    /// The digits from where the walk began to `end`.
    digits: usize,
}

/// Walks from `from` to the end of its run, counting digits and checking the UTF-8;
/// `None` when it is not UTF-8.
fn run_end(bytes: &[u8], from: usize) -> Option<RunEnd> {
    let mut digits = 0;
    let mut i = from;
    loop {
        // ASCII letters, digits and the like: most runs are only these.
        let b = loop {
            let Some(&b) = bytes.get(i) else {
                return Some(RunEnd {
                    end: i,
                    next: i,
                    digits,
                });
            };
            match BYTE_CLASS[usize::from(b)] {
                class @ (ACTIVE | DIGIT) => digits += usize::from(class),
                _ => break b,
            }
            i += 1;
        };
        let (inert, digit, len) = if b < 0x80 {
            (true, false, 1)
        } else if is_han(bytes, i) {
            (true, false, 3)
        } else {
            match wide_char(bytes, i)? {
                Wide::Digit => (false, true, 3),
                Wide::Other(len) => {
                    let one = std::str::from_utf8(bytes.get(i..i + len)?).ok()?;
                    let c = one.chars().next()?;
                    (is_inert(c), is_digit(c), len)
                }
            }
        };
        if inert {
            return Some(RunEnd {
                end: i,
                next: i + len,
                digits,
            });
        }
        digits += usize::from(digit);
        i += len;
    }
}

/// Whether a character of U+4E00-U+9FFF (CJK Unified Ideographs) starts at `bytes[i]`:
/// lead byte E4 (with a second byte from B8) to E9, then two continuation bytes. Every
/// such sequence is a valid character, and an inert one.
pub(super) fn is_han(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i..i + 3) {
        Some(&[lead @ 0xE4..=0xE9, second, third]) => {
            (0x80..=0xBF).contains(&second)
                && (0x80..=0xBF).contains(&third)
                && (lead != 0xE4 || second >= 0xB8)
        }
        _ => false,
    }
}

/// What a byte is to the walk: an ASCII character's `is_inert` and `is_digit`, looked
/// up rather than worked out. `DIGIT` is 1 and `ACTIVE` 0, so that a run's digits are
/// counted by adding classes.
pub(super) const ACTIVE: u8 = 0;
pub(super) const DIGIT: u8 = 1;
pub(super) const INERT: u8 = 2;
/// Part of a character of more than one byte.
const NOT_ASCII: u8 = 3;

/// The class of every byte.
pub(super) static BYTE_CLASS: [u8; 256] = {
    let mut table = [NOT_ASCII; 256];
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
    use super::super::oracle;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_byte_table_agrees_with_is_inert_and_is_digit() {
        for b in 0u8..128 {
            let c = char::from(b);
            let class = BYTE_CLASS[usize::from(b)];
            assert_eq!(class == INERT, is_inert(c), "{b:#x}");
            assert_eq!(class == DIGIT, is_digit(c), "{b:#x}");
        }
        assert!(BYTE_CLASS[128..].iter().all(|&c| c == NOT_ASCII));
    }

    #[test]
    fn marks_are_digits_and_bytes_past_ascii() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let expected = if b.is_ascii_digit() || b >= 0x80 {
                    0x80 << (8 * at)
                } else {
                    0
                };
                assert_eq!(marks(u64::from_le_bytes(word)), expected, "{b:#x} at {at}");
            }
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
    fn plain_threes_are_the_three_byte_characters_that_are_no_digit() {
        for c in '\u{800}'..='\u{FFFF}' {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if is_plain_three(bytes) {
                assert!(!is_digit(c), "{c}");
            } else {
                // Only the leads that need a look at the second byte, and the digits.
                assert!(matches!(bytes[0], 0xE0 | 0xED) || is_digit(c), "{c:?}");
            }
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

    /// Every lead byte with second, third and fourth bytes from each side of every
    /// range `from_utf8` tells apart, alone, after ASCII, after Han characters and in a
    /// run with digits: refused exactly when `from_utf8` refuses them.
    #[test]
    fn every_lead_byte_is_checked_as_from_utf8_checks_it() {
        const NEXT: &[u8] = &[
            0x00, 0x30, 0x7F, 0x80, 0x8F, 0x90, 0x99, 0x9A, 0x9F, 0xA0, 0xB7, 0xB8, 0xBC, 0xBF,
            0xC0, 0xFF,
        ];
        let contexts: [(&[u8], &[u8]); 4] = [
            (b"", b""),
            (b"<td>abc", b"</td>"),
            ("中文中文中文".as_bytes(), "中文".as_bytes()),
            (b"tel 138 1234 ", b"5678 ok"),
        ];
        for lead in 0x80..=0xFFu8 {
            for &second in NEXT {
                for &third in NEXT {
                    for &fourth in &[0x80u8, 0xBF, 0x41] {
                        for (before, after) in contexts {
                            let bytes = [before, &[lead, second, third, fourth], after].concat();
                            let expected = std::str::from_utf8(&bytes).ok().map(scan_text_of);
                            assert_eq!(scan_utf8(&bytes), expected, "{bytes:x?}");
                        }
                    }
                }
            }
        }
    }

    fn scan_text_of(text: &str) -> Vec<PiiHit> {
        recognise::scan_text(text)
    }

    /// Numbers and their neighbours at every offset from a sixteen-byte block's start, so
    /// that each crosses the walk's blocks and words at each place.
    #[test]
    fn runs_across_every_block_boundary() {
        let numbers = [
            "13812345678",
            "１３８１２３４５６７８",
            "+86 138 1234 5678",
            "6222 0212 3456 7890 ",
            "11010519491231002X",
            "1381234567８",
            "2026-04-05 138 1234 5678",
            "13812345678.00",
        ];
        let pads = ["a", " ", "中", "，", "<", "é", "😀", "\u{200B}", "8"];
        let befores = ["", "<td>", "电话", "tel", "（", "x", "１"];
        for number in numbers {
            for pad in pads {
                for before in befores {
                    for n in 0..20 {
                        let text =
                            format!("{}{before}{number}</td>{}", pad.repeat(n), pad.repeat(n));
                        let bytes = text.as_bytes();
                        assert_eq!(scan_utf8(bytes), oracle::scan_utf8(bytes), "{text}");
                        assert_eq!(scan(&text), recognise::scan_text(&text), "{text}");
                    }
                }
            }
        }
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
        "９",
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
        "\0",
        "，",
        "（",
        "）",
        "：",
        "\u{FF0F}",
        "\u{FF1A}",
        "－",
        "Ｘ",
        "．",
        "\u{2010}",
        "\u{202F}",
        "\u{FEFF}",
        "\u{E000}",
        "\u{800}",
        "\u{D7FF}",
        "\u{4DFF}",
        "\u{4E00}",
        "中",
        "\u{9FFF}",
        "\u{A000}",
        "\u{3000}",
        "\u{a0}",
        "\u{200b}",
        "é",
        "·",
        "😀",
        "\u{10FFFF}",
        "138",
        "1234",
        "5678",
        "+86 ",
        "6222 0212 3456 7890 ",
        "11010519491231002X",
        "<td>",
        "</td>\n",
        "<p class=\"wrap\">",
        "公示期内联系经办人员",
        "2026-04-10",
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

        #[test]
        fn the_walk_finds_what_the_old_walk_found(
            parts in proptest::collection::vec(
                prop_oneof![
                    8 => proptest::sample::select(CHARS).prop_map(|s| s.as_bytes().to_vec()),
                    1 => proptest::collection::vec(any::<u8>(), 0..3),
                    1 => proptest::sample::select(&[0x80u8, 0xBC, 0xBF, 0xE4, 0xED, 0xEF, 0xF0][..])
                        .prop_map(|b| vec![b]),
                ],
                0..200,
            )
        ) {
            let bytes = parts.concat();
            prop_assert_eq!(scan_utf8(&bytes), oracle::scan_utf8(&bytes), "{:x?}", bytes);
        }
    }
}
