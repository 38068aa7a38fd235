//! Finance disclosures as a clerk and a worker meet them: every mistake reported at its
//! line and column, a broken chain naming both files, and the page, chart and CSV read
//! back by parsers.

mod common;

use common::*;

fn diagnostics_of(fixture_name: &str) -> Vec<(String, String, String)> {
    let site = fixture(fixture_name);
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    let mut found: Vec<(String, String, String)> = json_lines(&out.stdout)
        .iter()
        .map(|d| {
            (
                place(d),
                d["severity"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn each_finance_mistake_is_reported_at_its_place() {
    let found = diagnostics_of("finance_mistakes");
    let places: Vec<(&str, &str)> = found
        .iter()
        .map(|(p, s, _)| (p.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        places,
        [
            ("content/2026/amounts.yaml:10:48", "error"),
            ("content/2026/amounts.yaml:5:18", "error"),
            ("content/2026/amounts.yaml:7:48", "error"),
            ("content/2026/amounts.yaml:8:48", "error"),
            ("content/2026/q1.yaml:11:34", "error"),
            ("content/2026/q1.yaml:12:34", "warning"),
            ("content/2026/q1.yaml:14:18", "error"),
            ("content/2026/q1.yaml:8:12", "error"),
            ("content/2026/q2.yaml:5:18", "error"),
        ],
        "{found:#?}"
    );
    let message = |at: &str| {
        found
            .iter()
            .find(|(p, _, _)| p == at)
            .map(|(_, _, m)| m.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        message("content/2026/q1.yaml:14:18"),
        "期末余额 2740.01 不等于 期初余额 + 收入 - 支出 = 2740.00"
    );
    assert!(message("content/2026/q1.yaml:8:12").contains("不在期间 2026-Q1 之内"));
    assert!(message("content/2026/q1.yaml:11:34").contains("401 会费收入"));
    assert!(message("content/2026/amounts.yaml:7:48").contains("有 3 位小数"));
    assert!(message("content/2026/amounts.yaml:8:48").contains("科学计数法"));
    assert!(message("content/2026/amounts.yaml:10:48").contains("负数"));
}

#[test]
fn a_chain_break_names_both_files() {
    let site = fixture("finance_mistakes");
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    let chain = json_lines(&out.stdout)
        .into_iter()
        .find(|d| place(d) == "content/2026/q2.yaml:5:18")
        .expect("chain break reported");
    assert!(
        chain["message"]
            .as_str()
            .unwrap()
            .contains("content/2026/q1.yaml"),
        "{chain}"
    );
    let related = &chain["related"][0];
    assert_eq!(related["file"], "content/2026/q1.yaml");
    assert_eq!(
        (related["line"].as_u64(), related["column"].as_u64()),
        (Some(14), Some(18))
    );
    // Human output shows both places too.
    let human = run(&mut check_cmd(site.path(), &[]));
    assert!(
        human.stderr.contains("--> content/2026/q2.yaml:5:18"),
        "{}",
        human.stderr
    );
    assert!(
        human.stderr.contains("::: content/2026/q1.yaml:14:18"),
        "{}",
        human.stderr
    );
}

fn text_of(doc: &scraper::Html, css: &str) -> Vec<String> {
    doc.select(&sel(css))
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn the_finance_page_adds_up() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let page = site.path().join("public/2026/finance-q1");
    let doc = parse_html(&page.join("index.html"));
    assert_eq!(
        text_of(&doc, ".figure-value"),
        ["¥38,652.40", "¥37,939.32", "¥26,216.00", "¥50,375.72"]
    );
    let words = text_of(&doc, ".figure-words");
    assert_eq!(
        words.last().map(String::as_str),
        Some("大写：伍万零叁佰柒拾伍元柒角贰分")
    );

    // Expenses by category: 501 with its sub-account beneath it, subtotal included.
    let rows: Vec<Vec<String>> = doc
        .select(&sel("table#expenses tbody tr"))
        .map(|tr| {
            tr.select(&sel("td"))
                .map(|td| td.text().collect::<String>().trim().to_string())
                .collect()
        })
        .collect();
    let row = |code: &str| {
        rows.iter()
            .find(|r| r[0] == code)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(row("501")[2], "¥9,666.00");
    assert_eq!(row("50105")[2], "¥1,536.00");
    assert_eq!(row("50405")[2], "¥9,600.00");
    let pos = |code: &str| rows.iter().position(|r| r[0] == code);
    assert!(pos("501") < pos("50105") && pos("50105") < pos("503"));
    assert_eq!(
        text_of(&doc, "table#expenses tfoot td.num")[0],
        "¥26,216.00"
    );

    // Budget against actual, with the unbudgeted line marked.
    let budget: Vec<Vec<String>> = doc
        .select(&sel("table#budget tbody tr"))
        .map(|tr| {
            tr.select(&sel("td"))
                .map(|td| td.text().collect::<String>().trim().to_string())
                .collect()
        })
        .collect();
    let other = budget
        .iter()
        .find(|r| r[1] == "510 其他支出")
        .expect("510 row");
    assert_eq!(other[5], "未列预算");
    let activities = budget
        .iter()
        .find(|r| r[1] == "501 职工活动支出")
        .expect("501 row");
    assert_eq!(
        (activities[3].as_str(), activities[4].as_str()),
        ("¥9,666.00", "96.7%")
    );

    // Large expenses at or above 5000.00.
    assert_eq!(doc.select(&sel("table#large tbody tr")).count(), 2);

    // Charts are inline SVG with a title for screen readers.
    let titles = text_of(&doc, ".charts svg > title");
    assert!(titles.iter().any(|t| t == "支出按科目"), "{titles:?}");
}

#[test]
fn lines_csv_opens_in_a_csv_reader() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let bytes = std::fs::read(site.path().join("public/2026/finance-q1/lines.csv")).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 BOM for Excel"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "收支");
    assert_eq!(&headers[3], "金额");
    let mut expenses_fen = 0i64;
    let mut count = 0;
    for record in reader.records() {
        let record = record.unwrap();
        count += 1;
        if &record[0] == "支出" {
            let (yuan, fen) = record[3].split_once('.').unwrap();
            expenses_fen += yuan.parse::<i64>().unwrap() * 100 + fen.parse::<i64>().unwrap();
        }
    }
    assert_eq!(count, 16);
    assert_eq!(expenses_fen, 2_621_600);

    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(site.path().join("public/2026/finance-q1/data.json")).unwrap(),
    )
    .unwrap();
    // gongkai-data/2: a figure is its key and its amount in fen (the shown text is gone).
    let closing = &json["figures"][3];
    assert_eq!(closing["fen"], 5_037_572);
    assert_eq!(closing["key"], "closing");
}

#[test]
fn the_year_page_sums_a_units_periods() {
    let site = minimal_site();
    let quarter = |q: u8, opening: &str, income: &str, expense: &str, closing: &str| {
        format!(
            "kind: finance\ntitle: 第{q}季度\npublished: 2026-0{}-05\nperiod: 2026-Q{q}\n\
             opening_balance: \"{opening}\"\nincome:\n  - {{date: 2026-0{}-10, category: 401, amount: \"{income}\"}}\n\
             expenses:\n  - {{date: 2026-0{}-11, category: 501, amount: \"{expense}\"}}\nclosing_balance: \"{closing}\"\n",
            q * 3 - 2,
            q * 3 - 2,
            q * 3 - 2
        )
    };
    write(
        site.path(),
        "content/q2.yaml",
        quarter(2, "150.00", "10.00", "20.00", "140.00"),
    );
    write(
        site.path(),
        "content/q1.yaml",
        quarter(1, "100.00", "100.50", "50.50", "150.00"),
    );
    run(&mut build_cmd(site.path(), &["--future"])).expect_code(0);
    let doc = parse_html(&site.path().join("public/list/finance/2026/index.html"));
    let periods = text_of(&doc, "table tbody tr td:first-child a");
    assert_eq!(periods, ["2026年第一季度", "2026年第二季度"]);
    let footer = text_of(&doc, "table tfoot td");
    assert_eq!(footer, ["¥100.00", "¥110.50", "¥70.50", "¥140.00"]);
    // The finance list links to it.
    let list = parse_html(&site.path().join("public/list/finance/index.html"));
    assert_eq!(text_of(&list, ".related a"), ["2026年经费收支汇总"]);
}

#[test]
fn a_corrected_quarter_is_summed_once_on_the_year_page_as_its_correction() {
    // The sample's 通风一班 Q1 was published, then corrected: the year's sums take the
    // correction alone (both pages stay published), so the year total adds up.
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let doc = parse_html(&site.path().join("public/list/finance/2026/index.html"));
    let table = doc
        .select(&sel("table"))
        .find(|t| text(*t).contains("通风一班"))
        .expect("the team's year table");
    let periods = texts(table, "tbody tr td:first-child a");
    assert_eq!(periods, ["2026年第一季度"]);
    let href = one_in(table, "tbody tr td:first-child a")
        .attr("href")
        .unwrap();
    assert!(href.contains("finance-q1-correction"), "{href}");
    let footer = texts(table, "tfoot td");
    assert_eq!(footer, ["¥1,200.00", "¥1,800.00", "¥1,262.00", "¥1,738.00"]);
}
