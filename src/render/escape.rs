//! The one escaper for HTML and XML that gongkai writes itself, outside the templates (Tera
//! escapes those): the Atom feed and sitemap, inline SVG charts, QR codes.
//!
//! Owns what "escaped" means for such text: `&`, `<`, `>` and `"` become entities, and the
//! characters XML 1.0 cannot carry (C0 controls other than tab and line ends, U+FFFE,
//! U+FFFF) are dropped, so a stray control character in a title cannot make the feed or
//! a chart unreadable. `'` is kept as it is: every attribute gongkai writes is quoted with
//! `"`, and published feeds show it plainly (`Workers' congress`).
//!
//! Must not: know where the text goes; callers escape every text they place, whatever
//! its source.

/// `s` made safe as XML or HTML text content or as a double-quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_unfit_characters_dropped() {
        assert_eq!(
            escape("A&B <x> \"q\" 'a'\u{1}\u{ffff}\t中"),
            "A&amp;B &lt;x&gt; &quot;q&quot; 'a'\t中"
        );
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }
}
