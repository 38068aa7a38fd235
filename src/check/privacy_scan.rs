//! Finding personal numbers in text: mainland resident ID numbers (18-digit
//! GB 11643-1999 and old 15-digit), mainland mobile numbers, and bank card
//! numbers, each reported with its exact byte offsets into the scanned text.
//!
//! This module owns only the recognition rules: what counts as one of these
//! numbers, where it starts and ends, and how to mask it for a message.
//! It does not turn offsets into file/line/column locations, build
//! diagnostics, or decide what may be published: there is no allow-list
//! here, callers apply their own (for example by comparing
//! [`PiiHit::normalized`]).
//!
//! [`scan_edit`] finds the hits of a new version of a text from the old
//! version's hits, scanning only around what changed, with the same result as
//! [`scan`]: the preview rescans large output files on every save.
//!
//! Recognition is a hand-written scan over `char`s (no regex), so a number
//! directly beside Han characters or Chinese punctuation is found, while a
//! number touching another ASCII digit or letter (part of a longer number or
//! of an alphanumeric code) is not. Full-width digits (`０`-`９`) count as
//! digits too, because Chinese input methods produce them.
//!
//! Rules beyond the plain digit patterns:
//! - A number followed by `.` and a digit, or preceded by a digit and `.`,
//!   is part of a decimal amount (`13812345678.00`) and is not a hit.
//! - Grouped forms use one separator throughout (space or dash): mobiles
//!   `138 1234 5678` (with `+86`, `86`, `0086`, `(+86)` before), bank cards
//!   `6222 0212 3456 7890` (+ a last group of 1-3 digits), resident IDs
//!   `110105 19491231 002X`. A chain of groups must split wholly into such
//!   numbers, so none is cut out of a longer grouped sequence.
//! - A row of four years (`2023 2024 2025 2026`) is not a bank card, and
//!   neither is an all-digit 18-digit string that passes the GB 32100
//!   统一社会信用代码 check (unless it is a valid resident ID).

use std::collections::BTreeMap;

/// What kind of personal number a hit is.
///
/// When two readings of a span overlap, a resident ID wins over a bank card,
/// which wins over a mobile (this is not the derived `Ord`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PiiKind {
    ResidentId,
    Mobile,
    BankCard,
}

impl PiiKind {
    /// Lower wins when two candidate spans overlap.
    fn priority(self) -> u8 {
        match self {
            PiiKind::ResidentId => 0,
            PiiKind::BankCard => 1,
            PiiKind::Mobile => 2,
        }
    }
}

/// One personal number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PiiHit {
    pub kind: PiiKind,
    /// Byte offset of the first byte of the hit in the scanned text.
    pub start: usize,
    /// Byte offset just past the hit: `&text[start..end] == value`.
    pub end: usize,
    /// The matched text as written (separators, `+86` prefix and full-width
    /// digits included).
    pub value: String,
    /// ASCII digits only (plus a final `X` for resident IDs). For mobiles this
    /// is the 11-digit national number, without any `86` country code, so the
    /// same phone written in different ways normalizes the same.
    pub normalized: String,
}

/// Finds resident IDs, mobile numbers and bank card numbers in `text`.
///
/// Hits are sorted by `start` and never overlap. Where one span has two
/// readings, it is reported once, with priority
/// ResidentId > BankCard > Mobile.
pub fn scan(text: &str) -> Vec<PiiHit> {
    let scanner = Scanner::new(text);
    let mut candidates = Vec::new();
    scanner.plain_candidates(&mut candidates);
    scanner.grouped_candidates(&mut candidates);
    scanner.resolve(candidates)
}

/// Masks a value for messages: the first 3 and last 2 characters stay
/// visible, every other character becomes `*`. A value of 5 characters or
/// fewer is masked whole, so that masking never shows a complete value.
pub fn mask(value: &str) -> String {
    let n = value.chars().count();
    if n <= 5 {
        return "*".repeat(n);
    }
    value
        .chars()
        .enumerate()
        .map(|(i, c)| if i < 3 || i + 2 >= n { c } else { '*' })
        .collect()
}

// ---------------------------------------------------------------------------
// Character classes

/// Value of an ASCII or full-width decimal digit.
fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => u8::try_from(c as u32 - '０' as u32).ok(),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The check character 10 of a resident ID.
fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ')
}

/// A character that may not touch a hit: an ASCII (or full-width) letter or
/// digit. Everything else, Han characters and all punctuation included, is a
/// valid boundary.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_digit(c) || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

fn is_plus(c: char) -> bool {
    matches!(c, '+' | '＋')
}

/// Separators allowed between digit groups (`138 1234 5678`, `138-1234-5678`).
const SEPARATORS: [char; 2] = [' ', '-'];

// ---------------------------------------------------------------------------
// Number rules

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn valid_date(year: u32, month: u32, day: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, &d| {
        acc.saturating_mul(10).saturating_add(u32::from(d))
    })
}

fn to_ascii(digits: &[u8]) -> String {
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check value (10 stands for `X`) indexed by the weighted sum mod 11.
const ID_CHECK: [u8; 11] = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2];

/// ISO 7064 MOD 11-2 check value of the first 17 digits (10 means `X`).
fn id_check_value(first17: &[u8]) -> Option<u8> {
    if first17.len() != 17 {
        return None;
    }
    let sum: u32 = first17
        .iter()
        .zip(ID_WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    ID_CHECK.get((sum % 11) as usize).copied()
}

/// An 18-character resident ID: 17 digits, then `check` (0-9, or 10 for X).
/// Returns the normalized form when every rule holds.
fn resident_id18(first17: &[u8], check: u8) -> Option<String> {
    if first17.len() != 17 || first17.first().is_none_or(|&d| d == 0) {
        return None;
    }
    let year = number(first17.get(6..10)?);
    let month = number(first17.get(10..12)?);
    let day = number(first17.get(12..14)?);
    if !(1900..=2099).contains(&year) || !valid_date(year, month, day) {
        return None;
    }
    if id_check_value(first17)? != check {
        return None;
    }
    let mut out = to_ascii(first17);
    out.push(if check == 10 {
        'X'
    } else {
        char::from(b'0' + check)
    });
    Some(out)
}

/// An old 15-digit resident ID: first digit 1-9, positions 7-12 a valid
/// YYMMDD birth date in the 1900s.
fn resident_id15(digits: &[u8]) -> Option<String> {
    if digits.len() != 15 || digits.first().is_none_or(|&d| d == 0) {
        return None;
    }
    let year = 1900 + number(digits.get(6..8)?);
    let month = number(digits.get(8..10)?);
    let day = number(digits.get(10..12)?);
    valid_date(year, month, day).then(|| to_ascii(digits))
}

fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// 16-19 digits passing the Luhn check.
fn bank_card(digits: &[u8]) -> Option<String> {
    ((16..=19).contains(&digits.len()) && luhn_valid(digits)).then(|| to_ascii(digits))
}

/// An 11-digit mainland mobile number: `1[3-9]` and 9 more digits.
fn mobile(digits: &[u8]) -> Option<String> {
    match digits {
        [1, second, ..] if digits.len() == 11 && (3..=9).contains(second) => Some(to_ascii(digits)),
        _ => None,
    }
}

/// GB 32100-2015 check of an all-digit 统一社会信用代码 (unified social
/// credit code). Used only to keep such codes from being read as bank cards.
fn credit_code_valid(digits: &[u8]) -> bool {
    // Weights are 3^i mod 31; the alphabet has 31 characters, but an
    // all-digit code can only carry a digit as its check character.
    const WEIGHTS: [u32; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let (Some(body), Some(&check)) = (digits.get(..17), digits.get(17)) else {
        return false;
    };
    if digits.len() != 18 {
        return false;
    }
    let sum: u32 = body
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    (31 - sum % 31) % 31 == u32::from(check)
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

/// One number in a split of a separator chain (see
/// `Scanner::grouped_candidates`).
#[derive(Clone)]
struct Piece {
    /// Index of the first chain group after this piece.
    groups_end: usize,
    /// The piece takes in a trailing `X` after the chain's last group.
    ends_past_chain: bool,
    /// `None` for a group that the plain scan already reports.
    candidate: Option<Candidate>,
}

struct Scanner<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
    /// Maximal runs of digits, as char index ranges `[start, end)`.
    runs: Vec<(usize, usize)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
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

    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    fn digits(&self, start: usize, end: usize) -> Vec<u8> {
        self.chars
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .filter_map(|&(_, c)| digit_value(c))
            .collect()
    }

    /// Nothing before char index `i` extends the number: no letter or digit,
    /// and not the fractional side of a decimal (`0.138...`).
    fn open_left(&self, i: usize) -> bool {
        match self.before(i, 1) {
            None => true,
            Some(c) if is_word(c) => false,
            Some(c) if is_decimal_point(c) => !self.before(i, 2).is_some_and(is_digit),
            Some(_) => true,
        }
    }

    /// Nothing at char index `end` extends the number: no letter or digit,
    /// and not a decimal point followed by a digit (`13812345678.00`).
    fn open_right(&self, end: usize) -> bool {
        match self.ch(end) {
            None => true,
            Some(c) if is_word(c) => false,
            Some(c) if is_decimal_point(c) => !self.ch(end + 1).is_some_and(is_digit),
            Some(_) => true,
        }
    }

    /// Start of a country-code prefix written before the national number at
    /// char index `national`: `+86`, `86`, `0086`, `(+86)`, `(86)`, each
    /// optionally followed by one space or dash. The prefix must itself be
    /// open on the left.
    fn prefix_start(&self, national: usize) -> Option<usize> {
        let mut j = national;
        if self.before(j, 1).is_some_and(|c| SEPARATORS.contains(&c)) {
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
                } else if credit_code_valid(&digits) {
                    None
                } else {
                    hit(PiiKind::BankCard, rs, re, bank_card(&digits)?)
                }
            }
            // 0086 + mobile, written without a separator.
            [0, 0, 8, 6, national @ ..] if digits.len() == 15 => {
                hit(PiiKind::Mobile, rs, re, mobile(national)?)
            }
            _ if digits.len() == 15 => hit(PiiKind::ResidentId, rs, re, resident_id15(&digits)?),
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

    /// The digit runs chained to run `r` by single `sep` characters, `r`
    /// first.
    fn chain(&self, r: usize, sep: char) -> Vec<(usize, usize)> {
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut next = self.runs.get(r).copied();
        while let Some((s, e)) = next {
            groups.push((s, e));
            if self.ch(e) != Some(sep) {
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

    /// Candidates written in digit groups joined by one consistent separator
    /// (space or dash): mobiles `3-4-4` (optionally after an `86`/`0086`
    /// group), bank cards `4-4-4-4` plus an optional last group of 1-3
    /// digits, resident IDs `6-8-4` (the last group may be 3 digits + `X`).
    ///
    /// A chain of groups is taken as a whole: it yields hits only when all of
    /// it splits into such numbers (or into single runs that are hits on
    /// their own), so no number is cut out of a longer grouped sequence.
    /// Only a group at either end that is attached to something outside the
    /// chain (a letter, a decimal point, or the other separator and a digit,
    /// as in the date of `2026-04-05 138 1234 5678`) is left out first.
    fn grouped_candidates(&self, out: &mut Vec<Candidate>) {
        for sep in SEPARATORS {
            let other = if sep == ' ' { '-' } else { ' ' };
            let mut r = 0;
            while r < self.runs.len() {
                let chain = self.chain(r, sep);
                r += chain.len().max(1);
                if chain.len() >= 3 {
                    self.split_chain(&chain, other, out);
                }
            }
        }
    }

    /// See [`Self::grouped_candidates`].
    fn split_chain(&self, chain: &[(usize, usize)], other: char, out: &mut Vec<Candidate>) {
        let n = chain.len();
        let (Some(&(first_s, _)), Some(&(_, last_e))) = (chain.first(), chain.last()) else {
            return;
        };
        let attached_left = !self.open_left(first_s)
            || (self.before(first_s, 1) == Some(other)
                && self.before(first_s, 2).is_some_and(is_digit));
        let attached_right = !self.open_right(last_e)
            || (self.ch(last_e) == Some(other) && self.ch(last_e + 1).is_some_and(is_digit));
        let lo = usize::from(attached_left);
        let hi = if attached_right { n - 1 } else { n };
        if lo >= hi {
            return;
        }
        // choice[i]: the piece that starts at group i in a split of
        // groups i..hi (or of i..n when the piece is an ID ending in X).
        let mut choice: Vec<Option<Piece>> = vec![None; n + 1];
        let mut ok = vec![false; n + 1];
        if let Some(slot) = ok.get_mut(hi) {
            *slot = true;
        }
        for i in (lo..hi).rev() {
            let found = self.pieces_at(chain, i).into_iter().find(|p| {
                if p.ends_past_chain {
                    p.groups_end == n
                } else {
                    ok.get(p.groups_end) == Some(&true)
                }
            });
            if let Some(p) = found {
                if let Some(slot) = ok.get_mut(i) {
                    *slot = true;
                }
                if let Some(slot) = choice.get_mut(i) {
                    *slot = Some(p);
                }
            }
        }
        let mut i = lo;
        while let Some(Some(piece)) = choice.get(i) {
            if let Some(c) = &piece.candidate {
                out.push(c.clone());
            }
            i = piece.groups_end;
        }
    }

    /// Every way a recognised number can start at group `i` of `chain`.
    fn pieces_at(&self, chain: &[(usize, usize)], i: usize) -> Vec<Piece> {
        let mut pieces = Vec::new();
        let Some(rest) = chain.get(i..) else {
            return pieces;
        };
        let lens: Vec<usize> = rest.iter().take(5).map(|&(s, e)| e - s).collect();
        let span = |k: usize| -> Option<(usize, usize, Vec<u8>)> {
            let (s, _) = *rest.first()?;
            let (_, e) = *rest.get(k - 1)?;
            Some((s, e, self.digits(s, e)))
        };
        let piece = |k: usize, kind, start, end, normalized| Piece {
            groups_end: i + k,
            ends_past_chain: false,
            candidate: Some(Candidate {
                kind,
                start,
                end,
                normalized,
            }),
        };
        // A group that is a hit (or part of one) on its own, like
        // `13812345678` in `13812345678 139 1234 5678`: the plain scan
        // reports it.
        if let Some(&(s, e)) = rest.first()
            && self.is_plain_hit(s, e)
        {
            pieces.push(Piece {
                groups_end: i + 1,
                ends_past_chain: false,
                candidate: None,
            });
        }
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
            pieces.push(piece(skip + 3, PiiKind::Mobile, start, e, norm));
        }
        // Resident ID 6-8-4, or 6-8-3 + X at the end of the chain.
        if let Some((s, e, digits)) = span(3) {
            if lens.get(..3) == Some(&[6, 8, 4][..]) {
                let (first17, check) = digits.split_at(digits.len().min(17));
                if let Some(norm) = check.first().and_then(|&c| resident_id18(first17, c)) {
                    pieces.push(piece(3, PiiKind::ResidentId, s, e, norm));
                }
            } else if lens.get(..3) == Some(&[6, 8, 3][..])
                && i + 3 == chain.len()
                && self.ch(e).is_some_and(is_x)
                && self.open_right(e + 1)
                && let Some(norm) = resident_id18(&digits, 10)
            {
                let mut p = piece(3, PiiKind::ResidentId, s, e + 1, norm);
                p.ends_past_chain = true;
                pieces.push(p);
            }
        }
        // Bank card 4-4-4-4 (+1..3), but not a row of years.
        for k in [4usize, 5] {
            let shape_ok = match lens.get(..k) {
                Some([4, 4, 4, 4]) => true,
                Some([4, 4, 4, 4, last]) => (1..=3).contains(last),
                _ => false,
            };
            if !shape_ok {
                continue;
            }
            let years = rest
                .iter()
                .take(4)
                .all(|&(s, e)| (1900..=2099).contains(&number(&self.digits(s, e))));
            if let Some((s, e, digits)) = span(k)
                && !years
                && let Some(norm) = bank_card(&digits)
            {
                pieces.push(piece(k, PiiKind::BankCard, s, e, norm));
            }
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
                let end = self.byte(c.end);
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

// ---------------------------------------------------------------------------
// Scanning again after an edit

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
///   few active characters and goes one further only through such a character.
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
/// parentheses of both widths, and the separators. No rule tests for any other
/// whitespace (`\t`, `\n`, the ideographic space), so that is inert. (One inert
/// character would do as a cut by the same argument; two keep a margin.)
fn is_inert(c: char) -> bool {
    !(is_word(c)
        || is_digit(c)
        || is_x(c)
        || is_decimal_point(c)
        || is_plus(c)
        || SEPARATORS.contains(&c)
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

    fn digits_of(s: &str) -> Vec<u8> {
        s.chars().filter_map(digit_value).collect()
    }

    fn with_id_check(first17: &str) -> String {
        let check = id_check_value(&digits_of(first17)).unwrap_or(u8::MAX);
        let c = if check == 10 {
            'X'
        } else {
            char::from(b'0' + check)
        };
        format!("{first17}{c}")
    }

    fn luhn_complete(body: &str) -> String {
        (0..10u8)
            .map(|d| format!("{body}{d}"))
            .find(|s| luhn_valid(&digits_of(s)))
            .unwrap_or_default()
    }

    // ---- building blocks -------------------------------------------------

    #[test]
    fn known_id_is_valid() {
        assert_eq!(
            resident_id18(&digits_of("11010519491231002"), 10).as_deref(),
            Some("11010519491231002X")
        );
        assert_eq!(with_id_check("11010519491231002"), "11010519491231002X");
    }

    #[test]
    fn dates() {
        assert!(valid_date(2000, 2, 29));
        assert!(valid_date(2024, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2023, 2, 29));
        assert!(!valid_date(2023, 4, 31));
        assert!(!valid_date(2023, 13, 1));
        assert!(!valid_date(2023, 1, 0));
    }

    #[test]
    fn luhn_known() {
        assert!(luhn_valid(&digits_of("4111111111111111")));
        assert!(!luhn_valid(&digits_of("4111111111111112")));
    }

    #[test]
    fn credit_code_check_matches_published_example() {
        // GB 32100 check over the full alphabet, to validate the weights.
        fn full_check(code: &str) -> bool {
            const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            const WEIGHTS: [usize; 17] = [
                1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
            ];
            let vals: Vec<usize> = code.chars().filter_map(|c| ALPHABET.find(c)).collect();
            if vals.len() != 18 {
                return false;
            }
            let sum: usize = vals[..17].iter().zip(WEIGHTS).map(|(v, w)| v * w).sum();
            (31 - sum % 31) % 31 == vals[17]
        }
        assert!(full_check("91350100M000100Y43"));
        assert!(!full_check("91350100M000100Y44"));
        // The digit-only check agrees with the full one on all-digit codes.
        for n in 0..2_000u32 {
            let code = format!("91370800{:010}", n * 7_919);
            assert_eq!(
                credit_code_valid(&digits_of(&code)),
                full_check(&code),
                "{code}"
            );
        }
    }

    #[test]
    fn masking() {
        assert_eq!(mask("11010519491231002X"), "110*************2X");
        assert_eq!(mask("13812345678"), "138******78");
        assert_eq!(mask("+86 138 1234 5678"), "+86************78");
        assert_eq!(mask("123456"), "123*56");
        assert_eq!(mask("12345"), "*****");
        assert_eq!(mask(""), "");
        assert_eq!(mask("电话号码一二三四"), "电话号***三四");
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
        // Mixed separators inside one number are not a grouped form.
        assert_no_hit("138 1234-5678");
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
                .find(|s| credit_code_valid(&digits_of(s)))
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
        assert_no_hit("A11010519491231002X");
        assert_no_hit("11010519491231002XA");
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
        assert_no_hit("ORDER13812345678");
        assert_no_hit("13812345678abc");
        assert_no_hit("138 1234 5678 9012");
        assert_no_hit("12345678901");
    }

    // ---- properties ------------------------------------------------------

    fn days_in(year: u32, month: u32) -> u32 {
        (28..=31)
            .rev()
            .find(|&d| valid_date(year, month, d))
            .unwrap_or(28)
    }

    prop_compose! {
        fn birth_date()(year in 1900u32..=2099, month in 1u32..=12)
            (year in Just(year), month in Just(month), day in 1..=days_in(year, month))
            -> String {
            format!("{year:04}{month:02}{day:02}")
        }
    }

    prop_compose! {
        fn id_body()(area in 100_000u32..=999_999, date in birth_date(), seq in 0u32..=999)
            -> String {
            format!("{area}{date}{seq:03}")
        }
    }

    fn valid_id() -> impl Strategy<Value = String> {
        id_body().prop_map(|body| with_id_check(&body))
    }

    fn mobile_number() -> impl Strategy<Value = String> {
        (3u32..=9, 0u64..=999_999_999).prop_map(|(second, rest)| format!("1{second}{rest:09}"))
    }

    fn luhn_number() -> impl Strategy<Value = String> {
        (16usize..=19)
            .prop_flat_map(|len| proptest::collection::vec(0u8..=9, len - 1))
            .prop_map(|body| luhn_complete(&to_ascii(&body)))
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
            } else if card.len() == 18 && credit_code_valid(&d) {
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
                    (4u8..=6, proptest::collection::vec(0u8..=9, 14)).prop_map(|(first, rest)| {
                        let card = luhn_complete(&format!("{first}{}", to_ascii(&rest)));
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
            let texts = [format!("{pre}{number}"), format!("{number}{post}"), format!("a{number}")];
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

    // ---- scanning again after an edit ------------------------------------

    /// Pieces of text rich in what the rules look at: digits of both widths,
    /// separators, decimal points, plus signs, parentheses, `X`, letters, and
    /// inert characters (Han, quotes, newlines, tabs, punctuation).
    const PIECES: &[&str] = &[
        "0", "1", "3", "6", "8", "9", "０", "１", "８", " ", " ", "-", "-", ".", "．", "+", "＋",
        "(", ")", "（", "）", "X", "x", "Ｘ", "a", "Z", "ａ", "汉", "号", "\"", "\n", "\t", ",",
        "，", "<", "/", ">", "：", "　", "86", "0086", "+86 ", "(+86)", "138", "1234", "5678",
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
            "手机：A+86 13812345678",
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
        assert_edit(old, &old.replace("1234 ", "1234-"), &[]);
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
        for c in ['"', '<', ',', '，', '。', '汉', '\n', '\t', '　', '/', ':'] {
            assert!(is_inert(c), "{c:?}");
        }
        for c in "0９aZａＺXxＸｘ.．+＋()（） -".chars() {
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
