//! Open data that adds up (`gongkai-data/2`), and a 核验码 that does not depend on the
//! site's language:
//! - every CSV of the sample and of a finance item with sub-accounts opens in a CSV
//!   reader, and each amount or count column summed over its data rows (the rows before
//!   the empty line) is the totals row, and is the total the page shows;
//! - `data.json` is `gongkai-data/2`, its amounts are integer fen, its counts and days
//!   numbers, and its rows add up to each table's `total` the same way;
//! - the sample built in zh-Hans, zh-Hant and en shows the same 核验码 for every item, and
//!   the README's jq command recomputes it from `data.json`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::*;
use serde_json::Value;

/// `¥26,216.00`, `26216.00`, `-5.00` -> fen.
fn fen_of(text: &str) -> i64 {
    let t: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, t),
    };
    let (yuan, fen) = t.split_once('.').unwrap_or((&t, "00"));
    let value = yuan.parse::<i64>().unwrap() * 100 + format!("{fen:0<2}").parse::<i64>().unwrap();
    if negative { -value } else { value }
}

/// A day count `20.5` -> hundredths.
fn hundredths(text: &str) -> i64 {
    fen_of(text)
}

/// The CSV at `path` as (headings, data rows, subtotal and totals rows): the two parts
/// are split at the empty line.
fn csv_parts(path: &Path) -> (Vec<String>, Vec<Vec<String>>, Vec<Vec<String>>) {
    let bytes = fs::read(path).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a BOM for Excel");
    let (data, sums) = text.split_once("\r\n\r\n").unwrap_or((text, ""));
    let read = |part: &str| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .from_reader(part.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    let mut data = read(data);
    let headings = data.remove(0);
    (headings, data, read(sums))
}

/// The page's table `id`: its headings and its footer cells (the label first).
fn page_table(page: &Path, id: &str) -> Option<(Vec<String>, Vec<String>)> {
    let doc = parse_html(page);
    let table = doc.select(&sel(&format!("table#{id}"))).next()?;
    let headings = texts(table, "thead th");
    let footer = texts(table, "tfoot th, tfoot td");
    Some((headings, footer))
}

/// Checks every CSV of the item folder `dir` against its page; returns how many column
/// sums were compared with a page total.
fn check_csvs(dir: &Path) -> usize {
    let page = dir.join("index.html");
    let data: Value = serde_json::from_slice(&fs::read(dir.join("data.json")).unwrap()).unwrap();
    let mut compared = 0;
    for table in data["tables"].as_array().unwrap() {
        let id = table["id"].as_str().unwrap();
        let types: Vec<&str> = table["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["type"].as_str().unwrap())
            .collect();
        let (headings, rows, sums) = csv_parts(&dir.join(format!("{id}.csv")));
        assert_eq!(
            headings.len(),
            types.len(),
            "{id}.csv: one heading per column"
        );
        assert_eq!(
            rows.len(),
            table["rows"].as_array().unwrap().len(),
            "{id}.csv: the data rows of data.json"
        );
        let Some(total) = sums.last() else {
            assert!(
                table["total"].is_null(),
                "{id}: a total in JSON, none in the CSV"
            );
            continue;
        };
        let page_table = page_table(&page, id);
        for (i, kind) in types.iter().enumerate() {
            let parse = match *kind {
                "money" => fen_of,
                "count" | "decimal" => hundredths,
                _ => continue,
            };
            // The totals row's first cell is its label (合计).
            if i == 0 || total[i].is_empty() {
                continue;
            }
            let sum: i64 = rows
                .iter()
                .filter(|r| !r[i].is_empty())
                .map(|r| parse(&r[i]))
                .sum();
            assert_eq!(
                sum,
                parse(&total[i]),
                "{}/{id}.csv column {}: data rows",
                dir.display(),
                headings[i]
            );
            // The same total on the page, in the column of the same heading.
            if let Some((page_headings, footer)) = &page_table
                && let Some(at) = page_headings.iter().position(|h| *h == headings[i])
            {
                assert_eq!(
                    sum,
                    parse(&footer[at]),
                    "{}/{id}: the page's total of {}",
                    dir.display(),
                    headings[i]
                );
                compared += 1;
            }
        }
    }
    compared
}

/// Checks that `data.json` in `dir` is `gongkai-data/2` with numbers as numbers, and that
/// each table's rows add up to its `total`.
fn check_json(dir: &Path) {
    let data: Value = serde_json::from_slice(&fs::read(dir.join("data.json")).unwrap()).unwrap();
    assert_eq!(data["format"], "gongkai-data/2", "{}", dir.display());
    for f in data["figures"].as_array().unwrap() {
        assert!(f["fen"].is_i64(), "a figure's fen is an integer: {f}");
    }
    for table in data["tables"].as_array().unwrap() {
        let columns = table["columns"].as_array().unwrap();
        let rows = table["rows"].as_array().unwrap();
        for row in rows.iter().chain(table["subtotals"].as_array().unwrap()) {
            let row = row.as_array().unwrap();
            assert_eq!(row.len(), columns.len(), "{table}");
            for (cell, column) in row.iter().zip(columns) {
                let ok = match column["type"].as_str().unwrap() {
                    "money" | "count" => cell.is_i64() || cell.is_null(),
                    "decimal" | "percent" => cell.is_number() || cell.is_null(),
                    "flag" => cell.is_boolean(),
                    _ => cell.is_string() || cell.is_null(),
                };
                assert!(ok, "{}: {cell} in a {} column", table["id"], column["type"]);
            }
        }
        if let Some(values) = table["total"]["values"].as_array() {
            for (i, column) in columns.iter().enumerate() {
                if column["type"] == "money" && values[i].is_i64() {
                    let sum: i64 = rows.iter().filter_map(|r| r[i].as_i64()).sum();
                    assert_eq!(
                        Some(sum),
                        values[i].as_i64(),
                        "{} {}",
                        table["id"],
                        column["key"]
                    );
                }
            }
        }
    }
}

/// Item folders (those with a `data.json`) under `out`.
fn item_dirs(out: &Path) -> Vec<std::path::PathBuf> {
    // A year page's `data.json` (`list/pay/2026/`) is a summary's, not an item's.
    tree(out)
        .keys()
        .filter(|p| !p.starts_with("list/"))
        .filter_map(|p| p.strip_suffix("/data.json").map(|d| out.join(d)))
        .collect()
}

#[test]
fn every_csv_of_the_sample_adds_up_to_the_page_total() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let dirs = item_dirs(&out);
    assert!(dirs.len() >= 6, "{dirs:?}");
    let mut compared = 0;
    for dir in &dirs {
        check_json(dir);
        compared += check_csvs(dir);
    }
    assert!(compared >= 8, "only {compared} totals compared with a page");

    // The case: 支出 adds up to ¥26,216.00, not ¥39,352.00.
    let (headings, rows, sums) = csv_parts(&out.join("2026/finance-q1/expenses.csv"));
    assert_eq!(
        headings,
        ["科目编码", "科目名称", "级次", "上级科目", "金额", "占比"]
    );
    let sum: i64 = rows.iter().map(|r| fen_of(&r[4])).sum();
    assert_eq!(sum, 2_621_600);
    // Lines booked to 501 itself are a data row; 501 with its sub-account a subtotal.
    assert_eq!(rows[0][..5], ["501", "职工活动支出", "1", "", "8130.00"]);
    assert_eq!(rows[1][..4], ["50105", "会员活动支出", "2", "501"]);
    assert_eq!(sums[0][..5], ["501", "职工活动支出", "1", "", "9666.00"]);
    assert_eq!(sums.last().unwrap()[0], "合计");
    // The page still shows the two-level table it always did.
    let doc = parse_html(&out.join("2026/finance-q1/index.html"));
    let first: Vec<String> = texts(one(&doc, "table#expenses tbody tr"), "td");
    assert_eq!(first, ["501", "职工活动支出", "¥9,666.00", "36.9%"]);
}

#[test]
fn sub_accounts_add_up_in_csv_and_json() {
    let site = minimal_site();
    write(
        site.path(),
        "content/f.yaml",
        concat!(
            "kind: finance\ntitle: 二级科目\npublished: 2026-04-05\nperiod: 2026-Q1\n",
            "opening_balance: \"0\"\nincome:\n",
            "  - {date: 2026-01-05, category: 401, amount: \"1000\"}\nexpenses:\n",
            "  - {date: 2026-01-06, category: 504, amount: \"10.50\"}\n",
            "  - {date: 2026-01-07, category: 50404, amount: \"20\"}\n",
            "  - {date: 2026-01-08, category: 50405, amount: \"30.25\"}\n",
            "  - {date: 2026-01-09, category: 50102, amount: \"5\"}\n",
            "  - {date: 2026-01-10, category: 团建费, amount: \"1\"}\n",
        ),
    );
    run(&mut build_cmd(site.path(), &["--future"])).expect_code(0);
    let dir = site.path().join("public/f");
    check_json(&dir);
    assert_eq!(check_csvs(&dir), 2, "income and expenses, 金额");
    let data: Value = serde_json::from_slice(&fs::read(dir.join("data.json")).unwrap()).unwrap();
    let expenses = &data["tables"][1];
    assert_eq!(expenses["id"], "expenses");
    let amounts: BTreeMap<String, i64> = expenses["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                format!("{}{}", r[0].as_str().unwrap_or(""), r[1].as_str().unwrap()),
                r[4].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(amounts["504维权支出"], 1050);
    assert_eq!(amounts["50404困难职工帮扶支出"], 2000);
    assert_eq!(amounts["团建费"], 100);
    assert_eq!(expenses["total"]["values"][4], 6675);
    let subtotals = expenses["subtotals"].as_array().unwrap();
    assert_eq!(subtotals.len(), 2, "501 and 504: {subtotals:?}");
    assert_eq!(subtotals[1][4], 6075);
}

/// The 核验码 shown on each item page under `out`, by page path.
fn codes(out: &Path) -> BTreeMap<String, String> {
    html_files(out)
        .into_iter()
        .filter_map(|p| {
            let doc = parse_html(&out.join(&p));
            let code = doc.select(&sel(".meta .fingerprint code")).next()?;
            Some((p, text(code)))
        })
        .collect()
}

#[test]
fn fingerprint_is_the_same_in_every_language_and_jq_recomputes_it() {
    let mut by_language = Vec::new();
    for language in ["zh-Hans", "zh-Hant", "en"] {
        let site = sample_site();
        edit(
            site.path(),
            "site.yaml",
            "language: zh-Hans",
            &format!("language: {language}"),
        );
        run(&mut build_cmd(site.path(), &[])).expect_code(0);
        let out = site.path().join("public");
        let found = codes(&out);
        assert!(found.len() >= 9, "{language}: {found:?}");
        if language == "zh-Hans" {
            for dir in item_dirs(&out) {
                let page = rel_path(&out, &dir.join("index.html"));
                assert_eq!(
                    fingerprint_with_jq(&dir.join("data.json")),
                    found[&page],
                    "{page}: the README's jq command"
                );
            }
        }
        by_language.push((language, found));
    }
    let (_, first) = &by_language[0];
    for (language, found) in &by_language[1..] {
        assert_eq!(found, first, "{language} against zh-Hans");
    }
}

#[test]
fn unlisted_sub_accounts_roll_up_under_their_first_level_account() {
    let site = minimal_site();
    edit(
        site.path(),
        "site.yaml",
        "unit: ",
        "categories:\n  劳动和技能竞赛活动支出: {code: 50301, parent: 503}\n  建家活动支出: {code: \"50302\"}\nunit: ",
    );
    write(
        site.path(),
        "content/f.yaml",
        concat!(
            "kind: finance\ntitle: 年度收支\npublished: 2026-04-05\nperiod: 2026-Q1\n",
            "opening_balance: \"1000\"\nincome: []\nexpenses:\n",
            "  - {date: 2026-01-06, category: 503, amount: \"10\"}\n",
            "  - {date: 2026-01-07, category: 50301, amount: \"200\"}\n",
            "  - {date: 2026-01-08, category: 建家活动支出, amount: \"300\"}\n",
            "  - {date: 2026-01-09, category: 50399, amount: \"40\"}\n",
        ),
    );
    let (_, diags) = {
        let r = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
        let d = json_lines(&r.stdout);
        (r, d)
    };
    let places: Vec<String> = diags.iter().map(place).collect();
    assert_eq!(
        places,
        ["content/f.yaml:11:34"],
        "only the undeclared 50399: {diags:?}"
    );
    assert_eq!(diags[0]["severity"], "warning");
    assert!(
        diags[0]["message"]
            .as_str()
            .unwrap()
            .contains("503 职工服务支出"),
        "{diags:?}"
    );

    run(&mut build_cmd(site.path(), &["--future"])).expect_code(0);
    let dir = site.path().join("public/f");
    let doc = parse_html(&dir.join("index.html"));
    let rows: Vec<Vec<String>> = doc
        .select(&sel("table#expenses tbody tr"))
        .map(|tr| texts(tr, "td"))
        .collect();
    assert_eq!(rows[0], ["503", "职工服务支出", "¥550.00", "100.0%"]);
    // (`texts` trims the page's U+3000 indent of a sub-account.)
    assert_eq!(rows[1][..3], ["50301", "劳动和技能竞赛活动支出", "¥200.00"]);
    assert_eq!(rows[2][..3], ["50302", "建家活动支出", "¥300.00"]);
    assert_eq!(rows[3][..3], ["50399", "", "¥40.00"]);
    let notes = texts(one(&doc, "main"), "p.note").join("");
    assert!(notes.contains("50399"), "{notes}");
    check_json(&dir);
    assert_eq!(check_csvs(&dir), 1);
}

#[test]
fn a_declared_sub_account_must_fall_under_its_parent() {
    let site = minimal_site();
    edit(
        site.path(),
        "site.yaml",
        "unit: ",
        "categories:\n  竞赛: {code: 50301, parent: 504}\n  错码: {code: 59901}\nunit: ",
    );
    let r = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    let diags = json_lines(&r.stdout);
    let places: Vec<String> = diags.iter().map(place).collect();
    assert_eq!(places, ["site.yaml:3:29", "site.yaml:4:14"], "{diags:?}");
}
