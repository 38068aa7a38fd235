//! The search page (`search/`): a static index of every item and a small script of the
//! theme's that filters it in the browser. The index is a script file, not JSON, so the
//! search also works when the board is opened from disk (browsers refuse `fetch` there).
//!
//! The index holds public fields only (titles as lists show them, kind, unit, period,
//! and the plain text of notices), never table rows, so no recipient name can reach it.

use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use crate::render::jobs::PageSet;
use crate::render::memo::Versions;
use crate::render::views::ItemSummary;

/// Page path of the search page.
pub const PAGE: &str = "search";

/// Output path of the index script.
const INDEX: &str = "search/index.js";

/// How much of a notice's text the index keeps.
const TEXT_CHARS: usize = 2000;

/// One entry of the index.
#[derive(Serialize)]
struct Entry<'a> {
    /// Title.
    t: &'a str,
    /// Site-relative address.
    u: &'a str,
    /// Kind label.
    k: &'a str,
    /// Date label.
    d: &'a str,
    /// Unit, period, category.
    m: String,
    /// Plain text of a notice.
    x: &'a str,
}

/// An item's entry in the index, as JSON: its public fields and, for a notice, its plain
/// text cut at `TEXT_CHARS` (data items are found by their title, unit and period). Made
/// beside the item's page, and kept with it in the preview.
pub(crate) fn entry(s: &ItemSummary, plain: &str) -> Arc<str> {
    let text: String = plain.chars().take(TEXT_CHARS).collect();
    let entry = Entry {
        t: &s.title,
        u: &s.href,
        k: s.kind_label,
        d: &s.published_label,
        m: [s.unit.as_str(), &s.period_label, &s.category]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        x: &text,
    };
    // `</script>` cannot occur inside a JSON string we place in a .js file, but `<` is
    // escaped anyway so the index could be inlined safely.
    let json = serde_json::to_string(&entry).unwrap_or_else(|_| "{}".into());
    Arc::from(json.replace('<', "\\u003c"))
}

/// Adds the search page and its index script (`search/index.js`); `entries[i]` is the
/// `entry` of the board's item `i`. In the preview the index is made again only when an
/// item's version changed.
pub(crate) fn add(pages: &mut PageSet, entries: &[Arc<str>]) {
    let title = pages.labels.site.search.as_str();
    pages.add(PAGE, title.into(), "search.html", Context::new());
    let versions = Versions(pages.item_versions.to_vec());
    pages.add_file_keyed(INDEX, versions, |_| {
        let size: usize = entries.iter().map(|e| e.len() + 1).sum();
        let mut script = String::with_capacity(size + 32);
        script.push_str("window.GONGKAI_SEARCH = [");
        for (i, e) in entries.iter().enumerate() {
            if i > 0 {
                script.push(',');
            }
            script.push_str(e);
        }
        script.push_str("];\n");
        script.into_bytes()
    });
}
