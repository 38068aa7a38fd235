//! 核验码: a short fingerprint of an item's content, printed on the notice and shown on
//! its web page, so a reader can check that paper and screen say the same.
//!
//! The fingerprint is the first 8 hex digits of the SHA-256 of the item's canonical data:
//! - a data item: its `data.json` with the three values that change without the item
//!   changing left out (`item.status` and `item.status_label`, which follow the build
//!   date, and `item.corrected_by`, which follows other items), keys sorted, written as
//!   pretty JSON with two-space indents and a final newline — what
//!   `jq -S 'del(.item.status, .item.status_label, .item.corrected_by)' data.json`
//!   prints;
//! - a notice: its Markdown file as read (UTF-8 without BOM, LF line ends).
//!
//! This module owns only that definition; `sha2` is used nowhere else.

use sha2::{Digest, Sha256};

/// How many hex digits are shown.
const SHOWN: usize = 8;

/// `item` fields of `data.json` that change while the item stays the same.
const VOLATILE: [&str; 3] = ["status", "status_label", "corrected_by"];

/// The fingerprint of a data item, from its `data.json` text.
pub fn of_data_json(data_json: &str) -> String {
    of_bytes(canonical_data(data_json).as_bytes())
}

/// The fingerprint of a notice, from its source text.
pub fn of_text(text: &str) -> String {
    of_bytes(text.as_bytes())
}

/// `data.json` without its volatile fields, keys sorted (serde_json's map is ordered by
/// key), pretty-printed with a final newline. Text that is not JSON (never the case for
/// what `exports` writes) is taken as it is.
fn canonical_data(data_json: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(data_json) else {
        return data_json.to_string();
    };
    if let Some(item) = value.get_mut("item").and_then(|i| i.as_object_mut()) {
        for key in VOLATILE {
            item.remove(key);
        }
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// First `SHOWN` lowercase hex digits of the SHA-256 of `bytes`.
fn of_bytes(bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
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
    fn status_does_not_change_the_fingerprint_but_content_does() {
        let open = "{\"format\": \"gongkai-data/1\", \"item\": {\"title\": \"t\", \"status\": \"open\", \"status_label\": \"公示中\", \"corrected_by\": []}, \"tables\": []}";
        let closed = "{\"format\": \"gongkai-data/1\", \"item\": {\"title\": \"t\", \"status\": \"closed\", \"status_label\": \"公示期满\", \"corrected_by\": [{\"href\": \"x\"}]}, \"tables\": []}";
        let edited = "{\"format\": \"gongkai-data/1\", \"item\": {\"title\": \"T\", \"status\": \"open\", \"status_label\": \"公示中\", \"corrected_by\": []}, \"tables\": []}";
        assert_eq!(of_data_json(open), of_data_json(closed));
        assert_ne!(of_data_json(open), of_data_json(edited));
    }

    #[test]
    fn canonical_form_is_sorted_pretty_json() {
        let text = canonical_data(
            "{\"tables\": [], \"item\": {\"title\": \"标题\", \"status\": \"open\"}, \"format\": \"f\"}",
        );
        assert_eq!(
            text,
            "{\n  \"format\": \"f\",\n  \"item\": {\n    \"title\": \"标题\"\n  },\n  \"tables\": []\n}\n"
        );
        assert_eq!(of_data_json("{}"), of_text("{}\n"));
    }
}
