//! A site as Windows leaves it: every file saved with CRLF line ends and a byte order
//! mark (Notepad's "UTF-8 with BOM", older WPS) builds exactly as the same site saved
//! with LF, `gongkai new` reads it as that site (the same new files, the balance carried),
//! and `gongkai init` writes the double-click launchers as each system wants
//! them. (A file saved as GBK is answered with how to save it as UTF-8:
//! `tests/diagnostics.rs`.)

mod common;

use std::fs;
use std::path::Path;

use common::{assert_same_tree, build_cmd, gongkai, manifest_dir, run, tree, write};

/// Copies the site's `site.yaml` and `content/` from `from` to `to`, each text file as
/// Windows saves it when `windows`.
fn copy_site(from: &Path, to: &Path, windows: bool) {
    fs::create_dir_all(to).unwrap();
    let mut files = vec![from.join("site.yaml")];
    let mut stack = vec![from.join("content")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    for file in files {
        let rel = file.strip_prefix(from).unwrap();
        let bytes = fs::read(&file).unwrap();
        let text_file = matches!(
            file.extension().and_then(|e| e.to_str()),
            Some("yaml" | "md")
        );
        let bytes = if windows && text_file {
            let text = String::from_utf8(bytes).unwrap();
            format!("\u{FEFF}{}", text.replace('\n', "\r\n")).into_bytes()
        } else {
            bytes
        };
        write(to, &rel.to_string_lossy(), bytes);
    }
}

/// Builds the site at `from` saved both ways and compares the outputs.
fn builds_the_same_saved_either_way(from: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let (unix, windows) = (dir.path().join("unix"), dir.path().join("windows"));
    copy_site(from, &unix, false);
    copy_site(from, &windows, true);
    let crlf = fs::read(windows.join("site.yaml")).unwrap();
    assert!(crlf.starts_with("\u{FEFF}".as_bytes()) && crlf.windows(2).any(|w| w == b"\r\n"));
    for site in [&unix, &windows] {
        let out = run(&mut build_cmd(site, &[]));
        out.expect_code(0);
        assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    }
    let built = tree(&unix.join("public"));
    assert!(built.len() > 20, "{:?}", built.keys());
    assert_same_tree(
        &built,
        &tree(&windows.join("public")),
        "CRLF + BOM against LF",
    );
}

#[test]
fn the_sample_board_saved_by_windows_builds_the_same() {
    builds_the_same_saved_either_way(&manifest_dir());
}

#[test]
fn inits_sample_saved_by_windows_builds_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("新建公开栏");
    run(gongkai().arg("init").arg(&site)).expect_code(0);
    builds_the_same_saved_either_way(&site);
}

#[test]
fn init_writes_an_example_of_every_kind_and_the_launchers() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("board");
    run(gongkai().arg("init").arg(&site)).expect_code(0);
    let mut kinds = Vec::new();
    for entry in fs::read_dir(site.join("content/2026")).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        let kind = text.lines().find_map(|l| l.strip_prefix("kind: ")).unwrap();
        kinds.push(kind.to_string());
    }
    kinds.sort();
    assert_eq!(kinds, ["attendance", "congress", "finance", "welfare"]);
    assert!(site.join("content/notices/welcome.md").is_file());
    // The Windows launcher: CRLF everywhere, GBK (as cmd.exe on Chinese Windows reads
    // it), starting the preview in its own folder.
    let bat = fs::read(site.join("预览公开栏.bat")).unwrap();
    let (text, _, bad) = encoding_rs::GBK.decode(&bat);
    assert!(!bad);
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    assert!(text.contains("cd /d \"%~dp0\"\r\n"), "{text}");
    assert!(text.contains("gongkai.exe\" serve --open\r\n"), "{text}");
    assert!(text.contains("请把 gongkai.exe 复制到本文件夹"), "{text}");
}

#[cfg(unix)]
#[test]
fn the_sh_launcher_starts_the_preview_in_the_site_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("公开 栏");
    run(gongkai().arg("init").arg(&site)).expect_code(0);
    for name in ["预览公开栏.sh", "预览公开栏.command"] {
        let mode = fs::metadata(site.join(name)).unwrap().permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "{name} is executable");
        assert!(
            !fs::read(site.join(name)).unwrap().contains(&b'\r'),
            "{name} has LF ends"
        );
    }
    // A stand-in for the program beside it records how it was started, and where.
    write(
        &site,
        "gongkai",
        "#!/bin/sh\necho \"$@\" > started.txt\npwd >> started.txt\n",
    );
    let stub = site.join("gongkai");
    fs::set_permissions(&stub, fs::Permissions::from_mode(0o755)).unwrap();
    let status = std::process::Command::new("sh")
        .arg(site.join("预览公开栏.sh"))
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let started = fs::read_to_string(site.join("started.txt")).unwrap();
    let mut lines = started.lines();
    assert_eq!(lines.next(), Some("serve --open"));
    assert_eq!(
        fs::canonicalize(lines.next().unwrap()).unwrap(),
        fs::canonicalize(&site).unwrap()
    );
}

#[test]
fn new_reads_a_site_saved_by_windows_as_the_same_site_saved_with_lf() {
    let dir = tempfile::tempdir().unwrap();
    let (unix, windows) = (dir.path().join("unix"), dir.path().join("windows"));
    copy_site(&manifest_dir(), &unix, false);
    copy_site(&manifest_dir(), &windows, true);
    for (kind, path) in [
        ("finance", "2026/finance-q2.yaml"),
        ("welfare", "2026/welfare-summer.yaml"),
        ("attendance", "2026/attendance-04.yaml"),
        ("congress", "2026/congress-5-4.yaml"),
        ("notice", "notices/holiday.md"),
    ] {
        let mut written = Vec::new();
        for site in [&unix, &windows] {
            run(gongkai()
                .args(["new", kind, path, "--today", "2026-05-06", "--root"])
                .arg(site))
            .expect_code(0);
            written.push(fs::read_to_string(site.join("content").join(path)).unwrap());
        }
        assert_eq!(written[0], written[1], "{kind}");
        if kind == "finance" {
            // Carried from the sample's first quarter, read from CRLF and a BOM.
            assert!(written[0].contains("\nperiod: 2026-Q2\n"), "{}", written[0]);
            assert!(
                written[0].contains("\nopening_balance: \"50375.72\"\n"),
                "{}",
                written[0]
            );
        }
        if kind == "attendance" {
            assert!(written[0].contains("\nperiod: 2026-04\n"), "{}", written[0]);
        }
    }
}
