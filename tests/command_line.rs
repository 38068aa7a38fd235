//! The command line speaks the clerk's language: `--help` of every command and the answer
//! to a mistyped command, option or value are in the site's language (zh-Hans where there
//! is no site), with the suggestion clap finds, and exit codes 0 (help, version) and 2
//! (a mistake).

mod common;

use std::path::Path;

use common::{Run, gongkai, run, write};
use tempfile::TempDir;

const COMMANDS: [&str; 10] = [
    "init", "new", "schema", "build", "check", "record", "serve", "publish", "watch", "import",
];

/// A folder holding a site in `language` (`None`: no site at all).
fn site(language: Option<&str>) -> TempDir {
    let dir = TempDir::new().unwrap();
    if let Some(language) = language {
        write(
            dir.path(),
            "site.yaml",
            format!("title: 公开栏\nlanguage: {language}\n"),
        );
    }
    dir
}

/// `gongkai ARGS` run inside `dir`.
fn in_dir(dir: &Path, args: &[&str]) -> Run {
    run(gongkai().current_dir(dir).args(args))
}

/// What clap would have said in English, had it not been told otherwise.
fn assert_no_english_of_clap(text: &str) {
    for leftover in [
        "Usage:",
        "Options:",
        "Commands:",
        "Arguments:",
        "Print help",
        "[default:",
        "Possible values",
        "For more information",
        "tip:",
    ] {
        assert!(!text.contains(leftover), "`{leftover}` in:\n{text}");
    }
}

#[test]
fn help_is_in_chinese_without_a_site() {
    let dir = site(None);
    let out = in_dir(dir.path(), &["--help"]);
    out.expect_code(0);
    assert!(
        out.stdout.contains("用法：gongkai <命令>"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("命令"), "{}", out.stdout);
    for command in COMMANDS {
        assert!(
            out.stdout.contains(&format!("  {command} ")),
            "{command}: {}",
            out.stdout
        );
    }
    assert!(out.stdout.contains("显示这份帮助"), "{}", out.stdout);
    assert_no_english_of_clap(&out.stdout);
}

#[test]
fn every_command_has_its_help_in_each_language() {
    for (language, usage, marker) in [
        (None, "用法：gongkai", "显示这份帮助"),
        (Some("zh-Hant"), "用法：gongkai", "顯示這份說明"),
        (Some("en"), "Usage: gongkai", "Print this help"),
    ] {
        let dir = site(language);
        for command in COMMANDS {
            let out = in_dir(dir.path(), &[command, "--help"]);
            out.expect_code(0);
            assert!(
                out.stdout.contains(&format!("{usage} {command}")),
                "{language:?} {command}:\n{}",
                out.stdout
            );
            assert!(
                out.stdout.contains(marker),
                "{language:?} {command}:\n{}",
                out.stdout
            );
            if language != Some("en") {
                assert_no_english_of_clap(&out.stdout);
            }
        }
    }
}

#[test]
fn the_language_comes_from_the_site_named_by_root() {
    let here = site(None);
    let english = site(Some("en"));
    let root = english.path().to_str().unwrap();
    for args in [
        vec!["build", "--root", root, "--help"],
        vec!["build", &format!("--root={root}"), "--help"],
    ] {
        let out = in_dir(here.path(), &args);
        out.expect_code(0);
        assert!(
            out.stdout.contains("The site folder (holding site.yaml"),
            "{}",
            out.stdout
        );
    }
}

#[test]
fn a_mistyped_command_is_answered_with_the_nearest_one() {
    let dir = site(None);
    let out = in_dir(dir.path(), &["biuld"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("error: 没有 `biuld` 这个命令。"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("是不是想写 `build`？"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("查看说明：gongkai --help"),
        "{}",
        out.stderr
    );
    assert_no_english_of_clap(&out.stderr);
}

#[test]
fn a_mistyped_option_is_answered_with_its_command_and_the_nearest_option() {
    let dir = site(Some("zh-Hant"));
    let out = in_dir(dir.path(), &["build", "--rot", "x"]);
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("`gongkai build` 沒有 `--rot` 這個選項。"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("`--root`"), "{}", out.stderr);
    assert!(
        out.stderr.contains("查看說明：gongkai build --help"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_wrong_value_lists_the_values_taken() {
    let dir = site(None);
    let out = in_dir(dir.path(), &["new", "finanse", "x.yaml"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("`finanse` 不是 <种类> 可以取的值。"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("可以取：`finance`、`welfare`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("是不是想写 `finance`？"),
        "{}",
        out.stderr
    );
    assert_no_english_of_clap(&out.stderr);
}

#[test]
fn a_value_that_does_not_read_says_what_it_should_be() {
    let dir = site(None);
    let out = in_dir(dir.path(), &["serve", "--port", "abc"]);
    out.expect_code(2);
    assert!(
        out.stderr
            .contains("--port <端口> 的值 `abc` 不对：端口是 1 到 65535 之间的整数"),
        "{}",
        out.stderr
    );
    let out = in_dir(dir.path(), &["serve", "--bind", "localhost:80"]);
    out.expect_code(2);
    assert!(out.stderr.contains("127.0.0.1"), "{}", out.stderr);
    assert_no_english_of_clap(&out.stderr);
}

#[test]
fn missing_and_conflicting_arguments_are_named() {
    let dir = site(None);
    let out = in_dir(dir.path(), &["new"]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("缺少 <种类>、<文件>。"),
        "{}",
        out.stderr
    );
    let out = in_dir(dir.path(), &["publish", "dest", "--status", "--dry-run"]);
    out.expect_code(2);
    assert!(out.stderr.contains("不能和"), "{}", out.stderr);
    assert!(
        out.stderr.contains("--status") && out.stderr.contains("--dry-run"),
        "{}",
        out.stderr
    );
}

#[test]
fn help_and_version_answer_with_exit_code_zero() {
    let dir = site(None);
    let out = in_dir(dir.path(), &["help", "publish"]);
    out.expect_code(0);
    assert!(
        out.stdout
            .contains("用法：gongkai publish <目标文件夹> [选项]"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("有差异时退出码为 1"), "{}", out.stdout);
    let out = in_dir(dir.path(), &["-V"]);
    out.expect_code(0);
    assert_eq!(
        out.stdout.trim(),
        format!("gongkai {}", env!("CARGO_PKG_VERSION"))
    );
    // No command at all: the help, as a mistake.
    let out = in_dir(dir.path(), &[]);
    out.expect_code(2);
    assert!(
        out.stderr.contains("用法：gongkai <命令>"),
        "{}",
        out.stderr
    );
}
