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
//! The bytes are checked to be UTF-8 first, all at once (`encoding_rs` does it with SIMD
//! where the processor has it, many bytes an instruction). Every run with a digit in it
//! starts before its first digit, so the walk (`scan_utf8`) then looks only for digits:
//! an ASCII digit's byte or a full-width digit's lead byte, sixteen bytes at a time (by
//! SSE2 compares on x86-64, by word tricks elsewhere), never decoding a character. At a digit it goes back to the run's start and forward to its
//! end, classing characters only there. `oracle` keeps the walk before this one, which
//! classed every character as it checked it, to test this one against.

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
    walk(text.as_bytes()).unwrap_or_default()
}

/// `scan` of `bytes` when they are UTF-8 text, `None` when they are not: what
/// `std::str::from_utf8(bytes).ok().map(scan)` gives.
pub fn scan_utf8(bytes: &[u8]) -> Option<Vec<PiiHit>> {
    if encoding_rs::Encoding::utf8_valid_up_to(bytes) != bytes.len() {
        return None;
    }
    walk(bytes)
}

/// The hits of the UTF-8 text `bytes` (`None` only if it were not).
fn walk(bytes: &[u8]) -> Option<Vec<PiiHit>> {
    let mut hits = Vec::new();
    // The runs before `done` are scanned; it is 0 or just past an inert character, so
    // no run crosses it.
    let mut done = 0;
    while let Some(digit) = next_digit(bytes, done) {
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
/// The lead byte of U+F000-U+FFFF, the full-width digits among them.
const FULL_WIDTH_LEAD: u8 = 0xEF;
const FULL_WIDTH_LEADS: u64 = u64::from_ne_bytes([FULL_WIDTH_LEAD; 8]);

/// The high bit of each byte of `word` that is an ASCII digit or `FULL_WIDTH_LEAD`, and
/// no other bit. In UTF-8 text these bytes are nothing else: a continuation byte is
/// `0x80..=0xBF`.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn marks(word: u64) -> u64 {
    let low = word & LOW7;
    let digit = (low + FROM_ZERO) & !(low + PAST_NINE) & !word;
    // Zero where the byte is the lead, and only there: `+ LOW7` carries into the high
    // bit of every other byte without leaving it.
    let lead = word ^ FULL_WIDTH_LEADS;
    let not_lead = ((lead & LOW7) + LOW7) | lead;
    (digit | !not_lead) & HIGH
}

/// Where the first digit (ASCII or full-width) of the UTF-8 text `bytes` at or after
/// `i` starts.
fn next_digit(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        // Sixteen bytes at a time while they hold no digit: all but a few.
        while let Some(block) = bytes.get(i..).and_then(|rest| rest.first_chunk::<16>()) {
            if let Some(at) = first_mark(block) {
                i += at;
                break;
            }
            i += 16;
        }
        let b = *bytes.get(i)?;
        if b.is_ascii_digit() || is_full_width_digit(bytes, i) {
            return Some(i);
        }
        // Another character of U+F000-U+FFFF, or one of the last bytes, fewer than
        // sixteen: its continuation bytes are no digit either.
        i += 1;
    }
}

/// Where the first byte of `block` that `marks` marks is, told by SSE2 compares.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn first_mark(block: &[u8; 16]) -> Option<usize> {
    // SAFETY: SSE2 is enabled for the whole build (the `cfg` above; every x86-64
    // processor has it), which is all that `sse2_mask` needs.
    let mask = unsafe { sse2_mask(block) };
    (mask != 0).then(|| mask.trailing_zeros() as usize)
}

/// Bit `k` set when byte `k` of `block` is an ASCII digit or `FULL_WIDTH_LEAD`.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn sse2_mask(block: &[u8; 16]) -> i32 {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8,
        _mm_or_si128, _mm_set_epi64x, _mm_set1_epi8,
    };
    let block = u128::from_le_bytes(*block);
    // The low half holds the first eight bytes, as in memory.
    let v = _mm_set_epi64x((block >> 64) as i64, block as i64);
    // Signed compares: the bytes from 0x80 up are negative, so never digits.
    let digit = _mm_and_si128(
        _mm_cmpgt_epi8(v, _mm_set1_epi8(b'0' as i8 - 1)),
        _mm_cmplt_epi8(v, _mm_set1_epi8(b'9' as i8 + 1)),
    );
    let lead = _mm_cmpeq_epi8(v, _mm_set1_epi8(FULL_WIDTH_LEAD as i8));
    _mm_movemask_epi8(_mm_or_si128(digit, lead))
}

/// `first_mark` a word at a time, where there is no SSE2.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn first_mark_by_words(block: &[u8; 16]) -> Option<usize> {
    let block = u128::from_le_bytes(*block);
    // The bytes in memory order: the low half first.
    let found = u128::from(marks(block as u64)) | (u128::from(marks((block >> 64) as u64)) << 64);
    (found != 0).then(|| (found.trailing_zeros() / 8) as usize)
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
use first_mark_by_words as first_mark;

/// Whether a full-width digit, U+FF10-U+FF19, starts at `bytes[i]`.
fn is_full_width_digit(bytes: &[u8], i: usize) -> bool {
    matches!(
        bytes.get(i..i + 3),
        Some(&[FULL_WIDTH_LEAD, 0xBC, 0x90..=0x99])
    )
}

/// Where the run of active characters holding the digit at `digit` starts: just past
/// the last inert character before it, but not before `done` (a run boundary).
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

/// Walks from `from` to the end of its run in the UTF-8 text `bytes`, counting digits
/// (`None` only when `bytes` is not UTF-8, which it is).
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
        } else if is_full_width_digit(bytes, i) {
            (false, true, 3)
        } else {
            let len = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            let c = std::str::from_utf8(bytes.get(i..i + len)?)
                .ok()?
                .chars()
                .next()?;
            (is_inert(c), is_digit(c), len)
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
    fn marks_are_ascii_digits_and_full_width_leads() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let expected = if b.is_ascii_digit() || b == FULL_WIDTH_LEAD {
                    0x80 << (8 * at)
                } else {
                    0
                };
                assert_eq!(marks(u64::from_le_bytes(word)), expected, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn blocks_are_marked_alike_by_either_way() {
        let mut block = [b'a'; 16];
        for b in 0..=255u8 {
            for at in 0..16 {
                block[at] = b;
                let expected = (b.is_ascii_digit() || b == FULL_WIDTH_LEAD).then_some(at);
                assert_eq!(first_mark(&block), expected, "{b:#x} at {at}");
                assert_eq!(first_mark_by_words(&block), expected, "{b:#x} at {at}");
                block[at] = b'a';
            }
        }
    }

    proptest! {
        #[test]
        fn first_marks_agree(block in any::<[u8; 16]>()) {
            prop_assert_eq!(first_mark(&block), first_mark_by_words(&block));
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

    /// Every lead byte with second, third and fourth bytes from each side of every
    /// range `from_utf8` tells apart, alone, after ASCII, after Han characters, in a run
    /// with digits, and in texts long enough to be checked by SIMD: refused exactly when
    /// `from_utf8` refuses them.
    #[test]
    fn every_lead_byte_is_checked_as_from_utf8_checks_it() {
        const NEXT: &[u8] = &[
            0x00, 0x30, 0x7F, 0x80, 0x8F, 0x90, 0x99, 0x9A, 0x9F, 0xA0, 0xB7, 0xB8, 0xBC, 0xBF,
            0xC0, 0xFF,
        ];
        let long = "<td>中文</td>\n".repeat(8);
        let contexts: [(&[u8], &[u8]); 6] = [
            (b"", b""),
            (b"<td>abc", b"</td>"),
            ("中文中文中文".as_bytes(), "中文".as_bytes()),
            (b"tel 138 1234 ", b"5678 ok"),
            (long.as_bytes(), b""),
            (b"1", long.as_bytes()),
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
