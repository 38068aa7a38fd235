//! How text becomes the terms of the search index. The theme's `search.js` cuts a query
//! the same way, so both sides must change together (the browser tests query the sample
//! board from disk to hold them to it).
//!
//! Text is first normalised: full-width ASCII forms (`２０２６`, `Ａ`) become ASCII, ASCII
//! letters lower case. Then:
//! - a run of other letters and digits (Chinese) gives each character (a unigram) and
//!   each pair of neighbours (a bigram): a query of one character looks up its unigram,
//!   a longer one all its bigrams;
//! - a run of ASCII letters and digits, joined by `-`, `.` or `_` (and `,` between digits,
//!   which is dropped: `1,234.56` -> `1234.56`), is one word, cut at `ASCII_MAX`
//!   characters on both sides;
//! - a date written as the pages write it (`2026-04-05`, `2026年4月5日`, `2026/4/5`,
//!   `2026.4.5`, and `2026-04` or `2026年4月` for a month) also gives `2026-04-05`,
//!   `2026-04` and `2026`, so every form finds every other. A query's date is looked up
//!   by that one term only.
//!
//! A term is kept as a `u64` (`Key`): an index of 10,000 notices holds millions of them.
//! Must not: decide what text of an item is indexed (`entry` does).

/// Longest ASCII word kept; longer words are cut, in the index and in a query alike.
pub(crate) const ASCII_MAX: usize = 10;

/// The characters of ASCII words, each stored as its position + 1 in six bits.
const ALPHABET: &[u8; 39] = b"0123456789abcdefghijklmnopqrstuvwxyz-._";

/// A term: a unigram or bigram of non-ASCII characters, or an ASCII word.
pub(crate) type Key = u64;

/// Tag of unigram and bigram keys: the first character in bits 21-41, the second (or
/// none) in bits 0-20.
const TAG_RUN: u64 = 1 << 62;
/// Tag of ASCII words: up to `ASCII_MAX` characters, six bits each, first at the top.
const TAG_WORD: u64 = 2 << 62;

/// A date found in text, with where it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    Year(u32),
    Month(u32, u32),
    Day(u32, u32, u32),
}

/// What `scan` finds.
enum Found<'a> {
    /// A run of non-ASCII letters and digits.
    Run(&'a [char]),
    /// An ASCII word, normalised and cut.
    Word(String),
    /// A date (the index also gets the words and runs it is written with).
    Date(When),
}

/// `text` as `scan` reads it: full-width ASCII forms as ASCII, ASCII letters lower case.
fn normalised(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn is_run_char(c: char) -> bool {
    !c.is_ascii() && c.is_alphanumeric()
}

fn is_word_char(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}

fn is_digit(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// The number of `min..=max` ASCII digits at `at` (not followed by another digit) and
/// where it ends.
fn number(c: &[char], at: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let mut end = at;
    let mut value = 0u32;
    while end < c.len() && end - at < max && c[end].is_ascii_digit() {
        value = value * 10 + c[end].to_digit(10).unwrap_or(0);
        end += 1;
    }
    (end - at >= min && !is_digit(c.get(end))).then_some((value, end))
}

/// A date starting at `at` (an ASCII digit after no ASCII letter or digit), and where
/// it ends.
fn date_at(c: &[char], at: usize) -> Option<(When, usize)> {
    let (year, j) = number(c, at, 4, 4)?;
    match c.get(j) {
        Some('年') => {
            let month = number(c, j + 1, 1, 2)
                .filter(|(m, end)| (1..=12).contains(m) && c.get(*end) == Some(&'月'));
            let Some((month, end)) = month else {
                return Some((When::Year(year), j + 1));
            };
            let day = number(c, end + 1, 1, 2).filter(|(d, end)| {
                (1..=31).contains(d) && matches!(c.get(*end), Some('日' | '号'))
            });
            match day {
                Some((day, end)) => Some((When::Day(year, month, day), end + 1)),
                None => Some((When::Month(year, month), end + 1)),
            }
        }
        Some(&sep @ ('-' | '/' | '.')) => {
            let (month, end) = number(c, j + 1, 1, 2).filter(|(m, _)| (1..=12).contains(m))?;
            let day = (c.get(end) == Some(&sep))
                .then(|| number(c, end + 1, 1, 2))
                .flatten()
                .filter(|(d, e)| (1..=31).contains(d) && !is_word_char(c.get(*e)));
            match day {
                Some((day, end)) => Some((When::Day(year, month, day), end)),
                None if sep == '-' && end - j == 3 && !is_word_char(c.get(end)) => {
                    Some((When::Month(year, month), end))
                }
                None => None,
            }
        }
        _ => None,
    }
}

/// The ASCII word starting at `at` and where it ends: letters and digits joined by `-`,
/// `.`, `_`, or `,` between digits (dropped).
fn word_at(c: &[char], at: usize) -> (String, usize) {
    let mut word = String::new();
    let mut i = at;
    loop {
        while is_word_char(c.get(i)) {
            word.push(c[i]);
            i += 1;
        }
        let joined = match c.get(i) {
            Some('-' | '.' | '_') => is_word_char(c.get(i + 1)),
            Some(',') => is_digit(c.get(i - 1)) && is_digit(c.get(i + 1)),
            _ => false,
        };
        if !joined {
            break;
        }
        if c[i] != ',' {
            word.push(c[i]);
        }
        i += 1;
    }
    word.truncate(ASCII_MAX);
    (word, i)
}

/// Everything in `c`, in order. With `dates_replace`, a date's characters give only the
/// date (a query); without, they also give their words and runs (the index).
fn scan<'a>(c: &'a [char], dates_replace: bool, mut found: impl FnMut(Found<'a>)) {
    let mut i = 0;
    while i < c.len() {
        if c[i].is_ascii_digit()
            && !is_word_char(i.checked_sub(1).and_then(|p| c.get(p)))
            && let Some((when, end)) = date_at(c, i)
        {
            found(Found::Date(when));
            if dates_replace {
                i = end;
                continue;
            }
        }
        if c[i].is_ascii_alphanumeric() {
            let (word, end) = word_at(c, i);
            found(Found::Word(word));
            i = end;
        } else if is_run_char(c[i]) {
            let start = i;
            while i < c.len() && is_run_char(c[i]) {
                i += 1;
            }
            found(Found::Run(&c[start..i]));
        } else {
            i += 1;
        }
    }
}

/// The terms of a date, most specific first: `2026-04-05`, `2026-04`, `2026`.
fn date_words(when: When) -> Vec<String> {
    match when {
        When::Year(y) => vec![format!("{y:04}")],
        When::Month(y, m) => vec![format!("{y:04}-{m:02}"), format!("{y:04}")],
        When::Day(y, m, d) => vec![
            format!("{y:04}-{m:02}-{d:02}"),
            format!("{y:04}-{m:02}"),
            format!("{y:04}"),
        ],
    }
}

/// Adds every term of `text` to `out` (unsorted, with repeats).
pub(crate) fn index_terms(text: &str, out: &mut Vec<Key>) {
    let chars = normalised(text);
    scan(&chars, false, |found| match found {
        Found::Run(run) => {
            for (i, c) in run.iter().enumerate() {
                out.push(run_key(*c, None));
                if let Some(next) = run.get(i + 1) {
                    out.push(run_key(*c, Some(*next)));
                }
            }
        }
        Found::Word(word) => out.push(word_key(&word)),
        Found::Date(when) => out.extend(date_words(when).iter().map(|w| word_key(w))),
    });
}

/// The terms a query looks up, as the theme's script finds them (for tests).
#[cfg(test)]
pub(crate) fn query_terms(text: &str) -> Vec<String> {
    let chars = normalised(text);
    let mut out = Vec::new();
    scan(&chars, true, |found| match found {
        Found::Run([one]) => out.push(one.to_string()),
        Found::Run(run) => out.extend(run.windows(2).map(|p| p.iter().collect::<String>())),
        Found::Word(word) => out.push(word),
        Found::Date(when) => out.extend(date_words(when).into_iter().take(1)),
    });
    out
}

/// The key of the unigram `first` or the bigram `first` `second`.
fn run_key(first: char, second: Option<char>) -> Key {
    TAG_RUN | (u64::from(first) << 21) | second.map_or(0, u64::from)
}

/// The key of an ASCII word (`ALPHABET` characters, at most `ASCII_MAX`).
fn word_key(word: &str) -> Key {
    let mut key = TAG_WORD;
    for (i, b) in word.bytes().take(ASCII_MAX).enumerate() {
        let code = ALPHABET
            .iter()
            .position(|a| *a == b)
            .map_or(0, |p| p as u64 + 1);
        key |= code << (6 * (ASCII_MAX - 1 - i));
    }
    key
}

/// The characters of a key, without allocating: up to `ASCII_MAX`, `len` of them.
struct Chars {
    chars: [char; ASCII_MAX],
    len: usize,
}

impl Chars {
    fn of(key: Key) -> Chars {
        let mut chars = ['\0'; ASCII_MAX];
        let mut len = 0;
        if key & TAG_WORD != 0 {
            for i in 0..ASCII_MAX {
                let code = (key >> (6 * (ASCII_MAX - 1 - i))) & 63;
                let Some(b) = code.checked_sub(1).and_then(|c| ALPHABET.get(c as usize)) else {
                    break;
                };
                chars[len] = char::from(*b);
                len += 1;
            }
        } else {
            for part in [(key >> 21) & 0x1f_ffff, key & 0x1f_ffff] {
                if let Some(c) = char::from_u32(part as u32).filter(|c| *c != '\0') {
                    chars[len] = c;
                    len += 1;
                }
            }
        }
        Chars { chars, len }
    }

    fn as_slice(&self) -> &[char] {
        &self.chars[..self.len]
    }
}

/// A key as the shard files and the script spell it.
pub(crate) fn text_of(key: Key) -> String {
    Chars::of(key).as_slice().iter().collect()
}

/// The hash that places a term in its shard: FNV-1a over its code points, then the
/// MurmurHash3 finaliser so the top bits (which pick the shard) are well mixed. The
/// script computes the same in 32-bit arithmetic.
pub(crate) fn hash(key: Key) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for c in Chars::of(key).as_slice() {
        h ^= *c as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h
}

/// The shard of a term whose `hash` is given, of `1 << bits` shards.
pub(crate) fn shard_of(hash: u32, bits: u32) -> usize {
    match bits {
        0 => 0,
        b => (hash >> (32 - b)) as usize,
    }
}

/// `keys` sorted by shard order (hash, then key) without repeats: the order every shard's
/// terms take in an item's entry, so one shard's terms are one stretch of it whatever
/// the number of shards.
pub(crate) fn sorted(keys: Vec<Key>) -> Box<[Key]> {
    let mut pairs: Vec<(u32, Key)> = keys.into_iter().map(|k| (hash(k), k)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs.into_iter().map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        index_terms(text, &mut keys);
        let mut words: Vec<String> = keys.into_iter().map(text_of).collect();
        words.sort();
        words.dedup();
        words
    }

    #[test]
    fn chinese_gives_unigrams_and_bigrams() {
        assert_eq!(terms("蛋糕房"), ["房", "糕", "糕房", "蛋", "蛋糕"]);
        assert_eq!(
            query_terms("工资集体协商"),
            ["工资", "资集", "集体", "体协", "协商"]
        );
        assert_eq!(query_terms("米"), ["米"]);
    }

    #[test]
    fn every_date_form_gives_the_same_terms() {
        for form in [
            "2026-04-05",
            "2026年4月5日",
            "2026/4/5",
            "2026.04.05",
            "２０２６－０４－０５",
        ] {
            assert_eq!(query_terms(form), ["2026-04-05"], "{form}");
            let t = terms(&format!("于{form}发布"));
            for w in ["2026-04-05", "2026-04", "2026"] {
                assert!(t.contains(&w.to_string()), "{form}: {t:?}");
            }
        }
        assert_eq!(query_terms("2026年4月"), ["2026-04"]);
        assert_eq!(query_terms("2026-03"), ["2026-03"]);
        assert_eq!(query_terms("2026年度"), ["2026", "度"]);
        // Not dates: an amount, an impossible month, a longer number.
        assert_eq!(query_terms("2023.56"), ["2023.56"]);
        assert_eq!(query_terms("2026-13-01"), ["2026-13-01"]);
        assert_eq!(query_terms("12026-04-05"), ["12026-04-0"]);
    }

    #[test]
    fn the_words_of_a_date_are_indexed_too() {
        // So 年度 is found in 2026年度 and 4月 in 2026年4月5日.
        let t = terms("2026年度");
        assert!(t.contains(&"年度".to_string()), "{t:?}");
        let t = terms("2026年4月5日");
        assert!(t.contains(&"4".to_string()) && t.contains(&"月".to_string()));
    }

    #[test]
    fn ascii_words_are_normalised_and_cut() {
        assert_eq!(query_terms("1,234.56元"), ["1234.56", "元"]);
        assert_eq!(query_terms("记-003"), ["记", "003"]);
        assert_eq!(query_terms("ＡＢＣ abc"), ["abc", "abc"]);
        assert_eq!(query_terms("verylongword123"), ["verylongwo"]);
        assert_eq!(query_terms("a,b 7:30"), ["a", "b", "7", "30"]);
    }

    #[test]
    fn keys_spell_their_terms() {
        for t in ["工", "工资", "2026-04-05", "a.b_c-9", "𠀋字"] {
            let mut keys = Vec::new();
            index_terms(t, &mut keys);
            assert!(keys.iter().any(|k| text_of(*k) == t), "{t}");
        }
    }

    #[test]
    fn hash_is_fnv1a_of_code_points_then_mixed() {
        // Pinned: the theme's script computes these numbers too.
        assert_eq!(hash(word_key("a")), 0x1a80_b1b3);
        assert_eq!(hash(run_key('工', Some('资'))), 0x857a_dd5b);
        assert_eq!(shard_of(0x857a_dd5b, 9), 266);
        assert_eq!(shard_of(0x857a_dd5b, 0), 0);
    }
}
