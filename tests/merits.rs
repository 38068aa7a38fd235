//! Rewards and penalties (奖惩公示) through the command line: each rule of
//! `tests/fixtures/merits_rules/` at its exact `file:line:column` (a penalty without a
//! basis above all), the clean notice silent; the sample board's March notice built into a
//! page with the totals and 大写, each entry with its basis, the large penalty marked, and
//! a CSV whose amounts add up to the totals.

mod common;

use std::fs;

use common::*;

#[test]
fn every_merits_mistake_is_reported_at_its_place() {
    let (run, diags) = check_fixture_json("merits_rules");
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            // At the type of the penalty that rests on nothing.
            (
                "error",
                "content/mistakes.yaml:6:41",
                &["对 慕容秋 的处罚没有写依据（basis）"],
            ),
            (
                "error",
                "content/mistakes.yaml:7:12",
                &["2026-04-02", "不在公示期间 2026-03 之内"],
            ),
            (
                "error",
                "content/mistakes.yaml:8:41",
                &["`表扬`", "奖励、处罚"],
            ),
            ("error", "content/mistakes.yaml:9:5", &["没有填“name”"]),
            (
                "error",
                "content/unknown-key.yaml:6:57",
                &["“依据”不是声明过的列", "basis"],
            ),
        ],
    );
    let basis = diags
        .iter()
        .find(|d| place(d) == "content/mistakes.yaml:6:41")
        .unwrap();
    assert!(basis["hint"].as_str().unwrap().contains("依据"), "{basis}");
    assert!(diagnostics_in(&diags, "content/good.yaml").is_empty());
}

#[test]
fn the_sample_notice_shows_totals_bases_and_the_large_penalty() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let dir = site.path().join("public/2026/merits-03");
    let doc = parse_html(&dir.join("index.html"));
    let main = one(&doc, "main");
    assert_eq!(
        texts(main, ".figure-value"),
        ["¥800.00", "¥250.00"],
        "rewards, then penalties"
    );
    let words = texts(main, ".figure-words");
    assert!(
        words[0].contains("捌佰元整") && words[1].contains("贰佰伍拾元整"),
        "{words:?}"
    );
    let table = one(&doc, "table#merits");
    assert_eq!(
        texts(table, "thead th"),
        [
            "序号",
            "日期",
            "姓名",
            "班组",
            "类别",
            "事由",
            "金额",
            "依据",
            "大额处罚"
        ]
    );
    let last = texts(one_in(table, "tbody tr:nth-child(4)"), "td, th");
    assert_eq!(last[2], "刘*强");
    assert_eq!(last[4], "处罚");
    assert!(last[7].contains("第十二条"), "{last:?}");
    assert_eq!(last[8], "大额处罚");
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(!page.contains("刘志强") && !page.contains("周海涛"));
    // The objection channel, as on every notice.
    assert!(page.contains("0537-1234567"));
    // The CSV's amounts add up to both totals.
    let bytes = fs::read(dir.join("merits.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let (mut rewards, mut penalties) = (0i64, 0i64);
    for r in reader.records() {
        let r = r.unwrap();
        let fen: i64 = r[6].replace('.', "").parse().unwrap();
        match &r[4] {
            "奖励" => rewards += fen,
            "处罚" => penalties += fen,
            other => panic!("type {other}"),
        }
    }
    assert_eq!((rewards, penalties), (80_000, 25_000));
}
