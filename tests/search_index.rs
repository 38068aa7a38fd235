//! The search index on a generated board of many notices: small enough to read from a
//! phone (a query loads the manifest and the few shards its terms are in, within limits
//! proportional to the targets at 10,000 items: 300 KB for a first query, 1 MB for any
//! query, the whole index a tenth of the HTML), and made again in the preview only where
//! an edit changed it.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use common::*;
use gongkai::build::{self, Mode};
use gongkai::serve::incremental::Incremental;

const WORDS: &[&str] = &[
    "职工",
    "工会",
    "经费",
    "公示",
    "发放",
    "慰问",
    "困难",
    "帮扶",
    "会员",
    "生日",
    "节日",
    "体检",
    "培训",
    "安全",
    "生产",
    "班组",
    "车间",
    "劳动",
    "保护",
    "用品",
    "食堂",
    "宿舍",
    "通勤",
    "班车",
    "夜班",
    "津贴",
    "补贴",
    "标准",
    "调整",
    "方案",
    "审议",
    "通过",
    "决议",
    "提案",
    "代表",
    "大会",
    "民主",
    "管理",
    "监督",
    "财务",
    "审计",
    "预算",
    "支出",
    "收入",
    "结余",
    "季度",
    "年度",
    "报告",
    "明细",
    "名单",
    "领取",
    "签字",
    "确认",
    "异议",
    "反映",
    "办公室",
    "综合楼",
    "活动",
    "文体",
    "比赛",
    "奖品",
    "春节",
    "端午",
    "中秋",
    "防暑",
    "降温",
    "取暖",
    "医疗",
    "互助",
    "保险",
    "大病",
    "救助",
    "子女",
    "助学",
    "托管",
    "暑期",
    "女职工",
    "特殊",
    "权益",
    "合同",
    "集体",
    "协商",
    "工资",
    "增长",
    "绩效",
    "考核",
    "评优",
    "先进",
    "表彰",
    "技能",
    "竞赛",
    "岗位",
    "练兵",
    "职业",
    "健康",
    "检查",
    "整改",
    "落实",
    "情况",
    "相关",
    "规定",
    "要求",
    "程序",
    "按时",
    "完成",
    "及时",
    "公开",
    "透明",
    "接受",
];
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭";
const GIVEN: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉凤春梅海波";

/// A small deterministic random source (a linear congruential generator).
struct Random(u64);

impl Random {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next(from.len())]
    }

    fn char_of(&mut self, from: &str) -> char {
        let chars: Vec<char> = from.chars().collect();
        chars[self.next(chars.len())]
    }
}

/// The text of generated notice `i`: a title, some 150 words in sentences, and a table
/// of ten rows (name, team, amount, date), like a plain board's notices.
fn notice(i: usize, random: &mut Random) -> String {
    let title = format!(
        "关于{}{}{}的通知（{i:05}号）",
        random.pick(WORDS),
        random.pick(WORDS),
        random.pick(WORDS)
    );
    let date = format!(
        "{}-{:02}-{:02}",
        2020 + i % 6,
        1 + i % 12,
        1 + (i / 12) % 28
    );
    let mut body = String::new();
    for s in 0..15 {
        for _ in 0..10 {
            body.push_str(random.pick(WORDS));
        }
        body.push_str(if s % 5 == 4 { "。\n\n" } else { "，" });
    }
    body.push_str("| 姓名 | 班组 | 金额（元） | 日期 |\n|---|---|---:|---|\n");
    for r in 0..10 {
        body.push_str(&format!(
            "| {}{}{} | 第{}班组 | {},{:03}.{:02} | {}-{:02}-{:02} |\n",
            random.char_of(SURNAMES),
            random.char_of(GIVEN),
            random.char_of(GIVEN),
            1 + r % 9,
            random.next(90) + 1,
            random.next(1000),
            random.next(100),
            2020 + random.next(6),
            1 + random.next(12),
            1 + random.next(28)
        ));
    }
    format!("---\ntitle: \"{title}\"\npublished: {date}\ncategory: 通知\n---\n{body}")
}

/// A board of `n` generated notices in twenty folders.
fn generated_board(n: usize) -> tempfile::TempDir {
    let site = minimal_site();
    let mut random = Random(n as u64);
    for i in 0..n {
        let rel = format!("content/unit-{:02}/page-{i:05}.md", i % 20);
        write(site.path(), &rel, notice(i, &mut random));
    }
    site
}

/// Bytes of the file at `rel` under `dir`.
fn size(dir: &Path, rel: &str) -> u64 {
    fs::metadata(dir.join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
        .len()
}

/// The index scripts the search page of `public` loaded for `?q=query`, opened from disk.
fn loaded_for(chromium: &Path, public: &Path, query: &str) -> (Vec<String>, String) {
    let mut url = url::Url::from_file_path(public.join("search/index.html")).unwrap();
    url.query_pairs_mut().append_pair("q", query);
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url.as_str())
        .output()
        .expect("chromium runs");
    let dom = scraper::Html::parse_document(&String::from_utf8_lossy(&out.stdout));
    let loaded = dom
        .select(&sel("script[data-search]"))
        .filter_map(|s| s.value().attr("data-search").map(String::from))
        .collect();
    let status = dom.select(&sel("#search-status")).map(text).collect();
    (loaded, status)
}

#[test]
fn a_query_on_2000_items_loads_only_the_shards_of_its_terms_within_budget() {
    let Some(chromium) = browser_for(
        "a_query_on_2000_items_loads_only_the_shards_of_its_terms_within_budget",
        BrowserUse::Dom,
    ) else {
        return;
    };
    const N: u64 = 2_000;
    // The targets at 10,000 items, scaled to N.
    let first_query_limit = 300_000 * N / 10_000;
    let any_query_limit = 1_000_000 * N / 10_000;
    let site = generated_board(N as usize);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let public = site.path().join("public");
    let search = public.join("search");

    // The whole index: at most a tenth of the HTML.
    let files = tree(&public);
    let html: usize = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(_, b)| b.len())
        .sum();
    let index: BTreeMap<String, Vec<u8>> = tree(&search)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".js"))
        .collect();
    let index_bytes: usize = index.values().map(Vec::len).sum();
    assert!(
        index_bytes * 10 <= html,
        "index {index_bytes} bytes, HTML {html} bytes"
    );
    let shards: Vec<&String> = index.keys().filter(|p| p.starts_with("t/")).collect();
    assert!(shards.len() >= 16, "{} shards", shards.len());

    // A first query: the manifest, the shard of each term and the chunks of its first
    // results, nothing else.
    let (loaded, status) = loaded_for(&chromium, &public, "体检 补贴");
    assert!(status.starts_with("共 "), "{status}");
    let needed: BTreeSet<String> = ["体检", "补贴"]
        .iter()
        .map(|term| {
            // Each shard is `gongkaiShard(N,"term postings term postings …");`.
            let holds = |p: &str| {
                let text = String::from_utf8_lossy(&index[p]).into_owned();
                let inner = text.split_once(",\"").map_or("", |(_, rest)| rest);
                let inner = inner.trim_end_matches("\");\n");
                inner.split(' ').step_by(2).any(|t| t == *term)
            };
            let holding: Vec<&String> = shards.iter().filter(|p| holds(p)).copied().collect();
            assert_eq!(holding.len(), 1, "{term} is in one shard: {holding:?}");
            holding[0].clone()
        })
        .collect();
    let loaded_shards: BTreeSet<String> = loaded
        .iter()
        .filter(|p| p.starts_with("t/"))
        .cloned()
        .collect();
    assert_eq!(loaded_shards, needed, "the shards loaded");
    assert!(
        loaded.iter().filter(|p| p.starts_with("d/")).count() >= 1,
        "{loaded:?}"
    );
    let bytes = |loaded: &[String]| -> u64 {
        size(&search, "index.js") + loaded.iter().map(|p| size(&search, p)).sum::<u64>()
    };
    let first = bytes(&loaded);
    eprintln!(
        "{N} items: HTML {html} bytes, index {index_bytes} bytes in {} shards, first query {first} bytes",
        shards.len()
    );
    assert!(first <= first_query_limit, "first query: {first} bytes");

    // A long query: however many terms, a bounded number of shards.
    let long = "职工代表大会审议通过女职工特殊权益保护专项集体合同并按时公开落实情况接受监督";
    let (loaded, _) = loaded_for(&chromium, &public, long);
    let loaded_shards = loaded.iter().filter(|p| p.starts_with("t/")).count();
    assert!((1..=8).contains(&loaded_shards), "{loaded:?}");
    let any = bytes(&loaded);
    assert!(any <= any_query_limit, "long query: {any} bytes");
    // And the most any query can load: eight of the largest shards (the script loads no
    // more for one query) and twenty of the largest chunks (a page of results).
    let mut shard_sizes: Vec<usize> = shards.iter().map(|p| index[p.as_str()].len()).collect();
    let mut chunk_sizes: Vec<usize> = index
        .iter()
        .filter(|(p, _)| p.starts_with("d/"))
        .map(|(_, b)| b.len())
        .collect();
    shard_sizes.sort_unstable_by(|a, b| b.cmp(a));
    chunk_sizes.sort_unstable_by(|a, b| b.cmp(a));
    let bound = index["index.js"].len()
        + shard_sizes.iter().take(8).sum::<usize>()
        + chunk_sizes.iter().take(20).sum::<usize>();
    eprintln!("long query {any} bytes, at most {bound} bytes");
    assert!(
        bound as u64 <= any_query_limit,
        "worst query: {bound} bytes"
    );
}

/// The output of a rebuild: path -> bytes as shared.
fn files(engine: &mut Incremental, changed: Option<&[&str]>) -> BTreeMap<String, Arc<[u8]>> {
    let changed: Option<Vec<String>> = changed.map(|c| c.iter().map(|s| s.to_string()).collect());
    let rebuilt = engine.rebuild(changed.as_deref()).expect("rebuild");
    rebuilt.result.output.expect("a good build").files
}

/// Asserts the preview's files equal a full build's.
fn same_as_full_build(root: &Path, files: &BTreeMap<String, Arc<[u8]>>, what: &str) {
    let full = build::run(root, &build_options(), Mode::Render, &|_| {}).expect("full build");
    let full = full.output.expect("a good build").files;
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>(),
        "{what}: the file sets differ"
    );
    for (path, bytes) in files {
        assert!(
            **bytes == *full[path],
            "{what}: {path} differs from a full build"
        );
    }
}

/// The shard files of `after` that were made again: not the very bytes of `before`.
fn made_again(
    before: &BTreeMap<String, Arc<[u8]>>,
    after: &BTreeMap<String, Arc<[u8]>>,
) -> Vec<String> {
    after
        .iter()
        .filter(|(p, _)| p.starts_with("search/t/"))
        .filter(|(p, b)| before.get(*p).is_none_or(|old| !Arc::ptr_eq(old, b)))
        .map(|(p, _)| p.clone())
        .collect()
}

#[test]
fn the_preview_makes_again_only_the_shards_an_edit_changed() {
    let site = generated_board(600);
    let root = site.path();
    let mut engine = Incremental::new(root, &build_options());
    let start = files(&mut engine, None);
    let shards = start.keys().filter(|p| p.starts_with("search/t/")).count();
    assert!(shards >= 8, "{shards} shards");

    // A word of one notice's text: the shards of the terms it adds and removes.
    let rel = "content/unit-03/page-00123.md";
    let text = fs::read_to_string(root.join(rel)).unwrap();
    let word = WORDS.iter().find(|w| text.contains(*w)).unwrap();
    edit(root, rel, word, "饮水点");
    let edited = files(&mut engine, Some(&[rel]));
    same_as_full_build(root, &edited, "a notice's word");
    let again = made_again(&start, &edited);
    assert!(
        !again.is_empty() && again.len() * 4 <= shards,
        "{} of {shards} shards made again: {again:?}",
        again.len()
    );
    for path in edited.keys().filter(|p| p.starts_with("search/t/")) {
        if !again.contains(path) {
            assert!(*start[path] == *edited[path]);
        }
    }

    // An edit that changes nothing the index holds (a blank line more): no shard is made
    // again.
    edit(root, rel, "。\n\n", "。\n\n\n");
    let unchanged = files(&mut engine, Some(&[rel]));
    same_as_full_build(root, &unchanged, "a setting of one notice");
    assert_eq!(made_again(&edited, &unchanged), Vec::<String>::new());

    // A new notice, a deleted one and a changed date: still what a full build makes.
    let mut random = Random(7);
    write(root, "content/unit-01/new.md", notice(9_999, &mut random));
    let added = files(&mut engine, Some(&["content/unit-01/new.md"]));
    same_as_full_build(root, &added, "a new notice");
    fs::remove_file(root.join("content/unit-05/page-00005.md")).unwrap();
    let removed = files(&mut engine, Some(&["content/unit-05/page-00005.md"]));
    same_as_full_build(root, &removed, "a deleted notice");
    let rel = "content/unit-07/page-00007.md";
    let text = fs::read_to_string(root.join(rel)).unwrap();
    let date = text
        .lines()
        .find(|l| l.starts_with("published:"))
        .unwrap()
        .to_string();
    edit(root, rel, &date, "published: 2019-01-01");
    let moved = files(&mut engine, Some(&[rel]));
    same_as_full_build(root, &moved, "a notice moved to the oldest");
}
