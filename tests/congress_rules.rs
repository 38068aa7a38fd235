//! Congress rules through the command line: each mistake of the fixture
//! `tests/fixtures/congress_rules/` (one per file) is reported at its exact
//! `file:line:column` with the numbers in the message; the clean meeting (121
//! representatives, 81 present, 61 and 60 votes for: both boundaries) has no diagnostic;
//! `check` exits 1.

mod common;

use common::*;
use serde_json::Value;

/// Severity, `file:line:column` and words the message must contain, for every diagnostic
/// the fixture must produce (and no other).
const EXPECTED: &[(&str, &str, &[&str])] = &[
    // 79 of 120 present: no quorum, so `result: 通过` is wrong.
    (
        "error",
        "content/no-quorum.yaml:9:13",
        &[
            "表决结果写的是“通过”",
            "实到 79 人，少于所需的 80 人",
            "代表总数 120 的三分之二",
        ],
    ),
    // 60 for of 120: more than half of those present, not of all.
    (
        "error",
        "content/result-contradicts.yaml:10:13",
        &["表决结果写的是“通过”，但赞成 60 票，少于通过所需的 61 票（超过代表总数 120 的半数）"],
    ),
    (
        "error",
        "content/bad-result.yaml:9:13",
        &["同意", "通过、未通过"],
    ),
    // The `votes:` mapping.
    (
        "error",
        "content/votes-over-present.yaml:8:12",
        &["赞成 88 + 反对 5 + 弃权 4 = 97", "96"],
    ),
    (
        "error",
        "content/present-over-total.yaml:5:40",
        &["实到代表 121 人", "120"],
    ),
    (
        "error",
        "content/no-representatives.yaml:6:10",
        &["代表总数", "这里是 0"],
    ),
    (
        "error",
        "content/negative-votes.yaml:8:31",
        &["`against` 是 -1"],
    ),
    // The second number, naming the line of the first.
    (
        "error",
        "content/proposal-duplicate.yaml:8:14",
        &["2026-07", "第一次在第 7 行"],
    ),
    (
        "error",
        "content/proposal-status.yaml:7:54",
        &["已受理", "立案、办理中、已办结、不予立案"],
    ),
    (
        "error",
        "content/proposal-no-reason.yaml:9:13",
        &["不予立案", "`reason`"],
    ),
    (
        "error",
        "content/proposal-no-reply.yaml:7:54",
        &["已办结", "`reply`"],
    ),
    (
        "error",
        "content/progress-status.yaml:9:24",
        &["进行中", "未开始、落实中、已落实、已终止"],
    ),
    (
        "error",
        "content/progress-percent.yaml:11:16",
        &["120", "0 到 100"],
    ),
    (
        "warning",
        "content/progress-early-update.yaml:12:18",
        &["2026-03-20", "2026-03-28"],
    ),
];

fn check_json() -> (Run, Vec<Value>) {
    check_fixture_json("congress_rules")
}

#[test]
fn every_congress_mistake_is_reported_at_its_place() {
    let (run, diags) = check_json();
    run.expect_code(1);
    assert_diagnostics(&diags, EXPECTED);
}

#[test]
fn the_boundary_meeting_is_clean() {
    let (_, diags) = check_json();
    let good = diagnostics_in(&diags, "content/good.yaml");
    assert!(good.is_empty(), "{good:#?}");
}

#[test]
fn a_warning_alone_does_not_fail_check() {
    let site = fixture("congress_rules");
    let content = site.path().join("content");
    for entry in std::fs::read_dir(&content).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name != "good.yaml" && name != "progress-early-update.yaml" {
            std::fs::remove_file(&path).unwrap();
        }
    }
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    run.expect_code(0);
    let diags = json_lines(&run.stdout);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["severity"], "warning");
}
