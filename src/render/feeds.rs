//! Machine-readable lists of the board: an Atom feed of every item (newest first) and a
//! sitemap of every page, so intranet portals and readers can follow the board.
//!
//! Both are made from item summaries (public titles, masked names) and are deterministic:
//! dates come from the content, never from the clock.

use crate::config::Config;
use crate::render::escape::escape;
use crate::render::link;
use crate::render::views::ItemSummary;

/// How many items the feed carries.
const FEED_ITEMS: usize = 50;

/// A stable id for a page: its absolute address when the site has one, else a tag URI.
fn id_for(base_url: &str, href: &str) -> String {
    if base_url.contains("://") {
        format!("{base_url}{href}")
    } else {
        format!("tag:gongkai,2026:{href}")
    }
}

/// `2026-04-05` -> `2026-04-05T00:00:00+08:00` (the boards' time zone).
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00+08:00")
}

/// The Atom feed (`feed.xml`): links are absolute with an absolute `base_url`, otherwise
/// relative to the feed, which sits at the site root.
pub fn atom(config: &Config, summaries: &[ItemSummary]) -> String {
    let mut items: Vec<_> = summaries.iter().collect();
    items.sort_by(|a, b| b.published.cmp(&a.published).then(a.href.cmp(&b.href)));
    items.truncate(FEED_ITEMS);
    let updated = items
        .first()
        .map_or_else(|| timestamp("2000-01-01"), |s| timestamp(&s.published));
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        config.language.html_lang()
    ));
    xml.push_str(&format!("  <title>{}</title>\n", escape(&config.title)));
    xml.push_str(&format!(
        "  <id>{}</id>\n",
        escape(&id_for(&config.base_url, ""))
    ));
    xml.push_str(&format!("  <updated>{updated}</updated>\n"));
    xml.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(&config.unit)
    ));
    xml.push_str(&format!(
        "  <link rel=\"alternate\" href=\"{}{}\"/>\n",
        escape(&config.base_url),
        escape(&link(config, ""))
    ));
    xml.push_str("  <generator>gongkai</generator>\n");
    for s in items {
        let summary = format!(
            "{} · {} · 公示期 {} 至 {}",
            s.kind_label, s.unit, s.window_from_label, s.window_to_label
        );
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape(&s.title)));
        xml.push_str(&format!(
            "    <link rel=\"alternate\" href=\"{}{}\"/>\n",
            escape(&config.base_url),
            escape(&s.href)
        ));
        xml.push_str(&format!(
            "    <id>{}</id>\n",
            escape(&id_for(&config.base_url, &s.href))
        ));
        xml.push_str(&format!(
            "    <published>{}</published>\n",
            timestamp(&s.published)
        ));
        xml.push_str(&format!(
            "    <updated>{}</updated>\n",
            timestamp(&s.published)
        ));
        xml.push_str(&format!(
            "    <author><name>{}</name></author>\n",
            escape(&s.unit)
        ));
        xml.push_str(&format!(
            "    <category term=\"{}\" label=\"{}\"/>\n",
            escape(s.kind),
            escape(s.kind_label)
        ));
        xml.push_str(&format!("    <summary>{}</summary>\n", escape(&summary)));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

/// The sitemap (`sitemap.xml`) of every HTML page in `html_paths` (output paths such as
/// `2026/finance-q1/index.html`), in the site's link form.
pub fn sitemap<'a>(config: &Config, html_paths: impl Iterator<Item = &'a str>) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in html_paths {
        let page_path = path
            .strip_suffix("index.html")
            .unwrap_or(path)
            .trim_end_matches('/');
        xml.push_str(&format!(
            "  <url><loc>{}{}</loc></url>\n",
            escape(&config.base_url),
            escape(&link(config, page_path))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}
