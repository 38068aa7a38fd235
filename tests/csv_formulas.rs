//! Spreadsheet formulas in the CSV downloads (CWE-1236): a payee, note, name or leave
//! kind a clerk typed that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
//! written with a leading `'`, so Excel and WPS open it as text; the amounts and counts
//! gongkai writes stay numbers. Each CSV is read back with the `csv` crate.

mod common;

use common::*;

const FINANCE: &str = "kind: finance
title: 2026年第一季度经费收支
published: 2026-04-01
period: 2026-Q1
opening_balance: \"100.00\"
income:
  - {date: 2026-01-08, category: 会费收入, amount: \"50.00\", note: \"+1+1\"}
expenses:
  - {date: 2026-01-19, category: 其他支出, amount: \"20.00\", payee: \"=cmd|' /C calc'!A0\", note: \"@SUM(1+1)*cmd|' /C calc'!A0\"}
  - {date: 2026-01-20, category: 其他支出, amount: \"10.00\", payee: \"-2+3\", note: \"\\tx\"}
  - {date: 2026-01-21, category: 其他支出, amount: \"1.00\", payee: \"\\r=1\", note: 普通备注}
closing_balance: \"119.00\"
";

const ATTENDANCE: &str = "kind: attendance
title: 2026年3月出勤
published: 2026-04-01
period: 2026-03
workdays: 22
records:
  - {name: \"=HYPERLINK(\\\"x\\\")\", present: 20, leave: {\"@假\": 2}, note: \"-1-1\"}
";

fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// No cell of any CSV starts a formula, unless it is a plain number.
fn assert_no_formula(name: &str, rows: &[Vec<String>]) {
    for row in rows {
        for cell in row {
            let plain_number = cell
                .trim_start_matches(['-', '+'])
                .trim_end_matches('%')
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || plain_number,
                "{name}: cell {cell:?} would start a formula"
            );
        }
    }
}

#[test]
fn csv_formula_injection_cells_open_as_text() {
    let site = minimal_site();
    write(site.path(), "content/2026/finance-q1.yaml", FINANCE);
    write(site.path(), "content/2026/attendance-03.yaml", ATTENDANCE);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = tree(&site.path().join("public"));
    let csvs: Vec<(&String, Vec<Vec<String>>)> = out
        .iter()
        .filter(|(path, _)| path.ends_with(".csv"))
        .map(|(path, bytes)| (path, rows(bytes)))
        .collect();
    assert!(csvs.len() >= 2, "{:?}", out.keys().collect::<Vec<_>>());
    for (path, rows) in &csvs {
        assert_no_formula(path, rows);
    }

    let lines = rows(&out["2026/finance-q1/lines.csv"]);
    let all: Vec<&str> = lines.iter().flatten().map(String::as_str).collect();
    for text in [
        "'=cmd|' /C calc'!A0",
        "'@SUM(1+1)*cmd|' /C calc'!A0",
        "'+1+1",
        "'-2+3",
        // Text fields are trimmed, so a leading tab or carriage return is gone and
        // what follows it is defused.
        "x",
        "'=1",
        "普通备注",
    ] {
        assert!(all.contains(&text), "{text:?} not in {all:?}");
    }
    // The amounts gongkai writes stay plain numbers.
    for amount in ["50.00", "20.00", "10.00", "1.00"] {
        assert!(all.contains(&amount), "{amount} not in {all:?}");
    }

    let (_, attendance) = csvs
        .iter()
        .find(|(p, rows)| {
            p.starts_with("2026/attendance-03/")
                && rows.iter().flatten().any(|c| c.contains("HYPERLINK"))
        })
        .expect("a CSV of the attendance item names the person");
    let all: Vec<&str> = attendance.iter().flatten().map(String::as_str).collect();
    assert!(all.contains(&"'=HYPERLINK(\"x\")"), "{all:?}");
    assert!(all.contains(&"'-1-1"), "{all:?}");
    assert!(all.iter().any(|c| c.starts_with("'@假")), "{all:?}");
}
