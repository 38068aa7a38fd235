//! The search page (`search/`): a static index of every item and a small script of the
//! theme's that filters it in the browser. The index is a script file, not JSON, so the
//! search also works when the board is opened from disk (browsers refuse `fetch` there).
//!
//! The index holds public fields only (titles as lists show them, kind, unit, period,
//! and the plain text of notices), never table rows, so no recipient name can reach it.

use serde::Serialize;
use tera::Context;

use crate::check::CheckedItem;
use crate::model::Body;
use crate::render::{PageSet, markdown};

/// Page path of the search page.
pub const PAGE: &str = "search";

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

/// An item's text for the index: a notice's plain text, cut at `TEXT_CHARS` (data items
/// are found by their title, unit and period).
pub fn text_of(checked: &CheckedItem) -> String {
    match &checked.item.body {
        Body::Notice(n) => markdown::plain_text(&n.markdown)
            .chars()
            .take(TEXT_CHARS)
            .collect(),
        _ => String::new(),
    }
}

/// Adds the search page and returns the index script (`search/index.js`); `texts[i]` is
/// `text_of` the board's item `i`, made beside its page (and kept with it in the preview).
pub fn add(pages: &mut PageSet, texts: &[String]) -> String {
    let entries: Vec<Entry> = pages
        .items()
        .zip(texts)
        .map(|((_, s), text)| Entry {
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
            x: text,
        })
        .collect();
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into());
    // `</script>` cannot occur inside a JSON string we place in a .js file, but `<` is
    // escaped anyway so the index could be inlined safely.
    let script = format!(
        "window.GONGKAI_SEARCH = {};\n",
        json.replace('<', "\\u003c")
    );
    let title = crate::render::labels::Labels::of(pages.config.language).search;
    pages.add(PAGE, title.into(), "search.html", Context::new());
    script
}
