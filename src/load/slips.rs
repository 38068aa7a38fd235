//! The slips of typing YAML with a Chinese input method, told in the clerk's terms.
//!
//! Owns two things: turning a bare YAML syntax error ("simple key expected ':'" at
//! column 1) into the slip that caused it, pointed at its own column (a full-width colon
//! `：` after a key, a full-width comma `，` between the items of `{…}`, Chinese quotes
//! “”, a tab or a full-width space `　` in the indentation, no space after a colon, a
//! value starting with `*`, `@` or `` ` ``); and mending, in a tree that parsed, a key
//! that holds its value after a full-width colon (`{name：张三}`) or starts with a
//! full-width space, so the file is read on with one error at the slip rather than a
//! missing field and an unknown key. It reads text and nodes only, never a field.

use crate::diagnostic::Pos;
use crate::messages::Problem;
use crate::yaml::{self, Node, Style, Value};

/// How many lines above a syntax error a slip is looked for: a key typed with a
/// full-width colon is read as text running on into the next line, so the parser stops
/// a line or two after it.
const LINES_ABOVE: usize = 3;

/// The slip behind a YAML syntax error, at its own place; any other error as it is.
pub fn explain(text: &str, error: yaml::Error) -> yaml::Error {
    if !matches!(*error.problem, Problem::YamlSyntax { .. }) {
        return error;
    }
    let at = error.pos.line();
    let first = at.saturating_sub(LINES_ABOVE).max(1);
    for (number, line) in text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .skip(first - 1)
        .take(at + 1 - first)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        if let Some((problem, column, len)) = slip_in(line, number == at) {
            return yaml::Error {
                pos: Pos::new(number, column, len),
                problem: Box::new(problem),
            };
        }
    }
    error
}

/// The first slip on `line`, with its 1-based column and length in characters. Slips
/// that only break the line they are on (quotes, reserved characters, a comma in `{…}`,
/// a tab) count only on the line the parser stopped at (`on_error_line`).
fn slip_in(line: &str, on_error_line: bool) -> Option<(Problem, usize, usize)> {
    let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\u{3000}'))
        .count();
    if let Some(i) = chars[..indent].iter().position(|c| *c == '\u{3000}') {
        let len = chars[i..indent]
            .iter()
            .filter(|c| **c == '\u{3000}')
            .count();
        return Some((Problem::FullWidthSpace, i + 1, len));
    }
    if on_error_line && let Some(i) = chars[..indent].iter().position(|c| *c == '\t') {
        return Some((Problem::TabIndent, i + 1, 1));
    }
    // Past the indentation and any `- ` of a list item.
    let mut start = indent;
    while chars.get(start) == Some(&'-') && matches!(chars.get(start + 1), Some(' ') | None) {
        start += 2;
        while chars.get(start) == Some(&' ') {
            start += 1;
        }
    }
    if chars.get(start).is_none_or(|c| *c == '#') {
        return None;
    }
    if let Some(found) = no_space_after_colon(&chars, start) {
        return Some(found);
    }
    let mut depth = 0usize;
    // Where the text that could be a key starts: the line's start, or after `{` `[` `,`.
    let mut key_start = start;
    let mut quote: Option<char> = None;
    for (i, &c) in chars.iter().enumerate().skip(start) {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' if starts_value(&chars[..i]) => quote = Some(c),
            '#' if i == 0 || chars[i - 1] == ' ' => return None,
            '{' | '[' => {
                depth += 1;
                key_start = i + 1;
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' => key_start = i + 1,
            '：' if is_key(&chars[key_start..i]) => {
                return Some((Problem::FullWidthPunctuation { mark: c }, i + 1, 1));
            }
            '，' if on_error_line && depth > 0 && key_follows(&chars[i + 1..]) => {
                return Some((Problem::FullWidthPunctuation { mark: c }, i + 1, 1));
            }
            '“' | '”' | '‘' | '’' if on_error_line => {
                return Some((Problem::FullWidthPunctuation { mark: c }, i + 1, 1));
            }
            '*' | '@' | '`' if on_error_line && starts_value(&chars[..i]) => {
                return Some((Problem::ReservedCharacter { mark: c }, i + 1, 1));
            }
            _ => {}
        }
    }
    None
}

/// `key:value` at the start of a line: an ASCII key, a colon, and no space after it (a
/// `://` of an address is not one).
fn no_space_after_colon(chars: &[char], start: usize) -> Option<(Problem, usize, usize)> {
    let key: String = chars[start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
        .collect();
    let colon = start + key.chars().count();
    let after = chars.get(colon + 1)?;
    let ok = key.starts_with(|c: char| c.is_ascii_alphabetic())
        && chars.get(colon) == Some(&':')
        && !matches!(after, ' ' | ':' | '/');
    ok.then(|| (Problem::NoSpaceAfterColon { key }, colon + 1, 1))
}

/// Whether `text` (before a `：`) reads as a key: not empty, and not itself a value
/// (`note: 时间：上午` has its key already; `"时间：上午"` is quoted text).
fn is_key(text: &[char]) -> bool {
    let key: String = text.iter().collect();
    let key = key.trim();
    !key.is_empty()
        && key.chars().count() <= 30
        && !key.contains([':', '"', '\'', '“', '”', '#', ' ', '\u{3000}'])
}

/// Whether what follows a `，` in `{…}` is the next `key:` (so the `，` was meant to
/// separate items, not to be part of a value).
fn key_follows(rest: &[char]) -> bool {
    let text: String = rest.iter().collect();
    let item = text.split([',', '}', ']']).next().unwrap_or("");
    item.contains(": ") || item.ends_with(':') || item.contains('：')
}

/// Whether `before` ends where a value starts: after `: `, `- `, `{`, `[` or `,`.
fn starts_value(before: &[char]) -> bool {
    let text: String = before.iter().collect();
    let text = text.trim_end();
    text.is_empty() || text.ends_with([':', '-', '{', '[', ','])
}

/// Mends the keys of every mapping under `node` that hold a slip, each reported in
/// `found` at the slip: `name：张三` (a key with no value, whose text has a full-width
/// colon) becomes the key `name` with the value `张三`; a key that starts with a
/// full-width space loses it.
pub fn mend(node: &mut Node, found: &mut Vec<(Problem, Pos)>) {
    match &mut node.value {
        Value::Scalar(..) => {}
        Value::Seq(items) => items.iter_mut().for_each(|n| mend(n, found)),
        Value::Map(pairs) => {
            for (key, value) in pairs.iter_mut() {
                mend_key(key, value, found);
                mend(value, found);
            }
        }
    }
}

fn mend_key(key: &mut Node, value: &mut Node, found: &mut Vec<(Problem, Pos)>) {
    let Value::Scalar(text, Style::Plain) = &key.value else {
        return;
    };
    let spaces = text.chars().take_while(|c| *c == '\u{3000}').count();
    if spaces > 0 && text.chars().count() > spaces {
        found.push((Problem::FullWidthSpace, key.pos.with_len(spaces)));
        let rest: String = text.chars().skip(spaces).collect();
        key.value = Value::Scalar(rest, Style::Plain);
        key.pos = key.pos.with_column(
            key.pos.column() + spaces,
            key.pos.len().saturating_sub(spaces),
        );
    }
    let Value::Scalar(text, Style::Plain) = &key.value else {
        return;
    };
    let Some((name, rest)) = text.split_once('：') else {
        return;
    };
    let chars: Vec<char> = name.chars().collect();
    if !value.is_null() || !is_key(&chars) || rest.trim().is_empty() {
        return;
    }
    let colon = key.pos.column() + chars.len();
    found.push((
        Problem::FullWidthPunctuation { mark: '：' },
        Pos::new(key.pos.line(), colon, 1),
    ));
    let skipped = rest.chars().take_while(|c| *c == ' ').count();
    *value = Node {
        value: Value::Scalar(rest.trim().to_string(), Style::Plain),
        pos: Pos::new(
            key.pos.line(),
            colon + 1 + skipped,
            rest.trim().chars().count(),
        ),
    };
    key.value = Value::Scalar(name.to_string(), Style::Plain);
    key.pos = key.pos.with_len(chars.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slip `explain` finds in `text`: its code, line and column.
    fn slip(text: &str) -> (&'static str, usize, usize) {
        let error = yaml::parse(text).expect_err(text);
        let e = explain(text, error);
        (e.problem.code(), e.pos.line(), e.pos.column())
    }

    #[test]
    fn a_full_width_colon_after_a_key_is_pointed_at() {
        let text = "kind: welfare\ntitle：春节慰问\nprogram: 送温暖\n";
        assert_eq!(slip(text), ("full-width-punctuation", 2, 6));
        // Front matter: the key on the first line, the parser stopping on the next.
        let text = "\ntitle：关于端午节\npublished: 2026-04-03\n";
        assert_eq!(slip(text), ("full-width-punctuation", 2, 6));
        // The last line.
        assert_eq!(
            slip("kind: welfare\ntotal：\"9600.00\"\n"),
            ("full-width-punctuation", 2, 6)
        );
    }

    #[test]
    fn a_colon_inside_a_value_is_not_a_slip() {
        let text = "note: 时间：上午\ntitle: \"a\" b\n";
        let error = yaml::parse(text).expect_err("a syntax error");
        let e = explain(text, error);
        assert_eq!(e.problem.code(), "yaml-syntax");
        let text = "# 资金来源：一季度\nkind: x\ntitle: \"a\" b\n";
        let error = yaml::parse(text).expect_err("a syntax error");
        assert_eq!(explain(text, error).problem.code(), "yaml-syntax");
    }

    #[test]
    fn other_slips() {
        assert_eq!(
            slip("list:\n  - {name: 李秀兰, team: 测风班，reason: 子女就学}\n"),
            ("full-width-punctuation", 2, 26)
        );
        assert_eq!(
            slip("title: “2026年: 春节”\n"),
            ("full-width-punctuation", 1, 8)
        );
        assert_eq!(
            slip("kind: x\nprogram:送温暖\n"),
            ("no-space-after-colon", 2, 8)
        );
        assert_eq!(
            slip("kind: x\nprogram: @送温暖\n"),
            ("reserved-character", 2, 10)
        );
        assert_eq!(slip("a: [1, *x]\n"), ("reserved-character", 1, 8));
        assert_eq!(slip("income:\n\t- {a: 1}\n"), ("tab-indent", 2, 1));
        assert_eq!(
            slip("list:\n  - {name: a}\n　- {name: 李秀兰, team: 测风班}\n"),
            ("full-width-space", 3, 1)
        );
    }

    #[test]
    fn keys_with_a_slip_are_mended() {
        let mut node = yaml::parse("- {name：李秀兰, team: 测风班}\n").expect("parses");
        let mut found = Vec::new();
        mend(&mut node, &mut found);
        let Value::Seq(items) = &node.value else {
            panic!("{node:?}")
        };
        let Value::Map(pairs) = &items[0].value else {
            panic!("{node:?}")
        };
        assert_eq!(pairs[0].0.as_scalar(), Some("name"));
        assert_eq!(pairs[0].1.as_scalar(), Some("李秀兰"));
        assert_eq!(pairs[0].1.pos.column(), 9);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.code(), "full-width-punctuation");
        assert_eq!((found[0].1.line(), found[0].1.column()), (1, 8));

        let mut node = yaml::parse("kind: x\n　program: 送温暖\n").expect("parses");
        let mut found = Vec::new();
        mend(&mut node, &mut found);
        let Value::Map(pairs) = &node.value else {
            panic!("{node:?}")
        };
        assert_eq!(pairs[1].0.as_scalar(), Some("program"));
        assert_eq!(found[0].0.code(), "full-width-space");
        assert_eq!((found[0].1.line(), found[0].1.column()), (2, 1));
    }
}
