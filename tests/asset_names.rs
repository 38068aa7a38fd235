//! Cache-busting: the pages link the theme's stylesheet, icon and scripts by names that
//! carry their content hash, so after a publish a reader's browser cannot mix an old
//! stylesheet with new pages; a changed file gets a new name, and the plain names stay
//! for stylesheets' relative `url(...)` and for templates written before. The search
//! page links its index with a tag of the index's content (`search/index.js?v=TAG`), and
//! the index names each shard's tag the same way.

mod common;

use std::path::Path;

use common::{build_cmd, html_files, minimal_site, parse_html, resolve_relative, run, sel, write};

const NOTICE: &str = "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n";

/// The theme files every page links (stylesheet and icon), as paths under `out`.
fn theme_links(out: &Path, page: &str) -> Vec<String> {
    let doc = parse_html(&out.join(page));
    let mut found = Vec::new();
    for (css, attr) in [("link[href]", "href"), ("script[src]", "src")] {
        for el in doc.select(&sel(css)) {
            let value = el.value().attr(attr).unwrap_or_default();
            let Some(path) = resolve_relative(out, page, value) else {
                continue;
            };
            let rel = common::rel_path(out, &path);
            if rel.starts_with("theme/") {
                found.push(rel);
            }
        }
    }
    found
}

/// `theme/style.0123456789.css` -> `theme/style.css`, checking the hash's form.
fn plain_name(hashed: &str) -> String {
    let (stem, ext) = hashed.rsplit_once('.').unwrap();
    let (stem, hash) = stem.rsplit_once('.').unwrap();
    assert_eq!(hash.len(), 10, "{hashed}");
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{hashed}");
    format!("{stem}.{ext}")
}

#[test]
fn pages_link_theme_files_by_their_content_hash() {
    let site = minimal_site();
    write(site.path(), "content/n.md", NOTICE);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let mut linked = std::collections::BTreeSet::new();
    for page in html_files(&out) {
        let links = theme_links(&out, &page);
        assert!(
            links.iter().any(|l| l.ends_with(".css")),
            "{page} links no stylesheet: {links:?}"
        );
        linked.extend(links);
    }
    for hashed in &linked {
        let plain = plain_name(hashed);
        assert_eq!(
            std::fs::read(out.join(hashed)).unwrap(),
            std::fs::read(out.join(&plain)).unwrap(),
            "{hashed} is {plain}"
        );
    }
    let names: Vec<String> = linked.iter().map(|l| plain_name(l)).collect();
    for wanted in ["theme/style.css", "theme/favicon.svg", "theme/search.js"] {
        assert!(
            names.iter().any(|n| n == wanted),
            "{wanted} not linked: {names:?}"
        );
    }
}

#[test]
fn a_changed_stylesheet_gets_a_new_name_and_the_old_one_goes() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/n.md", NOTICE);
    let site_yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    write(root, "site.yaml", format!("{site_yaml}theme: mine\n"));
    let out = root.join("public");
    let stylesheet = |version: &str| {
        write(
            root,
            "themes/mine/static/style.css",
            format!("body {{ color: #333; }} /* {version} */\n"),
        );
        run(&mut build_cmd(root, &[])).expect_code(0);
        let links = theme_links(&out, "index.html");
        let css = links.into_iter().find(|l| l.ends_with(".css")).unwrap();
        let text = std::fs::read_to_string(out.join(&css)).unwrap();
        assert!(text.contains(version), "{css}: {text}");
        css
    };
    let first = stylesheet("one");
    let second = stylesheet("two");
    assert_ne!(first, second);
    assert!(!out.join(&first).exists(), "{first} outlived its build");
    assert!(
        std::fs::read_to_string(out.join("theme/style.css"))
            .unwrap()
            .contains("two")
    );
}

/// The search page's link to its index: `search/index.js?v=TAG`.
fn search_index_link(out: &Path) -> String {
    let doc = parse_html(&out.join("search/index.html"));
    let link = doc
        .select(&sel("script[src]"))
        .filter_map(|el| el.value().attr("src"))
        .find(|src| src.contains("search/index.js"))
        .expect("the search page loads its index")
        .to_string();
    let (_, tag) = link.split_once("?v=").expect("the index link carries ?v=");
    assert!(!tag.is_empty(), "{link}");
    link
}

#[test]
fn the_search_page_links_its_index_with_a_tag_of_its_content() {
    let site = minimal_site();
    let root = site.path();
    let out = root.join("public");
    write(root, "content/n.md", NOTICE);
    run(&mut build_cmd(root, &[])).expect_code(0);
    let first = search_index_link(&out);
    run(&mut build_cmd(root, &[])).expect_code(0);
    assert_eq!(search_index_link(&out), first, "same items, same link");
    write(root, "content/m.md", NOTICE.replace("通知", "第二份通知"));
    run(&mut build_cmd(root, &[])).expect_code(0);
    assert_ne!(search_index_link(&out), first, "a new item, a new link");
}
