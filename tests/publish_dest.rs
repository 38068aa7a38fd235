//! `gongkai publish DEST` on the real binary, into a folder served by a real nginx on
//! loopback (Debian's `nginx`; these tests fail without it unless
//! `GONGKAI_SKIP_NGINX_TESTS` is set):
//!
//! - a reader crawling the board while 20 publishes of changing content run never gets a
//!   404 for a page or file that the version it came from and every version since link,
//!   and after each file a publish writes, every page in the folder has what it links
//!   (these publishes run through the library, as the binary does, pausing after each
//!   file so that the reader meets every half-way state); after each publish the folder
//!   and what nginx serves equal the build byte for byte;
//! - `publish` killed (`kill -9`) at moments picked around its copying, then run again,
//!   converges to the build, and at every kill each page's stylesheet, scripts and
//!   images are there;
//! - served under `/board/` with the snippet gongkai writes (`hosting: nginx`), every
//!   page, CSV and JSON has its type with `charset=utf-8`, and the Chinese in CSV and
//!   JSON reads right for a client that decodes by the header;
//! - `--dry-run` writes nothing, `--status` tells a matching folder from a stale one, and
//!   a folder gongkai did not write is refused;
//! - a publish shows its progress (`--progress`: from the first file on) and a summary;
//! - `version.json` names the build, and every page's footer shows the build date.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::nginx::{Nginx, encode_path, nginx_for};
use common::{
    assert_same_tree, build_cmd, is_external_or_fragment, minimal_site, parse_html, references,
    rel_path, resolve_relative, run, sample_site, tree, write,
};
use gongkai::publish::{BuildInfo, Release, dest};

/// The journal a publish keeps while it writes.
const JOURNAL: &str = ".gongkai-publishing";

/// `gongkai publish DEST --root ROOT --today TODAY` plus `extra`.
fn publish_cmd(root: &Path, dest: &Path, today: &str, extra: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gongkai"));
    cmd.arg("publish")
        .arg(dest)
        .arg("--root")
        .arg(root)
        .args(["--today", today])
        .args(extra);
    cmd
}

/// Runs a command to its end: (exit code, stdout, stderr).
fn run_cmd(cmd: &mut Command) -> (Option<i32>, String, String) {
    let out = cmd.output().expect("gongkai runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `cmd`, expecting exit code 0; returns stdout.
fn ok(cmd: &mut Command) -> String {
    let (code, stdout, stderr) = run_cmd(cmd);
    assert_eq!(code, Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    stdout
}

/// Runs `publish --status` expecting exit code 1 (DEST differs from the build); stdout.
fn differs(cmd: &mut Command) -> String {
    let (code, stdout, stderr) = run_cmd(cmd);
    assert_eq!(code, Some(1), "stdout:\n{stdout}\nstderr:\n{stderr}");
    stdout
}

/// The build date of version `v`: a day later for each version, as daily publishes are.
fn date(v: usize) -> String {
    format!("2026-04-{:02}", 6 + v)
}

/// A small site with its own stylesheet (so each version has a new one) and nginx's
/// snippet.
fn board_site() -> tempfile::TempDir {
    let site = minimal_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    write(
        site.path(),
        "site.yaml",
        format!("{yaml}theme: mine\nhosting: nginx\n"),
    );
    site
}

/// `board_site` in English: what `publish` says is asserted in its English words (the
/// Chinese ones are asserted in `publish_speaks_the_sites_language`).
fn english_board_site() -> tempfile::TempDir {
    let site = board_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    write(site.path(), "site.yaml", format!("{yaml}language: en\n"));
    site
}

/// Writes version `v` of the content: `count` notices in a window that moves on by one
/// each version (one added, one deleted), every one edited, and a new stylesheet.
fn write_version(root: &Path, v: usize, count: usize) {
    write_version_with(root, v, count, 0);
}

/// `write_version` with `files` attachments too (copied as they are), each edited in
/// each version: many files to copy, little to build.
fn write_version_with(root: &Path, v: usize, count: usize, files: usize) {
    let _ = fs::remove_dir_all(root.join("content"));
    for i in 0..files {
        write(
            root,
            &format!("content/files/f{i:03}.txt"),
            format!("第{v}版附件{i}\n"),
        );
    }
    for i in v..v + count {
        write(
            root,
            &format!("content/notices/n{i:03}.md"),
            format!(
                "---\ntitle: 第{i}号通知\npublished: 2026-04-01\n---\n这是第{v}版的第{i}号通知。\n"
            ),
        );
    }
    write(
        root,
        "themes/mine/static/style.css",
        format!("body {{ color: #222; }} /* 第{v}版 */\n"),
    );
}

/// The build of the site as it is now, into `into` (replaced): its files.
fn reference(root: &Path, into: &Path, today: &str) -> BTreeMap<String, Vec<u8>> {
    ok(Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(into)
        .args(["--today", today]));
    tree(into)
}

/// The footer's build date of a page (`2026年4月6日`).
fn footer_date(html: &str) -> Option<String> {
    let start = html.find("class=\"date\">")? + "class=\"date\">".len();
    let end = html[start..].find('<')?;
    Some(html[start..start + end].to_string())
}

/// `page`'s reference `value` as a path under the board, `None` for what is not a
/// file of the board.
fn target(page: &str, value: &str) -> Option<String> {
    if is_external_or_fragment(value) {
        return None;
    }
    let base = Path::new("/board-root");
    resolve_relative(base, page, value).map(|p| rel_path(base, &p))
}

// ---------------------------------------------------------------------------------
// Readers during 20 publishes.
// ---------------------------------------------------------------------------------

/// What the publishing loop tells the reader.
#[derive(Default)]
struct Versions {
    /// Each version's files.
    files: Mutex<Vec<BTreeSet<String>>>,
    /// Each version's footer date -> the version.
    by_date: Mutex<BTreeMap<String, usize>>,
    /// The version being published, or last published.
    publishing: AtomicUsize,
    /// The last version whose publish finished.
    published: AtomicUsize,
    stop: AtomicBool,
}

impl Versions {
    /// True when `path` is in every version from `from` to `to`: then no publish in
    /// between had a reason to remove it, and a 404 for it is a fault.
    fn in_every(&self, path: &str, from: usize, to: usize) -> bool {
        let files = self.files.lock().unwrap();
        (from..=to).all(|v| files.get(v).is_some_and(|f| f.contains(path)))
    }
}

/// What the reader found.
#[derive(Default)]
struct Reading {
    fetches: usize,
    rounds: usize,
    faults: Vec<String>,
}

/// Crawls the board from its home page again and again until told to stop: each page,
/// then everything it links. A 404 is a fault when the missing file is in the version
/// of the page that linked it and in every version published since.
fn read_while_publishing(port: u16, versions: &Versions) -> Reading {
    let mut reading = Reading::default();
    while !versions.stop.load(Ordering::SeqCst) {
        reading.rounds += 1;
        let home = versions.published.load(Ordering::SeqCst);
        let mut queue = vec![("index.html".to_string(), home, "(the address)".to_string())];
        let mut seen = BTreeSet::from(["index.html".to_string()]);
        while let Some((path, from, linked_by)) = queue.pop() {
            let response = common::nginx::get(port, &format!("/board/{}", encode_path(&path)));
            reading.fetches += 1;
            let now = versions.publishing.load(Ordering::SeqCst);
            if response.status != 200 {
                if response.status != 404 || versions.in_every(&path, from, now) {
                    reading.faults.push(format!(
                        "{} for {path} (linked by {linked_by} of version {from}; version {now} published or publishing)",
                        response.status
                    ));
                }
                continue;
            }
            if !path.ends_with(".html") {
                continue;
            }
            let html = String::from_utf8_lossy(&response.body).into_owned();
            let Some(version) =
                footer_date(&html).and_then(|d| versions.by_date.lock().unwrap().get(&d).copied())
            else {
                reading
                    .faults
                    .push(format!("{path}: no build date of a known version"));
                continue;
            };
            let doc = scraper::Html::parse_document(&html);
            for r in references(&doc) {
                if let Some(next) = target(&path, &r.value)
                    && seen.insert(next.clone())
                {
                    queue.push((next, version, path.clone()));
                }
            }
        }
    }
    reading
}

/// The links of a page (`href` and `src` values), found without parsing: cheap enough
/// to look at every page after every file a publish writes.
fn links_in(html: &str) -> Vec<String> {
    let mut links = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            links.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    links
}

/// The files of a folder being written: gongkai's own (`.gongkai-*`) left out, and a
/// file gone between listing and reading it skipped.
fn files_now(dest: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, rel: &str, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if rel.is_empty() && name.starts_with(".gongkai-") {
                continue;
            }
            let path = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                walk(&entry.path(), &path, out);
            } else if let Ok(bytes) = fs::read(entry.path()) {
                out.insert(path, bytes);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dest, "", &mut out);
    out
}

/// The links of pages in `dest` to files missing there. A new page may link another new
/// page not there yet: no page a reader can reach links either of them until both are in
/// (new pages go in before the changed pages and the home page that lead to them).
fn broken_links(dest: &Path, new: &BTreeSet<String>) -> Vec<String> {
    let files = files_now(dest);
    let mut broken = Vec::new();
    for (page, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        for link in links_in(&String::from_utf8_lossy(bytes)) {
            let Some(file) = target(page, &link) else {
                continue;
            };
            // (The search index's manifest goes in with the pages, as a page.)
            let linking = file.ends_with(".html") || file == "search/index.js";
            let between_new_pages = new.contains(page) && new.contains(&file) && linking;
            if !files.contains_key(&file) && !between_new_pages {
                broken.push(format!("{page} -> {file}"));
            }
        }
    }
    broken
}

/// Builds the site at `root` as of `today` through the library, as `gongkai publish`
/// does: the release it would publish.
fn release_of(root: &Path, today: &str) -> Release {
    let options = gongkai::check::Options {
        today: gongkai::load::fields::parse_date(today).unwrap(),
        drafts: false,
        future: false,
    };
    let mut result =
        gongkai::build::run(root, &options, gongkai::build::Mode::Render, &|_| {}).unwrap();
    let info = BuildInfo {
        built_on: options.today,
        items: result.item_count,
        pages: result.page_count,
    };
    Release::new(result.output.take().expect("the site builds"), &info)
}

#[test]
fn readers_never_miss_a_page_or_asset_during_20_publishes() {
    let Some(nginx) = nginx_for("readers_never_miss_a_page_or_asset_during_20_publishes") else {
        return;
    };
    const PUBLISHES: usize = 20;
    const NOTICES: usize = 6;
    let site = board_site();
    let root = site.path();
    let work = tempfile::tempdir().unwrap();
    let dest = work.path().join("share/board");
    let versions = Arc::new(Versions::default());
    let mut server = None;
    let mut reader = None;
    let broken = Mutex::new(Vec::new());
    for v in 0..=PUBLISHES {
        write_version(root, v, NOTICES);
        let release = release_of(root, &date(v));
        let built: BTreeMap<String, Vec<u8>> = release
            .output()
            .files
            .iter()
            .map(|(p, b)| (p.clone(), b.to_vec()))
            .collect();
        let home = String::from_utf8_lossy(&built["index.html"]).into_owned();
        versions
            .by_date
            .lock()
            .unwrap()
            .insert(footer_date(&home).unwrap(), v);
        versions
            .files
            .lock()
            .unwrap()
            .push(built.keys().cloned().collect());
        let new: BTreeSet<String> = match versions.files.lock().unwrap().as_slice() {
            [.., before, _] => built
                .keys()
                .filter(|p| !before.contains(*p))
                .cloned()
                .collect(),
            _ => built.keys().cloned().collect(),
        };
        versions.publishing.store(v, Ordering::SeqCst);
        // After each file: every page there has what it links (pages go in after what
        // they link, stale files after every page); then a pause, so that the readers
        // meet the folder half-way too.
        let each_file = |_: usize, _: usize| {
            let found = broken_links(&dest, &new);
            if !found.is_empty() {
                broken
                    .lock()
                    .unwrap()
                    .push(format!("publish {v}: {found:?}"));
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        dest::publish(&release, &dest, root, &each_file).unwrap();
        versions.published.store(v, Ordering::SeqCst);

        let mut found = tree(&dest);
        assert!(found.remove(".gongkai-output").is_some());
        assert_same_tree(&built, &found, &format!("publish {v} and its build"));
        let nginx = server
            .get_or_insert_with(|| Nginx::start(&nginx, &dest, &dest.join("gongkai-nginx.conf")));
        for (path, bytes) in &built {
            let response = nginx.get(&format!("/board/{}", encode_path(path)));
            assert_eq!(response.status, 200, "{path} after publish {v}");
            assert!(
                response.body == *bytes,
                "{path} served differs from the build"
            );
        }
        if reader.is_none() {
            let port = nginx.port;
            let versions = versions.clone();
            reader = Some(std::thread::spawn(move || {
                read_while_publishing(port, &versions)
            }));
        }
    }
    versions.stop.store(true, Ordering::SeqCst);
    let reading = reader.unwrap().join().unwrap();
    let broken = broken.into_inner().unwrap();
    assert!(
        broken.is_empty(),
        "pages linked missing files:\n{}",
        broken.join("\n")
    );
    assert!(
        reading.faults.is_empty(),
        "{} faults in {} fetches:\n{}",
        reading.faults.len(),
        reading.fetches,
        reading.faults.join("\n")
    );
    assert!(
        reading.rounds >= 20 && reading.fetches >= 200,
        "the reader hardly read: {} rounds, {} fetches",
        reading.rounds,
        reading.fetches
    );
}

// ---------------------------------------------------------------------------------
// kill -9 at moments around the copying.
// ---------------------------------------------------------------------------------

/// A small deterministic pseudo-random sequence (xorshift64*), so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Asserts that every page in `dest` has its stylesheet, scripts and images, and, for a
/// page the last publish meant to keep, every file of that publish it links.
fn assert_pages_whole(dest: &Path, kept: &BTreeSet<String>, when: &str) {
    for (page, _) in tree(dest).iter().filter(|(p, _)| p.ends_with(".html")) {
        if page.starts_with('.') {
            continue;
        }
        let doc = parse_html(&dest.join(page));
        for r in references(&doc) {
            let Some(file) = target(page, &r.value) else {
                continue;
            };
            let asset = r.what != "a[href]";
            if (asset || (kept.contains(page) && kept.contains(&file)))
                && !dest.join(&file).is_file()
            {
                panic!("{when}: {page} links {file} ({}), which is missing", r.what);
            }
        }
    }
}

#[test]
fn publish_killed_at_random_moments_converges() {
    const VERSIONS: usize = 3;
    const KILLS: usize = 20;
    const NOTICES: usize = 20;
    const FILES: usize = 150;
    let site = board_site();
    let root = site.path();
    let work = tempfile::tempdir().unwrap();
    let dest = work.path().join("board");
    let built: Vec<BTreeMap<String, Vec<u8>>> = (0..VERSIONS)
        .map(|v| {
            write_version_with(root, v, NOTICES, FILES);
            reference(root, &work.path().join(format!("v{v}")), &date(0))
        })
        .collect();
    let files: Vec<BTreeSet<String>> = built.iter().map(|t| t.keys().cloned().collect()).collect();
    ok(&mut publish_cmd(root, &dest, &date(0), &[]));

    // Where the copying starts: after the build, which a dry run also makes. Each kill
    // moves the next one later when it came before any file was written, earlier when
    // it came after the last, in steps that shrink when the direction turns.
    let started = Instant::now();
    ok(&mut publish_cmd(root, &dest, &date(0), &["--dry-run"]));
    let mut delay = started.elapsed().as_micros() as u64;
    let mut step = (delay / 10).max(1000);
    let mut last_move = 0i8;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut early, mut mid, mut late) = (0, 0, 0);
    let mut current = VERSIONS - 1;
    for kill in 0..KILLS {
        let to = (current + 1 + rng.below(VERSIONS as u64 - 1) as usize) % VERSIONS;
        write_version_with(root, to, NOTICES, FILES);
        let before = tree(&dest);
        let mut child = publish_cmd(root, &dest, &date(0), &[])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let wait = delay + rng.below(step / 2 + 1);
        std::thread::sleep(Duration::from_micros(wait));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
        }
        child.wait().unwrap();
        let when = format!("kill {kill} after {wait} µs (publishing version {to})");
        assert_pages_whole(&dest, &files[to], &when);
        let after = tree(&dest);
        let new = |p: &&String| before.get(*p) != Some(&built[to][*p]);
        let to_write = built[to].keys().filter(new).count();
        let written = built[to]
            .keys()
            .filter(new)
            .filter(|p| after.get(*p) == Some(&built[to][*p]))
            .count();
        let direction = if written == 0 {
            early += 1;
            1
        } else if written == to_write {
            late += 1;
            -1
        } else {
            mid += 1;
            0
        };
        if direction != 0 {
            if direction == -last_move {
                step = (step / 2).max(200);
            }
            delay = if direction > 0 {
                delay + step
            } else {
                delay.saturating_sub(step)
            };
            last_move = direction;
        }
        current = to;
    }
    eprintln!("kills: {early} before the copying, {mid} during it, {late} after it");
    assert!(
        mid > 0,
        "no kill landed in the copying ({early} early, {late} late)"
    );
    let _ = JOURNAL;

    for last in [current, (current + 1) % VERSIONS] {
        write_version_with(root, last, NOTICES, FILES);
        ok(&mut publish_cmd(root, &dest, &date(0), &[]));
        assert_same_tree(
            &built[last],
            &tree(&dest),
            "after the kills, one more publish",
        );
    }
}

// ---------------------------------------------------------------------------------
// Served right.
// ---------------------------------------------------------------------------------

/// The type nginx must send for a file, by its extension.
fn wanted_type(path: &str) -> Option<&'static str> {
    let ext = path.rsplit_once('.').map(|(_, e)| e)?;
    Some(match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        _ => return None,
    })
}

/// Decodes `body` as a client that trusts only the header does: by its charset, or as
/// windows-1252 (what browsers assume for a text type without one); a byte-order mark
/// is not looked for, only dropped when the header's charset reads it as one.
fn decode_by_header(content_type: &str, body: &[u8]) -> String {
    let label = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .next()
        .unwrap_or("windows-1252");
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
    let text = encoding.decode_without_bom_handling(body).0;
    text.trim_start_matches('\u{feff}').to_string()
}

#[test]
fn nginx_serves_pages_csv_and_json_as_utf_8() {
    let Some(nginx) = nginx_for("nginx_serves_pages_csv_and_json_as_utf_8") else {
        return;
    };
    let site = sample_site();
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    write(
        site.path(),
        "site.yaml",
        format!("{yaml}\nhosting: nginx\n"),
    );
    let work = tempfile::tempdir().unwrap();
    let dest = work.path().join("board");
    ok(&mut publish_cmd(site.path(), &dest, common::TODAY, &[]));
    let server = Nginx::start(&nginx, &dest, &dest.join("gongkai-nginx.conf"));

    let files = tree(&dest);
    let (mut csv, mut json, mut pages) = (0, 0, 0);
    for (path, bytes) in &files {
        let response = server.get(&format!("/board/{}", encode_path(path)));
        if path.starts_with('.') {
            assert_eq!(response.status, 404, "{path} is gongkai's own");
            continue;
        }
        assert_eq!(response.status, 200, "{path}");
        assert!(response.body == *bytes, "{path}: served bytes differ");
        let sent = response.header("content-type").unwrap_or_default();
        if let Some(wanted) = wanted_type(path) {
            assert_eq!(sent, wanted, "{path}");
        }
        let cache = response.header("cache-control").unwrap_or_default();
        let hashed = path.starts_with("theme/") && path.matches('.').count() >= 2;
        if hashed {
            assert!(cache.contains("max-age=31536000"), "{path}: {cache}");
        } else {
            assert_eq!(cache, "no-cache", "{path}");
        }
        let data = path.ends_with(".csv") || path.ends_with(".json");
        if data && path != "version.json" {
            let text = String::from_utf8(bytes.clone()).unwrap();
            let text = text.trim_start_matches('\u{feff}');
            assert!(
                text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{path} holds Chinese"
            );
            assert_eq!(decode_by_header(sent, &response.body), text, "{path}");
            assert_ne!(decode_by_header("text/csv", &response.body), text);
            if path.ends_with(".csv") {
                csv += 1;
            } else {
                json += 1;
            }
        }
        if let Some(folder) = path.strip_suffix("index.html") {
            pages += 1;
            let response = server.get(&format!("/board/{}", encode_path(folder)));
            assert_eq!(response.status, 200, "/board/{folder}");
            assert_eq!(
                response.header("content-type"),
                Some("text/html; charset=utf-8")
            );
            assert!(response.body == *bytes);
        }
    }
    assert!(
        csv >= 3 && json >= 3 && pages >= 10,
        "{csv} CSV, {json} JSON, {pages} pages"
    );
    // No folder listing where a folder has no page.
    assert_ne!(server.get("/board/theme/").status, 200);
    assert_eq!(
        server.get("/board/.gongkai-output").status,
        404,
        "the marker is not served"
    );
}

// ---------------------------------------------------------------------------------
// The command line.
// ---------------------------------------------------------------------------------

#[test]
fn dry_run_and_status_write_nothing_and_tell_the_truth() {
    let site = english_board_site();
    let root = site.path();
    write_version(root, 0, 3);
    let work = tempfile::tempdir().unwrap();
    let dest = work.path().join("board");

    // `--status` exits 1 when publishing would change something, as `git diff
    // --exit-code` does.
    let said = differs(&mut publish_cmd(root, &dest, &date(0), &["--status"]));
    assert!(
        said.contains("holds no board published by gongkai"),
        "{said}"
    );
    let said = ok(&mut publish_cmd(root, &dest, &date(0), &["--dry-run"]));
    assert!(said.contains("  add     index.html"), "{said}");
    assert!(!dest.exists(), "a dry run wrote {dest:?}");

    let said = ok(&mut publish_cmd(root, &dest, &date(0), &[]));
    let count = tree(&dest).len() - 1;
    assert!(
        said.contains(&format!(
            "published {count} added, 0 changed, 0 removed, 0 unchanged"
        )),
        "{said}"
    );
    let version: serde_json::Value =
        serde_json::from_slice(&fs::read(dest.join("version.json")).unwrap()).unwrap();
    assert_eq!(version["built_on"], date(0));
    assert_eq!(version["items"], 3);
    assert_eq!(version["gongkai"], env!("CARGO_PKG_VERSION"));
    let said = ok(&mut publish_cmd(root, &dest, &date(0), &["--status"]));
    assert!(
        said.contains("holds this build: built 2026-04-06, 3 items"),
        "{said}"
    );

    write_version(root, 1, 3);
    let before = tree(&dest);
    let said = differs(&mut publish_cmd(root, &dest, &date(1), &["--status"]));
    assert!(said.contains("differs from this build"), "{said}");
    assert!(said.contains("live:       built 2026-04-06"), "{said}");
    assert!(said.contains("this build: built 2026-04-07"), "{said}");
    assert!(said.contains("  add     notices/n003/index.html"), "{said}");
    assert!(said.contains("  remove  notices/n000/index.html"), "{said}");
    let said = ok(&mut publish_cmd(root, &dest, &date(1), &["--dry-run"]));
    assert!(said.contains("would publish 2 added"), "{said}");
    assert_same_tree(&before, &tree(&dest), "after --status and --dry-run");

    let said = ok(&mut publish_cmd(root, &dest, &date(1), &[]));
    assert!(said.contains(" removed, "), "{said}");
    let said = ok(&mut publish_cmd(root, &dest, &date(1), &[]));
    assert!(
        said.contains("published 0 added, 0 changed, 0 removed, "),
        "{said}"
    );
}

#[test]
fn a_folder_gongkai_did_not_write_is_refused() {
    let site = board_site();
    write_version(site.path(), 0, 1);
    let work = tempfile::tempdir().unwrap();
    let dest = work.path().join("share");
    write(&dest, "报告.docx", "x");
    let (code, _, stderr) = run_cmd(&mut publish_cmd(site.path(), &dest, &date(0), &[]));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("不是 gongkai 写的文件"), "{stderr}");
    assert_eq!(tree(&dest).len(), 1);
    // The site folder itself is refused too.
    let (code, _, _) = run_cmd(&mut publish_cmd(site.path(), site.path(), &date(0), &[]));
    assert_eq!(code, Some(2));
}

#[test]
fn build_writes_version_json() {
    let site = board_site();
    write_version(site.path(), 0, 2);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let bytes = fs::read(site.path().join("public/version.json")).unwrap();
    let version: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(version["format"], "gongkai-version/1");
    assert_eq!(version["built_on"], common::TODAY);
    assert_eq!(version["items"], 2);
    assert_eq!(version["digest"].as_str().unwrap().len(), 32);
    let out = site.path().join("public");
    let pages = common::html_files(&out);
    assert!(pages.len() >= 5, "{pages:?}");
    for page in &pages {
        let html = fs::read_to_string(out.join(page)).unwrap();
        assert_eq!(
            footer_date(&html).as_deref(),
            Some("2026年4月6日"),
            "{page}: the footer's build date"
        );
    }
}

/// The progress lines of a publish's stderr: (files written, files to write).
fn progress_lines(stderr: &str) -> Vec<(String, String)> {
    stderr
        .lines()
        .filter_map(|l| l.trim().strip_prefix("… publishing: "))
        .filter_map(|l| {
            let (done, rest) = l.split_once(" of ")?;
            let (total, _) = rest.split_once(" files")?;
            Some((done.to_string(), total.to_string()))
        })
        .collect()
}

#[test]
fn a_publish_shows_its_progress_and_a_summary() {
    let site = english_board_site();
    let root = site.path();
    write_version_with(root, 0, 3, 1200);
    let work = tempfile::tempdir().unwrap();
    let dest = work.path().join("board");

    let (code, stdout, stderr) = run_cmd(&mut publish_cmd(root, &dest, &date(0), &["--progress"]));
    assert_eq!(code, Some(0), "{stderr}");
    let count = gongkai::messages::publishing::thousands(tree(&dest).len() - 1);
    assert_eq!(
        progress_lines(&stderr).last(),
        Some(&(count.clone(), count.clone())),
        "{stderr}"
    );
    assert!(count.contains(','), "{count} files: grouped by thousands");
    assert!(
        stdout.contains(&format!(
            "published {count} added, 0 changed, 0 removed, 0 unchanged in "
        )),
        "{stdout}"
    );

    // A new notice: its page is added, the lists and the home page change; only those
    // are written.
    write(
        root,
        "content/notices/extra.md",
        "---\ntitle: 补充通知\npublished: 2026-04-02\n---\n补充。\n",
    );
    let before = tree(&dest);
    let modified = |path: &str| fs::metadata(dest.join(path)).unwrap().modified().unwrap();
    let stamps: BTreeMap<&String, _> = before.keys().map(|p| (p, modified(p))).collect();
    let (code, stdout, stderr) = run_cmd(&mut publish_cmd(root, &dest, &date(0), &["--progress"]));
    assert_eq!(code, Some(0), "{stderr}");
    // Only the files whose bytes changed were written.
    let after = tree(&dest);
    for (path, stamp) in &stamps {
        if after.get(*path) == before.get(*path) && !path.starts_with('.') {
            assert_eq!(
                modified(path),
                *stamp,
                "{path} is unchanged but was written"
            );
        }
    }
    let summary = stdout
        .lines()
        .find(|l| l.starts_with("published "))
        .unwrap();
    let numbers: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit() && c != ',')
        .filter_map(|n| n.replace(',', "").parse().ok())
        .collect();
    let (added, changed) = (numbers[0], numbers[1]);
    assert!(
        added >= 1 && changed >= 1 && numbers[2] == 0 && numbers[3] >= 1000,
        "{summary}"
    );
    let written = (added + changed).to_string();
    assert_eq!(
        progress_lines(&stderr).last(),
        Some(&(written.clone(), written)),
        "{stderr}"
    );
    // Without --progress a copy taking less than a second says nothing but its summary
    // (on a busy machine it may take longer, and then rightly shows its progress).
    write_version_with(root, 2, 3, 2);
    let (code, stdout, stderr) = run_cmd(&mut publish_cmd(root, &dest, &date(0), &[]));
    assert_eq!(code, Some(0), "{stderr}");
    let summary = stdout
        .lines()
        .find(|l| l.starts_with("published "))
        .unwrap();
    assert!(summary.contains(" removed, "), "{summary}");
    let seconds: f64 = summary
        .split_once(" in ")
        .and_then(|(_, rest)| rest.split_once(" s to "))
        .and_then(|(s, _)| s.parse().ok())
        .unwrap_or_else(|| panic!("no time in {summary}"));
    if seconds < 0.9 {
        assert!(progress_lines(&stderr).is_empty(), "{stderr}");
    }
}

#[test]
fn the_help_of_status_names_its_exit_code() {
    // The help speaks the site's language: Chinese without a site, English for `en`.
    let english = tempfile::TempDir::new().unwrap();
    fs::write(
        english.path().join("site.yaml"),
        "title: Board\nlanguage: en\n",
    )
    .unwrap();
    let none = tempfile::TempDir::new().unwrap();
    for (dir, words) in [
        (
            english.path(),
            "Exits 1 when publishing would change something",
        ),
        (none.path(), "有差异时退出码为 1"),
    ] {
        let (code, stdout, _) = run_cmd(
            Command::new(env!("CARGO_BIN_EXE_gongkai"))
                .current_dir(dir)
                .args(["publish", "--help"]),
        );
        assert_eq!(code, Some(0));
        assert!(stdout.contains(words), "{stdout}");
    }
}
