//! The preview's incremental rebuild gives what a full build of the same files gives:
//! after each step of a scripted editing session (edits, creates, deletes, renames of
//! files and folders, a broken file and its fix, a GBK file, a correction that changes
//! another item's page, a template, a static file, site.yaml), the cache-driven rebuild
//! and a fresh `build::run` must produce the same file set with the same bytes, the same
//! diagnostics and the same counts.
//!
//! The engine is driven through the library with the paths a watcher would report, so
//! nothing here waits on file-system events.

mod common;

use std::fs;
use std::path::Path;

use common::{build_options, diagnostic_lines, edit, sample_site, write};
use gongkai::build::{self, BuildResult, Mode};
use gongkai::serve::incremental::Incremental;

/// Rebuilds incrementally, telling the engine what changed as a watcher would, and
/// fully, and asserts both agree. Returns the incremental result for further checks.
fn step(engine: &mut Incremental, root: &Path, what: &str, changed: &[&str]) -> BuildResult {
    let changed: Vec<String> = changed.iter().map(|s| s.to_string()).collect();
    compare(engine.rebuild(Some(&changed)), root, what)
}

/// Asserts that an incremental rebuild agrees with a full build of the files now on disk.
fn compare(
    inc: Result<gongkai::serve::incremental::Rebuild, gongkai::ToolError>,
    root: &Path,
    what: &str,
) -> BuildResult {
    let inc = inc.unwrap_or_else(|e| panic!("{what}: incremental rebuild failed: {e}"));
    let full = build::run(root, &build_options(), Mode::Render, &|_| {})
        .unwrap_or_else(|e| panic!("{what}: full build failed: {e}"));
    let inc = inc.result;
    assert_eq!(
        diagnostic_lines(&inc),
        diagnostic_lines(&full),
        "{what}: diagnostics differ"
    );
    assert_eq!(
        inc.item_count, full.item_count,
        "{what}: item counts differ"
    );
    assert_eq!(
        inc.page_count, full.page_count,
        "{what}: page counts differ"
    );
    match (&inc.output, &full.output) {
        (Some(a), Some(b)) => {
            let a_keys: Vec<&String> = a.files.keys().collect();
            let b_keys: Vec<&String> = b.files.keys().collect();
            assert_eq!(a_keys, b_keys, "{what}: the file sets differ");
            for (path, bytes) in &a.files {
                assert!(
                    **bytes == *b.files[path],
                    "{what}: {path} differs from the full build:\n--- incremental ---\n{}\n--- full ---\n{}",
                    String::from_utf8_lossy(bytes),
                    String::from_utf8_lossy(&b.files[path])
                );
            }
        }
        (None, None) => {}
        (a, b) => panic!(
            "{what}: incremental published: {}, full published: {}",
            a.is_some(),
            b.is_some()
        ),
    }
    inc
}

fn page(r: &BuildResult, path: &str) -> String {
    let output = r.output.as_ref().expect("a good build");
    let bytes = output
        .files
        .get(path)
        .unwrap_or_else(|| panic!("no {path} in the output"));
    String::from_utf8_lossy(bytes).into_owned()
}

const NOTICE: &str = "content/notices/2026-04-physical-exam.md";
const FINANCE: &str = "content/2026/finance-q1.yaml";

/// Every page of `r` that lists items (kinds, years, sections), by path.
fn list_pages(r: &BuildResult) -> Vec<(String, String)> {
    let output = r.output.as_ref().expect("a good build");
    output
        .files
        .iter()
        .filter(|(p, _)| p.ends_with("index.html"))
        .map(|(p, b)| (p.clone(), String::from_utf8_lossy(b).into_owned()))
        .filter(|(_, html)| html.contains("<ul class=\"rows\">"))
        .collect()
}

#[test]
fn a_title_edit_changes_its_row_on_every_list_and_no_other_row() {
    let site = sample_site();
    let root = site.path();
    let mut engine = Incremental::new(root, &build_options());
    let first = compare(engine.rebuild(None), root, "first build");
    let (old, new) = (
        "关于2026年职工体检安排的通知",
        "关于2026年职工健康体检安排的通知",
    );
    let listing: Vec<(String, String)> = list_pages(&first)
        .into_iter()
        .filter(|(_, html)| html.contains(old))
        .collect();
    let paths: Vec<&str> = listing.iter().map(|(p, _)| p.as_str()).collect();
    for list in [
        "index.html",
        "list/notice/index.html",
        "year/2026/index.html",
        "notices/index.html",
    ] {
        assert!(paths.contains(&list), "{list} lists the notice: {paths:?}");
    }
    // Twice, the second time with every row kept from the first.
    let mut before = list_pages(&first);
    for (from, to) in [(old, new), (new, old)] {
        edit(
            root,
            NOTICE,
            &format!("title: {from}"),
            &format!("title: {to}"),
        );
        let r = step(&mut engine, root, "notice title", &[NOTICE]);
        for (path, html) in list_pages(&r) {
            let Some((_, was)) = before.iter().find(|(p, _)| *p == path) else {
                panic!("{path} is new");
            };
            if paths.contains(&path.as_str()) {
                assert!(html.contains(to) && !html.contains(from), "{path}");
            }
            // Only the title changed: every other row is as it was.
            assert_eq!(html, was.replace(from, to), "{path}");
        }
        before = list_pages(&r);
    }
}

#[test]
fn incremental_rebuild_equals_full_build_after_every_step() {
    let site = sample_site();
    let root = site.path();
    let mut engine = Incremental::new(root, &build_options());
    let first = compare(engine.rebuild(None), root, "first build");
    assert!(first.output.is_some(), "the sample site builds");

    edit(
        root,
        NOTICE,
        "体检当日按出勤计算。",
        "体检当日按出勤计算，不扣工资。",
    );
    let r = step(&mut engine, root, "notice body", &[NOTICE]);
    assert!(page(&r, "notices/2026-04-physical-exam/index.html").contains("不扣工资"));

    edit(
        root,
        NOTICE,
        "title: 关于2026年职工体检安排的通知",
        "title: 关于2026年职工健康体检安排的通知",
    );
    let r = step(
        &mut engine,
        root,
        "notice title (lists and home change)",
        &[NOTICE],
    );
    assert!(page(&r, "list/notice/index.html").contains("职工健康体检"));

    // A date that moves the notice past another in its lists and the search index (the
    // preview keeps their last order while it still sorts them), and back.
    let order = |r: &BuildResult| {
        let list = page(r, "list/notice/index.html");
        list.find("2026-04-physical-exam") < list.find("2026-03-finance-rules")
    };
    assert!(
        order(&r),
        "newest first: the exam notice before the finance rules"
    );
    edit(
        root,
        NOTICE,
        "published: 2026-04-01",
        "published: 2026-03-05",
    );
    let r = step(
        &mut engine,
        root,
        "notice date (its place in lists)",
        &[NOTICE],
    );
    assert!(!order(&r), "the exam notice moved after the finance rules");
    edit(
        root,
        NOTICE,
        "published: 2026-03-05",
        "published: 2026-04-01",
    );
    let r = step(&mut engine, root, "notice date back", &[NOTICE]);
    assert!(order(&r));

    edit(
        root,
        FINANCE,
        "note: 一季度银行手续费",
        "note: 一季度银行账户手续费",
    );
    let r = step(&mut engine, root, "finance line note", &[FINANCE]);

    // Edits that leave every list entry as it was but change what a site-wide page sums
    // up: a team's attendance archive, the welfare year summary, the congress follow-up.
    let archive = "list/attendance/通风队/index.html";
    let before = page(&r, archive);
    edit(
        root,
        "content/2026/attendance-03.yaml",
        "{name: 李秀兰, present: 20, leave: {病假: 2}}",
        "{name: 李秀兰, present: 21, leave: {病假: 1}}",
    );
    // The team's pay sheet of the month must show the same days (a cross-item rule).
    edit(
        root,
        "content/2026/pay-03.yaml",
        "{姓名: 李秀兰, 岗位: 测风员, 出勤天数: 20,",
        "{姓名: 李秀兰, 岗位: 测风员, 出勤天数: 21,",
    );
    let r = step(
        &mut engine,
        root,
        "an attendance record",
        &[
            "content/2026/attendance-03.yaml",
            "content/2026/pay-03.yaml",
        ],
    );
    assert_ne!(page(&r, archive), before, "the archive shows the new rate");

    let year = "list/welfare/2026/index.html";
    let before = page(&r, year);
    edit(
        root,
        "content/2026/welfare-spring.yaml",
        "{name: 张德营, team: 通风一班, reason: 因病致困",
        "{name: 张德营, team: 通风一班, reason: 家庭困难",
    );
    let r = step(
        &mut engine,
        root,
        "a welfare recipient's reason",
        &["content/2026/welfare-spring.yaml"],
    );
    assert_ne!(page(&r, year), before, "the year sums per reason change");

    let resolutions = "list/resolutions/index.html";
    let before = page(&r, resolutions);
    edit(
        root,
        "content/2026/congress-5-3.yaml",
        "percent: 40",
        "percent: 60",
    );
    let r = step(
        &mut engine,
        root,
        "a resolution's progress",
        &["content/2026/congress-5-3.yaml"],
    );
    assert_ne!(page(&r, resolutions), before, "the progress bar moves");

    write(
        root,
        "content/notices/2026-04-new.md",
        "---\ntitle: 新建的通知\npublished: 2026-04-03\n---\n正文。\n",
    );
    let r = step(
        &mut engine,
        root,
        "create a notice",
        &["content/notices/2026-04-new.md"],
    );
    assert!(page(&r, "index.html").contains("新建的通知"));

    fs::rename(
        root.join("content/notices/2026-04-new.md"),
        root.join("content/notices/2026-04-renamed.md"),
    )
    .unwrap();
    let r = step(
        &mut engine,
        root,
        "rename a notice",
        &[
            "content/notices/2026-04-new.md",
            "content/notices/2026-04-renamed.md",
        ],
    );
    let out = r.output.as_ref().unwrap();
    assert!(out.files.contains_key("notices/2026-04-renamed/index.html"));
    assert!(!out.files.contains_key("notices/2026-04-new/index.html"));

    fs::remove_file(root.join("content/notices/2026-04-renamed.md")).unwrap();
    step(
        &mut engine,
        root,
        "delete a notice",
        &["content/notices/2026-04-renamed.md"],
    );

    fs::rename(root.join("content/notices"), root.join("content/tongzhi")).unwrap();
    let r = step(
        &mut engine,
        root,
        "rename a folder",
        &["content/notices", "content/tongzhi"],
    );
    assert!(
        r.output
            .as_ref()
            .unwrap()
            .files
            .contains_key("tongzhi/index.html")
    );

    let broken = "content/tongzhi/2026-04-broken.md";
    write(
        root,
        broken,
        "---\ntitle: 坏日期\npublished: 2026-13-45\n---\n正文。\n",
    );
    let r = step(&mut engine, root, "a file with a bad date", &[broken]);
    assert!(r.output.is_none(), "a bad date stops publishing");
    write(
        root,
        broken,
        "---\ntitle: 好日期\npublished: 2026-04-02\n---\n正文。\n",
    );
    let r = step(&mut engine, root, "the bad date fixed", &[broken]);
    assert!(page(&r, "tongzhi/2026-04-broken/index.html").contains("好日期"));

    let (gbk, _, _) =
        encoding_rs::GBK.encode("---\ntitle: 国标码\npublished: 2026-04-02\n---\n正文。\n");
    write(root, "content/tongzhi/gbk.md", &gbk);
    let r = step(&mut engine, root, "a GBK file", &["content/tongzhi/gbk.md"]);
    assert!(r.output.is_none());
    fs::remove_file(root.join("content/tongzhi/gbk.md")).unwrap();
    step(
        &mut engine,
        root,
        "the GBK file removed",
        &["content/tongzhi/gbk.md"],
    );

    // A correction changes the page of the item it corrects, which was not edited.
    write(
        root,
        "content/2026/finance-q1-fix.yaml",
        fs::read_to_string(root.join(FINANCE)).unwrap().replacen(
            "title: 2026年第一季度工会经费收支情况",
            "title: 2026年第一季度经费收支（更正）\ncorrects: 2026/finance-q1.yaml",
            1,
        ),
    );
    let r = step(
        &mut engine,
        root,
        "a correction",
        &["content/2026/finance-q1-fix.yaml"],
    );
    assert!(page(&r, "2026/finance-q1/index.html").contains("2026/finance-q1-fix/"));

    write(
        root,
        "content/2026/_section.yaml",
        "title: 2026年度\nunit: 某某煤矿通风队工会（代章）\n",
    );
    step(
        &mut engine,
        root,
        "a section's unit",
        &["content/2026/_section.yaml"],
    );

    write(root, "static/notice.txt", "公开栏说明\n");
    step(&mut engine, root, "a static file", &["static/notice.txt"]);

    let base = fs::read_to_string(manifest_template("base.html")).unwrap();
    write(
        root,
        "templates/base.html",
        base.replacen("</body>", "<p class=\"custom\">自定义页脚</p></body>", 1),
    );
    let r = step(
        &mut engine,
        root,
        "a template override",
        &["templates/base.html"],
    );
    assert!(page(&r, "2026/congress-5-3/index.html").contains("自定义页脚"));

    edit(
        root,
        "site.yaml",
        "title: 某某煤矿 厂务公开栏",
        "title: 某某煤矿 公开栏",
    );
    let r = step(&mut engine, root, "site.yaml", &["site.yaml"]);
    assert!(page(&r, "2026/attendance-03/index.html").contains("某某煤矿 公开栏"));

    // A welfare list names the finance item it is paid from: retitling that item changes
    // the welfare page, which was not edited.
    edit(
        root,
        FINANCE,
        "title: 2026年第一季度工会经费收支情况",
        "title: 2026年一季度工会经费收支",
    );
    let r = step(
        &mut engine,
        root,
        "the funding finance item retitled",
        &[FINANCE],
    );
    assert!(page(&r, "2026/welfare-spring/index.html").contains("2026年一季度工会经费收支"));

    // With nobody watching, the engine still notices what changed on disk.
    edit(
        root,
        "content/2026/attendance-03.yaml",
        "title: 2026年3月通风队出勤公示",
        "title: 2026年3月出勤公示",
    );
    let r = compare(engine.rebuild(None), root, "an edit nobody reported");
    assert!(page(&r, "list/attendance/index.html").contains("2026年3月出勤公示"));
}

fn manifest_template(name: &str) -> std::path::PathBuf {
    common::manifest_dir()
        .join("themes/default/templates")
        .join(name)
}
