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
    let mut plain = Plain::default();
    plain.add(root);
    plain.out
}

impl Plain {
    /// Adds the text of a parsed document, or of one part of a long one: the parts
    /// added in a row give the whole's text.
    pub(super) fn add<'a>(&mut self, root: &'a AstNode<'a>) {
        for edge in root.traverse() {
            match edge {
                NodeEdge::Start(node) => match &node.data().value {
                    NodeValue::Text(text) => self.text(text),
                    NodeValue::Code(code) => self.text(&code.literal),
                    NodeValue::CodeBlock(block) => self.text(&block.literal),
                    NodeValue::SoftBreak => self.space(true),
                    NodeValue::LineBreak => self.space(false),
                    _ => {}
                },
                NodeEdge::End(node) => {
                    if node.data().value.block() {
                        self.space(false);
                    }
                }
            }
        }
    }

    /// The text made.
    pub(super) fn finish(self) -> String {
        self.out
    }
}

/// The plain text as it is made, in one pass: every whitespace character (and each break
/// and block end) is a space, a run of them one space, none at either end, and none
/// where the run is only soft line breaks between two CJK characters; `\0` becomes
/// U+FFFD. Runs of other characters are copied as they are.
#[derive(Default)]
pub(super) struct Plain {
    out: String,
    /// Inside a run of whitespace: whether it is only soft line breaks so far.
    pending: Option<bool>,
    /// The last character written.
    last: Option<char>,
}

impl Plain {
    /// Whitespace: a soft line break or another.
    fn space(&mut self, soft: bool) {
        self.pending = Some(self.pending.map_or(soft, |only_soft| only_soft && soft));
    }

    /// Text: its whitespace as `space`, the runs between copied.
    fn text(&mut self, text: &str) {
        let mut run = None;
        for (i, c) in text.char_indices() {
            if c == '\0' || c.is_whitespace() {
                if let Some(start) = run.take() {
                    self.push(&text[start..i]);
                }
                match c {
                    '\0' => self.push("\u{FFFD}"),
                    _ => self.space(false),
                }
            } else if run.is_none() {
                run = Some(i);
            }
        }
        if let Some(start) = run {
            self.push(&text[start..]);
        }
    }

    /// Writes `run` (no whitespace, not empty), after the space a pending run of
    /// whitespace stands for.
    fn push(&mut self, run: &str) {
        let (Some(first), Some(last)) = (run.chars().next(), run.chars().next_back()) else {
            return;
        };
        if let Some(only_soft) = self.pending.take() {
            let joins_cjk = only_soft && self.last.is_some_and(is_cjk) && is_cjk(first);
            if !self.out.is_empty() && !joins_cjk {
                self.out.push(' ');
            }
        }
        self.out.push_str(run);
        self.last = Some(last);
    }
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Plain, is_cjk};

    /// The rule of `Plain` written the plain way: every character mapped, then the
    /// whitespace collapsed in a second pass (`\n` standing for a soft break).
    fn two_passes(pieces: &[(bool, String)]) -> String {
        let mut raw = String::new();
        for (is_text, piece) in pieces {
            match is_text {
                true => raw.extend(piece.chars().map(|c| match c {
                    '\0' => '\u{FFFD}',
                    c if c.is_whitespace() => ' ',
                    c => c,
                })),
                false => raw.push(if piece.is_empty() { ' ' } else { '\n' }),
            }
        }
        let mut out = String::new();
        let mut pending: Option<bool> = None;
        for c in raw.chars() {
            if c.is_whitespace() {
                let soft = c == '\n';
                pending = Some(pending.map_or(soft, |only_soft| only_soft && soft));
                continue;
            }
            if let Some(only_soft) = pending.take() {
                let joins = only_soft && out.chars().next_back().is_some_and(is_cjk) && is_cjk(c);
                if !out.is_empty() && !joins {
                    out.push(' ');
                }
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn one_pass_is_the_two_pass_rule(
            pieces in prop::collection::vec(
                (any::<bool>(), "[a \\t\\n\\u{3000}\\u{0}工资。，Ａ1\\u{a0}]{0,6}"),
                0..12,
            )
        ) {
            // A piece that is not text is a break: soft when its string is not empty.
            let mut plain = Plain::default();
            for (is_text, piece) in &pieces {
                match is_text {
                    true => plain.text(piece),
                    false => plain.space(!piece.is_empty()),
                }
            }
            prop_assert_eq!(plain.out, two_passes(&pieces));
        }
    }
}
