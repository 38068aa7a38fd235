//! Hints that fit the slip, on the real binary: an impossible date says how long the
//! month is; a full-width colon, comma or space, a missing space after a colon, Chinese
//! punctuation in an amount, each pinned at its own line:column with one error only, in
//! the site's language.

mod common;

use common::*;

/// `check --message-format json` on the sample with one edit: its diagnostics.
fn check_with_edit(
    file: &str,
    from: &str,
    to: &str,
    language: Option<&str>,
) -> Vec<serde_json::Value> {
    let site = sample_site();
    edit(site.path(), file, from, to);
    if let Some(language) = language {
        let config = std::fs::read_to_string(site.path().join("site.yaml")).unwrap();
        let lines: Vec<&str> = config
            .lines()
            .filter(|l| !l.starts_with("language:"))
            .collect();
        let config = format!("language: {language}\n{}\n", lines.join("\n"));
        write(site.path(), "site.yaml", config);
    }
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    run.expect_code(1);
    json_lines(&run.stdout)
}

/// The only error of `diags`: its place, code, message and hint.
fn only_error(diags: &[serde_json::Value]) -> (String, String, String, String) {
    let errors: Vec<&serde_json::Value> =
        diags.iter().filter(|d| d["severity"] == "error").collect();
    assert_eq!(errors.len(), 1, "{diags:#?}");
    let d = errors[0];
    let text = |key: &str| d[key].as_str().unwrap_or_default().to_string();
    (place(d), text("code"), text("message"), text("hint"))
}

#[test]
fn an_impossible_date_says_how_long_the_month_is() {
    let diags = check_with_edit(
        "content/2026/finance-q1.yaml",
        "published: 2026-04-05",
        "published: 2026-4-31",
        None,
    );
    let (place, code, message, hint) = only_error(&diags);
    assert_eq!(place, "content/2026/finance-q1.yaml:3:12");
    assert_eq!(code, "impossible-date");
    assert!(message.contains("4 月只有 30 天"), "{message}");
    assert!(hint.contains("4月只有30天"), "{hint}");
    assert!(!hint.contains("年-月-日"), "{hint}");
}

#[test]
fn an_impossible_date_in_english() {
    let diags = check_with_edit(
        "content/2026/finance-q1.yaml",
        "published: 2026-04-05",
        "published: 2026-02-29",
        Some("en"),
    );
    let (place, code, message, _) = only_error(&diags);
    assert_eq!(place, "content/2026/finance-q1.yaml:3:12");
    assert_eq!(code, "impossible-date");
    assert!(
        message.contains("2026 is not a leap year, February has 28 days"),
        "{message}"
    );
}

#[test]
fn a_full_width_colon_after_a_key_is_pointed_at_in_chinese() {
    let diags = check_with_edit(
        "content/2026/welfare-spring.yaml",
        "title: 2026年春节",
        "title：2026年春节",
        None,
    );
    let (place, code, message, hint) = only_error(&diags);
    assert_eq!(place, "content/2026/welfare-spring.yaml:2:6");
    assert_eq!(code, "full-width-punctuation");
    assert!(message.contains("全角）冒号“：”"), "{message}");
    assert!(hint.contains("title: 春节慰问"), "{hint}");
    assert!(!message.contains("simple key"), "{message}");
}

#[test]
fn a_full_width_colon_in_front_matter_and_in_english() {
    let diags = check_with_edit(
        "content/notices/2026-04-dragon-boat.md",
        "title: 关于",
        "title：关于",
        Some("en"),
    );
    let (place, code, message, _) = only_error(&diags);
    assert_eq!(place, "content/notices/2026-04-dragon-boat.md:2:6");
    assert_eq!(code, "full-width-punctuation");
    assert!(message.contains("full-width colon \"：\""), "{message}");
}

#[test]
fn a_full_width_colon_inside_braces_is_one_error_and_the_item_is_read_on() {
    let diags = check_with_edit(
        "content/2026/welfare-spring.yaml",
        "{name: 李秀兰",
        "{name：李秀兰",
        None,
    );
    let (place, code, _, _) = only_error(&diags);
    assert_eq!(place, "content/2026/welfare-spring.yaml:9:10");
    assert_eq!(code, "full-width-punctuation");
}

#[test]
fn other_slips_each_at_their_column() {
    let cases = [
        (
            "content/2026/welfare-spring.yaml",
            "team: 测风班, reason",
            "team: 测风班，reason",
            "content/2026/welfare-spring.yaml:9:26",
            "full-width-punctuation",
        ),
        (
            "content/2026/welfare-spring.yaml",
            "program: 送温暖",
            "　program: 送温暖",
            "content/2026/welfare-spring.yaml:4:1",
            "full-width-space",
        ),
        (
            "content/2026/welfare-spring.yaml",
            "program: 送温暖",
            "program:送温暖",
            "content/2026/welfare-spring.yaml:4:8",
            "no-space-after-colon",
        ),
        (
            "content/2026/welfare-spring.yaml",
            "program: 送温暖",
            "program: @送温暖",
            "content/2026/welfare-spring.yaml:4:10",
            "reserved-character",
        ),
        (
            "content/2026/welfare-spring.yaml",
            "amount: \"800.00\", goods: 米、面、油}",
            "amount: 1，800.00, goods: 米、面、油}",
            "content/2026/welfare-spring.yaml:9:51",
            "full-width-mark",
        ),
        (
            "content/2026/welfare-spring.yaml",
            "published: 2026-01-20",
            "published: 2026－01－20",
            "content/2026/welfare-spring.yaml:3:16",
            "full-width-mark",
        ),
    ];
    for (file, from, to, want_place, want_code) in cases {
        let diags = check_with_edit(file, from, to, None);
        let (place, code, message, hint) = only_error(&diags);
        assert_eq!(
            (place.as_str(), code.as_str()),
            (want_place, want_code),
            "{to}: {message}"
        );
        assert!(!hint.is_empty(), "{to}");
    }
}
