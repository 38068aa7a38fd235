//! Scanning a text again after an edit: where the new version differs from
//! the old one, widened to cuts that no hit can cross, and the hits of the new
//! version from the old hits plus a scan of the stretch between the cuts.
//!
//! The preview rescans large output files on every save with this. What counts
//! as a hit is [`super::recognise`]'s job; this module only decides how little
//! of the text must be scanned to get the same hits.

use super::PiiHit;
use super::classes::{
    is_decimal_point, is_digit, is_invisible, is_plus, is_separator, is_word, is_x,
};
use super::runs::scan;

/// Whether the scanner never reads `c` as part of a number, and treats it just as
/// it treats the start or end of the text. A cut between two such characters
/// splits the scan: `scan(text)` is `scan(&text[..c])` followed by
/// `scan(&text[c..])` shifted by `c`. That is what lets [`scan_edit`] keep the
/// hits on either side of an edit. Why the split holds:
///
/// - A hit's span is made of active characters only (digits, the `X` of an ID,
///   the separators, a `+86` or `(+86)` prefix), so no hit contains the cut,
///   and digit runs and chains of groups never cross it either.
/// - Every look past a run or span (`open_left`, `open_right`, `prefix_start`,
///   `chain`, the "attached" tests of `split_chain`, the `X` and `+` tests of
///   `plain_candidate` and `pieces_at`) tests the neighbour for being one of a
///   few active characters and goes further only through such characters (the
///   letters of a label, a decimal point, a separator; invisible characters are
///   never looked at, the scanner skips them).
///   An inert neighbour fails each test exactly as `None` (the text's end) does,
///   so the look stops at the cut whether the other side is there or not.
/// - `prefix_start`'s `checked_sub` can fail on one side alone where the whole
///   text has characters, but only where the digit test that follows reads the
///   inert character at the cut: both give no prefix.
/// - `resolve` keeps a candidate when it overlaps none kept before it, in a
///   stable order; candidates from the two sides never overlap and keep their
///   relative order, so each side keeps what it keeps alone.
///
/// Active is taken broadly: every character any rule tests for, i.e. ASCII and
/// full-width letters and digits (`X` among them), decimal points, plus signs,
/// parentheses of both widths, the separators (the ideographic and no-break
/// spaces among them), and the invisible characters the scanner skips (a look
/// goes through them to the next character). No rule tests for any other
/// whitespace (`\t`, `\n`), so that is inert. (One inert
/// character would do as a cut by the same argument; two keep a margin.)
pub(super) fn is_inert(c: char) -> bool {
    !(is_word(c)
        || is_digit(c)
        || is_x(c)
        || is_decimal_point(c)
        || is_plus(c)
        || is_separator(c)
        || is_invisible(c)
        || matches!(c, '(' | '（' | ')' | '）'))
}

/// Finds the hits of `new` given `old_hits`, the hits of `old` (as [`scan`] gives
/// them): the result is exactly `scan(new)`, but only the part of `new` around
/// what changed is scanned, so a small edit of a large text costs a comparison
/// of the unchanged bytes plus a scan of the edit's surroundings.
pub fn scan_edit(old: &str, old_hits: &[PiiHit], new: &str) -> Vec<PiiHit> {
    match Edit::find(old.as_bytes(), new.as_bytes()) {
        None => old_hits.to_vec(),
        // `rescan` only fails on bytes that are not UTF-8, which a `str` never is.
        Some(edit) => edit
            .rescan(old_hits, new.as_bytes())
            .unwrap_or_else(|| scan(new)),
    }
}

/// Where a new version of a text differs from the old one, widened on both sides
/// to a cut between two inert characters (see `is_inert`) that both versions
/// share, or to the text's start or end. The hits outside the cuts are the old
/// ones, so only the new text between them needs scanning.
///
/// Works on bytes so that a caller holding the old version's bytes, known to be
/// UTF-8, need not check the new version whole: see [`Edit::rescan`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    /// Byte offset of the cut before the change, the same in both versions.
    pub start: usize,
    /// Byte offset of the cut after the change in the old version.
    pub old_end: usize,
    /// Byte offset of the cut after the change in the new version.
    pub new_end: usize,
}

impl Edit {
    /// The edit that turns `old` into `new`, or `None` when they are the same
    /// bytes. `old` should be UTF-8: the cuts are placed between characters
    /// decoded from the bytes the two share (bytes that do not decode are never
    /// taken as inert).
    pub fn find(old: &[u8], new: &[u8]) -> Option<Edit> {
        let prefix = common_prefix(old, new);
        if prefix == old.len() && prefix == new.len() {
            return None;
        }
        // The shared suffix may not overlap the shared prefix in either version.
        let room = old.len().min(new.len()).saturating_sub(prefix);
        let suffix = common_suffix(old, new, room);
        let start = start_cut(new, prefix);
        let new_end = end_cut(new, new.len() - suffix);
        let old_end = old.len().saturating_sub(new.len() - new_end);
        Some(Edit {
            start,
            old_end,
            new_end,
        })
    }

    /// The hits of `new`, given `old_hits`, the hits of the old version this edit
    /// was found from: the old hits before `start`, the hits of
    /// `new[start..new_end]`, and the old hits after `old_end` moved by the
    /// change in length. `None` when `new[start..new_end]` is not UTF-8.
    ///
    /// With the old version UTF-8, the new one is UTF-8 exactly when its part
    /// between the cuts is: the rest is the old version's bytes before and after
    /// a character boundary, and each cut sits at a character both versions
    /// share (or at the text's start or end), so it is a character boundary of
    /// any valid new version too.
    pub fn rescan(&self, old_hits: &[PiiHit], new: &[u8]) -> Option<Vec<PiiHit>> {
        let middle = std::str::from_utf8(new.get(self.start..self.new_end)?).ok()?;
        // Hits are sorted and never overlap, so their ends are sorted too.
        let before = old_hits.partition_point(|h| h.end <= self.start);
        let after = old_hits.partition_point(|h| h.start < self.old_end);
        let found = scan(middle);
        let mut hits = Vec::with_capacity(before + found.len() + old_hits.len() - after);
        hits.extend_from_slice(old_hits.get(..before).unwrap_or_default());
        hits.extend(found.into_iter().map(|h| PiiHit {
            start: h.start + self.start,
            end: h.end + self.start,
            ..h
        }));
        let moved = |at: usize| at.saturating_sub(self.old_end) + self.new_end;
        hits.extend(
            old_hits
                .get(after..)
                .unwrap_or_default()
                .iter()
                .map(|h| PiiHit {
                    start: moved(h.start),
                    end: moved(h.end),
                    ..h.clone()
                }),
        );
        Some(hits)
    }
}

/// Blocks compared whole (a `memcmp` each) before the first difference is looked
/// for byte by byte.
const BLOCK: usize = 1024;

/// Length of the longest common prefix of `a` and `b`.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let mut done = 0;
    for (x, y) in a.chunks(BLOCK).zip(b.chunks(BLOCK)) {
        if x != y {
            return done + x.iter().zip(y).take_while(|(p, q)| p == q).count();
        }
        done += x.len();
    }
    done
}

/// Length of the longest common suffix of `a` and `b`, at most `room`.
fn common_suffix(a: &[u8], b: &[u8], room: usize) -> usize {
    let tail = |s: &[u8]| -> usize { s.len().saturating_sub(room) };
    let a = a.get(tail(a)..).unwrap_or_default();
    let b = b.get(tail(b)..).unwrap_or_default();
    let mut done = 0;
    for (x, y) in a.rchunks(BLOCK).zip(b.rchunks(BLOCK)) {
        if x != y {
            let same = x.iter().rev().zip(y.iter().rev());
            return done + same.take_while(|(p, q)| p == q).count();
        }
        done += x.len();
    }
    done
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The character whose bytes these are, if they are exactly one.
fn decode(bytes: Option<&[u8]>) -> Option<char> {
    let mut chars = std::str::from_utf8(bytes?).ok()?.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// The character ending at byte `end` (> 0): where it starts, and the character
/// if its bytes decode.
fn char_before(text: &[u8], end: usize) -> (usize, Option<char>) {
    let mut start = end.saturating_sub(1);
    while start > 0 && end - start < 4 && text.get(start).copied().is_some_and(is_continuation) {
        start -= 1;
    }
    (start, decode(text.get(start..end)))
}

/// The character starting at byte `start` (< `text.len()`): where it ends, and
/// the character if its bytes decode.
fn char_at(text: &[u8], start: usize) -> (usize, Option<char>) {
    let mut end = start + 1;
    while end - start < 4 && text.get(end).copied().is_some_and(is_continuation) {
        end += 1;
    }
    (end, decode(text.get(start..end)))
}

/// The last cut at or before byte `limit` that has an inert character on each
/// side, both ending by `limit` (so the same in every text that shares
/// `text[..limit]`); 0 when there is none.
fn start_cut(text: &[u8], limit: usize) -> usize {
    let mut i = limit.min(text.len());
    // The character that `limit` falls in, or that starts there, is not shared.
    while i > 0 && text.get(i).copied().is_some_and(is_continuation) {
        i -= 1;
    }
    let mut right_inert = false;
    while i > 0 {
        let (start, c) = char_before(text, i);
        let inert = c.is_some_and(is_inert);
        if inert && right_inert {
            return i;
        }
        right_inert = inert;
        i = start;
    }
    0
}

/// The first cut at or after byte `limit` that has an inert character on each
/// side, both starting at or after `limit` (so the same in every text that
/// shares `text[limit..]`); `text.len()` when there is none.
fn end_cut(text: &[u8], limit: usize) -> usize {
    let mut i = limit;
    // The character that `limit` falls in is not shared.
    while text.get(i).copied().is_some_and(is_continuation) {
        i += 1;
    }
    let mut left_inert = false;
    while i < text.len() {
        let (end, c) = char_at(text, i);
        let inert = c.is_some_and(is_inert);
        if inert && left_inert {
            return i;
        }
        left_inert = inert;
        i = end;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::privacy_scan::strategies::{luhn_number, mobile_number, valid_id};
    use proptest::prelude::*;

    /// Pieces of text rich in what the rules look at: digits of both widths,
    /// separators, decimal points, plus signs, parentheses, `X`, letters, and
    /// inert characters (Han, quotes, newlines, tabs, punctuation).
    const PIECES: &[&str] = &[
        "0", "1", "3", "6", "8", "9", "０", "１", "８", " ", " ", "-", "-", ".", "．", "+", "＋",
        "(", ")", "（", "）", "X", "x", "Ｘ", "a", "Z", "ａ", "汉", "号", "\"", "\n", "\t", ",",
        "，", "<", "/", ">", "：", "　", "86", "0086", "+86 ", "(+86)", "138", "1234", "5678",
        "\u{a0}", "－", "\u{200b}", "\u{ad}", "Tel", "ID",
    ];

    /// A piece of text: mostly a few characters, sometimes a whole number, plain
    /// or grouped, so that edits join, split and complete real hits.
    fn piece() -> impl Strategy<Value = String> {
        let grouped = |s: &str, lens: &[usize], sep: &str| -> String {
            let mut out = Vec::new();
            let mut at = 0;
            for &n in lens {
                out.push(s.get(at..(at + n).min(s.len())).unwrap_or_default());
                at += n;
            }
            out.push(s.get(at..).unwrap_or_default());
            out.retain(|g| !g.is_empty());
            out.join(sep)
        };
        prop_oneof![
            12 => proptest::sample::select(PIECES).prop_map(str::to_string),
            2 => mobile_number(),
            2 => (mobile_number(), any::<bool>())
                .prop_map(move |(m, dash)| grouped(&m, &[3, 4], if dash { "-" } else { " " })),
            1 => mobile_number().prop_map(|m| format!("+86{m}")),
            1 => valid_id(),
            1 => valid_id().prop_map(move |id| grouped(&id, &[6, 8], " ")),
            1 => luhn_number(),
            1 => luhn_number().prop_map(move |c| grouped(&c, &[4, 4, 4, 4], " ")),
        ]
    }

    fn pieces(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(piece(), 0..max).prop_map(|p| p.concat())
    }

    /// `text` with the chars `[at, at + len)` (taken modulo its length) replaced
    /// by `with`.
    fn edited(text: &str, at: usize, len: usize, with: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let start = at % (chars.len() + 1);
        let end = start + len % (chars.len() - start + 1);
        let mut out: String = chars[..start].iter().collect();
        out.push_str(with);
        out.extend(&chars[end..]);
        out
    }

    /// Checks `scan_edit` against a full scan, and that the cuts it takes are
    /// in the shared parts of the two texts.
    fn check_edit(old: &str, old_hits: &[PiiHit], new: &str) -> Result<Vec<PiiHit>, TestCaseError> {
        let full = scan(new);
        let quick = scan_edit(old, old_hits, new);
        prop_assert_eq!(&quick, &full, "{:?} -> {:?}", old, new);
        if let Some(edit) = Edit::find(old.as_bytes(), new.as_bytes()) {
            prop_assert_eq!(&old[..edit.start], &new[..edit.start]);
            prop_assert_eq!(&old[edit.old_end..], &new[edit.new_end..]);
        } else {
            prop_assert_eq!(old, new);
        }
        Ok(full)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn edit_scan_equals_full_scan(
            old in pieces(40),
            edits in proptest::collection::vec((any::<usize>(), 0usize..12, pieces(4)), 1..4),
        ) {
            // Each edit is checked on its own, against the hits of the version before.
            let mut text = old;
            let mut hits = scan(&text);
            for (at, len, with) in &edits {
                let new = edited(&text, *at, *len, with);
                hits = check_edit(&text, &hits, &new)?;
                text = new;
            }
        }

        #[test]
        fn edit_scan_of_several_edits_at_once(
            old in pieces(40),
            edits in proptest::collection::vec((any::<usize>(), 0usize..6, pieces(3)), 2..4),
        ) {
            let new = edits
                .iter()
                .fold(old.clone(), |text, (at, len, with)| edited(&text, *at, *len, with));
            check_edit(&old, &scan(&old), &new)?;
        }

        #[test]
        fn scanning_by_runs_equals_scanning_whole(text in pieces(60)) {
            prop_assert_eq!(scan(&text), super::super::recognise::scan_text(&text), "{:?}", text);
        }

        #[test]
        fn scan_splits_beside_an_inert_char(text in pieces(40)) {
            // The cut `scan_edit` takes has an inert char on each side; one is
            // enough, on either side of the cut.
            let full = scan(&text);
            for (at, c) in text.char_indices().filter(|&(_, c)| is_inert(c)) {
                for cut in [at, at + c.len_utf8()] {
                    let mut split = scan(&text[..cut]);
                    split.extend(scan(&text[cut..]).into_iter().map(|h| PiiHit {
                        start: h.start + cut,
                        end: h.end + cut,
                        ..h
                    }));
                    prop_assert_eq!(&split, &full, "{:?} cut at {}", text, cut);
                }
            }
        }
    }

    /// `scan_edit` from `old` to `new` equals a full scan, and `new` has exactly
    /// the hits `expected` (values).
    fn assert_edit(old: &str, new: &str, expected: &[&str]) {
        let quick = scan_edit(old, &scan(old), new);
        assert_eq!(quick, scan(new), "{old:?} -> {new:?}");
        let values: Vec<&str> = quick.iter().map(|h| h.value.as_str()).collect();
        assert_eq!(values, expected, "{old:?} -> {new:?}");
    }

    #[test]
    fn edit_completes_a_split_mobile() {
        assert_edit(
            "电话1381234。5678谢谢",
            "电话13812345678谢谢",
            &["13812345678"],
        );
        assert_edit("电话138123谢谢", "电话13812345678谢谢", &["13812345678"]);
        assert_edit("电话13812345678谢谢", "电话138123\"45678谢谢", &[]);
        assert_edit("\"1381234\"，\"5678\"", "\"1381234\"\"5678\"", &[]);
        assert_edit("\"1381234\"，\"5678\"", "\"13812345678\"", &["13812345678"]);
    }

    #[test]
    fn edit_next_to_country_code() {
        assert_edit(
            "手机(86) 13812345678",
            "手机(+86) 13812345678",
            &["(+86) 13812345678"],
        );
        assert_edit(
            "手机“86 13812345678",
            "手机“+86 13812345678",
            &["+86 13812345678"],
        );
        assert_edit(
            "手机：+86 13812345678",
            "手机：+87 13812345678",
            &["13812345678"],
        );
        assert_edit(
            "手机：+86 13812345678",
            "手机：1+86 13812345678",
            &["13812345678"],
        );
        assert_edit(
            "手机：+86 13812345678",
            "手机：+86 13812345678。",
            &["+86 13812345678"],
        );
    }

    #[test]
    fn edit_inside_grouped_mobile() {
        let old = "名单：\"张三\" 138 1234 5678 \"李四\"";
        assert_edit(old, &old.replace("5678", "5679"), &["138 1234 5679"]);
        assert_edit(old, &old.replace("1234", "12345"), &[]);
        assert_edit(old, &old.replace("1234 ", "1234-"), &["138 1234-5678"]);
        assert_edit(old, &old.replace("5678 ", "5678 9012"), &[]);
        assert_edit(
            old,
            &old.replace("\" 138", "\" 139 1234 5678 138"),
            &["139 1234 5678", "138 1234 5678"],
        );
        assert_edit(old, &old.replace("\" 138", "\" 4111 138"), &[]);
    }

    #[test]
    fn edit_at_the_ends() {
        let old = "13812345678，\"中间\"，13912345678";
        assert_edit(old, &format!("1{old}"), &["13912345678"]);
        assert_edit(old, &format!("{old}0"), &["13812345678"]);
        assert_edit(old, &old[1..], &["13912345678"]);
        assert_edit(old, &old[..old.len() - 1], &["13812345678"]);
        assert_edit(
            old,
            &format!("+86{old}"),
            &["+8613812345678", "13912345678"],
        );
        assert_edit(old, &format!("{old}.5"), &["13812345678"]);
    }

    #[test]
    fn edit_of_nothing_or_everything() {
        let text = "电话13812345678，\"卡号\"4111111111111111。";
        assert_edit(text, text, &["13812345678", "4111111111111111"]);
        assert_edit("", "", &[]);
        assert_edit("", text, &["13812345678", "4111111111111111"]);
        assert_edit(text, "", &[]);
        assert_eq!(Edit::find(text.as_bytes(), text.as_bytes()), None);
    }

    #[test]
    fn edit_cuts_are_outside_what_changed() {
        let old = "前文，\"一\"。13812345678。\"二\"，后文";
        let new = "前文，\"一\"。13812345679。\"二\"，后文";
        let edit = Edit::find(old.as_bytes(), new.as_bytes());
        let start = old.find("\"。").map(|i| i + 1);
        let end = old.rfind("。\"").map(|i| i + "。".len());
        assert_eq!(edit.map(|e| Some(e.start)), Some(start));
        assert_eq!(edit.map(|e| Some(e.new_end)), Some(end));
        // A change inside a multi-byte character: the cuts are still on
        // character boundaries, outside it.
        let edit = Edit::find("，，汉，，".as_bytes(), "，，汗，，".as_bytes());
        assert_eq!(
            edit,
            Some(Edit {
                start: "，".len(),
                old_end: "，，汉，".len(),
                new_end: "，，汗，".len()
            })
        );
    }

    #[test]
    fn edit_rescan_tells_bytes_that_are_not_utf8() {
        let old = "电话13812345678，\"中\"，\"间\"。";
        let mut new = old.as_bytes().to_vec();
        let at = old.find('中').unwrap_or(0) + 1;
        new[at] = 0xFF;
        let edit = Edit::find(old.as_bytes(), &new);
        assert!(edit.is_some());
        assert_eq!(edit.and_then(|e| e.rescan(&scan(old), &new)), None);
        // A new version that differs only in a continuation byte still decodes.
        let new = old.replace('中', "丰");
        let edit = Edit::find(old.as_bytes(), new.as_bytes());
        assert_eq!(
            edit.and_then(|e| e.rescan(&scan(old), new.as_bytes())),
            Some(scan(&new))
        );
    }

    #[test]
    fn inert_chars_are_tested_by_no_rule() {
        for c in ['"', '<', ',', '，', '。', '汉', '\n', '\t', '/', ':'] {
            assert!(is_inert(c), "{c:?}");
        }
        for c in "0９aZａＺXxＸｘ.．+＋()（） -　\u{a0}\u{202f}－\u{200b}\u{ad}\u{feff}".chars()
        {
            assert!(!is_inert(c), "{c:?}");
        }
    }

    /// A large JSON-like text (like the search index of 10,000 items), scanned
    /// whole and after one edit in the middle. Prints the times; run with
    /// `cargo test --release -- --ignored --nocapture edit_scan_timing`.
    #[test]
    #[ignore]
    fn edit_scan_timing() {
        use std::fmt::Write;
        let mut text = String::from("[");
        for i in 0..10_000 {
            let body = format!(
                "根据工会章程第{}条，经第{}次委员会研究决定，现将{}年度职工体检、慰问和困难补助的有关事项通知如下。",
                i % 40,
                i % 12,
                2016 + i % 10
            )
            .repeat(3);
            let _ = writeln!(
                text,
                "{{\"t\":\"关于{}年第{}批困难职工补助的通知\",\"u\":\"team{:02}/{}/n{:02}/\",\"x\":\"{}\"}},",
                2016 + i % 10,
                i % 7,
                i % 50,
                2016 + i % 10,
                i % 30,
                body
            );
        }
        text.push(']');
        let middle = text.len() / 2;
        let at = (middle..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let new = format!("{}电话13812345678{}", &text[..at], &text[at..]);
        let old_hits = scan(&text);
        let time = |f: &dyn Fn() -> Vec<PiiHit>| {
            let started = std::time::Instant::now();
            let mut hits = Vec::new();
            for _ in 0..10 {
                hits = f();
            }
            (started.elapsed() / 10, hits)
        };
        let (full_time, full) = time(&|| scan(&new));
        let (edit_time, quick) = time(&|| scan_edit(&text, &old_hits, &new));
        assert_eq!(full, quick);
        let edit = Edit::find(text.as_bytes(), new.as_bytes());
        let (find_time, _) = time(&|| {
            let _ = Edit::find(text.as_bytes(), new.as_bytes());
            Vec::new()
        });
        println!(
            "{} bytes: scan {full_time:?}, scan_edit {edit_time:?} \
             (finding the cuts {find_time:?}; scanned {:?} bytes)",
            new.len(),
            edit.map(|e| e.new_end - e.start)
        );
    }
}
