//! Root causes first, no cascades: a file that cannot be read is reported once, at its
//! own mistake; the items that refer to it get a one-line note pointing back at it
//! instead of "names no item", and the notes come after every error.

mod common;

use common::*;
use serde_json::Value;

/// The sample board with `published: 2026-4-31` in `2026/finance-q1.yaml`, which two
/// welfare items name as their `funded_by.item`.
fn sample_with_a_bad_date() -> tempfile::TempDir {
    let site = sample_site();
    edit(
        site.path(),
        "content/2026/finance-q1.yaml",
        "published: 2026-04-05",
        "published: 2026-4-31",
    );
    site
}

#[test]
fn a_reference_to_a_file_that_failed_to_load_points_at_its_error() {
    let site = sample_with_a_bad_date();
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    run.expect_code(1);
    let diags = json_lines(&run.stdout);
    let shown: Vec<(String, &str, &str)> = diags
        .iter()
        .map(|d| {
            (
                place(d),
                d["severity"].as_str().unwrap(),
                d["code"].as_str().unwrap(),
            )
        })
        .collect();
    // The root cause first, then one note per reference: no "names no item".
    assert_eq!(
        shown,
        [
            (
                "content/2026/finance-q1.yaml:3:12".to_string(),
                "error",
                "impossible-date"
            ),
            (
                "content/2026/birthday-03.yaml:6:19".to_string(),
                "note",
                "refers-to-unreadable"
            ),
            (
                "content/2026/welfare-spring.yaml:6:19".to_string(),
                "note",
                "refers-to-unreadable"
            ),
        ],
        "{diags:#?}"
    );
    for note in &diags[1..] {
        let message = note["message"].as_str().unwrap();
        assert!(
            message.contains("`funded_by.item: 2026/finance-q1.yaml`")
                && message.contains("未能读取"),
            "{message}"
        );
        assert_eq!(note["related"][0]["file"], "content/2026/finance-q1.yaml");
    }
    // Notes are not errors: one error is counted.
    assert!(run.stderr.contains("1 个错误，0 个警告"), "{}", run.stderr);
}

#[test]
fn the_terminal_shows_the_root_cause_then_one_line_per_reference() {
    let site = sample_with_a_bad_date();
    let run = run(&mut check_cmd(site.path(), &[]));
    run.expect_code(1);
    let text = &run.stderr;
    let root = text.find("content/2026/finance-q1.yaml:3:12").expect(text);
    let notes: Vec<usize> = text.match_indices("note: ").map(|(i, _)| i).collect();
    assert_eq!(notes.len(), 2, "{text}");
    assert!(notes.iter().all(|n| *n > root), "{text}");
    assert!(
        text.contains(
            "note: `funded_by.item: 2026/finance-q1.yaml` 指向的文件未能读取（原因见该文件的错误）\n  --> content/2026/welfare-spring.yaml:6:19\n\n"
        ),
        "{text}"
    );
    assert!(!text.contains("找不到这个事项"), "{text}");
}

#[test]
fn corrects_to_a_file_that_failed_to_load_is_a_note_too() {
    let site = sample_with_a_bad_date();
    write(
        site.path(),
        "content/2026/fix.md",
        "---\ntitle: 更正\npublished: 2026-04-06\ncorrects: 2026/finance-q1.yaml\n---\n正文\n",
    );
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    let diags: Vec<Value> = json_lines(&run.stdout);
    let fix: Vec<&Value> = diagnostics_in(&diags, "content/2026/fix.md");
    assert_eq!(fix.len(), 1, "{diags:#?}");
    assert_eq!(place(fix[0]), "content/2026/fix.md:4:11");
    assert_eq!(fix[0]["code"], "refers-to-unreadable");
    assert_eq!(fix[0]["severity"], "note");
}
