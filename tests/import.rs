//! `gongkai import` on the sheets a union office keeps, made here as Excel and WPS save
//! them (real `.xlsx` from rust_xlsxwriter, GBK CSV from encoding_rs, `.xls` and `.ods`
//! fixtures written by `tests/fixtures/sheets/make_sheets.py`): headers in several
//! wordings below merged title rows, blank rows, 合计 rows checked and left out, Excel
//! serial dates, amounts as numbers and as text with ¥ and thousands separators. Each
//! refused cell is reported at `file!sheet!cell`; an existing item is replaced only with
//! `--force`; an imported ledger builds into a page showing the sheet's totals.

mod common;

use std::path::Path;

use common::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

/// `gongkai import FILE --today 2026-04-05` plus `args`, run in `dir`.
fn import(dir: &Path, file: &str, args: &[&str]) -> Run {
    let mut cmd = gongkai();
    cmd.current_dir(dir)
        .arg("import")
        .arg(file)
        .args(["--today", "2026-04-05"])
        .args(args);
    run(&mut cmd)
}

/// The located places and messages of `--message-format json` output.
fn refusals(out: &Run) -> Vec<(String, String)> {
    out.stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON diagnostic");
            (
                v["file"].as_str().unwrap_or("").to_string(),
                v["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// A quarter's cash journal as a finance clerk keeps it: a title merged across the
/// columns, the issuing body under it, a blank row, the header, the balance carried from
/// last year, lines with dates as Excel dates, serial numbers and text, amounts as
/// numbers and as text with ¥ and separators, a blank row between, and a 合计 row.
fn ledger() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("2026一季度").unwrap();
    let date = Format::new().set_num_format("yyyy/m/d");
    sheet
        .merge_range(
            0,
            0,
            0,
            6,
            "2026年第一季度工会经费收支明细账",
            &Format::new(),
        )
        .unwrap();
    sheet
        .write_string(1, 0, "编制单位：某某煤矿通风队工会")
        .unwrap();
    sheet.write_string(1, 6, "单位：元").unwrap();
    for (c, h) in [
        "日期",
        "凭证号",
        "摘 要",
        "科目名称",
        "收入（元）",
        "支出（元）",
        "余额",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(3, c as u16, *h).unwrap();
    }
    sheet.write_string(4, 2, "上年结转").unwrap();
    sheet.write_number(4, 6, 12345.67).unwrap();
    let jan15 = ExcelDateTime::from_ymd(2026, 1, 15).unwrap();
    sheet.write_date_with_format(5, 0, &jan15, &date).unwrap();
    sheet.write_string(5, 1, "记-001").unwrap();
    sheet.write_string(5, 2, "1月会费").unwrap();
    sheet.write_string(5, 3, "会费收入").unwrap();
    sheet.write_number(5, 4, 3200.0).unwrap();
    sheet.write_number(5, 6, 15545.67).unwrap();
    // Row 7 is blank.
    let rows: [(&str, &str, &str, &str, &str, &str, f64); 2] = [
        (
            "2026/2/3",
            "记-012",
            "春节联欢",
            "职工活动支出",
            "",
            "¥1,500.00",
            14045.67,
        ),
        (
            "2026年3月5日",
            "记-020",
            "上级补助",
            "上级补助收入",
            "10,000.00",
            "",
            24045.67,
        ),
    ];
    for (i, (d, v, n, c, inc, exp, bal)) in rows.iter().enumerate() {
        let r = 7 + i as u32;
        for (col, text) in [(0, d), (1, v), (2, n), (3, c), (4, inc), (5, exp)] {
            if !text.is_empty() {
                sheet.write_string(r, col, *text).unwrap();
            }
        }
        sheet.write_number(r, 6, *bal).unwrap();
    }
    // 2026-03-20 as the serial number a date loses its format to.
    sheet.write_number(9, 0, 46101.0).unwrap();
    sheet.write_string(9, 1, "记-031").unwrap();
    sheet.write_string(9, 2, "困难职工慰问").unwrap();
    sheet.write_string(9, 3, "送温暖").unwrap();
    sheet.write_number(9, 5, 800.5).unwrap();
    sheet.write_number(9, 6, 23245.17).unwrap();
    sheet.write_string(10, 2, "合  计").unwrap();
    sheet
        .write_formula(10, 4, Formula::new("=SUM(E5:E10)").set_result("13200"))
        .unwrap();
    sheet
        .write_formula(10, 5, Formula::new("=SUM(F5:F10)").set_result("2300.5"))
        .unwrap();
    sheet.write_number(10, 6, 23245.17).unwrap();
    sheet.write_string(12, 0, "制表人：王五").unwrap();
    sheet.write_string(12, 4, "审核：赵六").unwrap();
    book.save_to_buffer().unwrap()
}

const LEDGER_YAML: &str = "\
# 由 gongkai import 从 ledger.xlsx（工作表“2026一季度”）导入，共 4 行明细；表中的合计行已核对，未作为明细导入。
# 发布前请核对标题、发布日期和期间，填写下面标注“请填写”的项目。
kind: finance
title: 2026年第一季度工会经费收支明细账
published: 2026-04-05
period: 2026-Q1
opening_balance: \"12345.67\"
income:
  - {date: 2026-01-15, category: 会费收入, amount: \"3200.00\", voucher: 记-001, note: 1月会费}
  - {date: 2026-03-05, category: 上级补助收入, amount: \"10000.00\", voucher: 记-020, note: 上级补助}
expenses:
  - {date: 2026-02-03, category: 职工活动支出, amount: \"1500.00\", voucher: 记-012, note: 春节联欢}
  - {date: 2026-03-20, category: 送温暖, amount: \"800.50\", voucher: 记-031, note: 困难职工慰问}
closing_balance: \"23245.17\"
";

#[test]
fn a_ledger_is_imported_as_a_clerk_would_type_it_and_builds_to_the_sheets_totals() {
    let site = minimal_site();
    let root = site.path();
    write(root, "ledger.xlsx", ledger());
    let out = import(
        root,
        "ledger.xlsx",
        &["--kind", "finance", "--out", "content/2026/finance-q1.yaml"],
    );
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("已从 ledger.xlsx!2026一季度 导入 4 行明细到 content/2026/finance-q1.yaml"),
        "{}",
        out.stdout
    );
    let yaml = std::fs::read_to_string(root.join("content/2026/finance-q1.yaml")).unwrap();
    assert_eq!(yaml, LEDGER_YAML);

    run(&mut build_cmd(root, &[])).expect_code(0);
    let doc = parse_html(&root.join("public/2026/finance-q1/index.html"));
    let figures: Vec<String> = doc.select(&sel(".figure-value")).map(text).collect();
    // Opening, income and expenses as the 合计 row says, closing as the 余额 column.
    assert_eq!(
        figures,
        ["¥12,345.67", "¥13,200.00", "¥2,300.50", "¥23,245.17"]
    );
}

/// The same journal saved as Excel 97-2003 (`.xls`) and OpenDocument (`.ods`, WPS and
/// LibreOffice), committed with the script that writes them
/// (`tests/fixtures/sheets/make_sheets.py`): each imports to the same item as the `.xlsx`.
#[test]
fn the_same_ledger_saved_as_xls_and_ods_imports_alike() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets");
    for ext in ["xls", "ods"] {
        let site = minimal_site();
        let root = site.path();
        let name = format!("ledger.{ext}");
        std::fs::copy(fixtures.join(&name), root.join(&name)).unwrap();
        let out = import(
            root,
            &name,
            &["--kind", "finance", "--out", "content/2026/finance-q1.yaml"],
        );
        out.expect_code(0);
        let yaml = std::fs::read_to_string(root.join("content/2026/finance-q1.yaml")).unwrap();
        assert_eq!(yaml, LEDGER_YAML.replace("ledger.xlsx", &name), "{name}");
        run(&mut build_cmd(root, &[])).expect_code(0);
    }
}

#[test]
fn each_refused_cell_is_reported_at_its_place_and_nothing_is_written() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["记账日期", "科目", "摘要", "借方金额", "贷方金额", "余额"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let text = |sheet: &mut rust_xlsxwriter::Worksheet, r, c, t: &str| {
        sheet.write_string(r, c, t).unwrap();
    };
    // Row 2: 0.1 + 0.2 as a formula leaves it: not silently 0.30.
    text(sheet, 1, 0, "2026-01-05");
    text(sheet, 1, 1, "会费收入");
    sheet
        .write_formula(
            1,
            3,
            Formula::new("=0.1+0.2").set_result("0.30000000000000004"),
        )
        .unwrap();
    // Row 3: a date that does not exist, three decimals typed as text.
    text(sheet, 2, 0, "2026/2/30");
    text(sheet, 2, 1, "会费收入");
    text(sheet, 2, 3, "12.345");
    // Row 4: no category, and both sides.
    text(sheet, 3, 0, "2026.1.6");
    sheet.write_number(3, 3, 5.0).unwrap();
    sheet.write_number(3, 4, 6.0).unwrap();
    // Row 5 is right; row 6's balance is not.
    text(sheet, 4, 0, "2026-01-07");
    text(sheet, 4, 1, "职工活动支出");
    sheet.write_number(4, 4, 100.0).unwrap();
    sheet.write_number(4, 5, 50.0).unwrap();
    text(sheet, 5, 0, "2026-01-08");
    text(sheet, 5, 1, "职工活动支出");
    sheet.write_number(5, 4, 10.0).unwrap();
    sheet.write_number(5, 5, 45.0).unwrap();
    // Row 7's total of 贷方 is off: its lines make 116.
    text(sheet, 6, 2, "合计");
    sheet.write_number(6, 4, 120.0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bad.xlsx", book.save_to_buffer().unwrap());
    let out = import(
        dir.path(),
        "bad.xlsx",
        &["--kind", "finance", "--message-format", "json"],
    );
    out.expect_code(1);
    let found = refusals(&out);
    let at: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        at,
        [
            "bad.xlsx!Sheet1!D2",
            "bad.xlsx!Sheet1!A3",
            "bad.xlsx!Sheet1!D3",
            "bad.xlsx!Sheet1!B4",
            "bad.xlsx!Sheet1!E4",
            "bad.xlsx!Sheet1!F6",
            "bad.xlsx!Sheet1!E7",
        ],
        "{found:#?}"
    );
    let message = |cell: &str| {
        found
            .iter()
            .find(|(f, _)| f.ends_with(cell))
            .map(|(_, m)| m.as_str())
            .unwrap_or("")
    };
    assert!(
        message("!D2").contains("`0.30000000000000004` 不是金额：有 17 位小数"),
        "{found:#?}"
    );
    assert!(message("!A3").contains("`2026/2/30` 不是日期"));
    assert!(message("!D3").contains("3 位小数"));
    assert!(message("!B4").contains("这一行的 `科目` 是空的"));
    assert!(message("!E4").contains("既有收入"));
    assert!(
        message("!F6").contains("余额 ¥45.00 与上一行余额（¥50.00）加减本行后不符")
            && message("!F6").contains("应为 ¥40.00"),
        "{}",
        message("!F6")
    );
    assert_eq!(
        message("!E7"),
        "`贷方金额` 的合计是 ¥120.00，但各行（第 2 行到第 6 行）之和是 ¥116.00"
    );
    assert!(!dir.path().join("content").exists(), "nothing is written");
    // People read the same places, with a hint.
    let human = import(dir.path(), "bad.xlsx", &["--kind", "finance"]);
    human.expect_code(1);
    assert!(
        human.stderr.contains("  --> bad.xlsx!Sheet1!D2\n"),
        "{}",
        human.stderr
    );
    assert!(human.stderr.contains("=ROUND"), "{}", human.stderr);
    assert!(human.stdout.contains("7 个错误"), "{}", human.stdout);
}

/// A 送温暖 list as Chinese Excel saves "CSV (逗号分隔)": GBK, with its own words for
/// the columns, ￥ (GBK has no ¥) and thousands separators, blank rows, a 合计 row and
/// who made it.
const WELFARE_CSV: &str = "\
2026年春节送温暖慰问金发放名单,,,,,
,,,,,
序号,职工姓名,所在班组,困难原因,慰问金额（元）,慰问品
1,张德营,通风一班,因病致困,￥800.00,\"米、面、油\"
2,李四,通风二班,子女上学,\"1,200\",
,,,,,
3,欧阳明华,机电班,\"家属重病, 住院\",500.5,
合计,,,,\"2,500.50\",
制表人：王五,,,审核：赵六,,
";

const WELFARE_YAML: &str = "\
kind: welfare
title: 2026年春节送温暖慰问金发放名单
published: 2026-04-05
program:   # 请填写：项目名称，如 送温暖、困难职工帮扶
recipients:
  - {name: 张德营, team: 通风一班, reason: 因病致困, amount: \"800.00\", goods: 米、面、油}
  - {name: 李四, team: 通风二班, reason: 子女上学, amount: \"1200.00\"}
  - {name: 欧阳明华, team: 机电班, reason: \"家属重病, 住院\", amount: \"500.50\"}
total: \"2500.50\"
";

#[test]
fn a_gbk_csv_list_reads_like_its_utf8_twin() {
    let dir = tempfile::tempdir().unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(WELFARE_CSV);
    assert!(!unmappable);
    write(dir.path(), "名单.csv", &gbk);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(WELFARE_CSV.replace('\n', "\r\n").as_bytes());
    write(dir.path(), "名单-utf8.csv", &bom);
    for (file, out) in [("名单.csv", "a.yaml"), ("名单-utf8.csv", "b.yaml")] {
        import(dir.path(), file, &["--kind", "welfare", "--out", out]).expect_code(0);
        let yaml = std::fs::read_to_string(dir.path().join(out)).unwrap();
        let body: String = yaml
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(body, WELFARE_YAML, "{file}");
        assert!(
            yaml.starts_with(&format!("# 由 gongkai import 从 {file} 导入，共 3 行明细")),
            "{yaml}"
        );
    }
}

#[test]
fn an_attendance_sheet_with_a_two_row_header() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("3月").unwrap();
    sheet
        .merge_range(0, 0, 0, 6, "2026年3月通风队出勤统计表", &Format::new())
        .unwrap();
    for (c, h) in ["姓名", "应出勤天数", "实际出勤"].iter().enumerate() {
        sheet
            .merge_range(1, c as u16, 2, c as u16, h, &Format::new())
            .unwrap();
    }
    sheet
        .merge_range(1, 3, 1, 4, "请假天数", &Format::new())
        .unwrap();
    sheet.write_string(2, 3, "事假").unwrap();
    sheet.write_string(2, 4, "病假").unwrap();
    sheet
        .merge_range(1, 5, 2, 5, "旷工", &Format::new())
        .unwrap();
    sheet
        .merge_range(1, 6, 2, 6, "加班（小时）", &Format::new())
        .unwrap();
    let people: [(&str, f64, f64, f64, f64, f64, f64); 3] = [
        ("张三", 22.0, 21.0, 1.0, 0.0, 0.0, 8.0),
        ("李四", 22.0, 20.5, 0.0, 1.5, 0.0, 0.0),
        ("王五", 22.0, 21.0, 0.0, 0.0, 1.0, 4.5),
    ];
    for (i, (name, w, p, s, b, a, o)) in people.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_string(r, 0, *name).unwrap();
        for (c, v) in [w, p, s, b, a, o].iter().enumerate() {
            sheet.write_number(r, 1 + c as u16, **v).unwrap();
        }
    }
    sheet.write_string(6, 0, "合计").unwrap();
    for (c, v) in [66.0, 62.5, 1.0, 1.5, 1.0, 12.5].iter().enumerate() {
        sheet.write_number(6, 1 + c as u16, *v).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "kq.xlsx", book.save_to_buffer().unwrap());
    let out = import(
        dir.path(),
        "kq.xlsx",
        &["--kind", "attendance", "--out", "-"],
    );
    out.expect_code(0);
    let body: Vec<&str> = out.stdout.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        body,
        [
            "kind: attendance",
            "title: 2026年3月通风队出勤统计表",
            "published: 2026-04-05",
            "period: 2026-03",
            "workdays: 22",
            "records:",
            "  - {name: 张三, present: 21, leave: {事假: 1}, overtime_hours: 8}",
            "  - {name: 李四, present: 20.5, leave: {病假: 1.5}}",
            "  - {name: 王五, present: 21, absent: 1, overtime_hours: 4.5}",
        ]
    );
}

#[test]
fn an_existing_item_is_replaced_only_with_force() {
    let site = minimal_site();
    let root = site.path();
    write(root, "ledger.xlsx", ledger());
    write(root, "content/ledger.yaml", "kind: finance\n# kept\n");
    let out = import(root, "ledger.xlsx", &["--kind", "finance"]);
    out.expect_code(1);
    assert!(
        out.stderr
            .contains("error: content/ledger.yaml 已经存在；导入不会替换已有文件"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    assert!(out.stdout.contains("没有写入任何文件"), "{}", out.stdout);
    let kept = std::fs::read_to_string(root.join("content/ledger.yaml")).unwrap();
    assert_eq!(kept, "kind: finance\n# kept\n");
    import(root, "ledger.xlsx", &["--kind", "finance", "--force"]).expect_code(0);
    let replaced = std::fs::read_to_string(root.join("content/ledger.yaml")).unwrap();
    assert_eq!(replaced, LEDGER_YAML);
}

#[test]
fn a_mapping_file_names_the_columns_of_an_odd_sheet() {
    let csv = "\
收支流水,,,
时点,用途说明,钱数,收/支,归类
2026-01-05,一月会费,3200,收,会费收入
2026-01-09,购买慰问品,\"¥1,000.00\",支,送温暖
";
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "流水.csv", csv);
    // Without a mapping, none of the headers is a word clerks usually write.
    let out = import(dir.path(), "流水.csv", &["--kind", "finance", "--out", "-"]);
    out.expect_code(1);
    assert!(
        out.stderr.contains("找不到表头：经费收支表需要这些列"),
        "{}",
        out.stderr
    );
    write(
        dir.path(),
        "map.yaml",
        "header_row: 2\ncolumns:\n  date: A\n  note: 用途说明\n  amount: C\n  direction: 收/支\n  category: E\n",
    );
    let out = import(
        dir.path(),
        "流水.csv",
        &["--kind", "finance", "--map", "map.yaml", "--out", "-"],
    );
    out.expect_code(0);
    assert!(
        out.stdout.contains(
            "income:\n  - {date: 2026-01-05, category: 会费收入, amount: \"3200.00\", note: 一月会费}\n"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(
            "expenses:\n  - {date: 2026-01-09, category: 送温暖, amount: \"1000.00\", note: 购买慰问品}\n"
        ),
        "{}",
        out.stdout
    );
    // A mapping naming a header the sheet lacks is refused at its line.
    write(
        dir.path(),
        "bad-map.yaml",
        "header_row: 2\ncolumns:\n  date: 日期\n  amount: C\n  direction: D\n  category: E\n",
    );
    let out = import(
        dir.path(),
        "流水.csv",
        &["--kind", "finance", "--map", "bad-map.yaml", "--out", "-"],
    );
    out.expect_code(1);
    assert!(
        out.stderr.contains("  --> bad-map.yaml:3:9\n"),
        "{}",
        out.stderr
    );
}
