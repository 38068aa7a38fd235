//! The files of the index: term shards (`search/t/N.js`, each term with the numbers of
//! the items it is found in) and the result table in chunks (`search/d/N.js`), and which
//! of them an edit changed.
//!
//! Items are numbered oldest first (by publication date, then address), so a result list
//! read from the highest number down is newest first, and a new item usually takes the
//! next number, leaving the others where they were. A term's item numbers are written
//! as gaps in a base-64 varint (`DIGITS`: five bits a character, the sixth says "more
//! follows"), or, when shorter, as a bitmap after `~` (six items a character). Both are
//! plain strings inside the script, so a shard is read with no decoder but a few lines
//! of the theme's `search.js`.
//!
//! No ASCII digit is written into a shard: the terms spell theirs as `A`-`J` (a word is
//! lower case, so they cannot be mistaken) and postings use no digits. The privacy guard
//! reads every output file, and a shard puts numbers beside each other that no page
//! does (a cut-off amount, groups of digits between spaces), which it could take for a
//! mobile or ID number; the numbers a shard holds are the content's, checked already.

use std::sync::Arc;

use rayon::prelude::*;

use super::entry::Entry;
use super::terms::{self, Key};

/// Items per chunk of the result table.
pub(crate) const CHUNK: usize = 16;

/// About how many (term, item) pairs a shard holds: the index gets the fewest shards
/// (a power of two) that keeps to it. Measured on generated boards, a pair costs about
/// a byte, so a shard is some 8 KB, and the eight a query loads at most some 100 KB.
const PAIRS_PER_SHARD: usize = 8_192;

/// Most shards in one run of `make_shards`: some 500,000 (term, item) pairs, 8 MB.
const RUN_SHARDS: usize = 64;

/// Items in one part of the search for a few shards' terms (see `make_shards`).
const PART: usize = 512;

/// Most shards (4,096): a board of some 70 million (term, item) pairs.
const MAX_BITS: u32 = terms::HASH_BITS;

/// The base-64 digits of postings and tags.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+,-.";

/// The letters of tags (nothing a URL would read otherwise).
const TAG_LETTERS: &[u8; 52] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Output path of shard `s`.
pub(crate) fn shard_path(s: usize) -> String {
    format!("search/t/{s}.js")
}

/// Output path of chunk `c` of the result table.
pub(crate) fn chunk_path(c: usize) -> String {
    format!("search/d/{c}.js")
}

/// The number of shard bits for `docs`: `1 << bits` shards of about `PAIRS_PER_SHARD`.
pub(crate) fn bits_for(docs: &[Arc<Entry>]) -> u32 {
    let pairs: usize = docs.iter().map(|e| e.terms.len()).sum();
    let mut bits = 0;
    while bits < MAX_BITS && (pairs >> bits) > PAIRS_PER_SHARD {
        bits += 1;
    }
    bits
}

/// A short tag of a file's bytes (FNV-1a, 64 bits, six letters), put after `?v=` in its
/// address so no browser takes a stale copy of a changed shard from its cache.
pub(crate) fn tag(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|_| {
            let letter = TAG_LETTERS[(h % 52) as usize];
            h /= 52;
            char::from(letter)
        })
        .collect()
}

/// Which shards and chunks differ between the index of `old` (numbered items) and of
/// `new`, both with `1 << bits` shards: a shard differs where some item number has
/// other terms in it, a chunk where some item's row differs.
pub(crate) fn changed(old: &[Arc<Entry>], new: &[Arc<Entry>], bits: u32) -> (Vec<bool>, Vec<bool>) {
    let mut shards = vec![false; 1 << bits];
    let mut chunks = vec![false; new.len().div_ceil(CHUNK)];
    for n in 0..old.len().max(new.len()) {
        let (a, b) = (old.get(n), new.get(n));
        if let (Some(a), Some(b)) = (a, b)
            && (Arc::ptr_eq(a, b) || a == b)
        {
            continue;
        }
        if a.map(|e| &e.record) != b.map(|e| &e.record)
            && let Some(chunk) = chunks.get_mut(n / CHUNK)
        {
            *chunk = true;
        }
        let none: &[Key] = &[];
        let (ta, tb) = (a.map_or(none, |e| &e.terms), b.map_or(none, |e| &e.terms));
        if ta != tb {
            for key in difference(ta, tb) {
                shards[terms::shard_of(key, bits)] = true;
            }
        }
    }
    (shards, chunks)
}

/// The keys in one of two sorted lists but not in the other.
fn difference(a: &[Key], b: &[Key]) -> Vec<Key> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                out.push(*x);
                i += 1;
            }
            (Some(_), Some(y)) | (None, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// The bytes of the shards in `wanted` (sorted shard numbers) of the index of `docs`,
/// made in parallel. Many shards (a full build) are taken in runs of neighbours, each
/// run reading one stretch of every item's terms (sorted: see `keys`); a few scattered
/// ones (an edit in the preview) in one reading of every item's terms.
pub(crate) fn make_shards(
    docs: &[Arc<Entry>],
    bits: u32,
    wanted: &[usize],
) -> Vec<(usize, Vec<u8>)> {
    let shards = 1usize << bits;
    let file = |(s, p): (usize, Vec<(Key, u32)>)| (s, shard_file(s, &Postings::of(&p), docs.len()));
    if wanted.is_empty() {
        return Vec::new();
    }
    if wanted.len() * 16 < shards {
        // Few (an edit in the preview): an item's terms are sorted by shard, so each
        // wanted shard's are found by a search in them instead of a reading of all (a
        // title edit at 10,000 items read a million terms for some ten shards); the
        // items in parts, on both cores, each part's pairs in item order.
        let parts: Vec<Vec<Vec<(Key, u32)>>> = docs
            .par_chunks(PART)
            .enumerate()
            .map(|(p, part)| {
                let mut pairs: Vec<Vec<(Key, u32)>> = wanted.iter().map(|_| Vec::new()).collect();
                for (i, entry) in part.iter().enumerate() {
                    let n = (p * PART + i) as u32;
                    let mut rest = &entry.terms[..];
                    for (s, pairs) in wanted.iter().zip(pairs.iter_mut()) {
                        let start = rest.partition_point(|k| terms::shard_of(*k, bits) < *s);
                        rest = &rest[start..];
                        let end = rest.partition_point(|k| terms::shard_of(*k, bits) == *s);
                        pairs.extend(rest[..end].iter().map(|k| (*k, n)));
                        rest = &rest[end..];
                    }
                }
                pairs
            })
            .collect();
        let mut pairs: Vec<Vec<(Key, u32)>> = wanted.iter().map(|_| Vec::new()).collect();
        for part in parts {
            for (all, some) in pairs.iter_mut().zip(part) {
                all.extend(some);
            }
        }
        let pairs: Vec<_> = wanted.iter().copied().zip(pairs).collect();
        return pairs.into_par_iter().map(file).collect();
    }
    // Many: in runs of neighbours, each run's pairs made into its files and freed before
    // the next run is read, so only a few runs' pairs are held at a time (holding every
    // pair of 10,000 notices at once took some 100 MB); the runs are short enough that
    // both cores share them evenly.
    let most = (shards / (4 * rayon::current_num_threads())).clamp(1, RUN_SHARDS);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &s in wanted {
        match runs.last_mut() {
            Some((first, last)) if *last + 1 == s && s - *first < most => *last = s,
            _ => runs.push((s, s)),
        }
    }
    // Where each run's terms are in each item's, and how many terms each shard gets,
    // found in one walk over each item's terms: a search of every item's terms for every
    // run, and a count per run, each missed the cache at every item.
    let shard = |k: &Key| terms::shard_of(*k, bits);
    let stretches: Vec<Box<[(u32, u32)]>> = docs
        .par_iter()
        .map(|entry| stretches(&entry.terms, bits, &runs))
        .collect();
    let counts = docs
        .par_iter()
        .fold(
            || vec![0usize; shards],
            |mut counts, entry| {
                for k in entry.terms.iter() {
                    counts[shard(k)] += 1;
                }
                counts
            },
        )
        .reduce(
            || vec![0usize; shards],
            |mut a, b| {
                for (a, b) in a.iter_mut().zip(b) {
                    *a += b;
                }
                a
            },
        );
    runs.par_iter()
        .enumerate()
        .flat_map_iter(|(r, &(first, last))| {
            let run = Run {
                r,
                bits,
                first,
                counts: &counts[first..=last],
            };
            run.pairs(docs, &stretches).into_iter().map(file)
        })
        .collect()
}

/// For each run of shards `first..=last` in `runs` (ascending), the range of `terms`
/// (sorted) in it.
fn stretches(terms: &[Key], bits: u32, runs: &[(usize, usize)]) -> Box<[(u32, u32)]> {
    let shard = |i: usize| terms::shard_of(terms[i], bits);
    let mut i = 0;
    runs.iter()
        .map(|&(first, last)| {
            while i < terms.len() && shard(i) < first {
                i += 1;
            }
            let start = i;
            while i < terms.len() && shard(i) <= last {
                i += 1;
            }
            (start as u32, i as u32)
        })
        .collect()
}

/// Run `r` of the shards made in one go: its first shard and each of its shards' number
/// of (term, item) pairs.
struct Run<'a> {
    r: usize,
    bits: u32,
    first: usize,
    counts: &'a [usize],
}

impl Run<'_> {
    /// Each item's terms in the run's shards, as (term, item) pairs per shard in item
    /// order, each shard's list made at its size; `stretches[n][r]` is where they are in
    /// item `n`'s.
    fn pairs(
        &self,
        docs: &[Arc<Entry>],
        stretches: &[Box<[(u32, u32)]>],
    ) -> Vec<(usize, Vec<(Key, u32)>)> {
        let mut pairs: Vec<Vec<(Key, u32)>> =
            self.counts.iter().map(|c| Vec::with_capacity(*c)).collect();
        for (n, (entry, stretch)) in docs.iter().zip(stretches).enumerate() {
            let (start, end) = stretch[self.r];
            for k in &entry.terms[start as usize..end as usize] {
                pairs[terms::shard_of(*k, self.bits) - self.first].push((*k, n as u32));
            }
        }
        (self.first..).zip(pairs).collect()
    }
}

/// Where a key is looked up first in a table of `mask + 1` slots: its low bits are
/// already varied (what the term is), a multiply spreads them.
fn spread(key: Key, mask: usize) -> usize {
    let x = (key ^ (key >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (x >> 32) as usize & mask
}

/// One shard's terms, each with its items: counted, then placed, so no term needs a
/// list of its own.
struct Postings {
    /// The terms, in key order.
    keys: Vec<Key>,
    /// `items[starts[i]..starts[i + 1]]` are the items of the `i`th term in first-seen
    /// order; `order[i]` is that term's place in first-seen order.
    items: Vec<u32>,
    starts: Vec<u32>,
    order: Vec<u32>,
}

impl Postings {
    /// Groups `pairs` (term, item), in item order, by term.
    fn of(pairs: &[(Key, u32)]) -> Postings {
        // Each term's slot (its place in first-seen order), in a table of keys and
        // slots kept at most half full (no key is 0, so 0 marks an empty place).
        // Made at about the size it needs: a shard's terms are found in some twenty
        // items each, on average.
        let size = (pairs.len() / 8).next_power_of_two().max(64);
        let mut table: Vec<(Key, u32)> = vec![(0, 0); size];
        let mut mask = table.len() - 1;
        let mut seen: Vec<Key> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut slot_of: Vec<u32> = Vec::with_capacity(pairs.len());
        for (k, _) in pairs {
            let mut i = spread(*k, mask);
            let slot = loop {
                match table[i] {
                    (0, _) => {
                        let slot = seen.len() as u32;
                        table[i] = (*k, slot);
                        seen.push(*k);
                        counts.push(0);
                        break slot;
                    }
                    (key, slot) if key == *k => break slot,
                    _ => i = (i + 1) & mask,
                }
            };
            counts[slot as usize] += 1;
            slot_of.push(slot);
            if seen.len() * 2 > table.len() {
                table = vec![(0, 0); table.len() * 2];
                mask = table.len() - 1;
                for (slot, key) in seen.iter().enumerate() {
                    let mut i = spread(*key, mask);
                    while table[i].0 != 0 {
                        i = (i + 1) & mask;
                    }
                    table[i] = (*key, slot as u32);
                }
            }
        }
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut at = 0;
        for c in &counts {
            starts.push(at);
            at += c;
        }
        starts.push(at);
        let mut fill = starts.clone();
        let mut items = vec![0u32; pairs.len()];
        for ((_, item), slot) in pairs.iter().zip(&slot_of) {
            let next = &mut fill[*slot as usize];
            items[*next as usize] = *item;
            *next += 1;
        }
        let mut order: Vec<u32> = (0..seen.len() as u32).collect();
        order.sort_unstable_by_key(|i| seen[*i as usize]);
        Postings {
            keys: order.iter().map(|i| seen[*i as usize]).collect(),
            items,
            starts,
            order,
        }
    }

    /// Each term with its items (ascending), in key order.
    fn iter(&self) -> impl Iterator<Item = (Key, &[u32])> {
        self.keys.iter().zip(&self.order).map(|(k, slot)| {
            let slot = *slot as usize;
            let range = self.starts[slot] as usize..self.starts[slot + 1] as usize;
            (*k, &self.items[range])
        })
    }
}

/// `gongkaiShard(s,"term postings term postings …");`, terms in key order: one string,
/// a space between each term and its postings and between pairs (terms are letters and
/// `-._`, postings `DIGITS` and `~`: neither holds a space or needs escaping).
fn shard_file(s: usize, postings: &Postings, items: usize) -> Vec<u8> {
    let mut out = String::with_capacity(16 * postings.keys.len() + 64);
    out.push_str("gongkaiShard(");
    out.push_str(&s.to_string());
    out.push_str(",\"");
    let mut gaps = String::new();
    for (i, (key, docs)) in postings.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // Digits as `A`-`J` (see the module's note).
        terms::spell(key, |c| {
            out.push(match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from(b'A' + d as u8),
                _ => c,
            })
        });
        out.push(' ');
        encode(docs, items, &mut out, &mut gaps);
    }
    out.push_str("\");\n");
    out.into_bytes()
}

/// Appends ascending item numbers `docs` as gaps or as a bitmap, whichever is shorter
/// (`gaps` is a buffer, kept from term to term).
fn encode(docs: &[u32], items: usize, out: &mut String, gaps: &mut String) {
    gaps.clear();
    let mut previous: Option<u32> = None;
    for &d in docs {
        let mut gap = previous.map_or(d, |p| d - p - 1);
        previous = Some(d);
        while gap >= 32 {
            gaps.push(char::from(DIGITS[(32 | (gap & 31)) as usize]));
            gap >>= 5;
        }
        gaps.push(char::from(DIGITS[gap as usize]));
    }
    let last = docs.last().map_or(0, |d| *d as usize);
    let bitmap_len = last / 6 + 2;
    if gaps.len() <= bitmap_len || items == 0 {
        out.push_str(gaps);
        return;
    }
    let mut bits = vec![0u8; last / 6 + 1];
    for &d in docs {
        bits[d as usize / 6] |= 1 << (d % 6);
    }
    out.push('~');
    out.extend(bits.iter().map(|b| char::from(DIGITS[*b as usize])));
}

/// Chunk `c` of the result table: `gongkaiDocs(c,[row,…]);`.
pub(crate) fn chunk_file(c: usize, docs: &[Arc<Entry>]) -> Vec<u8> {
    let rows = docs.iter().skip(c * CHUNK).take(CHUNK);
    let mut out = format!("gongkaiDocs({c},[");
    for (i, e) in rows.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&e.record);
    }
    out.push_str("]);\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pages::search::keys::Keys;

    /// The keys of `text`, as an entry keeps them.
    fn keys_of(text: &str) -> Box<[Key]> {
        let mut keys = Keys::new();
        terms::index_terms(text, &mut String::new(), &mut keys);
        keys.finish()
    }

    fn encoded(docs: &[u32], items: usize) -> String {
        let mut out = String::new();
        encode(docs, items, &mut out, &mut String::new());
        out
    }

    #[test]
    fn postings_are_gaps_or_a_bitmap() {
        assert_eq!(encoded(&[0], 100), "A");
        // 3, then a gap of 0, then 40 - 4 - 1 = 35: 3 | 32 = "j" and 35 >> 5 = 1.
        assert_eq!(encoded(&[3, 4, 40], 100), "DAjB");
        // Every item of twelve: a bitmap of two full characters.
        let all: Vec<u32> = (0..12).collect();
        assert_eq!(encoded(&all, 12), "~..");
    }

    #[test]
    fn no_ascii_digit_is_written_into_a_shard() {
        let keys = keys_of("13800138000.00 元 2026-04-05");
        let docs: Vec<Arc<Entry>> = (0..40)
            .map(|_| {
                Arc::new(Entry {
                    record: "[]".into(),
                    terms: keys.clone(),
                })
            })
            .collect();
        let made = make_shards(&docs, 0, &[0]);
        let text = String::from_utf8(made[0].1.clone()).unwrap();
        let inner = text.trim_start_matches("gongkaiShard(0,");
        assert!(!inner.chars().any(|c| c.is_ascii_digit()), "{text}");
        assert!(inner.contains("CACG-AE-AF "), "{text}");
        assert!(
            tag(text.as_bytes())
                .chars()
                .all(|c| c.is_ascii_alphabetic())
        );
    }

    #[test]
    fn a_shard_lists_its_terms_with_their_items() {
        let entry = |text: &str| {
            Arc::new(Entry {
                record: "[]".into(),
                terms: keys_of(text),
            })
        };
        let docs = vec![entry("蛋糕"), entry("糕点")];
        let made = make_shards(&docs, 0, &[0]);
        let text = String::from_utf8(made[0].1.clone()).unwrap();
        // In key order (hash first): the order is the index's, not the reader's.
        assert_eq!(text, "gongkaiShard(0,\"糕 AA 蛋 A 蛋糕 A 糕点 B 点 B\");\n");
    }

    /// A few shards made alone (an edit in the preview) are the same bytes as those
    /// shards made with all the others (a full build).
    #[test]
    fn a_few_shards_are_made_as_all_of_them_are() {
        let words = [
            "工资",
            "集体协商",
            "饮水点",
            "食堂",
            "2026年",
            "第二季度",
            "慰问",
        ];
        let docs: Vec<Arc<Entry>> = (0..1500)
            .map(|n| {
                let text: Vec<&str> = (0..4).map(|i| words[(n * (i + 3) + i) % 7]).collect();
                Arc::new(Entry {
                    record: "[]".into(),
                    terms: keys_of(&format!("{} {n}", text.join(" "))),
                })
            })
            .collect();
        let bits = 6;
        let all: Vec<usize> = (0..1 << bits).collect();
        let every = make_shards(&docs, bits, &all);
        // Few enough for the search in each item's terms (see `make_shards`).
        let few = [0, 17, 63];
        assert!(few.len() * 16 < 1 << bits);
        let some = make_shards(&docs, bits, &few);
        assert_eq!(some.len(), few.len());
        for (s, bytes) in &some {
            let whole = every.iter().find(|(t, _)| t == s).unwrap();
            assert_eq!(*bytes, whole.1, "shard {s}");
        }
        assert!(some.iter().any(|(_, b)| b.len() > 40));
    }

    #[test]
    fn an_edit_changes_only_the_shards_of_its_changed_terms() {
        let entry = |text: &str| {
            Arc::new(Entry {
                record: "[]".into(),
                terms: keys_of(text),
            })
        };
        let old = vec![entry("工资集体协商"), entry("饮水点")];
        let new = vec![old[0].clone(), entry("饮水机")];
        let (shards, chunks) = changed(&old, &new, 8);
        let expected: std::collections::BTreeSet<usize> = ["水点", "点", "水机", "机"]
            .iter()
            .map(|t| {
                let keys = keys_of(t);
                let key = *keys.iter().find(|k| terms::text_of(**k) == *t).unwrap();
                terms::shard_of(key, 8)
            })
            .collect();
        let got: std::collections::BTreeSet<usize> = (0..256).filter(|s| shards[*s]).collect();
        assert_eq!(got, expected);
        assert_eq!(chunks, [false]);
    }
}
