//! A list page's rows are rendered once per item by the theme's row partial
//! (`partials/row.html`) and spliced in where `list.html` writes `list.rows_html`: a site
//! that overrides the partial gets its markup on every list page, with links that start
//! from each page (`page.root`), and a site whose `list.html` still loops over
//! `list.items` itself keeps working.

mod common;

use std::path::Path;

use common::{build_options, sample_site, write};
use gongkai::build::{self, Mode};

/// The built pages at `paths`, as text.
fn pages(root: &Path, paths: &[&str]) -> Vec<String> {
    let r = build::run(root, &build_options(), Mode::Render, &|_| {}).expect("the site builds");
    assert!(
        !r.diagnostics.has_errors(),
        "the site builds without errors"
    );
    let output = r.output.expect("an output");
    paths
        .iter()
        .map(|p| {
            let bytes = output.files.get(*p).unwrap_or_else(|| panic!("no {p}"));
            String::from_utf8_lossy(bytes).into_owned()
        })
        .collect()
}

const NOTICE: &str = "notices/2026-04-physical-exam/index.html";
const LISTS: [&str; 3] = [
    "list/notice/index.html",
    "year/2026/index.html",
    "notices/index.html",
];

#[test]
fn a_row_partial_of_the_site_is_used_on_every_list_page() {
    let site = sample_site();
    let root = site.path();
    write(
        root,
        "templates/partials/row.html",
        "<li class=\"my-row\" data-root=\"{{ page.root }}\"><a href=\"{{ page.root }}{{ item.href }}\">{{ item.title }}</a> {{ t.none_yet }}</li>\n",
    );
    let got = pages(root, &LISTS);
    for (page, depth) in got.iter().zip(["../../", "../../", "../"]) {
        // The row sees the site-wide words (`t`) like any template.
        let row = format!(
            "<li class=\"my-row\" data-root=\"{depth}\"><a href=\"{depth}{NOTICE}\">关于2026年职工体检安排的通知</a> 暂无公示事项。</li>\n"
        );
        assert!(page.contains(&row), "{row} missing in:\n{page}");
        assert!(!page.contains("class=\"row\""), "the default row is gone");
    }
}

#[test]
fn a_list_template_looping_over_its_items_still_works() {
    let site = sample_site();
    let root = site.path();
    let before = pages(root, &LISTS);
    // The list template of before rows were spliced: each row included in a loop.
    let list =
        std::fs::read_to_string(common::manifest_dir().join("themes/default/templates/list.html"))
            .expect("the default list template");
    let looped = list.replace(
        "{{ list.rows_html | safe }}",
        "{% for item in list.items %}{% include \"partials/row.html\" %}{% endfor %}",
    );
    assert_ne!(looped, list, "the default list template splices its rows");
    write(root, "templates/list.html", looped);
    assert_eq!(pages(root, &LISTS), before);
}
