//! Reading typed values out of a YAML node tree, collecting every problem on the way.
//!
//! `Fields` walks one mapping: it hands out values by key, and on `finish` reports keys
//! the format does not know (with the known ones as a hint) and keys given twice. The
//! converters turn a node into a `Spanned` typed value or report why they cannot.
//!
//! Nothing here knows which keys a mapping has, and there is no list of them anywhere:
//! the keys allowed in a mapping are exactly those its reader (`load::item`,
//! `load::kinds`, `config`) asked for, in the order it asked. So a field cannot be read
//! but refused, nor allowed but ignored. `record_keys` hands those keys, and the ones
//! a reader requires, to whoever needs the list itself (the editor schemas of `schema`).

use std::cell::RefCell;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Problem;
use crate::model::{Decimal2, Fen, Period, SourceFile, Spanned, money};
use crate::yaml::{Node, Value};

/// The file being read and the diagnostics found so far.
pub struct Ctx<'a> {
    /// The file the nodes come from.
    pub file: &'a SourceFile,
    /// Where problems go.
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    /// Records a problem at `pos` in the current file.
    pub fn report(&mut self, problem: Problem, pos: Pos) {
        self.diagnostics.push(problem.at(self.file.at(pos)));
    }
}

/// One mapping as its reader read it: what it is (the context messages name it by),
/// the keys the reader asked for (the keys allowed there) in the order asked, and those
/// it requires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadMapping {
    /// `finance item`, `income line`, `site.yaml` …
    pub context: String,
    /// The keys allowed, in the order the reader asked for them.
    pub keys: Vec<&'static str>,
    /// The keys reported as missing when absent or empty.
    pub required: Vec<&'static str>,
}

thread_local! {
    /// The mappings read while `record_keys` runs on this thread; `None` otherwise.
    static RECORDED: RefCell<Option<Vec<ReadMapping>>> = const { RefCell::new(None) };
}

/// Runs `read` (a reader over some text) and returns every mapping it finished reading,
/// in the order finished: the readers' own account of the keys each mapping allows.
pub fn record_keys(read: impl FnOnce()) -> Vec<ReadMapping> {
    let outer = RECORDED.with(|r| r.borrow_mut().replace(Vec::new()));
    read();
    RECORDED
        .with(|r| std::mem::replace(&mut *r.borrow_mut(), outer))
        .unwrap_or_default()
}

/// The keys of one mapping, read one by one.
pub struct Fields<'n> {
    pairs: &'n [(Node, Node)],
    /// The keys the reader asked for, in the order first asked: the keys allowed here.
    asked: RefCell<Vec<&'static str>>,
    /// The keys the reader requires (for `record_keys`).
    required: RefCell<Vec<&'static str>>,
    context: String,
    /// Where the mapping starts (for "missing field" reports).
    pub pos: Pos,
}

impl<'n> Fields<'n> {
    /// Opens `node` as a mapping (`context` says what it is, in messages); reports and
    /// returns `None` when it is not a mapping.
    pub fn of(ctx: &mut Ctx, node: &'n Node, context: &str) -> Option<Fields<'n>> {
        match &node.value {
            Value::Map(pairs) => Some(Fields {
                pairs,
                asked: RefCell::new(Vec::new()),
                required: RefCell::new(Vec::new()),
                context: context.to_string(),
                pos: node.pos,
            }),
            _ => {
                ctx.report(
                    Problem::ExpectedMapping {
                        what: context.to_string(),
                        found: node.shape(),
                    },
                    node.pos,
                );
                None
            }
        }
    }

    /// Says what the mapping is from now on, in messages (a data item's context depends
    /// on its `kind:`, read from the mapping itself).
    pub fn set_context(&mut self, context: String) {
        self.context = context;
    }

    /// The value of `key` even when null, unless absent; with a duplicated key, the
    /// first. Asking makes `key` allowed.
    pub fn entry(&self, key: &'static str) -> Option<&'n Node> {
        let mut asked = self.asked.borrow_mut();
        if !asked.contains(&key) {
            asked.push(key);
        }
        self.pairs
            .iter()
            .find(|(k, _)| k.as_scalar() == Some(key))
            .map(|(_, v)| v)
    }

    /// The value of `key`, unless absent or null. With a duplicated key, the first.
    /// Asking makes `key` allowed.
    pub fn get(&self, key: &'static str) -> Option<&'n Node> {
        self.entry(key).filter(|v| !v.is_null())
    }

    /// The value of `key`, reporting it as missing when absent or null.
    pub fn required(&self, ctx: &mut Ctx, key: &'static str) -> Option<&'n Node> {
        {
            let mut required = self.required.borrow_mut();
            if !required.contains(&key) {
                required.push(key);
            }
        }
        let found = self.get(key);
        if found.is_none() {
            let pos = self
                .pairs
                .iter()
                .find(|(k, _)| k.as_scalar() == Some(key))
                .map_or(self.pos, |(k, _)| k.pos);
            ctx.report(
                Problem::MissingField {
                    key: key.to_string(),
                    context: self.context.clone(),
                },
                pos,
            );
        }
        found
    }

    /// Reports keys the reader never asked for (with the ones it asked for as a hint)
    /// and keys given twice. Call it once every key has been read.
    pub fn finish(self, ctx: &mut Ctx) {
        let known = self.asked.into_inner();
        RECORDED.with(|r| {
            if let Some(read) = r.borrow_mut().as_mut() {
                read.push(ReadMapping {
                    context: self.context.clone(),
                    keys: known.clone(),
                    required: self.required.take(),
                });
            }
        });
        let mut seen: Vec<&str> = Vec::new();
        for (key_node, _) in self.pairs {
            let key = key_node.as_scalar().unwrap_or("");
            if !known.contains(&key) {
                ctx.report(
                    Problem::UnknownKey {
                        key: key.to_string(),
                        context: self.context.clone(),
                        known: known.clone(),
                    },
                    key_node.pos,
                );
            } else if seen.contains(&key) {
                ctx.report(
                    Problem::DuplicateKey {
                        key: key.to_string(),
                    },
                    key_node.pos,
                );
            }
            seen.push(key);
        }
    }
}

/// The node as a single value, or a report.
fn scalar<'n>(ctx: &mut Ctx, node: &'n Node, key: &str) -> Option<&'n str> {
    match node.as_scalar() {
        Some(s) => Some(s),
        None => {
            ctx.report(
                Problem::ExpectedScalar {
                    key: key.to_string(),
                    found: node.shape(),
                },
                node.pos,
            );
            None
        }
    }
}

/// Text (numbers written plainly are taken as their text); empty text is refused.
pub fn text(ctx: &mut Ctx, node: &Node, key: &str) -> Option<Spanned<String>> {
    let s = scalar(ctx, node, key)?.trim();
    if s.is_empty() {
        ctx.report(
            Problem::EmptyValue {
                key: key.to_string(),
            },
            node.pos,
        );
        return None;
    }
    Some(Spanned::new(s.to_string(), node.pos))
}

/// Optional text field: absent is fine, present must be text.
pub fn opt_text(ctx: &mut Ctx, fields: &Fields, key: &'static str) -> Option<String> {
    fields
        .get(key)
        .and_then(|n| text(ctx, n, key))
        .map(|s| s.value)
}

/// Required text field.
pub fn req_text(ctx: &mut Ctx, fields: &Fields, key: &'static str) -> Option<Spanned<String>> {
    fields.required(ctx, key).and_then(|n| text(ctx, n, key))
}

/// Parses `2026-04-05` (one-digit month and day are accepted: `2026-4-5`).
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || !(1..=2).contains(&m.len())
        || !(1..=2).contains(&d.len())
        || ![y, m, d]
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// Reports, at the first of them, full-width digits (`１２３４.５６`, typed with a Chinese
/// input method) in the number, amount or date `s` of `node`, or else a Chinese
/// punctuation mark between half-width digits (`1，800.00`, `800。00`, `2026－04－05`);
/// true when there is one.
fn full_width_digits(ctx: &mut Ctx, node: &Node, s: &str) -> bool {
    let is_wide = |c: char| ('０'..='９').contains(&c);
    if s.chars().any(is_wide) {
        let pos = first_on_line(ctx, node, is_wide, |c| {
            is_wide(c) || matches!(c, '．' | '，' | '.' | ',')
        });
        ctx.report(
            Problem::FullWidthDigits {
                text: s.trim().to_string(),
            },
            pos,
        );
        return true;
    }
    let is_mark = |c: char| matches!(c, '，' | '、' | '。' | '．' | '－');
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | '¥' | '￥');
    let text = s.trim();
    let Some(mark) = text.chars().find(|c| is_mark(*c)) else {
        return false;
    };
    // Only a value that is digits but for the marks: `约1，800元` is text, not a slip.
    if !text.chars().all(|c| numeric(c) || is_mark(c)) || !text.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let pos = first_on_line(ctx, node, is_mark, is_mark);
    ctx.report(
        Problem::FullWidthMark {
            text: text.to_string(),
            mark,
        },
        pos,
    );
    true
}

/// The place of the first character of `node`'s line (from the node on) that is `first`,
/// marking the run of `run` characters from there; the node's place when there is none.
fn first_on_line(
    ctx: &Ctx,
    node: &Node,
    first: impl Fn(char) -> bool,
    run: impl Fn(char) -> bool,
) -> Pos {
    // The column on the value's line (after a quote, if any).
    let line = ctx.file.text.lines().nth(node.pos.line().saturating_sub(1));
    line.and_then(|l| {
        let skip = node.pos.column().saturating_sub(1);
        let at = l.chars().skip(skip).position(&first)?;
        let len = l.chars().skip(skip + at).take_while(|c| run(*c)).count();
        Some(Pos::new(node.pos.line(), node.pos.column() + at, len))
    })
    .unwrap_or(node.pos)
}

/// A date.
pub fn date(ctx: &mut Ctx, node: &Node, key: &str) -> Option<Spanned<Date>> {
    let s = scalar(ctx, node, key)?;
    if full_width_digits(ctx, node, s) {
        return None;
    }
    match parse_date(s) {
        Some(d) => Some(Spanned::new(d, node.pos)),
        None => {
            let problem = impossible_date(s).unwrap_or_else(|| Problem::BadDate {
                text: s.to_string(),
            });
            ctx.report(problem, node.pos);
            None
        }
    }
}

/// A text in the form of a date whose day does not exist (`2026-4-31`, `2026-02-29`,
/// `2026-13-01`), told apart from one that is not a date at all, so the hint can say what
/// is wrong with it (the month's length) rather than how to write a date.
fn impossible_date(s: &str) -> Option<Problem> {
    let mut parts = s.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return None;
    }
    let (year, month, day): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let days = Date::new(year, month, 1)
        .ok()
        .map(|first| first.days_in_month());
    Some(Problem::ImpossibleDate {
        text: s.trim().to_string(),
        year: year.into(),
        month: month.into(),
        day: day.into(),
        days: days.map(i64::from),
    })
}

/// A period: `2026`, `2026-H1`, `2026-Q1`, `2026-03`.
pub fn period(ctx: &mut Ctx, node: &Node, key: &str) -> Option<Spanned<Period>> {
    let s = scalar(ctx, node, key)?;
    if full_width_digits(ctx, node, s) {
        return None;
    }
    match Period::parse(s) {
        Some(p) => Some(Spanned::new(p, node.pos)),
        None => {
            ctx.report(
                Problem::BadPeriod {
                    text: s.to_string(),
                },
                node.pos,
            );
            None
        }
    }
}

/// A non-negative amount of money.
pub fn amount(ctx: &mut Ctx, node: &Node, key: &str) -> Option<Spanned<Fen>> {
    let s = scalar(ctx, node, key)?;
    if full_width_digits(ctx, node, s) {
        return None;
    }
    match money::parse_non_negative(s) {
        Ok(f) => Some(Spanned::new(f, node.pos)),
        Err(error) => {
            ctx.report(
                Problem::BadMoney {
                    text: s.to_string(),
                    error,
                },
                node.pos,
            );
            None
        }
    }
}

/// A whole number (negatives are kept for the rules to report in their own words).
pub fn integer(ctx: &mut Ctx, node: &Node, key: &str) -> Option<Spanned<i64>> {
    integer_in(ctx, node, key, None)
}

/// A whole number within `range` (any that fits in an `i64` when `None`); one outside it
/// is reported as too large or too small, with the range.
pub fn integer_in(
    ctx: &mut Ctx,
    node: &Node,
    key: &str,
    range: Option<(i64, i64)>,
) -> Option<Spanned<i64>> {
    use std::num::IntErrorKind::{NegOverflow, PosOverflow};
    let s = scalar(ctx, node, key)?;
    if full_width_digits(ctx, node, s) {
        return None;
    }
    let out_of_range = |too_large: bool| Problem::IntegerOutOfRange {
        key: key.to_string(),
        text: s.trim().to_string(),
        too_large,
        range,
    };
    match s.trim().parse::<i64>() {
        Ok(n) => match range {
            Some((min, _)) if n < min => {
                ctx.report(out_of_range(false), node.pos);
                None
            }
            Some((_, max)) if n > max => {
                ctx.report(out_of_range(true), node.pos);
                None
            }
            _ => Some(Spanned::new(n, node.pos)),
        },
        Err(e) if matches!(e.kind(), PosOverflow | NegOverflow) => {
            ctx.report(out_of_range(*e.kind() == PosOverflow), node.pos);
            None
        }
        Err(_) => {
            ctx.report(
                Problem::BadInteger {
                    text: s.to_string(),
                },
                node.pos,
            );
            None
        }
    }
}

/// A number with at most two decimals (days, hours).
pub fn decimal(ctx: &mut Ctx, node: &Node, key: &str) -> Option<Spanned<Decimal2>> {
    let s = scalar(ctx, node, key)?;
    if full_width_digits(ctx, node, s) {
        return None;
    }
    match Decimal2::parse(s) {
        Ok(n) => Some(Spanned::new(n, node.pos)),
        Err(_) => {
            ctx.report(
                Problem::BadNumber {
                    text: s.to_string(),
                },
                node.pos,
            );
            None
        }
    }
}

/// `true` / `false` (and YAML's yes/no spellings).
pub fn boolean(ctx: &mut Ctx, node: &Node, key: &str) -> Option<bool> {
    let s = scalar(ctx, node, key)?;
    match s.trim() {
        "true" | "True" | "TRUE" | "yes" | "Yes" | "on" => Some(true),
        "false" | "False" | "FALSE" | "no" | "No" | "off" => Some(false),
        other => {
            ctx.report(
                Problem::BadBool {
                    text: other.to_string(),
                },
                node.pos,
            );
            None
        }
    }
}

/// One of a fixed set of words.
pub fn choice(
    ctx: &mut Ctx,
    node: &Node,
    key: &str,
    allowed: &[&'static str],
) -> Option<Spanned<&'static str>> {
    let s = scalar(ctx, node, key)?.trim();
    match allowed.iter().find(|a| **a == s) {
        Some(a) => Some(Spanned::new(*a, node.pos)),
        None => {
            ctx.report(
                Problem::BadChoice {
                    key: key.to_string(),
                    value: s.to_string(),
                    allowed: allowed.to_vec(),
                },
                node.pos,
            );
            None
        }
    }
}

/// The entries of a list.
pub fn list<'n>(ctx: &mut Ctx, node: &'n Node, key: &str) -> &'n [Node] {
    match &node.value {
        Value::Seq(items) => items,
        _ => {
            ctx.report(
                Problem::ExpectedList {
                    key: key.to_string(),
                    found: node.shape(),
                },
                node.pos,
            );
            &[]
        }
    }
}

/// The texts of a list (`signatures: [工会主席, 财务]`), each reported where it is not one.
pub fn text_list(ctx: &mut Ctx, node: &Node, key: &str) -> Vec<String> {
    list(ctx, node, key)
        .iter()
        .filter_map(|n| text(ctx, n, key))
        .map(|s| s.value)
        .collect()
}

/// The `key: value` pairs of a free-form mapping (budget lines, leave kinds).
pub fn pairs<'n>(ctx: &mut Ctx, node: &'n Node, key: &str) -> &'n [(Node, Node)] {
    match &node.value {
        Value::Map(pairs) => pairs,
        _ => {
            ctx.report(
                Problem::ExpectedPairs {
                    key: key.to_string(),
                    found: node.shape(),
                },
                node.pos,
            );
            &[]
        }
    }
}

/// Test support: what the unknown-key reports for a key `zz` list as allowed, as sorted
/// (context, keys joined by `、`) pairs.
#[cfg(test)]
pub(crate) fn allowed_lists(diagnostics: &[Diagnostic]) -> Vec<(String, String)> {
    let mut lists: Vec<(String, String)> = diagnostics
        .iter()
        .filter_map(|d| {
            let message = d.message(crate::config::Language::En);
            let context = message.strip_prefix("unknown key `zz` in ")?;
            let hint = d.hint(crate::config::Language::ZhHans)?;
            let (_, known) = hint.split_once("这里可以用的项有：")?;
            // A context that is a key is shown as code: `budget`.
            Some((context.trim_matches('`').to_string(), known.to_string()))
        })
        .collect();
    lists.sort();
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2026-04-05"),
            Some(jiff::civil::date(2026, 4, 5))
        );
        assert_eq!(parse_date("2026-4-5"), Some(jiff::civil::date(2026, 4, 5)));
        for bad in [
            "2026-02-30",
            "2026/04/05",
            "20260405",
            "2026-04-05-1",
            "二〇二六",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn impossible_dates_say_what_is_wrong() {
        let days = |s: &str| match impossible_date(s) {
            Some(Problem::ImpossibleDate { month, days, .. }) => Some((month, days)),
            _ => None,
        };
        assert_eq!(days("2026-4-31"), Some((4, Some(30))));
        assert_eq!(days("2026-02-29"), Some((2, Some(28))));
        assert_eq!(days("2028-02-30"), Some((2, Some(29))));
        assert_eq!(days("2026-13-01"), Some((13, None)));
        for not_date_shaped in ["2026/04/31", "26-4-31", "2026-4-31-1", "2026-4-x"] {
            assert_eq!(days(not_date_shaped), None, "{not_date_shaped}");
        }
    }
}
