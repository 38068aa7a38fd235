//! Attendance pages through the command line, on `tests/fixtures/attendance_pages/`
//! (通风一班 with three months over two years, a team whose name holds `/` and dots, and
//! a sheet without a team) and on the sample site:
//!
//! - the month page: one column per leave kind that occurs (in the order first written),
//!   the totals row, the attendance rate with one decimal, the leave breakdown;
//! - the downloads: `attendance.csv` (BOM) and `data.json` with the team totals;
//! - `privacy.attendance: totals`: no record's name (nor a note naming someone) in any
//!   output file, while the team totals are there;
//! - the per-team monthly archive, newest month first, linked from the month page and
//!   the attendance list, at a path the team name cannot break.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use scraper::ElementRef;
use serde_json::Value;

/// The names written in the fixture's records.
const FIXTURE_NAMES: &[&str] = &[
    "司马青云",
    "慕容秋",
    "上官红",
    "诸葛明",
    "欧阳锋",
    "东方白",
    "独孤求",
];

/// Builds a copy of the fixture, with `privacy.attendance: totals` when `totals`.
fn built(totals: bool) -> tempfile::TempDir {
    let site = fixture("attendance_pages");
    if totals {
        let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
        write(
            site.path(),
            "site.yaml",
            format!("{yaml}privacy: {{attendance: totals}}\n"),
        );
    }
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Rows of a CSV file after checking its BOM.
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = fs::read(path).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "{} has no BOM",
        path.display()
    );
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn month_page_shows_people_leave_columns_totals_and_rate() {
    let site = built(false);
    let doc = parse_html(&site.path().join("public/tongfeng/2026-03/index.html"));
    let table = one(&doc, "table#attendance");
    // 病假 first (慕容秋), then 事假 (上官红 writes 事假 before 病假, but 病假 was seen).
    assert_eq!(
        texts(table, "thead th"),
        [
            "姓名",
            "出勤",
            "病假",
            "事假",
            "旷工",
            "加班（小时）",
            "备注"
        ]
    );
    let rows: Vec<Vec<String>> = table
        .select(&sel("tbody tr"))
        .map(|tr| texts(tr, "td"))
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[2], ["上官红", "20.5", "1", "0.5", "", "4", ""]);
    assert_eq!(rows[3], ["诸葛明", "21", "", "", "1", "", "诸葛明旷工1天"]);
    let footer: Vec<String> = table
        .select(&sel("tfoot tr"))
        .flat_map(|tr| texts(tr, "th, td"))
        .collect();
    assert_eq!(footer, ["合计（4人）", "83.5", "3", "0.5", "1", "11.5", ""]);
    // 83.5 of 22 × 4 = 88 person-days: 94.886% -> 94.9%.
    assert_eq!(text(one(&doc, "#att-rate")), "94.9%");
    let summary = text(one(&doc, ".att-summary"));
    assert!(summary.contains("83.5 人·天"), "{summary}");
    assert!(summary.contains("88 人·天"), "{summary}");

    let leave = one(&doc, "table#leave");
    assert_eq!(
        texts(leave, "thead th"),
        ["假别", "人数", "天数", "占应出勤"]
    );
    let rows: Vec<Vec<String>> = leave
        .select(&sel("tbody tr"))
        .map(|tr| texts(tr, "td"))
        .collect();
    // 3 / 88 = 3.41%, 0.5 / 88 = 0.57%.
    assert_eq!(
        rows,
        [["病假", "2", "3", "3.4%"], ["事假", "1", "0.5", "0.6%"]]
    );
    let footer = texts(leave, "tfoot th, tfoot td");
    assert_eq!(footer, ["合计", "", "3.5", "4.0%"]);
}

#[test]
fn downloads_carry_the_rows_and_the_team_totals() {
    let site = built(false);
    let dir = site.path().join("public/tongfeng/2026-03");
    let rows = csv_rows(&dir.join("attendance.csv"));
    assert_eq!(
        rows[0],
        [
            "姓名",
            "出勤",
            "病假",
            "事假",
            "旷工",
            "加班（小时）",
            "备注"
        ]
    );
    assert_eq!(rows[1], ["司马青云", "22", "", "", "", "7.5", ""]);
    assert_eq!(rows.last().unwrap()[..2], ["合计（4人）", "83.5"]);
    assert!(dir.join("leave.csv").is_file());

    let data = read_json(&dir.join("data.json"));
    let a = &data["attendance"];
    assert_eq!(a["team"], "通风一班");
    assert_eq!(a["people"], 4);
    // gongkai-data/2: numbers are numbers, a rate is a percentage.
    assert_eq!(a["workdays"], 22);
    assert_eq!(a["person_days"], 88);
    assert_eq!(a["present"], 83.5);
    assert_eq!(a["leave_total"], 3.5);
    assert_eq!(a["absent"], 1);
    assert_eq!(a["overtime_hours"], 11.5);
    assert_eq!(a["rate"], 94.9);
    assert_eq!(a["totals_only"], false);
    assert_eq!(a["leave"][0]["kind"], "病假");
    assert_eq!(a["leave"][0]["days"], 3);
    assert_eq!(a["leave"][0]["people"], 2);
    let ids: Vec<&str> = data["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["attendance", "leave"]);
}

/// Every output file in which one of `names` occurs, with the name.
fn files_naming(out: &Path, names: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for (path, bytes) in tree(out) {
        let content = String::from_utf8_lossy(&bytes);
        for name in names {
            if content.contains(name) || path.contains(name) {
                hits.push(format!("{path}: {name}"));
            }
        }
    }
    hits
}

#[test]
fn totals_mode_leaves_no_name_in_any_output_file() {
    let out_individual = built(false);
    // The check can fail: in individual mode every name is out there.
    let hits = files_naming(&out_individual.path().join("public"), FIXTURE_NAMES);
    for name in FIXTURE_NAMES {
        assert!(
            hits.iter().any(|h| h.ends_with(name)),
            "{name} not published in individual mode: {hits:?}"
        );
    }

    let site = built(true);
    let out = site.path().join("public");
    let hits = files_naming(&out, FIXTURE_NAMES);
    assert!(
        hits.is_empty(),
        "names published in totals mode:\n{}",
        hits.join("\n")
    );
    let files = tree(&out);
    assert!(files.keys().any(|p| p.ends_with(".csv")));
    assert!(files.keys().any(|p| p.ends_with("data.json")));

    // The team totals are what is published.
    let doc = parse_html(&out.join("tongfeng/2026-03/index.html"));
    let table = one(&doc, "table#attendance");
    assert_eq!(
        texts(table, "thead th"),
        [
            "班组",
            "人数",
            "应出勤（人·天）",
            "出勤（人·天）",
            "病假",
            "事假",
            "旷工",
            "加班（小时）",
            "出勤率"
        ]
    );
    let rows: Vec<Vec<String>> = table
        .select(&sel("tbody tr"))
        .map(|tr| texts(tr, "td"))
        .collect();
    assert_eq!(
        rows,
        [[
            "通风一班",
            "4",
            "88",
            "83.5",
            "3",
            "0.5",
            "1",
            "11.5",
            "94.9%"
        ]]
    );
    assert_eq!(text(one(&doc, "#att-rate")), "94.9%");
    // Notes can name people (与上官红调班): none is left.
    assert!(!text(one(&doc, "main")).contains("调班"));
    // Per-kind head counts point at people on a small team: only days remain.
    assert_eq!(
        texts(one(&doc, "table#leave"), "thead th"),
        ["假别", "天数", "占应出勤"]
    );

    let rows = csv_rows(&out.join("tongfeng/2026-03/attendance.csv"));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][0], "通风一班");
    assert_eq!(rows[1][8], "94.9%");
    let data = read_json(&out.join("tongfeng/2026-03/data.json"));
    assert_eq!(data["attendance"]["totals_only"], true);
    assert_eq!(data["attendance"]["present"], 83.5);
    assert!(data["attendance"]["leave"][0].get("people").is_none());
}

/// Names of the records of an attendance YAML file written as flow mappings.
fn record_names(yaml: &str) -> Vec<String> {
    yaml.lines()
        .filter_map(|l| l.trim().strip_prefix("- {name:"))
        .filter_map(|rest| rest.split([',', '}']).next())
        .map(|n| n.trim().to_string())
        .collect()
}

#[test]
fn totals_mode_on_the_sample_site_publishes_no_attendance_name() {
    let site = sample_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    assert!(yaml.contains("attendance: individual"));
    write(
        site.path(),
        "site.yaml",
        yaml.replace("attendance: individual", "attendance: totals"),
    );
    let mut names = Vec::new();
    for entry in fs::read_dir(site.path().join("content/2026")).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("attendance")
        {
            names.extend(record_names(&fs::read_to_string(&path).unwrap()));
        }
    }
    assert!(names.len() >= 13, "names read from the sample: {names:?}");
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let hits = files_naming(&site.path().join("public"), &names);
    assert!(
        hits.is_empty(),
        "names published in totals mode:\n{}",
        hits.join("\n")
    );
}

#[test]
fn each_team_has_a_monthly_archive_newest_first() {
    let site = built(false);
    let out = site.path().join("public");
    let page = "tongfeng/2026-03/index.html";
    let doc = parse_html(&out.join(page));
    let link = one(&doc, "a.archive-link");
    let href = link.value().attr("href").unwrap();
    let archive = resolve_relative(&out, page, href).unwrap();
    assert_eq!(
        archive,
        out.join("list/attendance/通风一班/index.html"),
        "link {href}"
    );
    let doc = parse_html(&archive);
    assert_eq!(text(one(&doc, "h1")), "通风一班历月出勤公示");
    assert_eq!(texts(one(&doc, "main"), "h2"), ["2026年", "2025年"]);
    let months = texts(one(&doc, "main"), "tbody th[scope=row]");
    assert_eq!(months, ["2026年3月", "2026年2月", "2025年12月"]);
    // Each month links its page and shows its rate: 69/72 = 95.8%, 68/69 = 98.6%.
    let rows: Vec<ElementRef> = doc.select(&sel("tbody tr")).collect();
    let rates: Vec<String> = rows.iter().map(|r| texts(*r, "td")[3].clone()).collect();
    assert_eq!(rates, ["94.9%", "95.8%", "98.6%"]);
    let archive_page = "list/attendance/通风一班/index.html";
    let targets: Vec<_> = rows
        .iter()
        .map(|r| {
            let a = r.select(&sel("a")).next().unwrap();
            resolve_relative(&out, archive_page, a.value().attr("href").unwrap()).unwrap()
        })
        .collect();
    assert_eq!(
        targets,
        [
            out.join("tongfeng/2026-03/index.html"),
            out.join("tongfeng/2026-02/index.html"),
            out.join("tongfeng/2025-12/index.html"),
        ]
    );
}

#[test]
fn team_names_become_single_safe_path_segments() {
    let site = built(false);
    let out = site.path().join("public");
    let list = "list/attendance/index.html";
    let doc = parse_html(&out.join(list));
    let mut archives: Vec<(String, String)> = doc
        .select(&sel(".related a"))
        .map(|a| {
            let target = resolve_relative(&out, list, a.value().attr("href").unwrap()).unwrap();
            (text(a), rel_path(&out, &target))
        })
        .collect();
    archives.sort();
    assert_eq!(
        archives,
        [
            (
                "未注明班组历月出勤公示".to_string(),
                "list/attendance/未注明班组/index.html".to_string()
            ),
            (
                "综采/二队..历月出勤公示".to_string(),
                "list/attendance/综采~2f二队~2e~2e/index.html".to_string()
            ),
            (
                "通风一班历月出勤公示".to_string(),
                "list/attendance/通风一班/index.html".to_string()
            ),
        ]
    );
    for (_, path) in &archives {
        assert!(out.join(path).is_file(), "{path} missing");
    }
    // Nothing was written outside `list/attendance/<one segment>/`.
    for path in tree(&out).into_keys() {
        if let Some(rest) = path.strip_prefix("list/attendance/") {
            assert!(
                rest == "index.html" || rest.split('/').count() == 2,
                "unexpected archive file {path}"
            );
        }
    }
    let doc = parse_html(&out.join("list/attendance/综采~2f二队~2e~2e/index.html"));
    assert_eq!(
        texts(one(&doc, "main"), "tbody th[scope=row]"),
        ["2026年3月"]
    );
}
