//! What `serve` and `watch` say: each build's line in the terminal, where the preview
//! is, why a rebuild did not happen, and the preview server's plain answers.

use std::fmt::Display;
use std::net::IpAddr;
use std::path::Path;

/// What the first build's line says changed.
pub const FIRST_BUILD: &str = "first build";

/// The line of a good build: `rebuilt in 12 ms: content/a.md changed (…)`.
pub fn built(
    what: &str,
    ms: u128,
    files_read: usize,
    pages_rendered: usize,
    pages: usize,
) -> String {
    let verb = if what == FIRST_BUILD {
        "built"
    } else {
        "rebuilt"
    };
    format!(
        "{verb} in {ms} ms: {what} ({files_read} files read, {pages_rendered} pages rendered; {pages} pages)"
    )
}

/// The line of a build that found errors.
pub fn build_failed(what: &str, ms: u128, errors: usize) -> String {
    format!(
        "build failed with {errors} errors in {ms} ms: {what}; still showing the last good pages"
    )
}

/// What changed: `content/a.md changed`, `content/a.md, content/b.md and 3 more changed`;
/// `rescan` when the watcher lost events.
pub fn changed(paths: &[String], rescan: bool) -> String {
    let text = match paths {
        [] => "nothing named changed".to_string(),
        [_] | [_, _] | [_, _, _] => format!("{} changed", paths.join(", ")),
        [first, second, rest @ ..] => {
            format!("{first}, {second} and {} more changed", rest.len())
        }
    };
    if rescan {
        format!("{text}; events were lost, everything read again")
    } else {
        text
    }
}

/// Where the preview is served.
pub fn serving(url: &str) -> String {
    format!("serving the board at {url}  (Ctrl+C to stop)")
}

/// A preview bound to an address other computers can reach.
pub fn reachable(bind: IpAddr) -> String {
    format!(
        "warning: bound to {bind}: the preview can be reached by other computers on the network"
    )
}

/// What `watch` watches and where it publishes.
pub fn watching(root: &Path, out: &Path) -> String {
    format!(
        "watching {} for changes; publishing to {}  (Ctrl+C to stop)",
        root.display(),
        out.display()
    )
}

/// The watcher could not start; the preview goes on without reloading.
pub fn reload_off(error: &impl Display) -> String {
    format!("error: {error}; live reload is off")
}

/// A tool failure during `watch`, or while publishing a build.
pub fn failed(error: &impl Display) -> String {
    format!("error: {error}")
}

/// A rebuild that could not run, after `what` changed.
pub fn rebuild_failed(error: &impl Display, what: &str) -> String {
    format!("error: {error} ({what})")
}

/// The same in `serve`, which goes on showing the last good pages.
pub fn rebuild_failed_serving(error: &impl Display, what: &str) -> String {
    format!("error: {error} ({what}); still showing the last good pages")
}

/// A rebuild that panicked (a bug).
pub const INTERNAL_ERROR: &str = "internal error while rebuilding; the next save starts afresh";

/// No browser could be opened.
pub fn no_browser(url: &str) -> String {
    format!("could not open a browser; open {url} by hand")
}

/// The answer to a request that is not GET or HEAD.
pub const METHOD_NOT_ALLOWED: &str = "405 method not allowed";
/// The answer to a path that tries to leave the site.
pub const BAD_REQUEST: &str = "400 bad request";
/// The body of a redirect to the folder's address with its `/`.
pub const MOVED: &str = "moved";
/// The page for an address the site does not have.
pub const NOT_FOUND_PAGE: &str = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404 页面不存在</h1><p><a href=\"/\">返回首页</a></p></body></html>";

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_named_up_to_three() {
        let paths: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        assert_eq!(changed(&[], false), "nothing named changed");
        assert_eq!(changed(&paths[..3], false), "a, b, c changed");
        assert_eq!(changed(&paths, false), "a, b and 3 more changed");
        assert_eq!(
            changed(&paths[..1], true),
            "a changed; events were lost, everything read again"
        );
    }
}
