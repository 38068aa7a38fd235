//! `published.yaml` and `gongkai record`: record adds the 核验码 of each newly published
//! item and never rewrites an entry; check and build warn, at the item and at its entry,
//! when a listed item was changed in place and no item corrects it.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// A finance report published on 2026-04-01 with one income line of `amount`.
fn finance(amount: &str, closing: &str) -> String {
    format!(
        "kind: finance\ntitle: 一季度经费\npublished: 2026-04-01\nperiod: 2026-Q1\n\
         opening_balance: \"100.00\"\n\
         income:\n  - {{date: 2026-01-05, category: 会费收入, amount: \"{amount}\"}}\n\
         expenses: []\nclosing_balance: \"{closing}\"\n"
    )
}

/// A site with a finance report, a notice, a draft and an item published after TODAY.
fn site() -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    write(root, "site.yaml", "title: 某工会公开栏\nunit: 某工会\n");
    write(
        root,
        "content/2026/finance-q1.yaml",
        finance("50.00", "150.00"),
    );
    write(
        root,
        "content/2026/notice.md",
        "---\ntitle: 通知\npublished: 2026-04-02\n---\n第一段。\n",
    );
    write(
        root,
        "content/2026/draft.md",
        "---\ntitle: 草稿\npublished: 2026-04-02\ndraft: true\n---\n草稿。\n",
    );
    write(
        root,
        "content/2026/later.md",
        "---\ntitle: 以后\npublished: 2099-01-01\n---\n以后。\n",
    );
    site
}

/// `gongkai record --root ROOT --today TODAY`.
fn record(root: &Path) -> Run {
    let mut cmd = gongkai();
    cmd.arg("record")
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY]);
    run(&mut cmd)
}

/// The entries of `published.yaml`: (path, code) in file order.
fn entries(root: &Path) -> Vec<(String, String)> {
    let text = fs::read_to_string(root.join("published.yaml")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (path, code) = l.split_once(": ").unwrap();
            (
                path.trim_matches('"').to_string(),
                code.trim_matches('"').to_string(),
            )
        })
        .collect()
}

/// The 核验码 the item page at `page` shows.
fn shown_code(root: &Path, page: &str) -> String {
    let doc = parse_html(&root.join("public").join(page));
    text(one(&doc, ".fingerprint code"))
}

#[test]
fn record_adds_the_published_items_and_never_rewrites_an_entry() {
    let site = site();
    let root = site.path();
    let first = record(root);
    first.expect_code(0);
    let listed = entries(root);
    let paths: Vec<&str> = listed.iter().map(|(p, _)| p.as_str()).collect();
    // Published items only: not the draft, not the one published after the build date.
    assert_eq!(paths, ["2026/finance-q1.yaml", "2026/notice.md"]);
    // What it recorded is what the pages show.
    run(&mut build_cmd(root, &[])).expect_code(0);
    assert_eq!(listed[0].1, shown_code(root, "2026/finance-q1/index.html"));
    assert_eq!(listed[1].1, shown_code(root, "2026/notice/index.html"));
    // It says what it added, in the site's language.
    assert!(
        first.stdout.contains("已记录 2026/finance-q1.yaml") && first.stdout.contains(&listed[0].1),
        "{}",
        first.stdout
    );
    assert!(first.stdout.contains("新增 2 项"), "{}", first.stdout);

    // A second run adds nothing and leaves the file byte for byte.
    let before = fs::read(root.join("published.yaml")).unwrap();
    let again = record(root);
    again.expect_code(0);
    assert!(again.stdout.contains("没有新增"), "{}", again.stdout);
    assert_eq!(fs::read(root.join("published.yaml")).unwrap(), before);

    // A clerk's comment and an entry whose item changed since stay as they are; only
    // the new item is appended.
    let kept = format!("# 首次发布的核验码\n{}", String::from_utf8(before).unwrap())
        .replace(&listed[0].1, "00000000");
    fs::write(root.join("published.yaml"), &kept).unwrap();
    write(
        root,
        "content/2026/notice-2.md",
        "---\ntitle: 通知二\npublished: 2026-04-03\n---\n正文。\n",
    );
    record(root).expect_code(0);
    let after = fs::read_to_string(root.join("published.yaml")).unwrap();
    assert!(after.starts_with(&kept), "{after}");
    let added = &after[kept.len()..];
    assert_eq!(added.lines().count(), 1, "{added}");
    assert!(added.starts_with("\"2026/notice-2.md\": \""), "{added}");
}

#[test]
fn record_writes_nothing_while_the_site_has_errors() {
    let site = site();
    let root = site.path();
    write(
        root,
        "content/2026/finance-q1.yaml",
        finance("50.00", "999.00"),
    );
    let r = record(root);
    r.expect_code(1);
    assert!(!root.join("published.yaml").exists());
    assert!(r.stdout.contains("published.yaml 未改动"), "{}", r.stdout);
}

#[test]
fn a_published_item_changed_in_place_is_warned_at_the_item_and_its_entry() {
    let site = site();
    let root = site.path();
    record(root).expect_code(0);
    let recorded = entries(root)[0].1.clone();
    // The clerk edits the published report in place: one line 50.00 -> 60.00.
    write(
        root,
        "content/2026/finance-q1.yaml",
        finance("60.00", "160.00"),
    );
    let checked = run(&mut check_cmd(root, &["--message-format", "json"]));
    checked.expect_code(0);
    let found: Vec<serde_json::Value> = json_lines(&checked.stdout)
        .into_iter()
        .filter(|d| d["code"] == "changed-since-published")
        .collect();
    assert_eq!(found.len(), 1, "{}", checked.stdout);
    let d = &found[0];
    assert_eq!(d["severity"], "warning");
    // At the item's title, and at the recorded code in published.yaml.
    assert_eq!(place(d), "content/2026/finance-q1.yaml:2:8");
    let related = &d["related"][0];
    assert_eq!(place(related), "published.yaml:2:25");
    assert!(d["message"].as_str().unwrap().contains(&recorded), "{d}");
    // The build warns too, and still publishes.
    let built = run(&mut build_cmd(root, &["--message-format", "json"]));
    built.expect_code(0);
    assert!(built.stdout.contains("changed-since-published"));
    let now = shown_code(root, "2026/finance-q1/index.html");
    assert_ne!(now, recorded);
    assert!(d["message"].as_str().unwrap().contains(&now), "{d}");

    // The notice, not edited, is not warned about; nor is the report once an item
    // corrects it.
    write(
        root,
        "content/2026/finance-q1-fix.yaml",
        finance("60.00", "160.00").replace(
            "title: 一季度经费\npublished: 2026-04-01",
            "title: 一季度经费（更正）\npublished: 2026-04-03\ncorrects: 2026/finance-q1.yaml",
        ),
    );
    let checked = run(&mut check_cmd(root, &["--message-format", "json"]));
    checked.expect_code(0);
    assert!(
        !checked.stdout.contains("changed-since-published"),
        "{}",
        checked.stdout
    );
}

#[test]
fn the_published_yaml_record_writes_validates_against_its_schema() {
    let site = site();
    let root = site.path();
    record(root).expect_code(0);
    let text = fs::read_to_string(root.join("published.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema=schemas/published.json\n"),
        "{text}"
    );
    run(gongkai().arg("schema").arg(root)).expect_code(0);
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root.join("schemas/published.json")).unwrap())
            .unwrap();
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let instance: serde_json::Value = serde_json::Value::Object(
        entries(root)
            .into_iter()
            .map(|(p, c)| (p, serde_json::Value::String(c)))
            .collect(),
    );
    assert!(validator.is_valid(&instance), "{instance}");
    let wrong = serde_json::json!({"2026/finance-q1.yaml": "not a code"});
    assert!(!validator.is_valid(&wrong));
}
