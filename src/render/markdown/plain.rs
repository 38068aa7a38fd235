//! Plain text of a notice, for the search index and summaries.

use comrak::Arena;
use comrak::arena_tree::NodeEdge;
use comrak::nodes::{AstNode, NodeValue};

use super::autolink::parse;
use super::{comrak_options, normalize_line_endings};

/// Plain text of the Markdown for search indexes, summaries and page
/// descriptions: no tags, entities decoded, whitespace collapsed to single
/// spaces and trimmed. Raw HTML and footnote reference marks are left out;
/// image alt text, code and footnote text are kept. A soft line break between
/// two CJK characters disappears (as CSS does), elsewhere it becomes a space.
pub fn plain_text(markdown: &str) -> String {
    let source = normalize_line_endings(markdown);
    let arena = Arena::new();
    let parsed = parse(&arena, &source, &comrak_options(false));
    plain_of(parsed.root)
}

/// The plain text of a parsed document (see `plain_text`), so a render that parsed the
/// Markdown already does not parse it again for the search index.
pub(super) fn plain_of<'a>(root: &'a AstNode<'a>) -> String {
    let mut raw = String::new();
    push_raw(root, &mut raw);
    collapse_whitespace(&raw)
}

/// The text of a parsed document (or of one part of a long one) before its whitespace
/// is collapsed: `collapse_whitespace` of the parts' texts in a row is the whole's.
pub(super) fn push_raw<'a>(root: &'a AstNode<'a>, raw: &mut String) {
    for edge in root.traverse() {
        match edge {
            NodeEdge::Start(node) => match &node.data().value {
                NodeValue::Text(text) => push_plain(raw, text),
                NodeValue::Code(code) => push_plain(raw, &code.literal),
                NodeValue::CodeBlock(block) => push_plain(raw, &block.literal),
                NodeValue::SoftBreak => raw.push(SOFT_BREAK),
                NodeValue::LineBreak => raw.push(' '),
                _ => {}
            },
            NodeEdge::End(node) => {
                if node.data().value.block() {
                    raw.push(' ');
                }
            }
        }
    }
}

const SOFT_BREAK: char = '\n';

fn push_plain(out: &mut String, text: &str) {
    out.extend(text.chars().map(|c| match c {
        '\0' => '\u{FFFD}',
        c if c.is_whitespace() => ' ',
        c => c,
    }));
}

pub(super) fn collapse_whitespace(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    // Some(only_soft_breaks) while inside a whitespace run.
    let mut pending: Option<bool> = None;
    for c in raw.chars() {
        if c.is_whitespace() {
            let soft = c == SOFT_BREAK;
            pending = Some(pending.map_or(soft, |only_soft| only_soft && soft));
            continue;
        }
        if let Some(only_soft) = pending.take() {
            let joins_cjk = only_soft && out.chars().next_back().is_some_and(is_cjk) && is_cjk(c);
            if !out.is_empty() && !joins_cjk {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// East Asian wide scripts that are written without spaces (Hangul excluded,
/// as in CSS segment-break rules).
fn is_cjk(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2E80..=0x2FFF
            | 0x3000..=0x303F
            | 0x3040..=0x30FF
            | 0x3100..=0x312F
            | 0x3190..=0x31FF
            | 0x3200..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFF
    )
}
