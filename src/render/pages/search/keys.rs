//! An item's terms gathered into what its entry keeps: its keys sorted as numbers (so in
//! shard order), without repeats.
//!
//! A notice gives some two thousand keys, half of them repeats. They are put as they come
//! into a table ordered by the keys themselves: a key's top bits are a hash, so a slot
//! picked by them spreads the keys evenly, and a key that finds its slot taken goes after
//! the smaller keys there, moving the larger ones on by one. With the table at most half
//! full, a key is placed or found a repeat in a step or two, and reading the table in
//! order gives the keys sorted: no sort, and no list of repeats (a sort of every key
//! with repeats took more than half of an entry's making).
//!
//! The hash part is twelve bits, so a table has at most 4,096 slots; past 2,048 distinct
//! keys (a long text, a ledger) the keys are gathered with repeats instead,
//! deduplicated now and then, and sorted at the end (`sorted`).
//! Must not: decide what a term is (`terms` does).

use super::terms::{HASH_BITS, Key};

/// The first table's slots (a title's few keys fit).
const FIRST_BITS: u32 = 8;

/// Keys gathered (with repeats) before they are deduplicated on the way.
const COMPACT_KEYS: usize = 1 << 16;

thread_local! {
    /// A table `finish` emptied, kept for the thread's next item: making and zeroing a
    /// new one for each item took a tenth of an entry's instructions.
    static SPARE: std::cell::Cell<Vec<Key>> = const { std::cell::Cell::new(Vec::new()) };
}

/// An item's keys as they are gathered. No key is 0 (a term is never empty), so 0 marks
/// an empty slot.
pub(crate) struct Keys {
    /// The distinct keys in ascending order, each at or after the slot its top `bits`
    /// pick with no empty slot between, else 0; a key moved past the last slot is pushed.
    table: Vec<Key>,
    /// The table has `1 << bits` slots (more where keys were pushed past the end).
    bits: u32,
    /// Keys in the table.
    len: usize,
    /// Once there are too many for the table: every key since, with repeats (the table's
    /// first), and when to deduplicate them next.
    spilled: Option<(Vec<Key>, usize)>,
}

impl Keys {
    /// No keys yet, for some `bytes` of text: the table is made at the size they will
    /// likely need (a notice's text gives about one distinct key for each four bytes), so
    /// it need not grow on the way.
    pub(crate) fn for_text(bytes: usize) -> Keys {
        let slots = (bytes / 2)
            .clamp(1 << FIRST_BITS, 1 << HASH_BITS)
            .next_power_of_two();
        // The thread's last table, emptied by `finish`: only what it lacks is zeroed.
        let mut table = SPARE.take();
        table.truncate(slots);
        table.resize(slots, 0);
        Keys {
            table,
            bits: slots.trailing_zeros(),
            len: 0,
            spilled: None,
        }
    }

    /// No keys yet.
    #[cfg(test)]
    pub(crate) fn new() -> Keys {
        Keys::for_text(0)
    }

    /// Adds `key`, unless it is there already.
    #[inline(always)]
    pub(crate) fn insert(&mut self, key: Key) {
        if self.spilled.is_some() {
            return self.gather(key);
        }
        let mut i = (key >> (64 - self.bits)) as usize;
        // Past the smaller keys of the cluster the slot is in.
        while let Some(&k) = self.table.get(i) {
            if k == key {
                return;
            }
            if k == 0 {
                self.table[i] = key;
                return self.placed();
            }
            if k > key {
                return self.shift_in(i, key);
            }
            i += 1;
        }
        self.table.push(key);
        self.placed();
    }

    /// Puts `key` at `i`, before a larger key: it and the cluster's rest move on by one.
    #[inline(never)]
    fn shift_in(&mut self, i: usize, key: Key) {
        let mut carry = key;
        for slot in &mut self.table[i..] {
            carry = std::mem::replace(slot, carry);
            if carry == 0 {
                break;
            }
        }
        if carry != 0 {
            self.table.push(carry);
        }
        self.placed();
    }

    /// One more key in the table: a larger table when it is half full.
    #[inline]
    fn placed(&mut self) {
        self.len += 1;
        if self.len * 2 > 1 << self.bits {
            self.grow();
        }
    }

    /// Adds `key` to those gathered with repeats.
    #[cold]
    fn gather(&mut self, key: Key) {
        if let Some((keys, compact_at)) = &mut self.spilled {
            keys.push(key);
            // A ledger's lines repeat most of their terms: deduplicated as they come, its
            // keys stay about as many as its distinct terms.
            if keys.len() > *compact_at {
                keys.sort_unstable();
                keys.dedup();
                *compact_at = (keys.len() * 2).max(COMPACT_KEYS);
            }
        }
    }

    /// A table of twice the slots, or once at the largest, the gathering with repeats.
    #[cold]
    fn grow(&mut self) {
        let keys = self.table.iter().copied().filter(|k| *k != 0);
        if self.bits == HASH_BITS {
            let mut all = Vec::with_capacity(2 * self.len);
            all.extend(keys);
            self.spilled = Some((all, COMPACT_KEYS.max(4 * self.len)));
            self.table = Vec::new();
            return;
        }
        let bits = self.bits + 1;
        let mut table = vec![0; 1 << bits];
        // In order, each at its slot or right after the one before.
        let mut next = 0;
        for key in keys {
            let at = next.max((key >> (64 - bits)) as usize);
            match table.get_mut(at) {
                Some(slot) => *slot = key,
                None => table.push(key),
            }
            next = at + 1;
        }
        self.table = table;
        self.bits = bits;
    }

    /// The keys, sorted, without repeats, in a block of their own size (the entry is kept
    /// to the end of the render).
    pub(crate) fn finish(self) -> Box<[Key]> {
        if let Some((keys, _)) = self.spilled {
            return sorted(keys);
        }
        // Each slot read and emptied, so the table can serve the thread's next item.
        let mut table = self.table;
        let mut out = Vec::with_capacity(self.len);
        for slot in &mut table {
            if *slot != 0 {
                out.push(std::mem::take(slot));
            }
        }
        SPARE.set(table);
        out.into_boxed_slice()
    }
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

    /// Keys like the terms': a hash on top, then what the term is.
    fn random_keys(n: usize, seed: &mut u64) -> Vec<Key> {
        (0..n)
            .map(|i| {
                *seed ^= *seed << 13;
                *seed ^= *seed >> 7;
                *seed ^= *seed << 17;
                // Repeats, and keys that differ only below the bucket bits.
                match i % 3 {
                    0 => *seed | 1,
                    1 => (*seed & !0xff) | 1,
                    _ => *seed % 64 + 1,
                }
            })
            .collect()
    }

    fn expected(keys: &[Key]) -> Vec<Key> {
        let mut expected = keys.to_vec();
        expected.sort_unstable();
        expected.dedup();
        expected
    }

    #[test]
    fn keys_are_sorted_without_repeats_however_many() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for n in [0, 1, 7, 8, 15, 16, 17, 100, 1000, 5000, 40_000] {
            let keys = random_keys(n, &mut seed);
            assert_eq!(&*sorted(keys.clone()), &expected(&keys)[..], "{n} keys");
        }
    }

    #[test]
    fn the_table_gives_the_keys_sorted_without_repeats() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        // Past each growth of the table and past its largest (2,048 distinct keys).
        for n in [0, 1, 2, 100, 129, 300, 1000, 3000, 3073, 6000, 200_000] {
            let mut keys = random_keys(n, &mut seed);
            // Each key twice, the second time later.
            keys.extend(keys.clone().iter().rev());
            let mut table = Keys::new();
            for k in &keys {
                table.insert(*k);
            }
            assert_eq!(&*table.finish(), &expected(&keys)[..], "{n} keys");
        }
        // Clusters at the last slot move on past it.
        let mut table = Keys::new();
        let top: Vec<Key> = (0..100).map(|i| u64::MAX - i * 7).collect();
        for k in &top {
            table.insert(*k);
        }
        assert_eq!(&*table.finish(), &expected(&top)[..]);
    }
}
