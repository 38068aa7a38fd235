//! Names and addresses that would make unsafe links: a file or folder under `content/`
//! named `javascript:…`, holding a newline, named like a Windows device or ending in a
//! dot, two names that differ only in letter case, and a `base_url` that is not a path or
//! a web address. Each is refused at its file, folder or line, and nothing is published;
//! every link of a good build is a relative path or under `base_url`.

mod common;

use std::path::Path;

use common::*;

const NOTICE: &str = "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n";

/// `check --message-format json` on `site`: the run and its diagnostics.
fn check_json(site: &Path) -> (Run, Vec<serde_json::Value>) {
    let run = run(&mut check_cmd(site, &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    (run, diags)
}

/// Builds `site`, expecting the content errors to stop it: exit 1 and no output.
fn assert_build_refused(site: &Path) {
    run(&mut build_cmd(site, &[])).expect_code(1);
    assert!(
        !site.join("public").exists(),
        "a refused build published {:?}",
        tree(&site.join("public")).keys().collect::<Vec<_>>()
    );
}

/// Every `href` and `src` of every page under `out`.
fn links_in(out: &Path) -> Vec<(String, String)> {
    let mut links = Vec::new();
    for page in html_files(out) {
        let doc = parse_html(&out.join(&page));
        for r in references(&doc) {
            links.push((page.clone(), r.value));
        }
    }
    links
}

#[cfg(unix)]
#[test]
fn javascript_scheme_names_are_refused_at_the_file_and_folder() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/javascript:alert(document.domain).md", NOTICE);
    write(root, "content/javascript:x/a.md", NOTICE);
    write(root, "content/ok.md", NOTICE);
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/javascript:alert(document.domain).md:-:-",
                &["文件名 `javascript:alert(document.domain).md`", "`:`"],
            ),
            (
                "error",
                "content/javascript:x:-:-",
                &["文件夹名 `javascript:x`", "`:`"],
            ),
        ],
    );
    assert!(
        diags
            .iter()
            .all(|d| d["hint"].as_str().unwrap().contains("改名"))
    );
    assert_build_refused(root);
}

#[cfg(unix)]
#[test]
fn control_characters_in_names_are_refused() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/a\nb.md", NOTICE);
    write(root, "content/tab\there/c.md", NOTICE);
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            ("error", "content/a\nb.md:-:-", &["`a\\nb.md`", "U+000A"]),
            ("error", "content/tab\there:-:-", &["文件夹名", "U+0009"]),
        ],
    );
    // Drawn for the terminal, the newline is shown as `\n` and does not break the line.
    let text = run_text(root);
    assert!(text.contains("--> content/a\\nb.md\n"), "{text}");
    assert_build_refused(root);
}

fn run_text(root: &Path) -> String {
    run(&mut check_cmd(root, &[])).stderr
}

#[cfg(unix)]
#[test]
fn windows_device_names_and_trailing_dots_are_refused() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/CON.md", NOTICE);
    write(root, "content/nul", "x");
    write(root, "content/Com1/a.md", NOTICE);
    write(root, "content/notes./a.md", NOTICE);
    write(root, "content/report .pdf ", "x");
    write(root, "content/a\\b.md", NOTICE);
    let (run, diags) = check_json(root);
    run.expect_code(1);
    assert_diagnostics(
        &diags,
        &[
            (
                "error",
                "content/CON.md:-:-",
                &["Windows 把这个名字留给设备"],
            ),
            ("error", "content/nul:-:-", &["Windows 把这个名字留给设备"]),
            ("error", "content/Com1:-:-", &["文件夹名 `Com1`"]),
            ("error", "content/notes.:-:-", &["最后是点或空格"]),
            ("error", "content/report .pdf :-:-", &["最后是点或空格"]),
            ("error", "content/a\\b.md:-:-", &["其中有 `\\`"]),
        ],
    );
    assert_build_refused(root);
}

#[test]
fn names_differing_only_in_letter_case_are_both_reported() {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/Case.md", NOTICE);
    write(root, "content/case.md", NOTICE);
    write(root, "content/Notices/a.md", NOTICE);
    write(root, "content/notices/b.md", NOTICE);
    write(root, "content/2026/report.md", NOTICE);
    write(root, "content/2026/Report.yaml", "kind: nothing\n");
    write(root, "content/Search.md", NOTICE);
    // On a file system that ignores case the second file of a pair is the first one:
    // nothing to test there.
    if std::fs::read_dir(root.join("content")).unwrap().count() < 5 {
        return;
    }
    let (run, diags) = check_json(root);
    run.expect_code(1);
    let clashes: Vec<&serde_json::Value> = diags
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("字母大小写"))
        .collect();
    assert_diagnostics(
        &clashes.into_iter().cloned().collect::<Vec<_>>(),
        &[
            ("error", "content/Case.md:-:-", &["`Case.md` 和 `case.md`"]),
            ("error", "content/case.md:-:-", &["`case.md` 和 `Case.md`"]),
            ("error", "content/Notices:-:-", &["`Notices` 和 `notices`"]),
            ("error", "content/notices:-:-", &["`notices` 和 `Notices`"]),
            ("error", "content/2026/Report.yaml:-:-", &["生成的网页地址"]),
            ("error", "content/2026/report.md:-:-", &["生成的网页地址"]),
        ],
    );
    let case = diags
        .iter()
        .find(|d| d["file"] == "content/Case.md")
        .unwrap();
    assert_eq!(case["related"][0]["file"], "content/case.md", "{case}");
    assert!(
        diags.iter().any(|d| d["file"] == "content/Search.md"
            && d["message"].as_str().unwrap().contains("`search` 页面")),
        "{diags:#?}"
    );
    assert_build_refused(root);
}

#[test]
fn base_url_with_a_script_scheme_is_refused_at_its_line() {
    for bad in [
        "\"javascript:alert(document.domain)//\"",
        "//evil.example/",
        "board/",
    ] {
        let site = minimal_site();
        let root = site.path();
        edit(
            root,
            "site.yaml",
            "base_url: \"\"",
            &format!("base_url: {bad}"),
        );
        write(root, "content/ok.md", NOTICE);
        let (run, diags) = check_json(root);
        run.expect_code(1);
        assert_diagnostics(
            &diags,
            &[(
                "error",
                "site.yaml:3:11",
                &["base_url 不能写成 `", "只能留空"],
            )],
        );
        assert_build_refused(root);
    }
}

#[test]
fn base_url_is_normalised_and_every_link_stays_under_it() {
    let site = sample_site();
    let root = site.path();
    write(root, "content/notices/a b (1).md", NOTICE);
    write(root, "content/附件 一/说明.md", NOTICE);
    let relative = run(&mut build_cmd(root, &[]));
    relative.expect_code(0);
    let out = root.join("public");
    let links = links_in(&out);
    assert!(
        links
            .iter()
            .any(|(_, l)| l.ends_with("notices/a%20b%20(1)/index.html")),
        "{links:#?}"
    );
    for (page, link) in &links {
        let scheme = link
            .split_once(':')
            .filter(|(s, _)| !s.contains(['/', '?', '#']))
            .map(|(s, _)| s.to_ascii_lowercase());
        assert!(
            matches!(
                scheme.as_deref(),
                None | Some("http" | "https" | "mailto" | "tel")
            ),
            "{page}: {link}"
        );
        assert!(!link.contains(char::is_whitespace), "{page}: {link}");
    }

    edit(root, "site.yaml", "base_url: \"\"", "base_url: /board");
    run(&mut build_cmd(root, &[])).expect_code(0);
    for (page, link) in links_in(&out) {
        let external = ["http://", "https://", "mailto:", "tel:", "#"]
            .iter()
            .any(|p| link.starts_with(p));
        assert!(
            external || link.starts_with("/board/") || link.starts_with("data:image/"),
            "{page}: {link} is not under /board/"
        );
    }
}
