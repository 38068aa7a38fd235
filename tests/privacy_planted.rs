//! Every planted number form in every place and encoding is caught at its location.
//!
//! A resident ID, a mobile and a bank card number, each written in every form a clerk
//! or a pasted text produces (plain, spaced, mixed separators, full-width, with
//! invisible characters, with a label of letters attached, with ideographic or
//! no-break spaces), are planted in every place a board has (YAML value and comment,
//! Markdown body, front matter title, file name, folder name, and attachments: UTF-8,
//! GBK and upper-case-named CSV, UTF-16 text, TSV, HTM, an Excel workbook, a Word
//! document). The real
//! binary must report each one at its place, exit 1 and publish nothing; a clean
//! corpus of ordinary numbers must raise nothing; and no message or source line may
//! show a planted number whole.

mod common;

use std::collections::BTreeSet;

use common::*;

/// The three kinds, each with its number written plainly, its digit groups, the
/// letters of a label, and a word the message names it by.
struct Number {
    plain: &'static str,
    groups: &'static [&'static str],
    label: &'static str,
    word: &'static str,
}

const NUMBERS: [Number; 3] = [
    Number {
        plain: "11010519491231002X",
        groups: &["110105", "19491231", "002X"],
        label: "ID",
        word: "身份证号",
    },
    Number {
        plain: "13812345678",
        groups: &["138", "1234", "5678"],
        label: "Tel",
        word: "手机号",
    },
    Number {
        plain: "6222020200112233446",
        groups: &["6222", "0202", "0011", "2233", "446"],
        label: "No",
        word: "银行卡号",
    },
];

/// `c` in full width (`0` -> `０`, `X` -> `Ｘ`).
fn full_width(c: char) -> char {
    match c {
        '0'..='9' | 'X' => char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c),
        _ => c,
    }
}

/// Every form of `n`, by name.
fn forms(n: &Number) -> Vec<(&'static str, String)> {
    let mixed: String = n
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| match i {
            0 => g.to_string(),
            _ if i % 2 == 1 => format!(" {g}"),
            _ => format!("-{g}"),
        })
        .collect();
    let invisible: String = n
        .plain
        .chars()
        .enumerate()
        .flat_map(|(i, c)| match i {
            3 => vec!['\u{200B}', c],
            7 => vec!['\u{AD}', c],
            9 => vec!['\u{2060}', c],
            _ => vec![c],
        })
        .collect();
    vec![
        ("plain", n.plain.to_string()),
        ("spaced", n.groups.join(" ")),
        ("mixed separators", mixed),
        ("full width", n.plain.chars().map(full_width).collect()),
        ("invisible characters", invisible),
        ("letters attached", format!("{}{}", n.label, n.plain)),
        ("ideographic spaces", n.groups.join("\u{3000}")),
        ("no-break spaces", n.groups.join("\u{A0}")),
    ]
}

/// One planted number: where it should be reported.
struct Plant {
    /// `file:line:column` as `place()` gives it.
    at: String,
    /// What the message must name.
    word: &'static str,
    /// How it was written, for failure messages.
    what: String,
}

/// The 1-based column of the first digit of `written` placed after `before` on its line.
fn column(before: &str, written: &str) -> usize {
    let skip = written
        .chars()
        .take_while(|c| !c.is_ascii_digit() && !('０'..='９').contains(c))
        .count();
    before.chars().count() + skip + 1
}

/// Every (kind word, form name, written form).
fn all_forms() -> Vec<(&'static str, &'static str, String)> {
    NUMBERS
        .iter()
        .flat_map(|n| {
            forms(n)
                .into_iter()
                .map(move |(name, written)| (n.word, name, written))
        })
        .collect()
}

/// Writes every form into every place of the site at `root`; returns the plants.
fn plant_everything(root: &std::path::Path) -> Vec<Plant> {
    let forms = all_forms();
    let mut plants = Vec::new();
    let mut plant = |at: String, word: &'static str, what: String| {
        plants.push(Plant { at, word, what });
    };

    // YAML value and comment: a welfare list, one recipient per form.
    let mut yaml = String::from(
        "kind: welfare\ntitle: 困难职工帮扶\npublished: 2026-03-01\nprogram: 困难职工帮扶\nrecipients:\n",
    );
    let mut line = 5;
    for (i, (word, name, written)) in forms.iter().enumerate() {
        let comment = format!("  # 备注{written}");
        let value = format!("    note: 转账{written}");
        yaml.push_str(&format!(
            "  - name: 职工{i}\n    amount: \"1.00\"\n{value}\n{comment}\n"
        ));
        let file = "content/2026/planted.yaml";
        let at = |l: usize, before: &str| format!("{file}:{l}:{}", column(before, written));
        plant(
            at(line + 3, "    note: 转账"),
            word,
            format!("YAML value, {name}"),
        );
        plant(
            at(line + 4, "  # 备注"),
            word,
            format!("YAML comment, {name}"),
        );
        line += 4;
    }
    write(root, "content/2026/planted.yaml", &yaml);

    // Markdown body: a line per form.
    let mut body = String::from("---\ntitle: 名单说明\npublished: 2026-04-01\n---\n");
    for (i, (word, name, written)) in forms.iter().enumerate() {
        let before = format!("第{i}行：");
        body.push_str(&format!("{before}{written}。\n\n"));
        let at = format!(
            "content/notices/body.md:{}:{}",
            5 + 2 * i,
            column(&before, written)
        );
        plant(at, word, format!("Markdown body, {name}"));
    }
    write(root, "content/notices/body.md", &body);

    for (i, (word, name, written)) in forms.iter().enumerate() {
        // Front matter title.
        let file = format!("content/titles/t{i}.md");
        write(
            root,
            &file,
            format!("---\ntitle: 说明{written}\npublished: 2026-04-01\n---\n正文。\n"),
        );
        let at = format!("{file}:2:{}", column("title: 说明", written));
        plant(at, word, format!("front matter title, {name}"));
        // File name.
        let file = format!("content/names/人员{i}号_{written}.txt");
        write(root, &file, "无号码\n");
        plant(format!("{file}:-:-"), word, format!("file name, {name}"));
        // Folder name.
        let folder = format!("content/目录{i}号_{written}");
        write(root, &format!("{folder}/a.txt"), "无号码\n");
        plant(
            format!("{folder}/:-:-"),
            word,
            format!("folder name, {name}"),
        );
    }

    // Attachments: a welfare list as a clerk's tools save it.
    let rows: Vec<(String, String)> = forms
        .iter()
        .enumerate()
        .map(|(i, (_, _, written))| (format!("职工{i}"), written.clone()))
        .collect();
    let csv = |sep: &str| -> String {
        let mut text = format!("姓名{sep}号码{sep}备注\n");
        for (who, written) in &rows {
            text.push_str(&format!("{who}{sep}{written}{sep}已核对\n"));
        }
        text
    };
    let attachments: Vec<(String, Vec<u8>, &str)> = vec![
        ("utf8.csv".into(), csv(",").into_bytes(), ","),
        (
            "gbk.csv".into(),
            encoding_rs::GB18030.encode(&csv(",")).0.into_owned(),
            ",",
        ),
        ("upper.CSV".into(), csv(",").into_bytes(), ","),
        (
            "utf16.txt".into(),
            [0xFF, 0xFE]
                .into_iter()
                .chain(csv(",").encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
            ",",
        ),
        ("tabs.tsv".into(), csv("\t").into_bytes(), "\t"),
        ("page.htm".into(), csv("<br>").into_bytes(), "<br>"),
    ];
    for (name, bytes, sep) in &attachments {
        let file = format!("content/att/{name}");
        write(root, &file, bytes);
        for (i, ((word, form, written), (who, _))) in forms.iter().zip(&rows).enumerate() {
            let at = format!(
                "{file}:{}:{}",
                i + 2,
                column(&format!("{who}{sep}"), written)
            );
            plant(at, word, format!("{name}, {form}"));
        }
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "姓名").unwrap();
    sheet.write_string(0, 2, "号码").unwrap();
    for (i, ((word, form, written), (who, _))) in forms.iter().zip(&rows).enumerate() {
        let row = u32::try_from(i + 1).unwrap();
        sheet.write_string(row, 0, who).unwrap();
        sheet.write_string(row, 2, written).unwrap();
        let at = format!("content/att/名单.xlsx!Sheet1!C{}:-:-", i + 2);
        plant(at, word, format!("xlsx, {form}"));
    }
    write(
        root,
        "content/att/名单.xlsx",
        book.save_to_buffer().unwrap(),
    );

    // A Word document, a paragraph per form, each number split over two runs.
    let mut body = String::new();
    for (i, ((word, form, written), (who, _))) in forms.iter().zip(&rows).enumerate() {
        let cut = written.char_indices().nth(5).map_or(0, |(b, _)| b);
        let (a, b) = written.split_at(cut);
        body.push_str(&format!(
            "<w:p><w:r><w:t>{who}：{a}</w:t></w:r><w:r><w:t>{b}</w:t></w:r></w:p>"
        ));
        let at = format!(
            "content/att/名单.docx:{}:{}",
            i + 1,
            column(&format!("{who}："), written)
        );
        plant(at, word, format!("docx, {form}"));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).unwrap();
    std::io::Write::write_all(
        &mut zip,
        format!("<w:document><w:body>{body}</w:body></w:document>").as_bytes(),
    )
    .unwrap();
    write(
        root,
        "content/att/名单.docx",
        zip.finish().unwrap().into_inner(),
    );
    plants
}

#[test]
fn every_planted_form_in_every_place_is_caught_at_its_location() {
    let site = fixture("privacy_clean");
    let plants = plant_everything(site.path());
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    let diags = json_lines(&out.stdout);
    let mut problems = Vec::new();
    let mut claimed = BTreeSet::new();
    for p in &plants {
        let found = diags.iter().enumerate().find(|(i, d)| {
            !claimed.contains(i)
                && place(d) == p.at
                && d["message"].as_str().is_some_and(|m| m.contains(p.word))
        });
        match found {
            Some((i, _)) => {
                claimed.insert(i);
            }
            None => problems.push(format!("{} ({}) not reported at {}", p.word, p.what, p.at)),
        }
    }
    for (i, d) in diags.iter().enumerate() {
        if !claimed.contains(&i) {
            problems.push(format!("unexpected: {} {}", place(d), d["message"]));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} plants:\n{}",
        problems.len(),
        plants.len(),
        problems.join("\n")
    );

    // No message shows a number whole, in any form.
    for d in &diags {
        let message = d["message"].as_str().unwrap_or("");
        for (_, _, written) in all_forms() {
            assert!(!message.contains(&written), "{message}");
        }
        for n in &NUMBERS {
            assert!(!message.contains(n.plain), "{message}");
        }
    }

    // Nothing is published.
    let out = run(&mut build_cmd(site.path(), &[]));
    out.expect_code(1);
    assert!(!site.path().join("public").exists());
}

/// A list attachment saved as Excel 97-2003 or OpenDocument (committed fixtures, written
/// by `tests/fixtures/sheets/make_sheets.py`): its ID and mobile numbers are caught at
/// their cells and nothing is published.
#[test]
fn xls_and_ods_attachments_are_read_cell_by_cell() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets");
    for ext in ["xls", "ods"] {
        let site = fixture("privacy_clean");
        let at = format!("content/att/roster.{ext}");
        std::fs::create_dir_all(site.path().join("content/att")).unwrap();
        std::fs::copy(
            fixtures.join(format!("roster.{ext}")),
            site.path().join(&at),
        )
        .unwrap();
        let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
        out.expect_code(1);
        let places: BTreeSet<String> = json_lines(&out.stdout).iter().map(place).collect();
        assert_eq!(
            places,
            BTreeSet::from([format!("{at}!名单!C2:-:-"), format!("{at}!名单!C3:-:-")]),
            "{}",
            out.stdout
        );
        run(&mut build_cmd(site.path(), &[])).expect_code(1);
        assert!(
            !site.path().join("public").exists(),
            "{ext}: nothing published"
        );
    }
}

#[test]
fn source_lines_under_messages_show_numbers_masked() {
    let site = fixture("privacy_clean");
    plant_everything(site.path());
    let out = run(&mut check_cmd(site.path(), &[]));
    out.expect_code(1);
    // The rows that show a source line: `12 | text`.
    let shown: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| {
            l.split_once(" | ").is_some_and(|(n, _)| {
                !n.trim().is_empty() && n.trim().chars().all(|c| c.is_ascii_digit())
            })
        })
        .collect();
    assert!(shown.len() > 100, "{}", out.stderr);
    for line in &shown {
        for (_, _, written) in all_forms() {
            assert!(!line.contains(&written), "{line}");
        }
        let digits: String = line.chars().filter(char::is_ascii_digit).collect();
        for n in &NUMBERS {
            let plain: String = n.plain.chars().filter(char::is_ascii_digit).collect();
            assert!(!digits.contains(&plain), "{line}");
        }
    }
    assert!(
        shown.iter().any(|l| l.ends_with("note: 转账138******78")),
        "{}",
        out.stderr
    );
    assert!(
        shown
            .iter()
            .any(|l| l.ends_with("职工8,138******78,已核对")),
        "{}",
        out.stderr
    );
    // The JSON lines carry no source line, and nothing whole either.
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    for n in &NUMBERS {
        let plain: String = n.plain.chars().filter(char::is_ascii_digit).collect();
        for d in json_lines(&out.stdout) {
            let text = d.to_string();
            let digits: String = text
                .replace(d["file"].as_str().unwrap_or(""), "")
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            assert!(!digits.contains(&plain), "{text}");
        }
    }
}

/// Luhn-valid numbers of `len` digits that start with `prefix`, `count` of them.
fn luhn_numbers(prefix: &str, len: usize, count: usize) -> Vec<String> {
    let luhn = |s: &str| {
        let sum: u32 = s
            .chars()
            .rev()
            .filter_map(|c| c.to_digit(10))
            .enumerate()
            .map(|(i, d)| {
                if i % 2 == 1 {
                    (d * 2) % 9 + u32::from(d == 9) * 9
                } else {
                    d
                }
            })
            .sum();
        sum.is_multiple_of(10)
    };
    let mut state: u64 = 0x5eed;
    let mut out = Vec::new();
    while out.len() < count {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let body: String = format!("{prefix}{:020}", state >> 1)
            .chars()
            .take(len - 1)
            .collect();
        if let Some(n) = (0..10).map(|d| format!("{body}{d}")).find(|s| luhn(s)) {
            out.push(n);
        }
    }
    out
}

#[test]
fn a_clean_corpus_raises_nothing() {
    let site = fixture("privacy_clean");
    let mut orders = Vec::new();
    for (prefix, len) in [("1", 16), ("7", 18), ("99", 19), ("2026", 16), ("30", 17)] {
        orders.extend(luhn_numbers(prefix, len, 20));
    }
    let lines = [
        "收入 1,234.56 元，支出 12,345,678.90 元，合计 13812345678.00 元".to_string(),
        "公示日期 2026-04-01 至 2026-04-08，即 20260401 至 20260408".to_string(),
        "凭证号 记-012、记-2026-0012，提案 2026-07 号".to_string(),
        "监督电话 0537-1234567，传真 (0537)12345678，010-12345678".to_string(),
        "服务热线 12351，客服 400-810-8888".to_string(),
        "统一社会信用代码 91350100M000100Y43".to_string(),
        "时间戳 2026-04-05T13:45:00+08:00，年度 2023 2024 2025 2026".to_string(),
        format!("订单号 {}", orders.join("，")),
    ];
    let mut md = String::from("---\ntitle: 数字说明\npublished: 2026-04-01\n---\n");
    for l in &lines {
        md.push_str(&format!("{l}\n\n"));
    }
    write(site.path(), "content/notices/clean.md", &md);
    let csv: String = std::iter::once("项目,内容\n".to_string())
        .chain(lines.iter().map(|l| format!("说明,\"{l}\"\n")))
        .chain(orders.iter().map(|o| format!("订单,{o}\n")))
        .collect();
    write(site.path(), "content/att/clean.csv", &csv);
    write(
        site.path(),
        "content/att/clean-gbk.CSV",
        &encoding_rs::GB18030.encode(&csv).0,
    );
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (i, text) in lines.iter().chain(&orders).enumerate() {
        sheet
            .write_string(u32::try_from(i).unwrap(), 0, text)
            .unwrap();
    }
    sheet.write_number(0, 1, 1234.56).unwrap();
    sheet.write_number(1, 1, 20260405.0).unwrap();
    write(
        site.path(),
        "content/att/clean.xlsx",
        book.save_to_buffer().unwrap(),
    );
    write(
        site.path(),
        "static/files/2026-04-05 通知.txt",
        "金额 1,234.56\n",
    );

    let out = run(&mut build_cmd(site.path(), &["--message-format", "json"]));
    assert!(json_lines(&out.stdout).is_empty(), "{}", out.stdout);
    out.expect_code(0);
    assert!(site.path().join("public/att/clean.xlsx").is_file());
}
