//! Units as boards: a federation of a mine union with team unions under it, one of them
//! with a crew of its own. Each unit's home, print run, feed and search scope hold exactly
//! its items; a notice prints its unit's supervision contact and signing roles; the
//! site's home shows a table of units; check warns of overdue finance reports, duplicate
//! titles and posting outside a unit's existence, each at its place.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::Arc;

use common::*;
use gongkai::build::{self, Mode};
use gongkai::serve::incremental::Incremental;

/// A notice published on `date` (open on TODAY when within seven days).
fn notice(title: &str, date: &str) -> String {
    format!("---\ntitle: {title}\npublished: {date}\n---\n正文。\n")
}

/// A finance report of `period` that is its own: opening 100.00, one income line.
fn finance(title: &str, date: &str, period: &str, first_day: &str) -> String {
    format!(
        "kind: finance\ntitle: {title}\npublished: {date}\nperiod: {period}\nopening_balance: \"100.00\"\n\
         income:\n  - {{date: {first_day}, category: 会费收入, amount: \"50.00\"}}\nexpenses: []\n\
         closing_balance: \"150.00\"\n"
    )
}

/// 矿工会 (the site) > 通风队 (a board with its own supervision and signatures) > 一班
/// (a board that inherits them), and 机电队 (a board with the site's settings).
fn federation() -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    write(
        root,
        "site.yaml",
        "title: 某某矿 厂务公开栏\nunit: 某某矿工会\nsupervision: {contact: 矿工会办公室, phone: \"0537-1000000\"}\n\
         signatures: {finance: [矿工会主席, 矿财务], notice: [矿工会主席]}\n",
    );
    write(
        root,
        "content/mine-notice.md",
        notice("矿工会通知", "2026-04-02"),
    );
    write(
        root,
        "content/tf/_section.yaml",
        "title: 通风队 队务公开栏\nunit: 通风队工会\nboard: true\nsince: 2026-01-01\n\
         supervision: {contact: 通风队工会办公室, phone: \"0537-2000000\"}\n\
         signatures: {finance: [队工会主席, 队经审员], notice: [队工会主席]}\n",
    );
    write(
        root,
        "content/tf/notice.md",
        notice("通风队通知", "2026-04-03"),
    );
    write(
        root,
        "content/tf/old.md",
        notice("通风队旧通知", "2026-02-01"),
    );
    write(
        root,
        "content/tf/finance-q1.yaml",
        finance("通风队一季度经费", "2026-04-04", "2026-Q1", "2026-01-05"),
    );
    write(
        root,
        "content/tf/yiban/_section.yaml",
        "title: 一班 班务公开栏\nunit: 通风队一班工会小组\nboard: true\n",
    );
    write(
        root,
        "content/tf/yiban/notice.md",
        notice("一班通知", "2026-04-05"),
    );
    write(
        root,
        "content/jd/_section.yaml",
        "title: 机电队 队务公开栏\nunit: 机电队工会\nboard: true\n",
    );
    write(
        root,
        "content/jd/notice.md",
        notice("机电队通知", "2026-04-01"),
    );
    site
}

/// The item pages linked inside `css` of the page `page` (paths under public/, no
/// `index.html`).
fn linked_items(out: &Path, page: &str, css: &str) -> BTreeSet<String> {
    let doc = parse_html(&out.join(page));
    let mut found = BTreeSet::new();
    for part in doc.select(&sel(css)) {
        for a in part.select(&sel("a[href]")) {
            let href = a.value().attr("href").unwrap();
            let file = resolve_relative(out, page, href).unwrap();
            let rel = rel_path(out, &file);
            found.insert(rel.trim_end_matches("/index.html").to_string());
        }
    }
    found
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The pages of a feed's entries, under public/.
fn feed_items(out: &Path, feed: &str) -> BTreeSet<String> {
    let xml = fs::read_to_string(out.join(feed)).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed feed");
    let atom = "http://www.w3.org/2005/Atom";
    let dir = Path::new(feed).parent().unwrap();
    doc.root_element()
        .children()
        .filter(|n| n.has_tag_name((atom, "entry")))
        .map(|e| {
            let link = e
                .children()
                .find(|c| c.has_tag_name((atom, "link")))
                .and_then(|l| l.attribute("href"))
                .unwrap();
            let file = out.join(dir).join(link);
            assert!(file.is_file(), "{feed}: {link} leads nowhere");
            let file = file.canonicalize().unwrap();
            let rel = rel_path(&out.canonicalize().unwrap(), &file);
            rel.trim_end_matches("/index.html").to_string()
        })
        .collect()
}

#[test]
fn each_unit_board_holds_exactly_its_own_items() {
    let site = federation();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");

    // Homes: open items, and every item a unit board posted.
    assert_eq!(
        linked_items(&out, "index.html", ".open-now"),
        set(&["mine-notice"])
    );
    assert_eq!(
        linked_items(&out, "tf/index.html", ".open-now"),
        set(&["tf/notice", "tf/finance-q1"])
    );
    assert_eq!(
        linked_items(&out, "tf/index.html", ".unit-all"),
        set(&["tf/notice", "tf/finance-q1", "tf/old"])
    );
    assert_eq!(
        linked_items(&out, "tf/yiban/index.html", ".unit-all"),
        set(&["tf/yiban/notice"])
    );
    assert_eq!(
        linked_items(&out, "jd/index.html", ".open-now"),
        set(&["jd/notice"])
    );

    // Print runs: the open notices of the unit only.
    let sheets =
        |page: &str| -> BTreeSet<String> { linked_items(&out, page, "article.sheet .print-tools") };
    assert_eq!(sheets("board/index.html"), set(&["mine-notice"]));
    assert_eq!(
        sheets("tf/board/index.html"),
        set(&["tf/notice", "tf/finance-q1"])
    );
    assert_eq!(
        sheets("tf/yiban/board/index.html"),
        set(&["tf/yiban/notice"])
    );
    assert_eq!(sheets("jd/board/index.html"), set(&["jd/notice"]));

    // Feeds: a unit's own items; the site's feed every item.
    assert_eq!(
        feed_items(&out, "tf/feed.xml"),
        set(&["tf/notice", "tf/finance-q1", "tf/old"])
    );
    assert_eq!(
        feed_items(&out, "tf/yiban/feed.xml"),
        set(&["tf/yiban/notice"])
    );
    assert_eq!(feed_items(&out, "feed.xml").len(), 6);

    // A unit's pages wear its name and link its own board, feed and search scope.
    let tf = parse_html(&out.join("tf/index.html"));
    assert_eq!(text(one(&tf, ".masthead .unit")), "通风队工会");
    assert_eq!(
        text(one(&tf, ".masthead .board-title")),
        "通风队 队务公开栏"
    );
    let menu_board = one(&tf, ".nav-board a").value().attr("href").unwrap();
    assert_eq!(
        resolve_relative(&out, "tf/index.html", menu_board),
        Some(out.join("tf/board/index.html"))
    );
    let search = tf
        .select(&sel(".nav a"))
        .filter_map(|a| a.value().attr("href"))
        .find(|h| h.contains("search/"))
        .unwrap();
    assert!(search.ends_with("?unit=tf"), "{search}");
    let feed = one(&tf, "link[rel=alternate]")
        .value()
        .attr("href")
        .unwrap();
    assert_eq!(
        resolve_relative(&out, "tf/index.html", feed),
        Some(out.join("tf/feed.xml"))
    );
    // 通风队's home lists 一班 in its table of units; the site's lists all three.
    let rows = |page: &str| -> Vec<String> {
        let doc = parse_html(&out.join(page));
        doc.select(&sel(".units-table tbody th"))
            .map(text)
            .collect()
    };
    assert_eq!(rows("tf/index.html"), ["一班 班务公开栏"]);
    assert_eq!(
        rows("index.html"),
        ["机电队 队务公开栏", "通风队 队务公开栏", "一班 班务公开栏"]
    );
}

#[test]
fn the_search_scope_of_each_item_is_its_unit() {
    let site = federation();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let manifest = fs::read_to_string(out.join("search/index.js")).unwrap();
    let json = manifest
        .trim()
        .trim_start_matches("window.GONGKAI_SEARCH = ")
        .trim_end_matches(';');
    let index: serde_json::Value = serde_json::from_str(json).unwrap();
    let units: Vec<&str> = index["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["u"].as_str().unwrap())
        .collect();
    assert_eq!(units, [".", "jd", "tf", "tf/yiban"]);
    let scope: Vec<usize> = index["scope"]
        .as_str()
        .unwrap()
        .split(',')
        .map(|s| s.parse().unwrap())
        .collect();
    // The result rows, by item number: [title, href, ...].
    let chunk = fs::read_to_string(out.join("search/d/0.js")).unwrap();
    let rows = chunk
        .trim()
        .trim_start_matches("gongkaiDocs(0,")
        .trim_end_matches(");");
    let rows: Vec<serde_json::Value> = serde_json::from_str(rows).unwrap();
    assert_eq!(rows.len(), scope.len());
    for (row, scope) in rows.iter().zip(scope) {
        let href = row[1].as_str().unwrap();
        let folder = href.rsplit_once('/').map_or("", |(f, _)| f);
        let folder = folder.rsplit_once('/').map_or("", |(f, _)| f);
        let want = match folder {
            "" => ".",
            f => f,
        };
        assert_eq!(units[scope], want, "{href}");
    }
    // The search page offers the filter, every unit by its title.
    let page = parse_html(&out.join("search/index.html"));
    let options: Vec<String> = page
        .select(&sel("select#unit option"))
        .map(|o| o.value().attr("value").unwrap().to_string())
        .collect();
    assert_eq!(options, ["", ".", "jd", "tf", "tf/yiban"]);
}

#[test]
fn a_notice_prints_its_units_contact_and_signing_roles() {
    let site = federation();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let printed = |page: &str| -> (String, Vec<String>) {
        let doc = parse_html(&out.join(page));
        let contact = text(one(&doc, ".notice-contact"));
        let roles = doc.select(&sel(".signatures .role")).map(text).collect();
        (contact, roles)
    };
    // The unit's own.
    let (contact, roles) = printed("tf/finance-q1/index.html");
    assert!(contact.contains("通风队工会办公室") && contact.contains("0537-2000000"));
    assert_eq!(roles, ["队工会主席", "队经审员"]);
    // Inherited from the nearest unit that gives them.
    let (contact, roles) = printed("tf/yiban/notice/index.html");
    assert!(contact.contains("通风队工会办公室"), "{contact}");
    assert_eq!(roles, ["队工会主席"]);
    // A unit that gives none: site.yaml's.
    let (contact, roles) = printed("jd/notice/index.html");
    assert!(contact.contains("矿工会办公室") && contact.contains("0537-1000000"));
    assert_eq!(roles, ["矿工会主席"]);
    // The issuing body is the unit's.
    let doc = parse_html(&out.join("tf/yiban/notice/index.html"));
    assert_eq!(
        text(one(&doc, ".notice-foot .issuer")),
        "通风队一班工会小组"
    );
}

#[test]
fn the_table_of_units_shows_overdue_finance_and_check_warns_at_the_unit() {
    let site = federation();
    let root = site.path();
    // 通风队 reports quarterly from 2025-Q3 but skipped 2025-Q4.
    write(
        root,
        "content/tf/finance-2025-q3.yaml",
        finance(
            "通风队2025年三季度经费",
            "2025-10-10",
            "2025-Q3",
            "2025-07-05",
        ),
    );
    edit(root, "content/tf/_section.yaml", "since: 2026-01-01\n", "");
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    let doc = parse_html(&out.join("index.html"));
    let row = doc
        .select(&sel(".units-table tbody tr"))
        .find(|r| text(*r).contains("通风队 队务公开栏"))
        .unwrap();
    let overdue = text(one_in(row, ".overdue"));
    assert_eq!(overdue, "2025年第四季度");

    let checked = run(&mut check_cmd(root, &["--message-format", "json"]));
    checked.expect_code(0);
    let found = json_lines(&checked.stdout);
    let overdue: Vec<String> = found
        .iter()
        .filter(|d| d["code"] == "finance-overdue")
        .map(|d| format!("{} {}", place(d), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        overdue,
        [
            "content/tf/_section.yaml:2:7 通风队工会 还没有公开 2025年第四季度 的经费收支（期间结束已超过 30 天）"
        ]
    );
    assert!(found.iter().all(|d| d["severity"] == "warning"));
}

#[test]
fn check_warns_of_duplicate_titles_and_posting_outside_a_units_existence() {
    let site = federation();
    let root = site.path();
    // The same title for the same period twice in 通风队.
    write(
        root,
        "content/tf/finance-q1-again.yaml",
        finance("通风队一季度经费", "2026-04-05", "2026-Q1", "2026-01-06"),
    );
    // A report of 通风队 for 2025, before it existed (since: 2026-01-01).
    write(
        root,
        "content/tf/finance-2025.yaml",
        finance("通风队2025年经费", "2025-10-10", "2025-Q3", "2025-07-05"),
    );
    let checked = run(&mut check_cmd(root, &["--message-format", "json"]));
    checked.expect_code(0);
    let found = json_lines(&checked.stdout);
    let at = |code: &str| -> Vec<String> {
        found
            .iter()
            .filter(|d| d["code"] == code)
            .map(place)
            .collect()
    };
    assert_eq!(
        at("duplicate-title"),
        ["content/tf/finance-q1-again.yaml:2:8"]
    );
    assert_eq!(
        at("outside-unit-lifetime"),
        ["content/tf/finance-2025.yaml:4:9"]
    );
}

/// The text of `page` printed to PDF by Chromium, without whitespace (`pdftotext` splits
/// CJK text at will).
fn printed_text(browser: &Path, page: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("out.pdf");
    let status = std::process::Command::new(browser)
        .args(CHROMIUM_FLAGS)
        .arg("--no-pdf-header-footer")
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(
        status.success() && pdf.is_file(),
        "no PDF of {}",
        page.display()
    );
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn printed_notices_carry_their_units_settings() {
    let Some(browser) = browser_for(
        "printed_notices_carry_their_units_settings",
        BrowserUse::Print,
    ) else {
        return;
    };
    let site = federation();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    // 一班 inherits 通风队's contact and roles; 机电队 has the site's.
    let yiban = printed_text(&browser, &out.join("tf/yiban/board/index.html"));
    for want in [
        "通风队一班工会小组",
        "通风队工会办公室",
        "0537-2000000",
        "队工会主席",
    ] {
        assert!(yiban.contains(want), "{want} not in:\n{yiban}");
    }
    assert!(!yiban.contains("矿工会办公室"), "{yiban}");
    let jd = printed_text(&browser, &out.join("jd/notice/index.html"));
    for want in ["机电队工会", "矿工会办公室", "0537-1000000", "矿工会主席"] {
        assert!(jd.contains(want), "{want} not in:\n{jd}");
    }
    let tf = printed_text(&browser, &out.join("tf/finance-q1/index.html"));
    for want in ["队工会主席", "队经审员", "通风队工会办公室"] {
        assert!(tf.contains(want), "{want} not in:\n{tf}");
    }
    assert!(!tf.contains("矿财务"), "{tf}");
}

/// The preview's files after a rebuild told of `changed`.
fn preview(engine: &mut Incremental, changed: Option<&[&str]>) -> BTreeMap<String, Arc<[u8]>> {
    let changed: Option<Vec<String>> = changed.map(|c| c.iter().map(|s| s.to_string()).collect());
    let rebuilt = engine.rebuild(changed.as_deref()).expect("rebuild");
    rebuilt.result.output.expect("a good build").files
}

/// Asserts the preview's files are a full build's.
fn same_as_full_build(root: &Path, files: &BTreeMap<String, Arc<[u8]>>) {
    let full = build::run(root, &build_options(), Mode::Render, &|_| {})
        .expect("full build")
        .output
        .expect("a good build")
        .files;
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in files {
        assert!(**bytes == *full[path], "{path} differs from a full build");
    }
}

#[test]
fn the_preview_rebuilds_a_units_board_when_its_section_changes() {
    let site = federation();
    let root = site.path();
    let mut engine = Incremental::new(root, &build_options());
    let start = preview(&mut engine, None);
    let rel = "content/tf/_section.yaml";
    // The unit's contact: its notices and print run, nobody else's.
    edit(root, rel, "通风队工会办公室", "通风队工会值班室");
    let contact = preview(&mut engine, Some(&[rel]));
    same_as_full_build(root, &contact);
    let changed = |a: &BTreeMap<String, Arc<[u8]>>, b: &BTreeMap<String, Arc<[u8]>>, path: &str| {
        a[path] != b[path]
    };
    for path in [
        "tf/board/index.html",
        "tf/finance-q1/index.html",
        "tf/yiban/notice/index.html",
    ] {
        assert!(changed(&start, &contact, path), "{path} was not made again");
    }
    for path in [
        "jd/board/index.html",
        "board/index.html",
        "jd/notice/index.html",
    ] {
        assert!(!changed(&start, &contact, path), "{path} changed");
    }
    let board = String::from_utf8_lossy(&contact["tf/board/index.html"]).into_owned();
    assert!(board.contains("通风队工会值班室"));
    // The board's title: its home, feed and the site's table of units.
    edit(
        root,
        rel,
        "title: 通风队 队务公开栏",
        "title: 通风队 公开栏",
    );
    let titled = preview(&mut engine, Some(&[rel]));
    same_as_full_build(root, &titled);
    for path in ["tf/index.html", "tf/feed.xml", "index.html"] {
        assert!(
            changed(&contact, &titled, path),
            "{path} was not made again"
        );
    }
    // No longer a board: its folder is a plain list again, and its items the site's.
    edit(root, rel, "board: true\n", "");
    let plain = preview(&mut engine, Some(&[rel]));
    same_as_full_build(root, &plain);
    assert!(!plain.contains_key("tf/board/index.html"));
    assert!(!plain.contains_key("tf/feed.xml"));
}

#[test]
fn content_may_not_take_a_units_print_run() {
    let site = federation();
    let root = site.path();
    write(
        root,
        "content/tf/Board.md",
        notice("占了打印页", "2026-04-01"),
    );
    let checked = run(&mut check_cmd(root, &["--message-format", "json"]));
    checked.expect_code(1);
    let errors: Vec<String> = json_lines(&checked.stdout)
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| format!("{} {}", place(d), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("content/tf/Board.md:-:- ") && errors[0].contains("`board`"),
        "{errors:?}"
    );
}

#[test]
fn the_record_of_corrections_shows_what_a_finance_correction_changed() {
    let site = federation();
    let root = site.path();
    // One line changed (50.00 -> 60.00) and one added (an expense of 10.00).
    write(
        root,
        "content/tf/finance-q1-fix.yaml",
        "kind: finance\ntitle: 通风队一季度经费（更正）\npublished: 2026-04-05\nperiod: 2026-Q1\n\
         corrects: tf/finance-q1.yaml\nopening_balance: \"100.00\"\n\
         income:\n  - {date: 2026-01-05, category: 会费收入, amount: \"60.00\"}\n\
         expenses:\n  - {date: 2026-02-01, category: 职工活动支出, amount: \"10.00\", voucher: 记-1}\n\
         closing_balance: \"150.00\"\n",
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    let doc = parse_html(&out.join("corrections/index.html"));
    let correction = one(&doc, "section.correction");
    let link = |css: &str| {
        let href = one_in(correction, css).value().attr("href").unwrap();
        let file = resolve_relative(&out, "corrections/index.html", href).unwrap();
        rel_path(&out, &file)
    };
    assert_eq!(link("a.corrected"), "tf/finance-q1/index.html");
    assert_eq!(link("a.correcting"), "tf/finance-q1-fix/index.html");
    let rows: Vec<(String, Vec<String>)> = correction
        .select(&sel("tbody tr"))
        .map(|tr| {
            let class = tr.value().attr("class").unwrap().to_string();
            (class, tr.select(&sel("th, td")).map(text).collect())
        })
        .collect();
    let row = |class: &str| -> Vec<Vec<String>> {
        rows.iter()
            .filter(|(c, _)| c.split(' ').any(|c| c == class))
            .map(|(_, cells)| cells.clone())
            .collect()
    };
    // The figures: income 50 -> 60, expenses 0 -> 10; the closing balance is the same.
    let figures = row("diff-figure");
    assert_eq!(
        figures,
        [
            vec!["本期收入", "¥50.00", "¥60.00"],
            vec!["本期支出", "¥0.00", "¥10.00"]
        ]
    );
    let changed: Vec<Vec<String>> = row("diff-changed")
        .into_iter()
        .filter(|r| r[0].starts_with("修改 · "))
        .collect();
    assert_eq!(
        changed,
        [vec![
            "修改 · 收入",
            "2026-01-05 会费收入 ¥50.00",
            "2026-01-05 会费收入 ¥60.00"
        ]]
    );
    assert_eq!(
        row("diff-added"),
        [vec![
            "新增 · 支出",
            "",
            "2026-02-01 职工活动支出 ¥10.00 记-1"
        ]]
    );
    // Both versions stay online, and the corrected one links the record.
    let old = parse_html(&out.join("tf/finance-q1/index.html"));
    assert!(!text(one(&old, ".banner-corrected")).is_empty());
    let record = one(&old, "a.record-link").value().attr("href").unwrap();
    assert_eq!(
        resolve_relative(&out, "tf/finance-q1/index.html", record),
        Some(out.join("corrections/index.html"))
    );
    assert!(out.join("tf/finance-q1-fix/index.html").is_file());
}

#[test]
fn the_corrected_page_shows_what_its_correction_changed() {
    let site = federation();
    let root = site.path();
    // One line changed (50.00 -> 60.00) and one added (an expense of 10.00).
    write(
        root,
        "content/tf/finance-q1-fix.yaml",
        "kind: finance\ntitle: 通风队一季度经费（更正）\npublished: 2026-04-05\nperiod: 2026-Q1\n\
         corrects: tf/finance-q1.yaml\nopening_balance: \"100.00\"\n\
         income:\n  - {date: 2026-01-05, category: 会费收入, amount: \"60.00\"}\n\
         expenses:\n  - {date: 2026-02-01, category: 职工活动支出, amount: \"10.00\", voucher: 记-1}\n\
         closing_balance: \"150.00\"\n",
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    let page = "tf/finance-q1/index.html";
    let doc = parse_html(&out.join(page));
    let diff = one(&doc, "section.correction-diff");
    // The heading links the correction.
    let href = one_in(diff, "h2 a").value().attr("href").unwrap();
    assert_eq!(
        resolve_relative(&out, page, href),
        Some(out.join("tf/finance-q1-fix/index.html"))
    );
    let rows: Vec<(String, Vec<String>)> = diff
        .select(&sel("tbody tr"))
        .map(|tr| {
            let class = tr.value().attr("class").unwrap().to_string();
            (class, tr.select(&sel("th, td")).map(text).collect())
        })
        .collect();
    let classes =
        |r: &(String, Vec<String>)| r.0.split(' ').map(str::to_string).collect::<Vec<_>>();
    let figures: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| classes(r).contains(&"diff-figure".to_string()))
        .map(|r| &r.1)
        .collect();
    assert_eq!(
        figures,
        [
            &vec!["本期收入", "¥50.00", "¥60.00"],
            &vec!["本期支出", "¥0.00", "¥10.00"]
        ]
    );
    let lines: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| classes(r).contains(&"diff-row".to_string()))
        .map(|r| &r.1)
        .collect();
    assert_eq!(
        lines,
        [
            &vec![
                "修改 · 收入",
                "2026-01-05 会费收入 ¥50.00",
                "2026-01-05 会费收入 ¥60.00"
            ],
            &vec!["新增 · 支出", "", "2026-02-01 职工活动支出 ¥10.00 记-1"],
        ]
    );
    // The correction's own page has no difference table: it is the new version.
    let fix = parse_html(&out.join("tf/finance-q1-fix/index.html"));
    assert!(fix.select(&sel("section.correction-diff")).next().is_none());
}

#[test]
fn unit_warnings_name_periods_in_the_sites_language() {
    let site = federation();
    let root = site.path();
    // 2025-Q4 overdue at 通风队, and one title twice for 2026-Q1.
    write(
        root,
        "content/tf/finance-2025-q3.yaml",
        finance(
            "通风队2025年三季度经费",
            "2025-10-10",
            "2025-Q3",
            "2025-07-05",
        ),
    );
    edit(root, "content/tf/_section.yaml", "since: 2026-01-01\n", "");
    write(
        root,
        "content/tf/finance-q1-again.yaml",
        finance("通风队一季度经费", "2026-04-05", "2026-Q1", "2026-01-06"),
    );
    let site_yaml = fs::read_to_string(root.join("site.yaml")).unwrap();
    let said = |language: &str, code: &str| -> String {
        write(
            root,
            "site.yaml",
            format!("{site_yaml}language: {language}\n"),
        );
        let checked = run(&mut check_cmd(root, &["--message-format", "json"]));
        checked.expect_code(0);
        let found = json_lines(&checked.stdout);
        let d = found.iter().find(|d| d["code"] == code).unwrap();
        d["message"].as_str().unwrap().to_string()
    };
    let overdue = said("en", "finance-overdue");
    assert!(overdue.contains(" for Q4 2025 ("), "{overdue}");
    let twice = said("en", "duplicate-title");
    assert!(twice.contains(" for Q1 2026 twice"), "{twice}");
    assert!(!overdue.contains("2025年"), "{overdue}");
    let overdue = said("zh-Hant", "finance-overdue");
    assert!(
        overdue.contains("還沒有公開 2025年第四季度 的經費收支"),
        "{overdue}"
    );
    let twice = said("zh-Hans", "duplicate-title");
    assert!(twice.contains(" 在 2026年第一季度 有两项"), "{twice}");
}
