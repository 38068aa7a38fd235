//! Test-only: the walk `runs::scan_utf8` made before it looked only for digits, kept as
//! it was to test the faster one against. It classes every character: an ASCII byte by
//! `runs::BYTE_CLASS`, a Han character by its bytes, any other by decoding it.

use super::PiiHit;
use super::classes::is_digit;
use super::rescan::is_inert;
use super::runs::{ACTIVE, BYTE_CLASS, DIGIT, MIN_DIGITS, is_han, run_hits};

/// What `runs::scan_utf8` gives, found by classing every character of `bytes`.
pub(super) fn scan_utf8(bytes: &[u8]) -> Option<Vec<PiiHit>> {
    let mut hits = Vec::new();
    let mut run_start = 0;
    let mut digits = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (inert, digit, len) = if b < 0x80 {
            match BYTE_CLASS[usize::from(b)] {
                ACTIVE => {
                    i += 1;
                    continue;
                }
                DIGIT => (false, true, 1),
                _ => (true, false, 1),
            }
        } else if is_han(bytes, i) {
            (true, false, 3)
        } else {
            let len = match b {
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => return None,
            };
            let one = bytes.get(i..i + len)?;
            let c = std::str::from_utf8(one).ok()?.chars().next()?;
            (is_inert(c), is_digit(c), len)
        };
        if inert {
            if digits >= MIN_DIGITS {
                run_hits(bytes, run_start, i, &mut hits)?;
            }
            run_start = i + len;
            digits = 0;
        } else if digit {
            digits += 1;
        }
        i += len;
    }
    if digits >= MIN_DIGITS {
        run_hits(bytes, run_start, bytes.len(), &mut hits)?;
    }
    Some(hits)
}
