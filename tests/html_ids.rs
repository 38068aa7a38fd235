//! Every page of the sample board, with a second unit's items added, keeps its HTML ids
//! unique and its in-page references (`#id`, `aria-labelledby`) pointing at something.

mod common;

use std::collections::BTreeSet;

use common::*;

#[test]
fn ids_are_unique_and_in_page_references_resolve() {
    let site = sample_site();
    // A second unit's finance and welfare items, so year pages hold two units' tables.
    let finance =
        std::fs::read_to_string(site.path().join("content/2026/finance-q1.yaml")).unwrap();
    write(
        site.path(),
        "content/other/finance-q1.yaml",
        finance.replacen(
            "kind: finance",
            "kind: finance\nunit: 某某煤矿机电队工会",
            1,
        ),
    );
    let welfare =
        std::fs::read_to_string(site.path().join("content/2026/welfare-spring.yaml")).unwrap();
    write(
        site.path(),
        "content/other/welfare-spring.yaml",
        welfare
            .replacen(
                "kind: welfare",
                "kind: welfare\nunit: 某某煤矿机电队工会",
                1,
            )
            .replace("2026/finance-q1.yaml", "other/finance-q1.yaml"),
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let mut checked = 0;
    for page in html_files(&out) {
        let doc = parse_html(&out.join(&page));
        let mut ids = BTreeSet::new();
        for el in doc.select(&sel("[id]")) {
            let id = el.value().attr("id").unwrap_or("");
            assert!(ids.insert(id.to_string()), "{page}: id {id:?} used twice");
        }
        for el in doc.select(&sel("[aria-labelledby]")) {
            for target in el
                .value()
                .attr("aria-labelledby")
                .unwrap_or("")
                .split_whitespace()
            {
                assert!(
                    ids.contains(target),
                    "{page}: aria-labelledby {target:?} has no element"
                );
            }
        }
        for el in doc.select(&sel("a[href^='#']")) {
            let target = &el.value().attr("href").unwrap_or("#")[1..];
            assert!(
                target.is_empty() || ids.contains(target),
                "{page}: #{target} has no element"
            );
        }
        checked += 1;
    }
    assert!(checked > 10);
    // The year pages really hold several units: the sample's mine union, its teams
    // 通风队 and 机电队 (which the items added here join) and the crew 通风一班.
    let year = parse_html(&out.join("list/finance/2026/index.html"));
    assert_eq!(year.select(&sel("table")).count(), 4);
}
