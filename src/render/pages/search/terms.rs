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
//!   which is dropped: `1,234.56` -> `1234.56`), is one word, cut at `NUMBER_MAX`
//!   characters when it holds only digits and joiners, else at `WORD_MAX`, on both sides;
//! - a date written as the pages write it (`2026-04-05`, `2026年4月5日`, `2026/4/5`,
//!   `2026.4.5`, and `2026-04` or `2026年4月` for a month) also gives `2026-04-05`,
//!   `2026-04` and `2026`, so every form finds every other. A query's date is looked up
//!   by that one term only.
//!
//! A term is kept as a `u64` (`Key`), since an index of 10,000 notices holds millions:
//! its top twelve bits are the top of its hash (`hash`), which picks its shard, so the
//! keys of an item sorted as numbers come in shard order, whatever the number of shards.
//! Must not: decide what text of an item is indexed (`entry` does).

/// Longest word of digits and joiners kept (`2026-04-05` is ten).
pub(crate) const NUMBER_MAX: usize = 12;
/// Longest other ASCII word kept.
pub(crate) const WORD_MAX: usize = 8;

/// The characters of number words, each stored as its position + 1 in four bits.
const NUMBER_CHARS: &[u8; 13] = b"0123456789-._";
/// The characters of other words, each stored as its position + 1 in six bits.
const WORD_CHARS: &[u8; 39] = b"0123456789abcdefghijklmnopqrstuvwxyz-._";

/// A term: a unigram or bigram of non-ASCII characters, or an ASCII word. Bits 52-63:
/// the top of its hash; bit 51 set for a word; a unigram or bigram has its first
/// character in bits 21-41 and its second (or none) in bits 0-20; a word has bit 50 set
/// when it is not a number, and its characters in bits 0-47, the first at the top.
pub(crate) type Key = u64;

/// Bit 51: a word, not a unigram or bigram.
const WORD: u64 = 1 << 51;
/// Bit 50: a word with letters.
const LETTERS: u64 = 1 << 50;
/// Bits 0-51: what the term is.
const TERM: u64 = (1 << 52) - 1;
/// The most shard bits a key's hash part gives.
pub(crate) const HASH_BITS: u32 = 12;

/// A date found in text.
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
    /// An ASCII word, normalised (not cut).
    Word(&'a str),
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
    // The common case first: a CJK ideograph needs no table lookup.
    matches!(c, '\u{4e00}'..='\u{9fff}') || (!c.is_ascii() && c.is_alphanumeric())
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

/// Reads the ASCII word at `at` into `word` (letters and digits joined by `-`, `.`, `_`,
/// or `,` between digits, dropped) and says where it ends.
fn word_at(c: &[char], at: usize, word: &mut String) -> usize {
    word.clear();
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
    i
}

/// Everything in `c`, in order. With `dates_replace`, a date's characters give only the
/// date (a query); without, they also give their words and runs (the index).
fn scan(c: &[char], dates_replace: bool, mut found: impl FnMut(Found)) {
    let mut word = String::new();
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
            i = word_at(c, i, &mut word);
            found(Found::Word(&word));
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
#[cfg(test)]
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

/// Adds the keys of a date's terms (`date_words`) to `out`, without making strings.
fn date_keys(when: When, out: &mut Vec<Key>) {
    let (y, m, d) = match when {
        When::Year(y) => (y, 0, 0),
        When::Month(y, m) => (y, m, 0),
        When::Day(y, m, d) => (y, m, d),
    };
    let digits = |n: u32, width: usize, buf: &mut [u8]| {
        let mut n = n;
        for i in (0..width).rev() {
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    let mut buf = *b"0000-00-00";
    digits(y, 4, &mut buf[0..4]);
    digits(m, 2, &mut buf[5..7]);
    digits(d, 2, &mut buf[8..10]);
    for (len, given) in [(10, d), (7, m), (4, 1)] {
        if given != 0 {
            out.push(word_key_bytes(&buf[..len]));
        }
    }
}

/// Adds every term of `text` to `out` (unsorted, with repeats).
pub(crate) fn index_terms(text: &str, out: &mut Vec<Key>) {
    let chars = normalised(text);
    out.reserve(chars.len());
    scan(&chars, false, |found| match found {
        Found::Run(run) => {
            for (i, c) in run.iter().enumerate() {
                out.push(run_key(*c, None));
                if let Some(next) = run.get(i + 1) {
                    out.push(run_key(*c, Some(*next)));
                }
            }
        }
        Found::Word(word) => out.push(word_key(word)),
        Found::Date(when) => date_keys(when, out),
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
        Found::Word(word) => out.push(text_of(word_key(word))),
        Found::Date(when) => out.extend(date_words(when).into_iter().take(1)),
    });
    out
}

/// FNV-1a over code points, then the MurmurHash3 finaliser, so the top bits (which pick
/// the shard) are well mixed. The script computes the same in 32-bit arithmetic.
fn hash(code_points: impl IntoIterator<Item = u32>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for c in code_points {
        h ^= c;
        h = h.wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h
}

/// `term` with the top of `hash` above it.
fn with_hash(term: u64, hash: u32) -> Key {
    (u64::from(hash >> (32 - HASH_BITS)) << 52) | term
}

/// The key of the unigram `first` or the bigram `first` `second`.
fn run_key(first: char, second: Option<char>) -> Key {
    let term = (u64::from(first) << 21) | second.map_or(0, u64::from);
    let h = match second {
        None => hash([first as u32]),
        Some(second) => hash([first as u32, second as u32]),
    };
    with_hash(term, h)
}

/// The key of an ASCII word (lower case, digits, joiners), cut: a number at
/// `NUMBER_MAX`, another word at `WORD_MAX`.
fn word_key(word: &str) -> Key {
    word_key_bytes(word.as_bytes())
}

/// `byte -> position + 1` in `chars` (0 for bytes not in it).
const fn codes(chars: &[u8]) -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < chars.len() {
        table[chars[i] as usize] = i as u8 + 1;
        i += 1;
    }
    table
}

const NUMBER_CODES: [u8; 128] = codes(NUMBER_CHARS);
const WORD_CODES: [u8; 128] = codes(WORD_CHARS);

fn word_key_bytes(word: &[u8]) -> Key {
    let code = |table: &[u8; 128], b: u8| table.get(usize::from(b)).copied().unwrap_or(0);
    let number = word.iter().all(|b| code(&NUMBER_CODES, *b) != 0);
    let (table, width, max) = match number {
        true => (&NUMBER_CODES, 4, NUMBER_MAX),
        false => (&WORD_CODES, 6, WORD_MAX),
    };
    let cut = &word[..word.len().min(max)];
    let mut term = WORD | if number { 0 } else { LETTERS };
    for (i, b) in cut.iter().enumerate() {
        term |= u64::from(code(table, *b)) << (width * (max - 1 - i));
    }
    with_hash(term, hash(cut.iter().map(|b| u32::from(*b))))
}

/// The shard of `key` among `1 << bits` (at most `1 << HASH_BITS`).
pub(crate) fn shard_of(key: Key, bits: u32) -> usize {
    match bits {
        0 => 0,
        b => (key >> (64 - b)) as usize,
    }
}

/// A key as the shard files and the script spell it.
pub(crate) fn text_of(key: Key) -> String {
    let term = key & TERM;
    if term & WORD == 0 {
        return [(term >> 21) & 0x1f_ffff, term & 0x1f_ffff]
            .into_iter()
            .filter_map(|c| char::from_u32(c as u32).filter(|c| *c != '\0'))
            .collect();
    }
    let (chars, width, max): (&[u8], usize, usize) = match term & LETTERS {
        0 => (NUMBER_CHARS, 4, NUMBER_MAX),
        _ => (WORD_CHARS, 6, WORD_MAX),
    };
    (0..max)
        .map(|i| (term >> (width * (max - 1 - i))) & ((1 << width) - 1))
        .map_while(|code| code.checked_sub(1).and_then(|c| chars.get(c as usize)))
        .map(|b| char::from(*b))
        .collect()
}

/// `keys` sorted, without repeats: an item's terms in shard order.
///
/// A key's top bits are a hash, evenly spread: the keys are first dealt into buckets by
/// them (about eight keys a bucket), then each bucket is sorted, which takes a third of
/// the time of one sort of them all (an item has thousands of keys, many repeated).
pub(crate) fn sorted(keys: Vec<Key>) -> Box<[Key]> {
    let n = keys.len();
    let bits = (usize::BITS - (n / 8).leading_zeros()).min(HASH_BITS);
    if bits < 2 {
        let mut keys = keys;
        keys.sort_unstable();
        keys.dedup();
        return Box::from(&keys[..]);
    }
    let bucket = |k: Key| (k >> (64 - bits)) as usize;
    // Where each bucket starts, then where its next key goes.
    let mut next = vec![0usize; (1 << bits) + 1];
    for k in &keys {
        next[bucket(*k) + 1] += 1;
    }
    for b in 1..next.len() {
        next[b] += next[b - 1];
    }
    let starts = next.clone();
    let mut dealt = vec![0; n];
    for k in keys {
        let at = &mut next[bucket(k)];
        dealt[*at] = k;
        *at += 1;
    }
    for range in starts.windows(2) {
        dealt[range[0]..range[1]].sort_unstable();
    }
    dealt.dedup();
    // Copied into a block of its own size: the entry is kept to the end of the render,
    // and shrinking `dealt` in place (the allocator does, down to half) kept all of it.
    Box::from(&dealt[..])
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

    fn key(term: &str) -> Key {
        let mut keys = Vec::new();
        index_terms(term, &mut keys);
        keys.into_iter()
            .find(|k| text_of(*k) == term)
            .unwrap_or_else(|| panic!("{term} gives no such key"))
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
        assert_eq!(query_terms("12026-04-05"), ["12026-04-05"]);
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
        assert_eq!(query_terms("verylongword123"), ["verylong"]);
        assert_eq!(query_terms("123456789012345"), ["123456789012"]);
        assert_eq!(query_terms("a,b 7:30"), ["a", "b", "7", "30"]);
    }

    #[test]
    fn keys_spell_their_terms() {
        for t in ["工", "工资", "2026-04-05", "a.b_c-9", "𠀋字", "0", "x"] {
            assert_eq!(text_of(key(t)), t);
        }
    }

    #[test]
    fn a_keys_top_bits_are_its_hash_the_script_computes() {
        // Pinned: the theme's script computes these numbers too (FNV-1a of the code
        // points, then the finaliser), and takes the shard from the top bits.
        assert_eq!(hash([u32::from('a')]), 0x1a80_b1b3);
        assert_eq!(hash(['工' as u32, '资' as u32]), 0x857a_dd5b);
        assert_eq!(shard_of(key("a"), 12), 0x1a8);
        assert_eq!(shard_of(key("工资"), 9), 0x857a_dd5b >> 23);
        assert_eq!(shard_of(key("工资"), 0), 0);
    }

    #[test]
    fn keys_are_sorted_without_repeats_however_many() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for n in [0, 1, 7, 8, 15, 16, 17, 100, 1000, 5000, 40_000] {
            let keys: Vec<Key> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // Repeats, and keys that differ only below the bucket bits.
                    match i % 3 {
                        0 => seed,
                        1 => seed & !0xff,
                        _ => seed % 64,
                    }
                })
                .collect();
            let mut expected = keys.clone();
            expected.sort_unstable();
            expected.dedup();
            assert_eq!(&*sorted(keys), &expected[..], "{n} keys");
        }
    }
}
