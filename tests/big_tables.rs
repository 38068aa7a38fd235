//! A big table (more than 200 rows on the page, see `views::table_html`) comes to the
//! templates as ready markup instead of a value per cell. Its page must read exactly as
//! the template writes a smaller table: the same rows, byte for byte, escaping included,
//! on the item page and on the board.

mod common;

use common::*;

/// A finance item of `lines` income lines whose notes need escaping.
fn ledger(lines: usize) -> String {
    let mut yaml = String::from(
        "kind: finance\ntitle: 大账\npublished: 2026-04-05\nperiod: 2026\nopening_balance: \"0\"\nincome:\n",
    );
    for i in 1..=lines {
        yaml.push_str(&format!(
            "  - {{date: 2026-{:02}-{:02}, category: 会费收入, amount: \"{}.{:02}\", payee: 一班, voucher: 记-{i:06}, note: \"<第{i}笔> & '会费' \\\"x\\\"\"}}\n",
            i % 12 + 1,
            i % 28 + 1,
            1000 + i,
            i % 100
        ));
    }
    yaml.push_str("expenses: []\n");
    yaml
}

/// The `<tr>` rows of the table `id` in the page at `path`, as written.
fn rows(path: &std::path::Path, id: &str) -> Vec<String> {
    let html = std::fs::read_to_string(path).unwrap();
    let start = html.find(&format!("id=\"{id}\"")).unwrap();
    let body = &html[start..];
    let body = &body[body.find("<tbody>").unwrap()..body.find("</tbody>").unwrap()];
    // Each row without the line end and indent after it (the last one's differ: the
    // `</tbody>` line follows it).
    body.split("<tr>")
        .skip(1)
        .map(|r| format!("<tr>{}", r.trim_end()))
        .collect()
}

/// Builds a site with a ledger of `lines`, open on the build date; returns the site.
fn site_with(lines: usize) -> tempfile::TempDir {
    let site = minimal_site();
    write(site.path(), "content/f.yaml", ledger(lines));
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

#[test]
fn a_big_table_reads_as_the_template_writes_a_small_one() {
    let small = site_with(200);
    let big = site_with(230);
    // The board prefixes the ids of each sheet.
    for (page, id) in [
        ("public/f/index.html", "lines"),
        ("public/board/index.html", "s1-lines"),
    ] {
        let few = rows(&small.path().join(page), id);
        let many = rows(&big.path().join(page), id);
        assert_eq!(few.len(), 200, "{page}");
        assert_eq!(many.len(), 230, "{page}");
        // The first 200 lines are the same lines, so their rows are the same bytes.
        let differ = (0..200).find(|i| many[*i] != few[*i]);
        assert!(
            differ.is_none(),
            "{page}: row {differ:?} differs: {:?} {:?}",
            differ.map(|i| &many[i]),
            differ.map(|i| &few[i])
        );
        assert!(
            many[229].contains("&lt;第230笔&gt; &amp; &#39;会费&#39; &quot;x&quot;"),
            "{page}: {}",
            many[229]
        );
    }
}

/// The page at `path` of a build in memory.
fn page_of(result: &gongkai::build::BuildResult, path: &str) -> String {
    let output = result.output.as_ref().expect("a good build");
    String::from_utf8_lossy(&output.files[path]).into_owned()
}

/// The preview renders a big table's page into memory and keeps its values for the next
/// save, the build writes it out as it renders: both write the rows in place of the
/// table's marker, and so does the board the preview makes again from a kept sheet.
#[test]
fn the_preview_writes_a_big_table_as_the_build_does() {
    use gongkai::build::{self, Mode};
    use gongkai::serve::incremental::Incremental;

    let site = minimal_site();
    write(site.path(), "content/f.yaml", ledger(230));
    write(site.path(), "content/g.yaml", ledger(3));
    let mut engine = Incremental::new(site.path(), &build_options());
    let full = || build::run(site.path(), &build_options(), Mode::Render, &|_| {}).unwrap();
    let first = (engine.rebuild(None).unwrap().result, full());
    // Another open item changes: the ledger's page and sheet come from the memo, the
    // board is made again around them.
    let g = std::fs::read_to_string(site.path().join("content/g.yaml")).unwrap();
    write(site.path(), "content/g.yaml", g.replace("大账", "小账"));
    let again = engine
        .rebuild(Some(&["content/g.yaml".to_string()]))
        .unwrap()
        .result;
    let again = (again, full());
    for (what, (preview, built)) in [("first preview", first), ("after a save", again)] {
        for path in ["f/index.html", "board/index.html"] {
            let built = page_of(&built, path);
            assert!(built.contains("&lt;第230笔&gt;"), "{path}: no last row");
            assert!(!built.contains("gongkai-rows"), "{path}: a marker left");
            assert_eq!(page_of(&preview, path), built, "{path}: {what}");
        }
    }
}
