//! A long text in parts. comrak's tree of a Markdown text is some eight times the text
//! (a 100 MB notice made 760 MB of nodes), so a text longer than twice `PART` is parsed
//! and rendered a part at a time, each part's tree freed before the next is made.
//!
//! A part ends only where the parse of the whole text starts a new top-level block
//! anyway, so the parts give the whole text's HTML byte for byte: at the start of a line
//! that follows an empty line and begins with a letter, a Han character or `#` (no list
//! item, quote, code, HTML or table row, so every block before it is closed there), and
//! only when the part's last block is not one that runs on across empty lines (a fenced
//! code block without its closing fence, an HTML block of the kinds that end at their
//! closing tag). Link reference definitions and footnotes reach across the whole text:
//! a text with either (`]:`, `[^`) is parsed whole.

use comrak::nodes::{AstNode, NodeValue};

/// A part is at least this long (but for the last).
pub(super) const PART: usize = 256 << 10;

/// Whether `text` is parsed in parts of at least `part` bytes.
pub(super) fn in_parts(text: &str, part: usize) -> bool {
    text.len() > part.saturating_mul(2) && !text.contains("]:") && !text.contains("[^")
}

/// The first place at or after `from` where a part may start (see the module's words).
pub(super) fn next_cut(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        // Bytes, not chars: `from` may fall inside a character.
        let found = bytes.get(at..)?.windows(2).position(|w| w == b"\n\n")?;
        let start = at + found + 2;
        let first = text.get(start..)?.chars().next()?;
        if first == '#' || first.is_alphabetic() {
            return Some(start);
        }
        at = start - 1;
    }
}

/// True when the last top-level block of a part's tree may go on past the part's end
/// in the whole text.
pub(super) fn open_at_end<'a>(root: &'a AstNode<'a>) -> bool {
    let Some(last) = root.last_child() else {
        return false;
    };
    match &last.data().value {
        NodeValue::CodeBlock(code) => code.fenced && !code.closed,
        NodeValue::HtmlBlock(html) => (1..=5).contains(&html.block_type),
        _ => false,
    }
}
