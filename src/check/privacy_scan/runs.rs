//! The fast way through a large text: only the runs of characters the scanner reads
//! (see `rescan::is_inert`) that hold enough digits to be a number are scanned.
//!
//! Every inert character is a place where the scan splits (`rescan` proves it, and its
//! property tests check it), so the hits of a text are the hits of its runs of active
//! characters, each shifted by where the run starts; and a run with fewer digits than the
//! shortest number (a mobile's 11) holds none. A page is mostly markup and Han
//! characters, so most of it is never looked at twice, and no per-character table of
//! the whole text is made (a 25 MB file once cost the recogniser 400 MB).

use super::PiiHit;
use super::classes::is_digit;
use super::recognise;
use super::rescan::is_inert;

/// The fewest digits any hit has: a mobile number's 11.
const MIN_DIGITS: usize = 11;

/// Finds resident IDs, mobile numbers and bank card numbers in `text`: exactly what
/// scanning the whole text at once finds, see `recognise::scan_text`.
pub fn scan(text: &str) -> Vec<PiiHit> {
    let mut hits = Vec::new();
    let mut run_start = 0;
    let mut digits = 0;
    let mut flush = |start: usize, end: usize, digits: usize| {
        if digits >= MIN_DIGITS {
            hits.extend(
                recognise::scan_text(&text[start..end])
                    .into_iter()
                    .map(|h| PiiHit {
                        start: h.start + start,
                        end: h.end + start,
                        ..h
                    }),
            );
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (inert, digit, len) = match bytes[i] {
            b @ 0..0x80 => (ASCII_INERT[usize::from(b)], b.is_ascii_digit(), 1),
            _ => match text[i..].chars().next() {
                Some(c) => (is_inert(c), is_digit(c), c.len_utf8()),
                None => break,
            },
        };
        if inert {
            flush(run_start, i, digits);
            run_start = i + len;
            digits = 0;
        } else if digit {
            digits += 1;
        }
        i += len;
    }
    flush(run_start, text.len(), digits);
    hits
}

/// `is_inert` of every ASCII character, looked up rather than worked out.
static ASCII_INERT: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        table[b] =
            !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | ' ' | '-' | '(' | ')' | '\0'));
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_table_agrees_with_is_inert() {
        for b in 0u8..128 {
            assert_eq!(
                ASCII_INERT[usize::from(b)],
                is_inert(char::from(b)),
                "{b:#x}"
            );
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
}
