//! Printed notices (issue 7): item pages and the board page print as official notices.
//!
//! The browser tests print real pages to PDF with headless Chromium and read them back
//! with poppler's `pdftotext` and `pdfinfo`: what a clerk gets from the printer, not what
//! the HTML hopes for. Without Chromium, a CJK font or poppler they fail, saying what to
//! install (`.ci/run` installs them), unless `GONGKAI_SKIP_BROWSER_TESTS` is set. The
//! other tests check the HTML and the diagnostics and always run.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

// ---------------------------------------------------------------------------------
// Printing with Chromium and reading the PDF with poppler.
// ---------------------------------------------------------------------------------

/// Prints `page` to `pdf` as Chromium's print dialog would, without its own header and
/// footer (page numbers must come from our stylesheet).
fn print_to_pdf(browser: &Path, page: &Path, pdf: &Path) {
    assert!(page.is_file(), "no page {}", page.display());
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args(CHROMIUM_FLAGS)
        .arg("--no-pdf-header-footer")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    // A guard against a hung browser, not a timing assertion.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish printing {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        fs::metadata(pdf).is_ok_and(|m| m.len() > 0),
        "chromium wrote no PDF for {}",
        page.display()
    );
}

/// Output of a poppler tool.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) must be installed with chromium: {e}"));
    assert!(out.status.success(), "{tool} failed on {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of each printed page (`pdftotext -layout`, split on form feeds).
fn pages_text(pdf: &Path) -> Vec<String> {
    let text = poppler("pdftotext", &["-layout"], pdf);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// (width, height) in points of each page, from `pdfinfo`.
fn page_sizes(pdf: &Path, count: usize) -> Vec<(f64, f64)> {
    let info = poppler("pdfinfo", &["-f", "1", "-l", &count.to_string()], pdf);
    let sizes: Vec<(f64, f64)> = info
        .lines()
        .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
        .map(|l| {
            let rest = l.split(" size:").nth(1).unwrap();
            let mut numbers = rest
                .split_whitespace()
                .filter_map(|w| w.parse::<f64>().ok());
            (numbers.next().unwrap(), numbers.next().unwrap())
        })
        .collect();
    assert_eq!(sizes.len(), count, "pdfinfo sizes:\n{info}");
    sizes
}

/// A4 portrait, A3 landscape … from a size in points (1 mm = 72 / 25.4 pt), within 2 mm.
fn paper(size: (f64, f64)) -> String {
    let mm = |pt: f64| pt * 25.4 / 72.0;
    let (w, h) = (mm(size.0), mm(size.1));
    let near = |a: f64, b: f64| (a - b).abs() < 2.0;
    let name = if near(w.min(h), 210.0) && near(w.max(h), 297.0) {
        "A4"
    } else if near(w.min(h), 297.0) && near(w.max(h), 420.0) {
        "A3"
    } else {
        return format!("{w:.0}x{h:.0}mm");
    };
    format!("{name} {}", if w < h { "portrait" } else { "landscape" })
}

/// Text without any whitespace: `pdftotext` drops or adds spaces between CJK glyphs, so
/// "第 1 页 共 3 页" is compared as "第1页共3页".
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Panics unless every page of `pages` has its "第 i 页 共 n 页".
fn assert_page_numbers(pages: &[String]) {
    let n = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let want = format!("第{}页共{n}页", i + 1);
        assert!(
            squeeze(page).contains(&want),
            "page {} lacks {want}:\n{page}",
            i + 1
        );
    }
}

/// Words of the site's navigation and screen-only controls, none of which may print.
const SCREEN_ONLY: &[&str] = &[
    "跳到正文",
    "首页",
    "福利发放",
    "出勤公示",
    "通知公告",
    "打印本公示",
    "打印公开栏",
    "数据下载",
    "data.json",
    "按年份",
];

// ---------------------------------------------------------------------------------
// Sites.
// ---------------------------------------------------------------------------------

/// A copy of the sample site with `print_url` set, built; returns the site.
fn built_sample_with_print_url() -> TempDir {
    let site = sample_site();
    let yaml = site.path().join("site.yaml");
    let mut text = fs::read_to_string(&yaml).unwrap();
    text.push_str("print_url: https://intranet.example/board/\n");
    fs::write(&yaml, text).unwrap();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

/// A site whose welfare list has `rows` recipients of ¥100.00, each with a note long
/// enough to wrap, whose index is in the note's last words (so a row cut in two would
/// leave its index on the next page). Site-wide paper `paper`.
fn long_list_site(rows: usize, paper: &str) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "site.yaml",
        format!(
            "title: 测试公开栏\nunit: 测试矿业工会\nbase_url: \"\"\n\
             supervision: {{contact: 工会办公室, phone: \"0537-7654321\", email: jd@example.com}}\n\
             signatures: [工会主席, 经费审查委员会, 财务]\n\
             print: {{paper: {paper}}}\n"
        ),
    );
    let mut yaml = String::from(
        "kind: welfare\ntitle: 2026年春节慰问金发放名单\npublished: 2026-04-05\nprogram: 送温暖\nrecipients:\n",
    );
    let surnames = ["张", "李", "王", "赵", "刘", "陈", "杨", "黄"];
    for i in 1..=rows {
        let name = format!(
            "{}德{}",
            surnames[i % surnames.len()],
            ["营", "华", "明"][i % 3]
        );
        yaml.push_str(&format!(
            "  - {{name: {name}, team: 通风{}班, amount: \"100.00\", \
             goods: 米、面、油，节前由工会小组长送达本人家中并当面签收，慰问品已登记入册，编号尾{i:03}号}}\n",
            i % 4 + 1
        ));
    }
    write(dir.path(), "content/2026/welfare-long.yaml", yaml);
    dir
}

/// Runs `f` with the browser; fails when the printing tools are missing, returns after a
/// notice when the developer skips browser tests on purpose.
fn with_browser(test: &str, f: impl FnOnce(&Path)) {
    if let Some(browser) = browser_for(test, BrowserUse::Print) {
        f(&browser);
    }
}

/// The 核验码 as defined in the README, recomputed here from `data.json` with jq.
fn fingerprint_of_data_json(path: &Path) -> String {
    common::fingerprint_with_jq(path)
}

/// The text of the first element matching `css` on the page at `path`.
fn text_of(path: &Path, css: &str) -> Option<String> {
    let doc = parse_html(path);
    doc.select(&sel(css))
        .next()
        .map(|e| e.text().collect::<String>().trim().to_string())
}

// ---------------------------------------------------------------------------------
// Browser tests.
// ---------------------------------------------------------------------------------

#[test]
fn finance_page_prints_as_an_official_notice() {
    with_browser("finance_page_prints_as_an_official_notice", |browser| {
        let site = built_sample_with_print_url();
        let out = site.path().join("public");
        let html = out.join("2026/finance-q1/index.html");
        let pdf = site.path().join("finance.pdf");
        print_to_pdf(browser, &html, &pdf);
        let pages = pages_text(&pdf);
        assert!(!pages.is_empty());
        for size in page_sizes(&pdf, pages.len()) {
            assert_eq!(paper(size), "A4 portrait");
        }
        let all = squeeze(&pages.concat());
        let first = squeeze(&pages[0]);
        // The issuing body and the title open the first page, the body above the title.
        let unit_at = first.find("某某煤矿工会").expect("unit on page 1");
        let title_at = first
            .find("2026年第一季度工会经费收支情况")
            .expect("title on page 1");
        assert!(
            unit_at < title_at,
            "unit is not above the title:\n{}",
            pages[0]
        );
        for want in [
            // 公示期 and issue date, written as on official documents.
            "公示期：2026年4月5日至2026年4月12日",
            "发布日期：2026年4月5日",
            // Supervision contact.
            "矿工会办公室（综合楼203室）",
            "0537-1234567",
            "jiandu@example.com",
            // Totals with their 大写.
            "¥37,939.32",
            "大写：叁万柒仟玖佰叁拾玖元叁角贰分",
            "大写：贰万陆仟贰佰壹拾陆元整",
            "大写：伍万零叁佰柒拾伍元柒角贰分",
            // QR note and the printed address.
            "扫码查看网上公示",
            "https://intranet.example/board/2026/finance-q1/",
        ] {
            assert!(all.contains(want), "the printed notice lacks {want}");
        }
        assert_page_numbers(&pages);
        // The signing block ends the notice: every role on the last page.
        let last = squeeze(pages.last().unwrap());
        for role in ["工会主席", "经费审查委员会", "财务", "签字", "盖章"] {
            assert!(last.contains(role), "last page lacks {role}");
        }
        // The 核验码 on paper is the one on the screen page and the README's definition.
        let code = fingerprint_of_data_json(&out.join("2026/finance-q1/data.json"));
        assert_eq!(
            text_of(&html, ".meta .fingerprint code").as_deref(),
            Some(code.as_str())
        );
        assert!(
            all.contains(&format!("核验码{code}")),
            "no 核验码 {code} printed"
        );
        for word in SCREEN_ONLY {
            assert!(!all.contains(word), "screen-only text {word} was printed");
        }
    });
}

#[test]
fn a_long_list_repeats_its_header_and_keeps_rows_whole() {
    with_browser(
        "a_long_list_repeats_its_header_and_keeps_rows_whole",
        |browser| {
            let site = long_list_site(200, "A4");
            run(&mut build_cmd(site.path(), &[])).expect_code(0);
            let html = site.path().join("public/2026/welfare-long/index.html");
            let pdf = site.path().join("long.pdf");
            print_to_pdf(browser, &html, &pdf);
            let pages = pages_text(&pdf);
            assert!(pages.len() >= 3, "200 rows on {} pages", pages.len());
            assert_page_numbers(&pages);
            let mut seen = Vec::new();
            for (i, page) in pages.iter().enumerate() {
                let text = squeeze(page);
                // The header row is repeated at the top of every page the table is on.
                let has_rows = text.contains("编号尾");
                if has_rows {
                    assert!(
                        text.contains("序号姓名班组金额物品"),
                        "page {} has rows but no header row:\n{page}",
                        i + 1
                    );
                }
                // Every row on this page is whole: its first cell (序号) and the end of its
                // wrapped note are on the same page.
                for n in 1..=200 {
                    let tail = format!("编号尾{n:03}号");
                    let masked_row_start = page
                        .lines()
                        .any(|l| l.split_whitespace().next() == Some(n.to_string().as_str()));
                    let has_tail = text.contains(&tail);
                    if has_tail {
                        assert!(
                            masked_row_start,
                            "row {n} is split: its note ends on page {} but it starts elsewhere",
                            i + 1
                        );
                        seen.push(n);
                    }
                }
            }
            seen.sort_unstable();
            assert_eq!(
                seen,
                (1..=200).collect::<Vec<_>>(),
                "rows missing from print"
            );
            let all = squeeze(&pages.concat());
            assert!(all.contains("大写：贰万元整"), "total in words missing");
            let last = squeeze(pages.last().unwrap());
            for role in ["工会主席", "经费审查委员会", "财务"] {
                assert!(last.contains(role), "last page lacks {role}");
            }
            // Relative site and no print_url: no QR code, neither on paper nor in the page.
            assert!(!all.contains("扫码查看网上公示"));
            assert!(text_of(&html, ".print-qr").is_none());
            for word in SCREEN_ONLY {
                assert!(!all.contains(word), "screen-only text {word} was printed");
            }
        },
    );
}

#[test]
fn board_prints_each_open_item_on_its_own_paper() {
    with_browser("board_prints_each_open_item_on_its_own_paper", |browser| {
        // Site-wide A3; one notice asks for A4 landscape; one item's 公示期 is over.
        let site = long_list_site(12, "A3");
        write(
            site.path(),
            "content/notices/exam.md",
            "---\ntitle: 关于职工体检安排的通知\npublished: 2026-04-03\n\
             print: {paper: A4, orientation: landscape}\n---\n各班组：体检安排如下。\n",
        );
        write(
            site.path(),
            "content/notices/old.md",
            "---\ntitle: 关于春节放假的通知\npublished: 2026-01-10\n---\n放假安排。\n",
        );
        run(&mut build_cmd(site.path(), &[])).expect_code(0);
        let out = site.path().join("public");
        let pdf = site.path().join("board.pdf");
        print_to_pdf(browser, &out.join("board/index.html"), &pdf);
        let pages = pages_text(&pdf);
        let sizes = page_sizes(&pdf, pages.len());
        // Closing soonest first: the notice (to 2026-04-10), then the list (to 04-12).
        let notice_page = pages
            .iter()
            .position(|p| squeeze(p).contains("关于职工体检安排的通知"))
            .expect("the open notice is on the board");
        let list_page = pages
            .iter()
            .position(|p| squeeze(p).contains("2026年春节慰问金发放名单"))
            .expect("the open list is on the board");
        assert!(notice_page < list_page, "sheets out of order");
        assert_eq!(notice_page, 0, "the board starts with its first sheet");
        assert_eq!(paper(sizes[notice_page]), "A4 landscape");
        for size in &sizes[list_page..] {
            assert_eq!(paper(*size), "A3 portrait");
        }
        // One notice per sheet: the list does not start on the notice's page.
        assert!(!squeeze(&pages[notice_page]).contains("2026年春节慰问金发放名单"));
        for i in [notice_page, list_page] {
            assert!(
                squeeze(&pages[i]).contains("测试矿业工会"),
                "sheet on page {} lacks the unit",
                i + 1
            );
        }
        let all = squeeze(&pages.concat());
        assert!(
            !all.contains("关于春节放假的通知"),
            "a closed item was printed"
        );
        assert!(
            !all.contains("本页收录正在公示的全部事项"),
            "the screen intro was printed"
        );
        // Each sheet ends with its own signing block.
        assert_eq!(all.matches("经费审查委员会").count(), 2);
        // Each sheet is numbered on its own, from 第 1 页 (issue 14: the board used to
        // number the whole print job, so a notice read 第 7 页 共 10 页).
        let sheets = [(notice_page, list_page), (list_page, pages.len())];
        for (first, end) in sheets {
            for (k, page) in pages[first..end].iter().enumerate() {
                let number = page.lines().map(squeeze).rfind(|l| !l.is_empty());
                assert_eq!(
                    number,
                    Some(format!("第{}页", k + 1)),
                    "page {}",
                    first + k + 1
                );
            }
        }
        for word in SCREEN_ONLY {
            assert!(!all.contains(word), "screen-only text {word} was printed");
        }
    });
}

// ---------------------------------------------------------------------------------
// HTML and diagnostics (no browser needed).
// ---------------------------------------------------------------------------------

#[test]
fn item_pages_carry_print_settings_fingerprint_and_print_controls() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    // Attendance has a 9-column table: landscape without being asked.
    let doc = parse_html(&out.join("2026/attendance-03/index.html"));
    assert_eq!(doc.select(&sel("article.sheet-a4-landscape")).count(), 1);
    let doc = parse_html(&out.join("2026/finance-q1/index.html"));
    assert_eq!(doc.select(&sel("article.sheet-a4-portrait")).count(), 1);
    assert_eq!(
        doc.select(&sel(".print-tools button[onclick]")).count(),
        1,
        "no print button"
    );
    // base_url "" and no print_url: no QR code.
    assert_eq!(doc.select(&sel(".print-qr")).count(), 0);
    // Signing roles from site.yaml, each with two blank lines.
    let roles: Vec<String> = doc
        .select(&sel(".signatures .role"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(roles, ["工会主席", "经费审查委员会", "财务"]);
    assert_eq!(doc.select(&sel(".signatures .blank")).count(), 6);
    // A notice's 核验码 is that of its file.
    let text = fs::read(manifest_dir().join("content/notices/2026-04-physical-exam.md")).unwrap();
    let code: String = Sha256::digest(&text)
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        text_of(
            &out.join("notices/2026-04-physical-exam/index.html"),
            ".meta .fingerprint code"
        )
        .as_deref(),
        Some(code.as_str())
    );
    // The board is linked from every page's menu.
    let home = parse_html(&out.join("index.html"));
    let board = home
        .select(&sel(".nav .nav-board a"))
        .next()
        .expect("board link in the menu");
    assert_eq!(board.value().attr("href"), Some("board/index.html"));
}

#[test]
fn fingerprint_survives_the_end_of_the_disclosure_period() {
    let site = sample_site();
    let code_on = |today: &str| {
        let out = site.path().join(format!("public-{today}"));
        run(gongkai()
            .arg("build")
            .arg("--root")
            .arg(site.path())
            .args(["--today", today, "--output"])
            .arg(&out))
        .expect_code(0);
        let page = out.join("2026/finance-q1/index.html");
        let status = text_of(&page, ".item-head .badge").unwrap();
        (text_of(&page, ".meta .fingerprint code").unwrap(), status)
    };
    let (open, open_status) = code_on("2026-04-06");
    let (closed, closed_status) = code_on("2026-05-30");
    assert_ne!(open_status, closed_status, "the status should have changed");
    assert_eq!(open, closed, "the 核验码 followed the build date");
    assert_eq!(open.len(), 8);
    assert!(open.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn qr_code_points_at_the_absolute_address() {
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nbase_url: https://gh.example/gk\n",
    );
    write(
        site.path(),
        "content/通知/体检.md",
        "---\ntitle: 体检通知\npublished: 2026-04-05\n---\n正文。\n",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let page = site.path().join("public/通知/体检/index.html");
    let doc = parse_html(&page);
    let svg = doc
        .select(&sel(".print-qr svg"))
        .next()
        .expect("a QR code with an absolute base_url");
    let label = svg.value().attr("aria-label").unwrap();
    assert!(
        label.ends_with("https://gh.example/gk/%E9%80%9A%E7%9F%A5/%E4%BD%93%E6%A3%80/"),
        "{label}"
    );
    // The SVG is inline, well-formed and has the dark-module path.
    let markup = svg.html();
    let parsed = roxmltree::Document::parse(&markup).expect("well-formed SVG");
    assert!(parsed.descendants().any(|n| n.has_tag_name("path")));
    // The board lists it (open on TODAY) with the same code.
    let board = parse_html(&site.path().join("public/board/index.html"));
    assert_eq!(board.select(&sel("article.sheet .print-qr svg")).count(), 1);
}

#[test]
fn print_settings_mistakes_are_located() {
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nprint_url: intranet/board\n",
    );
    write(
        site.path(),
        "content/a.md",
        "---\ntitle: 通知\npublished: 2026-04-05\nprint: {paper: B5, size: big}\n---\n正文\n",
    );
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    assert_diagnostics(
        &diags,
        &[
            (
                "warning",
                "site.yaml:3:12",
                &["print_url", "intranet/board"],
            ),
            ("error", "content/a.md:4:16", &["B5", "paper"]),
            ("error", "content/a.md:4:20", &["size"]),
        ],
    );
}

#[test]
fn board_without_open_items_says_so() {
    let site = minimal_site();
    write(
        site.path(),
        "content/old.md",
        "---\ntitle: 旧通知\npublished: 2026-01-05\n---\n正文\n",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let board = parse_html(&site.path().join("public/board/index.html"));
    assert_eq!(board.select(&sel("article.sheet")).count(), 0);
    assert_eq!(board.select(&sel("main .empty")).count(), 1);
}
