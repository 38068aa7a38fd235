//! Symbolic links where the site publishes from: a linked `content/`, `static/`,
//! `templates/` or theme folder, and linked files and folders inside them. None is
//! followed: each is an error at the link's own path saying where it leads (outside the
//! site folder, inside it, or nowhere), and nothing from outside the site is published,
//! by `build` or by the preview's rebuild.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::*;
use gongkai::build::Mode;
use gongkai::serve::incremental::Incremental;

const NOTICE: &str = "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n";

/// What a file outside the site holds: it must never show up in an output.
const SECRET: &str = "SECRET-FROM-OUTSIDE-THE-SITE";

/// A folder outside the site with a notice, a text file and a template, all marked.
fn outside() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "notice.md",
        format!("---\ntitle: {SECRET}\npublished: 2026-04-01\n---\n{SECRET}\n"),
    );
    write(dir.path(), "secret.txt", SECRET);
    write(dir.path(), "templates/home.html", SECRET);
    dir
}

/// Asserts no file under `out` holds the secret, and returns how many files there are.
fn assert_nothing_from_outside(out: &Path) -> usize {
    let files = tree(out);
    for (path, bytes) in &files {
        assert!(
            !String::from_utf8_lossy(bytes).contains(SECRET) && !path.contains("secret"),
            "{path} was published from outside the site"
        );
    }
    files.len()
}

fn check_json(site: &Path) -> (Run, Vec<serde_json::Value>) {
    let run = run(&mut check_cmd(site, &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    (run, diags)
}

/// A site that builds, published once, so a refused build can be seen to leave it be.
fn published_site() -> (tempfile::TempDir, usize) {
    let site = minimal_site();
    write(site.path(), "content/ok.md", NOTICE);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let files = tree(&site.path().join("public")).len();
    (site, files)
}

/// Builds `root` expecting the links to stop it, and checks the last output is untouched.
fn assert_refused_and_untouched(root: &Path, files_before: usize) {
    let before = tree(&root.join("public"));
    run(&mut build_cmd(root, &[])).expect_code(1);
    let after = tree(&root.join("public"));
    assert_same_tree(&before, &after, "the output after a refused build");
    assert_eq!(
        assert_nothing_from_outside(&root.join("public")),
        files_before
    );
}

#[test]
fn symlinked_content_and_static_folders_outside_the_site_are_refused() {
    let elsewhere = outside();
    let (site, files) = published_site();
    let root = site.path();
    std::fs::rename(root.join("content"), root.join("real-content")).unwrap();
    symlink(elsewhere.path(), root.join("content")).unwrap();
    symlink(elsewhere.path(), root.join("static")).unwrap();
    let (run, diags) = check_json(root);
    run.expect_code(1);
    let target = elsewhere.path().to_string_lossy().into_owned();
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content:-:-",
                &["符号链接指向", &target, "站点文件夹以外", "文件夹"],
            ),
            ("error", "static:-:-", &["站点文件夹以外"]),
        ],
    );
    assert!(
        diags
            .iter()
            .all(|d| d["hint"].as_str().unwrap().contains("复制到站点文件夹里")),
        "{diags:#?}"
    );
    assert_refused_and_untouched(root, files);
}

#[test]
fn symlinked_files_and_folders_inside_content_are_refused() {
    let elsewhere = outside();
    let (site, files) = published_site();
    let root = site.path();
    std::fs::create_dir_all(root.join("content/2026")).unwrap();
    symlink(
        elsewhere.path().join("notice.md"),
        root.join("content/2026/leak.md"),
    )
    .unwrap();
    symlink(
        elsewhere.path().join("secret.txt"),
        root.join("content/附件.txt"),
    )
    .unwrap();
    symlink(elsewhere.path(), root.join("content/shared")).unwrap();
    symlink(root.join("nothing-here"), root.join("content/gone.md")).unwrap();
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/2026/leak.md:-:-",
                &["站点文件夹以外", "发布文件"],
            ),
            ("error", "content/附件.txt:-:-", &["站点文件夹以外"]),
            (
                "error",
                "content/shared:-:-",
                &["站点文件夹以外", "发布文件夹"],
            ),
            ("error", "content/gone.md:-:-", &["不存在"]),
        ],
    );
    assert_refused_and_untouched(root, files);
}

/// The choice made for links that stay inside the site: refused too, saying so.
#[test]
fn symlinks_inside_the_site_are_refused_as_well() {
    let (site, files) = published_site();
    let root = site.path();
    symlink(root.join("content/ok.md"), root.join("content/again.md")).unwrap();
    symlink(root.join("content"), root.join("content/loop")).unwrap();
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            ("error", "content/again.md:-:-", &["站点文件夹里", "不跟随"]),
            ("error", "content/loop:-:-", &["站点文件夹里"]),
        ],
    );
    assert_refused_and_untouched(root, files);
}

#[test]
fn symlinked_theme_and_template_folders_are_refused() {
    let elsewhere = outside();
    let (site, files) = published_site();
    let root = site.path();
    std::fs::create_dir_all(root.join("themes")).unwrap();
    symlink(elsewhere.path(), root.join("themes/shared")).unwrap();
    edit(
        root,
        "site.yaml",
        "base_url: \"\"",
        "base_url: \"\"\ntheme: shared",
    );
    std::fs::create_dir_all(root.join("templates")).unwrap();
    symlink(
        elsewhere.path().join("templates/home.html"),
        root.join("templates/home.html"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("static")).unwrap();
    symlink(
        elsewhere.path().join("secret.txt"),
        root.join("static/secret.txt"),
    )
    .unwrap();
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            ("error", "themes/shared:-:-", &["站点文件夹以外"]),
            ("error", "templates/home.html:-:-", &["站点文件夹以外"]),
            ("error", "static/secret.txt:-:-", &["站点文件夹以外"]),
        ],
    );
    assert_refused_and_untouched(root, files);

    // A linked `templates/` folder and a linked `themes/` folder are refused alike.
    std::fs::remove_dir_all(root.join("templates")).unwrap();
    std::fs::remove_dir_all(root.join("themes")).unwrap();
    std::fs::remove_dir_all(root.join("static")).unwrap();
    symlink(elsewhere.path().join("templates"), root.join("templates")).unwrap();
    symlink(elsewhere.path(), root.join("themes")).unwrap();
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            ("error", "templates:-:-", &["站点文件夹以外"]),
            ("error", "themes:-:-", &["站点文件夹以外"]),
        ],
    );
    assert_refused_and_untouched(root, files);
}

/// The preview reads the site through its caches; it refuses the same links.
#[test]
fn symlinks_are_refused_by_the_preview_rebuild_too() {
    let elsewhere = outside();
    let (site, _) = published_site();
    let root = site.path();
    let mut engine = Incremental::new(root, &build_options());
    let first = engine.rebuild(None).unwrap().result;
    assert!(first.output.is_some());
    std::fs::create_dir_all(root.join("static")).unwrap();
    symlink(
        elsewhere.path().join("secret.txt"),
        root.join("static/secret.txt"),
    )
    .unwrap();
    symlink(
        elsewhere.path().join("notice.md"),
        root.join("content/leak.md"),
    )
    .unwrap();
    let changed = vec![
        "static/secret.txt".to_string(),
        "content/leak.md".to_string(),
    ];
    let again = engine.rebuild(Some(&changed)).unwrap().result;
    let full = gongkai::build::run(root, &build_options(), Mode::Render, &|_| {}).unwrap();
    assert_eq!(diagnostic_lines(&again), diagnostic_lines(&full));
    let places: Vec<String> = again
        .diagnostics
        .sorted()
        .iter()
        .map(|d| d.location.as_ref().unwrap().display())
        .collect();
    assert_eq!(places, ["content/leak.md", "static/secret.txt"]);
    assert!(
        again.output.is_none(),
        "a build with errors publishes nothing"
    );
}
