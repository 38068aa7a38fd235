//! Welfare distributions (福利发放) as a clerk and a worker meet them: the cross-checks
//! at their places, and a page on which no recipient's full name, hardship reason or
//! health note can be found next to the person.

mod common;

use std::path::Path;

use common::*;
use scraper::Html;

#[test]
fn welfare_mistakes_are_reported_at_their_places() {
    let (run, diags) = check_fixture_json("welfare_rules");
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/2026/spring-a.yaml:5:19",
                &[
                    "合计 3500.00",
                    "共支出 3000.00",
                    "content/2026/spring-a.yaml 2000.00",
                    "content/2026/spring-b.yaml 1500.00",
                    "content/2026/finance-q1.yaml",
                ],
            ),
            (
                "error",
                "content/2026/hardship.yaml:9:8",
                &["合计 1300.00", "之和 1200.00"],
            ),
            (
                "warning",
                "content/2026/birthday.yaml:5:51",
                &["会员生日慰问", "50105", "504 维权支出"],
            ),
            (
                "error",
                "content/2026/missing.yaml:5:19",
                &["2026/finance-q9.yaml", "找不到这个事项"],
            ),
            (
                "warning",
                "content/2026/missing.yaml:9:12",
                &["马*", "第 7 行"],
            ),
            (
                "error",
                "content/2026/wrong-kind.yaml:5:19",
                &["notices/rules.md", "不是经费收支文件"],
            ),
        ],
    );
    // The funding error points at every welfare file and at the finance item.
    let funding = diags
        .iter()
        .find(|d| place(d) == "content/2026/spring-a.yaml:5:19")
        .unwrap();
    let related: Vec<String> = funding["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        related,
        ["content/2026/spring-b.yaml", "content/2026/finance-q1.yaml"]
    );
    // The duplicate name is masked in the message too.
    assert!(!run.stdout.contains("马骁"), "{}", run.stdout);
}

#[test]
fn a_welfare_line_within_its_funding_passes() {
    let site = fixture("welfare_rules");
    // Two lists of 2000 + 1000 fit the 3000 spent on 送温暖; one sub-account check left.
    write(
        site.path(),
        "content/2026/spring-b.yaml",
        "kind: welfare\ntitle: 春节送温暖名单（二）\npublished: 2026-01-25\nprogram: 送温暖\n\
         funded_by: {item: 2026/finance-q1.yaml, category: 50405}\n\
         recipients:\n  - {name: 王建军, amount: \"1000.00\"}\n",
    );
    for file in ["hardship", "missing", "wrong-kind", "birthday"] {
        std::fs::remove_file(site.path().join(format!("content/2026/{file}.yaml"))).unwrap();
    }
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(0);
    assert!(json_lines(&out.stdout).is_empty(), "{}", out.stdout);
}

/// Recipients whose full names must never reach the output.
const NAMES: &[&str] = &["张德营", "李四", "欧阳明华", "王建军"];

fn welfare_site(show_reasons: bool) -> tempfile::TempDir {
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        format!(
            "title: 测试公开栏\nunit: 测试工会\nprivacy: {{mask_names: true, show_reasons: {show_reasons}}}\n"
        ),
    );
    write(
        site.path(),
        "content/2026/finance-q1.yaml",
        "kind: finance\ntitle: 一季度经费收支\npublished: 2026-04-05\nperiod: 2026-Q1\n\
         opening_balance: \"10000.00\"\nexpenses:\n  - {date: 2026-01-19, category: 送温暖, amount: \"3900.00\", note: 春节送温暖}\n",
    );
    write(
        site.path(),
        "content/2026/spring.yaml",
        "kind: welfare\ntitle: 张德营等4名职工送温暖名单\npublished: 2026-01-20\nprogram: 送温暖\n\
         funded_by: {item: 2026/finance-q1.yaml, category: 送温暖}\nrecipients:\n\
         \x20 - {name: 张德营, team: 通风一班, reason: 因病致困, amount: \"1200.00\", goods: 米、面、油, note: 张德营本人住院}\n\
         \x20 - {name: 李四, team: 测风班, reason: 子女就学, amount: \"800.00\"}\n\
         \x20 - {name: 欧阳明华, team: 通风一班, reason: 因病致困, amount: \"1100.00\", note: 术后康复}\n\
         \x20 - {name: 王建军, team: 通风二班, amount: \"800.00\"}\n\
         total: \"3900.00\"\n",
    );
    site
}

fn build(site: &Path) -> std::path::PathBuf {
    run(&mut build_cmd(site, &[])).expect_code(0);
    site.join("public")
}

/// Text of the cells of `table#id`, row by row (header row first).
fn table_rows(doc: &Html, id: &str) -> Vec<Vec<String>> {
    let table = doc
        .select(&sel(&format!("table#{id}")))
        .next()
        .unwrap_or_else(|| panic!("no table#{id}"));
    table
        .select(&sel("tr"))
        .map(|tr| {
            tr.select(&sel("th, td"))
                .map(|c| c.text().collect::<String>().trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn no_full_name_in_any_output_file() {
    let site = welfare_site(false);
    let out = build(site.path());
    let files = tree(&out);
    assert!(files.len() > 5);
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for name in NAMES {
            assert!(!text.contains(name), "{name} found in {path}");
        }
    }
    // Masked forms are what the page, data.json and recipients.csv carry.
    let doc = parse_html(&out.join("2026/spring/index.html"));
    let rows = table_rows(&doc, "recipients");
    let names: Vec<&str> = rows[1..rows.len() - 1]
        .iter()
        .map(|r| r[1].as_str())
        .collect();
    assert_eq!(names, ["张*营", "李*", "欧**华", "王*军"]);
    let title = doc
        .select(&sel("h1"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert_eq!(title.trim(), "张*营等4名职工送温暖名单");
    let json: serde_json::Value = serde_json::from_slice(&files["2026/spring/data.json"]).unwrap();
    let recipients = json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "recipients")
        .unwrap();
    // gongkai-data/2: a row is an array of values.
    assert_eq!(recipients["rows"][3][1], "王*军");
    let csv = String::from_utf8_lossy(&files["2026/spring/recipients.csv"]).into_owned();
    assert!(csv.contains("欧**华"), "{csv}");
}

#[test]
fn reasons_are_only_summed_unless_the_site_shows_them() {
    let site = welfare_site(false);
    let out = build(site.path());
    let doc = parse_html(&out.join("2026/spring/index.html"));
    let rows = table_rows(&doc, "recipients");
    assert_eq!(rows[0], ["序号", "姓名", "班组", "金额", "物品"]);
    for row in &rows {
        for cell in row {
            assert!(!cell.contains("因病") && !cell.contains("住院") && !cell.contains("术后"));
        }
    }
    let csv =
        String::from_utf8_lossy(&std::fs::read(out.join("2026/spring/recipients.csv")).unwrap())
            .into_owned();
    assert!(!csv.contains("因病致困") && !csv.contains("住院"), "{csv}");
    assert_eq!(
        table_rows(&doc, "by_reason"),
        [
            vec!["困难原因", "人数", "金额"],
            vec!["因病致困", "2", "¥2,300.00"],
            vec!["子女就学", "1", "¥800.00"],
            vec!["未注明", "1", "¥800.00"],
            vec!["合计", "4", "¥3,900.00"],
        ]
    );
    // Facts: program, the funding line linked to the finance page, the count; 大写 total.
    let facts: Vec<String> = doc
        .select(&sel("dl.facts dd"))
        .map(|d| d.text().collect::<String>())
        .collect();
    assert_eq!(facts[0], "送温暖");
    assert!(
        facts[1].contains("一季度经费收支") && facts[1].contains("50405"),
        "{facts:?}"
    );
    assert_eq!(facts[2], "4 人");
    let link = doc.select(&sel("dl.facts dd a")).next().unwrap();
    assert_eq!(
        link.value().attr("href"),
        Some("../../2026/finance-q1/index.html")
    );
    let words = doc
        .select(&sel(".figure-words"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(words.contains("叁仟玖佰元整"), "{words}");

    // The year page sums per program and per reason.
    let year = parse_html(&out.join("list/welfare/2026/index.html"));
    assert_eq!(
        table_rows(&year, "by_program"),
        [
            vec!["项目", "次数", "人次", "金额"],
            vec!["送温暖", "1", "4", "¥3,900.00"],
            vec!["合计", "1", "4", "¥3,900.00"],
        ]
    );
}

#[test]
fn show_reasons_puts_reason_and_note_beside_the_masked_name() {
    let site = welfare_site(true);
    let out = build(site.path());
    let doc = parse_html(&out.join("2026/spring/index.html"));
    let rows = table_rows(&doc, "recipients");
    assert_eq!(
        rows[0],
        ["序号", "姓名", "班组", "困难原因", "金额", "物品", "备注"]
    );
    assert_eq!(rows[1][3], "因病致困");
    // A full name inside a note is masked too.
    assert_eq!(rows[1][6], "张*营本人住院");
    for (path, bytes) in tree(&out) {
        let text = String::from_utf8_lossy(&bytes);
        for name in NAMES {
            assert!(!text.contains(name), "{name} found in {path}");
        }
    }
}
