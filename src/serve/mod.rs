//! `gongkai serve` and `gongkai watch`: rebuild on every save.
//!
//! A watcher (notify) collects changed paths until the files have been still for a
//! moment, drops editor leftovers (swap, backup and lock files), and hands the batch to
//! the incremental engine (`incremental`), which gives what `build` would give for the
//! same files. A good build replaces what is served (or, for `watch`, is published to the
//! output folder); a failed one keeps the last good pages and shows its diagnostics in the
//! terminal and, in `serve`, as an overlay on every page. Browsers reload through
//! server-sent events. The reload script is added to HTML as it is served, never to files
//! `build` writes. Nothing a clerk can write stops the server: content problems are
//! diagnostics, tool failures are printed and the next save tries again.

pub mod http;
pub mod incremental;

use std::io::Read;
use std::net::IpAddr;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::RecursiveMode;

use crate::ToolError;
use crate::build::BuildResult;
use crate::check::Options;
use crate::diagnostic::Diagnostic;
use crate::publish::{self, Output};
use http::Answer;
use incremental::{Incremental, Rebuild};

/// The folders and files whose changes trigger a rebuild (never the output).
const WATCHED: &[&str] = &["content", "templates", "themes", "static"];
const EVENTS_PATH: &str = "/__gongkai/events";
/// The latest build's errors as JSON, for tools and tests.
const PROBLEMS_PATH: &str = "/__gongkai/problems";
const RELOAD_JS: &str = include_str!("reload.js");
/// What the first build's line says changed.
const FIRST: &str = "first build";
/// How long the files must stay still before a rebuild starts: an editor's save (write a
/// temporary file, rename it over the old one) and a script's burst of writes are one
/// change.
const QUIET: Duration = Duration::from_millis(20);
/// A rebuild starts at the latest this long after the first change, even if changes keep
/// coming, so a long burst still shows progress.
const MAX_WAIT: Duration = Duration::from_secs(1);

/// What the preview currently serves.
#[derive(Default)]
struct Preview {
    /// The last good build.
    output: Arc<Output>,
    /// Errors of the latest build, as JSON objects, for the overlay.
    problems_json: String,
}

/// Open event streams, one sender per browser tab.
#[derive(Default)]
struct Listeners {
    senders: Mutex<Vec<Sender<String>>>,
}

impl Listeners {
    fn add(&self) -> Receiver<String> {
        let (tx, rx) = mpsc::channel();
        lock(&self.senders).push(tx);
        rx
    }

    fn send(&self, event: &str, data: &str) {
        let message = format!("event: {event}\ndata: {data}\n\n");
        lock(&self.senders).retain(|tx| tx.send(message.clone()).is_ok());
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Settings of `serve`.
pub struct ServeOptions {
    /// Address to bind.
    pub bind: IpAddr,
    /// Port.
    pub port: u16,
    /// Open a browser.
    pub open: bool,
}

/// The errors of a build as a JSON array for the overlay.
fn problems_json(result: &BuildResult) -> String {
    let errors: Vec<String> = result
        .diagnostics
        .sorted()
        .iter()
        .filter(|d| d.is_error())
        .map(Diagnostic::render_json)
        .collect();
    format!("[{}]", errors.join(","))
}

/// Prints a build's diagnostics and a one-line outcome.
fn report(rebuild: &Rebuild, what: &str) {
    let result = &rebuild.result;
    for d in result.diagnostics.sorted() {
        eprintln!("{}", d.render_text());
    }
    let ms = result.elapsed.as_millis();
    let work = format!(
        "{} files read, {} pages rendered",
        rebuild.files_read, rebuild.pages_rendered
    );
    if result.output.is_some() {
        let verb = if what == FIRST { "built" } else { "rebuilt" };
        println!(
            "{verb} in {ms} ms: {what} ({work}; {} pages)",
            result.page_count
        );
    } else {
        println!(
            "build failed with {} errors in {ms} ms: {what}; still showing the last good pages",
            result.diagnostics.error_count()
        );
    }
}

/// Files editors and office programs write beside the real one while saving (vim's
/// `.swp` and `4913` probe, backups ending in `~`, `~$` and `.~lock` lock files,
/// `*.tmp`): their comings and goings are not changes to the site.
fn is_editor_file(name: &str) -> bool {
    name == "4913"
        || name.starts_with('.')
        || name.starts_with('~')
        || name.starts_with('#')
        || name.ends_with('~')
        || [
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".bak",
            ".crdownload",
            ".part",
        ]
        .iter()
        .any(|ext| name.to_ascii_lowercase().ends_with(ext))
}

/// The relative paths among `paths` that matter for a rebuild.
fn relevant_changes(root: &Path, paths: &[PathBuf]) -> Vec<String> {
    let mut changed: Vec<String> = paths
        .iter()
        .filter_map(|p| p.strip_prefix(root).ok())
        .map(|p| crate::load::relative_path(Path::new(""), p))
        .filter(|rel| {
            let first = rel.split('/').next().unwrap_or("");
            let name = rel.rsplit('/').next().unwrap_or("");
            (rel == "site.yaml" || WATCHED.contains(&first)) && !is_editor_file(name)
        })
        .collect();
    changed.sort();
    changed.dedup();
    changed
}

/// What the watcher saw in one quiet spell.
struct Changes {
    /// Changed paths relative to the root, editor leftovers left out.
    paths: Vec<String>,
    /// The watcher lost events (its queue overflowed): anything may have changed.
    rescan: bool,
}

/// What the notify callback passes on.
enum Seen {
    Paths(Vec<PathBuf>),
    Rescan,
}

/// The site's watcher. It is started before the first build, so a save made while that
/// build runs is not missed but starts the next one.
struct SiteWatcher {
    root: PathBuf,
    watcher: notify::RecommendedWatcher,
    rx: Receiver<Seen>,
    /// Each watched folder with the identity it had when watched: a folder deleted and
    /// made again (or renamed away and back) is a new folder and needs a new watch.
    watched: Vec<(&'static str, Option<FolderId>)>,
}

impl SiteWatcher {
    /// Watches `root` itself (for `site.yaml` and folders made later) and its source
    /// folders. Only creations, modifications and removals count: reads (our own
    /// rebuild reading the files) must not trigger another rebuild.
    fn start(root: &Path) -> Result<SiteWatcher, ToolError> {
        use notify::{EventKind, Watcher};
        let (tx, rx) = mpsc::channel::<Seen>();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            let seen = match res {
                Ok(event) if event.need_rescan() => Seen::Rescan,
                Ok(event) if !matches!(event.kind, EventKind::Access(_) | EventKind::Other) => {
                    Seen::Paths(event.paths)
                }
                Ok(_) => return,
                Err(_) => Seen::Rescan,
            };
            let _ = tx.send(seen);
        })
        .map_err(|e| watch_error(root, e))?;
        let root = root
            .canonicalize()
            .map_err(|e| ToolError::io("open", root, e))?;
        watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|e| watch_error(&root, e))?;
        let mut site = SiteWatcher {
            root,
            watcher,
            rx,
            watched: Vec::new(),
        };
        site.watch_folders();
        Ok(site)
    }

    /// Watches the source folders that exist and are not watched yet (or were made anew).
    fn watch_folders(&mut self) {
        use notify::Watcher;
        for name in WATCHED {
            let dir = self.root.join(name);
            let id = folder_id(&dir);
            match self.watched.iter().position(|(n, _)| n == name) {
                Some(i) if self.watched[i].1 == id => continue,
                Some(i) => {
                    let _ = self.watcher.unwatch(&dir);
                    self.watched.remove(i);
                }
                None => {}
            }
            if id.is_some() && self.watcher.watch(&dir, RecursiveMode::Recursive).is_ok() {
                self.watched.push((name, id));
            }
        }
    }

    /// Calls `on_change` after each quiet spell with what changed, until the watcher stops.
    fn run(mut self, mut on_change: impl FnMut(Changes)) {
        while let Ok(first) = self.rx.recv() {
            let started = Instant::now();
            let mut paths = Vec::new();
            let mut rescan = false;
            let mut take = |seen: Seen| match seen {
                Seen::Paths(p) => paths.extend(p),
                Seen::Rescan => rescan = true,
            };
            take(first);
            // Editors save in several steps and people save in bursts: wait for a
            // quiet spell.
            while started.elapsed() < MAX_WAIT
                && let Ok(more) = self.rx.recv_timeout(QUIET)
            {
                take(more);
            }
            self.watch_folders();
            let changed = relevant_changes(&self.root, &paths);
            if !changed.is_empty() || rescan {
                on_change(Changes {
                    paths: changed,
                    rescan,
                });
            }
        }
    }
}

/// What tells one folder from another that later takes its name.
type FolderId = (u64, u64);

fn folder_id(dir: &Path) -> Option<FolderId> {
    let meta = std::fs::metadata(dir).ok().filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

/// Runs one rebuild for `changes`: a lost-events notice empties the cache first, and a
/// panic (a bug, never a content problem) is reported and costs only this rebuild.
fn rebuild(engine: &mut Incremental, changes: &Changes) -> Result<Rebuild, String> {
    if changes.rescan {
        engine.forget();
    }
    match std::panic::catch_unwind(AssertUnwindSafe(|| engine.rebuild(Some(&changes.paths)))) {
        Ok(Ok(rebuild)) => Ok(rebuild),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => {
            engine.forget();
            Err("internal error while rebuilding; the next save starts afresh".into())
        }
    }
}

fn watch_error(root: &Path, e: notify::Error) -> ToolError {
    ToolError::Io {
        action: "watch",
        path: root.to_path_buf(),
        detail: e.to_string(),
    }
}

/// `content/a.md changed`, `content/a.md, content/b.md and 3 more changed`.
fn describe(changes: &Changes) -> String {
    let changed = &changes.paths;
    let text = match changed.len() {
        0 => "nothing named changed".to_string(),
        1..=3 => format!("{} changed", changed.join(", ")),
        n => format!("{} and {} more changed", changed[..2].join(", "), n - 2),
    };
    if changes.rescan {
        format!("{text}; events were lost, everything read again")
    } else {
        text
    }
}

/// `gongkai serve`: builds into memory and serves the preview until stopped.
pub fn serve(root: &Path, options: &Options, serve: &ServeOptions) -> Result<(), ToolError> {
    let server = tiny_http::Server::http((serve.bind, serve.port)).map_err(|e| {
        let in_use = e
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::AddrInUse);
        if in_use {
            ToolError::PortInUse(serve.port)
        } else {
            ToolError::Io {
                action: "listen on",
                path: PathBuf::from(format!("{}:{}", serve.bind, serve.port)),
                detail: e.to_string(),
            }
        }
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(serve.port, |a| a.port());
    let preview = Arc::new(Mutex::new(Preview::default()));
    let listeners = Arc::new(Listeners::default());

    let watcher = SiteWatcher::start(root)
        .map_err(|e| eprintln!("error: {e}; live reload is off"))
        .ok();
    let mut engine = Incremental::new(root, options);
    let first = engine.rebuild(None)?;
    report(&first, FIRST);
    {
        let mut p = lock(&preview);
        p.problems_json = problems_json(&first.result);
        if let Some(output) = first.result.output {
            p.output = Arc::new(output);
        }
    }
    let host = if serve.bind.is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        serve.bind.to_string()
    };
    let url = format!("http://{host}:{port}/");
    println!("serving the board at {url}  (Ctrl+C to stop)");
    if !serve.bind.is_loopback() {
        eprintln!(
            "warning: bound to {}: the preview can be reached by other computers on the network",
            serve.bind
        );
    }
    if serve.open {
        open_browser(&url);
    }

    let (watch_preview, watch_listeners) = (preview.clone(), listeners.clone());
    std::thread::spawn(move || {
        let Some(watcher) = watcher else { return };
        watcher.run(|changes| {
            let what = describe(&changes);
            match rebuild(&mut engine, &changes) {
                Ok(rebuild) => {
                    report(&rebuild, &what);
                    let json = problems_json(&rebuild.result);
                    let ok = rebuild.result.output.is_some();
                    let old = {
                        let mut p = lock(&watch_preview);
                        p.problems_json = json.clone();
                        rebuild
                            .result
                            .output
                            .map(|output| std::mem::replace(&mut p.output, Arc::new(output)))
                    };
                    if ok {
                        watch_listeners.send("reload", "{}");
                    } else {
                        watch_listeners.send("problems", &json);
                    }
                    // Freeing the old pages' index takes a moment: after the browsers
                    // have been told.
                    drop(old);
                }
                Err(e) => eprintln!("error: {e} ({what}); still showing the last good pages"),
            }
        });
    });

    for request in server.incoming_requests() {
        if request.url() == EVENTS_PATH {
            let rx = listeners.add();
            std::thread::spawn(move || stream_events(request, rx));
            continue;
        }
        let (output, problems) = {
            let p = lock(&preview);
            (p.output.clone(), p.problems_json.clone())
        };
        if request.url() == PROBLEMS_PATH {
            let response = tiny_http::Response::from_string(problems);
            let response = with(response, "Content-Type", "application/json; charset=utf-8");
            let _ = request.respond(with(response, "Cache-Control", "no-store"));
            continue;
        }
        let _ = respond(request, &output, &problems);
    }
    Ok(())
}

/// Adds a header; values we build are ASCII, anything else is left out rather than sent broken.
fn with<R: Read>(
    mut response: tiny_http::Response<R>,
    name: &str,
    value: &str,
) -> tiny_http::Response<R> {
    if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        response.add_header(h);
    }
    response
}

fn respond(request: tiny_http::Request, output: &Output, problems: &str) -> std::io::Result<()> {
    let plain = |status: u16, text: &str| {
        let response = tiny_http::Response::from_string(text.to_string()).with_status_code(status);
        with(response, "Content-Type", "text/plain; charset=utf-8")
    };
    if !matches!(
        request.method(),
        tiny_http::Method::Get | tiny_http::Method::Head
    ) {
        return request.respond(plain(405, "405 method not allowed"));
    }
    match http::resolve(request.url(), output) {
        Answer::File(path, kind) => {
            let bytes = output
                .files
                .get(&path)
                .map(|b| b.to_vec())
                .unwrap_or_default();
            let body = if kind.starts_with("text/html") {
                inject_reload(&bytes, problems)
            } else {
                bytes
            };
            let response = with(tiny_http::Response::from_data(body), "Content-Type", kind);
            request.respond(with(response, "Cache-Control", "no-store"))
        }
        Answer::Redirect(to) => request.respond(with(plain(301, "moved"), "Location", &to)),
        Answer::BadRequest => request.respond(plain(400, "400 bad request")),
        Answer::NotFound => {
            let page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404 页面不存在</h1><p><a href=\"/\">返回首页</a></p></body></html>";
            let body = inject_reload(page.as_bytes(), problems);
            let response = tiny_http::Response::from_data(body).with_status_code(404);
            request.respond(with(response, "Content-Type", "text/html; charset=utf-8"))
        }
    }
}

/// Adds the live-reload script before `</body>`.
fn inject_reload(html: &[u8], problems: &str) -> Vec<u8> {
    let script = format!(
        "<script>{}</script>",
        RELOAD_JS.replace("__GONGKAI_PROBLEMS__", &problems.replace("</", "<\\/"))
    );
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

/// Streams rebuild events to one browser tab until it goes away. Written by hand on the
/// raw connection because a chunked body is buffered and would hold events back.
fn stream_events(request: tiny_http::Request, rx: Receiver<String>) {
    use std::io::Write;
    let mut out = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
                Cache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    if out
        .write_all(head.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return;
    }
    loop {
        let message = match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if out
            .write_all(message.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
    }
}

/// `gongkai watch`: rebuilds on every change and publishes each good build to `out`.
pub fn watch(root: &Path, out: &Path, options: &Options) -> Result<(), ToolError> {
    let publish_result = |result: &BuildResult| -> Result<(), ToolError> {
        match &result.output {
            Some(output) => publish::publish(output, out, root),
            None => Ok(()),
        }
    };
    let watcher = SiteWatcher::start(root)?;
    let mut engine = Incremental::new(root, options);
    let first = engine.rebuild(None)?;
    report(&first, FIRST);
    publish_result(&first.result)?;
    println!(
        "watching {} for changes; publishing to {}  (Ctrl+C to stop)",
        root.display(),
        out.display()
    );
    watcher.run(|changes| {
        let what = describe(&changes);
        match rebuild(&mut engine, &changes) {
            Ok(rebuild) => {
                report(&rebuild, &what);
                if let Err(e) = publish_result(&rebuild.result) {
                    eprintln!("error: {e}");
                }
            }
            Err(e) => eprintln!("error: {e} ({what})"),
        }
    });
    Ok(())
}

/// Opens `url` in the default browser; failure is not an error (the address is printed).
fn open_browser(url: &str) {
    #[cfg(windows)]
    let command = std::process::Command::new("cmd")
        .args(["/C", "start", "", url])
        .spawn();
    #[cfg(target_os = "macos")]
    let command = std::process::Command::new("open").arg(url).spawn();
    #[cfg(all(unix, not(target_os = "macos")))]
    let command = std::process::Command::new("xdg-open").arg(url).spawn();
    if command.is_err() {
        eprintln!("could not open a browser; open {url} by hand");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reload_script_goes_before_body_end() {
        let html = inject_reload(b"<html><body><p>x</p></body></html>", "[]");
        let text = String::from_utf8(html).unwrap();
        assert!(text.contains("<p>x</p><script>"));
        assert!(text.ends_with("</script></body></html>"));
        assert!(text.contains("var initial = [];"));
    }

    #[test]
    fn only_site_sources_trigger_rebuilds() {
        let root = Path::new("/site");
        let paths = [
            PathBuf::from("/site/content/a.yaml"),
            PathBuf::from("/site/public/index.html"),
            PathBuf::from("/site/site.yaml"),
            PathBuf::from("/site/target/x"),
        ];
        assert_eq!(
            relevant_changes(root, &paths),
            vec!["content/a.yaml".to_string(), "site.yaml".to_string()]
        );
    }

    #[test]
    fn editor_leftovers_are_not_changes() {
        let root = Path::new("/site");
        let paths: Vec<PathBuf> = [
            "content/.a.md.swp",
            "content/4913",
            "content/a.md~",
            "content/~$report.docx",
            "content/.~lock.report.docx#",
            "content/upload.tmp",
            "content/#a.md#",
            "content/a.md",
        ]
        .iter()
        .map(|p| root.join(p))
        .collect();
        assert_eq!(
            relevant_changes(root, &paths),
            vec!["content/a.md".to_string()]
        );
    }
}
