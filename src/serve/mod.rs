//! `gongkai serve` and `gongkai watch`: rebuild on every save.
//!
//! A watcher (notify, debounced) feeds a rebuild thread that runs the same pipeline as
//! `build`. A good build replaces what is served (or, for `watch`, is published to the
//! output folder); a failed one keeps the last good pages and shows its diagnostics in the
//! terminal and, in `serve`, as an overlay on every page. Browsers reload through
//! server-sent events. The reload script is added to HTML as it is served, never to files
//! `build` writes.

pub mod http;
pub mod incremental;

use std::io::Read;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use notify::RecursiveMode;

use crate::ToolError;
use crate::build::{self, BuildResult, Mode};
use crate::check::Options;
use crate::diagnostic::Diagnostic;
use crate::publish::{self, Output};
use http::Answer;

/// The folders and files whose changes trigger a rebuild (never the output).
const WATCHED: &[&str] = &["content", "templates", "themes", "static"];
const EVENTS_PATH: &str = "/__gongkai/events";
const RELOAD_JS: &str = include_str!("reload.js");
/// How long the files must stay still before a rebuild starts.
const QUIET: Duration = Duration::from_millis(60);

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
fn report(result: &BuildResult, what: &str) {
    for d in result.diagnostics.sorted() {
        eprintln!("{}", d.render_text());
    }
    let ms = result.elapsed.as_millis();
    if result.output.is_some() {
        println!("rebuilt {} pages in {ms} ms ({what})", result.page_count);
    } else {
        println!(
            "build failed with {} errors in {ms} ms ({what}); still showing the last good pages",
            result.diagnostics.error_count()
        );
    }
}

/// The relative paths among `paths` that matter for a rebuild.
fn relevant_changes(root: &Path, paths: &[PathBuf]) -> Vec<String> {
    let mut changed: Vec<String> = paths
        .iter()
        .filter_map(|p| p.strip_prefix(root).ok())
        .map(|p| crate::load::relative_path(Path::new(""), p))
        .filter(|rel| {
            let first = rel.split('/').next().unwrap_or("");
            rel == "site.yaml" || WATCHED.contains(&first)
        })
        .collect();
    changed.sort();
    changed.dedup();
    changed
}

/// Watches the site and calls `on_change` with the changed paths after each quiet spell.
/// Only creations, modifications and removals count: reads (our own rebuild reading the
/// files) must not trigger another rebuild.
fn watch_loop(root: &Path, mut on_change: impl FnMut(Vec<String>)) -> Result<(), ToolError> {
    use notify::{EventKind, Watcher};
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(event) = res
            && !matches!(event.kind, EventKind::Access(_) | EventKind::Other)
        {
            let _ = tx.send(event.paths);
        }
    })
    .map_err(|e| watch_error(root, e))?;
    let root = root
        .canonicalize()
        .map_err(|e| ToolError::io("open", root, e))?;
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| watch_error(&root, e))?;
    let mut watched: Vec<&str> = Vec::new();
    let mut watch_folders = |watcher: &mut notify::RecommendedWatcher| {
        for name in WATCHED {
            let dir = root.join(name);
            if !watched.contains(name)
                && dir.is_dir()
                && watcher.watch(&dir, RecursiveMode::Recursive).is_ok()
            {
                watched.push(name);
            }
        }
    };
    watch_folders(&mut watcher);
    while let Ok(mut paths) = rx.recv() {
        // Editors save in several steps and people save in bursts: wait for a quiet spell.
        while let Ok(more) = rx.recv_timeout(QUIET) {
            paths.extend(more);
        }
        watch_folders(&mut watcher);
        let changed = relevant_changes(&root, &paths);
        if !changed.is_empty() {
            on_change(changed);
        }
    }
    Ok(())
}

fn watch_error(root: &Path, e: notify::Error) -> ToolError {
    ToolError::Io {
        action: "watch",
        path: root.to_path_buf(),
        detail: e.to_string(),
    }
}

fn describe(changed: &[String]) -> String {
    match changed {
        [one] => format!("{one} changed"),
        [first, rest @ ..] => format!("{first} and {} more changed", rest.len()),
        [] => "nothing changed".into(),
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

    let first = build::run(root, options, Mode::Render, &|_| {})?;
    report(&first, "first build");
    {
        let mut p = lock(&preview);
        p.problems_json = problems_json(&first);
        if let Some(output) = first.output {
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

    let (watch_root, watch_preview, watch_listeners) =
        (root.to_path_buf(), preview.clone(), listeners.clone());
    let options = *options;
    std::thread::spawn(move || {
        let result = watch_loop(&watch_root, |changed| {
            let what = describe(&changed);
            match build::run(&watch_root, &options, Mode::Render, &|_| {}) {
                Ok(result) => {
                    report(&result, &what);
                    let json = problems_json(&result);
                    let ok = result.output.is_some();
                    {
                        let mut p = lock(&watch_preview);
                        p.problems_json = json.clone();
                        if let Some(output) = result.output {
                            p.output = Arc::new(output);
                        }
                    }
                    if ok {
                        watch_listeners.send("reload", "{}");
                    } else {
                        watch_listeners.send("problems", &json);
                    }
                }
                Err(e) => eprintln!("error: {e}"),
            }
        });
        if let Err(e) = result {
            eprintln!("error: {e}; live reload is off");
        }
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
    let first = build::run(root, options, Mode::Render, &|_| {})?;
    report(&first, "first build");
    publish_result(&first)?;
    println!(
        "watching {} for changes; publishing to {}  (Ctrl+C to stop)",
        root.display(),
        out.display()
    );
    watch_loop(root, |changed| {
        match build::run(root, options, Mode::Render, &|_| {}) {
            Ok(result) => {
                report(&result, &describe(&changed));
                if let Err(e) = publish_result(&result) {
                    eprintln!("error: {e}");
                }
            }
            Err(e) => eprintln!("error: {e}"),
        }
    })
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
}
