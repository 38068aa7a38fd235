//! The board on paper (issue 14): every item page of the sample and `/board/`, printed
//! to PDF by headless Chromium on A4 and A3, portrait and landscape, and read back with
//! poppler (`pdftotext`), as a clerk gets them from the printer.
//!
//! On every printed page: the seal block (issuing body, date, seal, signing lines) is
//! whole, on one page, with content of the notice above it; no page holds only the
//! signing block, or only a table's head and its totals row; no page but a notice's last
//! is left a third empty (a chart or a short table pushed over though it fit); every
//! page is numbered within its own notice. And in the page as laid out for print, the issuing body fits
//! inside the seal.

mod common;

use std::collections::VecDeque;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;

use common::devtools::Chromium;
use common::*;
use scraper::Html;

/// Site-wide paper settings printed.
const PAPERS: [(&str, &str); 4] = [
    ("A4", "portrait"),
    ("A4", "landscape"),
    ("A3", "portrait"),
    ("A3", "landscape"),
];

/// Tabs printing at once.
const TABS: usize = 2;

/// In the page laid out for print: the issuing body and the date inside the seal's
/// circle, and the circle inside its block (so it cannot reach over a page end alone).
const SEAL_FITS: &str = r#"
(() => {
  const problems = [];
  for (const block of document.querySelectorAll('.issued-by')) {
    const seal = block.querySelector('.seal');
    if (!seal) { problems.push('no seal'); continue; }
    const c = seal.getBoundingClientRect();
    const [cx, cy, r] = [c.left + c.width / 2, c.top + c.height / 2, Math.min(c.width, c.height) / 2];
    for (const el of block.querySelectorAll('.issuer, .issued')) {
      const range = document.createRange();
      range.selectNodeContents(el);
      for (const q of range.getClientRects()) {
        if (!q.width) continue;
        const corners = [[q.left, q.top], [q.right, q.top], [q.left, q.bottom], [q.right, q.bottom]];
        if (corners.some(([x, y]) => Math.hypot(x - cx, y - cy) > r + 0.5)) {
          problems.push(`"${el.textContent.trim()}" reaches out of the seal`);
          break;
        }
      }
    }
    const b = block.getBoundingClientRect();
    if (c.top < b.top - 0.5 || c.bottom > b.bottom + 0.5) problems.push('the seal reaches out of its block');
  }
  return problems;
})()
"#;

/// What the test knows of one notice (sheet) from its HTML.
struct Sheet {
    issuer: String,
    date: String,
    seal: String,
    roles: Vec<String>,
    /// Every text of its foot (signing lines, contact, 核验码), squeezed.
    foot: Vec<String>,
    /// Its tables with a totals row: (header labels, squeezed totals row).
    totals: Vec<(Vec<String>, String)>,
}

/// A printed document: which build, which page, its notices, its pages' text and how far
/// down each page its text reaches (0..1).
struct Printed {
    name: String,
    /// The board page (every open notice), not an item's own page.
    board: bool,
    sheets: Vec<Sheet>,
    pages: Vec<String>,
    fill: Vec<f64>,
}

/// Text without any whitespace: `pdftotext` drops or adds spaces between CJK glyphs.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn texts_of(el: scraper::ElementRef, css: &str) -> Vec<String> {
    el.select(&sel(css))
        .map(|e| squeeze(&e.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The notices of a page, from its HTML.
fn sheets_of(doc: &Html) -> Vec<Sheet> {
    doc.select(&sel("article.sheet"))
        .map(|article| {
            let first = |css: &str| {
                texts_of(article, css)
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            };
            let foot: Vec<String> = article
                .select(&sel(".notice-foot"))
                .flat_map(|f| f.text().map(squeeze).collect::<Vec<_>>())
                .filter(|t| !t.is_empty())
                .collect();
            let totals = article
                .select(&sel("table"))
                .filter_map(|t| {
                    let footer = t.select(&sel("tfoot tr")).next()?;
                    Some((texts_of(t, "thead th"), squeeze(&text(footer))))
                })
                .collect();
            Sheet {
                issuer: first(".issued-by .issuer"),
                date: first(".issued-by .issued"),
                seal: first(".issued-by .seal"),
                roles: texts_of(article, ".signatures .role"),
                foot,
                totals,
            }
        })
        .collect()
}

/// True when `line` (squeezed) is made of pieces of `tokens` only: whole tokens, or
/// parts of at least two characters of one (a token wrapped over two lines, or set beside
/// another column's text by `pdftotext -layout`).
fn made_of(line: &str, tokens: &[String]) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let longest = (i + 1..=chars.len())
            .rev()
            .find(|&end| {
                let piece: String = chars[i..end].iter().collect();
                tokens.iter().any(|t| t.contains(&piece))
                    && (end - i >= 2 || tokens.contains(&piece))
            })
            .unwrap_or(i);
        if longest == i {
            return false;
        }
        i = longest;
    }
    true
}

/// The lines of a printed page, squeezed, without the page number (第 x 页 …).
fn lines(page: &str) -> Vec<String> {
    page.lines()
        .map(squeeze)
        .filter(|l| !(l.is_empty() || l.starts_with('第') && l.contains('页')))
        .collect()
}

/// The page number printed at the foot of a page (its last line), squeezed.
fn lines_with_number(page: &str) -> String {
    page.lines()
        .map(squeeze)
        .rfind(|l| !l.is_empty())
        .unwrap_or_default()
}

/// Every problem of one printed document.
fn problems(p: &Printed) -> Vec<String> {
    let mut found = Vec::new();
    let mut say =
        |page: usize, what: String| found.push(format!("{} page {}: {what}", p.name, page + 1));
    // Where each notice ends: the page with its seal.
    let seal = p.sheets.first().map(|s| s.seal.clone()).unwrap_or_default();
    let ends: Vec<usize> = (0..p.pages.len())
        .filter(|&i| squeeze(&p.pages[i]).contains(&seal))
        .collect();
    if ends.len() != p.sheets.len() {
        say(
            0,
            format!("{} seals for {} notices", ends.len(), p.sheets.len()),
        );
        return found;
    }
    let mut start = 0;
    for (sheet, &end) in p.sheets.iter().zip(&ends) {
        let pages = start..=end;
        // The seal block is whole on its page, with the notice's content above it.
        let last = squeeze(&p.pages[end]);
        for want in sheet.roles.iter().chain([&sheet.date]) {
            if !last.contains(want.as_str()) {
                say(end, format!("{want} is not on the page with the seal"));
            }
        }
        if !sheet.issuer.chars().all(|c| last.contains(c)) {
            say(
                end,
                format!(
                    "the issuer {} is not on the page with the seal",
                    sheet.issuer
                ),
            );
        }
        for i in pages.clone().filter(|&i| i != end) {
            let text = squeeze(&p.pages[i]);
            if sheet
                .roles
                .iter()
                .any(|r| text.contains(&format!("{r}签字")))
            {
                say(i, "signing lines away from the seal".into());
            }
        }
        for i in pages.clone() {
            let page_lines = lines(&p.pages[i]);
            if page_lines.iter().all(|l| made_of(l, &sheet.foot)) {
                say(i, format!("only the signing block: {page_lines:?}"));
            }
            // A table's totals row needs a row of the table above it on its page.
            for (header, footer) in &sheet.totals {
                let Some(at) = page_lines.iter().position(|l| l.contains(footer.as_str())) else {
                    continue;
                };
                if page_lines[..at].iter().all(|l| made_of(l, header)) {
                    say(i, format!("only a table's head and its totals {footer}"));
                }
            }
            // On the board each notice is numbered on its own, from 第 1 页.
            if p.board {
                let want = format!("第{}页", i - start + 1);
                let number = lines_with_number(&p.pages[i]);
                if number != want {
                    say(i, format!("numbered {number:?}, not {want}"));
                }
            }
            // A page before the notice's last is not left a third empty (a chart or a
            // short table pushed over though it fit; an end of notice that went ahead
            // of its last lines).
            if i != end && p.fill[i] < 2.0 / 3.0 {
                say(
                    i,
                    format!("only {:.0}% of the page is used", p.fill[i] * 100.0),
                );
            }
        }
        start = end + 1;
    }
    // An item's own page is one notice: 第 i 页 共 n 页 over the whole document.
    if !p.board {
        let n = p.pages.len();
        for (i, page) in p.pages.iter().enumerate() {
            let want = format!("第{}页共{n}页", i + 1);
            if !squeeze(page).contains(&want) {
                found.push(format!("{} page {}: no {want}", p.name, i + 1));
            }
        }
    }
    found
}

/// How far down each page of `pdf` its text reaches, as a share of the page's height
/// (without the page number in the bottom margin).
fn fills(pdf: &Path) -> Vec<f64> {
    let out = Command::new("pdftotext")
        .args(["-bbox"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let html = String::from_utf8_lossy(&out.stdout);
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).map(|i| i + name.len() + 2);
        at.and_then(|i| tag[i..].split('"').next()?.parse().ok())
            .unwrap_or(0.0)
    };
    let mut fills = Vec::new();
    for page in html.split("<page ").skip(1) {
        let height = attr(page, "height");
        let bottom = page
            .split("<word ")
            .skip(1)
            .map(|w| attr(w, "yMax"))
            .filter(|y| *y < height * 0.94)
            .fold(0.0, f64::max);
        fills.push(bottom / height);
    }
    fills
}

/// The text of each page of `pdf` (`pdftotext -layout`, split on form feeds).
fn pages_text(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// An issuing body far longer than the sample's longest (某某煤矿第五届职工代表大会主席团).
const LONG_UNIT: &str = "某某煤矿通风队工会委员会暨第五届职工代表大会提案审查工作委员会办公室";

/// The sample site built with `paper` and `orientation` for every notice, and a
/// `print_url`, so every notice carries its QR code. On A3 the notices' folder names a
/// very long issuing body.
fn built(paper: &str, orientation: &str) -> tempfile::TempDir {
    let site = sample_site();
    // The sample's team and crew boards print like the mine's notices (tests/units.rs
    // prints them); here the mine's nine items and its board, on every paper.
    fs::remove_dir_all(site.path().join("content/tongfeng")).unwrap();
    fs::remove_dir_all(site.path().join("content/jidian")).unwrap();
    if paper == "A3" {
        let section = site.path().join("content/notices/_section.yaml");
        let text = fs::read_to_string(&section).unwrap();
        fs::write(&section, format!("{text}unit: {LONG_UNIT}\n")).unwrap();
    }
    let yaml = site.path().join("site.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    let text = text.replace(
        "print: {paper: A4, orientation: portrait}",
        &format!("print: {{paper: {paper}, orientation: {orientation}}}"),
    );
    fs::write(&yaml, text + "print_url: https://intranet.example/board/\n").unwrap();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

#[test]
fn every_notice_prints_whole_on_every_paper() {
    let Some(binary) = browser_for(
        "every_notice_prints_whole_on_every_paper",
        BrowserUse::Print,
    ) else {
        return;
    };
    let sites: Vec<(String, tempfile::TempDir)> = PAPERS
        .iter()
        .map(|(paper, orientation)| (format!("{paper} {orientation}"), built(paper, orientation)))
        .collect();
    // Every page that prints notices: each item page and the board.
    let mut jobs = VecDeque::new();
    for (name, site) in &sites {
        let out = site.path().join("public");
        for page in html_files(&out) {
            let doc = parse_html(&out.join(&page));
            if doc.select(&sel("article.sheet")).next().is_some() {
                jobs.push_back((format!("{name} {page}"), out.join(&page)));
            }
        }
    }
    assert_eq!(jobs.len(), 4 * 10, "nine items and the board, four times");
    let pdfs = tempfile::tempdir().unwrap();
    let jobs = Arc::new(Mutex::new(jobs));
    let printed = Arc::new(Mutex::new(Vec::new()));
    let mut chromium = Chromium::start(&binary);
    let workers: Vec<_> = (0..TABS)
        .map(|n| {
            let mut tab = chromium.tab();
            let (jobs, printed) = (jobs.clone(), printed.clone());
            let folder = pdfs.path().to_path_buf();
            thread::spawn(move || {
                let mut i = 0;
                loop {
                    let Some((name, html)) = jobs.lock().unwrap().pop_front() else {
                        break;
                    };
                    tab.media("print");
                    tab.open(&html);
                    let seal = tab.eval(SEAL_FITS);
                    let seal: Vec<String> = seal
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| format!("{name}: {}", p.as_str().unwrap_or("")))
                        .collect();
                    let pdf = folder.join(format!("{n}-{i}.pdf"));
                    i += 1;
                    fs::write(&pdf, tab.pdf()).unwrap();
                    printed.lock().unwrap().push((name, html, pdf, seal));
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("a printing tab");
    }
    drop(chromium);
    let mut all = Vec::new();
    let printed = printed.lock().unwrap();
    for (name, html, pdf, seal) in printed.iter() {
        all.extend(seal.iter().cloned());
        let sheets = sheets_of(&parse_html(html));
        let p = Printed {
            name: name.clone(),
            board: name.ends_with("board/index.html"),
            sheets,
            pages: pages_text(pdf),
            fill: fills(pdf),
        };
        all.extend(problems(&p));
        keep_pdf(name, pdf);
    }
    assert!(
        all.is_empty(),
        "{} problems on paper:\n{}",
        all.len(),
        all.join("\n")
    );
}

/// Copies the PDF to `GONGKAI_PDFS`, when set, to look at.
fn keep_pdf(name: &str, pdf: &Path) {
    let Some(folder) = std::env::var_os("GONGKAI_PDFS").filter(|v| !v.is_empty()) else {
        return;
    };
    let folder = PathBuf::from(folder);
    fs::create_dir_all(&folder).unwrap();
    let name = name.replace("/index.html", "").replace(['/', ' '], "_");
    fs::copy(pdf, folder.join(format!("{name}.pdf"))).unwrap();
}

// ---------------------------------------------------------------------------------
// Signing roles per kind and per item (HTML; no browser needed).
// ---------------------------------------------------------------------------------

/// The signing roles printed on the page at `rel` under `out`.
fn roles(out: &Path, rel: &str) -> Vec<String> {
    texts(
        parse_html(&out.join(rel)).root_element(),
        ".notice-foot .signatures .role",
    )
}

#[test]
fn each_kind_is_signed_by_its_own_roles() {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let cases: [(&str, &[&str]); 5] = [
        (
            "2026/finance-q1/index.html",
            &["工会主席", "经费审查委员会", "财务"],
        ),
        ("2026/welfare-spring/index.html", &["工会主席", "经办人"]),
        ("2026/attendance-03/index.html", &["考勤员", "工会主席"]),
        ("2026/congress-5-3/index.html", &["大会主席团"]),
        // A notice: the issuing unit and its seal only.
        ("notices/2026-04-physical-exam/index.html", &[]),
    ];
    for (page, want) in cases {
        assert_eq!(roles(&out, page), want, "{page}");
    }
    // The board prints each notice with its own roles.
    let board = parse_html(&out.join("board/index.html"));
    for sheet in board.select(&sel("article.sheet")) {
        let title = text(one_in(sheet, "h1"));
        let signed = texts(sheet, ".signatures .role");
        if title.contains("职工代表大会") {
            assert_eq!(signed, ["大会主席团"], "{title}");
        } else if title.contains("通知") || title.contains("公示") && !title.contains("出勤")
        {
            assert!(signed.is_empty(), "{title}: {signed:?}");
        }
    }
}

#[test]
fn a_plain_list_signs_every_kind_and_an_item_may_name_its_own() {
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nsignatures: [工会主席, 财务]\n",
    );
    write(
        site.path(),
        "content/a.md",
        "---\ntitle: 通知甲\npublished: 2026-04-05\n---\n正文\n",
    );
    write(
        site.path(),
        "content/b.md",
        "---\ntitle: 通知乙\npublished: 2026-04-05\nsignatures: [队长, 工会主席]\n---\n正文\n",
    );
    write(
        site.path(),
        "content/c.md",
        "---\ntitle: 通知丙\npublished: 2026-04-05\nsignatures: []\n---\n正文\n",
    );
    write(
        site.path(),
        "content/w.yaml",
        "kind: welfare\ntitle: 慰问名单\npublished: 2026-04-05\nprogram: 送温暖\n\
         signatures: [工会主席, 经办人]\n\
         recipients:\n  - {name: 张三, amount: \"100.00\"}\n",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    assert_eq!(roles(&out, "a/index.html"), ["工会主席", "财务"]);
    assert_eq!(roles(&out, "b/index.html"), ["队长", "工会主席"]);
    assert!(roles(&out, "c/index.html").is_empty());
    assert_eq!(roles(&out, "w/index.html"), ["工会主席", "经办人"]);
}

#[test]
fn signing_role_mistakes_are_located() {
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nsignatures: {finanse: [财务], notice: 工会主席}\n",
    );
    write(
        site.path(),
        "content/a.md",
        "---\ntitle: 通知\npublished: 2026-04-05\nsignatures: {role: 队长}\n---\n正文\n",
    );
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    assert_diagnostics(
        &diags,
        &[
            ("error", "site.yaml:3:14", &["finanse", "signatures"]),
            ("error", "site.yaml:3:37", &["notice", "列表"]),
            ("error", "content/a.md:4:13", &["signatures"]),
        ],
    );
    let hint = diags
        .iter()
        .find(|d| d["message"].as_str().is_some_and(|m| m.contains("finanse")))
        .and_then(|d| d["hint"].as_str())
        .unwrap_or_default();
    assert!(
        hint.contains("finance、welfare、attendance、congress、notice"),
        "{hint}"
    );
}
