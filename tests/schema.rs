//! `gongkai schema`: the JSON Schemas it writes accept every sample file (the repository's
//! board) and catch the fixtures' mistakes that a schema can catch (unknown keys, wrong
//! types, missing required fields, words outside a list), checked with a JSON Schema
//! validator on the YAML as an editor reads it (YAML 1.2: `2026` a number, `2026-04-05`
//! text).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::{gongkai, manifest_dir, run};
use gongkai::yaml::{Node, Style, Value as Yaml};
use serde_json::{Value, json};

/// A YAML node as JSON, typed the way the editor's YAML 1.2 core schema types it.
fn to_json(node: &Node) -> Value {
    match &node.value {
        Yaml::Scalar(text, Style::Quoted) => json!(text),
        Yaml::Scalar(text, Style::Plain) => plain(text),
        Yaml::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Map(pairs) => Value::Object(
            pairs
                .iter()
                .map(|(k, v)| (k.as_scalar().unwrap_or("").to_string(), to_json(v)))
                .collect(),
        ),
    }
}

fn plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return json!(true),
        "false" | "False" | "FALSE" => return json!(false),
        _ => {}
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits(unsigned)
        && let Ok(n) = text.parse::<i64>()
    {
        return json!(n);
    }
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let float = (digits(int) || int.is_empty())
        && (frac.is_empty() || digits(frac.split(['e', 'E']).next().unwrap_or("")))
        && (digits(int) || !frac.is_empty())
        && unsigned.contains('.');
    if float && let Ok(x) = text.parse::<f64>() {
        return json!(x);
    }
    json!(text)
}

/// The front matter of a notice, as YAML text.
fn front_matter(text: &str) -> Option<String> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---")?;
    Some(rest[..=end].to_string())
}

/// The schema file a site file is checked against, and the file as JSON; `None` for a
/// file no schema describes (an unknown kind, a file that is no YAML).
fn instance(rel: &str, bytes: &[u8]) -> Option<(String, Value)> {
    let text = gongkai::source::decode(bytes).ok()?;
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let (yaml, markdown) = if name.ends_with(".md") {
        (front_matter(&text)?, true)
    } else {
        (text, false)
    };
    let json = to_json(&gongkai::yaml::parse(&yaml).ok()?);
    let schema = if name == "site.yaml" {
        "site".to_string()
    } else if name == "_section.yaml" {
        "section".to_string()
    } else if markdown {
        "notice".to_string()
    } else {
        let kind = json.get("kind")?.as_str()?;
        ["finance", "welfare", "attendance", "congress"]
            .contains(&kind)
            .then(|| kind.to_string())?
    };
    Some((format!("{schema}.json"), json))
}

/// What the schemas in `schemas` say about `rel` in `site`: `None` when no schema
/// describes it, else every error as `path: message`.
fn schema_errors(schemas: &Path, site: &Path, rel: &str) -> Option<Vec<String>> {
    let bytes = fs::read(site.join(rel)).unwrap();
    let (schema_file, json) = instance(rel, &bytes)?;
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(schemas.join(&schema_file)).unwrap()).unwrap();
    let validator = jsonschema::draft7::new(&schema)
        .unwrap_or_else(|e| panic!("{schema_file} is no valid JSON Schema: {e}"));
    Some(
        validator
            .iter_errors(&json)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect(),
    )
}

/// Every YAML and Markdown file of the site at `root`, as paths from the root.
fn site_files(root: &Path) -> Vec<String> {
    let mut files = vec!["site.yaml".to_string()];
    for entry in walk(&root.join("content")) {
        let rel = entry
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with(".yaml") || rel.ends_with(".md") {
            files.push(rel);
        }
    }
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Writes the schemas of the site at `site` (its own categories included) into a fresh
/// folder and returns it with the folder holding `schemas/`.
fn schemas_of(site: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(site.join("site.yaml"), dir.path().join("site.yaml")).unwrap();
    run(gongkai().arg("schema").arg(dir.path())).expect_code(0);
    let schemas = dir.path().join("schemas");
    (dir, schemas)
}

#[test]
fn schema_writes_one_file_per_kind_of_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(gongkai().arg("schema").arg(dir.path()));
    out.expect_code(0);
    let mut names: Vec<String> = fs::read_dir(dir.path().join("schemas"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "attendance.json",
            "congress.json",
            "finance.json",
            "notice.json",
            "published.json",
            "section.json",
            "site.json",
            "welfare.json"
        ]
    );
    let finance: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("schemas/finance.json")).unwrap())
            .unwrap();
    // Descriptions in Chinese, enums for categories, examples.
    let line = &finance["properties"]["expenses"]["items"];
    let category = &line["properties"]["category"];
    assert!(
        category["description"]
            .as_str()
            .unwrap()
            .contains("支出科目")
    );
    let names = category["anyOf"][0]["enum"].as_array().unwrap();
    for name in [
        json!("职工活动支出"),
        json!("送温暖"),
        json!("50405"),
        json!(501),
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert!(
        !names.contains(&json!("会费收入")),
        "an income account under expenses"
    );
    assert_eq!(line["properties"]["amount"]["examples"], json!(["1500.00"]));
    // Written twice, the same bytes: the schemas are made, not edited.
    let before = fs::read(dir.path().join("schemas/finance.json")).unwrap();
    run(gongkai().arg("schema").arg(dir.path())).expect_code(0);
    assert_eq!(
        before,
        fs::read(dir.path().join("schemas/finance.json")).unwrap()
    );
}

#[test]
fn the_sample_board_validates() {
    let root = manifest_dir();
    let (_dir, schemas) = schemas_of(&root);
    let files = site_files(&root);
    assert!(files.len() > 10, "{files:?}");
    for rel in files {
        let errors = schema_errors(&schemas, &root, &rel)
            .unwrap_or_else(|| panic!("no schema for the sample's {rel}"));
        assert!(errors.is_empty(), "{rel}: {errors:#?}");
    }
}

#[test]
fn a_sites_own_categories_are_allowed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("site.yaml"),
        "title: t\nunit: u\ncategories: {团建活动: expense}\n",
    )
    .unwrap();
    run(gongkai().arg("schema").arg(dir.path())).expect_code(0);
    let text = fs::read_to_string(dir.path().join("schemas/finance.json")).unwrap();
    assert_eq!(
        text.matches("团建活动").count(),
        2,
        "expense lines and budget, not income"
    );
    let text = fs::read_to_string(dir.path().join("schemas/welfare.json")).unwrap();
    assert_eq!(text.matches("团建活动").count(), 1, "funded_by.category");
}

/// The fixtures' mistakes a schema can catch, with what its error names.
const CAUGHT: &[(&str, &str)] = &[
    ("common_mistakes/content/bad-period.yaml", "/period"),
    (
        "common_mistakes/content/missing-title.yaml",
        "\"title\" is a required property",
    ),
    (
        "common_mistakes/content/three-decimals.yaml",
        "/recipients/0/amount",
    ),
    ("common_mistakes/content/unknown-key.yaml", "titel"),
    ("common_mistakes/content/unknown-line-key.yaml", "nots"),
    ("common_mistakes/site.yaml", "titel"),
    (
        "congress_rules/content/bad-result.yaml",
        "/resolutions/0/result",
    ),
    (
        "congress_rules/content/negative-votes.yaml",
        "/resolutions/0/votes/against",
    ),
    (
        "congress_rules/content/no-representatives.yaml",
        "/representatives/total",
    ),
    (
        "congress_rules/content/progress-percent.yaml",
        "/resolutions/0/progress/percent",
    ),
    (
        "congress_rules/content/progress-status.yaml",
        "/resolutions/0/progress/status",
    ),
    (
        "congress_rules/content/proposal-no-reason.yaml",
        "\"reason\" is a required property",
    ),
    (
        "congress_rules/content/proposal-no-reply.yaml",
        "\"reply\" is a required property",
    ),
    (
        "congress_rules/content/proposal-status.yaml",
        "/proposals/0/status",
    ),
    (
        "attendance_rules/content/negative.yaml",
        "/records/0/leave/事假",
    ),
    ("attendance_rules/content/quarter.yaml", "/period"),
    (
        "finance_mistakes/content/2026/amounts.yaml",
        "/expenses/0/amount",
    ),
    (
        "finance_mistakes/content/2026/amounts.yaml",
        "/income/0/amount",
    ),
    (
        "finance_mistakes/content/2026/amounts.yaml",
        "/income/1/amount",
    ),
    (
        "finance_mistakes/content/2026/amounts.yaml",
        "/opening_balance",
    ),
    // An income account under expenses, and a name outside the chart.
    (
        "finance_mistakes/content/2026/q1.yaml",
        "/expenses/1/category",
    ),
    (
        "finance_mistakes/content/2026/q1.yaml",
        "/expenses/2/category",
    ),
];

#[test]
fn the_fixtures_mistakes_are_caught_where_a_schema_can() {
    let fixtures = manifest_dir().join("tests/fixtures");
    let mut sites: Vec<PathBuf> = fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        // A fixture site has a site.yaml (`sheets/` holds spreadsheets for `import`).
        .filter(|p| p.join("site.yaml").is_file())
        .collect();
    sites.sort();
    let mut seen = BTreeMap::new();
    for site in sites {
        let (_dir, schemas) = schemas_of(&site);
        let name = site.file_name().unwrap().to_string_lossy().into_owned();
        for rel in site_files(&site) {
            let key = format!("{name}/{rel}");
            if let Some(errors) = schema_errors(&schemas, &site, &rel) {
                seen.insert(key, errors);
            }
        }
    }
    for (file, expected) in CAUGHT {
        let errors = seen
            .get(*file)
            .unwrap_or_else(|| panic!("{file}: no schema applied"));
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{file}: expected an error naming {expected}, got {errors:#?}"
        );
    }
    // Every other fixture file passes: the schema refuses nothing gongkai takes, and
    // leaves rules across values (sums, quorum, dates in a period) to `check`.
    let refused: Vec<String> = seen
        .iter()
        .filter(|(file, errors)| !errors.is_empty() && !CAUGHT.iter().any(|(f, _)| f == file))
        .map(|(file, errors)| format!("{file}: {errors:#?}"))
        .collect();
    assert!(refused.is_empty(), "{}", refused.join("\n"));
}

/// Checks every YAML file of the site at `root` against the schema its first line names
/// (`# yaml-language-server: $schema=PATH`, PATH from the file's folder).
fn validate_by_modeline(root: &Path, files: &[String]) {
    for rel in files.iter().filter(|f| f.ends_with(".yaml")) {
        let text = fs::read_to_string(root.join(rel)).unwrap();
        let first = text.lines().next().unwrap_or("");
        let schema_path = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{rel} does not start with the schema line: {first}"));
        let folder = root.join(rel).parent().unwrap().to_path_buf();
        let schema_file = folder.join(schema_path);
        assert!(
            schema_file.is_file(),
            "{rel}: {} is missing",
            schema_file.display()
        );
        let (expected, json) = instance(rel, text.as_bytes()).unwrap();
        assert!(
            schema_path.ends_with(&expected),
            "{rel}: {schema_path}, not {expected}"
        );
        let schema: Value =
            serde_json::from_str(&fs::read_to_string(&schema_file).unwrap()).unwrap();
        let validator = jsonschema::draft7::new(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{rel}: {errors:#?}");
    }
}

#[test]
fn what_init_and_new_write_validates_against_the_schema_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("board");
    run(gongkai().arg("init").arg(&site)).expect_code(0);
    let files = site_files(&site);
    let yaml: Vec<&String> = files.iter().filter(|f| f.ends_with(".yaml")).collect();
    assert!(yaml.len() >= 6, "{files:?}");
    validate_by_modeline(&site, &files);
    // The notice's front matter too (the editor does not read it inside a .md file).
    for rel in files.iter().filter(|f| f.ends_with(".md")) {
        assert_eq!(
            schema_errors(&site.join("schemas"), &site, rel),
            Some(vec![]),
            "{rel}"
        );
    }
    for (kind, path) in [
        ("finance", "content/2026/finance-02.yaml"),
        ("attendance", "content/2026/attendance-02.yaml"),
    ] {
        run(gongkai()
            .args(["new", kind, path, "--today", "2026-03-03", "--root"])
            .arg(&site))
        .expect_code(0);
        validate_by_modeline(&site, &[path.to_string()]);
    }
}

/// Where a complete example of the format docs goes in a site, by the schema it names.
fn example_path(block: &str) -> Option<&'static str> {
    let first = block.lines().next()?;
    Some(match first.rsplit('/').next()? {
        "site.json" => "site.yaml",
        "section.json" => "content/branch/_section.yaml",
        "finance.json" => "content/2026/finance-q1.yaml",
        "welfare.json" => "content/2026/welfare.yaml",
        "attendance.json" => "content/2026/attendance-03.yaml",
        "congress.json" => "content/2026/congress.yaml",
        _ => return None,
    })
}

#[test]
fn the_format_docs_examples_check_clean_and_validate() {
    for doc in ["docs/content-format.md", "docs/content-format.en.md"] {
        let text = fs::read_to_string(manifest_dir().join(doc)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path();
        let mut written = Vec::new();
        for fence in text.split("```").skip(1).step_by(2) {
            let (lang, body) = fence.split_once('\n').unwrap_or((fence, ""));
            let path = match lang {
                "yaml" => example_path(body),
                "markdown" => Some("content/notices/exam.md"),
                _ => None,
            };
            if let Some(path) = path {
                common::write(site, path, body);
                written.push(path.to_string());
            }
        }
        written.sort();
        assert_eq!(
            written.len(),
            7,
            "{doc}: an example of every kind of file: {written:?}"
        );
        let out = run(gongkai()
            .args(["check", "--today", "2026-04-06", "--root"])
            .arg(site));
        out.expect_code(0);
        assert!(out.stderr.is_empty(), "{doc}: {}", out.stderr);
        run(gongkai().arg("schema").arg(site)).expect_code(0);
        validate_by_modeline(site, &written);
        assert_eq!(
            schema_errors(&site.join("schemas"), site, "content/notices/exam.md"),
            Some(vec![])
        );
    }
}

#[test]
fn sub_accounts_the_union_set_itself_are_allowed_on_their_side() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    common::write(
        site,
        "site.yaml",
        "title: t\nunit: u\n\
         categories: {劳动和技能竞赛活动支出: {code: 50301, parent: 503}, 团建活动: expense}\n",
    );
    run(gongkai().arg("schema").arg(site)).expect_code(0);
    let schemas = site.join("schemas");
    assert_eq!(
        schema_errors(&schemas, site, "site.yaml"),
        Some(vec![]),
        "the declared form"
    );
    let finance = |categories: &[&str]| {
        let lines: String = categories
            .iter()
            .map(|c| format!("  - {{date: 2026-01-05, category: {c}, amount: 1}}\n"))
            .collect();
        common::write(
            site,
            "content/f.yaml",
            format!(
                "kind: finance\ntitle: t\npublished: 2026-01-06\nperiod: 2026-01\n\
                 opening_balance: 0\nexpenses:\n{lines}"
            ),
        );
        schema_errors(&schemas, site, "content/f.yaml").unwrap()
    };
    // Declared by name or code, set by the union under a first-level expense account
    // (check warns), written as text or as a number.
    assert_eq!(
        finance(&[
            "劳动和技能竞赛活动支出",
            "50301",
            "\"50399\"",
            "50107",
            "团建活动"
        ]),
        Vec::<String>::new()
    );
    // 502 is not an account; 401 is income; four digits are no sub-account.
    let errors = finance(&["50201", "40101", "5031", "会费收入"]);
    for i in 0..4 {
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("/expenses/{i}/category"))),
            "{i}: {errors:#?}"
        );
    }
    common::write(
        site,
        "site.yaml",
        "title: t\nunit: u\ncategories: {x: {code: 50301, name: y}, z: both}\n",
    );
    let errors = schema_errors(&schemas, site, "site.yaml").unwrap();
    assert!(
        errors.iter().any(|e| e.starts_with("/categories/x")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("/categories/z")),
        "{errors:#?}"
    );
}

#[test]
fn an_item_keeping_its_lines_in_a_spreadsheet_validates() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    common::write(site, "site.yaml", "title: t\nunit: u\n");
    run(gongkai().arg("schema").arg(site)).expect_code(0);
    let schemas = site.join("schemas");
    common::write(
        site,
        "content/w.yaml",
        "kind: welfare\ntitle: t\npublished: 2026-01-06\nprogram: 送温暖\n\
         lines: 名单.xlsx\nsheet: Sheet1\n",
    );
    assert_eq!(
        schema_errors(&schemas, site, "content/w.yaml"),
        Some(vec![])
    );
    // Neither the list nor `lines:`: the list is missing.
    common::write(
        site,
        "content/w.yaml",
        "kind: welfare\ntitle: t\npublished: 2026-01-06\nprogram: 送温暖\n",
    );
    let errors = schema_errors(&schemas, site, "content/w.yaml").unwrap();
    assert!(!errors.is_empty());
}
