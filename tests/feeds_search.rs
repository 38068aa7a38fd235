//! The board for machines and for people looking for one notice: an Atom feed of the
//! items, a sitemap of every page, and a search page that works from disk.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

fn built() -> tempfile::TempDir {
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

#[test]
fn the_feed_lists_every_item_newest_first() {
    let site = built();
    let out = site.path().join("public");
    let xml = fs::read_to_string(out.join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("feed.xml is well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(atom));
    assert_eq!(feed.tag_name().name(), "feed");
    let entries: Vec<_> = feed
        .children()
        .filter(|n| n.has_tag_name((atom, "entry")))
        .collect();
    let text = |n: roxmltree::Node, tag: &str| {
        n.children()
            .find(|c| c.has_tag_name((atom, tag)))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_string()
    };
    // One entry per item of the sample, each linking to a page that exists.
    let items = tree(&manifest_dir().join("content"))
        .into_keys()
        .filter(|p| !p.rsplit('/').next().unwrap_or("").starts_with('_'))
        .filter(|p| p.ends_with(".yaml") || p.ends_with(".md"))
        .count();
    assert!(items >= 7);
    assert_eq!(entries.len(), items);
    let dates: Vec<String> = entries.iter().map(|e| text(*e, "published")).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    let ids: BTreeSet<String> = entries.iter().map(|e| text(*e, "id")).collect();
    assert_eq!(ids.len(), entries.len(), "ids are unique");
    for e in &entries {
        let link = e
            .children()
            .find(|c| c.has_tag_name((atom, "link")))
            .and_then(|l| l.attribute("href"))
            .unwrap();
        assert!(out.join(link).is_file(), "{link} does not exist");
        assert!(!text(*e, "title").is_empty());
    }
    assert!(
        entries
            .iter()
            .any(|e| text(*e, "title") == "2026年第一季度工会经费收支情况")
    );
}

/// The sample built with `settings` in place of `base_url: ""` in its site.yaml.
fn built_with(settings: &str) -> tempfile::TempDir {
    let site = sample_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    assert!(yaml.contains("base_url: \"\"\n"));
    write(
        site.path(),
        "site.yaml",
        yaml.replace("base_url: \"\"\n", settings),
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

/// The `<loc>`s of a sitemap, checked against the sitemap protocol
/// (sitemaps.org/protocol.html): well-formed XML, a `urlset` in the protocol's namespace
/// holding `url` elements with one `loc` each, every `loc` an absolute http(s) address
/// of at most 2,048 characters, percent-encoded (nothing but the characters RFC 3986
/// allows in a URL, `%` only before two hex digits), at most 50,000 of them.
fn sitemap_locs(xml: &str) -> Vec<String> {
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let doc = roxmltree::Document::parse(xml).expect("sitemap.xml is well-formed XML");
    let urlset = doc.root_element();
    assert!(
        urlset.has_tag_name((ns, "urlset")),
        "root is {:?}",
        urlset.tag_name()
    );
    let mut locs = Vec::new();
    for url in urlset.children().filter(roxmltree::Node::is_element) {
        assert!(url.has_tag_name((ns, "url")), "{:?}", url.tag_name());
        let loc: Vec<_> = url
            .children()
            .filter(|c| c.has_tag_name((ns, "loc")))
            .collect();
        assert_eq!(loc.len(), 1, "one <loc> per <url>");
        let loc = loc[0].text().unwrap_or("").to_string();
        assert!(
            loc.starts_with("https://") || loc.starts_with("http://"),
            "{loc} is not absolute"
        );
        assert!(loc.len() <= 2048, "{loc} is too long");
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
        assert!(loc.chars().all(allowed), "{loc} is not percent-encoded");
        let bytes = loc.as_bytes();
        for (i, _) in loc.match_indices('%') {
            assert!(
                bytes.len() > i + 2
                    && bytes[i + 1].is_ascii_hexdigit()
                    && bytes[i + 2].is_ascii_hexdigit(),
                "{loc}: a % not followed by two hex digits"
            );
        }
        locs.push(loc);
    }
    assert!(!locs.is_empty() && locs.len() <= 50_000);
    locs
}

#[test]
fn the_sitemap_names_every_page_and_nothing_else() {
    // Changed with the sitemap protocol's absolute addresses: the sample gets a base_url.
    let site = built_with("base_url: \"https://board.example.org/tongfeng\"\n");
    let out = site.path().join("public");
    let xml = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let prefix = "https://board.example.org/tongfeng/";
    let locs: BTreeSet<String> = sitemap_locs(&xml)
        .into_iter()
        .map(|loc| {
            let path = percent_decode(loc.strip_prefix(prefix).expect("under base_url"));
            format!("{path}index.html")
        })
        .collect();
    let pages: BTreeSet<String> = html_files(&out).into_iter().collect();
    assert_eq!(locs, pages);
    // A folder named in Chinese is percent-encoded.
    assert!(
        xml.contains("<loc>https://board.example.org/tongfeng/list/attendance/%E9%80%9A%E9%A3%8E%E9%98%9F/</loc>"),
        "{xml}"
    );
}

#[test]
fn a_sitemap_is_written_only_when_the_boards_address_is_known() {
    // Relative links, no print_url: no absolute address, so no sitemap.
    let site = built();
    assert!(!site.path().join("public/sitemap.xml").exists());
    let site = built_with("base_url: \"/tongfeng/\"\n");
    assert!(!site.path().join("public/sitemap.xml").exists());
    // print_url is the board's address when base_url is not absolute.
    let site = built_with("base_url: \"\"\nprint_url: \"http://intranet.example/公开栏\"\n");
    let xml = fs::read_to_string(site.path().join("public/sitemap.xml")).unwrap();
    let locs = sitemap_locs(&xml);
    assert!(
        locs.contains(&"http://intranet.example/%E5%85%AC%E5%BC%80%E6%A0%8F/".to_string()),
        "{locs:?}"
    );
    assert!(locs.contains(
        &"http://intranet.example/%E5%85%AC%E5%BC%80%E6%A0%8F/2026/finance-q1/".to_string()
    ));
}

/// The feed of a built board, read by a real feed parser.
fn parsed_feed(site: &Path) -> feed_rs::model::Feed {
    let xml = fs::read(site.join("public/feed.xml")).unwrap();
    feed_rs::parser::parse(&xml[..]).expect("feed.xml parses as a feed")
}

fn self_link(feed: &feed_rs::model::Feed) -> Option<String> {
    feed.links
        .iter()
        .find(|l| l.rel.as_deref() == Some("self"))
        .map(|l| l.href.clone())
}

#[test]
fn feed_ids_are_unique_to_each_board_and_the_feed_names_itself_when_it_can() {
    let plain = built();
    let renamed = built_with("base_url: \"\"\n");
    let yaml = fs::read_to_string(renamed.path().join("site.yaml")).unwrap();
    write(
        renamed.path(),
        "site.yaml",
        yaml.replace(
            "title: 某某煤矿 厂务公开栏",
            "title: 某某煤矿机电队 队务公开栏",
        ),
    );
    run(&mut build_cmd(renamed.path(), &[])).expect_code(0);
    let named = built_with("base_url: \"\"\nsite_id: tongfeng.mine.example\n");
    let named_renamed = built_with("base_url: \"\"\nsite_id: tongfeng.mine.example\n");
    let yaml = fs::read_to_string(named_renamed.path().join("site.yaml")).unwrap();
    write(
        named_renamed.path(),
        "site.yaml",
        yaml.replace(
            "title: 某某煤矿 厂务公开栏",
            "title: 某某煤矿机电队 队务公开栏",
        ),
    );
    run(&mut build_cmd(named_renamed.path(), &[])).expect_code(0);
    let served = built_with("base_url: \"https://board.example.org/tongfeng/\"\n");
    let printed = built_with("base_url: \"\"\nprint_url: \"http://intranet.example/tongfeng\"\n");

    let feeds: Vec<(&str, feed_rs::model::Feed)> = vec![
        ("plain", parsed_feed(plain.path())),
        ("renamed", parsed_feed(renamed.path())),
        ("site_id", parsed_feed(named.path())),
        ("served", parsed_feed(served.path())),
        ("printed", parsed_feed(printed.path())),
    ];
    let mut all_ids = BTreeSet::new();
    for (what, feed) in &feeds {
        assert!(feed.entries.len() >= 7, "{what}");
        let ids: BTreeSet<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids.len(),
            feed.entries.len(),
            "{what}: entry ids are unique"
        );
        assert!(
            !ids.iter().any(|id| id.starts_with("tag:gongkai")),
            "{what}: {ids:?}"
        );
        for id in ids.iter().copied().chain([feed.id.as_str()]) {
            assert!(
                all_ids.insert(id.to_string()),
                "{what}: {id} is another board's id too"
            );
        }
        for e in &feed.entries {
            assert!(
                e.title.is_some() && e.published.is_some() && !e.links.is_empty(),
                "{what}"
            );
        }
    }
    // Without an address, no rel="self" and ids from the board's name: urn:uuid.
    let plain_feed = &feeds[0].1;
    assert_eq!(self_link(plain_feed), None);
    assert!(plain_feed.id.starts_with("urn:uuid:"), "{}", plain_feed.id);
    // site_id keeps the ids when the board is renamed.
    let kept = parsed_feed(named_renamed.path());
    assert_eq!(kept.id, feeds[2].1.id);
    let ids = |f: &feed_rs::model::Feed| f.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&kept), ids(&feeds[2].1));
    // With an address, the feed names itself and its entries by their addresses.
    let served_feed = &feeds[3].1;
    assert_eq!(
        self_link(served_feed).as_deref(),
        Some("https://board.example.org/tongfeng/feed.xml")
    );
    assert!(
        served_feed
            .entries
            .iter()
            .any(|e| e.id == "https://board.example.org/tongfeng/2026/finance-q1/")
    );
    let printed_feed = &feeds[4].1;
    assert_eq!(
        self_link(printed_feed).as_deref(),
        Some("http://intranet.example/tongfeng/feed.xml")
    );
    for e in &printed_feed.entries {
        assert!(
            e.links[0]
                .href
                .starts_with("http://intranet.example/tongfeng/"),
            "{:?}",
            e.links
        );
    }
}

#[test]
fn absolute_base_url_gives_absolute_feed_and_sitemap_addresses() {
    let site = sample_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    let yaml = yaml.replace(
        "base_url: \"\"",
        "base_url: \"https://board.example.org/tongfeng\"",
    );
    write(site.path(), "site.yaml", yaml);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let feed = fs::read_to_string(out.join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).unwrap();
    for link in doc.descendants().filter(|n| n.has_tag_name("link")) {
        let href = link.attribute("href").unwrap();
        assert!(
            href.starts_with("https://board.example.org/tongfeng/"),
            "{href}"
        );
    }
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://board.example.org/tongfeng/2026/finance-q1/</loc>"));
}

#[test]
fn search_finds_a_notice_by_a_word_of_its_text_from_disk() {
    let Some(chromium) = browser_for(
        "search_finds_a_notice_by_a_word_of_its_text_from_disk",
        BrowserUse::Dom,
    ) else {
        return;
    };
    let site = built();
    let page = site.path().join("public/search/index.html");
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}?q=%E4%BD%93%E6%A3%80", page.display()); // ?q=体检
    let out = Command::new(chromium)
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = scraper::Html::parse_document(&String::from_utf8_lossy(&out.stdout));
    let results: Vec<(String, String)> = dom
        .select(&sel("#search-results a"))
        .map(|a| {
            (
                a.text().collect::<String>(),
                a.value().attr("href").unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [(
            "关于2026年职工体检安排的通知".to_string(),
            "../notices/2026-04-physical-exam/index.html".to_string()
        )]
    );
    assert!(
        site.path()
            .join("public/notices/2026-04-physical-exam/index.html")
            .is_file()
    );
}

/// One row of the search results as the page shows it.
#[derive(Debug, PartialEq, Eq)]
struct Found {
    title: String,
    status: String,
    kind: String,
    date: String,
}

/// What the search page of the built board in `public` shows for `?q=query`, opened
/// from disk in headless Chromium: the rows, the status line and the index scripts the
/// page loaded (`data-search` of each added `<script>`).
fn search_from_disk(
    chromium: &Path,
    public: &Path,
    query: &str,
) -> (Vec<Found>, String, Vec<String>) {
    let page = public.join("search/index.html");
    let profile = tempfile::tempdir().unwrap();
    let mut url = url::Url::from_file_path(&page).unwrap();
    url.query_pairs_mut().append_pair("q", query);
    let out = Command::new(chromium)
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url.as_str())
        .output()
        .expect("chromium runs");
    let dom = scraper::Html::parse_document(&String::from_utf8_lossy(&out.stdout));
    let rows = dom
        .select(&sel("#search-results li.row"))
        .map(|li| Found {
            title: texts(li, ".row-title").concat(),
            status: texts(li, ".badge").concat(),
            kind: texts(li, ".kind").concat(),
            date: texts(li, "time").concat(),
        })
        .collect();
    let status = dom
        .select(&sel("#search-status"))
        .map(text)
        .collect::<String>();
    let loaded = dom
        .select(&sel("script[data-search]"))
        .filter_map(|s| s.value().attr("data-search").map(String::from))
        .collect();
    (rows, status, loaded)
}

fn found(title: &str, status: &str, kind: &str, date: &str) -> Found {
    Found {
        title: title.into(),
        status: status.into(),
        kind: kind.into(),
        date: date.into(),
    }
}

#[test]
fn search_finds_what_the_board_shows_newest_first_with_kind_date_and_status() {
    let Some(chromium) = browser_for(
        "search_finds_what_the_board_shows_newest_first_with_kind_date_and_status",
        BrowserUse::Dom,
    ) else {
        return;
    };
    let site = built();
    let public = site.path().join("public");
    let congress = || {
        found(
            "第五届职工代表大会第三次会议决议公告",
            "公示中",
            "职代会",
            "2026-03-30",
        )
    };
    let finance = || {
        found(
            "2026年第一季度工会经费收支情况",
            "公示中",
            "经费收支",
            "2026-04-05",
        )
    };
    let cases: Vec<(&str, Vec<Found>)> = vec![
        // A resolution's title, a proposal's title and reply.
        ("工资集体协商", vec![congress()]),
        ("饮水点", vec![congress()]),
        // A finance line's payee and note, and a welfare list's goods.
        (
            "蛋糕",
            vec![
                finance(),
                found(
                    "2026年3月会员生日慰问名单",
                    "公示期满",
                    "福利发放",
                    "2026-03-25",
                ),
            ],
        ),
        // A finance line's voucher: a Chinese character and a number.
        ("记-016", vec![finance()]),
        // The date as lists show it and as the pages write it: the finance report is
        // published that day, and a resolution's progress is dated so.
        ("2026-04-05", vec![finance(), congress()]),
        ("2026年4月5日", vec![finance(), congress()]),
        // A word of a notice's text.
        (
            "体检",
            vec![found(
                "关于2026年职工体检安排的通知",
                "公示中",
                "通知公告",
                "2026-04-01",
            )],
        ),
    ];
    for (query, expected) in cases {
        let (rows, status, _) = search_from_disk(&chromium, &public, query);
        assert_eq!(rows, expected, "?q={query}");
        assert_eq!(status, format!("共 {} 项", expected.len()), "?q={query}");
    }
    let (rows, status, _) = search_from_disk(&chromium, &public, "张德营");
    assert!(
        rows.is_empty(),
        "a recipient's name finds nothing: {rows:?}"
    );
    assert_eq!(status, "没有找到");
}

/// Every name of a person in the sample: welfare recipients and attendance records.
fn sample_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (path, bytes) in tree(&manifest_dir().join("content/2026")) {
        let text = String::from_utf8(bytes).unwrap();
        if !(text.contains("kind: welfare") || text.contains("kind: attendance")) {
            continue;
        }
        for part in text.split("name: ").skip(1) {
            let name: String = part.chars().take_while(|c| !",}\n".contains(*c)).collect();
            names.insert(name.trim().to_string());
        }
        assert!(!names.is_empty(), "{path}");
    }
    names
}

/// The terms of the search index of the board in `public`: each shard is
/// `gongkaiShard(N,"term postings term postings …");`.
fn index_terms(public: &Path) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    for (path, bytes) in tree(&public.join("search/t")) {
        let text = String::from_utf8(bytes).unwrap();
        let inner = text
            .split_once(",\"")
            .and_then(|(_, rest)| rest.rsplit_once("\");"))
            .unwrap_or_else(|| panic!("{path} is not a shard: {text}"))
            .0;
        terms.extend(inner.split(' ').step_by(2).map(String::from));
    }
    terms
}

#[test]
fn the_search_index_holds_no_name_of_a_recipient_or_an_attendance_sheet() {
    let site = built();
    let public = site.path().join("public");
    let index: String = tree(&public.join("search"))
        .into_iter()
        .filter(|(p, _)| p.ends_with(".js"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    let terms = index_terms(&public);
    assert!(
        terms.contains("蛋糕"),
        "the index has the terms of the sample"
    );
    let names = sample_names();
    assert!(names.len() >= 20, "{names:?}");
    for name in &names {
        assert!(
            !index.contains(name.as_str()),
            "{name} is in the search index"
        );
        // Nor could a query find the name: not all of its pairs of characters are terms.
        let chars: Vec<char> = name.chars().collect();
        let pairs: Vec<String> = chars.windows(2).map(|w| w.iter().collect()).collect();
        assert!(
            !pairs.iter().all(|p| terms.contains(p)),
            "the pairs of {name} are all in the search index"
        );
    }
}

#[test]
fn the_search_page_speaks_the_boards_language() {
    let Some(chromium) = browser_for(
        "the_search_page_speaks_the_boards_language",
        BrowserUse::Dom,
    ) else {
        return;
    };
    let site = sample_site();
    edit(
        site.path(),
        "site.yaml",
        "language: zh-Hans",
        "language: en",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let public = site.path().join("public");
    let (rows, status, _) = search_from_disk(&chromium, &public, "体检");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(status, "1 item found");
    let (rows, status, _) = search_from_disk(&chromium, &public, "没有这个词");
    assert!(rows.is_empty());
    assert_eq!(status, "Nothing found");
}
