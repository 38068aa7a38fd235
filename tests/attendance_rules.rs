//! Attendance rules through the command line: each mistake of the fixture
//! `tests/fixtures/attendance_rules/` (one per file) is reported at its exact
//! `file:line:column`, the sum message shows the computed sum, the clean sheet has no
//! diagnostic, and `check` exits 1.

mod common;

use common::*;
use serde_json::Value;

/// Severity, `file:line:column` and words the message must contain, for every diagnostic
/// the fixture must produce (and no other).
const EXPECTED: &[(&str, &str, &[&str])] = &[
    // `  - {name: 李四, present: 21, leave: {事假: 1}, absent: 1}`: the record entry.
    (
        "error",
        "content/sum-off.yaml:9:5",
        &[
            "李四",
            "出勤 21 + 请假 1 + 旷工 1 = 23 天，但应出勤天数是 22",
        ],
    ),
    // A block record: the entry starts at its first key.
    (
        "error",
        "content/sum-off-block.yaml:7:5",
        &[
            "王五",
            "出勤 20 + 请假 1.5（病假 1、年休假 0.5） + 旷工 0 = 21.5 天，但应出勤天数是 22",
        ],
    ),
    (
        "error",
        "content/quarter.yaml:4:9",
        &["应是一个月", "2026-Q1"],
    ),
    // `{事假: -1}` and `overtime_hours: -2`: the values themselves.
    (
        "error",
        "content/negative.yaml:7:41",
        &["`leave.事假` 是 -1", "负数"],
    ),
    (
        "error",
        "content/negative.yaml:8:45",
        &["`overtime_hours` 是 -2", "负数"],
    ),
    (
        "error",
        "content/too-many-workdays.yaml:5:11",
        &["应出勤天数 29 超过了 2026-02 的 28 天"],
    ),
    // The second 张三, naming the line of the first.
    (
        "error",
        "content/duplicate-name.yaml:9:12",
        &["张三", "第一次在第 7 行"],
    ),
];

fn check_json() -> (Run, Vec<Value>) {
    check_fixture_json("attendance_rules")
}

#[test]
fn every_attendance_mistake_is_reported_at_its_place() {
    let (run, diags) = check_json();
    run.expect_code(1);
    assert_diagnostics(&diags, EXPECTED);
}

#[test]
fn the_clean_sheet_has_no_diagnostic() {
    let (_, diags) = check_json();
    let good = diagnostics_in(&diags, "content/good.yaml");
    assert!(good.is_empty(), "{good:#?}");
}

#[test]
fn the_human_format_shows_the_sum_under_the_record() {
    let site = fixture("attendance_rules");
    let run = run(&mut check_cmd(site.path(), &[]));
    run.expect_code(1);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(
        all.contains("出勤 21 + 请假 1 + 旷工 1 = 23 天，但应出勤天数是 22"),
        "{all}"
    );
    assert!(all.contains("content/sum-off.yaml:9:5"), "{all}");
}
