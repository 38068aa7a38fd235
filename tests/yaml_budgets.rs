//! Hostile YAML on the real binary, under a memory cap so that a regression fails the
//! test instead of filling the machine:
//!
//! - a "billion laughs" of nested anchors and aliases (700 bytes that would expand to
//!   billions of values) is refused at the alias that passes the budget, in a data item,
//!   a notice's front matter and `site.yaml`, by `check` and `build` alike;
//! - a YAML file over the size budget is refused whole, at 1:1;
//! - the preview survives saving the bomb: it keeps answering and shows the problem.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{TODAY, json_lines, minimal_site, place, write};

/// The address space each run of the binary may use: far more than the tool needs, far
/// less than the bomb would take.
const MEMORY_CAP: u64 = 1 << 30;

/// How long anything may take before a test gives up (debug build, shared machine).
const PATIENCE: Duration = Duration::from_secs(30);

/// `gongkai ARGS` with its memory capped and two worker threads (so the cap does not
/// depend on the machine's core count).
fn capped(args: &[&str], root: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gongkai"));
    cmd.args(args)
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY])
        .env("RAYON_NUM_THREADS", "2");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                let limit = libc::rlimit {
                    rlim_cur: MEMORY_CAP as libc::rlim_t,
                    rlim_max: MEMORY_CAP as libc::rlim_t,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &limit) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            });
        }
    }
    cmd
}

fn run_capped(args: &[&str], root: &Path) -> Output {
    let out = capped(args, root).output().expect("gongkai runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected exit code 1 (a content error), not a crash\n--- stdout ---\n{}\n--- stderr ---\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Nine aliases of nine aliases … of nine values, twelve levels: 9^12 (282 billion)
/// values from 700 bytes. The first alias past the budget is `*a3` on line `5 + first`.
fn alias_bomb(first: usize) -> String {
    let mut text = String::from(
        "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    format!("{}{text}", "# filler\n".repeat(first))
}

/// The diagnostics of a `--message-format json` run, as `place message` lines.
fn diagnostics(out: &Output) -> Vec<String> {
    json_lines(&String::from_utf8_lossy(&out.stdout))
        .iter()
        .filter(|d| d.get("file").is_some())
        .map(|d| format!("{} {}", place(d), d["message"].as_str().unwrap_or("")))
        .collect()
}

#[test]
fn yaml_alias_bomb_is_refused_at_its_line() {
    let start = Instant::now();
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/bomb.yaml",
        format!("kind: finance\n{}", alias_bomb(0)),
    );
    write(
        root,
        "content/notice.md",
        format!("---\ntitle: 通知\n{}---\n正文\n", alias_bomb(1)),
    );
    let json = ["--message-format", "json"];
    for command in ["check", "build"] {
        let out = run_capped(&[&[command][..], &json].concat(), root);
        let found = diagnostics(&out);
        let alias = "YAML 别名 `*a3` 展开的内容太多";
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].starts_with("content/bomb.yaml:6:10 "), "{found:?}");
        assert!(found[0].contains(alias), "{found:?}");
        assert!(found[1].starts_with("content/notice.md:8:10 "), "{found:?}");
        assert!(found[1].contains(alias), "{found:?}");
    }
    assert!(
        !root.join("public").exists(),
        "a failed build publishes nothing"
    );

    // The hint in the terminal says what to do.
    let out = run_capped(&["check"], root);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("content/bomb.yaml:6:10"), "{text}");
    assert!(text.contains("锚点"), "{text}");

    // In site.yaml too.
    let site = minimal_site();
    write(
        site.path(),
        "site.yaml",
        format!("title: 测试公开栏\nunit: 测试工会\n{}", alias_bomb(0)),
    );
    let out = run_capped(&["check", "--message-format", "json"], site.path());
    let found = diagnostics(&out);
    assert!(
        found.iter().any(|d| d.starts_with("site.yaml:7:10 ")),
        "{found:#?}"
    );
    eprintln!("alias bomb test: {:?}", start.elapsed());
}

#[test]
fn a_yaml_file_over_the_size_budget_is_refused_whole() {
    let site = minimal_site();
    let root = site.path();
    let note = "很长的说明。".repeat(21 * (1 << 20) / 18 + 1);
    write(
        root,
        "content/huge.yaml",
        format!("kind: finance\nnote: {note}\n"),
    );
    let out = run_capped(&["check", "--message-format", "json"], root);
    let found = diagnostics(&out);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "content/huge.yaml:1:1 这段 YAML 有 22 MB，超过了一个文件最多 20 MB 的限制"
        ),
        "{found:?}"
    );
}

/// A running `gongkai serve` under the memory cap, killed when dropped.
struct Preview {
    child: Child,
    addr: String,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Preview {
    fn start(root: &Path) -> Preview {
        let mut child = capped(&["serve", "--port", "0"], root)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("gongkai starts");
        let (tx, rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.split("http://").nth(1) {
                    let _ = tx.send(rest.split('/').next().unwrap_or("").to_string());
                }
            }
        });
        let addr = rx.recv_timeout(PATIENCE).expect("the serving line");
        Preview { child, addr }
    }

    /// `GET target`: the status and the body.
    fn get(&mut self, target: &str) -> (u16, String) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("the preview died: {status}");
        }
        let mut stream = TcpStream::connect(&self.addr).expect("the preview answers");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let status = answer
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line: {answer:?}"));
        let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        (status, body.to_string())
    }
}

#[test]
fn the_preview_survives_saving_an_alias_bomb() {
    let site = minimal_site();
    let root = site.path();
    write(
        root,
        "content/notice.md",
        "---\ntitle: 体检通知\npublished: 2026-04-01\n---\n体检当日按出勤计算。\n",
    );
    let mut preview = Preview::start(root);
    let (status, page) = preview.get("/");
    assert_eq!(status, 200);
    assert!(page.contains("体检通知"));

    write(
        root,
        "content/bomb.yaml",
        format!("kind: finance\n{}", alias_bomb(0)),
    );
    let start = Instant::now();
    let problems = loop {
        let (status, body) = preview.get("/__gongkai/problems");
        assert_eq!(status, 200);
        let problems: Vec<serde_json::Value> = serde_json::from_str(&body).expect("JSON");
        if !problems.is_empty() {
            break problems;
        }
        assert!(start.elapsed() < PATIENCE, "the bomb never showed up");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(place(&problems[0]), "content/bomb.yaml:6:10");
    let (status, page) = preview.get("/");
    assert_eq!(status, 200, "the last good page is still served");
    assert!(page.contains("体检通知"));
}
