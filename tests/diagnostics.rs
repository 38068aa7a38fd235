//! Diagnostics for the common mistakes a clerk makes: each reported at its exact
//! `file:line:column`, all of them in one run, with exit code 1, and a failed build
//! leaves the previous output untouched. Also BOM/CRLF files and the human format.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use serde_json::Value;

/// A tiny GBK encoder for the few characters the tests use (GB 2312 code points).
fn gbk(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.chars() {
        match c {
            '经' => out.extend([0xBE, 0xAD]),
            '费' => out.extend([0xB7, 0xD1]),
            '正' => out.extend([0xD5, 0xFD]),
            '文' => out.extend([0xCE, 0xC4]),
            c if c.is_ascii() => out.push(c as u8),
            c => panic!("no GBK code for {c:?} in this test encoder"),
        }
    }
    out
}

/// A GBK-saved notice: the first byte that is not UTF-8 is `经` at line 2, column 8.
fn write_gbk_notice(root: &Path) {
    let bytes = gbk("---\ntitle: 经费\npublished: 2026-04-01\n---\n正文\n");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the test file must not be UTF-8"
    );
    write(root, "content/notices/gbk.md", bytes);
}

/// The broken fixture: one mistake per file, plus the GBK file written at run time.
fn broken_site() -> tempfile::TempDir {
    let site = fixture("common_mistakes");
    write_gbk_notice(site.path());
    site
}

/// Runs `check --message-format json` and returns the diagnostics.
fn json_check(root: &Path) -> (Run, Vec<Value>) {
    let run = run(&mut check_cmd(root, &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    (run, diags)
}

fn errors(diags: &[Value]) -> Vec<&Value> {
    diags.iter().filter(|d| d["severity"] == "error").collect()
}

/// `file:line:column` (`-` for a whole-file problem) and words the message must contain,
/// for every mistake in the fixture.
const EXPECTED: &[(&str, &[&str])] = &[
    ("content/missing-title.yaml:1:1", &["title"]),
    ("content/bad-date.yaml:3:12", &["2026-02-30"]),
    ("content/bad-period.yaml:4:9", &["2026-Q5"]),
    // `disclosure: {from: 2026-04-10, to: 2026-04-03}`: the `to` date.
    (
        "content/bad-disclosure.md:4:36",
        &["2026-04-03", "2026-04-10"],
    ),
    ("content/bad-corrects.md:4:11", &["2026/no-such-item.yaml"]),
    ("content/unknown-kind.yaml:1:7", &["finanse"]),
    ("content/unknown-key.yaml:3:1", &["titel"]),
    // `    nots: 1月会费` inside the first income line.
    ("content/unknown-line-key.yaml:10:5", &["nots"]),
    ("content/notices/no-front-matter.md:1:1", &["---"]),
    // `  period: 2026-Q1` indented under `published:`: the `:` that cannot be there.
    ("content/yaml-syntax.yaml:4:9", &["YAML"]),
    // `  - {name: 张三, amount: "12.345"}`: the amount (column counted in characters).
    ("content/three-decimals.yaml:6:24", &["12.345"]),
    // Two files, one page: each file is reported as a whole, naming the other.
    ("content/dup/a.md:-:-", &["content/dup/a.yaml"]),
    ("content/dup/a.yaml:-:-", &["content/dup/a.md"]),
    // The first byte that is not UTF-8.
    ("content/notices/gbk.md:2:8", &["UTF-8"]),
    ("site.yaml:3:1", &["titel"]),
];

#[test]
fn every_common_mistake_is_reported_at_its_place_in_one_run() {
    let site = broken_site();
    let (run, diags) = json_check(site.path());
    run.expect_code(1);
    let errs = errors(&diags);
    let mut by_file: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for d in &errs {
        by_file
            .entry(d["file"].as_str().unwrap_or("-"))
            .or_default()
            .push(d);
    }
    let mut problems = Vec::new();
    for (want, words) in EXPECTED {
        let file = want.split(':').next().unwrap();
        let found = by_file.remove(file).unwrap_or_default();
        let places: Vec<String> = found.iter().map(|d| place(d)).collect();
        if found.len() != 1 {
            problems.push(format!(
                "{file}: expected exactly one error at {want}, got {}: {:?}",
                found.len(),
                found
                    .iter()
                    .map(|d| format!("{} {}", place(d), d["message"]))
                    .collect::<Vec<_>>()
            ));
            continue;
        }
        let d = found[0];
        if places[0] != *want {
            problems.push(format!(
                "{file}: reported at {}, expected {want}: {}",
                places[0], d["message"]
            ));
        }
        let message = d["message"].as_str().unwrap_or("");
        for w in *words {
            if !message.contains(w) {
                problems.push(format!(
                    "{file}: message {message:?} does not mention {w:?}"
                ));
            }
        }
        if d["hint"].as_str().is_none_or(|h| h.trim().is_empty()) {
            problems.push(format!("{file}: no hint for {message:?}"));
        }
    }
    for (file, rest) in &by_file {
        for d in rest {
            problems.push(format!(
                "unexpected error in {file}: {} {}",
                place(d),
                d["message"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn not_utf8_file_says_so_and_hints_at_utf8() {
    let site = broken_site();
    let (_, diags) = json_check(site.path());
    let d = diags
        .iter()
        .find(|d| d["file"] == "content/notices/gbk.md")
        .expect("the GBK file is reported");
    let message = d["message"].as_str().unwrap();
    assert!(
        message.contains("不是 UTF-8"),
        "message should say the file is not UTF-8: {message}"
    );
    let hint = d["hint"].as_str().unwrap_or("");
    assert!(
        hint.contains("UTF-8"),
        "hint should tell how to save as UTF-8: {hint}"
    );
}

#[test]
fn build_reports_the_same_errors_and_exits_1() {
    let site = broken_site();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let run = run(&mut build_cmd(
        site.path(),
        &[
            "--message-format",
            "json",
            "--output",
            target.to_str().unwrap(),
        ],
    ));
    run.expect_code(1);
    let diags = json_lines(&run.stdout);
    let errs = errors(&diags);
    assert_eq!(errs.len(), EXPECTED.len(), "errors from build: {diags:#?}");
    assert!(
        !target.exists(),
        "a failed build must not create the output folder"
    );
}

#[test]
fn failed_build_leaves_previous_output_byte_identical() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let target_arg = target.to_str().unwrap();

    let good = sample_site();
    run(&mut build_cmd(good.path(), &["--output", target_arg])).expect_code(0);
    let before = tree(&target);
    assert!(
        before.contains_key("index.html"),
        "good build wrote no index.html"
    );

    let broken = broken_site();
    let failed = run(&mut build_cmd(broken.path(), &["--output", target_arg]));
    failed.expect_code(1);
    let after = tree(&target);
    assert_same_tree(&before, &after, "output after a failed build");
    // No staging or backup folders left beside it either.
    let beside: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        beside,
        vec!["public".to_string()],
        "leftovers beside the output"
    );
}

#[test]
fn human_format_points_at_the_line_and_shows_it() {
    let site = broken_site();
    let run = run(&mut check_cmd(site.path(), &[]));
    run.expect_code(1);
    let lines: Vec<&str> = run.stderr.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == "--> content/bad-period.yaml:4:9")
        .unwrap_or_else(|| {
            panic!(
                "no `--> content/bad-period.yaml:4:9` in stderr:\n{}",
                run.stderr
            )
        });
    // The source line follows (after a gutter line), as `4 | period: 2026-Q5`.
    let shown = lines[at + 1..lines.len().min(at + 4)]
        .iter()
        .find(|l| l.contains(" | "))
        .map(|l| l.split_once(" | ").unwrap())
        .filter(|(n, _)| n.trim() == "4");
    assert_eq!(
        shown.map(|(_, text)| text),
        Some("period: 2026-Q5"),
        "source line under the location:\n{}",
        lines[at..lines.len().min(at + 5)].join("\n")
    );
    // The message is above the arrow.
    assert!(
        lines[at - 1].starts_with("error:") && lines[at - 1].contains("2026-Q5"),
        "message line: {}",
        lines[at - 1]
    );
}

#[test]
fn bom_and_crlf_files_build() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "site.yaml",
        "\u{FEFF}title: 测试公开栏\r\nunit: 测试工会\r\nbase_url: \"\"\r\n",
    );
    write(
        root,
        "content/notices/crlf.md",
        "\u{FEFF}---\r\ntitle: 关于换行符的通知\r\npublished: 2026-04-01\r\n---\r\n正文第一段。\r\n\r\n正文第二段。\r\n",
    );
    write(
        root,
        "content/2026/finance-q1.yaml",
        "\u{FEFF}kind: finance\r\ntitle: 经费收支\r\npublished: 2026-04-01\r\nperiod: 2026-Q1\r\nopening_balance: \"100.00\"\r\nincome:\r\n  - {date: 2026-01-15, category: 会费收入, amount: \"10.00\"}\r\nexpenses: []\r\n",
    );
    let run = run(&mut build_cmd(root, &[]));
    run.expect_code(0);
    let out = root.join("public");
    let doc = parse_html(&out.join("notices/crlf/index.html"));
    let h1: String = doc.select(&sel("h1")).next().expect("h1").text().collect();
    assert_eq!(
        h1.trim(),
        "关于换行符的通知",
        "title read without BOM or CR"
    );
    let body: String = doc.select(&sel("main")).next().unwrap().text().collect();
    assert!(body.contains("正文第二段。"), "notice body rendered");
    assert!(!body.contains('\r'), "no carriage returns in the page");
    let doc = parse_html(&out.join("2026/finance-q1/index.html"));
    let h1: String = doc.select(&sel("h1")).next().expect("h1").text().collect();
    assert_eq!(h1.trim(), "经费收支");
    let title: String = doc.select(&sel("title")).next().unwrap().text().collect();
    assert!(
        !title.contains('\u{FEFF}'),
        "BOM leaked into the page title: {title:?}"
    );
}

#[test]
fn crlf_and_bom_files_report_the_right_place() {
    let site = minimal_site();
    let root = site.path();
    // CRLF data file: the bad period is on line 4, column 9.
    write(
        root,
        "content/crlf.yaml",
        "kind: finance\r\ntitle: 期间\r\npublished: 2026-04-01\r\nperiod: 2026-Q5\r\nopening_balance: \"1.00\"\r\n",
    );
    // CRLF notice: the bad date is on line 3, column 12.
    write(
        root,
        "content/crlf-notice.md",
        "---\r\ntitle: 通知\r\npublished: 2026-02-30\r\n---\r\n正文\r\n",
    );
    // BOM + CRLF: the BOM is not a column, `finanse` is at 1:7.
    write(
        root,
        "content/bom.yaml",
        "\u{FEFF}kind: finanse\r\ntitle: 种类\r\npublished: 2026-04-01\r\n",
    );
    let (run, diags) = json_check(root);
    run.expect_code(1);
    let mut places: Vec<String> = errors(&diags).iter().map(|d| place(d)).collect();
    places.sort();
    assert_eq!(
        places,
        vec![
            "content/bom.yaml:1:7".to_string(),
            "content/crlf-notice.md:3:12".to_string(),
            "content/crlf.yaml:4:9".to_string(),
        ],
        "diagnostics: {diags:#?}"
    );
}

#[test]
fn crlf_error_shows_the_source_line_without_carriage_return() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/crlf.yaml",
        "kind: finance\r\ntitle: 期间\r\npublished: 2026-04-01\r\nperiod: 2026-Q5\r\nopening_balance: \"1.00\"\r\n",
    );
    let run = run(&mut check_cmd(root, &[]));
    run.expect_code(1);
    assert!(
        run.stderr.contains("--> content/crlf.yaml:4:9"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.lines().any(|l| l.ends_with("| period: 2026-Q5")),
        "source line shown as written, without CR:\n{:?}",
        run.stderr
    );
}

#[test]
fn a_tab_used_for_indentation_is_reported_on_its_line() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/tab.yaml",
        "kind: finance\ntitle: 制表符\npublished: 2026-04-01\nperiod: 2026-Q1\nincome:\n\t- {date: 2026-01-15, category: 会费收入, amount: \"1.00\"}\n",
    );
    let (run, diags) = json_check(root);
    run.expect_code(1);
    let errs = errors(&diags);
    assert!(
        errs.iter()
            .any(|d| d["file"] == "content/tab.yaml" && d["line"] == 6),
        "expected an error on line 6 (the tab): {diags:#?}"
    );
}
