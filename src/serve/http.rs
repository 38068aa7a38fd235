//! What the preview answers: each request from the last good build, the live-reload
//! script added to HTML as it is served, the latest problems, and the events that tell
//! open tabs to reload (or to show the latest build's problems).
//!
//! Serves only files of the last good build, from memory: a request path is decoded,
//! refused when it tries to climb (`..`, encoded or not, backslashes, NUL), and looked up
//! in the output map, so nothing outside the built site (no symlink, no source file) can
//! be reached. Which file a path names ([`resolve`]) is a pure function, so the rules are
//! tested without a socket. This module never builds: it shows what it is given
//! (`Live::show`); nor does it touch sockets: connections, limits and the `Host` rule are
//! `server`'s and `request`'s.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};

use super::request::Method;
use crate::build::BuildResult;
use crate::config::Language;
use crate::messages::preview;
use crate::publish::Output;

/// The live-reload event stream.
const EVENTS_PATH: &str = "/__gongkai/events";
/// The latest build's errors as JSON, for tools and tests.
const PROBLEMS_PATH: &str = "/__gongkai/problems";
const RELOAD_JS: &str = include_str!("reload.js");

/// What the preview currently serves.
#[derive(Default)]
struct Preview {
    /// The last good build.
    output: Arc<Output>,
    /// Errors of the latest build, as JSON objects, for the overlay.
    problems_json: String,
    /// The site's language as the latest build read it: the overlay's and the 404
    /// page's words.
    language: Language,
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

/// What the preview serves and who listens for changes: shared by the connections and
/// the thread that rebuilds.
#[derive(Default)]
pub(super) struct Live {
    preview: Mutex<Preview>,
    listeners: Listeners,
}

impl Live {
    /// Shows a build: a good one replaces the pages served, and its errors (if any)
    /// become the overlay's. Open tabs are told to reload after a good build, and are
    /// sent the problems after a failed one.
    pub(super) fn show(&self, result: BuildResult) {
        let json = problems_json(&result);
        let ok = result.output.is_some();
        let old = {
            let mut p = lock(&self.preview);
            p.problems_json = json.clone();
            p.language = result.language;
            result
                .output
                .map(|output| std::mem::replace(&mut p.output, Arc::new(output)))
        };
        if ok {
            self.listeners.send("reload", "{}");
        } else {
            self.listeners.send("problems", &json);
        }
        // Freeing the old pages' index takes a moment: after the browsers have been told.
        drop(old);
    }
}

/// The errors of a build as a JSON array for the overlay.
fn problems_json(result: &BuildResult) -> String {
    // A good build has none: no need to sort its warnings on the way to the reload.
    if !result.diagnostics.has_errors() {
        return "[]".to_string();
    }
    let errors: Vec<String> = result
        .diagnostics
        .sorted()
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render_json(result.language))
        .collect();
    format!("[{}]", errors.join(","))
}

/// An answer, ready to be written by `server`.
pub(super) struct Reply {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// The body (sent for GET, only measured for HEAD).
    pub body: Body,
    /// Where a redirect points.
    pub location: Option<String>,
    /// Sent with `Cache-Control: no-store`: pages change with every save.
    pub no_store: bool,
}

/// A body: a file of the build, shared with the preview rather than copied, or made for
/// this answer.
pub(super) enum Body {
    /// A file of the last good build as it is.
    Shared(Arc<[u8]>),
    /// Text made for this answer (a page with the reload script, a message).
    Owned(Vec<u8>),
}

impl Body {
    /// The bytes to send.
    pub(super) fn bytes(&self) -> &[u8] {
        match self {
            Body::Shared(bytes) => bytes,
            Body::Owned(bytes) => bytes,
        }
    }
}

impl Reply {
    /// A short plain-text answer.
    pub(super) fn plain(status: u16, text: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: Body::Owned(text.as_bytes().to_vec()),
            location: None,
            no_store: false,
        }
    }

    /// A short HTML page.
    pub(super) fn html(status: u16, page: Vec<u8>) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8",
            body: Body::Owned(page),
            location: None,
            no_store: false,
        }
    }
}

/// What a request gets.
pub(super) enum Route {
    /// An answer.
    Reply(Reply),
    /// The live-reload event stream (`server` keeps the connection for it).
    Events,
}

impl Live {
    /// Decides the answer to `method target`: the event stream, the latest problems, or a
    /// page or file of the last good build.
    pub(super) fn route(&self, method: Method, target: &str) -> Route {
        if method == Method::Other {
            return Route::Reply(Reply::plain(405, preview::METHOD_NOT_ALLOWED));
        }
        if target == EVENTS_PATH && method == Method::Get {
            return Route::Events;
        }
        let (output, problems, language) = {
            let p = lock(&self.preview);
            (p.output.clone(), p.problems_json.clone(), p.language)
        };
        if target == PROBLEMS_PATH {
            return Route::Reply(Reply {
                status: 200,
                content_type: "application/json; charset=utf-8",
                body: Body::Owned(problems.into_bytes()),
                location: None,
                no_store: true,
            });
        }
        Route::Reply(respond(target, &output, &problems, language))
    }

    /// A new event stream: the receiving end gets every event from now on.
    pub(super) fn subscribe(&self) -> Receiver<String> {
        self.listeners.add()
    }
}

/// Answers a request for a page or file of `output`.
fn respond(target: &str, output: &Output, problems: &str, language: Language) -> Reply {
    match resolve(target, output) {
        Answer::File(path, kind) => {
            let bytes = output.files.get(&path).cloned().unwrap_or_default();
            let body = if kind.starts_with("text/html") {
                Body::Owned(inject_reload(&bytes, problems, language))
            } else {
                Body::Shared(bytes)
            };
            Reply {
                status: 200,
                content_type: kind,
                body,
                location: None,
                no_store: true,
            }
        }
        Answer::Redirect(to) => Reply {
            location: Some(to),
            ..Reply::plain(301, preview::MOVED)
        },
        Answer::BadRequest => Reply::plain(400, preview::BAD_REQUEST),
        Answer::NotFound => Reply::html(
            404,
            inject_reload(
                preview::not_found_page(language).as_bytes(),
                problems,
                language,
            ),
        ),
    }
}

/// Adds the live-reload script before `</body>`.
fn inject_reload(html: &[u8], problems: &str, language: Language) -> Vec<u8> {
    let words = preview::overlay_words(language);
    let script = format!(
        "<script>{}</script>",
        RELOAD_JS
            .replace("__GONGKAI_PROBLEMS__", &problems.replace("</", "<\\/"))
            .replace("__GONGKAI_WORDS__", &words.replace("</", "<\\/"))
    );
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

/// What to answer a GET.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// A file of the site: its path in the output and content type.
    File(String, &'static str),
    /// The folder exists but the URL lacks its trailing slash: redirect so relative links work.
    Redirect(String),
    /// A bad path: 400.
    BadRequest,
    /// No such file: 404.
    NotFound,
}

/// Content type by extension, with charset for text.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Percent-decodes a URL path; `None` when the escapes are not valid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Decides the answer to a request for `url` (path and optional query) from `output`.
pub fn resolve(url: &str, output: &Output) -> Answer {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let Some(path) = path.strip_prefix('/') else {
        return Answer::BadRequest;
    };
    let Some(decoded) = percent_decode(path) else {
        return Answer::BadRequest;
    };
    if decoded.contains(['\\', '\0'])
        || decoded.starts_with('/')
        || decoded.split('/').any(|seg| seg == ".." || seg == ".")
        || decoded.get(1..2) == Some(":")
    {
        return Answer::BadRequest;
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        let index = format!("{decoded}index.html");
        return match output.files.contains_key(&index) {
            true => Answer::File(index, content_type("index.html")),
            false => Answer::NotFound,
        };
    }
    if output.files.contains_key(&decoded) {
        let kind = content_type(&decoded);
        return Answer::File(decoded, kind);
    }
    if output.files.contains_key(&format!("{decoded}/index.html")) {
        return Answer::Redirect(format!("/{path}/"));
    }
    Answer::NotFound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reload_script_goes_before_body_end() {
        let html = inject_reload(
            b"<html><body><p>x</p></body></html>",
            "[]",
            Language::ZhHans,
        );
        let text = String::from_utf8(html).unwrap();
        assert!(text.contains("<p>x</p><script>"));
        assert!(text.ends_with("</script></body></html>"));
        assert!(text.contains("var initial = [];"));
    }

    fn site() -> Output {
        let mut o = Output::default();
        o.insert("index.html", "home");
        o.insert("2026/finance-q1/index.html", "page");
        o.insert("2026/finance-q1/lines.csv", "csv");
        o.insert("theme/style.css", "css");
        o.insert("通知/index.html", "zh");
        o
    }

    #[test]
    fn files_folders_and_redirects() {
        let o = site();
        assert_eq!(
            resolve("/", &o),
            Answer::File("index.html".into(), "text/html; charset=utf-8")
        );
        assert_eq!(
            resolve("/2026/finance-q1/lines.csv?x=1", &o),
            Answer::File(
                "2026/finance-q1/lines.csv".into(),
                "text/csv; charset=utf-8"
            )
        );
        assert_eq!(
            resolve("/2026/finance-q1", &o),
            Answer::Redirect("/2026/finance-q1/".into())
        );
        assert_eq!(
            resolve("/%E9%80%9A%E7%9F%A5/", &o),
            Answer::File("通知/index.html".into(), "text/html; charset=utf-8")
        );
        assert_eq!(resolve("/missing.html", &o), Answer::NotFound);
    }

    #[test]
    fn traversal_is_refused() {
        let o = site();
        for bad in [
            "/../site.yaml",
            "/2026/../../etc/passwd",
            "/%2e%2e/site.yaml",
            "/%2E%2E%2Fsite.yaml",
            "/theme/..%5C..%5Csite.yaml",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/a%00b",
            "/%ff",
            "relative",
        ] {
            assert_eq!(resolve(bad, &o), Answer::BadRequest, "{bad}");
        }
    }
}
