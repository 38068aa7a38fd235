//! Pay coefficients that follow from an assessment's ranks (`coefficients:` bands and
//! `last_coefficient:` on the assessment, `role: coefficient` on the linked pay sheet)
//! through the command line: each mistake of `tests/fixtures/assessment_pay/` at its
//! exact `file:line:column` (a wrong coefficient at the pay sheet's cell, beside the
//! assessment's row, so both files are named), the clean pair silent; the built
//! assessment page shows each person's coefficient and states the bands, and the CSV
//! carries the column.

mod common;

use std::fs;

use common::*;

#[test]
fn every_coefficient_mistake_is_reported_at_its_place() {
    let (run, diags) = check_fixture_json("assessment_pay");
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            // Ranks 1-2 and 2-3: the second band, at its `from`.
            (
                "error",
                "content/bad-assess.yaml:10:12",
                &["第 2 名落在两个名次段里"],
            ),
            // A band that ends before it starts: at its `to`.
            ("error", "content/bad-assess.yaml:11:19", &["5–4"]),
            // Rank 4 is in no band (the 5–4 one holds nothing): at the person's row.
            (
                "error",
                "content/bad-assess.yaml:16:5",
                &["丁四", "第 4 名", "没有这个名次的系数"],
            ),
            // Assessed, but not on the pay sheet: at the assessment's row.
            (
                "error",
                "content/bad-assess.yaml:15:5",
                &["丙三", "content/bad-pay.yaml"],
            ),
            // Rank 2 falls in the 1–2 band (1.2), the sheet says 1.1: at the cell.
            (
                "error",
                "content/bad-pay.yaml:11:20",
                &[
                    "乙二",
                    "1.1",
                    "content/bad-assess.yaml",
                    "第 2 名的系数是 1.2",
                ],
            ),
        ],
    );
    let mismatch = diags
        .iter()
        .find(|d| place(d) == "content/bad-pay.yaml:11:20")
        .unwrap();
    assert_eq!(mismatch["code"], "pay-coefficient-mismatch");
    assert_eq!(mismatch["related"][0]["file"], "content/bad-assess.yaml");
    assert_eq!(mismatch["related"][0]["line"], 14);
    assert!(diagnostics_in(&diags, "content/assess.yaml").is_empty());
    assert!(diagnostics_in(&diags, "content/pay.yaml").is_empty());
}

#[test]
fn the_page_shows_each_coefficient_and_the_bands() {
    let site = fixture("assessment_pay");
    for bad in ["bad-assess", "bad-pay"] {
        fs::remove_file(site.path().join(format!("content/{bad}.yaml"))).unwrap();
    }
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let dir = site.path().join("public/assess");
    let doc = parse_html(&dir.join("index.html"));
    let table = one(&doc, "table#scores");
    let head = texts(table, "thead th");
    assert_eq!(head.last().map(String::as_str), Some("系数"), "{head:?}");
    let rows: Vec<Vec<String>> = doc
        .select(&sel("table#scores tbody tr"))
        .map(|tr| texts(tr, "td, th"))
        .collect();
    let coefficients: Vec<&str> = rows
        .iter()
        .map(|r| r.last().map_or("", String::as_str))
        .collect();
    // Rank 1 takes its band's 1.2, rank 2 the open band's 1, the last place 0.8.
    assert_eq!(coefficients, ["1.2", "1", "0.8"]);
    let main = text(one(&doc, "main"));
    assert!(
        main.contains("分配系数按名次：第 1–1 名 1.2，第 2 名起 1，末位 0.8。"),
        "{main}"
    );
    let bytes = fs::read(dir.join("scores.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.iter().next_back(), Some("系数"));
    let last: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().iter().next_back().unwrap().to_string())
        .collect();
    assert_eq!(last, ["1.2", "1", "0.8"]);
}
