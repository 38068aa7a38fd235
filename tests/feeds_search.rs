//! The board for machines and for people looking for one notice: an Atom feed of the
//! items, a sitemap of every page, and a search page that works from disk.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::process::Command;

use common::*;

fn built() -> tempfile::TempDir {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

#[test]
fn the_feed_lists_every_item_newest_first() {
    let site = built();
    let out = site.path().join("public");
    let xml = fs::read_to_string(out.join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("feed.xml is well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(atom));
    assert_eq!(feed.tag_name().name(), "feed");
    let entries: Vec<_> = feed
        .children()
        .filter(|n| n.has_tag_name((atom, "entry")))
        .collect();
    let text = |n: roxmltree::Node, tag: &str| {
        n.children()
            .find(|c| c.has_tag_name((atom, tag)))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_string()
    };
    // One entry per item of the sample, each linking to a page that exists.
    let items = tree(&manifest_dir().join("content"))
        .into_keys()
        .filter(|p| !p.rsplit('/').next().unwrap_or("").starts_with('_'))
        .filter(|p| p.ends_with(".yaml") || p.ends_with(".md"))
        .count();
    assert!(items >= 7);
    assert_eq!(entries.len(), items);
    let dates: Vec<String> = entries.iter().map(|e| text(*e, "published")).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    let ids: BTreeSet<String> = entries.iter().map(|e| text(*e, "id")).collect();
    assert_eq!(ids.len(), entries.len(), "ids are unique");
    for e in &entries {
        let link = e
            .children()
            .find(|c| c.has_tag_name((atom, "link")))
            .and_then(|l| l.attribute("href"))
            .unwrap();
        assert!(out.join(link).is_file(), "{link} does not exist");
        assert!(!text(*e, "title").is_empty());
    }
    assert!(
        entries
            .iter()
            .any(|e| text(*e, "title") == "2026年第一季度工会经费收支情况")
    );
}

#[test]
fn the_sitemap_names_every_page_and_nothing_else() {
    let site = built();
    let out = site.path().join("public");
    let xml = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("sitemap.xml is well-formed XML");
    let locs: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text().map(String::from))
        .collect();
    let pages: BTreeSet<String> = html_files(&out).into_iter().collect();
    assert_eq!(locs, pages);
}

#[test]
fn absolute_base_url_gives_absolute_feed_and_sitemap_addresses() {
    let site = sample_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    let yaml = yaml.replace(
        "base_url: \"\"",
        "base_url: \"https://board.example.org/tongfeng\"",
    );
    write(site.path(), "site.yaml", yaml);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let feed = fs::read_to_string(out.join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).unwrap();
    for link in doc.descendants().filter(|n| n.has_tag_name("link")) {
        let href = link.attribute("href").unwrap();
        assert!(
            href.starts_with("https://board.example.org/tongfeng/"),
            "{href}"
        );
    }
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://board.example.org/tongfeng/2026/finance-q1/</loc>"));
}

#[test]
fn search_finds_a_notice_by_a_word_of_its_text_from_disk() {
    let Some(chromium) = browser_for(
        "search_finds_a_notice_by_a_word_of_its_text_from_disk",
        BrowserUse::Dom,
    ) else {
        return;
    };
    let site = built();
    let page = site.path().join("public/search/index.html");
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}?q=%E4%BD%93%E6%A3%80", page.display()); // ?q=体检
    let out = Command::new(chromium)
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = scraper::Html::parse_document(&String::from_utf8_lossy(&out.stdout));
    let results: Vec<(String, String)> = dom
        .select(&sel("#search-results a"))
        .map(|a| {
            (
                a.text().collect::<String>(),
                a.value().attr("href").unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [(
            "关于2026年职工体检安排的通知".to_string(),
            "../notices/2026-04-physical-exam/index.html".to_string()
        )]
    );
    assert!(
        site.path()
            .join("public/notices/2026-04-physical-exam/index.html")
            .is_file()
    );
}
