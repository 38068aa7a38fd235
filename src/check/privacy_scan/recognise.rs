//! Finding personal numbers in a text: a hand-written scan over `char`s that
//! finds digit runs and chains of grouped digits, asks [`super::numbers`]
//! whether each reading is a valid number, and keeps the non-overlapping
//! readings by priority. See the parent module for the rules.
//!
//! The text is normalised as it is read, never copied: invisible characters
//! (zero-width spaces and joiners, the word joiner, a BOM, soft hyphens) are
//! skipped, so positions still point at the text as written.
//!
//! It does not know about edits: [`super::rescan`] reuses [`scan`] around a
//! change.

use std::collections::BTreeMap;

use super::classes::{
    Sep, digit_value, is_decimal_point, is_digit, is_invisible, is_letter, is_plus, is_separator,
    is_x, separator,
};
use super::numbers::{bank_card, digit_credit_code, mobile, number, resident_id15, resident_id18};
use super::{PiiHit, PiiKind};

/// Finds resident IDs, mobile numbers and bank card numbers in `text`.
///
/// Hits are sorted by `start` and never overlap. Where one span has two
/// readings, it is reported once, with priority
/// ResidentId > BankCard > Mobile.
pub fn scan_text(text: &str) -> Vec<PiiHit> {
    let scanner = Scanner::new(text);
    let mut candidates = Vec::new();
    scanner.plain_candidates(&mut candidates);
    scanner.grouped_candidates(&mut candidates);
    scanner.resolve(candidates)
}

// ---------------------------------------------------------------------------
// Scanner

/// A hit before resolution, in char indices `[start, end)`.
#[derive(Clone)]
struct Candidate {
    kind: PiiKind,
    start: usize,
    end: usize,
    normalized: String,
}

/// One piece in a split of a separator chain (see
/// `Scanner::grouped_candidates`).
#[derive(Clone)]
struct Piece {
    /// Index of the first chain group after this piece.
    groups_end: usize,
    /// The piece takes in a trailing `X` after the chain's last group.
    ends_past_chain: bool,
    /// The hit it is; `None` for a group that the plain scan already reports
    /// and for groups that are something else (a date before a mobile).
    candidate: Option<Candidate>,
    /// Whether it is a hit (its own or the plain scan's).
    is_hit: bool,
}

struct Scanner<'a> {
    text: &'a str,
    /// The characters read, with their byte offsets; invisible ones left out.
    chars: Vec<(usize, char)>,
    /// Maximal runs of digits, as char index ranges `[start, end)`.
    runs: Vec<(usize, usize)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        let chars: Vec<(usize, char)> = text
            .char_indices()
            .filter(|&(_, c)| !is_invisible(c))
            .collect();
        let mut runs = Vec::new();
        let mut open: Option<usize> = None;
        for (i, &(_, c)) in chars.iter().enumerate() {
            match (is_digit(c), open) {
                (true, None) => open = Some(i),
                (false, Some(s)) => {
                    runs.push((s, i));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(s) = open {
            runs.push((s, chars.len()));
        }
        Scanner { text, chars, runs }
    }

    fn ch(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }

    /// The char `back` positions before index `i`.
    fn before(&self, i: usize, back: usize) -> Option<char> {
        i.checked_sub(back).and_then(|j| self.ch(j))
    }

    /// Byte offset of char `i`.
    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    /// Byte offset just past the chars before index `end`: invisible characters
    /// after a number are not part of it.
    fn byte_end(&self, end: usize) -> usize {
        end.checked_sub(1)
            .and_then(|i| self.chars.get(i))
            .map_or(0, |&(b, c)| b + c.len_utf8())
    }

    fn digits(&self, start: usize, end: usize) -> Vec<u8> {
        self.chars
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .filter_map(|&(_, c)| digit_value(c))
            .collect()
    }

    /// Nothing before char index `i` extends the number: no digit, not the
    /// fractional side of a decimal (`0.138...`), and no letters that follow a
    /// digit (`A1B13812345678` is a code). A label (`Tel13812345678`) is fine.
    fn open_left(&self, i: usize) -> bool {
        match self.before(i, 1) {
            None => true,
            Some(c) if is_digit(c) => false,
            Some(c) if is_decimal_point(c) => !self.before(i, 2).is_some_and(is_digit),
            Some(c) if is_letter(c) => {
                let mut j = i - 1;
                while self.before(j, 1).is_some_and(is_letter) {
                    j -= 1;
                }
                !self.before(j, 1).is_some_and(is_digit)
            }
            Some(_) => true,
        }
    }

    /// Nothing at char index `end` extends the number: no digit, not a decimal
    /// point followed by a digit (`13812345678.00`), and no letters followed by
    /// a digit.
    fn open_right(&self, end: usize) -> bool {
        match self.ch(end) {
            None => true,
            Some(c) if is_digit(c) => false,
            Some(c) if is_decimal_point(c) => !self.ch(end + 1).is_some_and(is_digit),
            Some(c) if is_letter(c) => {
                let mut j = end + 1;
                while self.ch(j).is_some_and(is_letter) {
                    j += 1;
                }
                !self.ch(j).is_some_and(is_digit)
            }
            Some(_) => true,
        }
    }

    /// Whether what is before char index `i` may belong to something else than
    /// the digits from `i` on: a letter or a decimal point.
    fn attached_left(&self, i: usize) -> bool {
        self.before(i, 1)
            .is_some_and(|c| is_letter(c) || is_decimal_point(c))
    }

    /// Whether what is at char index `end` may belong to something else than
    /// the digits before it.
    fn attached_right(&self, end: usize) -> bool {
        self.ch(end)
            .is_some_and(|c| is_letter(c) || is_decimal_point(c))
    }

    /// Start of a country-code prefix written before the national number at
    /// char index `national`: `+86`, `86`, `0086`, `(+86)`, `(86)`, each
    /// optionally followed by one separator. The prefix must itself be open on
    /// the left.
    fn prefix_start(&self, national: usize) -> Option<usize> {
        let mut j = national;
        if self.before(j, 1).is_some_and(is_separator) {
            j -= 1;
        }
        let is = |i: usize, back: usize, want: u8| {
            self.before(i, back).and_then(digit_value) == Some(want)
        };
        let start = if self.before(j, 1).is_some_and(|c| matches!(c, ')' | '）')) {
            let k = j.checked_sub(3)?;
            if !(is(j, 3, 8) && is(j, 2, 6)) {
                return None;
            }
            let k = if self.before(k, 1).is_some_and(is_plus) {
                k - 1
            } else {
                k
            };
            if !self.before(k, 1).is_some_and(|c| matches!(c, '(' | '（')) {
                return None;
            }
            k - 1
        } else {
            let k = j.checked_sub(2)?;
            if !(is(j, 2, 8) && is(j, 1, 6)) {
                return None;
            }
            if self.before(k, 1).is_some_and(is_plus) {
                k - 1
            } else if is(k, 1, 0) && is(k, 2, 0) {
                k - 2
            } else {
                k
            }
        };
        self.open_left(start).then_some(start)
    }

    /// Candidates made of one unbroken digit run (an 18-character ID may end
    /// in `X`).
    fn plain_candidates(&self, out: &mut Vec<Candidate>) {
        out.extend(
            self.runs
                .iter()
                .filter_map(|&(rs, re)| self.plain_candidate(rs, re)),
        );
    }

    /// Whether the run `[rs, re)` is a hit on its own.
    fn is_plain_hit(&self, rs: usize, re: usize) -> bool {
        self.plain_candidate(rs, re).is_some()
    }

    /// The hit made of the maximal digit run `[rs, re)` alone, if any.
    fn plain_candidate(&self, rs: usize, re: usize) -> Option<Candidate> {
        let digits = self.digits(rs, re);
        let hit = |kind, start, end, normalized| {
            Some(Candidate {
                kind,
                start,
                end,
                normalized,
            })
        };
        if digits.len() == 17 && self.ch(re).is_some_and(is_x) {
            if !self.open_left(rs) || !self.open_right(re + 1) {
                return None;
            }
            let norm = resident_id18(&digits, 10)?;
            return hit(PiiKind::ResidentId, rs, re + 1, norm);
        }
        if !self.open_left(rs) || !self.open_right(re) {
            return None;
        }
        match digits.as_slice() {
            [first17 @ .., check] if digits.len() == 18 => {
                if let Some(norm) = resident_id18(first17, *check) {
                    hit(PiiKind::ResidentId, rs, re, norm)
                } else if digit_credit_code(&digits) {
                    None
                } else {
                    hit(PiiKind::BankCard, rs, re, bank_card(&digits)?)
                }
            }
            // 0086 + mobile, written without a separator.
            [0, 0, 8, 6, national @ ..] if digits.len() == 15 => {
                hit(PiiKind::Mobile, rs, re, mobile(national)?)
            }
            _ if digits.len() == 15 => match resident_id15(&digits) {
                Some(norm) => hit(PiiKind::ResidentId, rs, re, norm),
                None => hit(PiiKind::BankCard, rs, re, bank_card(&digits)?),
            },
            _ if (16..=19).contains(&digits.len()) => {
                hit(PiiKind::BankCard, rs, re, bank_card(&digits)?)
            }
            // 86 + mobile without a separator; take a `+` along.
            [8, 6, national @ ..] if digits.len() == 13 => {
                let norm = mobile(national)?;
                let start = if self.before(rs, 1).is_some_and(is_plus) {
                    rs - 1
                } else {
                    rs
                };
                hit(PiiKind::Mobile, start, re, norm)
            }
            _ if digits.len() == 11 => {
                let norm = mobile(&digits)?;
                let start = self.prefix_start(rs).unwrap_or(rs);
                hit(PiiKind::Mobile, start, re, norm)
            }
            _ => None,
        }
    }

    /// The digit runs chained to run `r` by single separators of either kind,
    /// `r` first.
    fn chain(&self, r: usize) -> Vec<(usize, usize)> {
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut next = self.runs.get(r).copied();
        while let Some((s, e)) = next {
            groups.push((s, e));
            if !self.ch(e).is_some_and(is_separator) {
                break;
            }
            next = self
                .runs
                .get(r + groups.len())
                .copied()
                .filter(|&(ns, _)| ns == e + 1);
        }
        groups
    }

    /// Candidates written in digit groups joined by separators (either kind,
    /// mixed or not): mobiles `3-4-4` (optionally after an `86`/`0086` group),
    /// bank cards `4-4-4-4` plus an optional last group of 1-3 digits and
    /// American Express `4-6-5`, resident IDs `6-8-4` (the last group may be 3
    /// digits + `X`).
    ///
    /// A chain of groups is split whole into such numbers, single runs that
    /// are hits on their own, and other things, so that no number is cut out of
    /// a longer grouped sequence (`138 1234 5678 9012` has no mobile). Another
    /// thing is a stretch of groups joined by one separator kind and bounded
    /// by the other kind or the chain's ends (the date in `2026-04-05 138 1234
    /// 5678`), a single group between separators of both kinds, or a group at
    /// either end attached to a letter or decimal point (`A1 138 1234 5678`).
    /// Of the splits, the one with the most hits is taken.
    fn grouped_candidates(&self, out: &mut Vec<Candidate>) {
        let mut r = 0;
        while r < self.runs.len() {
            let chain = self.chain(r);
            r += chain.len().max(1);
            if chain.len() >= 3 {
                self.split_chain(&chain, out);
            }
        }
    }

    /// See [`Self::grouped_candidates`].
    fn split_chain(&self, chain: &[(usize, usize)], out: &mut Vec<Candidate>) {
        let n = chain.len();
        // The separator after each group but the last.
        let seps: Option<Vec<Sep>> = chain
            .iter()
            .take(n - 1)
            .map(|&(_, e)| self.ch(e).and_then(separator))
            .collect();
        let Some(seps) = seps else {
            return;
        };
        // same_until[k]: the last group joined to group k by separators of the
        // kind that follows group k.
        let mut same_until = vec![0; n];
        for k in (0..n).rev() {
            same_until[k] = match (seps.get(k), seps.get(k + 1)) {
                (Some(a), Some(b)) if a == b => same_until[k + 1],
                (Some(_), _) => k + 1,
                (None, _) => k,
            };
        }
        // score[i]: the most hits of a split of groups i..n; choice[i]: its
        // first piece.
        let mut score: Vec<Option<usize>> = vec![None; n + 1];
        let mut choice: Vec<Option<Piece>> = vec![None; n + 1];
        score[n] = Some(0);
        for i in (0..n).rev() {
            for p in self.pieces_at(chain, &seps, &same_until, i) {
                let rest = match p.ends_past_chain {
                    true => (p.groups_end == n).then_some(0),
                    false => score.get(p.groups_end).copied().flatten(),
                };
                let Some(rest) = rest else {
                    continue;
                };
                let total = rest + usize::from(p.is_hit);
                if score[i].is_none_or(|s| total > s) {
                    score[i] = Some(total);
                    choice[i] = Some(p);
                }
            }
        }
        let mut i = 0;
        while let Some(Some(piece)) = choice.get(i) {
            if let Some(c) = &piece.candidate {
                out.push(c.clone());
            }
            i = piece.groups_end;
        }
    }

    /// Every way a piece can start at group `i` of `chain` (see
    /// [`Self::grouped_candidates`]); numbers come before other things.
    fn pieces_at(
        &self,
        chain: &[(usize, usize)],
        seps: &[Sep],
        same_until: &[usize],
        i: usize,
    ) -> Vec<Piece> {
        let mut pieces = Vec::new();
        let Some(rest) = chain.get(i..) else {
            return pieces;
        };
        let n = chain.len();
        let lens: Vec<usize> = rest.iter().take(5).map(|&(s, e)| e - s).collect();
        let span = |k: usize| -> Option<(usize, usize, Vec<u8>)> {
            let (s, _) = *rest.first()?;
            let (_, e) = *rest.get(k - 1)?;
            Some((s, e, self.digits(s, e)))
        };
        // A number at either end of the chain must be open there.
        let fits = |k: usize, start: usize, end: usize| {
            (i > 0 || self.open_left(start)) && (i + k < n || self.open_right(end))
        };
        let mut add_number = |k: usize, kind, start, end, normalized| {
            if fits(k, start, end) {
                pieces.push(Piece {
                    groups_end: i + k,
                    ends_past_chain: false,
                    candidate: Some(Candidate {
                        kind,
                        start,
                        end,
                        normalized,
                    }),
                    is_hit: true,
                });
            }
        };
        // Mobile, optionally after an 86 / 0086 group.
        for (skip, prefix) in [
            (0usize, None),
            (1, Some(&[8u8, 6][..])),
            (1, Some(&[0, 0, 8, 6][..])),
        ] {
            let shape = lens.get(skip..skip + 3);
            let prefix_ok = match prefix {
                None => true,
                Some(p) => span(1).is_some_and(|(_, _, d)| d == p),
            };
            if shape != Some(&[3, 4, 4][..]) || !prefix_ok {
                continue;
            }
            let Some((s, e, digits)) = span(skip + 3) else {
                continue;
            };
            let Some(norm) = digits
                .get(digits.len().saturating_sub(11)..)
                .and_then(mobile)
            else {
                continue;
            };
            let start = match (prefix, i) {
                (None, 0) => self.prefix_start(s).unwrap_or(s),
                (Some(_), 0) if self.before(s, 1).is_some_and(is_plus) => s - 1,
                _ => s,
            };
            add_number(skip + 3, PiiKind::Mobile, start, e, norm);
        }
        // Resident ID 6-8-4.
        if let Some((s, e, digits)) = span(3)
            && lens.get(..3) == Some(&[6, 8, 4][..])
        {
            let (first17, check) = digits.split_at(digits.len().min(17));
            if let Some(norm) = check.first().and_then(|&c| resident_id18(first17, c)) {
                add_number(3, PiiKind::ResidentId, s, e, norm);
            }
        }
        // Bank card 4-4-4-4 (+1..3), but not a row of years; Amex 4-6-5.
        for k in [4usize, 5, 3] {
            let shape_ok = match lens.get(..k) {
                Some([4, 4, 4, 4]) => true,
                Some([4, 4, 4, 4, last]) => (1..=3).contains(last),
                Some([4, 6, 5]) => true,
                _ => false,
            };
            if !shape_ok {
                continue;
            }
            let years = k > 3
                && rest
                    .iter()
                    .take(4)
                    .all(|&(s, e)| (1900..=2099).contains(&number(&self.digits(s, e))));
            if let Some((s, e, digits)) = span(k)
                && !years
                && let Some(norm) = bank_card(&digits)
            {
                add_number(k, PiiKind::BankCard, s, e, norm);
            }
        }
        // Resident ID 6-8-3 + X at the end of the chain.
        if let Some((s, e, digits)) = span(3)
            && lens.get(..3) == Some(&[6, 8, 3][..])
            && i + 3 == n
            && self.ch(e).is_some_and(is_x)
            && (i > 0 || self.open_left(s))
            && self.open_right(e + 1)
            && let Some(norm) = resident_id18(&digits, 10)
        {
            pieces.push(Piece {
                groups_end: n,
                ends_past_chain: true,
                candidate: Some(Candidate {
                    kind: PiiKind::ResidentId,
                    start: s,
                    end: e + 1,
                    normalized: norm,
                }),
                is_hit: true,
            });
        }
        let Some(&(s, e)) = rest.first() else {
            return pieces;
        };
        let other = |groups_end: usize, is_hit: bool| Piece {
            groups_end,
            ends_past_chain: false,
            candidate: None,
            is_hit,
        };
        // A group that is a hit on its own, like `13812345678` in
        // `13812345678 139 1234 5678`: the plain scan reports it.
        if self.is_plain_hit(s, e) {
            pieces.push(other(i + 1, true));
        }
        // Something else: groups joined by one separator kind, bounded by
        // the other kind (or the chain's ends).
        let before = i.checked_sub(1).and_then(|k| seps.get(k));
        if let Some(kind) = seps.get(i)
            && before != Some(kind)
        {
            pieces.push(other(same_until[i] + 1, false));
        }
        // A single group between two kinds, or attached at an end.
        let after = seps.get(i);
        let between = matches!((before, after), (Some(a), Some(b)) if a != b);
        let attached = (i == 0 && self.attached_left(s)) || (i + 1 == n && self.attached_right(e));
        if between || attached {
            pieces.push(other(i + 1, false));
        }
        pieces
    }

    /// Keeps the non-overlapping candidates, higher priority first, and
    /// turns them into hits sorted by start.
    fn resolve(&self, mut candidates: Vec<Candidate>) -> Vec<PiiHit> {
        candidates.sort_by_key(|c| (c.kind.priority(), c.start, std::cmp::Reverse(c.end)));
        // Accepted spans, start -> (end, candidate); they never overlap, so
        // the one with the greatest start before a new span's end is the
        // only one that can overlap it.
        let mut accepted: BTreeMap<usize, Candidate> = BTreeMap::new();
        for cand in candidates {
            if cand.end <= cand.start {
                continue;
            }
            let overlaps = accepted
                .range(..cand.end)
                .next_back()
                .is_some_and(|(_, prev)| prev.end > cand.start);
            if !overlaps {
                accepted.insert(cand.start, cand);
            }
        }
        accepted
            .into_values()
            .filter_map(|c| {
                let start = self.byte(c.start);
                let end = self.byte_end(c.end);
                let value = self.text.get(start..end)?.to_string();
                Some(PiiHit {
                    kind: c.kind,
                    start,
                    end,
                    value,
                    normalized: c.normalized,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::privacy_scan::numbers::{
        card_issuer, credit_code_check, digit_credit_code, luhn_valid, resident_id18, to_ascii,
    };
    use crate::check::privacy_scan::scan;
    use crate::check::privacy_scan::strategies::*;
    use proptest::prelude::*;

    fn kinds(text: &str) -> Vec<PiiKind> {
        scan(text).into_iter().map(|h| h.kind).collect()
    }

    /// Asserts exactly one hit of `kind` whose value is `value`, at the
    /// first occurrence of `value` in `text`.
    fn assert_single(text: &str, kind: PiiKind, value: &str, normalized: &str) {
        let hits = scan(text);
        assert_eq!(hits.len(), 1, "{text:?}: {hits:?}");
        let hit = &hits[0];
        let at = text.find(value).unwrap_or(usize::MAX);
        assert_eq!(hit.kind, kind, "{text:?}");
        assert_eq!(hit.value, value, "{text:?}");
        assert_eq!(hit.normalized, normalized, "{text:?}");
        assert_eq!(hit.start, at, "{text:?}");
        assert_eq!(hit.end, at + value.len(), "{text:?}");
        assert_eq!(&text[hit.start..hit.end], value);
    }

    fn assert_no_hit(text: &str) {
        let hits = scan(text);
        assert!(hits.is_empty(), "{text:?} should have no hit: {hits:?}");
    }

    // ---- hits ------------------------------------------------------------

    #[test]
    fn resident_id_next_to_chinese() {
        assert_single(
            "身份证号11010519491231002X，",
            PiiKind::ResidentId,
            "11010519491231002X",
            "11010519491231002X",
        );
        assert_single(
            "身份证号11010519491231002x。",
            PiiKind::ResidentId,
            "11010519491231002x",
            "11010519491231002X",
        );
        assert_single(
            "（11010519491231002X）",
            PiiKind::ResidentId,
            "11010519491231002X",
            "11010519491231002X",
        );
    }

    #[test]
    fn resident_id_grouped() {
        assert_single(
            "证件：110105 19491231 002X。",
            PiiKind::ResidentId,
            "110105 19491231 002X",
            "11010519491231002X",
        );
        let id = with_id_check("44030419851012001");
        let grouped = format!("{}-{}-{}", &id[..6], &id[6..14], &id[14..]);
        assert_single(
            &format!("号码{grouped}"),
            PiiKind::ResidentId,
            &grouped,
            &id,
        );
    }

    #[test]
    fn resident_id_fifteen_digits() {
        // 1949-12-31 in positions 7-12.
        assert_single(
            "旧证号110105491231002。",
            PiiKind::ResidentId,
            "110105491231002",
            "110105491231002",
        );
        // Invalid date (month 13) is no ID.
        assert_no_hit("编号110105491331002。");
        // Embedded in a 16-digit run it is not a 15-digit ID.
        assert!(!kinds("1101054912310021").contains(&PiiKind::ResidentId));
    }

    #[test]
    fn full_width_digits() {
        assert_single(
            "电话１３８１２３４５６７８。",
            PiiKind::Mobile,
            "１３８１２３４５６７８",
            "13812345678",
        );
    }

    #[test]
    fn mobiles_in_sentences() {
        assert_single(
            "联系电话13812345678。",
            PiiKind::Mobile,
            "13812345678",
            "13812345678",
        );
        assert_single(
            "请拨138-1234-5678联系",
            PiiKind::Mobile,
            "138-1234-5678",
            "13812345678",
        );
        assert_single(
            "手机：+86 138 1234 5678",
            PiiKind::Mobile,
            "+86 138 1234 5678",
            "13812345678",
        );
        assert_single(
            "手机：+8613812345678，",
            PiiKind::Mobile,
            "+8613812345678",
            "13812345678",
        );
        assert_single(
            "手机：8613812345678，",
            PiiKind::Mobile,
            "8613812345678",
            "13812345678",
        );
        assert_single(
            "手机：86 13812345678，",
            PiiKind::Mobile,
            "86 13812345678",
            "13812345678",
        );
        assert_single(
            "手机(+86)13812345678",
            PiiKind::Mobile,
            "(+86)13812345678",
            "13812345678",
        );
        assert_single(
            "手机（+86）138-1234-5678",
            PiiKind::Mobile,
            "（+86）138-1234-5678",
            "13812345678",
        );
        assert_single(
            "手机 0086 13812345678",
            PiiKind::Mobile,
            "0086 13812345678",
            "13812345678",
        );
        assert_single(
            "call 13812345678.",
            PiiKind::Mobile,
            "13812345678",
            "13812345678",
        );
        assert_single(
            "Tel: +86-138-1234-5678",
            PiiKind::Mobile,
            "+86-138-1234-5678",
            "13812345678",
        );
    }

    #[test]
    fn several_hits_sorted() {
        let text = "张三 13812345678 13912345678，李四11010519491231002X";
        let hits = scan(text);
        let values: Vec<&str> = hits.iter().map(|h| h.value.as_str()).collect();
        assert_eq!(values, ["13812345678", "13912345678", "11010519491231002X"]);
        for h in &hits {
            assert_eq!(&text[h.start..h.end], h.value);
        }
    }

    #[test]
    fn bank_cards() {
        let card = luhn_complete("622202123456789");
        assert_single(&format!("卡号{card}。"), PiiKind::BankCard, &card, &card);
        let grouped = format!(
            "{} {} {} {}",
            &card[..4],
            &card[4..8],
            &card[8..12],
            &card[12..]
        );
        assert_single(
            &format!("卡号：{grouped}，"),
            PiiKind::BankCard,
            &grouped,
            &card,
        );
        let card19 = luhn_complete("622848001234567890");
        let grouped19 = format!(
            "{}-{}-{}-{}-{}",
            &card19[..4],
            &card19[4..8],
            &card19[8..12],
            &card19[12..16],
            &card19[16..]
        );
        assert_single(
            &format!("账号{grouped19}"),
            PiiKind::BankCard,
            &grouped19,
            &card19,
        );
    }

    #[test]
    fn id_that_passes_luhn_is_reported_once_as_id() {
        // Find a valid all-digit ID that also passes Luhn.
        let id = (0..1000u32)
            .map(|seq| with_id_check(&format!("32010219900101{seq:03}")))
            .find(|id| !id.ends_with('X') && luhn_valid(&digits_of(id)))
            .unwrap_or_default();
        assert_eq!(id.len(), 18);
        assert_single(&format!("号{id}号"), PiiKind::ResidentId, &id, &id);
    }

    #[test]
    fn grouped_chains_are_split_whole() {
        let hits = scan("电话 +86 138 1234 5678 139 1234 5678 谢谢");
        let norms: Vec<&str> = hits.iter().map(|h| h.normalized.as_str()).collect();
        assert_eq!(norms, ["13812345678", "13912345678"]);
        assert_eq!(hits[0].value, "+86 138 1234 5678");
        assert_eq!(hits[1].value, "139 1234 5678");

        let text = "2026-04-05 138 1234 5678";
        assert_single(text, PiiKind::Mobile, "138 1234 5678", "13812345678");
        let text = "138 1234 5678 2026-04-05";
        assert_single(text, PiiKind::Mobile, "138 1234 5678", "13812345678");
        let text = "A1 138 1234 5678";
        assert_single(text, PiiKind::Mobile, "138 1234 5678", "13812345678");
        let text = "13812345678 139 1234 5678";
        let values: Vec<String> = scan(text).into_iter().map(|h| h.value).collect();
        assert_eq!(values, ["13812345678", "139 1234 5678"]);
        let text = "138 1234 5678 110105 19491231 002X";
        let values: Vec<String> = scan(text).into_iter().map(|h| h.value).collect();
        assert_eq!(values, ["138 1234 5678", "110105 19491231 002X"]);
        let text = "86 138 1234 5678";
        assert_single(text, PiiKind::Mobile, text, "13812345678");
        let text = "0086-138-1234-5678";
        assert_single(text, PiiKind::Mobile, text, "13812345678");
        let text = "(+86) 138-1234-5678";
        assert_single(text, PiiKind::Mobile, text, "13812345678");

        // Not fully explained: nothing is cut out of the chain.
        assert_no_hit("1 138 1234 5678 9");
        assert_no_hit("138 1234 5678 9012");
        assert_no_hit("4111 1111 1111 1111 1234");
        // Separators of both kinds may mix inside one number.
        assert_single(
            "138 1234-5678",
            PiiKind::Mobile,
            "138 1234-5678",
            "13812345678",
        );
        assert_single(
            "138 0013-8000",
            PiiKind::Mobile,
            "138 0013-8000",
            "13800138000",
        );
    }

    #[test]
    fn invisible_characters_are_skipped() {
        for text in [
            "电话138\u{200B}1234\u{200D}5678。",
            "电话1381234\u{AD}5678。",
            "电话\u{FEFF}138\u{2060}12345678\u{200C}。",
        ] {
            let hits = scan(text);
            assert_eq!(hits.len(), 1, "{text:?}: {hits:?}");
            assert_eq!(hits[0].normalized, "13812345678");
            // The value is the number as written, from its first digit to its last.
            assert!(hits[0].value.starts_with('1') && hits[0].value.ends_with('8'));
            assert_eq!(hits[0].start, text.find("138").unwrap_or(0));
        }
        let id = "110105\u{200B}19491231\u{200B}002X";
        assert_single(
            &format!("身份证{id}"),
            PiiKind::ResidentId,
            id,
            "11010519491231002X",
        );
    }

    #[test]
    fn letters_may_touch_a_number() {
        assert_single(
            "Tel13812345678",
            PiiKind::Mobile,
            "13812345678",
            "13812345678",
        );
        assert_single(
            "13812345678Tel",
            PiiKind::Mobile,
            "13812345678",
            "13812345678",
        );
        assert_single(
            "Ｔｅｌ13812345678",
            PiiKind::Mobile,
            "13812345678",
            "13812345678",
        );
        assert_single(
            "ID11010519491231002X",
            PiiKind::ResidentId,
            "11010519491231002X",
            "11010519491231002X",
        );
        assert_single(
            "Tel138 1234 5678",
            PiiKind::Mobile,
            "138 1234 5678",
            "13812345678",
        );
        let card = luhn_complete("622202123456789");
        assert_single(&format!("No{card}"), PiiKind::BankCard, &card, &card);
        // Letters between digits make a code: hashes, credit codes, plates.
        assert_no_hit("a3f913812345678b2");
        assert_no_hit("9A13812345678");
        assert_no_hit("91370800MA3C5Y0K2X");
    }

    #[test]
    fn wide_and_no_break_spaces_and_dashes_separate_groups() {
        for written in [
            "138\u{3000}1234\u{3000}5678",
            "138\u{A0}1234\u{A0}5678",
            "138\u{202F}1234\u{202F}5678",
            "138－1234－5678",
            "１３８　１２３４　５６７８",
            "138 1234\u{3000}5678",
        ] {
            assert_single(
                &format!("联系{written}。"),
                PiiKind::Mobile,
                written,
                "13812345678",
            );
        }
        let card = luhn_complete("622202123456789");
        let spaced = format!(
            "{}\u{3000}{}\u{A0}{}-{}",
            &card[..4],
            &card[4..8],
            &card[8..12],
            &card[12..]
        );
        assert_single(&format!("卡号{spaced}"), PiiKind::BankCard, &spaced, &card);
    }

    #[test]
    fn mixed_chains_keep_their_parts() {
        let text = "2026-04-05 138 0013-8000";
        assert_single(text, PiiKind::Mobile, "138 0013-8000", "13800138000");
        let text = "138-1234-5678-9012 139 1234 5678";
        let values: Vec<String> = scan(text).into_iter().map(|h| h.value).collect();
        assert_eq!(values, ["138-1234-5678", "139 1234 5678"]);
        assert_no_hit("138 1234-5678-9012");
        assert_no_hit("1 138 1234 5678 9");
        assert_no_hit("2026-04-05-138 1234 5678 9");
    }

    #[test]
    fn american_express_numbers() {
        let amex = "378282246310005";
        assert_single(&format!("卡号{amex}。"), PiiKind::BankCard, amex, amex);
        assert_single(
            "卡号3782 822463 10005。",
            PiiKind::BankCard,
            "3782 822463 10005",
            amex,
        );
        // Fifteen digits that are an old ID stay an ID.
        assert_single(
            "110105491231002",
            PiiKind::ResidentId,
            "110105491231002",
            "110105491231002",
        );
    }

    #[test]
    fn a_card_that_passes_only_the_credit_code_check_is_a_card() {
        let mut tested = 0;
        for n in 0..3_000u32 {
            let card = luhn_complete(&format!("62220202{n:09}"));
            let d = digits_of(&card);
            if credit_code_check(&d) && !digit_credit_code(&d) {
                assert_single(&format!("卡号{card}。"), PiiKind::BankCard, &card, &card);
                tested += 1;
            }
        }
        assert!(tested > 50, "{tested}");
    }

    #[test]
    fn rows_of_years_are_not_cards() {
        assert!(luhn_valid(&digits_of("2023202420252026")));
        assert_no_hit("2023 2024 2025 2026");
        assert_no_hit("年度：2023-2024-2025-2026");
    }

    // ---- false-positive corpus -------------------------------------------

    #[test]
    fn amounts_are_not_hits() {
        assert_no_hit("12345.67");
        assert_no_hit("¥1,234,567.89");
        assert_no_hit("1234567890.12");
        assert_no_hit("合计13812345678.00元");
        assert_no_hit("0.13812345678");
    }

    #[test]
    fn dates_are_not_hits() {
        assert_no_hit("2026-04-05");
        assert_no_hit("20260405");
        assert_no_hit("日期：2026年04月05日");
    }

    #[test]
    fn voucher_numbers_are_not_hits() {
        assert_no_hit("记-012");
        assert_no_hit("记-2026-0012");
    }

    #[test]
    fn office_numbers_are_not_hits() {
        assert_no_hit("0537-1234567");
        assert_no_hit("0537-12345678");
        assert_no_hit("010-12345678");
        assert_no_hit("(0537)1234567");
        assert_no_hit("电话：0537-1234567，传真：0537-12345678。");
    }

    #[test]
    fn credit_codes_are_not_hits() {
        assert_no_hit("91370800MA3C5Y0K2X");
        assert_no_hit("统一社会信用代码：91370800MA3C5Y0K2X。");
        assert_no_hit("913708001234567890");
        assert_no_hit("统一社会信用代码913708001234567890，");
        // An all-digit credit code that passes GB 32100 is not a bank card,
        // even when it happens to pass Luhn too.
        let mut tested = 0;
        for n in 0..10_000u32 {
            let body = format!("81370800{n:09}");
            if let Some(code) = (0..10u8)
                .map(|d| format!("{body}{d}"))
                .find(|s| digit_credit_code(&digits_of(s)))
                && luhn_valid(&digits_of(&code))
                && resident_id18(&digits_of(&code[..17]), code.as_bytes()[17] - b'0').is_none()
            {
                assert_no_hit(&format!("工会代码{code}。"));
                tested += 1;
            }
        }
        assert!(tested > 10);
    }

    #[test]
    fn wrong_check_digit_is_not_an_id() {
        // Correct: 11010519491231002X. Wrong check digits that also fail Luhn.
        let mut tested = 0;
        for c in "0123456789".chars() {
            let text = format!("11010519491231002{c}");
            if !luhn_valid(&digits_of(&text)) {
                assert_no_hit(&text);
                assert_no_hit(&format!("身份证号{text}，"));
                tested += 1;
            } else {
                assert!(!kinds(&text).contains(&PiiKind::ResidentId));
            }
        }
        assert!(tested >= 8);
    }

    #[test]
    fn seventeen_digits_are_not_hits() {
        let seventeen = "11010519491231002";
        assert!(!luhn_valid(&digits_of(seventeen)));
        assert_no_hit(seventeen);
        assert_no_hit(&format!("编号{seventeen}。"));
    }

    #[test]
    fn id_inside_longer_run_is_not_a_hit() {
        let id = &with_id_check("11010519491231001");
        assert!(!id.ends_with('X'), "{id}");
        assert_single(id, PiiKind::ResidentId, id, id);
        // Pick a leading digit that makes the 19-digit run fail Luhn.
        let longer = (0..10)
            .map(|d| format!("{d}{id}"))
            .find(|s| !luhn_valid(&digits_of(s)))
            .unwrap_or_default();
        assert_eq!(longer.len(), 19);
        assert_no_hit(&longer);
        assert_no_hit(&format!("{id}0"));
        assert_no_hit("111010519491231002X");
        assert_no_hit("11010519491231002X1");
        // Letters around an ID are a label, not part of a code.
        assert_single(
            "A11010519491231002X",
            PiiKind::ResidentId,
            "11010519491231002X",
            "11010519491231002X",
        );
        assert_single(
            "11010519491231002XA",
            PiiKind::ResidentId,
            "11010519491231002X",
            "11010519491231002X",
        );
        // Letters that follow digits make an alphanumeric code.
        assert_no_hit("7A11010519491231002X");
        assert_no_hit("11010519491231002XA7");
    }

    #[test]
    fn luhn_invalid_sixteen_is_not_a_hit() {
        assert_no_hit("4111111111111112");
        assert_no_hit("卡号4111111111111112。");
    }

    #[test]
    fn luhn_valid_sixteen_inside_twenty_is_not_a_hit() {
        let card = "4111111111111111";
        assert_single(card, PiiKind::BankCard, card, card);
        let mut tested = 0;
        for pre in 0..100u32 {
            let text = format!("{pre:02}{card}12");
            if !luhn_valid(&digits_of(&text)) {
                assert_no_hit(&text);
                tested += 1;
            }
        }
        assert!(tested > 0);
        // Grouped: five groups of four are no card, whatever the Luhn sum.
        assert_no_hit("4111 1111 1111 1111 1234");
        assert_no_hit("1234-4111-1111-1111-1111");
    }

    #[test]
    fn timestamps_are_not_hits() {
        assert_no_hit("2026-04-05T13:45:00+08:00");
        assert_no_hit("2026-04-05T13:45:00Z");
        assert_no_hit("2026-04-05 13:45:00");
        assert_no_hit("20260405T134500Z");
        assert_no_hit("2026-04-05T13:45:00.123456789+08:00");
    }

    #[test]
    fn small_numbers_are_not_hits() {
        assert_no_hit("2026-07");
        assert_no_hit("提案2026-07号");
        assert_no_hit("0.05");
    }

    #[test]
    fn mobile_inside_longer_things_is_not_a_hit() {
        assert_no_hit("138123456789");
        assert_no_hit("013812345678");
        assert_no_hit("ORDER7A13812345678");
        assert_no_hit("13812345678abc9");
        assert_no_hit("138 1234 5678 9012");
        assert_no_hit("12345678901");
    }

    const SENTENCES: [(&str, &str); 6] = [
        ("联系电话", "。"),
        ("请拨", "联系"),
        ("手机：", ""),
        ("", "，谢谢"),
        ("（", "）"),
        ("号码是 ", " 。"),
    ];

    proptest! {
        #[test]
        fn valid_ids_are_found(id in valid_id(), lower in any::<bool>(), s in 0..SENTENCES.len()) {
            let id = if lower { id.replace('X', "x") } else { id };
            let (pre, post) = SENTENCES[s];
            let text = format!("{pre}{id}{post}");
            let hits = scan(&text);
            prop_assert_eq!(hits.len(), 1, "{:?}", hits);
            prop_assert_eq!(hits[0].kind, PiiKind::ResidentId);
            prop_assert_eq!(hits[0].start, pre.len());
            prop_assert_eq!(hits[0].end, pre.len() + id.len());
            prop_assert_eq!(&text[hits[0].start..hits[0].end], id.as_str());
            prop_assert_eq!(&hits[0].normalized, &id.to_uppercase());
        }

        #[test]
        fn flipped_check_digit_is_no_id(id in valid_id(), pick in 0usize..10) {
            let correct = id.chars().last().unwrap_or('?');
            let others: Vec<char> = "0123456789X".chars().filter(|&c| c != correct).collect();
            let wrong = others[pick % others.len()];
            let text = format!("身份证号{}{wrong}，", &id[..17]);
            prop_assert!(!kinds(&text).contains(&PiiKind::ResidentId), "{}", text);
        }

        #[test]
        fn luhn_valid_numbers_are_found(card in luhn_number(), s in 0..SENTENCES.len()) {
            let d = digits_of(&card);
            let expected = if card.len() == 18
                && resident_id18(&d[..17], d[17]).is_some() {
                Some(PiiKind::ResidentId)
            } else if card.len() == 18 && digit_credit_code(&d) {
                None
            } else {
                Some(PiiKind::BankCard)
            };
            let (pre, post) = SENTENCES[s];
            let text = format!("{pre}{card}{post}");
            let hits = scan(&text);
            match expected {
                None => prop_assert!(hits.is_empty()),
                Some(kind) => {
                    prop_assert_eq!(hits.len(), 1, "{:?}", hits);
                    prop_assert_eq!(hits[0].kind, kind);
                    prop_assert_eq!(&text[hits[0].start..hits[0].end], card.as_str());
                    prop_assert_eq!(&hits[0].normalized, &card);
                }
            }
        }

        #[test]
        fn grouped_cards_are_found(card in luhn_number(), dash in any::<bool>()) {
            let sep = if dash { "-" } else { " " };
            let groups: Vec<&str> = card
                .as_bytes()
                .chunks(4)
                .filter_map(|g| std::str::from_utf8(g).ok())
                .collect();
            let written = groups.join(sep);
            let text = format!("卡号：{written}。");
            let hits = scan(&text);
            prop_assert_eq!(hits.len(), 1, "{:?}", hits);
            prop_assert_eq!(hits[0].kind, PiiKind::BankCard);
            prop_assert_eq!(&hits[0].value, &written);
            prop_assert_eq!(hits[0].start, "卡号：".len());
            prop_assert_eq!(&hits[0].normalized, &card);
        }

        #[test]
        fn grouped_sequences_are_all_found(
            items in proptest::collection::vec(
                prop_oneof![
                    mobile_number().prop_map(|m| {
                        let written = format!("{} {} {}", &m[..3], &m[3..7], &m[7..]);
                        (written, m)
                    }),
                    luhn_number().prop_filter("16 digits", |c| c.len() == 16).prop_map(|card| {
                        let written = format!(
                            "{} {} {} {}",
                            &card[..4], &card[4..8], &card[8..12], &card[12..]
                        );
                        (written, card)
                    }),
                ],
                1..5,
            )
        ) {
            let text = format!(
                "名单：{}。",
                items.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join(" ")
            );
            let hits = scan(&text);
            let found: Vec<(&str, &str)> = hits
                .iter()
                .map(|h| (h.value.as_str(), h.normalized.as_str()))
                .collect();
            let expected: Vec<(&str, &str)> =
                items.iter().map(|(w, n)| (w.as_str(), n.as_str())).collect();
            prop_assert_eq!(found, expected);
        }

        #[test]
        fn only_numbers_with_a_card_prefix_are_cards(number in any_luhn_number()) {
            let text = format!("订单号{number}。");
            let card = kinds(&text).contains(&PiiKind::BankCard);
            prop_assert!(!card || card_issuer(&digits_of(&number)), "{}", text);
        }

        #[test]
        fn luhn_invalid_numbers_are_no_cards(card in luhn_number(), bump in 1u8..=9) {
            let mut d = digits_of(&card);
            if let Some(last) = d.last_mut() {
                *last = (*last + bump) % 10;
            }
            let text = format!("卡号{}。", to_ascii(&d));
            prop_assert!(!kinds(&text).contains(&PiiKind::BankCard), "{}", text);
        }

        #[test]
        fn mobiles_are_found(number in mobile_number(), form in 0usize..6, s in 0..SENTENCES.len()) {
            let (a, b, c) = (&number[..3], &number[3..7], &number[7..]);
            let written = match form {
                0 => number.clone(),
                1 => format!("{a}-{b}-{c}"),
                2 => format!("{a} {b} {c}"),
                3 => format!("+86 {a} {b} {c}"),
                4 => format!("+86{number}"),
                _ => format!("(+86){a}-{b}-{c}"),
            };
            let (pre, post) = SENTENCES[s];
            let text = format!("{pre}{written}{post}");
            let hits = scan(&text);
            prop_assert_eq!(hits.len(), 1, "{:?}", hits);
            prop_assert_eq!(hits[0].kind, PiiKind::Mobile);
            prop_assert_eq!(hits[0].start, pre.len());
            prop_assert_eq!(hits[0].end, pre.len() + written.len());
            prop_assert_eq!(&text[hits[0].start..hits[0].end], written.as_str());
            prop_assert_eq!(&hits[0].normalized, &number);
        }

        #[test]
        fn mobiles_inside_longer_runs_are_not_found(number in mobile_number(), pre in 0u32..10, post in 0u32..10) {
            let texts = [format!("{pre}{number}"), format!("{number}{post}"), format!("7a{number}")];
            for text in texts {
                prop_assert!(!kinds(&text).contains(&PiiKind::Mobile), "{}", text);
            }
        }

        #[test]
        fn hits_are_well_formed(text in "[0-9０-９xX+()（） .\\-a汉，。]{0,80}") {
            check_well_formed(&text)?;
        }

        #[test]
        fn hits_are_well_formed_any(text in any::<String>()) {
            check_well_formed(&text)?;
        }
    }

    fn check_well_formed(text: &str) -> Result<(), TestCaseError> {
        let hits = scan(text);
        let mut last_end = 0;
        for h in &hits {
            prop_assert!(h.start >= last_end, "{:?}", hits);
            prop_assert!(h.start < h.end);
            prop_assert_eq!(text.get(h.start..h.end), Some(h.value.as_str()));
            prop_assert!(h.normalized.chars().all(|c| c.is_ascii_digit() || c == 'X'));
            last_end = h.end;
        }
        Ok(())
    }
}
