//! The board on a phone (issue 14): every page of the sample site, 360 and 390 px wide,
//! in headless Chromium with a CJK font, measured as laid out.
//!
//! On every page: nothing makes the page wider than the screen; every cell of every table
//! is on the screen, or (for a table that scrolls) brought into view by the one scroll
//! the page shows a cue for; no text node of a date, amount or status word (a node of
//! such values and at most a few joining words) spans two lines, outside free text a
//! clerk wrote (notice prose, titles, headings); no label breaks before its colon; no
//! name in a table leaves its last character alone on a line; every
//! chart's text is at least 11 px and its caption is shown above it; the menu is one
//! row and its links, like the footer's, do not break; the print button is clear of the
//! menu; a search box shows its whole placeholder and has a button. The desktop width is
//! measured too (a date breaking at its hyphen in a wide window is as wrong), and a
//! tablet's, where a table too wide for it scrolls with its cue shown.
//!
//! Set `GONGKAI_SCREENSHOTS` to a folder to keep a screenshot of each page and width
//! there, to look at.

mod common;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

use common::devtools::Chromium;
use common::*;

/// The widths measured: a small Android phone, a common iPhone, a tablet (where a wide
/// table scrolls with a cue) and a desktop window (where nothing may break either).
const WIDTHS: [u32; 4] = [360, 390, 768, 1280];

/// Tabs measuring at once (the machine may have two cores).
const TABS: usize = 2;

/// Measures the page in the tab; returns a list of problems, each a line of text.
const MEASURE: &str = r#####"
(() => {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  const describe = (el) => {
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}> "${text}"`;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };

  // Nothing widens the page.
  if (document.documentElement.scrollWidth > vw + 1) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${vw}px screen`);
  }

  // Every cell on the screen, or in a table that scrolls with a cue shown.
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell)) continue;
    const r = cell.getBoundingClientRect();
    if (r.left >= -0.5 && r.right <= vw + 0.5) continue;
    const wrap = cell.closest('.table-wrap');
    const cue = wrap && wrap.parentElement.querySelector('.scroll-cue');
    const scrolls = wrap && wrap.scrollWidth > wrap.clientWidth + 1;
    const w = wrap && wrap.getBoundingClientRect();
    if (scrolls && cue && shown(cue) && w.left >= -0.5 && w.right <= vw + 0.5 && r.width <= w.width) continue;
    problems.push(`off the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${vw}px): ${describe(cell)}`);
  }

  // Dates, amounts and status words stay on one line, outside free text.
  const pattern = /\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|[¥￥]-?[\d,]+(?:\.\d+)?|\d+(?:\.\d+)?%|公示期满|即将公示|公示中|不予立案|已办结|办理中|已落实|落实中|未开始|未通过/g;
  const free = 'script, style, .prose, h1, h2, h3, caption, figcaption, svg, .row-title, .card-title, .visually-hidden, .skip, a.sheet-title';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(free) || !shown(parent)) continue;
    // A text node of dates and amounts, perhaps with a few joining words (至, 共, 笔);
    // longer text around a date is free text.
    if (node.data.replace(pattern, '').replace(/\s/g, '').length > 6) continue;
    for (const m of node.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top / 4)));
      if (tops.size > 1) problems.push(`"${m[0]}" breaks across lines in ${describe(parent)}`);
    }
  }

  // A name in a table never leaves its last character alone on a line (困难职工帮扶支 /
  // 出): the last two Han characters of a cell's text share a line.
  const han = /\p{Script=Han}/u;
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell)) continue;
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = texts.nextNode(); n; n = texts.nextNode()) if (n.data.trim()) last = n;
    if (!last) continue;
    const end = last.data.trimEnd().length;
    if (end < 2 || !han.test(last.data[end - 1]) || !han.test(last.data[end - 2])) continue;
    const line = (i) => {
      const range = document.createRange();
      range.setStart(last, i);
      range.setEnd(last, i + 1);
      const rect = [...range.getClientRects()].find((q) => q.width > 0);
      return rect ? Math.round(rect.top / 4) : null;
    };
    if (line(end - 2) !== line(end - 1)) problems.push(`its last character alone on a line: ${describe(cell)}`);
  }

  // Labels keep their colon: each label's text on one line.
  for (const label of document.querySelectorAll('dt, .label')) {
    if (!shown(label)) continue;
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top / 4)));
    if (lines.size > 1) problems.push(`label on two lines: ${describe(label)}`);
  }

  // Charts: text at least 11 px as drawn, a caption shown above each.
  for (const svg of document.querySelectorAll('svg.chart')) {
    if (!shown(svg)) continue;
    const scale = svg.getScreenCTM().a;
    for (const t of svg.querySelectorAll('text')) {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < 11 - 0.01) problems.push(`chart text ${px.toFixed(1)}px: ${describe(t)} in ${describe(svg.closest('figure') || svg)}`);
    }
    const figure = svg.closest('figure');
    const caption = figure && figure.querySelector('figcaption');
    if (!caption || !shown(caption) || caption.getBoundingClientRect().bottom > svg.getBoundingClientRect().top + 1) {
      problems.push(`chart without a caption above it: ${describe(figure || svg)}`);
    }
  }
  // The menu in one row; menu and footer links, and the build date, whole.
  const tops = new Set([...document.querySelectorAll('.nav li')].map((li) => Math.round(li.getBoundingClientRect().top)));
  if (tops.size > 1) problems.push(`the menu takes ${tops.size} rows`);
  for (const a of document.querySelectorAll('.nav a, .site-footer .built a, .site-footer .built .date')) {
    const range = document.createRange();
    range.selectNodeContents(a);
    const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top / 4)));
    if (lines.size > 1) problems.push(`breaks across lines: ${describe(a)}`);
  }

  // The print button clear of the menu.
  const nav = document.querySelector('.nav');
  for (const tools of document.querySelectorAll('main > .print-tools')) {
    if (shown(tools) && nav && tools.getBoundingClientRect().top < nav.getBoundingClientRect().bottom + 8) {
      problems.push('the print button sits on the menu');
    }
  }

  // A search box shows its whole placeholder and has a button.
  for (const input of document.querySelectorAll('input[placeholder]')) {
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const need = ctx.measureText(input.placeholder).width;
    if (need > room) problems.push(`the placeholder needs ${Math.round(need)}px, the box has ${Math.round(room)}px`);
    const button = input.form && input.form.querySelector('button[type=submit]');
    if (!button || !shown(button)) problems.push('a search box without a button');
  }
  return problems;
})()
"#####;

/// Builds the sample site and returns it with its pages (paths under `public/`).
fn built_sample() -> (tempfile::TempDir, Vec<String>) {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let pages = html_files(&site.path().join("public"));
    (site, pages)
}

/// Where to keep screenshots, when asked.
fn screenshot_folder() -> Option<PathBuf> {
    std::env::var_os("GONGKAI_SCREENSHOTS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

#[test]
fn every_page_reads_on_a_phone() {
    let Some(binary) = browser_for("every_page_reads_on_a_phone", BrowserUse::Dom) else {
        return;
    };
    let (site, pages) = built_sample();
    let out = site.path().join("public");
    assert!(pages.len() > 20, "the sample has its pages: {pages:?}");
    let jobs: VecDeque<(String, u32)> = pages
        .iter()
        .flat_map(|p| WIDTHS.map(|w| (p.clone(), w)))
        .collect();
    let jobs = Arc::new(Mutex::new(jobs));
    let problems = Arc::new(Mutex::new(Vec::new()));
    let shots = screenshot_folder();
    let mut chromium = Chromium::start(&binary);
    let workers: Vec<_> = (0..TABS)
        .map(|_| {
            let mut tab = chromium.tab();
            let (jobs, problems, out, shots) =
                (jobs.clone(), problems.clone(), out.clone(), shots.clone());
            thread::spawn(move || {
                loop {
                    let Some((page, width)) = jobs.lock().unwrap().pop_front() else {
                        break;
                    };
                    tab.size(width, 800, width < 1000);
                    tab.open(&out.join(&page));
                    let found = tab.eval(MEASURE);
                    let found = found.as_array().cloned().unwrap_or_default();
                    let mut all = problems.lock().unwrap();
                    for p in found {
                        all.push(format!("{page} at {width}px: {}", p.as_str().unwrap_or("")));
                    }
                    drop(all);
                    if let Some(folder) = &shots {
                        save_screenshots(folder, &page, width, &tab.screenshots(1200));
                    }
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("a measuring tab");
    }
    drop(chromium);
    let problems = problems.lock().unwrap();
    assert!(
        problems.is_empty(),
        "{} problems on a phone:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Writes `pngs` as `folder/<page path with / as _>-<width>-<part>.png`.
fn save_screenshots(folder: &Path, page: &str, width: u32, pngs: &[Vec<u8>]) {
    std::fs::create_dir_all(folder).unwrap();
    let name = page
        .trim_end_matches("/index.html")
        .trim_end_matches(".html");
    let name = if name.is_empty() || name == "index" {
        "home".to_string()
    } else {
        name.replace('/', "_")
    };
    for (i, png) in pngs.iter().enumerate() {
        std::fs::write(folder.join(format!("{name}-{width}-{}.png", i + 1)), png).unwrap();
    }
}

// ---------------------------------------------------------------------------------
// The small points of issue 14, in the HTML (no browser needed).
// ---------------------------------------------------------------------------------

#[test]
fn the_home_page_lists_each_open_item_once() {
    let (site, _) = built_sample();
    let home = parse_html(&site.path().join("public/index.html"));
    let href = |e: scraper::ElementRef| e.value().attr("href").unwrap_or_default().to_string();
    let open: Vec<String> = home
        .select(&sel(".cards .card-title a"))
        .map(href)
        .collect();
    assert!(!open.is_empty(), "the sample has open items on {TODAY}");
    for row in home.select(&sel(".rows .row-title")) {
        assert!(!open.contains(&href(row)), "listed twice: {}", href(row));
    }
}

#[test]
fn a_year_and_the_folder_named_for_it_have_different_titles() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    let title = |rel: &str| text(one(&parse_html(&out.join(rel)), "main h1"));
    assert_eq!(title("2026/index.html"), "2026年");
    assert_eq!(title("year/2026/index.html"), "2026年发布的公示");
}

#[test]
fn every_page_has_an_icon_one_board_link_and_the_search_a_button() {
    let (site, pages) = built_sample();
    let out = site.path().join("public");
    for page in &pages {
        let doc = parse_html(&out.join(page));
        let icon = one(&doc, "link[rel=icon]").value().attr("href").unwrap();
        let file = resolve_relative(&out, page, icon).unwrap();
        assert!(file.is_file(), "{page}: no icon at {icon}");
        // The board is linked once, from the menu (and the board page from nowhere else);
        // a unit board's pages link the unit's own board instead.
        let menu_board = one(&doc, ".nav-board a").value().attr("href").unwrap();
        let board = resolve_relative(&out, page, menu_board).unwrap();
        assert!(
            board.ends_with("board/index.html"),
            "{page}: menu links {board:?}"
        );
        let board_links = doc
            .select(&sel("a[href]"))
            .filter(|a| {
                let href = a.value().attr("href").unwrap_or_default();
                !is_external_or_fragment(href)
                    && resolve_relative(&out, page, href).as_ref() == Some(&board)
            })
            .count();
        assert_eq!(board_links, 1, "{page}: links to the board");
    }
    let search = parse_html(&out.join("search/index.html"));
    assert_eq!(
        search
            .select(&sel("form.search-form button[type=submit]"))
            .count(),
        1
    );
}

#[test]
fn the_quick_start_opens_on_a_board_with_open_items() {
    // The README's quick start serves the sample on the sample's own date.
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let command = readme
        .lines()
        .find(|l| l.starts_with("cargo run --release -- serve --open"))
        .expect("a quick start command in the README");
    let today = command
        .split_whitespace()
        .skip_while(|w| *w != "--today")
        .nth(1)
        .expect("the quick start passes --today");
    let site = sample_site();
    run(gongkai()
        .arg("build")
        .arg("--root")
        .arg(site.path())
        .args(["--today", today]))
    .expect_code(0);
    let out = site.path().join("public");
    let home = parse_html(&out.join("index.html"));
    assert!(
        home.select(&sel(".cards .card")).count() >= 3,
        "正在公示 is empty"
    );
    let board = parse_html(&out.join("board/index.html"));
    assert!(
        board.select(&sel("article.sheet")).count() >= 3,
        "/board/ is empty"
    );
}
