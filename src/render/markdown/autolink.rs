//! Bare URLs in Chinese prose. GFM ends a bare URL only at whitespace or `<`, and Chinese
//! has no spaces, so `详见https://x.cn/a。请于**4月5日**前` would be one link swallowing
//! the rest of the line. Here the URL part is delimited as a CommonMark autolink before a
//! second parse, and positions are mapped back to the text as written.

use std::borrow::Cow;

use comrak::nodes::{AstNode, LineColumn, NodeValue};
use comrak::{Arena, Options, parse_document};

use super::positions::line_starts;

/// Bound on parses for bare URLs followed by CJK punctuation. Each pass fixes
/// every such URL it sees; a URL that was swallowed by the one before it
/// (`https://a.cn、https://b.cn、…` with no space) surfaces one pass later.
/// Past the bound, the rest of such a chain stays as comrak parses it.
const MAX_PARSES: usize = 32;

/// The parsed document and how to map its source positions back to the
/// text we were given.
pub(super) struct Parsed<'a> {
    pub root: &'a AstNode<'a>,
    /// Byte offset of each line start in the text comrak parsed.
    pub parsed_line_starts: Vec<usize>,
    pub rewrite: Rewrite,
}

impl Parsed<'_> {
    /// Byte offset in the parsed text of a comrak position (1-based line,
    /// 1-based byte column).
    fn parsed_offset(&self, at: LineColumn) -> usize {
        let line_start = at
            .line
            .checked_sub(1)
            .and_then(|index| self.parsed_line_starts.get(index))
            .copied()
            .unwrap_or(0);
        line_start + at.column.saturating_sub(1)
    }

    /// Byte offset in the original text of a comrak position.
    pub(super) fn original_offset(&self, at: LineColumn) -> usize {
        self.rewrite.to_original(self.parsed_offset(at))
    }
}

/// GFM ends a bare URL only at whitespace or `<`. Chinese prose has no spaces,
/// so `详见https://x.cn/a。请于**4月5日**前报名[^1]` would become one link
/// swallowing the rest of the line, emphasis and footnote reference included.
/// We parse, find bare autolinks that contain CJK punctuation, delimit the URL
/// part in the source as a CommonMark autolink (`<https://x.cn/a>`, which
/// renders exactly like the bare URL) and parse again. Positions are mapped
/// back through [`Rewrite`], so callers only ever see the original text.
pub(super) fn parse<'a>(arena: &'a Arena<'a>, source: &str, options: &Options<'_>) -> Parsed<'a> {
    let mut rewrite = Rewrite::default();
    let mut passes = 0;
    loop {
        passes += 1;
        let text = rewrite.apply(source);
        let root = parse_document(arena, &text, options);
        let parsed = Parsed {
            root,
            parsed_line_starts: line_starts(&text),
            rewrite: rewrite.clone(),
        };
        let cuts = if passes < MAX_PARSES {
            autolink_cuts(&parsed, &text)
        } else {
            Vec::new()
        };
        if cuts.is_empty() {
            strip_added_http_prefixes(&parsed, source);
            return parsed;
        }
        for cut in cuts {
            rewrite.insert(cut.start, cut.prefix);
            rewrite.insert(cut.end, ">");
        }
    }
}

/// A bare URL to delimit: original byte offsets of its start and of the end of
/// the part that belongs to the URL, and what to put before it.
struct Cut {
    start: usize,
    end: usize,
    prefix: &'static str,
}

fn autolink_cuts(parsed: &Parsed<'_>, text: &str) -> Vec<Cut> {
    let mut cuts = Vec::new();
    for node in parsed.root.descendants() {
        let data = node.data();
        let NodeValue::Link(link) = &data.value else {
            continue;
        };
        let Some(label) = node.first_child().filter(|c| c.next_sibling().is_none()) else {
            continue;
        };
        let Some(label) = label.data().value.text().map(str::to_owned) else {
            continue;
        };
        let Some(cut) = label.find(is_cjk_punctuation) else {
            continue;
        };
        let kept = trim_url_end(&label[..cut]);
        // What comrak makes of `<kept>` (or `<http://kept>`) is the same link.
        // (E-mail autolinks never contain CJK punctuation.)
        let prefix = if link.url == label {
            "<"
        } else if link.url.strip_prefix("http://") == Some(label.as_str()) {
            "<http://"
        } else {
            continue;
        };
        let start = parsed.original_offset(data.sourcepos.start);
        let parsed_start = parsed.parsed_offset(data.sourcepos.start);
        // Only bare URLs, exactly as written, and only if `<…>` can hold them
        // (a backslash before `<` would escape it, one before `>` is literal).
        let bare = text
            .get(parsed_start..)
            .is_some_and(|t| t.starts_with(kept));
        let after_backslash = text.get(..parsed_start).is_some_and(|t| t.ends_with('\\'));
        if bare
            && !after_backslash
            && !kept.is_empty()
            && !kept.ends_with('\\')
            && !kept.contains(['<', '>'])
        {
            cuts.push(Cut {
                start,
                end: start + kept.len(),
                prefix,
            });
        }
    }
    cuts
}

/// GFM's rule for what may not end a bare URL: trailing `?!.,:*_~'"` and
/// unbalanced closing parentheses.
fn trim_url_end(url: &str) -> &str {
    let mut url = url;
    loop {
        let trimmed = url.trim_end_matches(['?', '!', '.', ',', ':', '*', '_', '~', '\'', '"']);
        let trimmed = match trimmed.strip_suffix(')') {
            Some(inner) if trimmed.matches(')').count() > trimmed.matches('(').count() => inner,
            _ => trimmed,
        };
        if trimmed.len() == url.len() {
            return url;
        }
        url = trimmed;
    }
}

/// `www.x.cn` became `<http://www.x.cn>`: show it as written again.
fn strip_added_http_prefixes(parsed: &Parsed<'_>, source: &str) {
    if !parsed.rewrite.inserts.iter().any(|(_, s)| *s == "<http://") {
        return;
    }
    for node in parsed.root.descendants() {
        if !matches!(node.data().value, NodeValue::Link(_)) {
            continue;
        }
        let start = parsed.original_offset(node.data().sourcepos.start);
        let added = parsed
            .rewrite
            .inserts
            .iter()
            .any(|&(at, s)| at == start && s == "<http://");
        if !added || !source.get(start..).is_some_and(|t| t.starts_with("www.")) {
            continue;
        }
        if let Some(label) = node.first_child()
            && let Some(text) = label.data_mut().value.text_mut()
            && let Some(rest) = text.strip_prefix("http://")
        {
            *text = Cow::Owned(rest.to_owned());
        }
    }
}

/// Text inserted into the original source before parsing, at original byte
/// offsets (kept sorted; never inside a character, never a line break).
#[derive(Clone, Default)]
pub(super) struct Rewrite {
    inserts: Vec<(usize, &'static str)>,
}

impl Rewrite {
    fn insert(&mut self, at: usize, text: &'static str) {
        let index = self.inserts.partition_point(|&(a, _)| a <= at);
        self.inserts.insert(index, (at, text));
    }

    fn apply<'s>(&self, source: &'s str) -> Cow<'s, str> {
        if self.inserts.is_empty() {
            return Cow::Borrowed(source);
        }
        let mut out = String::with_capacity(source.len() + 16 * self.inserts.len());
        let mut done = 0;
        for &(at, text) in &self.inserts {
            if let Some(piece) = source.get(done..at) {
                out.push_str(piece);
                done = at;
            }
            out.push_str(text);
        }
        out.push_str(source.get(done..).unwrap_or(""));
        Cow::Owned(out)
    }

    /// Maps a byte offset in the rewritten text to the original text; an
    /// offset inside inserted text maps to where it was inserted.
    fn to_original(&self, rewritten: usize) -> usize {
        let mut shift = 0;
        for &(at, text) in &self.inserts {
            if rewritten < at + shift {
                break;
            }
            if rewritten < at + shift + text.len() {
                return at;
            }
            shift += text.len();
        }
        rewritten - shift
    }
}

/// Punctuation that never ends a URL typed in Chinese text: CJK symbols and
/// punctuation (、。「」《》【】…), full-width forms (，：；！？（）), and the
/// curly quotes, dashes and ellipsis used in Chinese.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2010..=0x201F | 0x2026 | 0x3000..=0x303F | 0xFE10..=0xFE1F | 0xFE30..=0xFE6F | 0xFF00..=0xFFEF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrite_maps_offsets_back() {
        let mut rewrite = Rewrite::default();
        rewrite.insert(10, ">");
        rewrite.insert(2, "<http://");
        assert_eq!(rewrite.apply("ab0123456789cd"), "ab<http://01234567>89cd");
        assert_eq!(rewrite.to_original(0), 0);
        assert_eq!(rewrite.to_original(2), 2);
        assert_eq!(rewrite.to_original(9), 2);
        assert_eq!(rewrite.to_original(10), 2);
        assert_eq!(rewrite.to_original(18), 10);
        assert_eq!(rewrite.to_original(19), 10);
        assert_eq!(rewrite.to_original(20), 11);
    }
}
