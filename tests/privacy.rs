//! The privacy guard as a clerk meets it: an ID, mobile or bank card number anywhere in the
//! content (Markdown body, front matter, YAML value, YAML comment, file name) stops the
//! build at its place with the number masked, and `public/` stays as it was; ordinary
//! numbers (amounts, dates, vouchers, office phones, credit codes) pass.

mod common;

use std::fs;

use common::*;

/// The numbers of the `privacy_leaks` fixture, which no message may repeat in full.
const LEAKED: &[&str] = &[
    "13912345678",
    "370802198506123013",
    "138-1234-5678",
    "13700001234",
    "6222020200112233446",
    "11010519491231002X",
];

#[test]
fn each_leak_is_reported_at_its_place_and_nothing_is_published() {
    let site = fixture("privacy_leaks");
    // A good build first, without the leaking files, so there is a public/ to protect.
    let aside = tempfile::tempdir().unwrap();
    let leaking = [
        "content/notices/exam.md",
        "content/notices/名单-13700001234.md",
        "content/2026/help.yaml",
    ];
    for (i, rel) in leaking.iter().enumerate() {
        fs::rename(site.path().join(rel), aside.path().join(i.to_string())).unwrap();
    }
    write(
        site.path(),
        "content/notices/ok.md",
        "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let before = tree(&site.path().join("public"));
    for (i, rel) in leaking.iter().enumerate() {
        fs::rename(aside.path().join(i.to_string()), site.path().join(rel)).unwrap();
    }

    let out = run(&mut build_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    let diags = json_lines(&out.stdout);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/notices/exam.md:2:15",
                &["手机号", "139******78"],
            ),
            (
                "error",
                "content/notices/exam.md:5:13",
                &["身份证号", "370*************13"],
            ),
            (
                "error",
                "content/notices/exam.md:6:6",
                &["手机号", "138********78"],
            ),
            (
                "error",
                "content/notices/名单-13700001234.md:-:-",
                &["文件名", "137******34"],
            ),
            (
                "error",
                "content/2026/help.yaml:6:45",
                &["银行卡号", "622**************46"],
            ),
            (
                "error",
                "content/2026/help.yaml:7:9",
                &["身份证号", "110*************2X"],
            ),
        ],
    );
    for d in &diags {
        let message = d["message"].as_str().unwrap_or("");
        for number in LEAKED {
            assert!(!message.contains(number), "{message}");
        }
    }
    assert_same_tree(
        &before,
        &tree(&site.path().join("public")),
        "public/ after a refused build",
    );
}

#[test]
fn ordinary_numbers_pass_clean() {
    let site = fixture("privacy_clean");
    let out = run(&mut build_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(0);
    assert!(json_lines(&out.stdout).is_empty(), "{}", out.stdout);
    // The office phone and the allowed hotlines reach the page.
    let page = fs::read_to_string(site.path().join("public/notices/numbers/index.html")).unwrap();
    for text in [
        "0537-1234567",
        "400-810-8888",
        "91350100M000100Y43",
        "记-012",
    ] {
        assert!(page.contains(text), "{text} missing");
    }
}

#[test]
fn a_mobile_as_supervision_phone_is_refused_even_when_allowed() {
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nsupervision: {contact: 工会办公室, phone: \"13812345678\"}\nprivacy: {allow: [\"13812345678\"]}\n",
    );
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    assert_diagnostics(
        &json_lines(&out.stdout),
        &[(
            "error",
            "site.yaml:3:38",
            &["supervision.phone", "138******78"],
        )],
    );

    // Without the allow entry the general guard reports it once, at the same place.
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nsupervision: {contact: 工会办公室, phone: \"13812345678\"}\n",
    );
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    assert_diagnostics(
        &json_lines(&out.stdout),
        &[("error", "site.yaml:3:39", &["手机号", "138******78"])],
    );
}

#[test]
fn a_folder_named_with_a_number_is_reported_once_at_the_folder() {
    let site = fixture("privacy_clean");
    for n in 0..3 {
        write(
            site.path(),
            &format!("content/名单13812345678/n{n}.md"),
            "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n",
        );
    }
    write(site.path(), "static/13912345678/sub/a.txt", "无号码");
    let out = run(&mut build_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    assert_diagnostics(
        &json_lines(&out.stdout),
        &[
            (
                "error",
                "content/名单13812345678/:-:-",
                &["文件夹名", "138******78"],
            ),
            (
                "error",
                "static/13912345678/:-:-",
                &["文件夹名", "139******78"],
            ),
        ],
    );
    assert!(!site.path().join("public").exists());
}

#[test]
fn a_spreadsheet_that_cannot_be_opened_is_a_warning_at_its_file() {
    let site = fixture("privacy_clean");
    write(
        site.path(),
        "content/2026/名单.xlsx",
        "不是表格 13812345678",
    );
    write(
        site.path(),
        "content/2026/通知.DOCX",
        [0x50, 0x4B, 0x03, 0x04, 0xFF],
    );
    let out = run(&mut build_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(0);
    assert_diagnostics(
        &json_lines(&out.stdout),
        &[
            (
                "warning",
                "content/2026/名单.xlsx:-:-",
                &["电子表格", "没能检查"],
            ),
            (
                "warning",
                "content/2026/通知.DOCX:-:-",
                &["文档", "没能检查"],
            ),
        ],
    );
}
