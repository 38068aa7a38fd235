//! Where the output folder may be, on the real binary: never inside a folder the site
//! reads (`content/`, `static/`, `templates/`, `themes/`, or one of them itself), where
//! each build would publish the last one's output again and `watch` would rebuild itself
//! forever; never a folder holding the site. Anywhere else (the default `public/`, a
//! folder beside the site, an absolute path elsewhere) works.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{TODAY, build_cmd, minimal_site, run, tree, write};

fn site() -> tempfile::TempDir {
    let site = minimal_site();
    write(
        site.path(),
        "content/notice.md",
        "---\ntitle: 体检通知\npublished: 2026-04-01\n---\n体检当日按出勤计算。\n",
    );
    write(site.path(), "static/logo.txt", "logo");
    write(site.path(), "templates/.keep", "");
    write(site.path(), "themes/.keep", "");
    site
}

/// Runs `gongkai watch --output OUT` in `root`, which must end by itself (a refusal).
fn watch_refused(root: &Path, out: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .current_dir(root)
        .args(["watch", "--today", TODAY, "--output", out])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gongkai starts");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("watch --output {out} kept running");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(2), "watch --output {out}: {stderr}");
    stderr
}

#[test]
fn output_folders_inside_the_site_inputs_are_refused() {
    let site = site();
    let root = site.path();
    let before = tree(root);
    for (out, input) in [
        ("content/public", "content"),
        ("content", "content"),
        ("content/notices/out", "content"),
        ("static/public", "static"),
        ("templates/public", "templates"),
        ("themes/public", "themes"),
    ] {
        // As a clerk types it, from the site folder.
        let r = run(build_cmd(Path::new("."), &["--output", out]).current_dir(root));
        r.expect_code(2);
        assert!(
            r.stderr
                .contains(&format!("拒绝写入 {out}：它在站点读取的 {input}/ 里")),
            "{out}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("例如默认的 public/"), "{}", r.stderr);
        // And as an absolute path.
        let absolute = root.join(out);
        let r = run(&mut build_cmd(
            root,
            &["--output", absolute.to_str().unwrap()],
        ));
        r.expect_code(2);
        assert!(
            r.stderr.contains(&format!("它在站点读取的 {input}/ 里")),
            "{}",
            r.stderr
        );

        let stderr = watch_refused(root, out);
        assert!(
            stderr.contains(&format!("它在站点读取的 {input}/ 里")),
            "{stderr}"
        );
    }
    assert_eq!(tree(root), before, "a refused build writes nothing");
}

#[test]
fn output_folders_outside_the_inputs_keep_working() {
    let site = site();
    let root = site.path();
    // The default.
    run(&mut build_cmd(root, &[])).expect_code(0);
    assert!(root.join("public/index.html").is_file());

    // A folder beside the site, given relative to it.
    let parent = tempfile::tempdir().unwrap();
    let site_dir = parent.path().join("board");
    common::copy_dir(root, &site_dir);
    let r = run(build_cmd(Path::new("."), &["--output", "../board-out"]).current_dir(&site_dir));
    r.expect_code(0);
    assert!(parent.path().join("board-out/index.html").is_file());

    // An absolute path elsewhere, and a name that only starts like an input.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("www");
    run(&mut build_cmd(root, &["--output", out.to_str().unwrap()])).expect_code(0);
    assert!(out.join("index.html").is_file());
    let out = root.join("contents");
    run(&mut build_cmd(root, &["--output", out.to_str().unwrap()])).expect_code(0);
    assert!(out.join("index.html").is_file());

    // A folder holding the site is refused.
    let r = run(build_cmd(Path::new("."), &["--output", ".."]).current_dir(&site_dir));
    r.expect_code(2);
    assert!(r.stderr.contains("站点文件夹在它里面"), "{}", r.stderr);
}
