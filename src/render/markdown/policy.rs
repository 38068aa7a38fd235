//! The site's rules for the Markdown in its items: raw HTML the site does not allow and
//! links that leave the site are reported as diagnostics at their line and column in the
//! item's file, and so (as warnings) are `javascript:`, `vbscript:` and non-image
//! `data:` links, which `render` shows as plain text. The rest of `markdown` reports
//! them; this is where they become problems.

use crate::check::paths::page_path_of;
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Problem;
use crate::model::Item;

use super::sanitize::is_dangerous_url;
use super::{MarkdownOptions, RenderedMarkdown, SourcePos, render};

/// The Markdown `text` of `item` rendered (HTML and plain text), which starts at `start`
/// (line, column) of the item's file. Refused raw HTML and links that leave the site are
/// added to `diagnostics` at their place in the file.
pub(crate) fn item_html(
    item: &Item,
    text: &str,
    start: (usize, usize),
    options: &MarkdownOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> RenderedMarkdown {
    let (first_line, first_column) = start;
    let rendered = render(text, options);
    let at = |p: &SourcePos| {
        let column = if p.line == 1 {
            first_column + p.column - 1
        } else {
            p.column
        };
        item.source.at(Pos::new(first_line + p.line - 1, column, 1))
    };
    for raw in &rendered.raw_html {
        diagnostics.push(
            Problem::RawHtml {
                snippet: raw.snippet.clone(),
            }
            .at(at(&raw.pos)),
        );
    }
    for l in &rendered.links {
        if link_leaves_site(&item.content_path, &l.url) {
            diagnostics.push(Problem::LinkOutsideSite { url: l.url.clone() }.at(at(&l.pos)));
        } else if is_dangerous_url(&l.url) {
            // `render` made it plain text already; say so, where it is.
            let url = shortened(&l.url);
            diagnostics.push(Problem::LinkRemoved { url }.at(at(&l.pos)));
        }
    }
    rendered
}

/// The first 60 characters of `url`, control characters left out, `…` when cut.
fn shortened(url: &str) -> String {
    let clean: String = url.chars().filter(|c| !c.is_control()).collect();
    match clean.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &clean[..cut]),
        None => clean,
    }
}

/// True when a relative link climbs above the site root or names a local file outside it.
fn link_leaves_site(content_path: &str, url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("file:") || lower.starts_with('\\') || lower.get(1..3) == Some(":\\") {
        return true;
    }
    if lower.contains("://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with('#')
    {
        return false;
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut depth: i64 = if path.starts_with('/') {
        0
    } else {
        // The page of `a/b.md` is `a/b/index.html`: links resolve from there.
        page_path_of(content_path).split('/').count() as i64
    };
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => depth += 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_leave_the_site() {
        assert!(!link_leaves_site(
            "notices/a.md",
            "../../2026/finance-q1/index.html"
        ));
        assert!(link_leaves_site("notices/a.md", "../../../secret.txt"));
        assert!(link_leaves_site("a.md", "file:///etc/passwd"));
        assert!(!link_leaves_site("a.md", "https://example.com/"));
        assert!(!link_leaves_site("a.md", "#top"));
    }
}
