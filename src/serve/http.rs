//! The preview's HTTP side: which file a request names, with what content type.
//!
//! Serves only files of the last good build, from memory: a request path is decoded,
//! refused when it tries to climb (`..`, encoded or not, backslashes, NUL), and looked up
//! in the output map, so nothing outside the built site (no symlink, no source file) can
//! be reached. Pure functions, so the rules are tested without a socket.

use crate::publish::Output;

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
