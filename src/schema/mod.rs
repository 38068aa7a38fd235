//! `gongkai schema`: JSON Schemas of `site.yaml`, `_section.yaml`, every kind of item and
//! `published.yaml` (whose keys are content paths, so its schema is written here whole),
//! for editors (VS Code with its YAML extension completes keys and underlines mistakes
//! while the clerk types), and the `# yaml-language-server: $schema=…` line that points a
//! file at its schema.
//!
//! The keys of each mapping, and which of them are required, are not listed here: they
//! are what the readers in `load` and `config` ask for, recorded while they read a probe
//! (`probe`). This module adds what a reader's code does not say in a form an editor
//! reads: each key's type, Chinese description and examples (`fields`), turned into JSON
//! Schema by `types`. The schemas help the editor; `check` stays the judge, and nothing
//! here reads content.

mod fields;
mod probe;
mod types;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::ToolError;
use crate::config::CategorySide;
use crate::load::fields::ReadMapping;
use crate::model::Kind;
use types::Ty;

/// The folder under the site root the schemas are written to.
pub const FOLDER: &str = "schemas";

/// One schema: a kind of file in a site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schema {
    /// `site.yaml`.
    Site,
    /// A folder's `_section.yaml`.
    Section,
    /// A finance item.
    Finance,
    /// A welfare item.
    Welfare,
    /// An attendance item.
    Attendance,
    /// A congress item.
    Congress,
    /// A pay sheet (工资奖金分配).
    Pay,
    /// A merits notice (奖惩).
    Merits,
    /// An assessment (综合考核).
    Assessment,
    /// Any other table (其他公开).
    Table,
    /// A notice's front matter.
    Notice,
    /// `published.yaml`: the 核验码 of each item as first published.
    Published,
}

impl Schema {
    /// Every schema, in the order they are written.
    pub const ALL: [Schema; 12] = [
        Schema::Site,
        Schema::Section,
        Schema::Finance,
        Schema::Welfare,
        Schema::Attendance,
        Schema::Congress,
        Schema::Pay,
        Schema::Merits,
        Schema::Assessment,
        Schema::Table,
        Schema::Notice,
        Schema::Published,
    ];

    /// The schema of items of `kind`.
    pub fn of_kind(kind: Kind) -> Schema {
        match kind {
            Kind::Finance => Schema::Finance,
            Kind::Welfare => Schema::Welfare,
            Kind::Attendance => Schema::Attendance,
            Kind::Congress => Schema::Congress,
            Kind::Pay => Schema::Pay,
            Kind::Merits => Schema::Merits,
            Kind::Assessment => Schema::Assessment,
            Kind::Table => Schema::Table,
            Kind::Notice => Schema::Notice,
        }
    }

    /// The kind of item it describes, if it describes one.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Schema::Site | Schema::Section | Schema::Published => None,
            Schema::Finance => Some(Kind::Finance),
            Schema::Welfare => Some(Kind::Welfare),
            Schema::Attendance => Some(Kind::Attendance),
            Schema::Congress => Some(Kind::Congress),
            Schema::Pay => Some(Kind::Pay),
            Schema::Merits => Some(Kind::Merits),
            Schema::Assessment => Some(Kind::Assessment),
            Schema::Table => Some(Kind::Table),
            Schema::Notice => Some(Kind::Notice),
        }
    }

    /// Its file name under `schemas/`: `finance.json`.
    pub fn file_name(self) -> String {
        let name = match self {
            Schema::Site => "site",
            Schema::Section => "section",
            Schema::Published => "published",
            _ => self.kind().map_or("", Kind::key),
        };
        format!("{name}.json")
    }

    /// The context the reader names the file's top mapping by.
    fn root_context(self) -> String {
        match self {
            Schema::Site => "site.yaml".into(),
            Schema::Section => "_section.yaml".into(),
            Schema::Published => "published.yaml".into(),
            Schema::Notice => "notice front matter".into(),
            _ => format!("{} item", self.kind().map_or("", Kind::key)),
        }
    }

    fn title(self) -> &'static str {
        match self {
            Schema::Site => "gongkai 站点设置（site.yaml）",
            Schema::Section => "gongkai 栏目设置（_section.yaml）",
            Schema::Finance => "gongkai 经费收支公示（kind: finance）",
            Schema::Welfare => "gongkai 福利发放公示（kind: welfare）",
            Schema::Attendance => "gongkai 出勤公示（kind: attendance）",
            Schema::Congress => "gongkai 职代会决议、提案公告（kind: congress）",
            Schema::Pay => "gongkai 工资奖金分配公示（kind: pay）",
            Schema::Merits => "gongkai 奖惩公示（kind: merits）",
            Schema::Assessment => "gongkai 综合考核结果公示（kind: assessment）",
            Schema::Table => "gongkai 其他公开事项的表格（kind: table）",
            Schema::Notice => "gongkai 通知公告（.md 文件开头两条 --- 之间的部分）",
            Schema::Published => {
                "gongkai 首次发布的核验码（published.yaml，由 gongkai record 添加）"
            }
        }
    }
}

/// The comment line that points an editor at the schema of the file at `site_path`
/// (`/`-separated, from the site root): a path relative to the file, so the site folder
/// can be moved or copied.
pub fn modeline(site_path: &str, schema: Schema) -> String {
    let depth = site_path.matches('/').count();
    format!(
        "# yaml-language-server: $schema={}{FOLDER}/{}",
        "../".repeat(depth),
        schema.file_name()
    )
}

/// The JSON Schema of `schema`; `extra` are the site's own finance categories
/// (`categories:` in site.yaml), allowed beside the chart of accounts.
pub fn generate(schema: Schema, extra: &BTreeMap<String, CategorySide>) -> Value {
    if schema == Schema::Published {
        return published();
    }
    let builder = Builder {
        mappings: probe::read_mappings(schema),
        extra,
        data_root: match schema.kind() {
            Some(Kind::Notice) | None => None,
            Some(_) => Some(schema.root_context()),
        },
    };
    let mut root = builder.object(&schema.root_context());
    if let Value::Object(map) = &mut root {
        map.insert(
            "$schema".into(),
            json!("http://json-schema.org/draft-07/schema#"),
        );
        map.insert("title".into(), json!(schema.title()));
    }
    root
}

/// The schema of `published.yaml`: content paths (with extension) to 8-digit 核验码.
fn published() -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": Schema::Published.title(),
        "description": "每行一项：content/ 下的路径（带扩展名）: 该项首次发布时的核验码。由 gongkai record 添加，不要改动已有的行。",
        "type": ["object", "null"],
        "propertyNames": { "pattern": "\\.(yaml|md)$" },
        "additionalProperties": {
            "type": "string",
            "pattern": "^[0-9a-f]{8}$",
            "description": "核验码：8 位十六进制数字，与公示页面和打印件上的相同",
            "examples": ["3f2a9c1b"]
        },
        "examples": [{ "2026/finance-q1.yaml": "3f2a9c1b" }]
    })
}

/// Writes every schema into `root/schemas/` (replacing the ones written before: they
/// are made, not edited) and returns the files written.
pub fn write(
    root: &Path,
    extra: &BTreeMap<String, CategorySide>,
) -> Result<Vec<PathBuf>, ToolError> {
    let folder = root.join(FOLDER);
    fs::create_dir_all(&folder).map_err(|e| ToolError::io("create", &folder, e))?;
    let mut written = Vec::new();
    for schema in Schema::ALL {
        let path = folder.join(schema.file_name());
        let text = pretty(&generate(schema, extra));
        fs::write(&path, text).map_err(|e| ToolError::io("write", &path, e))?;
        written.push(path);
    }
    Ok(written)
}

/// `gongkai schema DIR`: writes the schemas of the site at `root`, its own finance
/// categories included when its `site.yaml` reads (without one, those of any site).
pub fn write_for_site(root: &Path) -> Result<Vec<PathBuf>, ToolError> {
    let extra = match crate::load::load_config(root, &mut Vec::new()) {
        Ok(config) => site_categories(&config),
        Err(ToolError::NotASite(_)) => BTreeMap::new(),
        Err(e) => return Err(e),
    };
    write(root, &extra)
}

/// The site's own finance categories by side: those of `categories:`, and the names of
/// the sub-accounts it declares (`{code: 50301, parent: 503}`) on their parent's side.
pub fn site_categories(config: &crate::config::Config) -> BTreeMap<String, CategorySide> {
    let mut extra = config.categories.clone();
    for (code, name) in &config.sub_accounts {
        if let Some(parent) = crate::model::accounts::parent_of_code(code) {
            let side = match parent.side {
                crate::model::accounts::Side::Income => CategorySide::Income,
                crate::model::accounts::Side::Expense => CategorySide::Expense,
            };
            extra.insert(name.clone(), side);
        }
    }
    extra
}

/// A schema as written: pretty-printed, with a final newline.
pub fn pretty(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Turns the mappings the readers read into object schemas.
struct Builder<'a> {
    mappings: Vec<ReadMapping>,
    extra: &'a BTreeMap<String, CategorySide>,
    /// The top mapping of a data item, which must name its `kind:`.
    data_root: Option<String>,
}

impl Builder<'_> {
    /// The object schema of the mapping read under `context`.
    fn object(&self, context: &str) -> Value {
        let mut keys: Vec<&'static str> = Vec::new();
        let mut required: Vec<&'static str> = Vec::new();
        for read in self.mappings.iter().filter(|m| m.context == context) {
            for key in &read.keys {
                if !keys.contains(key) {
                    keys.push(key);
                }
            }
            for key in &read.required {
                if !required.contains(key) {
                    required.push(key);
                }
            }
        }
        if self.data_root.as_deref() == Some(context) && !required.contains(&"kind") {
            required.insert(0, "kind");
        }
        for (key, companion) in fields::COMPANIONS {
            if keys.contains(key) && !keys.contains(companion) {
                keys.push(companion);
            }
        }
        // `lines:` names a spreadsheet holding the item's lines, in place of its list:
        // then the list is not required (`load::ledger`), nor a table's `columns:`, which
        // the sheet's header can declare.
        let mut either = Vec::new();
        if keys.contains(&"lines") {
            required.retain(|key| {
                let list = matches!(
                    *key,
                    "recipients" | "records" | "rows" | "entries" | "scores" | "columns"
                );
                if list {
                    either.push(json!({ "anyOf": [
                        { "required": [key] },
                        { "required": ["lines"] },
                    ] }));
                }
                !list
            });
        }
        let mut properties = Map::new();
        for key in &keys {
            let property = match fields::find(context, key) {
                Some(field) => {
                    let mut schema = types::schema_of(field.ty, &|c| self.object(c), self.extra);
                    if !required.contains(key) && field.ty != Ty::ItemSignatures {
                        schema = nullable(schema);
                    }
                    describe(schema, field)
                }
                // Every key is described (a test sees to it); an undescribed one is
                // still allowed rather than wrongly refused.
                None => json!({}),
            };
            properties.insert((*key).to_string(), property);
        }
        let mut object = json!({
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        });
        let mut rules = match conditions(context) {
            Some(Value::Array(rules)) => rules,
            _ => Vec::new(),
        };
        rules.extend(either);
        if let (false, Value::Object(map)) = (rules.is_empty(), &mut object) {
            map.insert("allOf".into(), Value::Array(rules));
        }
        object
    }
}

/// Rules between the keys of one mapping that a schema can say: a proposal closed
/// (已办结) needs its `reply`, one refused (不予立案) its `reason` (`check::congress`).
fn conditions(context: &str) -> Option<Value> {
    let needs = |status: &str, key: &str| {
        json!({
            "if": { "properties": { "status": { "const": status } }, "required": ["status"] },
            "then": { "required": [key] },
        })
    };
    (context == "proposal").then(|| json!([needs("已办结", "reply"), needs("不予立案", "reason")]))
}

/// `schema`, or nothing: an optional key may be written with no value. Said inside the
/// schema's own type where it can be (`"type": ["object", "null"]`), so the editor and
/// validators still name the key's own mistake rather than "none of the choices".
fn nullable(mut schema: Value) -> Value {
    let Value::Object(map) = &mut schema else {
        return schema;
    };
    if let Some(Value::Array(choices)) = map.get_mut("anyOf") {
        choices.insert(0, json!({ "type": "null" }));
        return schema;
    }
    if map.contains_key("const") {
        return json!({ "anyOf": [{ "type": "null" }, schema] });
    }
    if let Some(Value::Array(words)) = map.get_mut("enum") {
        words.push(Value::Null);
    }
    match map.get_mut("type") {
        Some(Value::Array(types)) => types.push(json!("null")),
        Some(one) => *one = json!([one.clone(), "null"]),
        None => {}
    }
    schema
}

/// Adds the field's description and examples to its schema.
fn describe(mut schema: Value, field: &fields::Field) -> Value {
    if let Value::Object(map) = &mut schema {
        map.insert("description".into(), json!(field.zh));
        if !field.examples.is_empty() {
            let examples: Vec<Value> = field
                .examples
                .iter()
                .map(|e| example(field.ty, e))
                .collect();
            map.insert("examples".into(), Value::Array(examples));
        }
    }
    schema
}

/// An example as the editor would read it when typed plainly.
fn example(ty: Ty, text: &str) -> Value {
    match ty {
        Ty::Integer(..) | Ty::Decimal | Ty::Period => text
            .parse::<i64>()
            .map_or_else(|_| json!(text), |n| json!(n)),
        Ty::Bool => json!(text == "true"),
        Ty::Texts | Ty::Dates => json!([text]),
        Ty::Category(_) if text.bytes().all(|b| b.is_ascii_digit()) => text
            .parse::<i64>()
            .map_or_else(|_| json!(text), |n| json!(n)),
        _ => json!(text),
    }
}

#[cfg(test)]
mod tests;
