//! What `serve` and `watch` say: each build's line in the terminal, where the preview
//! is, why a rebuild did not happen, and the preview server's plain answers. The words
//! are the catalogue's `preview-*` entries.

use std::fmt::Display;
use std::net::IpAddr;
use std::path::Path;

use fluent_bundle::FluentValue;

use super::words;
use crate::catalog::{Args, Catalog};
use crate::config::Language;
use crate::diagnostic::Severity;

/// The line of a good build: `rebuilt in 12 ms: content/a.md changed (…)`; `what` is
/// `None` for the first build.
pub fn built(
    language: Language,
    what: Option<&str>,
    ms: u128,
    files_read: usize,
    pages_rendered: usize,
    pages: usize,
) -> String {
    let mut args = first_or_what(what);
    args.set("ms", ms.to_string());
    args.set("read", FluentValue::from(files_read));
    args.set("rendered", FluentValue::from(pages_rendered));
    args.set("pages", FluentValue::from(pages));
    Catalog::of(language).format("preview-built", Some(&args))
}

/// The line of a build that found errors.
pub fn build_failed(language: Language, what: Option<&str>, ms: u128, errors: usize) -> String {
    let mut args = first_or_what(what);
    args.set("ms", ms.to_string());
    args.set("errors", FluentValue::from(errors));
    Catalog::of(language).format("preview-build-failed", Some(&args))
}

/// `first` (yes/no) and `what` changed.
fn first_or_what(what: Option<&str>) -> Args<'static> {
    words::args([
        ("first", words::yes(what.is_none()).to_string()),
        ("what", what.unwrap_or_default().to_string()),
    ])
}

/// What changed: `content/a.md changed`, `content/a.md, content/b.md and 3 more changed`;
/// `rescan` when the watcher lost events.
pub fn changed(language: Language, paths: &[String], rescan: bool) -> String {
    let cat = Catalog::of(language);
    let (shown, more) = match paths.len() {
        0..=3 => (paths, 0),
        n => (&paths[..2], n - 2),
    };
    let mut args = words::args([
        ("paths", words::list(cat, shown)),
        ("rescan", words::yes(rescan).to_string()),
    ]);
    args.set("count", FluentValue::from(paths.len()));
    args.set("more", FluentValue::from(more));
    cat.format("preview-changed", Some(&args))
}

/// Where the preview is served.
pub fn serving(language: Language, url: &str) -> String {
    say(language, "preview-serving", [("url", url.to_string())])
}

/// A preview bound to an address other computers can reach.
pub fn reachable(language: Language, bind: IpAddr) -> String {
    tagged(
        Severity::Warning,
        say(language, "preview-reachable", [("bind", bind.to_string())]),
    )
}

/// What `watch` watches and where it publishes.
pub fn watching(language: Language, root: &Path, out: &Path) -> String {
    say(
        language,
        "preview-watching",
        [
            ("root", root.display().to_string()),
            ("out", out.display().to_string()),
        ],
    )
}

/// The watcher could not start; the preview goes on without reloading.
pub fn reload_off(language: Language, error: &impl Display) -> String {
    tagged(
        Severity::Error,
        say(
            language,
            "preview-reload-off",
            [("error", error.to_string())],
        ),
    )
}

/// A tool failure during `watch`, or while publishing a build.
pub fn failed(language: Language, error: &impl Display) -> String {
    tagged(
        Severity::Error,
        say(language, "preview-failed", [("error", error.to_string())]),
    )
}

/// A rebuild that could not run, after `what` changed; `serving` when the preview goes
/// on showing the last good pages.
pub fn rebuild_failed(
    language: Language,
    error: &impl Display,
    what: &str,
    serving: bool,
) -> String {
    tagged(
        Severity::Error,
        say(
            language,
            "preview-rebuild-failed",
            [
                ("error", error.to_string()),
                ("what", what.to_string()),
                ("serving", words::yes(serving).to_string()),
            ],
        ),
    )
}

/// A rebuild that panicked (a bug).
pub fn internal_error(language: Language) -> String {
    Catalog::of(language).text("preview-internal-error")
}

/// No browser could be opened.
pub fn no_browser(language: Language, url: &str) -> String {
    say(language, "preview-no-browser", [("url", url.to_string())])
}

/// The answer to a request that is not GET or HEAD.
pub const METHOD_NOT_ALLOWED: &str = "405 method not allowed";
/// The answer to a path that tries to leave the site.
pub const BAD_REQUEST: &str = "400 bad request";
/// The body of a redirect to the folder's address with its `/`.
pub const MOVED: &str = "moved";
/// The page for an address the site does not have.
pub fn not_found_page(language: Language) -> String {
    let cat = Catalog::of(language);
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404 {}</h1><p><a href=\"/\">{}</a></p></body></html>",
        language.html_lang(),
        cat.text("preview-not-found"),
        cat.text("preview-not-found-home")
    )
}

/// The overlay's words, as the JSON object the reload script reads: its title (with
/// `__N__` for the number of problems) and the labels of errors, warnings and hints.
pub fn overlay_words(language: Language) -> String {
    let cat = Catalog::of(language);
    let title = cat.format(
        "preview-overlay-title",
        Some(&words::args([("count", "__N__".to_string())])),
    );
    serde_json::json!({
        "title": title,
        "error": cat.text("severity-error"),
        "warning": cat.text("severity-warning"),
        "hint": cat.text("hint-label"),
    })
    .to_string()
}

/// The answer to a request head that does not arrive whole in time.
pub const TOO_SLOW: &str = "408 the request took too long to arrive";
/// The answer to a request head larger than the preview reads.
pub const HEAD_TOO_LARGE: &str = "431 request header fields too large";
/// The answer when the preview has as many connections (or live-reload streams) as it takes.
pub const BUSY: &str = "503 the preview has too many connections; try again in a moment";

/// The page for a request that names another host than the preview's address: a page of
/// another site that made its name point here (DNS rebinding). `use_instead` is the
/// preview's own address.
pub fn wrong_host_page(use_instead: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>403</title></head>\
         <body><h1>403 请用预览自己的地址打开</h1>\
         <p>预览只回答发往 <a href=\"{use_instead}\">{use_instead}</a>（或 localhost）的请求，\
         以免别的网站借改写域名读取预览内容。</p>\
         <p>The preview answers only requests addressed to {use_instead} (or localhost), \
         so that no other web site can read it through a rebound name (DNS rebinding). \
         To reach it from other computers under any name, start it with <code>--bind 0.0.0.0</code>.</p>\
         </body></html>"
    )
}

/// The catalogue's entry `id` with `pairs` as its arguments.
fn say<const N: usize>(language: Language, id: &str, pairs: [(&'static str, String); N]) -> String {
    Catalog::of(language).format(id, Some(&words::args(pairs)))
}

/// A line the preview prints to the terminal behind the spec's `error:` / `warning:`
/// tag, which stays the same in every language (see `Severity::tag`).
fn tagged(severity: Severity, text: String) -> String {
    format!("{}: {text}", severity.tag())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_named_up_to_three() {
        let paths: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        let en = Language::En;
        assert_eq!(changed(en, &[], false), "nothing named changed");
        assert_eq!(changed(en, &paths[..3], false), "a, b, c changed");
        assert_eq!(changed(en, &paths, false), "a, b and 3 more changed");
        assert_eq!(
            changed(en, &paths[..1], true),
            "a changed; events were lost, everything read again"
        );
        let zh = Language::ZhHans;
        assert_eq!(changed(zh, &paths[..3], false), "a、b、c 有改动");
        assert_eq!(changed(zh, &paths, false), "a、b 等 5 个文件有改动");
    }
}
