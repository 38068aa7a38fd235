//! Machine-readable lists of the board: an Atom feed of every item (newest first) and a
//! sitemap of every page, so intranet portals and readers can follow the board.
//!
//! Both are made from item summaries (public titles, masked names) and are deterministic:
//! dates come from the content, never from the clock. The board's absolute address is
//! `base_url` when that is an `http(s)://` address, else `print_url` (`address`); with
//! one, the feed links absolutely and names itself (`rel="self"`), and the sitemap is
//! written (the sitemap protocol wants absolute addresses); without one there is no
//! sitemap. Ids are unique to the board (`ids`): named by `site_id` when set, else by
//! the address, else by the board's title and unit.
//!
//! Each unit board has a feed of its own items at `<folder>/feed.xml`; the site's feed
//! carries every item of the site.

use std::sync::Arc;

use crate::config::Config;
use crate::render::escape::escape;
use crate::render::jobs::PageSet;
use crate::render::labels::feed_summary;
use crate::render::links::link;
use crate::render::memo::{PageInput, Versions};
use crate::render::pages::units;
use crate::render::qr::percent_encode_path;
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

/// Adds `feed.xml`, and `sitemap.xml` when the board's address is known. Call it last:
/// the sitemap lists every page added before it. In the preview the feed is made again
/// only when a summary changed, the sitemap only when the pages did.
pub(crate) fn add(pages: &mut PageSet) {
    let (config, summaries) = (pages.config, pages.summaries);
    let page_paths: Vec<&str> = pages.board.items.iter().map(|c| &*c.page_path).collect();
    let summaries_key = Versions(pages.summary_ids.to_vec());
    let site = Scope {
        folder: "",
        title: &config.title,
        unit: &config.unit,
    };
    pages.add_file_keyed("feed.xml", summaries_key, |_| {
        atom(config, &site, summaries, &page_paths).into_bytes()
    });
    // Each unit board's feed: its own items.
    for (i, unit) in pages.board.units.iter().enumerate().skip(1) {
        let mine: Vec<usize> = (0..summaries.len())
            .filter(|j| pages.board.items[*j].board == i)
            .collect();
        let key = (
            Versions(mine.iter().map(|j| pages.summary_ids[*j]).collect()),
            unit.clone(),
        );
        let scope = Scope {
            folder: &unit.folder,
            title: &unit.title,
            unit: &unit.name,
        };
        let own: Vec<Arc<ItemSummary>> = mine.iter().map(|j| summaries[*j].clone()).collect();
        let paths: Vec<&str> = mine.iter().map(|j| page_paths[*j]).collect();
        pages.add_file_keyed(&units::feed_path(pages.board, i), key, |_| {
            atom(config, &scope, &own, &paths).into_bytes()
        });
    }
    let Some(address) = address(config) else {
        return;
    };
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
        sitemap(&address, html.into_iter()).into_bytes()
    });
    jobs.append(&mut pages.jobs);
    pages.jobs = jobs;
}

/// The board's absolute address, ending in `/`, with every byte a URL may not hold
/// percent-encoded: `base_url` when it is an `http(s)://` address (the pages link with
/// it), else `print_url`; `None` when neither is known.
fn address(config: &Config) -> Option<String> {
    let absolute = |u: &&str| {
        let lower = u.trim().to_ascii_lowercase();
        lower.starts_with("http://") || lower.starts_with("https://")
    };
    let url = Some(config.base_url.as_str())
        .filter(absolute)
        .or(config.print_url.as_deref().filter(absolute))?
        .trim();
    let mut out = String::with_capacity(url.len() + 1);
    for b in url.bytes() {
        if b > 0x20 && b < 0x7f && !b"\"<>\\^`{|}".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if !out.ends_with('/') {
        out.push('/');
    }
    Some(out)
}

/// The absolute address of the page at `page_path` (`a/b`, `""` for the home page).
fn page_url(address: &str, page_path: &str) -> String {
    match page_path {
        "" => address.to_string(),
        p => format!("{address}{}/", percent_encode_path(p)),
    }
}

/// How the feed and its entries are named: ids no other board's feed has.
enum Ids {
    /// By a name: `site_id`, or else the board's title and unit (`urn:uuid:`).
    Named(String),
    /// By the board's absolute address: each entry by its page's address.
    Address(String),
}

impl Ids {
    fn of(config: &Config) -> Ids {
        match (&config.site_id, address(config)) {
            (Some(id), _) => Ids::Named(format!("site_id\n{id}")),
            (None, Some(address)) => Ids::Address(address),
            (None, None) => Ids::Named(format!("board\n{}\n{}", config.title, config.unit)),
        }
    }

    /// The id of the feed.
    fn feed(&self) -> String {
        match self {
            Ids::Named(name) => format!("urn:uuid:{}", uuid(name)),
            Ids::Address(address) => address.clone(),
        }
    }

    /// The id of the feed of the unit board at `folder`.
    fn unit_feed(&self, folder: &str) -> String {
        match self {
            Ids::Named(name) => format!("urn:uuid:{}", uuid(&format!("{name}\nunit\n{folder}"))),
            Ids::Address(address) => format!("{}feed.xml", page_url(address, folder)),
        }
    }

    /// The id of the entry of the item at `page_path`.
    fn entry(&self, page_path: &str) -> String {
        match self {
            Ids::Named(name) => format!("urn:uuid:{}", uuid(&format!("{name}\n{page_path}"))),
            Ids::Address(address) => page_url(address, page_path),
        }
    }
}

/// A UUID made from `name` (RFC 9562 version 8: a 128-bit FNV-1a hash of the name with
/// the version and variant bits set), the same for the same name on every build.
fn uuid(name: &str) -> String {
    // A run of ten or more decimal digits in the hex would read as a phone, ID or card
    // number to the privacy guard, which refuses the build: such a name is hashed again
    // with a counter (about one name in twelve), the same way on every build.
    (0u32..)
        .map(|n| match n {
            0 => uuid_of(name),
            n => uuid_of(&format!("{name}\n{n}")),
        })
        .find(|u| longest_digit_run(u) < 10)
        .unwrap_or_default()
}

/// The longest run of decimal digits in `text`, dashes read through.
fn longest_digit_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars().filter(|&c| c != '-') {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// A version 8 UUID (RFC 9562) from a 128-bit FNV-1a hash of `name`.
fn uuid_of(name: &str) -> String {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for b in name.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    h = (h & !(0xf << 76)) | (0x8 << 76);
    h = (h & !(0x3 << 62)) | (0x2 << 62);
    let x = format!("{h:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &x[0..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..32]
    )
}

/// `2026-04-05` -> `2026-04-05T00:00:00+08:00` (the boards' time zone).
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00+08:00")
}

/// Whose feed: the site's (folder `""`) or a unit board's.
struct Scope<'a> {
    folder: &'a str,
    title: &'a str,
    unit: &'a str,
}

/// A unit feed's key: its items' summary ids and the unit.
impl PageInput for (Versions, crate::check::units::Unit) {
    type Kept = (Versions, crate::check::units::Unit);

    fn same(&self, kept: &Self::Kept) -> bool {
        self == kept
    }

    fn kept(&self) -> Self::Kept {
        self.clone()
    }
}

/// The Atom feed of `summaries` (`page_paths[i]` is the page of `summaries[i]`) at the
/// folder of `scope` (`feed.xml` at the root for the site's): links are absolute when
/// the board's address is known, otherwise relative to the feed.
fn atom(
    config: &Config,
    scope: &Scope,
    summaries: &[Arc<ItemSummary>],
    page_paths: &[&str],
) -> String {
    let address = address(config);
    let ids = Ids::of(config);
    // From the feed's folder back to the site root, for relative links.
    let up = match config.base_url.is_empty() {
        true => "../".repeat(scope.folder.split('/').filter(|s| !s.is_empty()).count()),
        false => String::new(),
    };
    let mut items: Vec<(&ItemSummary, &str)> = summaries
        .iter()
        .map(|s| &**s)
        .zip(page_paths.iter().copied())
        .collect();
    // Newest first, then by address (addresses are unique, so the order is total): only
    // the first `FEED_ITEMS` are sorted, not thousands.
    let newest = |(a, _): &(&ItemSummary, &str), (b, _): &(&ItemSummary, &str)| {
        b.published.cmp(&a.published).then(a.href.cmp(&b.href))
    };
    if items.len() > FEED_ITEMS {
        items.select_nth_unstable_by(FEED_ITEMS - 1, newest);
        items.truncate(FEED_ITEMS);
    }
    items.sort_by(newest);
    let updated = items
        .first()
        .map_or_else(|| timestamp("2000-01-01"), |(s, _)| timestamp(&s.published));
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        config.language.html_lang()
    ));
    xml.push_str(&format!("  <title>{}</title>\n", escape(scope.title)));
    let feed_id = match scope.folder {
        "" => ids.feed(),
        folder => ids.unit_feed(folder),
    };
    xml.push_str(&format!("  <id>{}</id>\n", escape(&feed_id)));
    xml.push_str(&format!("  <updated>{updated}</updated>\n"));
    xml.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(scope.unit)
    ));
    let home = match &address {
        Some(address) => page_url(address, scope.folder),
        None => format!("{}{up}{}", config.base_url, link(config, scope.folder)),
    };
    xml.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&home)
    ));
    if let Some(address) = &address {
        xml.push_str(&format!(
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}feed.xml\"/>\n",
            escape(&page_url(address, scope.folder))
        ));
    }
    xml.push_str("  <generator>gongkai</generator>\n");
    for (s, page_path) in items {
        let summary = feed_summary(
            s.kind_label,
            &s.unit,
            &s.window_from_label,
            &s.window_to_label,
            config.language,
        );
        let href = match &address {
            Some(address) => page_url(address, page_path),
            None => format!("{}{up}{}", config.base_url, s.href),
        };
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape(&s.title)));
        xml.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&href)
        ));
        xml.push_str(&format!("    <id>{}</id>\n", escape(&ids.entry(page_path))));
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
/// `2026/finance-q1/index.html`), each at its absolute, percent-encoded address under
/// `address`.
fn sitemap<'a>(address: &str, html_paths: impl Iterator<Item = &'a str>) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in html_paths {
        let loc = match path.strip_suffix("index.html") {
            Some(dir) => page_url(address, dir.trim_end_matches('/')),
            None => format!("{address}{}", percent_encode_path(path)),
        };
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(&loc)));
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_8_and_differ_by_name() {
        let a = uuid("site_id\ntongfeng");
        let b = uuid("site_id\njidian");
        assert_ne!(a, b);
        for u in [&a, &b] {
            assert_eq!(u.len(), 36, "{u}");
            assert_eq!(&u[14..15], "8", "{u}");
            assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"), "{u}");
        }
        assert_eq!(uuid("x"), uuid("x"));
    }

    #[test]
    fn no_uuid_holds_a_number_the_privacy_guard_would_refuse() {
        let runs: Vec<usize> = (0..2000)
            .map(|i| longest_digit_run(&uuid_of(&format!("page {i}"))))
            .collect();
        // Plain hashes do hold such runs, so the test can fail.
        assert!(runs.iter().any(|&r| r >= 10));
        for i in 0..2000 {
            assert!(longest_digit_run(&uuid(&format!("page {i}"))) < 10);
        }
        assert_eq!(longest_digit_run("12-345a6789"), 5);
    }

    #[test]
    fn pages_get_absolute_percent_encoded_addresses() {
        let address = "https://board.example.org/tongfeng/";
        assert_eq!(page_url(address, ""), address);
        assert_eq!(
            page_url(address, "list/attendance/通风队"),
            "https://board.example.org/tongfeng/list/attendance/%E9%80%9A%E9%A3%8E%E9%98%9F/"
        );
    }
}
