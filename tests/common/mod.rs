//! Helpers shared by the integration tests: running the binary, copying sites into
//! temporary folders, reading output trees, parsing HTML links, a tiny HTTP server and
//! client for serving a built site under a sub-path, a real nginx (`nginx`) and Apache (`apache`), and finding
//! the browser tests' tools (or failing, saying what to install).
//!
//! Each test file uses a different subset, so unused helpers are expected.
#![allow(dead_code)]

pub mod apache;
pub mod devtools;
pub mod nginx;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process;
use std::thread;
use std::time::Duration;

use assert_cmd::Command;
use scraper::{Html, Selector};
use tempfile::TempDir;

pub mod preview;
pub mod xlsx;

/// The build date every test passes, so status and output are reproducible.
pub const TODAY: &str = "2026-04-06";

/// The crate folder (where the sample site and `tests/fixtures/` live).
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh `gongkai` command.
pub fn gongkai() -> Command {
    Command::cargo_bin("gongkai").expect("the gongkai binary is built")
}

/// `gongkai build --root ROOT --today TODAY` plus `extra` arguments.
pub fn build_cmd(root: &Path, extra: &[&str]) -> Command {
    let mut cmd = gongkai();
    cmd.arg("build")
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY])
        .args(extra);
    cmd
}

/// `gongkai check --root ROOT --today TODAY` plus `extra` arguments.
pub fn check_cmd(root: &Path, extra: &[&str]) -> Command {
    let mut cmd = gongkai();
    cmd.arg("check")
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY])
        .args(extra);
    cmd
}

/// The output of a finished command, as text.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with both streams shown unless the exit code is `expected`.
    pub fn expect_code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(expected),
            "expected exit code {expected}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

/// Runs `cmd` to the end and captures its streams.
pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("gongkai runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Copies the folder `src` into `dst` recursively (creating `dst`).
pub fn copy_dir(src: &Path, dst: &Path) {
    fs::create_dir_all(dst).unwrap();
    for entry in fs::read_dir(src).unwrap_or_else(|e| panic!("read {}: {e}", src.display())) {
        let entry = entry.unwrap();
        let target = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A temporary copy of the repository's own sample site (site.yaml + content/).
pub fn sample_site() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = manifest_dir();
    fs::copy(repo.join("site.yaml"), dir.path().join("site.yaml")).unwrap();
    copy_dir(&repo.join("content"), &dir.path().join("content"));
    dir
}

/// A temporary copy of `tests/fixtures/NAME/`.
pub fn fixture(name: &str) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &manifest_dir().join("tests/fixtures").join(name),
        dir.path(),
    );
    dir
}

/// Writes `text` to `root/rel`, creating folders.
pub fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Replaces the first `from` in `root/rel` by `to`, as a clerk's edit and save would.
pub fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} lacks {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Build options for the library's entry points: `TODAY`, no drafts, no future items.
pub fn build_options() -> gongkai::check::Options {
    gongkai::check::Options {
        today: gongkai::load::fields::parse_date(TODAY).unwrap(),
        drafts: false,
        future: false,
    }
}

/// A build's diagnostics, sorted, as JSON lines: for comparing two builds.
pub fn diagnostic_lines(r: &gongkai::build::BuildResult) -> Vec<String> {
    r.diagnostics
        .sorted()
        .iter()
        .map(|d| d.render_json(r.language))
        .collect()
}

/// A minimal valid site: site.yaml only (add content with `write`).
pub fn minimal_site() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\nbase_url: \"\"\n",
    );
    dir
}

/// Every file under `dir`: `/`-separated relative path -> bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                walk(base, &path, out);
            } else {
                out.insert(rel_path(base, &path), fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// `base/a/b.html` -> `a/b.html`.
pub fn rel_path(base: &Path, path: &Path) -> String {
    path.strip_prefix(base)
        .unwrap()
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Asserts two trees are equal, naming the first paths that differ.
pub fn assert_same_tree(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    let only_a: Vec<&String> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<&String> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    let differ: Vec<&String> = a
        .iter()
        .filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        only_a.is_empty() && only_b.is_empty() && differ.is_empty(),
        "{what}: trees differ\n  only in first: {only_a:?}\n  only in second: {only_b:?}\n  different bytes: {differ:?}"
    );
}

/// The `.html` files of a tree, as relative paths.
pub fn html_files(dir: &Path) -> Vec<String> {
    tree(dir)
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .collect()
}

/// Parses an HTML file.
pub fn parse_html(path: &Path) -> Html {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    Html::parse_document(&text)
}

/// A CSS selector (panics on a typo in the test).
pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

/// An element's text, trimmed.
pub fn text(el: scraper::ElementRef) -> String {
    el.text().collect::<String>().trim().to_string()
}

/// Texts of every element matching `css` inside `root`.
pub fn texts(root: scraper::ElementRef, css: &str) -> Vec<String> {
    root.select(&sel(css)).map(text).collect()
}

/// The first element matching `css` in `doc` (panics when there is none).
pub fn one<'a>(doc: &'a Html, css: &str) -> scraper::ElementRef<'a> {
    doc.select(&sel(css))
        .next()
        .unwrap_or_else(|| panic!("no element matches {css}"))
}

/// The first element matching `css` inside `root` (panics when there is none).
pub fn one_in<'a>(root: scraper::ElementRef<'a>, css: &str) -> scraper::ElementRef<'a> {
    root.select(&sel(css))
        .next()
        .unwrap_or_else(|| panic!("no element matches {css}"))
}

/// One reference found in a page: which element/attribute, and its value.
#[derive(Clone, Debug)]
pub struct Reference {
    pub what: &'static str,
    pub value: String,
}

/// Every `a[href]`, `link[href]`, `img[src]`, `script[src]` of a page.
pub fn references(doc: &Html) -> Vec<Reference> {
    let mut out = Vec::new();
    for (css, attr, what) in [
        ("a[href]", "href", "a[href]"),
        ("link[href]", "href", "link[href]"),
        ("img[src]", "src", "img[src]"),
        ("script[src]", "src", "script[src]"),
    ] {
        for el in doc.select(&sel(css)) {
            out.push(Reference {
                what,
                value: el.value().attr(attr).unwrap_or_default().to_string(),
            });
        }
    }
    out
}

/// True for references that do not point at a file of the site: other schemes and
/// fragment-only links.
pub fn is_external_or_fragment(value: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    lower.starts_with("http:")
        || lower.starts_with("https:")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with('#')
}

/// `a/b.html?x#y` -> `a/b.html`.
pub fn strip_query_fragment(value: &str) -> &str {
    let end = value.find(['?', '#']).unwrap_or(value.len());
    &value[..end]
}

/// Resolves a relative reference from the page at `page` (a path relative to `out`)
/// to a file path under `out`; `None` when it climbs above `out` or is absolute.
/// A reference ending in `/` means that folder's `index.html`.
pub fn resolve_relative(out: &Path, page: &str, reference: &str) -> Option<PathBuf> {
    let reference = strip_query_fragment(reference);
    if reference.starts_with('/') {
        return None;
    }
    let mut parts: Vec<String> = page.split('/').map(str::to_string).collect();
    parts.pop(); // the page's own file name
    for part in reference.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(percent_decode(p)),
        }
    }
    let mut path = out.to_path_buf();
    for p in &parts {
        path.push(p);
    }
    if reference.is_empty() || reference.ends_with('/') {
        path.push("index.html");
    }
    Some(path)
}

/// Decodes `%XX` escapes (links to Chinese file names are percent-encoded).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses `--message-format json` output: one JSON object per non-empty line.
pub fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

/// `file:line:column` of a JSON diagnostic (`-` for a missing line or column).
pub fn place(d: &serde_json::Value) -> String {
    let num = |v: &serde_json::Value| v.as_u64().map_or("-".to_string(), |n| n.to_string());
    format!(
        "{}:{}:{}",
        d["file"].as_str().unwrap_or("-"),
        num(&d["line"]),
        num(&d["column"])
    )
}

// ---------------------------------------------------------------------------------
// A tiny static HTTP server and client, to serve a built site under a sub-path.
// ---------------------------------------------------------------------------------

/// A static file server on 127.0.0.1 serving `dir` under `/PREFIX/`.
pub struct Server {
    pub addr: SocketAddr,
}

impl Server {
    /// Binds a free port now; `serve` starts answering.
    pub fn bind() -> (TcpListener, SocketAddr) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        (listener, addr)
    }

    /// Serves `dir` under `/prefix/` on `listener` in a background thread (for the rest of
    /// the test process). `/prefix/a/` is `a/index.html`; anything else missing is 404.
    pub fn serve(listener: TcpListener, dir: PathBuf, prefix: &str) -> Server {
        let addr = listener.local_addr().unwrap();
        let prefix = format!("/{}/", prefix.trim_matches('/'));
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let dir = dir.clone();
                let prefix = prefix.clone();
                thread::spawn(move || {
                    let _ = handle(stream, &dir, &prefix);
                });
            }
        });
        Server { addr }
    }
}

fn handle(mut stream: TcpStream, dir: &Path, prefix: &str) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("");
    let file = if method == "GET" {
        file_for(dir, prefix, target)
    } else {
        None
    };
    match file.and_then(|f| fs::read(f).ok()) {
        Some(body) => {
            write!(
                stream,
                "HTTP/1.0 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)?;
        }
        None => {
            let body = b"not found";
            write!(
                stream,
                "HTTP/1.0 404 Not Found\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(body)?;
        }
    }
    stream.flush()
}

/// `/board/a/b.html` -> `dir/a/b.html`; `/board/a/` -> `dir/a/index.html`; else `None`.
fn file_for(dir: &Path, prefix: &str, target: &str) -> Option<PathBuf> {
    let path = strip_query_fragment(target);
    let rest = path.strip_prefix(prefix)?;
    let mut file = dir.to_path_buf();
    for part in rest.split('/').filter(|p| !p.is_empty()) {
        let part = percent_decode(part);
        if part == "." || part == ".." || part.contains(['/', '\\']) {
            return None;
        }
        file.push(part);
    }
    if rest.is_empty() || rest.ends_with('/') {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

/// An HTTP/1.0 GET of `url` (http only): (status code, body).
pub fn http_get(url: &url::Url) -> (u16, Vec<u8>) {
    assert_eq!(url.scheme(), "http", "only http is fetched: {url}");
    let host = url.host_str().expect("a host");
    let port = url.port_or_known_default().unwrap();
    let mut stream =
        TcpStream::connect((host, port)).unwrap_or_else(|e| panic!("connect {url}: {e}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut target = url.path().to_string();
    if let Some(q) = url.query() {
        target.push('?');
        target.push_str(q);
    }
    write!(
        stream,
        "GET {target} HTTP/1.0\r\nHost: {host}:{port}\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in the response to {url}"));
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line from {url}: {head}"));
    (status, response[split + 4..].to_vec())
}

/// What a crawl found.
pub struct Crawl {
    /// Every URL fetched (without fragment), with its status.
    pub fetched: BTreeMap<String, u16>,
    /// HTML pages fetched successfully, as paths under the prefix (`a/index.html`).
    pub html_pages: BTreeSet<String>,
    /// Every reference seen: (page URL, raw attribute value).
    pub references: Vec<(String, String)>,
}

/// Crawls from `start`, following every reference inside `scope` (a URL prefix) found by
/// parsing HTML pages; references outside `scope` are recorded but not fetched.
pub fn crawl(start: &url::Url, scope: &str) -> Crawl {
    let mut queue = vec![start.clone()];
    let mut fetched: BTreeMap<String, u16> = BTreeMap::new();
    let mut html_pages = BTreeSet::new();
    let mut seen_refs = Vec::new();
    while let Some(mut u) = queue.pop() {
        u.set_fragment(None);
        let key = u.to_string();
        if fetched.contains_key(&key) {
            continue;
        }
        let (status, body) = http_get(&u);
        fetched.insert(key.clone(), status);
        let path = u.path();
        let is_html = path.ends_with(".html") || path.ends_with('/');
        if status != 200 || !is_html {
            continue;
        }
        let mut page = key.strip_prefix(scope).unwrap_or(&key).to_string();
        if page.is_empty() || page.ends_with('/') {
            page.push_str("index.html");
        }
        // URLs carry Chinese path segments percent-encoded; pages are named decoded.
        html_pages.insert(percent_decode(&page));
        let doc = Html::parse_document(&String::from_utf8_lossy(&body));
        for r in references(&doc) {
            seen_refs.push((key.clone(), r.value.clone()));
            let lower = r.value.to_ascii_lowercase();
            if lower.starts_with("mailto:") || lower.starts_with("tel:") || lower.starts_with('#') {
                continue;
            }
            let next = u
                .join(&r.value)
                .unwrap_or_else(|e| panic!("{key}: bad reference {:?}: {e}", r.value));
            if next.as_str().starts_with(scope) {
                queue.push(next);
            }
        }
    }
    Crawl {
        fetched,
        html_pages,
        references: seen_refs,
    }
}

/// `gongkai check --message-format json` on a copy of a fixture: the run and its diagnostics.
pub fn check_fixture_json(name: &str) -> (Run, Vec<serde_json::Value>) {
    let site = fixture(name);
    let run = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    let diags = json_lines(&run.stdout);
    (run, diags)
}

/// The diagnostics of `diags` in one file (`content/good.yaml`).
pub fn diagnostics_in<'a>(
    diags: &'a [serde_json::Value],
    file: &str,
) -> Vec<&'a serde_json::Value> {
    diags.iter().filter(|d| d["file"] == file).collect()
}

/// Asserts that `diags` are exactly `expected` (severity, `file:line:column`, words the
/// message must contain), each with a hint, in any order.
pub fn assert_diagnostics(diags: &[serde_json::Value], expected: &[(&str, &str, &[&str])]) {
    let mut rest: Vec<&serde_json::Value> = diags.iter().collect();
    let mut problems = Vec::new();
    for (severity, want, words) in expected {
        let Some(i) = rest
            .iter()
            .position(|d| place(d) == *want && d["severity"] == *severity)
        else {
            problems.push(format!("no {severity} at {want}"));
            continue;
        };
        let d = rest.remove(i);
        let message = d["message"].as_str().unwrap_or("");
        for w in *words {
            if !message.contains(w) {
                problems.push(format!("{want}: message {message:?} lacks {w:?}"));
            }
        }
        if d["hint"].as_str().is_none_or(|h| h.trim().is_empty()) {
            problems.push(format!("{want}: no hint for {message:?}"));
        }
    }
    for d in rest {
        problems.push(format!("unexpected: {} {}", place(d), d["message"]));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The flags every headless Chromium run of the tests uses (no sandbox in containers, no
/// network of its own, nothing left running in the background).
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

// ---------------------------------------------------------------------------------
// The browser tests' tools: found, or the test fails saying what to install.
// ---------------------------------------------------------------------------------

/// Set to anything but empty or `0` to skip the browser tests on purpose (each says so on
/// stderr). `.ci/run` never sets it.
pub const SKIP_BROWSER_TESTS: &str = "GONGKAI_SKIP_BROWSER_TESTS";

/// What a browser test does with Chromium, and so what it needs beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserUse {
    /// Loads pages and reads their DOM or script state: Chromium alone.
    Dom,
    /// Prints pages to PDF and reads them back: also a CJK font (without one the Chinese
    /// text prints as empty boxes) and poppler's `pdftotext` and `pdfinfo`.
    Print,
}

/// Chromium for the browser test `test`, or `None` when the developer opted out with
/// `GONGKAI_SKIP_BROWSER_TESTS` (said on stderr). Panics, naming what to install, when
/// Chromium or (for `BrowserUse::Print`) a CJK font or poppler is missing: a browser test
/// that passes without its browser proves nothing.
pub fn browser_for(test: &str, used: BrowserUse) -> Option<PathBuf> {
    if std::env::var(SKIP_BROWSER_TESTS).is_ok_and(|v| !v.is_empty() && v != "0") {
        eprintln!("{test}: browser test SKIPPED because {SKIP_BROWSER_TESTS} is set");
        return None;
    }
    let chromium = find_on_path(&["chromium", "chromium-browser", "google-chrome"]);
    let mut missing = Vec::new();
    if chromium.is_none() {
        missing.push("Chromium (package chromium)");
    }
    if used == BrowserUse::Print {
        if !has_cjk_font() {
            missing.push("a CJK font (package fonts-wqy-microhei)");
        }
        if find_on_path(&["pdftotext"]).is_none() || find_on_path(&["pdfinfo"]).is_none() {
            missing.push("pdftotext and pdfinfo (package poppler-utils)");
        }
    }
    match chromium {
        Some(found) if missing.is_empty() => Some(found),
        _ => panic!(
            "{test}: this browser test needs {}, which this machine lacks.\n\
             Install them with `apt-get install chromium fonts-wqy-microhei poppler-utils` \
             (or run .ci/run, which does), or set {SKIP_BROWSER_TESTS}=1 to skip the \
             browser tests on purpose.",
            missing.join(", ")
        ),
    }
}

/// The first of `names` found as a file in a folder of `PATH`.
fn find_on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        names
            .iter()
            .map(|name| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// True when fontconfig knows a font covering Chinese (what Chromium prints with).
fn has_cjk_font() -> bool {
    process::Command::new("fc-list")
        .args([":lang=zh", "family"])
        .output()
        .is_ok_and(|out| out.status.success() && !out.stdout.trim_ascii().is_empty())
}

/// The README's command that recomputes a data item's 核验码 from its `data.json`.
pub const FINGERPRINT_JQ: &str = "del(.page, .facts, (.. | .label?, .caption?, .in_words?))";

/// The 核验码 of the `data.json` at `path`, recomputed as the README says: the canonical
/// data printed by `jq -cj FINGERPRINT_JQ`, hashed with SHA-256, its first 8 hex digits.
/// Fails when `jq` is missing (CI installs it; `apt-get install jq`).
#[allow(dead_code)]
pub fn fingerprint_with_jq(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    let out = process::Command::new("jq")
        .args(["-cj", FINGERPRINT_JQ])
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!("jq is needed to check the README's 核验码 command: {e} (apt-get install jq)")
        });
    assert!(
        out.status.success(),
        "jq failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Sha256::digest(&out.stdout)
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}
