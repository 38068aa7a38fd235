//! What gets published and where: reproducible output, `init`, refusing dangerous output
//! folders, drafts and scheduled items, corrections and unit inheritance.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use scraper::Html;

/// Visible text of the page's `<article>` (the item itself, without masthead and footer).
fn article_text(doc: &Html) -> String {
    doc.select(&sel("article"))
        .next()
        .expect("item page has an <article>")
        .text()
        .collect()
}

/// Every piece of text a reader could see in the output: HTML as parsed text, other
/// files as they are.
fn all_output_text(out: &Path) -> Vec<(String, String)> {
    tree(out)
        .into_iter()
        .map(|(path, bytes)| {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if path.ends_with(".html") {
                let doc = Html::parse_document(&text);
                let mut visible: String = doc.root_element().text().collect::<Vec<_>>().join(" ");
                // Links count too: a list must not link to a left-out page.
                for r in references(&doc) {
                    visible.push(' ');
                    visible.push_str(&r.value);
                }
                (path, visible)
            } else {
                (path, text)
            }
        })
        .collect()
}

fn files_mentioning(out: &Path, needle: &str) -> Vec<String> {
    all_output_text(out)
        .into_iter()
        .filter(|(_, t)| t.contains(needle))
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn same_input_and_date_give_byte_identical_output() {
    let first = sample_site();
    let second = sample_site(); // the same input at another path
    let outs = tempfile::tempdir().unwrap();
    let a = outs.path().join("a");
    let b = outs.path().join("b");
    let c = outs.path().join("c");
    run(&mut build_cmd(
        first.path(),
        &["--output", a.to_str().unwrap()],
    ))
    .expect_code(0);
    run(&mut build_cmd(
        first.path(),
        &["--output", b.to_str().unwrap()],
    ))
    .expect_code(0);
    run(&mut build_cmd(
        second.path(),
        &["--output", c.to_str().unwrap()],
    ))
    .expect_code(0);
    let ta = tree(&a);
    assert!(ta.len() > 10, "too few files: {:?}", ta.keys());
    assert_same_tree(&ta, &tree(&b), "two builds of one folder");
    assert_same_tree(&ta, &tree(&c), "builds of two copies of one site");
}

#[test]
fn init_then_build_works() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("board");
    run(gongkai().arg("init").arg(&site)).expect_code(0);
    assert!(site.join("site.yaml").is_file(), "init wrote no site.yaml");
    assert!(site.join("content").is_dir(), "init wrote no content/");
    run(&mut build_cmd(&site, &[])).expect_code(0);
    let index = site.join("public/index.html");
    assert!(index.is_file(), "no public/index.html after init + build");
    let doc = parse_html(&index);
    assert!(
        doc.select(&sel("main")).next().is_some(),
        "the home page has no <main>"
    );
    // The sample it writes is clean: check finds nothing to complain about.
    let checked = run(&mut check_cmd(&site, &["--message-format", "json"]));
    checked.expect_code(0);
    assert!(
        json_lines(&checked.stdout).is_empty(),
        "init's sample has diagnostics:\n{}",
        checked.stdout
    );
}

#[test]
fn init_refuses_to_overwrite_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    write(site, "site.yaml", "title: 我的公开栏\nunit: 我的工会\n");
    write(
        site,
        "content/notices/mine.md",
        "---\ntitle: 我的\npublished: 2026-04-01\n---\n",
    );
    let before = tree(site);
    run(gongkai().arg("init").arg(site)).expect_code(2);
    assert_same_tree(&before, &tree(site), "site after a refused init");

    // content/ alone is also someone's work.
    let other = tempfile::tempdir().unwrap();
    write(
        other.path(),
        "content/a.md",
        "---\ntitle: a\npublished: 2026-04-01\n---\n",
    );
    let before = tree(other.path());
    run(gongkai().arg("init").arg(other.path())).expect_code(2);
    assert_same_tree(&before, &tree(other.path()), "folder after a refused init");
}

/// Builds `site` into `output`, expecting a refusal (exit 2) that leaves `watched` as it was.
fn assert_refused(site: &Path, output: &Path, watched: &Path) {
    let before = tree(watched);
    let run = run(&mut build_cmd(
        site,
        &["--output", output.to_str().unwrap()],
    ));
    run.expect_code(2);
    assert!(
        run.stderr.contains("error: 拒绝写入"),
        "a refusal should say why: {}",
        run.stderr
    );
    assert_same_tree(&before, &tree(watched), "folder after a refused build");
}

#[test]
fn build_refuses_the_site_root_as_output() {
    let site = fixture("publish_rules");
    assert_refused(site.path(), site.path(), site.path());
    assert!(!site.path().join(".gongkai-output").exists());
}

#[test]
fn build_refuses_a_folder_holding_content() {
    let site = fixture("publish_rules");
    // Another site's folder.
    let other = fixture("publish_rules");
    assert_refused(site.path(), other.path(), other.path());
    // A folder that holds content/ but no site.yaml.
    let folder = tempfile::tempdir().unwrap();
    write(
        folder.path(),
        "content/keep.md",
        "---\ntitle: 保留\npublished: 2026-04-01\n---\n",
    );
    assert_refused(site.path(), folder.path(), folder.path());
    // The folder that holds the site itself.
    let parent = tempfile::tempdir().unwrap();
    let inner = parent.path().join("site");
    copy_dir(site.path(), &inner);
    assert_refused(&inner, parent.path(), parent.path());
}

#[test]
fn build_refuses_a_foreign_non_empty_folder() {
    let site = fixture("publish_rules");
    let folder = tempfile::tempdir().unwrap();
    write(
        folder.path(),
        "report.docx",
        b"PK\x03\x04 not ours".as_slice(),
    );
    write(folder.path(), "photos/a.jpg", b"\xFF\xD8\xFF".as_slice());
    assert_refused(site.path(), folder.path(), folder.path());
}

#[test]
fn build_accepts_an_empty_folder_and_its_own_output() {
    let site = fixture("publish_rules");
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().to_str().unwrap();
    run(&mut build_cmd(site.path(), &["--output", out])).expect_code(0);
    assert!(folder.path().join("index.html").is_file());
    assert!(
        folder.path().join(".gongkai-output").is_file(),
        "no marker written"
    );
    // Building again into the folder it wrote is fine.
    run(&mut build_cmd(site.path(), &["--output", out])).expect_code(0);
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = fixture("publish_rules");
    let root = site.path();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    assert!(
        out.join("notices/open/index.html").is_file(),
        "the published notice is missing"
    );
    assert!(
        !out.join("notices/draft").exists(),
        "the draft got a page without --drafts"
    );
    let mentions = files_mentioning(&out, "草稿通知");
    assert!(
        mentions.is_empty(),
        "the draft is mentioned in {mentions:?}"
    );
    let mentions = files_mentioning(&out, "notices/draft");
    assert!(mentions.is_empty(), "the draft is linked from {mentions:?}");

    let with = tempfile::tempdir().unwrap();
    let with_out = with.path().join("public");
    run(&mut build_cmd(
        root,
        &["--drafts", "--output", with_out.to_str().unwrap()],
    ))
    .expect_code(0);
    let page = with_out.join("notices/draft/index.html");
    assert!(page.is_file(), "--drafts did not publish the draft");
    let h1: String = parse_html(&page)
        .select(&sel("h1"))
        .next()
        .expect("h1")
        .text()
        .collect();
    assert_eq!(h1.trim(), "草稿通知");
}

#[test]
fn scheduled_items_wait_for_their_date_unless_future() {
    let site = fixture("publish_rules");
    let root = site.path();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    assert!(
        !out.join("notices/scheduled").exists(),
        "an item published 2026-05-01 was built on 2026-04-06"
    );
    let mentions = files_mentioning(&out, "定时发布的通知");
    assert!(
        mentions.is_empty(),
        "the scheduled item is mentioned in {mentions:?}"
    );

    let with = tempfile::tempdir().unwrap();
    let with_out = with.path().join("public");
    run(&mut build_cmd(
        root,
        &["--future", "--output", with_out.to_str().unwrap()],
    ))
    .expect_code(0);
    assert!(
        with_out.join("notices/scheduled/index.html").is_file(),
        "--future did not publish the scheduled item"
    );
}

#[test]
fn check_checks_scheduled_items() {
    let site = fixture("publish_rules");
    let root = site.path();
    // As given, everything is fine.
    let clean = run(&mut check_cmd(root, &["--message-format", "json"]));
    clean.expect_code(0);
    // A mistake in an item that is not yet due still fails `check`.
    write(
        root,
        "content/notices/scheduled.md",
        "---\ntitle: 定时发布的通知\npublished: 2026-05-01\nperiod: 2026-Q5\n---\n五月一日起公示。\n",
    );
    let run = run(&mut check_cmd(root, &["--message-format", "json"]));
    run.expect_code(1);
    let diags = json_lines(&run.stdout);
    assert!(
        diags
            .iter()
            .any(|d| d["severity"] == "error" && place(d) == "content/notices/scheduled.md:4:9"),
        "the scheduled item's bad period is not reported: {diags:#?}"
    );
}

#[test]
fn a_correction_is_linked_from_the_corrected_page() {
    let site = fixture("publish_rules");
    let root = site.path();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    let original = "2026/finance-q1/index.html";
    let correction = "2026/finance-q1-correction/index.html";
    assert!(
        out.join(original).is_file(),
        "the corrected item must stay published"
    );
    assert!(
        out.join(correction).is_file(),
        "the correction is published"
    );

    let doc = parse_html(&out.join(original));
    let links: Vec<String> = doc
        .select(&sel(".banner-corrected a[href]"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        links.len(),
        1,
        "one link in the correction banner: {links:?}"
    );
    let target = resolve_relative(&out, original, &links[0])
        .unwrap_or_else(|| panic!("banner link {} leaves the site", links[0]));
    assert_eq!(
        target,
        out.join(correction),
        "the banner links {} instead of the correction",
        links[0]
    );
    let h1: String = parse_html(&target)
        .select(&sel("h1"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(h1.trim(), "2026年第一季度经费收支（更正）");

    // The correction itself has no "corrected" banner, and points back.
    let doc = parse_html(&out.join(correction));
    assert!(
        doc.select(&sel(".banner-corrected")).next().is_none(),
        "the correction is shown as corrected"
    );
    let back: Vec<_> = doc
        .select(&sel(".banner a[href]"))
        .filter_map(|a| resolve_relative(&out, correction, a.value().attr("href")?))
        .collect();
    assert!(
        back.contains(&out.join(original)),
        "the correction does not link back to the item it corrects: {back:?}"
    );

    // An item nobody corrects has no banner.
    let doc = parse_html(&out.join("notices/open/index.html"));
    assert!(doc.select(&sel(".banner-corrected")).next().is_none());
}

#[test]
fn units_are_inherited_from_the_nearest_section() {
    let site = fixture("publish_rules");
    let root = site.path();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    // (page, the unit it must show, units it must not show)
    let cases = [
        (
            "branch/inherits",
            "分会工会委员会",
            &["站点工会", "自有落款单位"][..],
        ),
        (
            "branch/sub/deep",
            "分会工会委员会",
            &["站点工会", "自有落款单位"][..],
        ),
        (
            "branch/own-unit",
            "自有落款单位",
            &["分会工会委员会", "站点工会"][..],
        ),
        (
            "notices/open",
            "站点工会",
            &["分会工会委员会", "自有落款单位"][..],
        ),
    ];
    for (page, unit, not) in cases {
        let doc = parse_html(&out.join(page).join("index.html"));
        let text = article_text(&doc);
        assert!(text.contains(unit), "{page} does not show {unit}: {text}");
        for other in not {
            assert!(!text.contains(other), "{page} shows {other}: {text}");
        }
    }
}

#[test]
fn site_root_files_are_not_touched_by_a_build() {
    let site = fixture("publish_rules");
    let root = site.path();
    let before: Vec<(String, Vec<u8>)> = tree(root).into_iter().collect();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let after = tree(root);
    for (path, bytes) in &before {
        assert_eq!(after.get(path), Some(bytes), "{path} changed by a build");
    }
    let new: Vec<&String> = after
        .keys()
        .filter(|p| !p.starts_with("public/") && !before.iter().any(|(b, _)| b == *p))
        .collect();
    assert!(new.is_empty(), "build wrote outside public/: {new:?}");
    assert!(fs::metadata(root.join("public/index.html")).is_ok());
}
