//! The repository's own sample board (site.yaml + content/) builds, and its output is a
//! sound static site: every reference resolves, nothing is loaded from outside, data
//! items carry their downloads, tables are accessible, and the home page puts what is
//! open for disclosure (公示中) first.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::*;
use tempfile::TempDir;

/// Builds a copy of the sample into its `public/`; returns the site and the run.
fn built_sample() -> (TempDir, Run) {
    let site = sample_site();
    let run = run(&mut build_cmd(site.path(), &[]));
    run.expect_code(0);
    (site, run)
}

/// Content paths (under content/) of the sample's items, split into data items (.yaml)
/// and notices (.md).
fn sample_items() -> (Vec<String>, Vec<String>) {
    let content = manifest_dir().join("content");
    let mut data = Vec::new();
    let mut notices = Vec::new();
    for path in tree(&content).into_keys() {
        let name = path.rsplit('/').next().unwrap();
        if name.starts_with('_') {
            continue;
        }
        if path.ends_with(".yaml") {
            data.push(path);
        } else if path.ends_with(".md") {
            notices.push(path);
        }
    }
    (data, notices)
}

/// `2026/finance-q1.yaml` -> `2026/finance-q1`.
fn page_dir(content_path: &str) -> &str {
    content_path
        .rsplit_once('.')
        .map_or(content_path, |(p, _)| p)
}

#[test]
fn sample_builds_with_a_summary_line() {
    let (site, run) = built_sample();
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("由 "))
        .unwrap_or_else(|| panic!("no summary line in stdout:\n{}", run.stdout));
    // 由 M 个事项生成了 N 个网页，用时 X 秒[（K 个警告）]: the sample's language is zh-Hans.
    let words: Vec<&str> = line.split_whitespace().collect();
    assert!(words.len() >= 7, "summary line too short: {line}");
    assert_eq!(
        (words[0], words[2], words[4]),
        ("由", "个事项生成了", "个网页，用时"),
        "summary line shape: {line}"
    );
    let items: usize = words[1].parse().unwrap_or_else(|_| panic!("M in {line}"));
    let pages: usize = words[3].parse().unwrap_or_else(|_| panic!("N in {line}"));
    let secs: f64 = words[5].parse().unwrap_or_else(|_| panic!("X in {line}"));
    assert!(secs >= 0.0, "{line}");
    let rest = words[6..].join(" ");
    let rest = rest
        .strip_prefix("秒")
        .unwrap_or_else(|| panic!("unit in {line}"));
    assert!(
        rest.is_empty() || (rest.starts_with('（') && rest.ends_with("个警告）")),
        "unexpected tail of summary line: {line}"
    );

    let (data, notices) = sample_items();
    assert_eq!(items, data.len() + notices.len(), "item count in: {line}");
    let html = html_files(&site.path().join("public"));
    assert_eq!(
        pages,
        html.len(),
        "page count in `{line}` vs HTML files {html:?}"
    );
}

#[test]
fn every_internal_link_and_asset_resolves() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    let pages = html_files(&out);
    assert!(pages.len() > 5, "too few pages: {pages:?}");
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let doc = parse_html(&out.join(page));
        for r in references(&doc) {
            if is_external_or_fragment(&r.value) {
                continue;
            }
            checked += 1;
            match resolve_relative(&out, page, &r.value) {
                Some(file) if file.is_file() => {}
                Some(file) => broken.push(format!(
                    "{page}: {} {:?} -> {} does not exist",
                    r.what,
                    r.value,
                    file.display()
                )),
                None => broken.push(format!(
                    "{page}: {} {:?} is absolute or leaves the output folder",
                    r.what, r.value
                )),
            }
        }
    }
    assert!(
        checked > 50,
        "suspiciously few references checked: {checked}"
    );
    assert!(
        broken.is_empty(),
        "broken references:\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_page_is_marked_as_simplified_chinese() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    for page in html_files(&out) {
        let doc = parse_html(&out.join(&page));
        let html = doc
            .select(&sel("html"))
            .next()
            .unwrap_or_else(|| panic!("{page}: no <html>"));
        assert_eq!(
            html.value().attr("lang"),
            Some("zh-CN"),
            "{page}: <html lang>"
        );
    }
}

/// `url(...)` arguments and `@import` targets in a stylesheet.
fn css_urls(css: &str) -> Vec<String> {
    let mut urls = Vec::new();
    let mut rest = css;
    while let Some(i) = rest.find("url(") {
        let after = &rest[i + 4..];
        let end = after.find(')').unwrap_or(after.len());
        urls.push(after[..end].trim().trim_matches(['"', '\'']).to_string());
        rest = &after[end..];
    }
    let mut rest = css;
    while let Some(i) = rest.find("@import") {
        let after = rest[i + 7..].trim_start();
        if let Some(q) = after.strip_prefix(['"', '\'']) {
            let end = q.find(['"', '\'']).unwrap_or(q.len());
            urls.push(q[..end].to_string());
        }
        rest = &rest[i + 7..];
    }
    urls
}

fn is_remote(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("//")
}

#[test]
fn nothing_is_loaded_from_outside_the_site() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    let mut remote = Vec::new();
    let mut stylesheets = 0;
    for page in html_files(&out) {
        let doc = parse_html(&out.join(&page));
        // Anything the browser fetches by itself: stylesheets, fonts, icons, preloads,
        // scripts, images, frames, media.
        for (css, attr) in [
            ("link[href]", "href"),
            ("script[src]", "src"),
            ("img[src]", "src"),
            ("iframe[src]", "src"),
            ("source[src]", "src"),
            ("video[src]", "src"),
            ("audio[src]", "src"),
        ] {
            for el in doc.select(&sel(css)) {
                let value = el.value().attr(attr).unwrap_or_default();
                if css.starts_with("link") && el.value().attr("rel") == Some("stylesheet") {
                    stylesheets += 1;
                }
                if is_remote(value) {
                    remote.push(format!("{page}: <{}> {value}", el.value().name()));
                }
            }
        }
        for style in doc.select(&sel("style")) {
            let text: String = style.text().collect();
            for u in css_urls(&text).into_iter().filter(|u| is_remote(u)) {
                remote.push(format!("{page}: <style> {u}"));
            }
        }
    }
    assert!(stylesheets > 0, "no page links a stylesheet at all");
    let tree = tree(&out);
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".css")) {
        let css = String::from_utf8_lossy(bytes);
        for u in css_urls(&css).into_iter().filter(|u| is_remote(u)) {
            remote.push(format!("{path}: {u}"));
        }
    }
    assert!(
        remote.is_empty(),
        "loaded from outside the site:\n{}",
        remote.join("\n")
    );
}

#[test]
fn data_items_carry_json_and_csv_with_bom() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    let (data, notices) = sample_items();
    assert!(
        data.len() >= 4,
        "the sample has one item of each data kind: {data:?}"
    );
    for item in &data {
        let dir = out.join(page_dir(item));
        assert!(dir.join("index.html").is_file(), "{item}: no page");
        let json = fs::read(dir.join("data.json"))
            .unwrap_or_else(|e| panic!("{item}: data.json missing: {e}"));
        let value: serde_json::Value = serde_json::from_slice(&json)
            .unwrap_or_else(|e| panic!("{item}: data.json is not valid JSON: {e}"));
        assert!(
            value.is_object() || value.is_array(),
            "{item}: data.json holds no data"
        );
        let csvs: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "csv"))
            .collect();
        assert!(!csvs.is_empty(), "{item}: no CSV table beside the page");
        for csv in csvs {
            let bytes = fs::read(&csv).unwrap();
            assert!(
                bytes.starts_with(b"\xEF\xBB\xBF"),
                "{}: CSV does not start with the UTF-8 BOM",
                csv.display()
            );
            assert!(
                std::str::from_utf8(&bytes[3..]).is_ok(),
                "{}: CSV is not UTF-8",
                csv.display()
            );
        }
    }
    for notice in &notices {
        assert!(
            out.join(page_dir(notice)).join("index.html").is_file(),
            "{notice}: no page"
        );
    }
}

#[test]
fn data_tables_have_captions_and_column_headers() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    let mut tables = 0;
    let mut problems = Vec::new();
    for page in html_files(&out) {
        let doc = parse_html(&out.join(&page));
        for table in doc.select(&sel("table")) {
            // Tables written by clerks in Markdown have no caption syntax; the rule is for
            // the tables gongkai draws from data.
            let in_prose = table
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "prose"));
            if in_prose {
                continue;
            }
            tables += 1;
            let id = table.value().attr("id").unwrap_or("?");
            let caption = table.select(&sel(":scope > caption")).next();
            match caption {
                Some(c) if !c.text().collect::<String>().trim().is_empty() => {}
                _ => problems.push(format!("{page}: table #{id} has no caption")),
            }
            let head: Vec<_> = table.select(&sel("thead th")).collect();
            if head.is_empty() {
                problems.push(format!("{page}: table #{id} has no header cells"));
            }
            for th in head {
                if th.value().attr("scope") != Some("col") {
                    problems.push(format!(
                        "{page}: table #{id} header {:?} lacks scope=col",
                        th.text().collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(
        tables >= 4,
        "expected the sample's data tables, found {tables}"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Page paths (`2026/finance-q1`) linked from the cards of a section.
fn linked_pages(section: scraper::ElementRef, out: &Path) -> BTreeSet<String> {
    section
        .select(&sel("a[href]"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .filter(|h| !is_external_or_fragment(h))
        .map(|h| {
            let file = resolve_relative(out, "index.html", &h)
                .unwrap_or_else(|| panic!("home link {h} leaves the site"));
            let rel = rel_path(out, &file);
            rel.strip_suffix("/index.html").unwrap_or(&rel).to_string()
        })
        .collect()
}

#[test]
fn home_page_lists_open_items_first() {
    let (site, _) = built_sample();
    let out = site.path().join("public");
    let doc = parse_html(&out.join("index.html"));
    let main = doc.select(&sel("main")).next().expect("home has <main>");
    let first_section = main
        .select(&sel("section"))
        .next()
        .expect("home has sections");
    assert!(
        first_section.value().classes().any(|c| c == "open-now"),
        "the first section of the home page is not .open-now but {:?}",
        first_section.value().attr("class")
    );
    let open = doc
        .select(&sel(".open-now"))
        .next()
        .expect("home has .open-now");
    let listed = linked_pages(open, &out);
    // On 2026-04-06: the congress notice (published 03-30, 7 days: open through 04-06
    // inclusive), the physical exam (04-01..04-08), attendance (04-02..04-09), the
    // dragon-boat notice (04-03..04-17) and finance (04-05..04-12). The welfare list
    // (01-20) and the finance rules (03-10) are closed.
    let expected: BTreeSet<String> = [
        "2026/congress-5-3",
        "notices/2026-04-physical-exam",
        "2026/attendance-03",
        "2026/finance-q1",
        "notices/2026-04-dragon-boat",
        // The pay sheet, rewards and penalties, assessment and suggestions of March.
        "2026/pay-03",
        "2026/merits-03",
        "2026/assessment-03",
        "2026/suggestions-q1",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(listed, expected, "items in the .open-now section");
    // Each open item is shown as open (公示中), nothing else is.
    let cards: Vec<_> = open.select(&sel(".card")).collect();
    assert_eq!(cards.len(), expected.len(), "one card per open item");
    for card in cards {
        let text: String = card.text().collect();
        assert!(text.contains("公示中"), "card not marked 公示中: {text}");
        assert!(
            !text.contains("公示期满"),
            "closed card in .open-now: {text}"
        );
    }
}
