//! The type of a value as JSON Schema (draft 7, what VS Code's YAML extension reads).
//!
//! Each type lets through what gongkai's reader takes, as an editor sees the YAML: a
//! plain `2026` is a number there, `2026-04-05` text, `"1,234.56"` text, so money, dates
//! and counts accept the forms a clerk may type, and refuse what the reader refuses where
//! a pattern can tell (a third decimal, a date with slashes, a quarter for a month).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::config::CategorySide;
use crate::model::accounts::{self, Side};

/// What a key holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Free text (a plain number is taken as its text); not empty.
    Text,
    /// One of these words.
    Word(&'static [&'static str]),
    /// Exactly this word (`kind: finance`).
    Kind(&'static str),
    /// `2026-04-05` (or `2026-4-5`).
    Date,
    /// A list of dates.
    Dates,
    /// A list of texts.
    Texts,
    /// `2026`, `2026-H1`, `2026-Q1`, `2026-03`.
    Period,
    /// One month: `2026-03`.
    Month,
    /// Yuan, at most two decimals, not negative.
    Money,
    /// Days or hours, at most two decimals, not negative.
    Decimal,
    /// A whole number within the bounds.
    Integer(i64, i64),
    /// true / false.
    Bool,
    /// `""`, `/path/` or an `http(s)://` address.
    BaseUrl,
    /// An `http(s)://` address.
    WebAddress,
    /// A finance account of this side (name, code or sub-account).
    Category(Side),
    /// The mapping read under this context.
    Map(&'static str),
    /// A list of the mappings read under this context.
    List(&'static str),
    /// `{category: amount}` of this side (a budget).
    Budget(Side),
    /// `{leave kind: days}`.
    Leave,
    /// `{name: income | expense}`: the site's own finance categories.
    ExtraCategories,
    /// One list of roles for every kind, or the mapping `signatures` (roles per kind).
    SiteSignatures,
    /// An item's roles: a list, or nothing for none.
    ItemSignatures,
}

const MONEY_TEXT: &str = r"^\s*\+?[¥￥]?\+?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]{1,2})?\s*$";
const DECIMAL_TEXT: &str = r"^\s*\+?[0-9]+(\.[0-9]{1,2})?\s*$";
const DATE_TEXT: &str = r"^\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*$";
const PERIOD_TEXT: &str = r"^\s*(19|2[0-9])[0-9]{2}(-([Hh][12]|[Qq][1-4]|0[1-9]|1[0-2]))?\s*$";
const MONTH_TEXT: &str = r"^\s*(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])\s*$";
const WEB_TEXT: &str = r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[^/\s]";

/// The JSON Schema of `ty`; `mapping` builds the object schema read under a context,
/// `extra` holds the site's own finance categories.
pub fn schema_of(
    ty: Ty,
    mapping: &dyn Fn(&str) -> Value,
    extra: &BTreeMap<String, CategorySide>,
) -> Value {
    match ty {
        Ty::Text => text(),
        Ty::Word(words) => json!({ "type": "string", "enum": words }),
        Ty::Kind(word) => json!({ "const": word }),
        Ty::Date => date(),
        Ty::Dates => json!({ "type": "array", "items": date() }),
        Ty::Texts => json!({ "type": "array", "items": text() }),
        Ty::Period => json!({ "anyOf": [
            { "type": "integer", "minimum": 1900, "maximum": 2999 },
            { "type": "string", "pattern": PERIOD_TEXT },
        ] }),
        Ty::Month => json!({ "type": "string", "pattern": MONTH_TEXT }),
        Ty::Money => money(),
        Ty::Decimal => json!({ "anyOf": [
            { "type": "number", "minimum": 0 },
            { "type": "string", "pattern": DECIMAL_TEXT },
        ] }),
        Ty::Integer(min, max) => json!({ "anyOf": [
            { "type": "integer", "minimum": min, "maximum": max },
            { "type": "string", "pattern": r"^\s*\+?[0-9]+\s*$" },
        ] }),
        Ty::Bool => json!({ "anyOf": [
            { "type": "boolean" },
            { "enum": ["yes", "Yes", "no", "No", "on", "off"] },
        ] }),
        Ty::BaseUrl => {
            // What `config::normalize_base_url` takes: empty, a path from the root, or an
            // http(s) address with a host; none of the characters that would break a link.
            let c = r#"[^\s"'<>\\?#`^{}|]"#;
            let first = r#"[^/\s"'<>\\?#`^{}|]"#;
            let pattern = format!(r"^\s*(|/|/{first}{c}*|[Hh][Tt][Tt][Pp][Ss]?://{first}{c}*)\s*$");
            json!({ "type": "string", "pattern": pattern })
        }
        Ty::WebAddress => json!({ "type": "string", "pattern": WEB_TEXT }),
        Ty::Category(side) => category(side, extra),
        Ty::Map(context) => mapping(context),
        Ty::List(context) => json!({ "type": "array", "items": mapping(context) }),
        Ty::Budget(side) => json!({
            "type": "object",
            "propertyNames": category(side, extra),
            "additionalProperties": money(),
        }),
        Ty::Leave => json!({
            "type": "object",
            "additionalProperties": schema_of(Ty::Decimal, mapping, extra),
        }),
        Ty::ExtraCategories => json!({
            "type": "object",
            "additionalProperties": { "anyOf": [
                { "enum": ["income", "expense"] },
                {
                    "type": "object",
                    "properties": {
                        "code": {
                            "description": "明细科目编码：五位数字，前三位是一级科目，如 50301",
                            "type": ["string", "integer"],
                            "pattern": r"^\s*\d{5}\s*$",
                            "minimum": 10000,
                            "maximum": 99999,
                        },
                        "parent": {
                            "description": "所属一级科目（可不写，按编码前三位），如 503",
                            "type": ["string", "integer"],
                        },
                    },
                    "required": ["code"],
                    "additionalProperties": false,
                },
            ] },
        }),
        Ty::SiteSignatures => json!({ "anyOf": [
            { "type": "array", "items": text() },
            mapping("signatures"),
        ] }),
        Ty::ItemSignatures => json!({ "anyOf": [
            { "type": "null" },
            { "type": "array", "items": text() },
        ] }),
    }
}

/// Text as the reader takes it: a single value, not blank.
fn text() -> Value {
    json!({ "type": ["string", "number", "boolean"], "pattern": r"\S" })
}

fn date() -> Value {
    json!({ "type": "string", "pattern": DATE_TEXT })
}

fn money() -> Value {
    json!({ "anyOf": [
        { "type": "number", "minimum": 0 },
        { "type": "string", "pattern": MONEY_TEXT },
    ] })
}

/// A `category:` of `side`: a name or code of the chart or of the site (`categories`),
/// or a five-digit code under a first-level account of the chart, a sub-account the union
/// set itself (`check` warns of it unless site.yaml declares it).
fn category(side: Side, extra: &BTreeMap<String, CategorySide>) -> Value {
    let first_level: Vec<&str> = accounts::CHART
        .iter()
        .filter(|a| a.side == side && !a.is_sub())
        .map(|a| a.code)
        .collect();
    let mut any_of = vec![
        json!({ "enum": categories(side, extra) }),
        json!({
            "type": "string",
            "pattern": format!(r"^\s*({})\d{{2}}\s*$", first_level.join("|")),
        }),
    ];
    for code in first_level.iter().filter_map(|c| c.parse::<u64>().ok()) {
        any_of.push(json!({
            "type": "integer",
            "minimum": code * 100,
            "maximum": code * 100 + 99,
        }));
    }
    json!({ "anyOf": any_of })
}

/// Every way to name an account of `side` (full name, name without 支出/收入, code as
/// text and as a number), then the site's own categories of that side.
fn categories(side: Side, extra: &BTreeMap<String, CategorySide>) -> Vec<Value> {
    let mut names: Vec<Value> = Vec::new();
    for account in accounts::CHART.iter().filter(|a| a.side == side) {
        names.push(json!(account.name));
        let bare = account
            .name
            .trim_end_matches("支出")
            .trim_end_matches("收入");
        if bare != account.name {
            names.push(json!(bare));
        }
        names.push(json!(account.code));
        if let Ok(code) = account.code.parse::<u64>() {
            names.push(json!(code));
        }
    }
    let wanted = match side {
        Side::Income => CategorySide::Income,
        Side::Expense => CategorySide::Expense,
    };
    for (name, _) in extra.iter().filter(|(_, s)| **s == wanted) {
        if !names.contains(&json!(name)) {
            names.push(json!(name));
        }
    }
    names
}
