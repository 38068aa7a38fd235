//! Items that keep their lines in a spreadsheet beside them (`lines: ledger.xlsx` in a
//! finance, welfare or attendance item, with `sheet:`): read on every build with the checks of
//! `gongkai import` and of the item's kind, each problem at `file!sheet!cell`; never
//! published themselves; scanned by the privacy guard; and read again by `serve` when
//! only the spreadsheet is saved.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::preview::Serve;
use common::xlsx::V::{E, N, T};
use common::xlsx::{V, xlsx};
use common::*;

const HEADER: &[V<'static>] = &[
    T("日期"),
    T("凭证号"),
    T("摘要"),
    T("科目"),
    T("收入"),
    T("支出"),
    T("余额"),
];

/// The first quarter's journal; `extra` adds an expense line before the 合计 row.
fn journal(extra: Option<f64>) -> Vec<u8> {
    let mut rows: Vec<Vec<V>> = vec![
        vec![T("2026年第一季度经费收支明细")],
        HEADER.to_vec(),
        vec![E, E, T("上年结转"), E, E, E, N(1000.0)],
        vec![
            T("2026-01-15"),
            T("记-001"),
            T("1月会费"),
            T("会费收入"),
            N(3200.0),
            E,
            N(4200.0),
        ],
        vec![
            T("2026-02-03"),
            T("记-012"),
            T("春节联欢"),
            T("职工活动支出"),
            E,
            T("¥1,500.00"),
            N(2700.0),
        ],
    ];
    let (mut expenses, mut balance) = (1500.0, 2700.0);
    if let Some(amount) = extra {
        expenses += amount;
        balance -= amount;
        rows.push(vec![
            T("2026-03-10"),
            T("记-020"),
            T("慰问"),
            T("送温暖"),
            E,
            N(amount),
            N(balance),
        ]);
    }
    rows.push(vec![E, E, T("合计"), E, N(3200.0), N(expenses), N(balance)]);
    let rows: Vec<&[V]> = rows.iter().map(Vec::as_slice).collect();
    xlsx("一季度", &rows)
}

const FINANCE: &str = "\
kind: finance
title: 2026年第一季度工会经费收支情况
published: 2026-04-05
period: 2026-Q1
opening_balance: \"1000.00\"
lines: ledger-2026-q1.xlsx
sheet: 一季度
";

/// The figures of a finance page: opening, income, expenses, closing.
fn figures(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    doc.select(&sel(".figure-value")).map(text).collect()
}

fn json_places(out: &Run) -> Vec<(String, String)> {
    out.stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["file"].as_str().unwrap_or("").to_string(),
                v["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn finance_site(journal: Vec<u8>) -> tempfile::TempDir {
    let site = minimal_site();
    write(site.path(), "content/2026/finance-q1.yaml", FINANCE);
    write(site.path(), "content/2026/ledger-2026-q1.xlsx", journal);
    site
}

#[test]
fn a_finance_item_with_its_lines_in_a_workbook_builds_and_the_workbook_stays_unpublished() {
    let site = finance_site(journal(None));
    let root = site.path();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let page = std::fs::read_to_string(root.join("public/2026/finance-q1/index.html")).unwrap();
    assert_eq!(
        figures(&page),
        ["¥1,000.00", "¥3,200.00", "¥1,500.00", "¥2,700.00"]
    );
    let data = std::fs::read_to_string(root.join("public/2026/finance-q1/data.json")).unwrap();
    assert!(data.contains("春节联欢"), "{data}");
    assert!(
        !root.join("public/2026/ledger-2026-q1.xlsx").exists(),
        "the spreadsheet an item reads is not published"
    );
}

#[test]
fn every_problem_in_the_sheet_is_at_its_cell() {
    let rows: Vec<&[V]> = vec![
        HEADER,
        // A2: outside the period (a rule of the kind); D2: an income category as expense.
        &[T("2026-04-01"), E, T("x"), T("会费收入"), E, N(10.0), E],
        // E3: 0.1 + 0.2.
        &[
            T("2026-01-02"),
            E,
            T("y"),
            T("会费收入"),
            N(0.1 + 0.2),
            E,
            E,
        ],
        // A4: not a date.
        &[T("2026/13/1"), E, T("z"), T("会费收入"), N(5.0), E, E],
        // F5: the total of 支出 is off (收入 has a refused cell above, so it is not checked).
        &[E, E, T("合计"), E, E, N(11.0), E],
    ];
    let site = finance_site(xlsx("一季度", &rows));
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    let at = |cell: &str| at_cell(&found, cell);
    assert_eq!(
        at("E3"),
        ["`0.30000000000000004` 不是金额：有 17 位小数，最多只能到分（两位小数）"],
        "{found:#?}"
    );
    assert_eq!(at("A4"), ["`2026/13/1` 不是日期"], "{found:#?}");
    assert_eq!(
        at("F5"),
        ["`支出` 的合计是 ¥11.00，但各行（第 2 行到第 4 行）之和是 ¥10.00"],
        "{found:#?}"
    );
    // The item does not load with refused cells, so the kind's rules wait for them; once
    // they are fixed, the rules speak at the cells too.
    let fixed: Vec<&[V]> = vec![
        HEADER,
        &[T("2026-04-01"), E, T("x"), T("会费收入"), E, N(10.0), E],
        &[E, E, T("合计"), E, E, N(10.0), E],
    ];
    write(
        site.path(),
        "content/2026/ledger-2026-q1.xlsx",
        xlsx("一季度", &fixed),
    );
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    let at = |cell: &str| at_cell(&found, cell);
    assert_eq!(
        at("A2"),
        ["日期 2026-04-01 不在期间 2026-Q1 之内"],
        "{found:#?}"
    );
    assert_eq!(at("D2").len(), 1, "{found:#?}");
    assert!(at("D2")[0].contains("是收入科目，却写在了支出下"));
}

/// The messages at `cell` of the journal's sheet.
fn at_cell(found: &[(String, String)], cell: &str) -> Vec<String> {
    found
        .iter()
        .filter(|(f, _)| f == &format!("content/2026/ledger-2026-q1.xlsx!一季度!{cell}"))
        .map(|(_, m)| m.clone())
        .collect()
}

#[test]
fn what_the_item_says_of_its_sheet_is_checked_at_the_yaml() {
    let site = finance_site(journal(None));
    let root = site.path();
    let check = |root: &Path| {
        let out = run(&mut check_cmd(root, &["--message-format", "json"]));
        out.expect_code(1);
        json_places(&out)
    };
    edit(
        root,
        "content/2026/finance-q1.yaml",
        "opening_balance: \"1000.00\"",
        "opening_balance: \"900.00\"",
    );
    assert_eq!(
        check(root),
        [(
            "content/2026/ledger-2026-q1.xlsx!一季度!G3".to_string(),
            "表中的期初余额是 ¥1,000.00，但 `opening_balance` 是 ¥900.00".to_string()
        )]
    );
    write(
        root,
        "content/2026/finance-q1.yaml",
        FINANCE.replace("ledger-2026-q1.xlsx", "../../ledger.xlsx"),
    );
    let found = check(root);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "content/2026/finance-q1.yaml");
    assert!(found[0].1.contains("在 content/ 之外"), "{found:#?}");
    write(
        root,
        "content/2026/finance-q1.yaml",
        FINANCE.replace("ledger-2026-q1.xlsx", "ledger.xlsx"),
    );
    assert!(
        check(root)[0]
            .1
            .contains("`ledger.xlsx` 不是本文件旁边的文件")
    );
    write(
        root,
        "content/2026/finance-q1.yaml",
        FINANCE.replace("sheet: 一季度", "sheet: 二季度"),
    );
    let found = check(root);
    assert!(
        found[0]
            .1
            .contains("没有名为 `二季度` 的工作表；工作表有：一季度"),
        "{found:#?}"
    );
    write(
        root,
        "content/2026/finance-q1.yaml",
        format!("{FINANCE}income:\n  - {{date: 2026-01-05, category: 会费收入, amount: 1}}\n"),
    );
    let found = check(root);
    assert!(found[0].1.contains("明细只能写在一处"), "{found:#?}");
}

#[test]
fn a_welfare_list_in_gbk_csv_and_attendance_in_a_workbook() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/welfare.yaml",
        "kind: welfare\ntitle: 春节送温暖\npublished: 2026-04-01\nprogram: 送温暖\nlines: 名单.csv\ntotal: \"1300.00\"\n",
    );
    let list = "序号,姓名,班组,困难原因,金额\r\n1,张德营,通风一班,因病致困,800\r\n2,欧阳明华,机电班,子女上学,500\r\n合计,,,,1300\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(list);
    write(root, "content/2026/名单.csv", &gbk);
    write(
        root,
        "content/2026/attendance-03.yaml",
        "kind: attendance\ntitle: 3月出勤\npublished: 2026-04-02\nperiod: 2026-03\nworkdays: 22\nlines: 考勤.xlsx\nsheet: Sheet1\n",
    );
    let rows: Vec<&[V]> = vec![
        &[
            T("姓名"),
            T("出勤天数"),
            T("事假"),
            T("病假"),
            T("加班小时"),
        ],
        &[T("张三"), N(21.0), N(1.0), E, N(8.0)],
        &[T("李四"), N(20.0), E, N(2.0), E],
    ];
    write(root, "content/2026/考勤.xlsx", xlsx("Sheet1", &rows));
    run(&mut build_cmd(root, &[])).expect_code(0);
    let welfare = std::fs::read_to_string(root.join("public/2026/welfare/index.html")).unwrap();
    assert!(
        welfare.contains("张*营") && !welfare.contains("张德营"),
        "names are masked"
    );
    assert!(!root.join("public/2026/名单.csv").exists());
    assert!(!root.join("public/2026/考勤.xlsx").exists());
    let attendance =
        std::fs::read_to_string(root.join("public/2026/attendance-03/index.html")).unwrap();
    assert!(attendance.contains("李四"), "{attendance}");

    // A sum the attendance rules refuse is at the person's row in the sheet.
    let rows: Vec<&[V]> = vec![
        &[T("姓名"), T("出勤天数"), T("事假")],
        &[T("张三"), N(21.0), N(1.0)],
        &[T("李四"), N(19.0), E],
    ];
    write(root, "content/2026/考勤.xlsx", xlsx("Sheet1", &rows));
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "content/2026/考勤.xlsx!Sheet1!A3");

    // The privacy guard reads the spreadsheet as any attachment.
    let list = "姓名,金额,身份证号\r\n张德营,800,370883198005120023\r\n欧阳明华,500,\r\n";
    write(root, "content/2026/名单.csv", list);
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    assert!(
        json_places(&out)
            .iter()
            .any(|(f, m)| f.starts_with("content/2026/名单.csv") && m.contains("身份证号")),
        "{:#?}",
        json_places(&out)
    );
}

#[test]
fn serve_reads_the_item_again_when_its_spreadsheet_is_saved() {
    let site = finance_site(journal(None));
    let root = site.path();
    let serve = Serve::start(root, &[]);
    let page = || serve.get("/2026/finance-q1/").text();
    assert_eq!(
        figures(&page()),
        ["¥1,000.00", "¥3,200.00", "¥1,500.00", "¥2,700.00"]
    );
    // Only the workbook is saved; the YAML is untouched.
    write(
        root,
        "content/2026/ledger-2026-q1.xlsx",
        journal(Some(200.0)),
    );
    let started = Instant::now();
    loop {
        let now = figures(&page());
        if now == ["¥1,000.00", "¥3,200.00", "¥1,700.00", "¥2,500.00"] {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the page never showed the new line: {now:?}\n{:?}",
            serve.stdout()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_previews_cache_follows_the_spreadsheet_with_and_without_a_watcher() {
    use gongkai::serve::incremental::Incremental;
    let site = finance_site(journal(None));
    let root = site.path();
    let mut engine = Incremental::new(root, &build_options());
    let page = |engine: &mut Incremental, changed: Option<&[String]>| {
        let rebuild = engine.rebuild(changed).expect("the rebuild runs");
        let output = rebuild.result.output.expect("no errors");
        String::from_utf8_lossy(&output.files["2026/finance-q1/index.html"]).into_owned()
    };
    assert_eq!(figures(&page(&mut engine, None))[2], "¥1,500.00");
    // A watcher names only the workbook.
    write(
        root,
        "content/2026/ledger-2026-q1.xlsx",
        journal(Some(200.0)),
    );
    let named = ["content/2026/ledger-2026-q1.xlsx".to_string()];
    assert_eq!(figures(&page(&mut engine, Some(&named)))[2], "¥1,700.00");
    // Without a watcher, the workbook's size and time tell it changed.
    write(
        root,
        "content/2026/ledger-2026-q1.xlsx",
        journal(Some(12345.0)),
    );
    assert_eq!(figures(&page(&mut engine, None))[2], "¥13,845.00");
    // A change elsewhere keeps the item from the cache.
    write(
        root,
        "content/notice.md",
        "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文\n",
    );
    let named = ["content/notice.md".to_string()];
    let rebuild = engine.rebuild(Some(&named)).unwrap();
    assert_eq!(rebuild.files_read, 1);
}

#[test]
fn a_csv_list_is_refused_at_its_cell_and_lines_stand_in_for_the_list() {
    let site = minimal_site();
    let root = site.path();
    let item = "kind: welfare\ntitle: 春节送温暖\npublished: 2026-04-01\nprogram: 送温暖\nlines: 名单.csv\n";
    write(root, "content/2026/welfare.yaml", item);
    // C3: three decimals, typed as text with ￥ (GBK has no ¥) and a separator.
    let list = "姓名,班组,慰问金额（元）\r\n张德营,通风一班,\"￥1,800.00\"\r\n李四,机电班,\"￥1,200.125\"\r\n";
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(list);
    assert!(!unmappable);
    write(root, "content/2026/名单.csv", &gbk);
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    assert_eq!(
        json_places(&out),
        [(
            "content/2026/名单.csv!C3".to_string(),
            "`￥1,200.125` 不是金额：有 3 位小数，最多只能到分（两位小数）".to_string()
        )]
    );
    // `lines:` and the item's own list at once: refused at `lines:`.
    write(
        root,
        "content/2026/welfare.yaml",
        format!("{item}recipients:\n  - {{name: 王五, amount: 100}}\n"),
    );
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    assert!(
        found.iter().any(|(f, m)| f == "content/2026/welfare.yaml"
            && m.contains("`recipients` 列出了明细，`lines` 又指定了存放明细的表格")),
        "{found:#?}"
    );
}
