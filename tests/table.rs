//! Any other disclosure (`kind: table`, 其他公开) through the command line: declared columns
//! with types and options, row rules in integer or fen arithmetic, each mistake of
//! `tests/fixtures/table_rules/` at its exact `file:line:column`; a table's totals row,
//! its money totals with 大写, masking by column type, and the CSV read back and summed.

mod common;

use std::fs;

use common::*;

#[test]
fn every_table_mistake_is_reported_at_its_place() {
    let (run, diags) = check_fixture_json("table_rules");
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/bad-column.yaml:6:33",
                &["`max` 只能用在 money、number、percent 列上"],
            ),
            (
                "error",
                "content/bad-rule.yaml:8:9",
                &["“应发 = 折款”", "把金额列和数字列混在一起"],
            ),
            (
                "error",
                "content/bad-rule.yaml:8:20",
                &["“奖金”", "不是声明过的列"],
            ),
            // The row rule, at the cell on its left side.
            (
                "error",
                "content/mistakes.yaml:12:37",
                &["司马青云", "未领 是 0", "按“未领 = 应发 - 实发”应为 10"],
            ),
            (
                "error",
                "content/mistakes.yaml:13:28",
                &["实发 35 大于该列的最大值 30"],
            ),
            (
                "error",
                "content/mistakes.yaml:14:44",
                &["满意度 120% 大于该列的最大值 100%"],
            ),
        ],
    );
    assert!(diagnostics_in(&diags, "content/good.yaml").is_empty());
}

#[test]
fn a_table_shows_its_totals_masks_names_and_downloads() {
    let site = fixture("table_rules");
    for bad in ["mistakes", "bad-rule", "bad-column"] {
        fs::remove_file(site.path().join(format!("content/{bad}.yaml"))).unwrap();
    }
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let dir = site.path().join("public/good");
    let doc = parse_html(&dir.join("index.html"));
    let table = one(&doc, "table#rows");
    assert_eq!(
        texts(table, "thead th"),
        [
            "序号",
            "领取人",
            "物品",
            "应发",
            "实发",
            "未领",
            "折款",
            "满意度"
        ]
    );
    let first = texts(one_in(table, "tbody tr"), "td, th");
    assert_eq!(
        first,
        ["1", "司**云", "防尘口罩", "30", "30", "0", "", "95.0%"]
    );
    let foot = texts(one_in(table, "tfoot tr"), "td, th");
    assert_eq!(foot, ["合计", "", "", "60", "50", "10", "¥12.50", ""]);
    let main = one(&doc, "main");
    assert_eq!(texts(main, ".figure-value"), ["¥12.50"]);
    assert!(texts(main, ".figure-words")[0].contains("壹拾贰元伍角"));
    assert!(
        text(main).contains("未领 = 应发 - 实发"),
        "the rules are stated"
    );
    for (path, bytes) in tree(&dir) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("司马青云"),
            "{path}"
        );
    }
    let bytes = fs::read(dir.join("rows.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let body = &rows[..rows.len() - 1];
    let sum: i64 = body.iter().map(|r| r[3].parse::<i64>().unwrap()).sum();
    assert_eq!(sum.to_string(), rows[rows.len() - 1][3]);
}

#[test]
fn the_sample_board_posts_every_new_kind() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let public = site.path().join("public");
    for (kind, page) in [
        ("pay", "2026/pay-03"),
        ("merits", "2026/merits-03"),
        ("assessment", "2026/assessment-03"),
        ("table", "2026/suggestions-q1"),
    ] {
        assert!(public.join(page).join("index.html").is_file(), "{page}");
        assert!(public.join(page).join("data.json").is_file(), "{page}");
        let list = fs::read_to_string(public.join(format!("list/{kind}/index.html"))).unwrap();
        assert!(
            list.contains(&format!("{page}/")),
            "list/{kind} links {page}"
        );
    }
    let doc = parse_html(&public.join("2026/suggestions-q1/index.html"));
    let words = texts(one(&doc, "main"), ".figure-words");
    assert!(
        words.iter().any(|w| w.contains("壹仟叁佰元整")),
        "{words:?}"
    );
}
