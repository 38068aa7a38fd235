//! What may not stay live in a notice: `javascript:`, `vbscript:`, `file:` and non-image
//! `data:` links and images become plain text, and raw HTML a site allows is cleaned by an
//! allow-list (ammonia).

use std::sync::LazyLock;

use comrak::nodes::AstNode;

/// Same rule as comrak's safe mode, applied in both modes: these schemes never
/// become a live link or image. Browsers ignore ASCII tab/newline inside URLs
/// and leading control characters/spaces, so we do too.
pub(super) fn is_dangerous_url(url: &str) -> bool {
    let cleaned = url_as_browser_sees_scheme(url);
    const SAFE_DATA: [&str; 4] = [
        "data:image/png",
        "data:image/gif",
        "data:image/jpeg",
        "data:image/webp",
    ];
    if cleaned.starts_with("data:") {
        return !SAFE_DATA.iter().any(|safe| cleaned.starts_with(safe));
    }
    ["javascript:", "vbscript:", "file:"]
        .iter()
        .any(|scheme| cleaned.starts_with(scheme))
}

/// The URL with what browsers ignore removed (ASCII tab/newline anywhere,
/// leading C0 controls and spaces), lower-cased for scheme comparison.
fn url_as_browser_sees_scheme(url: &str) -> String {
    url.chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .trim_start_matches(|c: char| c <= ' ')
        .to_ascii_lowercase()
}

/// Replaces a link or image node by its children (the link text / alt text).
pub(super) fn unwrap_node<'a>(node: &'a AstNode<'a>) {
    let children: Vec<&AstNode<'_>> = node.children().collect();
    for child in children {
        child.detach();
        node.insert_before(child);
    }
    node.detach();
}

/// Allow-list sanitiser for `raw_html = true`. It lets through everything the
/// Markdown renderer itself produces (tables with `align`, footnote
/// `section`/`sup` with their ids, classes and `data-footnote*` attributes,
/// `del`, `code class="language-…"`, `ol start`), drops `script`, `style`,
/// `iframe`, `object`, `embed` (with their content), all `on*` and `style`
/// attributes, and URLs other than http(s)/mailto/tel/… and relative ones;
/// `data:` is kept only for `data:image/…` in `img src`.
pub(super) static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tags(["section"])
        .add_clean_content_tags([
            "iframe", "object", "embed", "noscript", "template", "frame", "frameset", "applet",
        ])
        .add_generic_attributes(["id", "class", "aria-label"])
        .add_generic_attribute_prefixes(["data-footnote"])
        .add_url_schemes(["data"])
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(|element, attribute, value| {
            // ammonia has already checked the scheme against its allow-list
            // (which we extended by `data`); narrow `data:` down to images.
            if matches!(attribute, "href" | "src") {
                let cleaned = url_as_browser_sees_scheme(value);
                let data_image_ok = element == "img" && attribute == "src";
                if cleaned.starts_with("data:")
                    && !(data_image_ok && cleaned.starts_with("data:image/"))
                {
                    return None;
                }
            }
            Some(value.into())
        });
    builder
});
