//! Snapshots of what a clerk reads: the full text `gongkai check` prints for each fixture
//! site with problems, in both output formats (people's text and `--message-format json`).
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
    "assessment_rules",
    "attendance_rules",
    "common_mistakes",
    "congress_rules",
    "finance_mistakes",
    "merits_rules",
    "pay_rules",
    "privacy_leaks",
    "table_rules",
    "welfare_rules",
];

/// `gongkai check` run inside a copy of fixture `name` (so no machine path can appear),
/// with `--today TODAY` and `extra` arguments, written up as one text: the command, the
/// exit code and both streams.
fn check_transcript(name: &str, extra: &[&str]) -> String {
    let site = fixture(name);
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
    settings
}

/// Pins both formats of `gongkai check` on fixture `name`.
fn assert_check_snapshots(name: &str) {
    settings().bind(|| {
        insta::assert_snapshot!(format!("{name}_human"), check_transcript(name, &[]));
        insta::assert_snapshot!(
            format!("{name}_json"),
            check_transcript(name, &["--message-format", "json"])
        );
    });
}

#[test]
fn assessment_rules() {
    assert_check_snapshots("assessment_rules");
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
fn merits_rules() {
    assert_check_snapshots("merits_rules");
}

#[test]
fn pay_rules() {
    assert_check_snapshots("pay_rules");
}

#[test]
fn table_rules() {
    assert_check_snapshots("table_rules");
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
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if WITH_PROBLEMS.contains(&name.as_str()) {
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
