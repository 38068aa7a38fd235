//! Assessments (综合考核结果, the 二四四 method) through the command line: each rule of
//! `tests/fixtures/assessment_rules/` at its exact `file:line:column`, the clean sheet
//! silent; the sample board's March results built into a page whose totals are computed,
//! ranks shared on equal totals, the lowest flagged 末位, the pay sheet linked, and a chart
//! of the totals; the CSV read back.

mod common;

use std::fs;

use common::*;

#[test]
fn every_assessment_mistake_is_reported_at_its_place() {
    let (run, diags) = check_fixture_json("assessment_rules");
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/mistakes.yaml:9:6",
                &["2026/pay-09.yaml", "找不到这份奖金分配公示"],
            ),
            (
                "error",
                "content/mistakes.yaml:11:24",
                &["领导考核 21 大于该列的最大值 20"],
            ),
            (
                "error",
                "content/mistakes.yaml:12:35",
                &["职工代表评分 -1 小于该列的最小值 0"],
            ),
            // A typed total that disagrees: at the total.
            (
                "error",
                "content/mistakes.yaml:13:56",
                &["上官红", "总分 86", "各项得分之和 85"],
            ),
            (
                "error",
                "content/mistakes.yaml:14:5",
                &["没有填“职工代表评分”"],
            ),
            (
                "error",
                "content/mistakes.yaml:15:12",
                &["上官红", "第一次在第 13 行"],
            ),
        ],
    );
    assert!(diagnostics_in(&diags, "content/good.yaml").is_empty());
}

#[test]
fn equal_totals_share_a_rank_and_the_lowest_is_flagged() {
    let site = fixture("assessment_rules");
    fs::remove_file(site.path().join("content/mistakes.yaml")).unwrap();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let doc = parse_html(&site.path().join("public/good/index.html"));
    let table = one(&doc, "table#scores");
    assert_eq!(
        texts(table, "thead th"),
        [
            "序号",
            "姓名",
            "领导考核",
            "职工代表评分",
            "硬性指标",
            "总分",
            "名次",
            "末位"
        ]
    );
    let rows: Vec<Vec<String>> = doc
        .select(&sel("table#scores tbody tr"))
        .map(|tr| texts(tr, "td, th"))
        .collect();
    let totals: Vec<&str> = rows.iter().map(|r| r[5].as_str()).collect();
    let ranks: Vec<&str> = rows.iter().map(|r| r[6].as_str()).collect();
    let last: Vec<&str> = rows.iter().map(|r| r[7].as_str()).collect();
    assert_eq!(totals, ["92", "85", "85", "75"]);
    assert_eq!(ranks, ["1", "2", "2", "4"]);
    assert_eq!(last, ["", "", "", "末位"]);
}

#[test]
fn the_sample_results_link_the_pay_sheet_and_chart_the_totals() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let dir = site.path().join("public/2026/assessment-03");
    let doc = parse_html(&dir.join("index.html"));
    let facts = texts(one(&doc, "main"), ".facts dd");
    assert!(facts.iter().any(|f| f.contains("满分 100")), "{facts:?}");
    assert!(facts.iter().any(|f| f == "88.5"), "{facts:?}");
    let link = one(&doc, ".facts a");
    assert_eq!(text(link), "2026年3月通风队奖金分配公示");
    assert!(
        link.value()
            .attr("href")
            .unwrap()
            .ends_with("2026/pay-03/index.html")
    );
    // The chart of totals, with its caption above it.
    assert_eq!(text(one(&doc, "figure.chart figcaption")), "总分分布");
    assert!(doc.select(&sel("figure.chart svg")).next().is_some());
    // The lowest total is flagged, and only that one.
    let flagged: Vec<Vec<String>> = doc
        .select(&sel("table#scores tbody tr"))
        .map(|tr| texts(tr, "td, th"))
        .filter(|r| r.last().is_some_and(|c| c == "末位"))
        .collect();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0][1], "周*涛");
    // The CSV carries the computed totals, which add up.
    let bytes = fs::read(dir.join("scores.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    for r in reader.records() {
        let r = r.unwrap();
        let parts: f64 = (2..5).map(|i| r[i].parse::<f64>().unwrap()).sum();
        assert_eq!(parts, r[5].parse::<f64>().unwrap(), "{r:?}");
    }
}
