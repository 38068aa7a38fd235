//! The site's link form: where a page's file goes (`out_path`), how other pages link to it
//! (`link`), and the part of every page's context that locates it (`page_view`).
//!
//! A site without `base_url` links relatively (`a/b/index.html`, `../`), so it works
//! opened from disk; with one, pages link as folders under it (`a/b/`), for servers.

use serde::Serialize;

use crate::config::Config;

/// The page-specific part of a context (`page` in templates).
#[derive(Serialize)]
pub(crate) struct PageView {
    /// Prefix that turns a site-relative address into a link from this page.
    root: String,
    /// `<title>` text.
    title: String,
    /// Site-relative address of this page.
    href: String,
    /// Site-relative folder of this page, ending in `/` (empty for the home page), for
    /// files beside it such as `data.json`.
    dir: String,
}

/// `a/b` -> `a/b/index.html`, `""` -> `index.html`.
pub(crate) fn out_path(page_path: &str) -> String {
    if page_path.is_empty() {
        "index.html".to_string()
    } else {
        format!("{page_path}/index.html")
    }
}

/// Link form of a page path: `a/b` -> `a/b/index.html` (relative mode, works from disk)
/// or `a/b/` (absolute `base_url`, for servers).
pub(crate) fn link(config: &Config, page_path: &str) -> String {
    match (config.base_url.is_empty(), page_path.is_empty()) {
        (true, true) => "index.html".into(),
        (true, false) => format!("{page_path}/index.html"),
        (false, true) => String::new(),
        (false, false) => format!("{page_path}/"),
    }
}

/// The page part of a context for the page at `page_path`.
pub(crate) fn page_view(config: &Config, page_path: &str, title: String) -> PageView {
    PageView {
        root: root_for(config, page_path),
        title,
        href: link(config, page_path),
        dir: if page_path.is_empty() {
            String::new()
        } else {
            format!("{page_path}/")
        },
    }
}

/// The prefix from the page at `page_path` back to the site root.
fn root_for(config: &Config, page_path: &str) -> String {
    if !config.base_url.is_empty() {
        return config.base_url.clone();
    }
    let depth = page_path.split('/').filter(|s| !s.is_empty()).count();
    "../".repeat(depth)
}
