//! Pay sheets (工资奖金分配公示) through the command line: each rule of
//! `tests/fixtures/pay_rules/` reported at its exact `file:line:column` (the attendance
//! comparison naming both files), the clean sheet silent; the sample board's March
//! distribution for the ventilation team built into a page whose figures, 大写 and rows
//! are those of the file, a CSV that adds up to the pool, and `data.json`; and
//! `privacy.pay: totals`, under which no name reaches any output file.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use serde_json::Value;

#[test]
fn every_pay_mistake_is_reported_at_its_place() {
    let (run, diags) = check_fixture_json("pay_rules");
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            // 实发 of 乙二: the 实发 cell.
            (
                "error",
                "content/net-off.yaml:17:62",
                &["乙二", "实发 100.00", "应发 100.00 − 扣款 10.00 = 90.00"],
            ),
            // The rows against the pool: at `pool`.
            (
                "error",
                "content/pool-off.yaml:7:7",
                &["合计 300.00", "奖金总额（pool）是 300.01"],
            ),
            // Share by points: 100.00 over 1:1:1 is 33.34, 33.33, 33.33 (the first of equal
            // remainders gets the fen), so both swapped amounts are reported.
            (
                "error",
                "content/share-off.yaml:17:35",
                &["甲一", "分得 33.33", "= 33.34", "最大余额法"],
            ),
            (
                "error",
                "content/share-off.yaml:18:35",
                &["乙二", "分得 33.34", "= 33.33"],
            ),
            (
                "error",
                "content/days-over.yaml:17:20",
                &["甲一", "出勤 23 天", "应出勤天数 22"],
            ),
            // The cross-item check: the pay sheet's days, beside the attendance record.
            (
                "error",
                "content/days-differ.yaml:11:22",
                &[
                    "司马青云",
                    "这里出勤 21 天",
                    "出勤 22 天",
                    "content/attendance-03.yaml",
                ],
            ),
            (
                "error",
                "content/days-differ.yaml:13:21",
                &[
                    "无名氏",
                    "不在本班组同月的出勤公示",
                    "content/attendance-03.yaml",
                ],
            ),
            (
                "error",
                "content/columns-wrong.yaml:9:27",
                &["“奖金”不是声明过的列", "姓名、实发"],
            ),
        ],
    );
    // Both places of the cross-item mistake: the related one is the attendance record.
    let differ = diags
        .iter()
        .find(|d| place(d) == "content/days-differ.yaml:11:22")
        .unwrap();
    let related = &differ["related"][0];
    assert_eq!(related["file"], "content/attendance-03.yaml", "{differ}");
    assert_eq!(related["line"], 8, "{differ}");
    assert_eq!(related["column"], 27, "{differ}");
    // Hints speak Chinese.
    for d in &diags {
        let hint = d["hint"].as_str().unwrap();
        assert!(
            hint.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{d}"
        );
    }
}

#[test]
fn the_clean_sheet_has_no_diagnostic() {
    let (_, diags) = check_fixture_json("pay_rules");
    for file in ["content/good.yaml", "content/attendance-03.yaml"] {
        let found = diagnostics_in(&diags, file);
        assert!(found.is_empty(), "{found:#?}");
    }
}

/// Rows of a CSV file after checking its BOM.
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = fs::read(path).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "{}",
        path.display()
    );
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// `3691.64` as fen.
fn fen(text: &str) -> i64 {
    let (yuan, cents) = text.split_once('.').unwrap_or((text, "0"));
    yuan.parse::<i64>().unwrap() * 100 + format!("{cents:0<2}").parse::<i64>().unwrap()
}

#[test]
fn the_sample_distribution_builds_with_its_figures_rows_and_downloads() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let dir = site.path().join("public/2026/pay-03");
    let doc = parse_html(&dir.join("index.html"));
    let figures: Vec<String> = texts(one(&doc, "main"), ".figure-value");
    assert_eq!(figures[0], "¥39,000.00", "{figures:?}");
    let words = texts(one(&doc, "main"), ".figure-words");
    assert!(words[0].contains("叁万玖仟元整"), "{words:?}");
    assert!(
        words.iter().any(|w| w.contains("叁万捌仟玖佰伍拾元整")),
        "{words:?}"
    );
    let table = one(&doc, "table#pay");
    assert_eq!(
        texts(table, "thead th"),
        [
            "序号",
            "姓名",
            "岗位",
            "出勤天数",
            "工分",
            "应发",
            "扣款",
            "扣款原因",
            "实发"
        ]
    );
    let rows = texts(table, "tbody tr");
    assert_eq!(rows.len(), 13);
    // Names masked, the deduction and its reason beside the person.
    let zhou: Vec<String> = texts(one_in(table, "tbody tr:nth-child(8)"), "td, th");
    assert_eq!(
        zhou,
        [
            "8",
            "周*涛",
            "通风工",
            "21",
            "21",
            "¥2,936.54",
            "¥50.00",
            "旷工1天",
            "¥2,886.54"
        ]
    );
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    for name in ["周海涛", "欧阳明华", "张德营"] {
        assert!(!page.contains(name), "{name} on the page");
    }
    assert!(
        page.contains("按零头从大到小"),
        "the rounding rule is stated"
    );
    // The CSV adds up to the pool, and 实发 to the pool less the deduction.
    let csv = csv_rows(&dir.join("pay.csv"));
    let header = &csv[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let body: Vec<&Vec<String>> = csv[1..].iter().filter(|r| r[0] != "合计").collect();
    let sum = |c: usize| body.iter().map(|r| fen(&r[c])).sum::<i64>();
    assert_eq!(sum(col("应发")), 3_900_000);
    assert_eq!(sum(col("实发")), 3_895_000);
    // data.json carries the same rows, amounts in fen.
    let data: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("data.json")).unwrap()).unwrap();
    let text = data.to_string();
    assert!(text.contains(",369164,"), "{text}");
    assert!(!text.contains("周海涛"));
    // The list of the kind and the search index know it.
    let list = fs::read_to_string(site.path().join("public/list/pay/index.html")).unwrap();
    assert!(list.contains("2026年3月通风队奖金分配公示"));
    let search: String = tree(&site.path().join("public/search"))
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(search.contains("2026年3月通风队奖金分配公示"));
    assert!(!search.contains("周海涛"));
}

#[test]
fn totals_only_pay_sheets_name_no_one() {
    let site = sample_site();
    edit(
        site.path(),
        "site.yaml",
        "  pay: individual",
        "  pay: totals",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let dir = site.path().join("public/2026/pay-03");
    let doc = parse_html(&dir.join("index.html"));
    assert!(doc.select(&sel("table#pay")).next().is_none());
    let totals = one(&doc, "table#totals");
    let cells = texts(totals, "tbody td, tbody th");
    assert_eq!(cells[0], "13");
    assert!(cells.contains(&"¥39,000.00".to_string()), "{cells:?}");
    for (path, bytes) in tree(&dir) {
        let text = String::from_utf8_lossy(&bytes);
        for name in ["周海涛", "周*涛", "欧阳明华", "欧**华", "张*营"] {
            assert!(!text.contains(name), "{name} in {path}");
        }
    }
}
