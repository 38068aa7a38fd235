//! `gongkai serve` as a clerk meets it: the real binary on an ephemeral port, real files
//! saved the ways editors save them, answers read over raw TCP (so no client tidies the
//! paths we send), pages parsed as HTML.
//!
//! - a save reloads the browser and serves the new text; a broken file shows its problem
//!   (file, line, column, message) over the last good page; the fix clears it;
//! - saves through a temporary file and rename, folders made, renamed and deleted, a burst
//!   of 1,000 saves (a few rebuilds), a half-written file, a GBK file: the server keeps
//!   answering and ends up showing what is on disk;
//! - only the built site is served: climbing out (`..`, encoded, backslashes, absolute
//!   paths, a symlink out of the site) is refused, content types carry a charset;
//! - bound to 127.0.0.1 unless `--bind` says otherwise (with a warning), a port in use
//!   is a clear error;
//! - in headless Chromium, an open page reloads after a save.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{BrowserUse, CHROMIUM_FLAGS, TODAY, browser_for, edit, sample_site, sel, write};
use scraper::Html;

/// How long anything may take before a test gives up (debug build, shared machine).
const PATIENCE: Duration = Duration::from_secs(30);

const NOTICE: &str = "content/notices/2026-04-physical-exam.md";
const NOTICE_URL: &str = "/notices/2026-04-physical-exam/";

/// A running `gongkai serve`, killed when dropped (also when a test fails).
struct Preview {
    child: Child,
    addr: String,
    stdout: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Collects the lines of `stream` in a background thread.
fn collect(stream: impl Read + Send + 'static) -> Arc<Mutex<Vec<String>>> {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = lines.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            sink.lock().unwrap().push(line);
        }
    });
    lines
}

/// Waits until `ready` holds, polling; panics with `what` after `PATIENCE`.
fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Preview {
    /// Starts `gongkai serve --port 0` on `root` with `extra` arguments and waits for it
    /// to say where it listens.
    fn start(root: &Path, extra: &[&str]) -> Preview {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
            .arg("serve")
            .arg("--root")
            .arg(root)
            .args(["--today", TODAY, "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gongkai starts");
        let stdout = collect(child.stdout.take().unwrap());
        let stderr = collect(child.stderr.take().unwrap());
        let mut preview = Preview {
            child,
            addr: String::new(),
            stdout,
            stderr,
        };
        wait_until("the serving line", || {
            let lines = preview.stdout.lock().unwrap();
            match lines.iter().find_map(|l| l.split("http://").nth(1)) {
                Some(rest) => {
                    preview.addr = rest.split('/').next().unwrap().to_string();
                    true
                }
                None => false,
            }
        });
        preview
    }

    /// Lines of the terminal that report a rebuild (good or failed).
    fn rebuild_lines(&self) -> Vec<String> {
        self.stdout
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.starts_with("重新生成用时") || l.starts_with("生成失败"))
            .cloned()
            .collect()
    }

    /// Waits until no rebuild line has come for half a second.
    fn settle(&self) {
        let started = Instant::now();
        let mut seen = self.rebuild_lines().len();
        let mut quiet_since = Instant::now();
        while quiet_since.elapsed() < Duration::from_millis(500) {
            assert!(started.elapsed() < PATIENCE, "rebuilds never stopped");
            std::thread::sleep(Duration::from_millis(50));
            let now = self.rebuild_lines().len();
            if now != seen {
                seen = now;
                quiet_since = Instant::now();
            }
        }
    }

    fn stderr_text(&self) -> String {
        self.stderr.lock().unwrap().join("\n")
    }

    /// `GET target` as sent, byte for byte.
    fn get(&self, target: &str) -> Response {
        raw_request(
            &self.addr,
            &format!(
                "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
                self.addr
            ),
        )
    }

    /// The text of the page's `<article>` (the item itself, without menus and scripts).
    fn article_text(&self, target: &str) -> String {
        let r = self.get(target);
        assert_eq!(r.status, 200, "GET {target}");
        let doc = Html::parse_document(&String::from_utf8_lossy(&r.body));
        doc.select(&sel("article"))
            .next()
            .unwrap_or_else(|| panic!("no <article> in {target}"))
            .text()
            .collect()
    }

    /// The latest build's errors, as the overlay gets them.
    fn problems(&self) -> Vec<serde_json::Value> {
        let r = self.get("/__gongkai/problems");
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), "application/json; charset=utf-8");
        serde_json::from_slice::<Vec<serde_json::Value>>(&r.body).expect("a JSON array")
    }

    /// Opens the event stream, ready once the server has answered.
    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(
            stream,
            "GET /__gongkai/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        )
        .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let mut events = Events {
            reader: BufReader::new(stream),
            pending: Vec::new(),
        };
        let head = events.line(Instant::now() + PATIENCE).expect("an answer");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        while let Some(line) = events.line(Instant::now() + PATIENCE) {
            if line.starts_with("retry:") {
                break;
            }
        }
        events
    }
}

/// An HTTP answer.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Sends `request` as it is and reads the answer (up to its Content-Length, since some
/// servers keep the connection open).
fn raw_request(addr: &str, request: &str) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 8192];
    let split = loop {
        if let Some(at) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => panic!("no header end for {request:?}"),
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let length = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())?
    });
    match length {
        Some(length) => {
            while bytes.len() < split + 4 + length {
                match stream.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => bytes.extend_from_slice(&chunk[..n]),
                }
            }
        }
        None => {
            let _ = stream.read_to_end(&mut bytes);
        }
    }
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line: {head}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: bytes[split + 4..].to_vec(),
    }
}

/// The server-sent event stream.
struct Events {
    reader: BufReader<TcpStream>,
    pending: Vec<u8>,
}

impl Events {
    /// The next line, or `None` once `deadline` passed.
    fn line(&mut self, deadline: Instant) -> Option<String> {
        loop {
            match self.reader.read_until(b'\n', &mut self.pending) {
                Ok(0) => panic!("the event stream closed"),
                Ok(_) if self.pending.ends_with(b"\n") => {
                    let line = String::from_utf8_lossy(&self.pending)
                        .trim_end()
                        .to_string();
                    self.pending.clear();
                    return Some(line);
                }
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(e) => panic!("reading events: {e}"),
            }
            if Instant::now() > deadline {
                return None;
            }
        }
    }

    /// Waits for the event named `name` and returns its data.
    fn wait(&mut self, name: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        let mut current = String::new();
        while let Some(line) = self.line(deadline) {
            if let Some(event) = line.strip_prefix("event: ") {
                current = event.to_string();
            } else if let Some(data) = line.strip_prefix("data: ")
                && current == name
            {
                return data.to_string();
            }
        }
        panic!("no `{name}` event within {PATIENCE:?}");
    }
}

/// The problems the page's live-reload script starts its overlay with.
fn overlay_problems(preview: &Preview, target: &str) -> Vec<serde_json::Value> {
    let r = preview.get(target);
    let doc = Html::parse_document(&String::from_utf8_lossy(&r.body));
    let script: String = doc
        .select(&sel("script"))
        .map(|s| s.text().collect::<String>())
        .find(|s| s.contains("EventSource"))
        .expect("the live-reload script");
    let json = script
        .split("var initial = ")
        .nth(1)
        .and_then(|rest| rest.split(";\n").next())
        .expect("the initial problems");
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

#[test]
fn a_save_reloads_and_a_broken_file_shows_over_the_last_good_page() {
    let site = sample_site();
    let root = site.path();
    let preview = Preview::start(root, &[]);
    assert!(preview.addr.starts_with("127.0.0.1:"), "{}", preview.addr);
    assert!(
        preview
            .article_text(NOTICE_URL)
            .contains("体检当日按出勤计算")
    );
    assert_eq!(preview.problems(), Vec::<serde_json::Value>::new());

    let mut events = preview.events();
    edit(
        root,
        NOTICE,
        "体检当日按出勤计算。",
        "体检当日按出勤计算，往返乘车。",
    );
    events.wait("reload");
    assert!(preview.article_text(NOTICE_URL).contains("往返乘车"));
    // The terminal line may come a moment after the event.
    preview.settle();
    let last = preview.rebuild_lines().pop().unwrap();
    assert!(
        last.contains(NOTICE) && last.contains("读取 1 个文件"),
        "{last}"
    );

    edit(
        root,
        NOTICE,
        "published: 2026-04-01",
        "published: 2026-13-45",
    );
    let data = events.wait("problems");
    let sent: Vec<serde_json::Value> = serde_json::from_str(&data).unwrap();
    assert_eq!(sent, preview.problems(), "the event and the endpoint agree");
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(common::place(&sent[0]), format!("{NOTICE}:3:12"));
    assert!(!sent[0]["message"].as_str().unwrap().is_empty());
    // The last good page is still served, with the problem for the overlay.
    assert!(preview.article_text(NOTICE_URL).contains("往返乘车"));
    assert_eq!(overlay_problems(&preview, NOTICE_URL), sent);
    // Browsers are told first; the terminal lines follow.
    wait_until("the terminal report of the failed build", || {
        preview.stderr_text().contains(&format!("{NOTICE}:3:12"))
            && preview
                .rebuild_lines()
                .last()
                .is_some_and(|l| l.starts_with("生成失败"))
    });
    assert!(
        preview
            .rebuild_lines()
            .last()
            .unwrap()
            .starts_with("生成失败")
    );
    assert!(preview.stderr_text().contains(&format!("{NOTICE}:3:12")));

    edit(
        root,
        NOTICE,
        "published: 2026-13-45",
        "published: 2026-04-01",
    );
    events.wait("reload");
    assert_eq!(preview.problems(), Vec::<serde_json::Value>::new());
    assert_eq!(
        overlay_problems(&preview, NOTICE_URL),
        Vec::<serde_json::Value>::new()
    );
    assert!(preview.article_text(NOTICE_URL).contains("往返乘车"));
}

/// A personal number planted while the preview runs is masked wherever the clerk sees it:
/// in the problems the overlay gets, and in the message and the source line under it in
/// the terminal.
#[test]
fn a_planted_id_number_is_masked_in_the_overlay_and_the_terminal() {
    const WHOLE: &str = "370883198005120023";
    const MASKED: &str = "370*************23";
    let site = sample_site();
    let root = site.path();
    let preview = Preview::start(root, &[]);
    let mut events = preview.events();
    edit(
        root,
        NOTICE,
        "体检当日按出勤计算",
        &format!("职工赵德胜（身份证号{WHOLE}）体检当日按出勤计算"),
    );
    let data = events.wait("problems");
    assert!(!data.contains(WHOLE), "{data}");
    let sent: Vec<serde_json::Value> = serde_json::from_str(&data).unwrap();
    assert!(!sent.is_empty());
    assert!(
        sent.iter()
            .any(|d| d["message"].as_str().is_some_and(|m| m.contains(MASKED))),
        "{sent:?}"
    );
    let overlay = overlay_problems(&preview, NOTICE_URL);
    assert_eq!(overlay, sent);
    wait_until("the terminal report of the failed build", || {
        preview
            .stderr_text()
            .contains(&format!("（身份证号{MASKED}）"))
    });
    let terminal = preview.stderr_text();
    assert!(!terminal.contains(WHOLE), "{terminal}");
    // The source line under the message, masked like the message.
    assert!(
        terminal
            .lines()
            .any(|l| l.contains(" | ") && l.contains(&format!("职工赵德胜（身份证号{MASKED}）"))),
        "{terminal}"
    );
}

#[test]
fn saves_the_way_editors_and_scripts_make_them() {
    let site = sample_site();
    let root = site.path();
    let preview = Preview::start(root, &[]);
    let mut events = preview.events();
    let notices = root.join("content/notices");

    // gedit and VS Code: write a temporary file, rename it over the real one.
    let text = fs::read_to_string(root.join(NOTICE)).unwrap();
    fs::write(
        notices.join(".goutputstream-X1Y2"),
        text.replace("体检当日", "体检日"),
    )
    .unwrap();
    fs::rename(notices.join(".goutputstream-X1Y2"), root.join(NOTICE)).unwrap();
    events.wait("reload");
    assert!(
        preview
            .article_text(NOTICE_URL)
            .contains("体检日按出勤计算")
    );

    // vim: probe with `4913`, move the original to a backup, write anew, drop the backup.
    fs::write(notices.join("4913"), "").unwrap();
    fs::remove_file(notices.join("4913")).unwrap();
    let backup = notices.join("2026-04-physical-exam.md~");
    fs::rename(root.join(NOTICE), &backup).unwrap();
    fs::write(root.join(NOTICE), text.replace("体检当日", "体检那天")).unwrap();
    fs::remove_file(&backup).unwrap();
    events.wait("reload");
    assert!(
        preview
            .article_text(NOTICE_URL)
            .contains("体检那天按出勤计算")
    );
    // The terminal line may come a moment after the event.
    preview.settle();
    let last = preview.rebuild_lines().pop().unwrap();
    assert!(
        last.contains(&format!("{NOTICE} 有改动")),
        "only the real file is named: {last}"
    );

    // `sed -i`: write `sedXXXXXX` beside the file, rename it over the file. The change
    // log names the file, never the temporary one.
    preview.settle();
    fs::write(
        notices.join("sediixpAi"),
        text.replace("体检当日", "体检之日"),
    )
    .unwrap();
    fs::rename(notices.join("sediixpAi"), root.join(NOTICE)).unwrap();
    events.wait("reload");
    preview.settle();
    let lines = preview.rebuild_lines();
    assert!(lines.iter().all(|l| !l.contains("sediixpAi")), "{lines:?}");
    assert!(
        lines.last().unwrap().contains(&format!("{NOTICE} 有改动")),
        "{lines:?}"
    );

    // Editor leftovers alone are no change at all. On a busy machine the vim save above
    // may have been two quiet spells, so let its rebuilds end first.
    preview.settle();
    let before = preview.rebuild_lines().len();
    fs::write(notices.join(".2026-04-physical-exam.md.swp"), "x").unwrap();
    fs::write(notices.join("upload.tmp"), "x").unwrap();
    fs::remove_file(notices.join(".2026-04-physical-exam.md.swp")).unwrap();
    fs::remove_file(notices.join("upload.tmp")).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        preview.rebuild_lines().len(),
        before,
        "{:?}",
        preview.rebuild_lines()
    );

    // A burst of 1,000 saves is a few rebuilds, ending with the last text. A busy test
    // machine can stall the writing loop for longer than the quiet spell (20 ms); each
    // such stall may end one more rebuild, so those are allowed on top.
    let before = preview.rebuild_lines().len();
    let mut stalls = 0;
    let mut last = std::time::Instant::now();
    for i in 0..1000 {
        fs::write(
            root.join(NOTICE),
            text.replace("体检当日", &format!("第{i}次保存")),
        )
        .unwrap();
        if last.elapsed() > Duration::from_millis(15) {
            stalls += 1;
        }
        last = std::time::Instant::now();
    }
    wait_until("the last save of the burst", || {
        preview.article_text(NOTICE_URL).contains("第999次保存")
    });
    std::thread::sleep(Duration::from_millis(300));
    let rebuilds = preview.rebuild_lines().len() - before;
    assert!(
        (1..=5 + stalls).contains(&rebuilds),
        "{rebuilds} rebuilds for one burst of 1,000 saves ({stalls} stalls of the writer)"
    );

    // A half-written file is a problem until the rest arrives.
    let mut events = preview.events();
    let half = "content/notices/2026-04-half.md";
    write(
        root,
        half,
        "---\ntitle: 写了一半的通知\npublished: 2026-04-0",
    );
    let data = events.wait("problems");
    assert!(data.contains(half), "{data}");
    write(
        root,
        half,
        "---\ntitle: 写完的通知\npublished: 2026-04-03\n---\n全文已写完。\n",
    );
    events.wait("reload");
    assert!(
        preview
            .article_text("/notices/2026-04-half/")
            .contains("全文已写完")
    );

    // A file saved as GBK by an old editor: a diagnostic, and the server goes on.
    let gbk_file = "content/notices/2026-04-gbk.md";
    let (gbk, _, _) =
        encoding_rs::GBK.encode("---\ntitle: 国标码通知\npublished: 2026-04-03\n---\n正文。\n");
    write(root, gbk_file, &gbk);
    let data = events.wait("problems");
    let sent: Vec<serde_json::Value> = serde_json::from_str(&data).unwrap();
    assert!(sent.iter().any(|d| d["file"] == gbk_file), "{data}");
    assert_eq!(preview.get("/").status, 200);
    fs::remove_file(root.join(gbk_file)).unwrap();
    events.wait("reload");

    // Folders made, renamed and deleted.
    write(root, "content/新栏目/_section.yaml", "title: 新栏目\n");
    write(
        root,
        "content/新栏目/2026-04-a.md",
        "---\ntitle: 新栏目的通知\npublished: 2026-04-03\n---\n新栏目正文。\n",
    );
    events.wait("reload");
    wait_until("the new folder's page", || {
        preview
            .get("/%E6%96%B0%E6%A0%8F%E7%9B%AE/2026-04-a/")
            .status
            == 200
    });
    fs::rename(root.join("content/新栏目"), root.join("content/xinlanmu")).unwrap();
    wait_until("the renamed folder's page", || {
        preview.get("/xinlanmu/2026-04-a/").status == 200
    });
    assert_eq!(
        preview
            .get("/%E6%96%B0%E6%A0%8F%E7%9B%AE/2026-04-a/")
            .status,
        404
    );
    fs::remove_dir_all(root.join("content/xinlanmu")).unwrap();
    wait_until("the deleted folder's page to go", || {
        preview.get("/xinlanmu/2026-04-a/").status == 404
    });
    assert!(preview.article_text(NOTICE_URL).contains("第999次保存"));
}

/// A site with a file of every served kind in `static/`.
fn site_with_statics() -> tempfile::TempDir {
    let site = sample_site();
    let root = site.path();
    write(root, "static/app.js", "console.log('公开');\n");
    write(
        root,
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n",
    );
    write(root, "static/readme.txt", "说明\n");
    site
}

#[test]
fn only_the_built_site_is_served_with_its_content_types() {
    let site = site_with_statics();
    let root = site.path();
    // Symbolic links in static/ are an error of the build now (tests/symlinks.rs, for
    // the preview too), so the links are not planted here; their addresses still must
    // not answer.
    let preview = Preview::start(root, &[]);

    for (target, kind) in [
        ("/", "text/html; charset=utf-8"),
        ("/theme/style.css", "text/css; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/logo.svg", "image/svg+xml; charset=utf-8"),
        (
            "/2026/finance-q1/data.json",
            "application/json; charset=utf-8",
        ),
        ("/2026/finance-q1/lines.csv", "text/csv; charset=utf-8"),
        ("/readme.txt", "text/plain; charset=utf-8"),
        ("/notices/", "text/html; charset=utf-8"),
    ] {
        let r = preview.get(target);
        assert_eq!(r.status, 200, "GET {target}");
        assert_eq!(r.header("content-type"), kind, "GET {target}");
    }
    // A folder without its slash is sent to it, so relative links work.
    let r = preview.get("/notices");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), "/notices/");

    let site_yaml = fs::read_to_string(root.join("site.yaml")).unwrap();
    let marker = site_yaml.lines().find(|l| l.starts_with("title:")).unwrap();
    for target in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E%2Fsite.yaml",
        "/notices/..%2f..%2fsite.yaml",
        "/theme/..\\..\\site.yaml",
        "/theme/%5c..%5c..%5csite.yaml",
        "//etc/passwd",
        "/%2Fetc/passwd",
        "/C:/Windows/win.ini",
        "/C%3A%5CWindows%5Cwin.ini",
        "/a%00b",
        "/site.yaml",
        "/content/notices/2026-04-physical-exam.md",
        "/link.txt",
        "/linkdir/secret.txt",
        "http://evil.example/../site.yaml",
    ] {
        let r = preview.get(target);
        assert!(
            r.status == 400 || r.status == 404,
            "GET {target} answered {}",
            r.status
        );
        let body = String::from_utf8_lossy(&r.body);
        assert!(!body.contains(marker), "GET {target} leaked site.yaml");
        assert!(
            !body.contains("OUTSIDE-SECRET"),
            "GET {target} leaked a file outside"
        );
    }
    let r = raw_request(
        &preview.addr,
        "POST / HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(r.status, 405);
}

#[test]
fn binds_loopback_unless_told_and_names_a_port_in_use() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = sample_site();
    let out = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .arg("serve")
        .arg("--root")
        .arg(site.path())
        .args(["--today", TODAY, "--port", &port])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("端口 {port} 已被占用")),
        "{stderr}"
    );
    assert!(
        stderr.contains("--port"),
        "the message suggests another port: {stderr}"
    );

    let preview = Preview::start(site.path(), &["--bind", "0.0.0.0"]);
    wait_until("the warning", || preview.stderr_text().contains("warning:"));
    assert!(
        preview.stderr_text().contains("其他电脑"),
        "{}",
        preview.stderr_text()
    );
    let default = Preview::start(site.path(), &[]);
    assert!(default.addr.starts_with("127.0.0.1:"));
    assert!(!default.stderr_text().contains("warning:"));
}

#[test]
fn watch_publishes_each_good_build() {
    let site = sample_site();
    let root = site.path();
    let out = root.join("public");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .arg("watch")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(&out)
        .args(["--today", TODAY])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gongkai starts");
    let stdout = collect(child.stdout.take().unwrap());
    let stderr = collect(child.stderr.take().unwrap());
    // Not a server, but the same guard: killed when the test ends.
    let watching = Preview {
        child,
        addr: String::new(),
        stdout,
        stderr,
    };
    wait_until("the watching line", || {
        watching
            .stdout
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with("正在监视"))
    });
    let page = out.join("notices/2026-04-physical-exam/index.html");
    let text = |path: &Path| {
        let doc = Html::parse_document(&fs::read_to_string(path).unwrap_or_default());
        doc.select(&sel("article"))
            .next()
            .map(|a| a.text().collect::<String>())
            .unwrap_or_default()
    };
    assert!(text(&page).contains("体检当日按出勤计算"));
    edit(
        root,
        NOTICE,
        "体检当日按出勤计算。",
        "体检当日按出勤计算，已发布。",
    );
    wait_until("the published page to change", || {
        text(&page).contains("已发布")
    });
    // A broken save publishes nothing: the folder keeps the last good build.
    edit(
        root,
        NOTICE,
        "published: 2026-04-01",
        "published: 2026-04-99",
    );
    wait_until("the failed build", || {
        watching
            .rebuild_lines()
            .last()
            .is_some_and(|l| l.starts_with("生成失败"))
    });
    assert!(text(&page).contains("已发布"));
    assert!(
        !fs::read_to_string(&page).unwrap().contains("EventSource"),
        "no reload script in published pages"
    );
}

// ---------------------------------------------------------------------------------
// Headless Chromium, driven over the DevTools protocol.
// ---------------------------------------------------------------------------------

struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A DevTools connection to one page.
struct Page {
    socket: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
}

impl Page {
    /// Evaluates `expression` in the page and returns its value.
    fn eval(&mut self, expression: &str) -> serde_json::Value {
        self.next_id += 1;
        let id = self.next_id;
        let message = serde_json::json!({
            "id": id,
            "method": "Runtime.evaluate",
            "params": {"expression": expression, "returnByValue": true},
        });
        self.socket
            .send(tungstenite::Message::text(message.to_string()))
            .unwrap();
        loop {
            let reply = self.socket.read().expect("a DevTools reply");
            let Ok(text) = reply.to_text() else { continue };
            let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            if value["id"] == id {
                return value["result"]["result"]["value"].clone();
            }
        }
    }
}

#[test]
fn an_open_page_in_chromium_reloads_after_a_save() {
    let Some(chromium) = browser_for(
        "an_open_page_in_chromium_reloads_after_a_save",
        BrowserUse::Dom,
    ) else {
        return;
    };
    let site = sample_site();
    let root = site.path();
    let preview = Preview::start(root, &[]);
    let url = format!("http://{}{NOTICE_URL}", preview.addr);
    let profile = tempfile::tempdir().unwrap();
    let child = Command::new(chromium)
        .args(CHROMIUM_FLAGS)
        .arg("--remote-debugging-port=0")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let browser = Browser {
        child,
        _profile: profile,
    };
    let port_file = browser._profile.path().join("DevToolsActivePort");
    let mut port = String::new();
    wait_until("chromium's DevTools port", || {
        port = fs::read_to_string(&port_file)
            .ok()
            .and_then(|t| t.lines().next().map(str::to_string))
            .unwrap_or_default();
        !port.is_empty()
    });
    let devtools = format!("127.0.0.1:{port}");
    let mut socket_url = String::new();
    wait_until("the page in chromium", || {
        let r = raw_request(
            &devtools,
            &format!("GET /json/list HTTP/1.1\r\nHost: {devtools}\r\nConnection: close\r\n\r\n"),
        );
        let targets: Vec<serde_json::Value> = serde_json::from_slice(&r.body).unwrap_or_default();
        socket_url = targets
            .iter()
            .find(|t| t["type"] == "page" && t["url"] == url.as_str())
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .unwrap_or_default()
            .to_string();
        !socket_url.is_empty()
    });
    let stream = TcpStream::connect(&devtools).unwrap();
    let (socket, _) = tungstenite::client(socket_url.as_str(), stream).expect("a DevTools socket");
    let mut page = Page { socket, next_id: 0 };

    wait_until("the page to load with its live-reload stream", || {
        page.eval("document.readyState") == "complete"
            && page
                .eval("document.body.innerText")
                .as_str()
                .is_some_and(|t| t.contains("体检当日按出勤计算"))
    });
    // A mark that only a reload wipes out.
    page.eval("window.__before_save = 1");
    let mut events = preview.events();
    edit(
        root,
        NOTICE,
        "体检当日按出勤计算。",
        "体检当日按出勤计算，浏览器已刷新。",
    );
    events.wait("reload");
    wait_until("the browser to show the saved text", || {
        page.eval("document.body.innerText")
            .as_str()
            .is_some_and(|t| t.contains("浏览器已刷新"))
    });
    assert_eq!(
        page.eval("typeof window.__before_save"),
        "undefined",
        "the page was reloaded"
    );
    drop(browser);
}
