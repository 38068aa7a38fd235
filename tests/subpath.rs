//! A site built with `base_url: ""` works from any sub-path, and one built with an
//! absolute `base_url` links through that address: served by a real HTTP server under
//! `/board/` and crawled over HTTP, every internal link and asset answers 200 and every
//! page is reachable from the home page.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::*;
use url::Url;

/// Sets `base_url:` in the site's site.yaml (replacing the line that is there).
fn set_base_url(root: &Path, value: &str) {
    let path = root.join("site.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let mut replaced = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("base_url:") {
                replaced = true;
                format!("base_url: \"{value}\"")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(replaced, "the sample's site.yaml has no base_url line");
    fs::write(&path, lines.join("\n") + "\n").unwrap();
}

/// The HTML files of the output, as paths (`a/index.html`).
fn html_set(out: &Path) -> BTreeSet<String> {
    html_files(out).into_iter().collect()
}

/// Asserts every fetched URL answered 200 and every page of `out` was reached.
fn assert_crawl_complete(crawl: &Crawl, out: &Path) {
    let mut problems: Vec<String> = crawl
        .fetched
        .iter()
        .filter(|(_, status)| **status != 200)
        .map(|(u, s)| format!("{s} {u}"))
        .collect();
    let pages = html_set(out);
    let missed: Vec<&String> = pages.difference(&crawl.html_pages).collect();
    if !missed.is_empty() {
        problems.push(format!("pages the crawl never reached: {missed:?}"));
    }
    if crawl.fetched.len() <= pages.len() {
        problems.push(format!(
            "assets (CSS, data downloads) were not fetched: {:?}",
            crawl.fetched.keys()
        ));
    }
    assert!(
        problems.is_empty(),
        "crawl problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn relative_site_works_under_a_sub_path() {
    let site = sample_site();
    set_base_url(site.path(), "");
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");

    let (listener, addr) = Server::bind();
    Server::serve(listener, out.clone(), "board");
    let scope = format!("http://{addr}/board/");
    // The server itself: the sub-path answers, the root and other paths do not.
    assert_eq!(http_get(&Url::parse(&scope).unwrap()).0, 200);
    assert_eq!(
        http_get(&Url::parse(&format!("http://{addr}/index.html")).unwrap()).0,
        404
    );
    assert_eq!(
        http_get(&Url::parse(&format!("{scope}no-such-page/")).unwrap()).0,
        404
    );

    let start = Url::parse(&format!("{scope}index.html")).unwrap();
    let crawl = crawl(&start, &scope);
    assert_crawl_complete(&crawl, &out);
    // Nothing points out of the sub-path (an absolute `/x` link would).
    let outside: Vec<String> = crawl
        .references
        .iter()
        .filter(|(_, r)| !is_external_or_fragment(r))
        .filter_map(|(page, r)| {
            let u = Url::parse(page).unwrap().join(r).unwrap();
            (!u.as_str().starts_with(&scope)).then(|| format!("{page}: {r} -> {u}"))
        })
        .collect();
    assert!(
        outside.is_empty(),
        "links leaving /board/:\n{}",
        outside.join("\n")
    );
}

/// Builds the sample with `base_url` = the served address; returns the site, the output
/// folder and the base.
fn built_with_absolute_base() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let site = sample_site();
    let (listener, addr) = Server::bind();
    let base = format!("http://{addr}/board/");
    set_base_url(site.path(), &base);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    Server::serve(listener, out.clone(), "board");
    (site, out, base)
}

#[test]
fn absolute_base_url_links_resolve_on_the_server() {
    let (_site, out, base) = built_with_absolute_base();
    let start = Url::parse(&format!("{base}index.html")).unwrap();
    let crawl = crawl(&start, &base);
    assert_crawl_complete(&crawl, &out);
    let outside: Vec<String> = crawl
        .references
        .iter()
        .filter(|(_, r)| {
            let l = r.to_ascii_lowercase();
            !(l.starts_with("mailto:") || l.starts_with("tel:") || l.starts_with('#'))
        })
        .filter_map(|(page, r)| {
            let u = Url::parse(page).unwrap().join(r).unwrap();
            (!u.as_str().starts_with(&base)).then(|| format!("{page}: {r} -> {u}"))
        })
        .collect();
    assert!(
        outside.is_empty(),
        "links outside {base}:\n{}",
        outside.join("\n")
    );
}

#[test]
fn absolute_base_url_every_link_starts_with_the_base() {
    let (_site, out, base) = built_with_absolute_base();
    let mut relative = Vec::new();
    let mut absolute = 0;
    for page in html_files(&out) {
        let doc = parse_html(&out.join(&page));
        for r in references(&doc) {
            let l = r.value.to_ascii_lowercase();
            if l.starts_with("mailto:") || l.starts_with("tel:") || l.starts_with('#') {
                continue;
            }
            if r.value.starts_with(&base) {
                absolute += 1;
            } else {
                relative.push(format!("{page}: {} {:?}", r.what, r.value));
            }
        }
    }
    assert!(absolute > 50, "too few links checked: {absolute}");
    assert!(
        relative.is_empty(),
        "with base_url {base}, these links do not start with it:\n{}",
        relative.join("\n")
    );
}
