//! Spreadsheets of the kinds built on a declared table (pay, merits, assessment, table):
//! `gongkai import --kind …` writes an item `check` accepts and whose page shows the
//! sheet's figures (the expected sums computed here from the sheet itself), and `lines:`
//! keeps an item's rows in a spreadsheet read on every build, each problem at
//! `file!sheet!cell`. The CSV sheets are `tests/fixtures/sheets/make_tables.py`'s (one in
//! GBK, as Chinese Excel saves it); the .xlsx sheets are made here.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::preview::Serve;
use common::xlsx::V::{E, N, T};
use common::xlsx::xlsx;
use common::*;

/// The CSV fixture `name` as rows of cells (decoded from GBK when asked).
fn sheet_rows(name: &str) -> Vec<Vec<String>> {
    let bytes = std::fs::read(manifest_dir().join("tests/fixtures/sheets").join(name)).unwrap();
    let text = match name.contains("gbk") {
        true => encoding_rs::GBK.decode(&bytes).0.into_owned(),
        false => String::from_utf8(bytes).unwrap(),
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The rows under the header row whose first cell is `first`, up to the 合计 row.
fn lines_under(rows: &[Vec<String>], first: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let at = rows.iter().position(|r| r[0] == first).unwrap();
    let lines = rows[at + 1..]
        .iter()
        .take_while(|r| !r.iter().any(|c| c == "合计"))
        .cloned()
        .collect();
    (rows[at].clone(), lines)
}

/// Money typed as `￥2,100.00` or `50` -> fen, by its digits.
fn fen(text: &str) -> i64 {
    let t: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if t.is_empty() {
        return 0;
    }
    let (yuan, cents) = t.split_once('.').unwrap_or((&t, "0"));
    yuan.parse::<i64>().unwrap() * 100 + format!("{cents:0<2}").parse::<i64>().unwrap()
}

/// Fen as pages show money: `¥5,950.00`.
fn yuan(fen: i64) -> String {
    let whole = (fen / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("¥{grouped}.{:02}", fen % 100)
}

/// A score or count as pages show it: hundredths without trailing zeros (`89.5`).
fn hundredths(h: i64) -> String {
    let text = format!("{}.{:02}", h / 100, h % 100);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `gongkai import` of the fixture `file` into `root/content/2026/<out>.yaml`.
fn import(root: &Path, file: &str, kind: &str, out: &str) -> Run {
    let mut cmd = gongkai();
    cmd.current_dir(root)
        .arg("import")
        .arg(manifest_dir().join("tests/fixtures/sheets").join(file))
        .args(["--kind", kind, "--today", TODAY, "--out"])
        .arg(format!("content/2026/{out}.yaml"));
    run(&mut cmd)
}

fn page(root: &Path, item: &str) -> scraper::Html {
    parse_html(&root.join("public/2026").join(item).join("index.html"))
}

/// The cells of each body row of `table`.
fn body_rows(doc: &scraper::Html, table: &str) -> Vec<Vec<String>> {
    doc.select(&sel(&format!("table#{table} tbody tr")))
        .map(|tr| texts(tr, "td, th"))
        .collect()
}

/// The column of `header` in the page's table.
fn column(doc: &scraper::Html, table: &str, header: &str) -> Vec<String> {
    let heads = texts(one(doc, &format!("table#{table}")), "thead th");
    let i = heads.iter().position(|h| h == header).unwrap();
    body_rows(doc, table)
        .into_iter()
        .map(|r| r[i].clone())
        .collect()
}

fn json_places(out: &Run) -> Vec<(String, String)> {
    json_lines(&out.stdout)
        .iter()
        .map(|v| {
            (
                place(v).trim_end_matches(":-:-").to_string(),
                v["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn each_kind_imports_to_an_item_that_checks_and_shows_the_sheets_figures() {
    let site = minimal_site();
    let root = site.path();
    for (file, kind) in [
        ("pay.csv", "pay"),
        ("merits.csv", "merits"),
        ("assessment.csv", "assessment"),
        ("table.csv", "table"),
    ] {
        import(root, file, kind, kind).expect_code(0);
    }
    run(&mut check_cmd(root, &[])).expect_code(0);
    run(&mut build_cmd(root, &[])).expect_code(0);

    // Pay: the pool line, and 实发 row by row and in sum.
    let rows = sheet_rows("pay.csv");
    let pool = fen(&rows.iter().find(|r| r[0] == "奖金总额").unwrap()[1]);
    let (head, lines) = lines_under(&rows, "姓名");
    let net = head.iter().position(|h| h == "实发").unwrap();
    let nets: Vec<i64> = lines.iter().map(|r| fen(&r[net])).collect();
    let doc = page(root, "pay");
    let figures = texts(one(&doc, "main"), ".figure-value");
    assert_eq!(figures[0], yuan(pool), "{figures:?}");
    assert!(
        figures.contains(&yuan(nets.iter().sum())),
        "实发合计 {figures:?}"
    );
    let shown: Vec<String> = nets.iter().map(|f| yuan(*f)).collect();
    assert_eq!(column(&doc, "pay", "实发"), shown);

    // Merits: rewards and penalties, each summed.
    let (head, lines) = lines_under(&sheet_rows("merits.csv"), "日期");
    let (ty, amount) = (
        head.iter().position(|h| h == "奖惩").unwrap(),
        head.iter().position(|h| h.starts_with("金额")).unwrap(),
    );
    let sum = |penalty: bool| -> i64 {
        lines
            .iter()
            .filter(|r| (r[ty] == "奖励") != penalty)
            .map(|r| fen(&r[amount]))
            .sum()
    };
    let doc = page(root, "merits");
    assert_eq!(
        texts(one(&doc, "main"), ".figure-value"),
        [yuan(sum(false)), yuan(sum(true))]
    );
    assert_eq!(body_rows(&doc, "merits").len(), lines.len());

    // Assessment: each total is the sum of the components (the sheet's 合计 agrees).
    let (head, lines) = lines_under(&sheet_rows("assessment.csv"), "序号");
    let parts: Vec<usize> = (0..head.len())
        .filter(|i| !["序号", "姓名", "合计"].contains(&head[*i].as_str()))
        .collect();
    let totals: Vec<String> = lines
        .iter()
        .map(|r| hundredths(parts.iter().map(|i| fen(&r[*i])).sum()))
        .collect();
    let typed: Vec<String> = lines.iter().map(|r| r[head.len() - 1].clone()).collect();
    assert_eq!(totals, typed, "the fixture's totals are right");
    let doc = page(root, "assessment");
    assert_eq!(column(&doc, "scores", "总分"), totals);
    let yaml = std::fs::read_to_string(root.join("content/2026/assessment.yaml")).unwrap();
    assert!(
        yaml.contains("- name: 领导考核\n    max: 20\n"),
        "full marks from the header: {yaml}"
    );
    assert!(
        !yaml.contains("total"),
        "the total is never written: {yaml}"
    );

    // Table: the 合计 row becomes the page's totals row.
    let (head, lines) = lines_under(&sheet_rows("table.csv"), "领取人");
    let doc = page(root, "table");
    let foot = texts(one(&doc, "table#rows tfoot tr"), "td, th");
    for name in ["应领", "实领", "未领"] {
        let i = head.iter().position(|h| h == name).unwrap();
        let sum: i64 = lines.iter().map(|r| r[i].parse::<i64>().unwrap()).sum();
        assert!(foot.contains(&sum.to_string()), "{name} {sum} in {foot:?}");
    }
    let i = head.iter().position(|h| h == "折款").unwrap();
    let money: i64 = lines.iter().map(|r| fen(&r[i])).sum();
    assert_eq!(texts(one(&doc, "main"), ".figure-value"), [yuan(money)]);
    let page_text = std::fs::read_to_string(root.join("public/2026/table/index.html")).unwrap();
    assert!(
        !page_text.contains("欧阳明华") && page_text.contains("欧**华"),
        "name columns are masked"
    );
}

#[test]
fn a_gbk_csv_imports_as_its_utf8_twin_and_serves_as_lines() {
    let site = minimal_site();
    let root = site.path();
    import(root, "pay.csv", "pay", "utf8").expect_code(0);
    import(root, "pay-gbk.csv", "pay", "gbk").expect_code(0);
    let read = |name: &str| {
        let text = std::fs::read_to_string(root.join(format!("content/2026/{name}.yaml"))).unwrap();
        text.lines().skip(1).collect::<Vec<_>>().join("\n")
    };
    assert_eq!(read("utf8"), read("gbk"));
    assert_eq!(sheet_rows("pay.csv"), sheet_rows("pay-gbk.csv"));
    std::fs::remove_file(root.join("content/2026/utf8.yaml")).unwrap();
    std::fs::remove_file(root.join("content/2026/gbk.yaml")).unwrap();
    std::fs::copy(
        manifest_dir().join("tests/fixtures/sheets/pay-gbk.csv"),
        root.join("content/2026/分配表.csv"),
    )
    .unwrap();
    write(
        root,
        "content/2026/pay-03.yaml",
        "kind: pay\ntitle: 3月奖金分配\npublished: 2026-04-06\nperiod: 2026-03\nlines: 分配表.csv\n",
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    let doc = page(root, "pay-03");
    assert_eq!(texts(one(&doc, "main"), ".figure-value")[0], "¥6,000.00");
    assert_eq!(
        column(&doc, "pay", "姓名"),
        ["周*涛", "李*", "王*"],
        "names masked"
    );
    assert!(
        !root.join("public/2026/分配表.csv").exists(),
        "not published"
    );
}

/// A pay sheet as a team keeps it: title, 奖金总额 line, header, one row per person.
fn pay_sheet(wang_net: f64) -> Vec<u8> {
    xlsx(
        "Sheet1",
        &[
            &[T("2026年3月通风队奖金分配表")],
            &[T("奖金总额"), N(4000.0)],
            &[T("姓名"), T("出勤天数"), T("应发"), T("扣款"), T("实发")],
            &[T("周海涛"), N(21.0), N(2100.5), N(50.0), N(2050.5)],
            &[T("王强"), N(17.0), N(1899.5), E, N(wang_net)],
        ],
    )
}

const PAY_ITEM: &str = "\
kind: pay
title: 2026年3月通风队奖金分配公示
published: 2026-04-06
period: 2026-03
lines: 分配表.xlsx
";

#[test]
fn every_kind_builds_from_lines_and_a_wrong_net_is_at_its_cell() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/2026/pay-03.yaml", PAY_ITEM);
    write(root, "content/2026/分配表.xlsx", pay_sheet(1899.5));
    write(
        root,
        "content/2026/merits-03.yaml",
        "kind: merits\ntitle: 3月奖惩\npublished: 2026-04-06\nperiod: 2026-03\nlines: 奖惩.xlsx\nsheet: 三月\n",
    );
    write(
        root,
        "content/2026/奖惩.xlsx",
        xlsx(
            "三月",
            &[
                &[
                    T("日期"),
                    T("姓名"),
                    T("班组"),
                    T("奖惩"),
                    T("事由"),
                    T("金额"),
                    T("依据"),
                ],
                &[
                    T("2026-03-17"),
                    T("周海涛"),
                    T("通风二班"),
                    T("处罚"),
                    T("旷工"),
                    N(50.0),
                    T("第八条"),
                ],
                &[
                    T("2026-03-20"),
                    T("李明"),
                    T("测风班"),
                    T("奖励"),
                    T("排险"),
                    N(200.0),
                    E,
                ],
            ],
        ),
    );
    write(
        root,
        "content/2026/assessment-03.yaml",
        "kind: assessment\ntitle: 3月考核\npublished: 2026-04-06\nperiod: 2026-03\n\
         components:\n  - {name: 领导考核, max: 20}\n  - {name: 硬性指标, max: 80}\nlines: 考核.xlsx\n",
    );
    write(
        root,
        "content/2026/考核.xlsx",
        xlsx(
            "Sheet1",
            &[
                &[
                    T("姓名"),
                    T("领导考核（满分20）"),
                    T("硬性指标(80)"),
                    T("总分"),
                ],
                &[T("张德营"), N(19.0), N(70.5), N(89.5)],
                &[T("李明"), N(18.0), N(60.0), E],
            ],
        ),
    );
    write(
        root,
        "content/2026/table-03.yaml",
        "kind: table\ntitle: 3月劳保用品\npublished: 2026-04-06\ncolumns:\n  - {name: 领取人, type: name}\n  \
         - {name: 应领, type: number, total: true}\n  - {name: 实领, type: number, total: true}\n  \
         - {name: 未领, type: number, total: true}\nrules: [\"未领 = 应领 - 实领\"]\nlines: 劳保.xlsx\n",
    );
    write(
        root,
        "content/2026/劳保.xlsx",
        xlsx(
            "Sheet1",
            &[
                &[T("领取人"), T("应领"), T("实领"), T("未领")],
                &[T("慕容秋"), N(30.0), N(20.0), N(10.0)],
                &[T("司马青云"), N(2.0), N(2.0), N(0.0)],
            ],
        ),
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    let doc = page(root, "pay-03");
    assert_eq!(column(&doc, "pay", "实发"), [yuan(205_050), yuan(189_950)]);
    assert_eq!(texts(one(&doc, "main"), ".figure-value")[0], yuan(400_000));
    assert_eq!(
        texts(one(&page(root, "merits-03"), "main"), ".figure-value"),
        [yuan(20_000), yuan(5_000)]
    );
    assert_eq!(
        column(&page(root, "assessment-03"), "scores", "总分"),
        ["89.5", "78"]
    );
    let foot = texts(
        one(&page(root, "table-03"), "table#rows tfoot tr"),
        "td, th",
    );
    assert!(
        foot.ends_with(&["32".into(), "22".into(), "10".into()]),
        "{foot:?}"
    );

    // 实发 that is not 应发 − 扣款 is at its cell (and the pool no longer adds up).
    write(root, "content/2026/分配表.xlsx", pay_sheet(1800.0));
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    assert_eq!(
        found,
        [(
            "content/2026/分配表.xlsx!Sheet1!E5".to_string(),
            "王强：实发 1800.00 不等于 应发 1899.50 − 扣款 0.00 = 1899.50".to_string()
        )],
        "{found:#?}"
    );
}

#[test]
fn an_assessments_typed_total_that_disagrees_is_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = xlsx(
        "得分",
        &[
            &[T("2026年3月考核")],
            &[T("姓名"), T("领导考核(20)"), T("硬性指标"), T("合计")],
            &[T("张德营"), N(19.0), N(70.0), N(89.0)],
            &[T("李明"), N(18.0), N(60.0), N(79.0)],
        ],
    );
    std::fs::write(dir.path().join("考核.xlsx"), &sheet).unwrap();
    let mut cmd = gongkai();
    cmd.current_dir(dir.path())
        .args(["import", "考核.xlsx", "--kind", "assessment", "--out", "-"])
        .args(["--today", TODAY, "--message-format", "json"]);
    let out = run(&mut cmd);
    out.expect_code(1);
    assert_eq!(
        json_places(&out),
        [(
            "考核.xlsx!得分!D4".to_string(),
            "李明：表中的合计 79 不等于各项得分之和 78".to_string()
        )]
    );
    // Fixed, the import leaves the missing full marks for the clerk.
    let fixed = xlsx(
        "得分",
        &[
            &[T("姓名"), T("领导考核(20)"), T("硬性指标"), T("合计")],
            &[T("张德营"), N(19.0), N(70.0), N(89.0)],
        ],
    );
    std::fs::write(dir.path().join("考核.xlsx"), &fixed).unwrap();
    let mut cmd = gongkai();
    cmd.current_dir(dir.path())
        .args(["import", "考核.xlsx", "--kind", "assessment", "--out", "-"])
        .args(["--today", TODAY]);
    let out = run(&mut cmd);
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("  - name: 硬性指标\n    max:   # 请填写：这一项的满分"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("period:   # 请填写"), "{}", out.stdout);

    // The same sheet as an item's lines: the same cell.
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/assessment-03.yaml",
        "kind: assessment\ntitle: 3月考核\npublished: 2026-04-06\nperiod: 2026-03\n\
         components:\n  - {name: 领导考核, max: 20}\n  - {name: 硬性指标, max: 80}\nlines: 考核.xlsx\n",
    );
    write(root, "content/2026/考核.xlsx", &sheet);
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "content/2026/考核.xlsx!得分!D4");
}

#[test]
fn declared_columns_are_matched_to_the_sheets_header() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/table-03.yaml",
        "kind: table\ntitle: 3月劳保用品\npublished: 2026-04-06\ncolumns:\n  - {name: 领取人, type: name}\n  \
         - {name: 物品, type: text}\n  - {name: 折款, type: money}\nlines: 劳保.csv\n",
    );
    write(
        root,
        "content/2026/劳保.csv",
        "领取人,折款（元）,备注\r\n慕容秋,12.5,x\r\n司马青云,1.234,\r\n",
    );
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let mut found = json_places(&out);
    found.sort();
    assert_eq!(
        found,
        [
            (
                "content/2026/table-03.yaml:8:8".to_string(),
                "表 content/2026/劳保.csv 中没有 columns 声明的 `物品` 一列".to_string()
            ),
            (
                "content/2026/劳保.csv!B3".to_string(),
                "`1.234` 不是金额：有 3 位小数，最多只能到分（两位小数）".to_string()
            ),
            (
                "content/2026/劳保.csv!C1".to_string(),
                "表中的 `备注` 一列没有声明（已声明的列：领取人、物品、折款）".to_string()
            ),
        ],
        "{found:#?}"
    );
}

#[test]
fn serve_reads_a_pay_item_again_when_its_spreadsheet_is_saved() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/2026/pay-03.yaml", PAY_ITEM);
    write(root, "content/2026/分配表.xlsx", pay_sheet(1899.5));
    let serve = Serve::start(root, &[]);
    let nets = || {
        let html = serve.get("/2026/pay-03/").text();
        let doc = scraper::Html::parse_document(&html);
        doc.select(&sel("table#pay tbody tr"))
            .map(|tr| texts(tr, "td").last().cloned().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(nets(), [yuan(205_050), yuan(189_950)]);
    // Only the workbook is saved: 王强's deduction and net change, the pool still holds.
    let sheet = xlsx(
        "Sheet1",
        &[
            &[T("奖金总额"), N(4000.0)],
            &[T("姓名"), T("出勤天数"), T("应发"), T("扣款"), T("实发")],
            &[T("周海涛"), N(21.0), N(2100.5), N(50.0), N(2050.5)],
            &[T("王强"), N(17.0), N(1899.5), N(100.0), N(1799.5)],
        ],
    );
    write(root, "content/2026/分配表.xlsx", sheet);
    let started = Instant::now();
    loop {
        let now = nets();
        if now == [yuan(205_050), yuan(179_950)] {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the page never showed the new net: {now:?}\n{:?}",
            serve.stdout()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_privacy_guard_reads_a_pay_items_spreadsheet() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/pay-03.yaml",
        "kind: pay\ntitle: 3月奖金分配\npublished: 2026-04-06\nperiod: 2026-03\nlines: 分配表.csv\n",
    );
    write(
        root,
        "content/2026/分配表.csv",
        "姓名,备注,实发\r\n周海涛,,100.00\r\n李明,13812345678,200.00\r\n",
    );
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    assert!(
        found
            .iter()
            .any(|(f, m)| f.starts_with("content/2026/分配表.csv") && m.contains("手机号")),
        "{found:#?}"
    );
    assert!(!out.stdout.contains("13812345678"), "the number is masked");
}

#[test]
fn a_pool_the_item_gives_must_be_the_sheets() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/2026/分配表.xlsx", pay_sheet(1899.5));
    let item = PAY_ITEM.replace("lines:", "pool: \"4000.00\"\nlines:");
    write(root, "content/2026/pay-03.yaml", &item);
    run(&mut check_cmd(root, &[])).expect_code(0);
    write(
        root,
        "content/2026/pay-03.yaml",
        item.replace("4000.00", "4100.00"),
    );
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    let found = json_places(&out);
    assert!(
        found.contains(&(
            "content/2026/分配表.xlsx!Sheet1!B2".to_string(),
            "表中的奖金总额是 ¥4,000.00，但 `pool` 是 ¥4,100.00".to_string()
        )),
        "{found:#?}"
    );
}

/// A cell formatted as a percentage (Excel stores 95% as 0.95) is read as the clerk sees
/// it, 95%: by `import`, which then types the column `percent`, and by `lines:` into a
/// declared `percent` column, whose `max: 100` it then meets.
#[test]
fn a_cell_formatted_as_a_percentage_is_read_as_shown() {
    use common::xlsx::V::P;
    let site = minimal_site();
    let root = site.path();
    let sheet = xlsx(
        "Sheet1",
        &[
            &[T("领取人"), T("物品"), T("满意度")],
            &[T("慕容秋"), T("防尘口罩"), P(0.95)],
            &[T("司马青云"), T("手套"), P(1.0)],
            &[T("欧阳明月"), T("安全帽"), P(0.875)],
        ],
    );
    write(root, "content/2026/劳保.xlsx", &sheet);
    write(root, "满意度.xlsx", &sheet);
    // `import` writes what the clerk sees, and types the column from it.
    let mut cmd = gongkai();
    cmd.current_dir(root)
        .arg("import")
        .arg(root.join("满意度.xlsx"))
        .args(["--kind", "table", "--today", TODAY, "--out", "-"]);
    let out = run(&mut cmd);
    out.expect_code(0);
    assert!(
        out.stdout.contains("{name: 满意度, type: percent}"),
        "{}",
        out.stdout
    );
    for shown in ["95%", "100%", "87.5%"] {
        assert!(
            out.stdout.contains(&format!("满意度: {shown}")),
            "{}",
            out.stdout
        );
    }
    // `lines:` into a declared percent column: within `max: 100`, and shown as a typed
    // `95%` is (pages write a percentage with one decimal).
    write(
        root,
        "content/2026/table-03.yaml",
        "kind: table\ntitle: 3月劳保用品\npublished: 2026-04-06\ncolumns:\n  - {name: 领取人, type: name}\n  \
         - {name: 物品, type: text}\n  - {name: 满意度, type: percent, min: 50, max: 100}\nlines: 劳保.xlsx\n",
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    let doc = page(root, "table-03");
    assert_eq!(column(&doc, "rows", "满意度"), ["95.0%", "100.0%", "87.5%"]);
}

/// A column a clerk adds to an assessment or merits sheet for their own notes (备注, 经办人)
/// is not read and not published, and is no error: the item builds, with a warning at the
/// column's header cell naming it and the columns read. A misnamed component is still an
/// error, at `lines:` (the component is missing).
#[test]
fn a_notes_column_in_an_assessment_or_merits_sheet_is_a_warning_not_an_error() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/kh-03.yaml",
        "kind: assessment\ntitle: 3月考核\npublished: 2026-04-06\nperiod: 2026-03\ncomponents:\n  \
         - {name: 领导考核, max: 20}\n  - {name: 硬性指标, max: 80}\nlines: 考核.csv\n",
    );
    write(
        root,
        "content/2026/考核.csv",
        "序号,姓名,领导考核,硬性指标,合计,排名,备注\r\n1,慕容秋,18,70,88,1,班长私记\r\n2,司马青云,17,60,77,2,\r\n",
    );
    write(
        root,
        "content/2026/jc-03.yaml",
        "kind: merits\ntitle: 3月奖惩\npublished: 2026-04-06\nperiod: 2026-03\nlines: 奖惩.csv\n",
    );
    write(
        root,
        "content/2026/奖惩.csv",
        "序号,日期,姓名,奖惩,事由,金额,依据,经办人\r\n1,2026-03-10,慕容秋,奖励,表现好,10.00,,欧阳经办\r\n",
    );
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(0);
    let mut found: Vec<(String, String, String)> = json_lines(&out.stdout)
        .iter()
        .map(|v| {
            (
                v["severity"].as_str().unwrap_or("").to_string(),
                place(v).trim_end_matches(":-:-").to_string(),
                v["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    found.sort();
    let warning =
        |at: &str, message: &str| ("warning".to_string(), at.to_string(), message.to_string());
    assert_eq!(
        found,
        [
            warning(
                "content/2026/奖惩.csv!H1",
                "表中的 `经办人` 一列不读取，也不公示（读取的列：日期、姓名、奖惩、事由、金额、依据）"
            ),
            warning(
                "content/2026/考核.csv!G1",
                "表中的 `备注` 一列不读取，也不公示（读取的列：领导考核、硬性指标）"
            ),
        ],
        "{found:#?}"
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    for page in ["kh-03", "jc-03"] {
        let html = std::fs::read_to_string(root.join("public/2026").join(page).join("index.html"))
            .unwrap();
        assert!(
            !html.contains("班长私记") && !html.contains("欧阳经办"),
            "{page}"
        );
    }
    assert_eq!(column(&page(root, "kh-03"), "scores", "总分").len(), 2);
    // A component the sheet names otherwise is missing: an error at `lines:`.
    edit(root, "content/2026/考核.csv", "硬性指标,", "硬性指标考核,");
    let out = run(&mut check_cmd(root, &["--message-format", "json"]));
    out.expect_code(1);
    assert!(
        json_places(&out)
            .iter()
            .any(|(at, m)| at == "content/2026/kh-03.yaml:8:8" && m.contains("硬性指标")),
        "{:?}",
        json_places(&out)
    );
}

/// A table's number column refuses a word with a message about numbers, not the
/// attendance sheet's "days or hours".
#[test]
fn a_word_in_a_number_column_is_refused_as_not_a_number() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/table-04.yaml",
        "kind: table\ntitle: 4月劳保用品\npublished: 2026-04-06\ncolumns:\n  - {name: 领取人, type: name}\n  \
         - {name: 数量, type: number}\nlines: 劳保.csv\n",
    );
    write(
        root,
        "content/2026/劳保.csv",
        "领取人,数量\r\n慕容秋,两双\r\n",
    );
    let out = run(&mut build_cmd(root, &[]));
    out.expect_code(1);
    assert!(out.stderr.contains("`两双` 不是数字"), "{}", out.stderr);
    assert!(!out.stderr.contains("天数"), "{}", out.stderr);
}
