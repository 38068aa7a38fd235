//! Messages that point at the right place and say the right thing: a sum that overflows
//! at the line whose amount overflows it, a `disclosure_days` out of range as too large or
//! too small with the range, a template typo at its line and column with a guess,
//! UTF-16 without a byte-order mark named as UTF-16, full-width digits named at their
//! column, and `javascript:`/`data:` links in Markdown warned about where they are.

mod common;

use common::*;

/// `check --message-format json` on `site`: the run and its diagnostics.
fn check_json(site: &std::path::Path) -> (Run, Vec<serde_json::Value>) {
    let run = run(&mut check_cmd(site, &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    (run, diags)
}

fn hint(d: &serde_json::Value) -> &str {
    d["hint"].as_str().unwrap_or("")
}

const FINANCE: &str = "kind: finance
title: 2026年第一季度经费收支
published: 2026-04-01
period: 2026-Q1
# 期初
opening_balance: \"100.00\"
income:
  - {date: 2026-01-08, category: 会费收入, amount: \"50.00\"}
  - {date: 2026-01-09, category: 会费收入, amount: \"50.00\"}
  - {date: 2026-01-10, category: 会费收入, amount: \"50.00\"}
  - {date: 2026-01-11, category: 会费收入, amount: \"50.00\"}
  - {date: 2026-01-12, category: 会费收入, amount: \"50.00\"}
  - {date: 2026-01-13, category: 会费收入, amount: \"92233720368547758.07\"}
expenses:
  - {date: 2026-01-19, category: 其他支出, amount: \"1.00\", payee: x}
";

const WELFARE: &str = "kind: welfare
title: 送温暖名单
published: 2026-01-20
program: 送温暖
recipients:
  - {name: 张德营, team: 一班, reason: 因病致困, amount: \"92233720368547758.00\"}
  - {name: 李秀兰, team: 二班, reason: 子女就学, amount: \"800.00\"}
total: \"9600.00\"
";

#[test]
fn sum_overflow_is_reported_at_the_amount_that_overflows_it() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/2026/q1.yaml", FINANCE);
    write(root, "content/2026/welfare.yaml", WELFARE);
    let (run, diags) = check_json(root);
    run.expect_code(1);
    let overflows: Vec<serde_json::Value> = diags
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("最大金额"))
        .cloned()
        .collect();
    assert_diagnostics(
        &overflows,
        &[
            ("error", "content/2026/q1.yaml:13:48", &["加上这笔金额后"]),
            (
                "error",
                "content/2026/welfare.yaml:7:49",
                &["加上这笔金额后"],
            ),
        ],
    );

    // An amount too large on its own is reported at itself, as too large.
    edit(
        root,
        "content/2026/q1.yaml",
        "\"92233720368547758.07\"",
        "\"922337203685477580.07\"",
    );
    let (run, diags) = check_json(root);
    run.expect_code(1);
    let at_line: Vec<&serde_json::Value> = diags
        .iter()
        .filter(|d| d["file"] == "content/2026/q1.yaml")
        .collect();
    assert_eq!(at_line.len(), 1, "{at_line:#?}");
    assert_eq!(place(at_line[0]), "content/2026/q1.yaml:13:48");
    assert!(at_line[0]["message"].as_str().unwrap().contains("太大"));
}

#[test]
fn disclosure_days_out_of_range_says_too_large_or_too_small() {
    for (value, words) in [
        (
            "99999999999",
            &["`disclosure_days: 99999999999` 太大了", "0 到 3650 之间"],
        ),
        ("99999999999999999999", &["太大了", "0 到 3650 之间"]),
        ("-5", &["`disclosure_days: -5` 太小了", "最小是 0"]),
    ] {
        let site = minimal_site();
        let root = site.path();
        edit(
            root,
            "site.yaml",
            "base_url: \"\"\n",
            &format!("base_url: \"\"\ndisclosure_days: {value}\n"),
        );
        let (run, diags) = check_json(root);
        run.expect_code(1);
        assert_diagnostics(&diags, &[("error", "site.yaml:4:18", words)]);
        assert!(hint(&diags[0]).contains("0 到 3650"), "{}", hint(&diags[0]));
        assert!(!diags[0]["message"].as_str().unwrap().contains("不是整数"));
    }
}

#[test]
fn template_typo_is_located_with_a_suggestion() {
    let home =
        std::fs::read_to_string(manifest_dir().join("themes/default/templates/home.html")).unwrap();
    for (from, to, place_wanted, guess) in [
        (
            "{{ t.none_yet }}",
            "{{ t.none_yet | uppr }}",
            "templates/home.html:10:36",
            "`upper`",
        ),
        (
            "t.open_now",
            "t.open_nowe",
            "templates/home.html:4:26",
            "`open_now`",
        ),
        (
            "{% endif %}",
            "{% endiff %}",
            "templates/home.html:11:6",
            "`endif`",
        ),
        (
            "\"base.html\"",
            "\"bse.html\"",
            "templates/home.html:1:13",
            "`base.html`",
        ),
    ] {
        assert!(home.contains(from), "{from}");
        let site = minimal_site();
        let root = site.path();
        write(
            root,
            "content/a.md",
            "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n",
        );
        write(root, "templates/home.html", home.replacen(from, to, 1));
        let out = run(&mut build_cmd(root, &["--message-format", "json"]));
        assert_eq!(out.code, Some(1), "{to}: {}", out.stderr);
        let diags = json_lines(&out.stdout);
        assert_eq!(diags.len(), 1, "{diags:#?}");
        assert_eq!(place(&diags[0]), place_wanted, "{to}: {diags:#?}");
        assert!(hint(&diags[0]).contains(guess), "{to}: {}", hint(&diags[0]));
        assert!(!root.join("public").exists());
        // Drawn for the terminal, the template's line is shown under the place.
        let text = run(&mut check_cmd(root, &[])).stderr;
        assert!(text.contains(&format!("--> {place_wanted}\n")), "{text}");
        assert!(text.contains(" | "), "{text}");
    }
}

#[test]
fn utf16_without_a_byte_order_mark_is_named_utf16() {
    let site = minimal_site();
    let root = site.path();
    let notice = "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n";
    let le: Vec<u8> = notice.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = notice.encode_utf16().flat_map(u16::to_be_bytes).collect();
    write(root, "content/le.md", le);
    write(root, "content/be.md", be);
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            ("error", "content/le.md:-:-", &["UTF-16"]),
            ("error", "content/be.md:-:-", &["UTF-16"]),
        ],
    );
    assert!(diags.iter().all(|d| hint(d).contains("UTF-8")));
}

#[test]
fn full_width_digits_are_named_at_their_column() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/2026/q1.yaml",
        FINANCE
            .replace("\"92233720368547758.07\"", "\"50.00\"")
            .replace("amount: \"1.00\"", "amount: \"１２３４.５６\""),
    );
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[(
            "error",
            "content/2026/q1.yaml:15:49",
            &["`１２３４.５６`", "全角数字"],
        )],
    );
    assert!(hint(&diags[0]).contains("全角"), "{}", hint(&diags[0]));
}

#[test]
fn script_and_data_links_in_markdown_are_warned_at_their_place() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/a.md",
        "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n\n请点[这里](javascript:alert(document.domain))和[那里](data:text/html,<script>x</script>)。\n",
    );
    let out = run(&mut build_cmd(root, &["--message-format", "json"]));
    out.expect_code(0);
    let diags = json_lines(&out.stdout);
    assert_diagnostics(
        &diags,
        &[
            (
                "warning",
                "content/a.md:7:3",
                &["`javascript:alert(document.domain)`", "只显示为文字"],
            ),
            (
                "warning",
                "content/a.md:7:43",
                &["`data:text/html,<script>x</script>`"],
            ),
        ],
    );
    // Still dropped: no live link in the page.
    let page = std::fs::read_to_string(root.join("public/a/index.html")).unwrap();
    assert!(!page.contains("href=\"javascript:"), "{page}");
    assert!(!page.contains("href=\"data:"), "{page}");
}
