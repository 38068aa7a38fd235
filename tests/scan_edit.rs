//! The preview's privacy guard reads a changed output file only around the change, and
//! must still report what a full build reports: after each edit of a large static file
//! and of a template (which changes every page by a few bytes), the incremental rebuild's
//! diagnostics equal those of a fresh `build::run`, hits or none.

mod common;

use std::fs;
use std::path::Path;

use common::{build_options, diagnostic_lines, edit, sample_site, write};
use gongkai::build::{self, Mode};
use gongkai::serve::incremental::Incremental;

/// Rebuilds incrementally (told `changed`, as a watcher would) and fully, asserts
/// both report the same, and returns how many output hits there are.
fn step(engine: &mut Incremental, root: &Path, what: &str, changed: &[&str]) -> usize {
    let changed: Vec<String> = changed.iter().map(|s| s.to_string()).collect();
    let inc = engine
        .rebuild(Some(&changed))
        .unwrap_or_else(|e| panic!("{what}: incremental rebuild failed: {e}"))
        .result;
    let full = build::run(root, &build_options(), Mode::Render, &|_| {})
        .unwrap_or_else(|e| panic!("{what}: full build failed: {e}"));
    let found = diagnostic_lines(&inc);
    assert_eq!(found, diagnostic_lines(&full), "{what}: diagnostics differ");
    assert_eq!(inc.output.is_some(), full.output.is_some(), "{what}");
    found.iter().filter(|d| d.contains("(output)")).count()
}

const BIG: &str = "static/data/big.txt";
const JSON: &str = "static/data/list.json";

#[test]
fn rescanned_output_reports_what_a_full_build_reports() {
    let site = sample_site();
    let root = site.path();
    let line = "\"关于2016年第3批困难职工补助的通知\"，编号2016-03-0012，金额1234.56元。\n";
    let big = format!(
        "{}中段：电话1381234 5678，\"卡号\"。\n{}",
        line.repeat(2_000),
        line.repeat(2_000)
    );
    write(root, BIG, &big);
    let entries: Vec<String> = (0..2_000)
        .map(|i| {
            format!(
                "{{\"t\":\"通知{i}\",\"u\":\"team{:02}/2016/n{i}/\"}}",
                i % 50
            )
        })
        .collect();
    write(root, JSON, format!("[{}]", entries.join(",\n")));
    let mut engine = Incremental::new(root, &build_options());
    let first = step(&mut engine, root, "first build", &[]);
    assert_eq!(first, 0);

    // A number completed, changed, split, joined across a line, moved to the ends.
    edit(root, BIG, "1381234 5678", "138 1234 5678");
    assert_eq!(step(&mut engine, root, "grouped mobile", &[BIG]), 1);
    edit(root, BIG, "138 1234 5678", "138 1234 56789");
    assert_eq!(step(&mut engine, root, "group too long", &[BIG]), 0);
    edit(root, BIG, "138 1234 56789", "+86 138 1234 5678");
    assert_eq!(step(&mut engine, root, "with +86", &[BIG]), 1);
    edit(root, BIG, "+86 138 1234 5678", "(86)13812345678");
    assert_eq!(step(&mut engine, root, "with (86)", &[BIG]), 1);
    edit(root, BIG, "(86)1381234", "(86)1381234\n");
    assert_eq!(step(&mut engine, root, "split by a newline", &[BIG]), 0);
    edit(root, BIG, "\n5678，", "5678，");
    assert_eq!(step(&mut engine, root, "joined again", &[BIG]), 1);
    let text = fs::read_to_string(root.join(BIG)).unwrap();
    write(root, BIG, format!("13912345678{text}13712345678"));
    assert_eq!(step(&mut engine, root, "hits at both ends", &[BIG]), 3);
    write(root, BIG, format!("7X13912345678{text}137123456780"));
    assert_eq!(step(&mut engine, root, "both ends attached", &[BIG]), 1);

    // Not UTF-8 for a while: not text, so no hit; then text again.
    let mut bytes = fs::read(root.join(BIG)).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] = 0xFF;
    write(root, BIG, &bytes);
    assert_eq!(step(&mut engine, root, "not UTF-8", &[BIG]), 0);
    write(root, BIG, &text);
    assert_eq!(step(&mut engine, root, "UTF-8 again", &[BIG]), 1);

    // The list: a number in one entry, then the entry edited around it.
    edit(
        root,
        JSON,
        "\"t\":\"通知1000\"",
        "\"t\":\"通知1000 4111111111111111\"",
    );
    assert_eq!(step(&mut engine, root, "card in the list", &[JSON]), 2);
    edit(root, JSON, "4111111111111111\"", "4111111111111111.00\"");
    assert_eq!(step(&mut engine, root, "an amount, not a card", &[JSON]), 1);

    // Every page changes by a few bytes: a mobile in the footer, then not.
    let base =
        fs::read_to_string(common::manifest_dir().join("themes/default/templates/base.html"))
            .unwrap();
    let footer =
        |number: &str| base.replacen("</body>", &format!("<p>\"值班\"：{number}</p></body>"), 1);
    write(root, "templates/base.html", footer("13712345678"));
    let pages = step(
        &mut engine,
        root,
        "a mobile on every page",
        &["templates/base.html"],
    );
    assert!(pages > 20, "{pages}");
    write(root, "templates/base.html", footer("1371234567"));
    assert_eq!(
        step(
            &mut engine,
            root,
            "one digit less",
            &["templates/base.html"]
        ),
        1
    );

    // Allowed numbers pass, in files read whole and read by their change alike.
    edit(root, "site.yaml", "allow: []", "allow: [\"138-1234-5678\"]");
    assert_eq!(step(&mut engine, root, "allowed", &["site.yaml"]), 0);
    edit(root, BIG, "(86)13812345678", "(86)13812345678，13912345678");
    assert_eq!(step(&mut engine, root, "one allowed, one not", &[BIG]), 1);
}

/// A workbook with `text` in cell B2.
fn workbook(text: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "名单").unwrap();
    sheet.write_string(1, 1, text).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn static_files_in_any_encoding_or_format_are_rescanned_whole() {
    let site = sample_site();
    let root = site.path();
    const XLSX: &str = "static/data/名单.xlsx";
    const GBK: &str = "static/data/名单.CSV";
    let gbk = |text: &str| encoding_rs::GB18030.encode(text).0.into_owned();
    write(root, XLSX, workbook("无号码"));
    write(root, GBK, gbk("姓名,备注\n张三,无号码\n"));
    let mut engine = Incremental::new(root, &build_options());
    assert_eq!(step(&mut engine, root, "first build", &[]), 0);

    write(root, XLSX, workbook("电话138 1234 5678"));
    assert_eq!(step(&mut engine, root, "a mobile in a cell", &[XLSX]), 1);
    write(root, GBK, gbk("姓名,备注\n张三,Tel13912345678\n"));
    assert_eq!(step(&mut engine, root, "a mobile in GBK", &[GBK]), 2);
    write(root, XLSX, workbook("无号码"));
    assert_eq!(step(&mut engine, root, "the cell cleaned", &[XLSX]), 1);
    // The same file, now UTF-8: read by its change from here on.
    write(root, GBK, "姓名,备注\n张三,Tel13912345678\n");
    assert_eq!(step(&mut engine, root, "UTF-8 now", &[GBK]), 1);
    edit(root, GBK, "Tel1391234", "Tel1391234 ");
    assert_eq!(step(&mut engine, root, "split", &[GBK]), 0);

    let full = build::run(root, &build_options(), Mode::Render, &|_| {}).unwrap();
    write(root, XLSX, workbook("1381234567８"));
    let again = build::run(root, &build_options(), Mode::Render, &|_| {}).unwrap();
    assert!(full.output.is_some());
    let lines = diagnostic_lines(&again);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("(output) data/名单.xlsx!Sheet1!B2")),
        "{lines:?}"
    );
}
