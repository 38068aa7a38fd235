//! Page paths: where the page of an item goes under the output.
//!
//! Check decides an item's page path once and stores it on the checked item; render only
//! reads it, and asks `page_path_of` for the pages of the items it links to. The rules on
//! page paths (two files on one page, gongkai's own page names) are `check`'s.

/// The page path of the item at `content_path`, without slashes at the ends:
/// `2026/finance-q1.yaml` -> `2026/finance-q1`.
pub fn page_path_of(content_path: &str) -> String {
    match content_path.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() && !stem.ends_with('/') => stem.to_string(),
        _ => content_path.to_string(),
    }
}
