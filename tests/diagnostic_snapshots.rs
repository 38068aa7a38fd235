//! Snapshots of what a clerk reads: the full text `gongkai check` prints for each fixture
//! site with problems, in both output formats (people's text and `--message-format json`),
//! in the default language (zh-Hans: the fixtures name none) and in English (a copy of the
//! fixture with `language: en`).
//!
//! The other diagnostic tests assert where a problem is and a few words of its message;
//! these pin every word, the source line with its caret and the hint, so any change of
//! wording shows up as a `.snap` diff in review (`tests/snapshots/`). CI runs with
//! `INSTA_UPDATE=no`: a changed or missing snapshot fails instead of being written.
//!
//! To accept a deliberate change: `INSTA_UPDATE=always cargo test --test
//! diagnostic_snapshots`, then read every changed `.snap` file before committing it.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// Fixture sites whose check prints problems: each has two snapshots here.
const WITH_PROBLEMS: &[&str] = &[
    "attendance_rules",
    "common_mistakes",
    "congress_rules",
    "finance_mistakes",
    "privacy_leaks",
    "welfare_rules",
];

/// A copy of fixture `name`, in `language` when one is given (`language: en` added to
/// its `site.yaml`, after every other line so no position moves).
fn site_in(name: &str, language: Option<&str>) -> tempfile::TempDir {
    let site = fixture(name);
    if let Some(language) = language {
        let path = site.path().join("site.yaml");
        let mut text = fs::read_to_string(&path).unwrap();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!("language: {language}\n"));
        fs::write(&path, text).unwrap();
    }
    site
}

/// `gongkai check` run inside a copy of fixture `name` (so no machine path can appear),
/// in `language` (the default when `None`), with `--today TODAY` and `extra` arguments,
/// written up as one text: the command, the exit code and both streams.
fn check_transcript(name: &str, language: Option<&str>, extra: &[&str]) -> String {
    let site = site_in(name, language);
    let mut cmd = check_cmd(Path::new("."), extra);
    // The check prints no colour today; this keeps the snapshots plain if it ever learns.
    cmd.current_dir(site.path()).env("NO_COLOR", "1");
    let run = run(&mut cmd);
    let mut shown = format!("$ gongkai check --today {TODAY}");
    for arg in extra {
        shown.push(' ');
        shown.push_str(arg);
    }
    format!(
        "{shown}\nexit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
        run.code.map_or("none".to_string(), |c| c.to_string()),
        run.stdout,
        run.stderr
    )
}

/// Snapshot settings: the summary's timing varies from run to run, and a slow run may
/// add progress lines (`… checking (1.2 s)`); neither is what the clerk is told.
fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"(?m)^… .*\n", "");
    settings.add_filter(r" in \d+\.\d+ s:", " in [TIME]:");
    settings.add_filter(r"用时 \d+\.\d+ 秒", "用时 [TIME]");
    settings
}

/// Pins both formats of `gongkai check` on fixture `name`, in zh-Hans and in English.
fn assert_check_snapshots(name: &str) {
    settings().bind(|| {
        let json = ["--message-format", "json"];
        insta::assert_snapshot!(format!("{name}_human"), check_transcript(name, None, &[]));
        insta::assert_snapshot!(format!("{name}_json"), check_transcript(name, None, &json));
        let en = Some("en");
        insta::assert_snapshot!(format!("{name}_en_human"), check_transcript(name, en, &[]));
        insta::assert_snapshot!(format!("{name}_en_json"), check_transcript(name, en, &json));
    });
}

/// The diagnostics of `check --message-format json` on fixture `name` in `language`.
fn json_diagnostics(name: &str, language: Option<&str>) -> Vec<serde_json::Value> {
    let site = site_in(name, language);
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    json_lines(&run.stdout)
}

/// Every message of every fixture carries a machine code, the same in every language: a
/// tool can match the code where the words change with the site's language.
#[test]
fn every_message_has_a_code_whatever_the_language() {
    for name in WITH_PROBLEMS {
        let codes = |language| -> Vec<(String, String)> {
            json_diagnostics(name, language)
                .iter()
                .map(|d| {
                    let code = d["code"].as_str().unwrap_or_default().to_string();
                    assert!(
                        !code.is_empty()
                            && code
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()),
                        "{name}: no code in {d}"
                    );
                    (place(d), code)
                })
                .collect()
        };
        let zh = codes(None);
        assert!(!zh.is_empty(), "{name}");
        assert_eq!(zh, codes(Some("en")), "{name}");
        assert_eq!(zh, codes(Some("zh-Hant")), "{name}");
    }
}

#[test]
fn attendance_rules() {
    assert_check_snapshots("attendance_rules");
}

#[test]
fn common_mistakes() {
    assert_check_snapshots("common_mistakes");
}

#[test]
fn congress_rules() {
    assert_check_snapshots("congress_rules");
}

#[test]
fn finance_mistakes() {
    assert_check_snapshots("finance_mistakes");
}

#[test]
fn privacy_leaks() {
    assert_check_snapshots("privacy_leaks");
}

#[test]
fn welfare_rules() {
    assert_check_snapshots("welfare_rules");
}

/// A new fixture with problems must get snapshots here: every fixture not listed in
/// `WITH_PROBLEMS` checks clean.
#[test]
fn every_other_fixture_prints_no_diagnostic() {
    let folder = manifest_dir().join("tests/fixtures");
    let mut unexpected = Vec::new();
    for entry in fs::read_dir(&folder).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        // A fixture site has a site.yaml (`sheets/` holds spreadsheets for `import`).
        if WITH_PROBLEMS.contains(&name.as_str()) || !entry.path().join("site.yaml").is_file() {
            continue;
        }
        let site = fixture(&name);
        let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
        if run.code != Some(0) || !run.stdout.trim().is_empty() {
            unexpected.push(format!("{name}:\n{}", run.stdout));
        }
    }
    assert!(
        unexpected.is_empty(),
        "these fixtures print diagnostics: add them to WITH_PROBLEMS and a test\n{}",
        unexpected.join("\n")
    );
}

/// `gongkai build` inside a small site in `language` with two files in error and one
/// that refers to one of them, then again once they are fixed: the headlines, hints, notes and both closing lines (not
/// published, built) in the site's language, plural forms included.
fn build_transcript(language: &str) -> String {
    let site = minimal_site();
    let root = site.path();
    let config = fs::read_to_string(root.join("site.yaml")).unwrap();
    write(root, "site.yaml", format!("{config}language: {language}\n"));
    write(
        root,
        "content/a.md",
        "---\ntitle：通知\npublished: 2026-04-01\n---\n正文\n",
    );
    write(
        root,
        "content/b.md",
        "---\ntitle: 更正\npublished: 2026-04-02\ncorrects: a.md\n---\n正文\n",
    );
    write(
        root,
        "content/c.md",
        "---\ntitle: 通知\npublished: 2026-4-31\n---\n正文\n",
    );
    let mut shown = String::new();
    for round in ["with errors", "fixed"] {
        if round == "fixed" {
            edit(root, "content/a.md", "title：", "title: ");
            edit(root, "content/c.md", "2026-4-31", "2026-04-03");
        }
        let mut cmd = build_cmd(Path::new("."), &[]);
        cmd.current_dir(root).env("NO_COLOR", "1");
        let run = run(&mut cmd);
        shown.push_str(&format!(
            "$ gongkai build --today {TODAY}   ({round})\nexit code: {}\n----- stderr -----\n{}----- stdout -----\n{}",
            run.code.map_or("none".to_string(), |c| c.to_string()),
            run.stderr,
            run.stdout
        ));
    }
    shown
}

/// Every word `build` prints follows `language:`: zh-Hans, zh-Hant and English.
#[test]
fn build_speaks_the_site_language() {
    let mut settings = settings();
    settings.add_filter(r"\d+\.\d+ s\b", "[TIME] s");
    settings.add_filter(r"\d+\.\d+ 秒", "[TIME] 秒");
    settings.bind(|| {
        for language in ["zh-Hans", "zh-Hant", "en"] {
            insta::assert_snapshot!(format!("build_{language}"), build_transcript(language));
        }
    });
}
