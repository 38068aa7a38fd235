//! A build writes each file into its staging folder as soon as it is made, and the
//! privacy guard reads it there: on the real binary, a build whose output scan finds a
//! personal number (here in a file copied from `static/`, which no source check reads)
//! publishes nothing, leaves the last output as it was, and leaves no staging folder.

mod common;

use std::fs;
use std::path::Path;

use common::{build_cmd, json_lines, minimal_site, run, tree, write};

/// Everything beside the output folder but the site's own files.
fn beside(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !["site.yaml", "content", "static"].contains(&n.as_str()))
        .collect();
    names.sort();
    names
}

/// The codes of the errors a `--message-format json` run printed.
fn error_codes(stdout: &str) -> Vec<String> {
    json_lines(stdout)
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_number_found_in_the_output_publishes_nothing_and_leaves_no_staging_folder() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/notices/a.md",
        "---\ntitle: 体检通知\npublished: 2026-04-01\n---\n请按时参加体检。\n",
    );
    write(root, "static/readme.txt", "值班安排见公告栏。\n");

    // No output yet: a failed build creates none.
    write(root, "static/duty.txt", "值班电话 13812345678\n");
    let failed = run(&mut build_cmd(root, &["--message-format", "json"]));
    failed.expect_code(1);
    assert_eq!(
        error_codes(&failed.stdout),
        ["personal-number-in-output"],
        "{}",
        failed.stdout
    );
    assert_eq!(beside(root), Vec::<String>::new(), "after the first build");

    // A good build, then the leak again: the output stays as the good build left it.
    fs::remove_file(root.join("static/duty.txt")).unwrap();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let before = tree(&root.join("public"));
    assert!(before.contains_key("readme.txt"), "{:?}", before.keys());
    write(root, "static/duty.txt", "值班电话 13812345678\n");
    write(root, "static/readme.txt", "值班安排已更新。\n");
    let failed = run(&mut build_cmd(root, &["--message-format", "json"]));
    failed.expect_code(1);
    assert_eq!(
        error_codes(&failed.stdout),
        ["personal-number-in-output"],
        "{}",
        failed.stdout
    );
    assert!(tree(&root.join("public")) == before, "the output changed");
    assert_eq!(beside(root), ["public"], "after the failed build");
}

/// The inode of every file in the output, by path.
#[cfg(unix)]
fn inodes(out: &Path) -> std::collections::BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    tree(out)
        .into_keys()
        .map(|p| (p.clone(), fs::metadata(out.join(&p)).unwrap().ino()))
        .collect()
}

/// A rebuild that changed nothing leaves the output folder itself in place; after an
/// edit, every file the edit did not change is the same file as before (taken over by a
/// hard link, not written again), and the edited page is a new one.
#[cfg(unix)]
#[test]
fn unchanged_files_are_taken_over_not_written() {
    use std::os::unix::fs::MetadataExt;
    let site = minimal_site();
    let root = site.path();
    let notice = |text: &str| format!("---\ntitle: 体检通知\npublished: 2026-04-01\n---\n{text}\n");
    write(root, "content/notices/a.md", notice("请按时参加体检。"));
    write(
        root,
        "content/notices/b.md",
        "---\ntitle: 值班安排\npublished: 2026-04-02\n---\n值班安排见公告栏。\n",
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    let folder = fs::metadata(&out).unwrap().ino();
    let first = inodes(&out);

    run(&mut build_cmd(root, &[])).expect_code(0);
    assert_eq!(
        fs::metadata(&out).unwrap().ino(),
        folder,
        "the output was swapped"
    );
    assert_eq!(inodes(&out), first, "an unchanged rebuild rewrote files");
    assert_eq!(
        beside(root),
        ["public"],
        "an unchanged rebuild left a folder beside"
    );

    write(
        root,
        "content/notices/a.md",
        notice("请按时参加体检，带好体检表。"),
    );
    run(&mut build_cmd(root, &[])).expect_code(0);
    assert_ne!(
        fs::metadata(&out).unwrap().ino(),
        folder,
        "the edit was not swapped in"
    );
    let second = inodes(&out);
    let page = "notices/a/index.html";
    assert_ne!(
        second[page], first[page],
        "the edited page kept its old file"
    );
    assert!(
        fs::read_to_string(out.join(page))
            .unwrap()
            .contains("带好体检表"),
        "the edited page is not the new one"
    );
    let other = "notices/b/index.html";
    assert_eq!(
        second[other], first[other],
        "an unchanged page was written again"
    );
    assert_eq!(beside(root), ["public"]);
}
