//! Machine-readable lists of the board: an Atom feed of every item (newest first) and a
//! sitemap of every page, so intranet portals and readers can follow the board.
//!
//! Both are made from item summaries (public titles, masked names) and are deterministic:
//! dates come from the content, never from the clock.

use crate::config::Config;
use crate::render::escape::escape;
use crate::render::jobs::PageSet;
use crate::render::labels::feed_summary;
use crate::render::links::link;
use crate::render::memo::{PageInput, Versions};
use crate::render::views::ItemSummary;

/// How many items the feed carries.
const FEED_ITEMS: usize = 50;

/// The output paths of the HTML pages, in the order they were added: the sitemap's key.
struct HtmlPaths<'a>(Vec<&'a str>);

impl PageInput for HtmlPaths<'_> {
    type Kept = Vec<String>;

    fn same(&self, kept: &Vec<String>) -> bool {
        self.0.len() == kept.len() && self.0.iter().zip(kept).all(|(a, b)| *a == b)
    }

    fn kept(&self) -> Vec<String> {
        self.0.iter().map(|p| p.to_string()).collect()
    }
}

/// Adds `feed.xml` and `sitemap.xml`. Call it last: the sitemap lists every page added
/// before it. In the preview the feed is made again only when a summary changed, the
/// sitemap only when the pages did.
pub(crate) fn add(pages: &mut PageSet) {
    let (config, summaries) = (pages.config, pages.summaries);
    let summaries_key = Versions(pages.summary_ids.to_vec());
    pages.add_file_keyed("feed.xml", summaries_key, |_| {
        atom(config, summaries).into_bytes()
    });
    // The jobs are taken out while the key borrows their paths, and put back after.
    let mut jobs = std::mem::take(&mut pages.jobs);
    let html = HtmlPaths(
        jobs.iter()
            .map(|j| j.out.as_str())
            .filter(|p| p.ends_with(".html"))
            .collect(),
    );
    pages.add_file_keyed("sitemap.xml", html, |html| {
        let mut html = html.0.clone();
        html.sort_unstable();
        sitemap(config, html.into_iter()).into_bytes()
    });
    jobs.append(&mut pages.jobs);
    pages.jobs = jobs;
}

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
fn atom(config: &Config, summaries: &[ItemSummary]) -> String {
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
        let summary = feed_summary(
            s.kind_label,
            &s.unit,
            &s.window_from_label,
            &s.window_to_label,
            config.language,
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
fn sitemap<'a>(config: &Config, html_paths: impl Iterator<Item = &'a str>) -> String {
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
