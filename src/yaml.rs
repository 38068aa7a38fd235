//! YAML text -> a tree of nodes that each know their line and column.
//!
//! We read YAML through granit-parser's event stream (the parser under serde-saphyr)
//! rather than serde, for three reasons: a scalar keeps the exact text the clerk typed
//! (money is parsed from `1234.50`, never through a float), every problem in a file can be
//! reported instead of the first one serde stops at, and each value keeps its position.
//! This module knows nothing of gongkai's fields; `load::fields` reads the tree.

use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle, Span};

use crate::diagnostic::Pos;

/// How a scalar was written: plain scalars may mean null; quoted ones are always text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Written without quotes: `1234.5`, `2026-04-05`, `张三`.
    Plain,
    /// Written in quotes or as a block: always text.
    Quoted,
}

/// The shape of a node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A single value as written, after YAML escapes.
    Scalar(String, Style),
    /// `- a` items or `[a, b]`.
    Seq(Vec<Node>),
    /// `key: value` pairs in source order (duplicates kept, so they can be reported).
    Map(Vec<(Node, Node)>),
}

/// A YAML value with the position where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// What the node holds.
    pub value: Value,
    /// Where it starts; `len` covers the scalar text on its first line.
    pub pos: Pos,
}

impl Node {
    /// The scalar text, if this is a scalar.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    /// True for an empty plain value, `~` or `null`: YAML's "nothing here".
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar(s, Style::Plain) if matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// A short name of the node's shape, for messages.
    pub fn shape(&self) -> &'static str {
        match &self.value {
            _ if self.is_null() => "nothing",
            Value::Scalar(..) => "a single value",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// A YAML syntax error at a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the parser gave up.
    pub pos: Pos,
    /// The parser's own description.
    pub detail: String,
}

enum Frame {
    Seq(Vec<Node>, Pos, usize),
    Map(Vec<(Node, Node)>, Option<Node>, Pos, usize),
}

fn pos_of(span: &Span) -> Pos {
    let start = span.start;
    let len = if span.end.line() == start.line() {
        span.end.index().saturating_sub(start.index())
    } else {
        1
    };
    Pos::new(start.line(), start.col() + 1, len.max(1))
}

/// Parses one YAML document into a node tree. An empty file is a null node at 1:1.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut root: Option<Node> = None;
    let mut documents = 0;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let line = e.marker().line().max(1);
            let mut column = e.marker().col() + 1;
            // The parser stops after a tab it refuses; point at the tab itself.
            let before = text
                .lines()
                .nth(line - 1)
                .and_then(|l| l.chars().nth(column.saturating_sub(2)));
            if e.info().contains("tab") && before == Some('\t') {
                column -= 1;
            }
            SyntaxError {
                pos: Pos::new(line, column, 1),
                detail: e.info(),
            }
        })?;
        let pos = pos_of(&span);
        let finished = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(SyntaxError {
                        pos,
                        detail: "a second YAML document (`---`) in one file".into(),
                    });
                }
                None
            }
            Event::Scalar(text, style, anchor, _) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    _ => Style::Quoted,
                };
                let node = Node {
                    value: Value::Scalar(text.into_owned(), style),
                    pos,
                };
                Some((node, anchor))
            }
            Event::SequenceStart(_, anchor, _) => {
                stack.push(Frame::Seq(Vec::new(), pos, anchor));
                None
            }
            Event::MappingStart(_, anchor, _) => {
                stack.push(Frame::Map(Vec::new(), None, pos, anchor));
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq(items, pos, anchor)) => Some((
                    Node {
                        value: Value::Seq(items),
                        pos,
                    },
                    anchor,
                )),
                Some(Frame::Map(pairs, _, pos, anchor)) => Some((
                    Node {
                        value: Value::Map(pairs),
                        pos,
                    },
                    anchor,
                )),
                None => None,
            },
            Event::Alias(id) => match anchors.get(&id) {
                Some(node) => Some((node.clone(), 0)),
                None => {
                    return Err(SyntaxError {
                        pos,
                        detail: "an alias (`*name`) with no anchor".into(),
                    });
                }
            },
            _ => None,
        };
        let Some((node, anchor)) = finished else {
            continue;
        };
        if anchor != 0 {
            anchors.insert(anchor, node.clone());
        }
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq(items, ..)) => items.push(node),
            Some(Frame::Map(pairs, pending, ..)) => match pending.take() {
                None => *pending = Some(node),
                Some(key) => pairs.push((key, node)),
            },
        }
    }
    Ok(root.unwrap_or(Node {
        value: Value::Scalar(String::new(), Style::Plain),
        pos: Pos::new(1, 1, 1),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let node = parse("title: 春节\nunit: 工会\namount: 12.50\n").unwrap();
        let Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        let (k, v) = &pairs[2];
        assert_eq!(k.as_scalar(), Some("amount"));
        assert_eq!((v.pos.line, v.pos.column, v.pos.len), (3, 9, 5));
        assert_eq!(v.as_scalar(), Some("12.50"));
        let (_, unit) = &pairs[1];
        assert_eq!((unit.pos.line, unit.pos.column), (2, 7));
    }

    #[test]
    fn a_tab_used_for_indentation_is_pointed_at() {
        let e = parse("income:\n\t- {a: 1}\n").unwrap_err();
        assert!(e.detail.contains("tab"), "{}", e.detail);
        assert_eq!((e.pos.line, e.pos.column), (2, 1));
    }

    #[test]
    fn quoted_scalars_are_not_null() {
        let node = parse("a: ''\nb:\nc: ~\n").unwrap();
        let Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        assert!(!pairs[0].1.is_null());
        assert!(pairs[1].1.is_null());
        assert!(pairs[2].1.is_null());
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(err.pos.line >= 1);
    }

    #[test]
    fn aliases_resolve() {
        let node = parse("a: &x {b: 1}\nc: *x\n").unwrap();
        let Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        assert_eq!(pairs[0].1.value, pairs[1].1.value);
    }
}
