//! Positions: comrak reports byte columns of the text it parsed; callers get 1-based
//! line and `char` column of the text they gave, and a refused raw-HTML use is placed at
//! its literal even where comrak's inline position is off.

use super::{RawHtmlUse, SourcePos};

/// How much of a refused raw-HTML use a report shows.
pub(super) const SNIPPET_CHARS: usize = 40;

/// Byte offset of the start of each line of `text`.
pub(super) fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// A refused raw-HTML use: where its literal starts, and the start of its text.
pub(super) fn raw_html_use(
    lines: &mut SourceLines<'_>,
    reported: SourcePos,
    literal: &str,
) -> RawHtmlUse {
    let literal = literal.trim_end_matches('\n');
    RawHtmlUse {
        pos: snap_to_literal(lines, reported, literal),
        snippet: literal.chars().take(SNIPPET_CHARS).collect(),
    }
}

/// comrak documents inline source positions as best-effort, but a raw HTML
/// literal is verbatim source text, so we check the position against the
/// source line and move it to the nearest real occurrence if it is off.
fn snap_to_literal(lines: &mut SourceLines<'_>, reported: SourcePos, literal: &str) -> SourcePos {
    let needle = literal.lines().next().unwrap_or("").trim_start();
    let Some((line, starts)) = lines.line(reported.line) else {
        return reported;
    };
    let matches_at = |column: usize| {
        column
            .checked_sub(1)
            .and_then(|index| starts.get(index))
            .is_some_and(|&byte| line[byte..].starts_with(needle))
    };
    if needle.is_empty() || matches_at(reported.column) {
        return reported;
    }
    let columns: Vec<usize> = (1..=starts.len()).filter(|&c| matches_at(c)).collect();
    let column = columns
        .iter()
        .find(|&&c| c > reported.column)
        .or_else(|| columns.last())
        .copied();
    match column {
        Some(column) => SourcePos {
            line: reported.line,
            column,
        },
        None => reported,
    }
}

/// The original (LF-normalised) text split into lines, with each line's char
/// start offsets computed on first use. comrak reports byte columns; its own
/// `sourcepos_chars` option rescans the line for every node, which is
/// quadratic on long lines, so we convert only the positions we report.
pub(super) struct SourceLines<'s> {
    lines: Vec<&'s str>,
    starts: Vec<usize>,
    char_starts: Vec<Option<Vec<usize>>>,
}

impl<'s> SourceLines<'s> {
    pub(super) fn new(source: &'s str) -> Self {
        let lines: Vec<&str> = source.split('\n').collect();
        let char_starts = vec![None; lines.len()];
        SourceLines {
            lines,
            starts: line_starts(source),
            char_starts,
        }
    }

    /// The 1-based `line` and the byte offset of each of its chars.
    fn line(&mut self, line: usize) -> Option<(&'s str, &[usize])> {
        let index = line.checked_sub(1)?;
        let text = *self.lines.get(index)?;
        let starts = self
            .char_starts
            .get_mut(index)?
            .get_or_insert_with(|| text.char_indices().map(|(byte, _)| byte).collect());
        Some((text, starts))
    }

    /// Line and char column of the char containing byte `offset` (one past the
    /// end of the line if `offset` is beyond it).
    pub(super) fn pos_of_byte(&mut self, offset: usize) -> SourcePos {
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let line_start = self.starts.get(line - 1).copied().unwrap_or(0);
        let byte_index = offset - line_start.min(offset);
        let column = match self.line(line) {
            Some((text, _)) if byte_index >= text.len() => text.chars().count() + 1,
            Some((_, starts)) => starts.partition_point(|&start| start <= byte_index).max(1),
            None => 1,
        };
        SourcePos { line, column }
    }
}

#[cfg(test)]
mod tests {
    use comrak::{Arena, parse_document};

    use super::*;
    use crate::render::markdown::autolink::{Parsed, Rewrite};
    use crate::render::markdown::comrak_options;

    fn pos(line: usize, column: usize) -> SourcePos {
        SourcePos { line, column }
    }

    #[test]
    fn char_columns_match_comrak_sourcepos_chars() {
        let markdown = "\u{FEFF}# 标题<b>\n\n> 引用**粗**[链](a)\n- 列表 `码` <i>\n\t- 子项 ![图](p.png)\n\n| 表 | 𠀀头 |\n|---|---|\n| ɽ单元 | [x][r] |\n\n注[^1]，https://例.cn/a。\n\n[^1]: 脚注<em>e</em>\n\n[r]: /r\n";
        let arena = Arena::new();
        let bytes = parse_document(&arena, markdown, &comrak_options(false));
        let mut chars_options = comrak_options(false);
        chars_options.parse.sourcepos_chars = true;
        let chars = parse_document(&arena, markdown, &chars_options);
        let mut lines = SourceLines::new(markdown);
        let parsed = Parsed {
            root: bytes,
            parsed_line_starts: line_starts(markdown),
            rewrite: Rewrite::default(),
        };
        let mut checked = 0;
        for (b, c) in bytes.descendants().zip(chars.descendants()) {
            let b = b.data().sourcepos.start;
            let c = c.data().sourcepos.start;
            if b.line == 0 || b.column == 0 {
                continue;
            }
            let offset = parsed.original_offset(b);
            assert_eq!(lines.pos_of_byte(offset), pos(c.line, c.column));
            checked += 1;
        }
        assert!(checked > 40, "{checked}");
    }

    #[test]
    fn wrong_positions_are_snapped_to_the_literal() {
        let source = "说明<b>x</b> <b>y</b>";
        let mut lines = SourceLines::new(source);
        assert_eq!(snap_to_literal(&mut lines, pos(1, 3), "<b>"), pos(1, 3));
        assert_eq!(snap_to_literal(&mut lines, pos(1, 1), "<b>"), pos(1, 3));
        assert_eq!(snap_to_literal(&mut lines, pos(1, 4), "<b>"), pos(1, 12));
        assert_eq!(snap_to_literal(&mut lines, pos(1, 20), "<b>"), pos(1, 12));
        assert_eq!(snap_to_literal(&mut lines, pos(1, 2), "<i>"), pos(1, 2));
        assert_eq!(snap_to_literal(&mut lines, pos(9, 2), "<b>"), pos(9, 2));
    }
}
