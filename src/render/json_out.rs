//! A small JSON writer that streams into any `io::Write`, in one of two forms: the
//! `data.json` text, or the canonical data the 核验码 hashes (the same document without
//! the words of the site's language, see `fingerprint`).
//!
//! It writes exactly what `jq -c` prints for the same document, so anyone can recompute
//! the canonical form from `data.json` with jq: strings escape `"`, `\`, control
//! characters and DEL as jq does (`\n`, `\u001f`, `\u007f`), numbers are written in their
//! shortest form (`100`, `33.3`, never `100.0`), keys keep the order written.
//!
//! Must not: decide what a document holds (`exports` does).

use std::io::Write;

use crate::model::Decimal2;

/// Streams one JSON document.
pub struct JsonOut<W: Write> {
    out: W,
    canonical: bool,
    /// Per open container: whether a value was written in it (a comma comes next).
    open: Vec<bool>,
    /// A key was just written: its value takes no comma.
    after_key: bool,
    /// The comma before the next value is written already (before a line break).
    comma_written: bool,
    /// The first write error; later writes are skipped.
    error: Option<std::io::Error>,
}

impl<W: Write> JsonOut<W> {
    /// A writer of `data.json` (`canonical` false) or of the canonical data.
    pub fn new(out: W, canonical: bool) -> JsonOut<W> {
        JsonOut {
            out,
            canonical,
            open: Vec::new(),
            after_key: false,
            comma_written: false,
            error: None,
        }
    }

    /// The writer back, or the first error.
    pub fn finish(self) -> std::io::Result<W> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }

    /// True when the words of the site's language are written (`data.json`), false for
    /// the canonical data.
    pub fn words(&self) -> bool {
        !self.canonical
    }

    fn raw(&mut self, bytes: &[u8]) {
        if self.error.is_none()
            && let Err(e) = self.out.write_all(bytes)
        {
            self.error = Some(e);
        }
    }

    /// A comma before every value but the first of its container.
    fn sep(&mut self) {
        if std::mem::take(&mut self.after_key) {
            return;
        }
        if std::mem::take(&mut self.comma_written) {
            return;
        }
        if let Some(written) = self.open.last_mut()
            && std::mem::replace(written, true)
        {
            self.raw(b",");
        }
    }

    /// A line break before the next value (in `data.json` only: the canonical form is
    /// one line), after the comma that value needs.
    pub fn newline(&mut self) {
        if self.canonical {
            return;
        }
        if !self.after_key && !self.comma_written && self.open.last() == Some(&true) {
            self.raw(b",");
            self.comma_written = true;
        }
        self.raw(b"\n");
    }

    /// A line break before a closing bracket (in `data.json` only).
    pub fn line_end(&mut self) {
        if !self.canonical {
            self.raw(b"\n");
        }
    }

    /// `{`.
    pub fn begin_object(&mut self) {
        self.sep();
        self.raw(b"{");
        self.open.push(false);
    }

    /// `}`.
    pub fn end_object(&mut self) {
        self.open.pop();
        self.raw(b"}");
    }

    /// `[`.
    pub fn begin_array(&mut self) {
        self.sep();
        self.raw(b"[");
        self.open.push(false);
    }

    /// `]`.
    pub fn end_array(&mut self) {
        self.open.pop();
        self.raw(b"]");
    }

    /// An object key; the next value is its value.
    pub fn key(&mut self, key: &str) {
        self.sep();
        self.string_body(key);
        self.raw(b":");
        self.after_key = true;
    }

    /// A string value.
    pub fn str(&mut self, s: &str) {
        self.sep();
        self.string_body(s);
    }

    /// A string value, or `null`.
    pub fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    /// `null`.
    pub fn null(&mut self) {
        self.sep();
        self.raw(b"null");
    }

    /// `true` or `false`.
    pub fn bool(&mut self, b: bool) {
        self.sep();
        self.raw(if b { b"true" } else { b"false" });
    }

    /// A whole number.
    pub fn int(&mut self, n: i64) {
        self.sep();
        self.raw(n.to_string().as_bytes());
    }

    /// A decimal with at most two places, shortest form (`20.5`, `22`).
    pub fn decimal(&mut self, d: Decimal2) {
        self.sep();
        self.raw(d.to_string().as_bytes());
    }

    /// A per-mille value as a percentage, shortest form (`333` -> `33.3`, `1000` -> `100`).
    pub fn percent(&mut self, permille: i64) {
        self.sep();
        let sign = if permille < 0 { "-" } else { "" };
        let abs = permille.unsigned_abs();
        let text = match abs % 10 {
            0 => format!("{sign}{}", abs / 10),
            d => format!("{sign}{}.{d}", abs / 10),
        };
        self.raw(text.as_bytes());
    }

    /// `key` and a string value, in one call.
    pub fn field_str(&mut self, key: &str, s: &str) {
        self.key(key);
        self.str(s);
    }

    fn string_body(&mut self, s: &str) {
        self.raw(b"\"");
        let bytes = s.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escaped: Option<&[u8]> = match b {
                b'"' => Some(b"\\\""),
                b'\\' => Some(b"\\\\"),
                b'\n' => Some(b"\\n"),
                b'\t' => Some(b"\\t"),
                b'\r' => Some(b"\\r"),
                0x08 => Some(b"\\b"),
                0x0c => Some(b"\\f"),
                _ => None,
            };
            let control = b < 0x20 || b == 0x7f;
            if escaped.is_none() && !control {
                continue;
            }
            self.raw(&bytes[start..i]);
            match escaped {
                Some(e) => self.raw(e),
                None => self.raw(format!("\\u{b:04x}").as_bytes()),
            }
            start = i + 1;
        }
        self.raw(&bytes[start..]);
        self.raw(b"\"");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(f: impl FnOnce(&mut JsonOut<Vec<u8>>)) -> String {
        let mut out = JsonOut::new(Vec::new(), false);
        f(&mut out);
        String::from_utf8(out.finish().unwrap()).unwrap()
    }

    #[test]
    fn writes_what_jq_prints() {
        let text = written(|o| {
            o.begin_object();
            o.field_str("s", "a\"\\\n\t\u{1}\u{7f}/é");
            o.key("n");
            o.begin_array();
            o.percent(1000);
            o.percent(333);
            o.percent(-5);
            o.decimal(Decimal2(2050));
            o.int(-3);
            o.null();
            o.bool(true);
            o.end_array();
            o.end_object();
        });
        assert_eq!(
            text,
            "{\"s\":\"a\\\"\\\\\\n\\t\\u0001\\u007f/é\",\"n\":[100,33.3,-0.5,20.5,-3,null,true]}"
        );
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed["s"], "a\"\\\n\t\u{1}\u{7f}/é");
    }
}
