//! YAML text -> a tree of nodes that each know their line and column.
//!
//! We read YAML through granit-parser's event stream (the parser under serde-saphyr)
//! rather than serde, for three reasons: a scalar keeps the exact text the clerk typed
//! (money is parsed from `1234.50`, never through a float), every problem in a file can be
//! reported instead of the first one serde stops at, and each value keeps its position.
//! Parsing is bounded, so a hostile file cannot take the memory: the text has a size
//! budget, and aliases (`*name`) a budget of values they may copy, each refused with a
//! located problem. This module knows nothing of gongkai's fields; `load::fields` reads
//! the tree.

use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle, Span};

use crate::diagnostic::Pos;
use crate::messages::Problem;

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

/// At most this many values may be copied by aliases (`*name`) in one document.
pub const ALIAS_VALUES: usize = 10_000;
/// At most this many bytes of text may be copied by aliases in one document.
pub const ALIAS_TEXT: usize = 1 << 20;
/// Values copied by an alias may sit at most this deep (the parser itself stops plain
/// nesting at 255 flow plus 255 block levels).
pub const MAX_DEPTH: usize = 512;
/// A YAML text longer than this is refused before it is parsed.
pub const MAX_DOCUMENT_BYTES: usize = 20 << 20;

/// Why a YAML text was refused, at a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Where: the parser's stop, the alias, or 1:1 for the whole text.
    pub pos: Pos,
    /// What: a syntax error, an alias that copies too much, a text too large (boxed, so
    /// a parse result stays small).
    pub problem: Box<Problem>,
}

/// A node's weight: what copying it costs.
#[derive(Clone, Copy, Debug)]
struct Size {
    values: usize,
    text: usize,
    height: usize,
}

impl Size {
    fn leaf(text: usize) -> Size {
        Size {
            values: 1,
            text,
            height: 1,
        }
    }

    fn add(&mut self, child: Size) {
        self.values = self.values.saturating_add(child.values);
        self.text = self.text.saturating_add(child.text);
        self.height = self.height.max(child.height.saturating_add(1));
    }
}

enum Frame {
    Seq(Vec<Node>, Pos, usize, Size),
    Map(Vec<(Node, Node)>, Option<Node>, Pos, usize, Size),
}

/// `v` in an allocation of its length: the tree of a big ledger is a map per line, and a
/// map of five pairs grown one at a time holds room for eight (a tenth of the tree's
/// bytes for nothing). Made anew, since an allocator may keep a shrunk block whole.
fn exact<T>(v: Vec<T>) -> Vec<T> {
    if v.capacity() == v.len() {
        return v;
    }
    let mut out = Vec::with_capacity(v.len());
    out.extend(v);
    out
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

/// An anchored node waits in the anchor table and the tree holds this stand-in, so a
/// node nested under many anchors is never copied once per anchor; `resolve` puts the
/// nodes back at the end. No real node has this length, the largest a `Pos` keeps (a
/// document is at most `MAX_DOCUMENT_BYTES`, so a span is never that long).
const STAND_IN: usize = u32::MAX as usize;

fn stand_in(anchor: usize) -> Node {
    Node {
        value: Value::Scalar(String::new(), Style::Plain),
        pos: Pos::new(anchor, 0, STAND_IN),
    }
}

/// Replaces every stand-in under `node` by its anchored node, copied.
fn resolve(node: &mut Node, anchors: &HashMap<usize, (Node, Size)>) {
    if node.pos.len() == STAND_IN
        && let Some((anchored, _)) = anchors.get(&node.pos.line())
    {
        *node = anchored.clone();
    }
    match &mut node.value {
        Value::Scalar(..) => {}
        Value::Seq(items) => items.iter_mut().for_each(|n| resolve(n, anchors)),
        Value::Map(pairs) => pairs.iter_mut().for_each(|(k, v)| {
            resolve(k, anchors);
            resolve(v, anchors);
        }),
    }
}

fn syntax(pos: Pos, detail: impl Into<String>) -> Error {
    Error {
        pos,
        problem: Box::new(Problem::YamlSyntax {
            detail: detail.into(),
        }),
    }
}

/// The alias text at `pos` (`*name`), for the message.
fn alias_at(text: &str, pos: Pos) -> String {
    let line = text.lines().nth(pos.line().saturating_sub(1)).unwrap_or("");
    line.chars()
        .skip(pos.column().saturating_sub(1))
        .take(pos.len())
        .collect()
}

/// Parses one YAML document into a node tree. An empty file is a null node at 1:1.
///
/// Bounded: a text over `MAX_DOCUMENT_BYTES` is refused whole, and an alias is refused
/// at its place once the aliases of the document would copy more than `ALIAS_VALUES`
/// values or `ALIAS_TEXT` bytes (a "billion laughs" of nested aliases stops there
/// instead of filling the memory).
pub fn parse(text: &str) -> Result<Node, Error> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(Error {
            pos: Pos::new(1, 1, 1),
            problem: Box::new(Problem::YamlTooLarge { bytes: text.len() }),
        });
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (Node, Size)> = HashMap::new();
    let mut copied = Size {
        values: 0,
        text: 0,
        height: 0,
    };
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
            syntax(Pos::new(line, column, 1), e.info())
        })?;
        let pos = pos_of(&span);
        let finished = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(syntax(pos, "a second YAML document (`---`) in one file"));
                }
                None
            }
            Event::Scalar(text, style, anchor, _) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    _ => Style::Quoted,
                };
                let size = Size::leaf(text.len());
                let node = Node {
                    value: Value::Scalar(text.into_owned(), style),
                    pos,
                };
                Some((node, size, anchor))
            }
            Event::SequenceStart(_, anchor, _) => {
                stack.push(Frame::Seq(Vec::new(), pos, anchor, Size::leaf(0)));
                None
            }
            Event::MappingStart(_, anchor, _) => {
                stack.push(Frame::Map(Vec::new(), None, pos, anchor, Size::leaf(0)));
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq(items, pos, anchor, size)) => Some((
                    Node {
                        value: Value::Seq(exact(items)),
                        pos,
                    },
                    size,
                    anchor,
                )),
                Some(Frame::Map(pairs, _, pos, anchor, size)) => Some((
                    Node {
                        value: Value::Map(exact(pairs)),
                        pos,
                    },
                    size,
                    anchor,
                )),
                None => None,
            },
            Event::Alias(id) => {
                let Some(&(_, size)) = anchors.get(&id) else {
                    return Err(syntax(pos, "an alias (`*name`) with no anchor"));
                };
                copied.add(size);
                if copied.values > ALIAS_VALUES
                    || copied.text > ALIAS_TEXT
                    || stack.len().saturating_add(size.height) > MAX_DEPTH
                {
                    let alias = alias_at(text, pos);
                    return Err(Error {
                        pos,
                        problem: Box::new(Problem::YamlAliasTooLarge { alias }),
                    });
                }
                Some((stand_in(id), size, 0))
            }
            _ => None,
        };
        let Some((mut node, size, anchor)) = finished else {
            continue;
        };
        if anchor != 0 {
            anchors.insert(anchor, (node, size));
            node = stand_in(anchor);
        }
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq(items, .., total)) => {
                items.push(node);
                total.add(size);
            }
            Some(Frame::Map(pairs, pending, .., total)) => {
                match pending.take() {
                    None => *pending = Some(node),
                    Some(key) => pairs.push((key, node)),
                }
                total.add(size);
            }
        }
    }
    let mut root = root.unwrap_or(Node {
        value: Value::Scalar(String::new(), Style::Plain),
        pos: Pos::new(1, 1, 1),
    });
    if !anchors.is_empty() {
        resolve(&mut root, &anchors);
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_node_is_48_bytes() {
        // The tree of a 10 MB ledger has about a million nodes, held beside the typed
        // lines while the file is read: half of a node was its position before positions
        // shrank to 16 bytes (see `Pos`).
        assert_eq!(std::mem::size_of::<Value>(), 32);
        assert_eq!(std::mem::size_of::<Node>(), 48);
    }

    #[test]
    fn positions_count_characters() {
        let node = parse("title: 春节\nunit: 工会\namount: 12.50\n").unwrap();
        let Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        let (k, v) = &pairs[2];
        assert_eq!(k.as_scalar(), Some("amount"));
        assert_eq!((v.pos.line(), v.pos.column(), v.pos.len()), (3, 9, 5));
        assert_eq!(v.as_scalar(), Some("12.50"));
        let (_, unit) = &pairs[1];
        assert_eq!((unit.pos.line(), unit.pos.column()), (2, 7));
    }

    #[test]
    fn a_tab_used_for_indentation_is_pointed_at() {
        let e = parse("income:\n\t- {a: 1}\n").unwrap_err();
        let Problem::YamlSyntax { detail } = *e.problem else {
            panic!("not a syntax error: {e:?}")
        };
        assert!(detail.contains("tab"), "{detail}");
        assert_eq!((e.pos.line(), e.pos.column()), (2, 1));
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
        assert!(err.pos.line() >= 1);
    }

    #[test]
    fn aliases_resolve() {
        let node = parse("a: &x {b: 1}\nc: *x\n").unwrap();
        let Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        assert_eq!(pairs[0].1.value, pairs[1].1.value);
    }

    #[test]
    fn nested_anchors_resolve_in_every_copy() {
        let node = parse("a: &x {b: &y [1, 2]}\nc: *x\nd: *y\n").unwrap();
        let Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        assert_eq!(pairs[0].1, pairs[1].1);
        let Value::Map(inner) = &pairs[1].1.value else {
            panic!("not a map")
        };
        assert_eq!(inner[0].1, pairs[2].1);
        assert_eq!(
            pairs[2].1.pos.line(),
            1,
            "a copy keeps the anchored node's place"
        );
        let Value::Seq(items) = &pairs[2].1.value else {
            panic!("not a list")
        };
        assert_eq!(items[1].as_scalar(), Some("2"));
    }

    /// Nine aliases of nine aliases of … nine values: 9^10 values from 700 bytes.
    fn alias_bomb() -> String {
        let mut text =
            String::from("kind: finance\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        text
    }

    #[test]
    fn yaml_alias_bomb_is_refused_at_its_alias() {
        let e = parse(&alias_bomb()).unwrap_err();
        // a1 to a3 copy 8,289 values; the first `*a3` in a4 would copy 7,381 more.
        assert_eq!(
            *e.problem,
            Problem::YamlAliasTooLarge {
                alias: "*a3".into()
            }
        );
        assert_eq!((e.pos.line(), e.pos.column(), e.pos.len()), (6, 10, 3));
    }

    #[test]
    fn aliases_may_copy_up_to_the_budget() {
        // 9,999 values copied by one alias of a list of 9,998 values.
        let items = vec!["x"; ALIAS_VALUES - 2].join(", ");
        assert!(parse(&format!("a: &a [{items}]\nb: *a\n")).is_ok());
        let items = vec!["x"; ALIAS_VALUES].join(", ");
        let e = parse(&format!("a: &a [{items}]\nb: *a\n")).unwrap_err();
        assert_eq!((e.pos.line(), e.pos.column()), (2, 4));
    }

    #[test]
    fn aliases_may_not_copy_much_text() {
        let long = "x".repeat(ALIAS_TEXT / 4 + 1);
        let e = parse(&format!("a: &a {long}\nb: [*a, *a, *a, *a]\n")).unwrap_err();
        assert_eq!(
            *e.problem,
            Problem::YamlAliasTooLarge { alias: "*a".into() }
        );
        assert_eq!((e.pos.line(), e.pos.column()), (2, 17));
    }

    #[test]
    fn deeply_nested_anchors_are_not_copied_per_anchor() {
        // 200 anchors around one list of 20,000 values: copying the list once per anchor
        // would make four million values; the tree holds each value once.
        let mut text = String::new();
        for i in 0..200 {
            text.push_str(&format!("&a{i} ["));
        }
        text.push_str(&vec!["x"; 20_000].join(","));
        text.push_str(&"]".repeat(200));
        let mut node = &parse(&text).unwrap();
        for _ in 0..199 {
            let Value::Seq(items) = &node.value else {
                panic!("not a list")
            };
            assert_eq!(items.len(), 1);
            node = &items[0];
        }
        let Value::Seq(items) = &node.value else {
            panic!("not a list")
        };
        assert_eq!(items.len(), 20_000);
    }

    #[test]
    fn a_text_over_the_size_budget_is_refused_whole() {
        let text = format!("a: {}\n", "x".repeat(MAX_DOCUMENT_BYTES));
        let e = parse(&text).unwrap_err();
        assert_eq!(
            *e.problem,
            Problem::YamlTooLarge {
                bytes: MAX_DOCUMENT_BYTES + 4
            }
        );
        assert_eq!((e.pos.line(), e.pos.column()), (1, 1));
    }
}
