//! The site's link form: where a page's file goes (`out_path`), how other pages link to it
//! (`link`), and the part of every page's context that locates it (`page_view`).
//!
//! A site without `base_url` links relatively (`a/b/index.html`, `../`), so it works
//! opened from disk; with one, pages link as folders under it (`a/b/`), for servers.
//!
//! Every link made from a path is a relative path or under `base_url`: `load` refuses
//! names that could be anything else, and here, as a second wall, what a URL path cannot
//! hold as it is (`:` that would make `javascript:` a scheme, `?`, `#`, `%`, spaces,
//! control characters …) is percent-encoded.

use std::borrow::Cow;

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
    let page_path = &url_path(page_path);
    match (config.base_url.is_empty(), page_path.is_empty()) {
        (true, true) => "index.html".into(),
        (true, false) => format!("{page_path}/index.html"),
        (false, true) => String::new(),
        (false, false) => format!("{page_path}/"),
    }
}

/// The folder of the page at `page_path` as a link from the site root, ending in `/`
/// (`""` for the home page): where a file beside the page is linked from.
pub(crate) fn dir_link(page_path: &str) -> String {
    if page_path.is_empty() {
        String::new()
    } else {
        format!("{}/", url_path(page_path))
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
            format!("{}/", url_path(page_path))
        },
    }
}

/// The prefix from the page at `page_path` back to the site root.
pub(crate) fn root_for(config: &Config, page_path: &str) -> String {
    if !config.base_url.is_empty() {
        return config.base_url.clone();
    }
    let depth = page_path.split('/').filter(|s| !s.is_empty()).count();
    "../".repeat(depth)
}

/// `page_path` as the path of a URL: ASCII that a path cannot carry as it is, or that
/// would change what the link means, percent-encoded; letters, digits, `/`, the marks
/// RFC 3986 allows in a path but `:`, and all non-ASCII text (Chinese names) kept.
fn url_path(page_path: &str) -> Cow<'_, str> {
    let keep = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b"/-._~!$&'()*+,;=@".contains(&b);
    if page_path.bytes().all(keep) {
        return Cow::Borrowed(page_path);
    }
    let mut out = String::with_capacity(page_path.len() + 8);
    for c in page_path.chars() {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() && !keep(b) => out.push_str(&format!("%{b:02X}")),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_from_paths_stay_paths() {
        assert_eq!(url_path("2026/通知"), "2026/通知");
        assert_eq!(url_path("a-b_c.d~(1)"), "a-b_c.d~(1)");
        assert_eq!(
            url_path("javascript:alert(document.domain)"),
            "javascript%3Aalert(document.domain)"
        );
        assert_eq!(
            url_path("a b?c#d%e\nf\"<>\\"),
            "a%20b%3Fc%23d%25e%0Af%22%3C%3E%5C"
        );
    }
}
