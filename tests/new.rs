//! `gongkai new KIND PATH` on the binary: the next period and the carried balance across
//! a quarter end and a year end, workdays from site.yaml's calendar, names carried over,
//! never replacing a file without `--force`, and paths outside `content/` refused.

mod common;

use std::fs;
use std::path::Path;

use common::{gongkai, json_lines, run, write};

const SITE: &str = "title: 测试公开栏\nunit: 测试工会\n\
    holidays: [2027-01-01, 2027-02-10, 2027-02-11, 2027-02-12, 2027-04-05, 2027-04-30]\n\
    workdays_extra: [2027-01-09, 2027-02-06, 2027-04-11]\n";

/// `gongkai new KIND PATH --root SITE --today TODAY`, expecting success; the file's text.
fn new(site: &Path, kind: &str, path: &str, today: &str) -> String {
    let out = run(gongkai()
        .args(["new", kind, path, "--root"])
        .arg(site)
        .args(["--today", today]));
    out.expect_code(0);
    let line = out.stdout.lines().next().unwrap_or("");
    // The site speaks zh-Hans: `已写入 FILE`.
    let file = line
        .strip_prefix("已写入 ")
        .expect("names the file written");
    fs::read_to_string(file).unwrap()
}

/// The diagnostics `check` gives for the site, as (file, message) pairs.
fn problems(site: &Path, today: &str) -> Vec<(String, String)> {
    let out = run(gongkai()
        .args([
            "check",
            "--message-format",
            "json",
            "--today",
            today,
            "--root",
        ])
        .arg(site));
    assert!(matches!(out.code, Some(0 | 1)), "{}", out.stderr);
    json_lines(&out.stdout)
        .into_iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn finance_carries_the_closing_balance_across_a_year_end() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/2026/finance-q4.yaml",
        "kind: finance\ntitle: 2026年第四季度工会经费收支情况\npublished: 2027-01-05\n\
         period: 2026-Q4\nopening_balance: \"1,000.00\"\n\
         income:\n  - {date: 2026-10-15, category: 会费收入, amount: \"500.50\"}\n\
         expenses:\n  - {date: 2026-11-03, category: 职工活动支出, amount: 200}\n",
    );
    // An earlier quarter of the same unit must not be taken for the latest.
    write(
        site,
        "content/2026/finance-q3.yaml",
        "kind: finance\ntitle: 2026年第三季度\npublished: 2026-10-05\nperiod: 2026-Q3\n\
         opening_balance: \"1000.00\"\n",
    );
    let text = new(
        site,
        "finance",
        "content/2027/finance-q1.yaml",
        "2027-04-06",
    );
    assert!(text.starts_with("# yaml-language-server: $schema=../../schemas/finance.json\n"));
    assert!(text.contains("\nkind: finance\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年第一季度工会经费收支情况\n"),
        "{text}"
    );
    assert!(text.contains("\npublished: 2027-04-06\n"), "{text}");
    assert!(text.contains("\nperiod: 2027-Q1\n"), "{text}");
    assert!(text.contains("\nopening_balance: \"1300.50\"\n"), "{text}");
    assert!(
        text.contains("\ndisclosure: {from: 2027-04-06, to: 2027-04-13}\n"),
        "{text}"
    );
    assert!(
        site.join("schemas/finance.json").is_file(),
        "the modeline's schema"
    );
    // And across a quarter end within the year, from the folder of the new file.
    let text = new(site, "finance", "2027/finance-q2", "2027-07-03");
    assert!(text.contains("\nperiod: 2027-Q2\n"), "{text}");
    assert!(text.contains("\nopening_balance: \"1300.50\"\n"), "{text}");
    assert!(site.join("content/2027/finance-q2.yaml").is_file());
    // What it wrote checks clean, and the chain of balances holds.
    assert_eq!(problems(site, "2027-07-03"), []);
}

#[test]
fn a_monthly_report_goes_on_to_january_and_each_unit_keeps_its_own_chain() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/2026/finance-12.yaml",
        "kind: finance\ntitle: 2026年12月工会经费收支情况\npublished: 2027-01-05\n\
         period: 2026-12\nopening_balance: \"100.00\"\n\
         income:\n  - {date: 2026-12-15, category: 会费收入, amount: \"20.00\"}\n",
    );
    write(site, "content/branch/_section.yaml", "unit: 分会\n");
    write(
        site,
        "content/branch/finance-q3.yaml",
        "kind: finance\ntitle: 分会2026年第三季度\npublished: 2026-10-05\nperiod: 2026-Q3\n\
         opening_balance: \"9.00\"\nclosing_balance: \"9.00\"\n",
    );
    let text = new(site, "finance", "2027/finance-01.yaml", "2027-02-03");
    assert!(text.contains("\nperiod: 2027-01\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年1月工会经费收支情况\n"),
        "{text}"
    );
    assert!(text.contains("\nopening_balance: \"120.00\"\n"), "{text}");
    let text = new(site, "finance", "branch/finance-q4.yaml", "2027-01-10");
    assert!(text.contains("\nperiod: 2026-Q4\n"), "{text}");
    assert!(text.contains("\nopening_balance: \"9.00\"\n"), "{text}");
    // A unit without an earlier report: the quarter last over, nothing carried.
    write(site, "content/other/_section.yaml", "unit: 另一分会\n");
    let text = new(site, "finance", "other/finance.yaml", "2027-01-10");
    assert!(text.contains("\nperiod: 2026-Q4\n"), "{text}");
    assert!(text.contains("\nopening_balance: \"0.00\"\n"), "{text}");
}

#[test]
fn attendance_counts_workdays_from_the_calendar_and_carries_the_names() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/tongfeng/2026-12.yaml",
        "kind: attendance\ntitle: 2026年12月通风队出勤公示\npublished: 2027-01-04\n\
         period: 2026-12\nteam: 通风队\nworkdays: 23\nrecords:\n\
         \x20 - {name: 张三, present: 23}\n  - {name: 欧阳明华, present: 22, leave: {事假: 1}}\n",
    );
    // January 2027: 21 weekdays, less New Year's Day (a Friday), plus Saturday the 9th.
    let text = new(site, "attendance", "tongfeng/2027-01.yaml", "2027-02-02");
    assert!(text.contains("\nperiod: 2027-01\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年1月通风队出勤公示\n"),
        "{text}"
    );
    assert!(text.contains("\nteam: 通风队\n"), "{text}");
    assert!(text.contains("\nworkdays: 21\n"), "{text}");
    assert!(text.contains("周一至周五共 21 天"), "{text}");
    assert!(text.contains("  - {name: 张三, present: 21}\n"), "{text}");
    assert!(
        text.contains("  - {name: 欧阳明华, present: 21}\n"),
        "{text}"
    );
    // February 2027: 20 weekdays, three holidays on weekdays, one Saturday worked.
    let text = new(site, "attendance", "tongfeng/2027-02.yaml", "2027-03-02");
    assert!(text.contains("\nperiod: 2027-02\n"), "{text}");
    assert!(text.contains("\nworkdays: 18\n"), "{text}");
    assert_eq!(problems(site, "2027-03-02"), []);
}

#[test]
fn welfare_congress_and_notice_leave_what_only_the_clerk_knows() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/2026/congress.yaml",
        "kind: congress\ntitle: 五届三次职代会决议公告\npublished: 2026-03-30\n\
         meeting: {name: 五届三次职代会, date: 2026-03-28}\n\
         representatives: {total: 120, present: 96}\n",
    );
    let text = new(site, "welfare", "2026/spring.yaml", "2026-04-10");
    assert!(text.contains("\nkind: welfare\n"), "{text}");
    let text = new(site, "congress", "2026/congress-2.yaml", "2026-04-10");
    assert!(text.contains("\n  total: 120 "), "{text}");
    assert!(text.contains("上次是 五届三次职代会"), "{text}");
    let text = new(site, "notice", "notices/holiday", "2026-04-10");
    assert!(text.starts_with("---\n"), "{text}");
    assert!(text.contains("\npublished: 2026-04-10\n"), "{text}");
    assert!(site.join("content/notices/holiday.md").is_file());
    // check names what is left to fill in, in the new files only.
    let mut missing: Vec<String> = problems(site, "2026-04-10")
        .into_iter()
        .map(|(file, message)| format!("{file}: {message}"))
        .collect();
    missing.sort();
    for m in &missing {
        assert!(m.contains("缺少必填项"), "{missing:#?}");
    }
    let files: Vec<&str> = missing
        .iter()
        .map(|m| m.split(':').next().unwrap())
        .collect();
    for file in [
        "content/2026/spring.yaml",
        "content/2026/congress-2.yaml",
        "content/notices/holiday.md",
    ] {
        assert!(files.contains(&file), "{file} in {missing:#?}");
    }
}

#[test]
fn new_never_replaces_a_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(site, "content/a.yaml", "mine\n");
    let out = run(gongkai()
        .args(["new", "finance", "a.yaml", "--root"])
        .arg(site));
    out.expect_code(2);
    assert!(out.stderr.contains("已经存在"), "{}", out.stderr);
    assert_eq!(
        fs::read_to_string(site.join("content/a.yaml")).unwrap(),
        "mine\n"
    );
    run(gongkai()
        .args(["new", "finance", "a.yaml", "--force", "--root"])
        .arg(site))
    .expect_code(0);
    assert!(
        fs::read_to_string(site.join("content/a.yaml"))
            .unwrap()
            .contains("kind: finance")
    );
}

#[test]
fn paths_outside_content_and_wrong_extensions_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    for (kind, path) in [
        ("finance", "../x.yaml"),
        ("finance", "content/../site.yaml"),
        ("notice", "notices/a.yaml"),
        ("finance", "notices/a.md"),
        ("finance", "con.yaml"),
        ("finance", "_section.yaml"),
    ] {
        let out = run(gongkai().args(["new", kind, path, "--root"]).arg(site));
        out.expect_code(2);
        assert!(
            out.stderr.starts_with("error: 拒绝写入"),
            "{path}: {}",
            out.stderr
        );
    }
    let outside = tempfile::tempdir().unwrap();
    let out = run(gongkai()
        .args(["new", "finance"])
        .arg(outside.path().join("x.yaml"))
        .arg("--root")
        .arg(site));
    out.expect_code(2);
    assert!(!outside.path().join("x.yaml").exists());
    // Not a site at all.
    let out = run(gongkai()
        .args(["new", "finance", "x.yaml", "--root"])
        .arg(outside.path()));
    out.expect_code(2);
    assert!(out.stderr.contains("没有 site.yaml"), "{}", out.stderr);
}

#[test]
fn across_a_quarter_end_attendance_and_a_monthly_finance_report_go_on_to_april() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/2027/finance-03.yaml",
        "kind: finance\ntitle: 2027年3月工会经费收支情况\npublished: 2027-04-02\n\
         period: 2027-03\nopening_balance: \"2,000.00\"\n\
         income:\n  - {date: 2027-03-10, category: 会费收入, amount: \"310.25\"}\n\
         expenses:\n  - {date: 2027-03-20, category: 职工活动支出, amount: \"10.00\"}\n\
         closing_balance: \"2300.25\"\n",
    );
    let text = new(site, "finance", "2027/finance-04.yaml", "2027-05-06");
    assert!(text.contains("\nperiod: 2027-04\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年4月工会经费收支情况\n"),
        "{text}"
    );
    assert!(text.contains("\nopening_balance: \"2300.25\"\n"), "{text}");
    write(
        site,
        "content/zongcai/2027-03.yaml",
        "kind: attendance\ntitle: 2027年3月综采队出勤公示\npublished: 2027-04-02\n\
         period: 2027-03\nteam: 综采队\nworkdays: 23\nrecords:\n  - {name: 李四, present: 23}\n",
    );
    // April 2027: 22 weekdays, less Qingming (Monday the 5th) and the 30th, plus Sunday
    // the 11th worked.
    let text = new(site, "attendance", "zongcai/2027-04.yaml", "2027-05-06");
    assert!(text.contains("\nperiod: 2027-04\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年4月综采队出勤公示\n"),
        "{text}"
    );
    assert!(text.contains("\nworkdays: 21\n"), "{text}");
    assert!(text.contains("周一至周五共 22 天"), "{text}");
    assert!(text.contains("（2027-04-05、2027-04-30）"), "{text}");
    assert!(text.contains("（2027-04-11）"), "{text}");
    assert!(text.contains("  - {name: 李四, present: 21}\n"), "{text}");
    assert_eq!(problems(site, "2027-05-06"), []);
}

#[test]
fn a_monthly_welfare_list_and_a_yearly_congress_go_on_to_the_next_year() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/2026/finance-q4.yaml",
        "kind: finance\ntitle: 2026年第四季度工会经费收支情况\npublished: 2027-01-05\n\
         period: 2026-Q4\nopening_balance: \"500.00\"\n\
         expenses:\n  - {date: 2026-12-20, category: 会员活动支出, amount: \"96.00\"}\n",
    );
    write(
        site,
        "content/2026/birthday-12.yaml",
        "kind: welfare\ntitle: 2026年12月会员生日慰问名单\npublished: 2026-12-25\n\
         period: 2026-12\nprogram: 会员生日慰问\n\
         funded_by: {item: 2026/finance-q4.yaml, category: 会员活动支出}\n\
         recipients:\n  - {name: 张三, amount: 48}\n  - {name: 李四, amount: 48}\n",
    );
    write(
        site,
        "content/2026/congress.yaml",
        "kind: congress\ntitle: 2026年度职工代表大会决议公告\npublished: 2026-03-30\n\
         period: 2026\nmeeting: {name: 五届三次职代会, date: 2026-03-28}\n\
         representatives: {total: 120, present: 96}\n",
    );
    let text = new(site, "welfare", "2027/birthday-01.yaml", "2027-01-25");
    assert!(text.contains("\nperiod: 2027-01\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年1月会员生日慰问名单\n"),
        "{text}"
    );
    assert!(text.contains("\nprogram: 会员生日慰问\n"), "{text}");
    assert!(
        text.contains("# funded_by: {item: \"2026/finance-q4.yaml\", category: 会员活动支出}\n"),
        "{text}"
    );
    let text = new(site, "congress", "2027/congress.yaml", "2027-03-30");
    assert!(text.contains("\nperiod: 2027\n"), "{text}");
    assert!(
        text.contains("\ntitle: 2027年度职工代表大会决议公告\n"),
        "{text}"
    );
    assert!(text.contains("\n  total: 120 "), "{text}");
    // What is left is what only the clerk knows: the recipients, the meeting's name and
    // attendance.
    let problems = problems(site, "2027-03-30");
    assert!(!problems.is_empty());
    for (file, message) in &problems {
        assert!(
            file.starts_with("content/2027/") && message.contains("缺少必填项"),
            "{file}: {message}"
        );
    }
}

/// `text` with its commented example rows taken in under the list they belong to: what a
/// clerk does with the skeleton, filling it in from the example.
fn filled(text: &str) -> String {
    let mut examples = Vec::new();
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(row) = line.strip_prefix("#  - ") {
            examples.push(format!("  - {row}"));
            continue;
        }
        out.push(line.to_string());
        if ["rows:", "entries:", "scores:"].contains(&line) {
            out.append(&mut examples);
        }
    }
    out.join("\n") + "\n"
}

/// The kinds built on a declared table get a skeleton too: the usual columns with their
/// roles, the fixed merits columns, the 二四四 components, a few declared columns. Left
/// as written, `check` names the rows (and a table's title) as missing, in the new files
/// only; filled in from the commented examples, they check clean.
#[test]
fn table_kinds_get_a_skeleton_that_checks_once_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    let pay = new(site, "pay", "2027/pay-03", "2027-04-06");
    assert!(pay.starts_with("# yaml-language-server: $schema=../../schemas/pay.json\n"));
    for line in [
        "kind: pay",
        "title: 2027年3月工资奖金分配公示",
        "period: 2027-03",
        // March 2027: 23 weekdays, none of them a listed holiday.
        "workdays: 23",
        "  - {name: 姓名, type: name}",
        "  - {name: 岗位, type: text}",
        "  - {name: 出勤天数, type: number, role: days}",
        "  - {name: 工分, type: number, role: points}",
        "  - {name: 应发, type: money, role: gross}",
        "  - {name: 扣款, type: money, role: deduction}",
        "  - {name: 扣款原因, type: text}",
        "  - {name: 实发, type: money, role: net}",
        "rows:",
    ] {
        assert!(pay.lines().any(|l| l == line), "{line} in\n{pay}");
    }
    let merits = new(site, "merits", "2027/merits-03.yaml", "2027-04-06");
    assert!(merits.contains("\nkind: merits\n"), "{merits}");
    assert!(merits.contains("\nperiod: 2027-03\n"), "{merits}");
    assert!(merits.contains("处罚必须写明依据"), "{merits}");
    let assessment = new(site, "assessment", "2027/assessment-03", "2027-04-06");
    for line in [
        "kind: assessment",
        "  - {name: 领导考核, max: 20}",
        "  - {name: 职工代表评分, max: 40}",
        "  - {name: 硬性指标, max: 40}",
        "scores:",
    ] {
        assert!(
            assessment.lines().any(|l| l == line),
            "{line} in\n{assessment}"
        );
    }
    let table = new(site, "table", "2027/goods", "2027-04-06");
    assert!(table.contains("\nkind: table\n"), "{table}");
    assert!(
        table.contains("\ncolumns:\n  - {name: 姓名, type: name}\n"),
        "{table}"
    );
    // As written: the rows are missing, and a table's title, in these files only.
    let mut missing: Vec<String> = problems(site, "2027-04-06")
        .into_iter()
        .map(|(file, message)| {
            assert!(message.contains("缺少必填项"), "{file}: {message}");
            let field = message.split('`').nth(1).unwrap_or("").to_string();
            format!("{file} {field}")
        })
        .collect();
    missing.sort();
    assert_eq!(
        missing,
        [
            "content/2027/assessment-03.yaml scores",
            "content/2027/goods.yaml rows",
            "content/2027/goods.yaml title",
            "content/2027/merits-03.yaml entries",
            "content/2027/pay-03.yaml rows",
        ]
    );
    // Filled in from the examples (and a title given), every one checks clean.
    for (file, text) in [
        ("content/2027/pay-03.yaml", &pay),
        ("content/2027/merits-03.yaml", &merits),
        ("content/2027/assessment-03.yaml", &assessment),
        ("content/2027/goods.yaml", &table),
    ] {
        let text = filled(text).replace(
            "title:                 # 标题（必填）",
            "title: 劳保用品发放公示",
        );
        write(site, file, text);
    }
    assert_eq!(problems(site, "2027-04-06"), []);
}

/// What the previous item of the kind tells: the next month, the team (and the title
/// with them), an assessment's own components.
#[test]
fn table_kinds_carry_the_team_period_and_components() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", SITE);
    write(
        site,
        "content/2027/pay-01.yaml",
        "kind: pay\ntitle: 2027年1月通风队奖金分配公示\npublished: 2027-02-05\nperiod: 2027-01\n\
         team: 通风队\ncolumns:\n  - {name: 姓名, type: name}\n  - {name: 实发, type: money, role: net}\n\
         rows:\n  - {姓名: 张三, 实发: \"100.00\"}\n",
    );
    write(
        site,
        "content/2027/assessment-01.yaml",
        "kind: assessment\ntitle: 2027年1月通风队考核\npublished: 2027-02-05\nperiod: 2027-01\n\
         team: 通风队\ncomponents:\n  - {name: 安全, max: 50}\n  - {name: 质量, max: 50.5}\n\
         scores:\n  - {name: 张三, 安全: 40, 质量: 40}\n",
    );
    let pay = new(site, "pay", "2027/pay-02", "2027-03-05");
    assert!(
        pay.contains("\ntitle: 2027年2月通风队奖金分配公示\n"),
        "{pay}"
    );
    assert!(pay.contains("\nperiod: 2027-02\n"), "{pay}");
    assert!(pay.contains("\nteam: 通风队\n"), "{pay}");
    // February 2027: 20 weekdays - 3 holidays (10-12) + 1 weekend day worked (6th).
    assert!(pay.contains("\nworkdays: 18\n"), "{pay}");
    let assessment = new(site, "assessment", "2027/assessment-02", "2027-03-05");
    assert!(
        assessment
            .contains("\ncomponents:\n  - {name: 安全, max: 50}\n  - {name: 质量, max: 50.5}\n"),
        "{assessment}"
    );
    assert!(
        assessment.contains("#  - {name: 张三, 安全: 0, 质量: 0}\n"),
        "{assessment}"
    );
    assert!(assessment.contains("\nteam: 通风队\n"), "{assessment}");
}
