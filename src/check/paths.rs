//! Page paths: where each item's page goes under the output, and the rules on them (two
//! files on one page, content that takes a page name of gongkai's own).
//!
//! Check decides an item's page path once and stores it on the checked item; render only
//! reads it (and asks `page_path_of` for the pages of items it links to).

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Location};
use crate::messages::Problem;
use crate::model::Site;

/// Page paths gongkai uses for its own pages; content must not take them.
pub const RESERVED: &[&str] = &["list", "year", "theme", "search", "board", "static"];

/// The page path of the item at `content_path`, without slashes at the ends:
/// `2026/finance-q1.yaml` -> `2026/finance-q1`.
pub fn page_path_of(content_path: &str) -> String {
    match content_path.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() && !stem.ends_with('/') => stem.to_string(),
        _ => content_path.to_string(),
    }
}

/// Two files on one page, and content that takes a page name of gongkai's own.
pub(crate) fn check_paths(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_page: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for file in &site.item_files {
        by_page.entry(page_path_of(file)).or_default().push(file);
    }
    let folders: BTreeSet<&str> = site
        .item_files
        .iter()
        .filter_map(|f| f.rsplit_once('/').map(|(folder, _)| folder))
        .collect();
    for (page, files) in &by_page {
        let mut others: Vec<String> = Vec::new();
        if files.len() > 1 {
            others.extend(files.iter().map(|f| format!("content/{f}")));
        }
        if folders.contains(page.as_str()) {
            others.push(format!("the folder content/{page}/"));
        }
        let first = page.split('/').next().unwrap_or("");
        if RESERVED.contains(&first) || page == "index" {
            others.push(format!("gongkai's own `{first}` pages"));
        }
        if others.is_empty() {
            continue;
        }
        for file in files {
            let path = format!("content/{file}");
            let other: Vec<&String> = others.iter().filter(|o| **o != path).collect();
            let other = other
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let mut d = Problem::DuplicateUrl {
                url: page.clone(),
                other,
            }
            .at(Location::file(path.clone()));
            for o in others
                .iter()
                .filter(|o| **o != path && o.starts_with("content/"))
            {
                d = d.with_related(Location::file(o.clone()), "the other file");
            }
            diagnostics.push(d);
        }
    }
}
