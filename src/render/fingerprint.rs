//! 核验码: a short fingerprint of an item's content, printed on the notice and shown on
//! its web page, so a reader can check that paper and screen say the same.
//!
//! The fingerprint is the first 8 hex digits of the SHA-256 of the item's canonical data:
//! - a data item: its `data.json` (format `gongkai-data/2`) without what changes while
//!   the item does not and without the words of the site's language: the `page` member
//!   (status, which follows the build date; `corrected_by`, which follows later items;
//!   links; labels), `facts`, and every `label`, `caption` and `in_words` member, written
//!   as one line of compact JSON with no final newline. That is what
//!   `jq -cj 'del(.page, .facts, (.. | .label?, .caption?, .in_words?))' data.json`
//!   prints, so the code is the same whatever `language:` says, and anyone can
//!   recompute it. The canonical data is streamed into the hash by the code that writes
//!   `data.json` (`exports::write_data`), never parsed back;
//! - a notice: its Markdown file as read (UTF-8 without BOM, LF line ends).
//!
//! This module owns only that definition; `sha2` is used nowhere else.

use std::io::Write;

use sha2::{Digest, Sha256};

use crate::check::CheckedItem;
use crate::render::exports;
use crate::render::json_out::JsonOut;
use crate::render::views::{BodyView, ItemSummary};

/// How many hex digits are shown.
const SHOWN: usize = 8;

/// The fingerprint of a data item: its canonical data, streamed into the hash.
pub fn of_data(checked: &CheckedItem, summary: &ItemSummary, body: &BodyView) -> String {
    let mut out = JsonOut::new(Hasher(Sha256::new()), true);
    exports::write_data(&mut out, checked, summary, body);
    match out.finish() {
        Ok(Hasher(hash)) => shown(&hash.finalize()),
        // Writing into a hash cannot fail.
        Err(_) => String::new(),
    }
}

/// The fingerprint of a notice, from its source text.
pub fn of_text(text: &str) -> String {
    shown(&Sha256::digest(text.as_bytes()))
}

/// A hash that takes bytes as they are written.
struct Hasher(Sha256);

impl Write for Hasher {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// First `SHOWN` lowercase hex digits of `hash`.
fn shown(hash: &[u8]) -> String {
    let mut hex = String::with_capacity(SHOWN);
    for b in hash.iter().take(SHOWN / 2) {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors() {
        // SHA-256("abc") = ba7816bf 8f01cfea ... (FIPS 180-2, appendix B.1).
        assert_eq!(of_text("abc"), "ba7816bf");
        // SHA-256("") = e3b0c442 98fc1c14 ...
        assert_eq!(of_text(""), "e3b0c442");
    }

    #[test]
    fn streaming_hashes_what_one_digest_hashes() {
        let mut h = Hasher(Sha256::new());
        h.write_all(b"a").unwrap();
        h.write_all(b"bc").unwrap();
        assert_eq!(shown(&h.0.finalize()), of_text("abc"));
    }
}
