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

use super::keys::Keys;

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
    /// A run of non-ASCII letters and digits (which normalising leaves as they are).
    Run(&'a str),
    /// An ASCII word, normalised (not cut).
    Word(&'a str),
    /// A date (the index also gets the words and runs it is written with).
    Date(When),
}

/// Text as `scan` reads it: full-width ASCII forms as ASCII, U+3000 as a space, ASCII
/// letters lower case, each character normalised where it stands (no copy is made).
#[derive(Clone, Copy)]
struct Text<'a>(&'a [u8]);

impl Text<'_> {
    /// The normalised character at byte `i` (a character boundary) and the byte after it.
    #[inline]
    fn at(self, i: usize) -> Option<(char, usize)> {
        let s = self.0;
        let b0 = *s.get(i)?;
        if b0 < 0x80 {
            return Some((char::from(b0.to_ascii_lowercase()), i + 1));
        }
        // The bytes are a `str`'s: a lead byte gives the length (three for Chinese).
        let (c, len) = match s.get(i..i + 3) {
            Some(&[0xe0..=0xef, b1, b2]) => {
                let c = (u32::from(b0 & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6);
                (c | u32::from(b2 & 0x3f), 3)
            }
            _ => self.other(i),
        };
        let c = match c {
            0xff01..=0xff5e => char::from((c - 0xfee0) as u8).to_ascii_lowercase(),
            0x3000 => ' ',
            c => char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER),
        };
        Some((c, i + len))
    }

    /// The code point at byte `i` (a lead byte of two or four) and its length.
    #[cold]
    fn other(self, i: usize) -> (u32, usize) {
        let s = self.0;
        let b = |k: usize| u32::from(s.get(i + k).map_or(0, |b| b & 0x3f));
        let b0 = u32::from(s.get(i).copied().unwrap_or(0));
        match b0 {
            0xc0..=0xdf => (((b0 & 0x1f) << 6) | b(1), 2),
            _ => (((b0 & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3), 4),
        }
    }

    /// Whether the character at `i` is an ASCII letter or digit.
    fn word_char(self, i: usize) -> bool {
        self.at(i).is_some_and(|(c, _)| c.is_ascii_alphanumeric())
    }

    /// Whether the character at `i` is an ASCII digit.
    fn digit(self, i: usize) -> bool {
        self.at(i).is_some_and(|(c, _)| c.is_ascii_digit())
    }

    /// The byte after the character at `i` when it is one of `chars`.
    fn after(self, i: usize, chars: &[char]) -> Option<usize> {
        self.at(i)
            .filter(|(c, _)| chars.contains(c))
            .map(|(_, end)| end)
    }
}

fn is_run_char(c: char) -> bool {
    match c {
        // The common cases first: a CJK ideograph, and the punctuation of Chinese text
        // (none of it letters or digits: a test holds these ranges to the tables).
        '\u{4e00}'..='\u{9fff}' => true,
        '\0'..='\u{7f}' => false,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' => false,
        '\u{3001}'..='\u{3004}' | '\u{3008}'..='\u{3020}' => false,
        c => c.is_alphanumeric(),
    }
}

/// The number of `min..=max` ASCII digits at `at` (not followed by another digit): its
/// value, where it ends and how many digits it has.
fn number(t: Text, at: usize, min: usize, max: usize) -> Option<(u32, usize, usize)> {
    let (mut end, mut value, mut n) = (at, 0u32, 0);
    while n < max
        && let Some((c, next)) = t.at(end)
        && let Some(d) = c.to_digit(10)
    {
        value = value * 10 + d;
        end = next;
        n += 1;
    }
    (n >= min && !t.digit(end)).then_some((value, end, n))
}

/// A date starting at `at` (an ASCII digit after no ASCII letter or digit), and where
/// it ends.
fn date_at(t: Text, at: usize) -> Option<(When, usize)> {
    let (year, j, _) = number(t, at, 4, 4)?;
    let (sep, after) = t.at(j)?;
    match sep {
        '年' => {
            let month = number(t, after, 1, 2)
                .filter(|(m, ..)| (1..=12).contains(m))
                .and_then(|(m, end, _)| Some((m, t.after(end, &['月'])?)));
            let Some((month, end)) = month else {
                return Some((When::Year(year), after));
            };
            let day = number(t, end, 1, 2)
                .filter(|(d, ..)| (1..=31).contains(d))
                .and_then(|(d, end, _)| Some((d, t.after(end, &['日', '号'])?)));
            match day {
                Some((day, end)) => Some((When::Day(year, month, day), end)),
                None => Some((When::Month(year, month), end)),
            }
        }
        '-' | '/' | '.' => {
            let (month, end, digits) =
                number(t, after, 1, 2).filter(|(m, ..)| (1..=12).contains(m))?;
            let day = t
                .after(end, &[sep])
                .and_then(|next| number(t, next, 1, 2))
                .filter(|(d, e, _)| (1..=31).contains(d) && !t.word_char(*e));
            match day {
                Some((day, end, _)) => Some((When::Day(year, month, day), end)),
                None if sep == '-' && digits == 2 && !t.word_char(end) => {
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
fn word_at(t: Text, at: usize, word: &mut String) -> usize {
    word.clear();
    let mut i = at;
    // Whether the last character read is a digit (for a `,` after it).
    let mut digit = false;
    loop {
        while let Some((c, next)) = t.at(i)
            && c.is_ascii_alphanumeric()
        {
            word.push(c);
            digit = c.is_ascii_digit();
            i = next;
        }
        let Some((c, next)) = t.at(i) else { break };
        let joined = match c {
            '-' | '.' | '_' => t.word_char(next),
            ',' => digit && t.digit(next),
            _ => false,
        };
        if !joined {
            break;
        }
        if c != ',' {
            word.push(c);
        }
        i = next;
    }
    i
}

/// Everything in `text`, in order. With `dates_replace`, a date's characters give only
/// the date (a query); without, they also give their words and runs (the index).
fn scan(text: &str, word: &mut String, dates_replace: bool, mut found: impl FnMut(Found)) {
    let t = Text(text.as_bytes());
    let mut i = 0;
    while let Some((c, next)) = t.at(i) {
        // A digit here always starts a word: the character before it is no ASCII letter
        // or digit (a word is read whole, and a date ends before one).
        if c.is_ascii_digit()
            && let Some((when, end)) = date_at(t, i)
        {
            found(Found::Date(when));
            if dates_replace {
                i = end;
                continue;
            }
        }
        if c.is_ascii_alphanumeric() {
            i = word_at(t, i, word);
            found(Found::Word(word));
        } else if is_run_char(c) {
            let start = i;
            i = next;
            while let Some((c, next)) = t.at(i)
                && is_run_char(c)
            {
                i = next;
            }
            // Normalising changes no character of a run: it is the text's own.
            found(Found::Run(text.get(start..i).unwrap_or_default()));
        } else {
            i = next;
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
fn date_keys(when: When, out: &mut Keys) {
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
            out.insert(word_key_bytes(&buf[..len]));
        }
    }
}

/// Adds every term of `text` to `out`.
pub(crate) fn index_terms(text: &str, word: &mut String, out: &mut Keys) {
    scan(text, word, false, |found| match found {
        Found::Run(run) => run_keys(run, out),
        Found::Word(word) => out.insert(word_key(word)),
        Found::Date(when) => date_keys(when, out),
    });
}

/// The terms a query looks up, as the theme's script finds them (for tests).
#[cfg(test)]
pub(crate) fn query_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    scan(text, &mut String::new(), true, |found| match found {
        Found::Run(run) if run.chars().count() == 1 => out.push(run.to_string()),
        Found::Run(run) => {
            let chars: Vec<char> = run.chars().collect();
            out.extend(chars.windows(2).map(|p| p.iter().collect::<String>()));
        }
        Found::Word(word) => out.push(text_of(word_key(word))),
        Found::Date(when) => out.extend(date_words(when).into_iter().take(1)),
    });
    out
}

/// The FNV-1a offset basis and prime.
const FNV_BASIS: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// One FNV-1a step.
fn fnv(h: u32, c: u32) -> u32 {
    (h ^ c).wrapping_mul(FNV_PRIME)
}

/// The MurmurHash3 finaliser, so the top bits (which pick the shard) are well mixed.
fn finish(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h
}

/// FNV-1a over code points, then the MurmurHash3 finaliser: what the keys' hash parts
/// are, step by step (`fnv`, `finish`), and what the script computes in 32-bit
/// arithmetic (pinned by a test).
#[cfg(test)]
fn hash(code_points: impl IntoIterator<Item = u32>) -> u32 {
    finish(code_points.into_iter().fold(FNV_BASIS, fnv))
}

/// `term` with the top of `hash` above it.
fn with_hash(term: u64, hash: u32) -> Key {
    (u64::from(hash >> (32 - HASH_BITS)) << 52) | term
}

/// Adds the keys of a run's characters (unigrams) and of its neighbours (bigrams): the
/// hash of a bigram goes on from its first character's, so each step hashes once.
fn run_keys(run: &str, out: &mut Keys) {
    let mut last: Option<(u64, u32)> = None;
    for c in run.chars() {
        let c = u32::from(c);
        let h = fnv(FNV_BASIS, c);
        out.insert(with_hash(u64::from(c) << 21, finish(h)));
        if let Some((first, h)) = last {
            out.insert(with_hash((first << 21) | u64::from(c), finish(fnv(h, c))));
        }
        last = Some((u64::from(c), h));
    }
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
    // A word is ASCII: its bytes index the tables (masked, so nothing else could panic).
    let code = |table: &[u8; 128], b: u8| table[usize::from(b & 0x7f)];
    let number = word
        .iter()
        .all(|b| *b < 0x80 && code(&NUMBER_CODES, *b) != 0);
    let (table, width, max) = match number {
        true => (&NUMBER_CODES, 4, NUMBER_MAX),
        false => (&WORD_CODES, 6, WORD_MAX),
    };
    let cut = &word[..word.len().min(max)];
    let mut term = WORD | if number { 0 } else { LETTERS };
    // The characters from the top down, hashed in the same pass.
    let mut shift = width * max;
    let mut h = FNV_BASIS;
    for b in cut {
        shift -= width;
        term |= u64::from(code(table, *b)) << shift;
        h = fnv(h, u32::from(*b));
    }
    with_hash(term, finish(h))
}

/// The shard of `key` among `1 << bits` (at most `1 << HASH_BITS`).
pub(crate) fn shard_of(key: Key, bits: u32) -> usize {
    match bits {
        0 => 0,
        b => (key >> (64 - b)) as usize,
    }
}

/// A key as the shard files and the script spell it (for tests).
#[cfg(test)]
pub(crate) fn text_of(key: Key) -> String {
    let mut text = String::new();
    spell(key, |c| text.push(c));
    text
}

/// Gives the characters of a key's term one by one to `put` (a shard file writes them
/// where they go, not into a string of their own first).
pub(crate) fn spell(key: Key, mut put: impl FnMut(char)) {
    let term = key & TERM;
    if term & WORD == 0 {
        for c in [(term >> 21) & 0x1f_ffff, term & 0x1f_ffff] {
            if let Some(c) = char::from_u32(c as u32).filter(|c| *c != '\0') {
                put(c);
            }
        }
        return;
    }
    let (chars, width, max): (&[u8], usize, usize) = match term & LETTERS {
        0 => (NUMBER_CHARS, 4, NUMBER_MAX),
        _ => (WORD_CHARS, 6, WORD_MAX),
    };
    for i in 0..max {
        let code = (term >> (width * (max - 1 - i))) & ((1 << width) - 1);
        match code.checked_sub(1).and_then(|c| chars.get(c as usize)) {
            Some(b) => put(char::from(*b)),
            None => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of `text`, sorted, without repeats.
    fn keys(text: &str) -> Box<[Key]> {
        let mut keys = Keys::new();
        index_terms(text, &mut String::new(), &mut keys);
        keys.finish()
    }

    fn terms(text: &str) -> Vec<String> {
        let mut words: Vec<String> = keys(text).iter().map(|k| text_of(*k)).collect();
        words.sort();
        words
    }

    fn key(term: &str) -> Key {
        keys(term)
            .iter()
            .copied()
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
    fn the_punctuation_told_apart_first_is_no_letter_or_digit() {
        for c in ['\u{2010}'..='\u{2027}', '\u{2030}'..='\u{205e}']
            .into_iter()
            .chain(['\u{3001}'..='\u{3004}', '\u{3008}'..='\u{3020}'])
            .flatten()
        {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in ['\u{4e00}', '\u{9fff}', '\u{3007}', '\u{3005}', 'é', '𠀋'] {
            assert!(is_run_char(c), "{c:?}");
        }
    }
}
