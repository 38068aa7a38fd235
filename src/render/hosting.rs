//! The web server's settings, written into the output when `site.yaml` asks for them
//! (`hosting: iis | nginx | apache`; nothing for `none`, the default): `web.config` for
//! IIS, `.htaccess` for Apache, and `gongkai-nginx.conf`, a snippet to include in the
//! nginx `location` that serves the board.
//!
//! Each says the same four things: `index.html` is a folder's page; text files are UTF-8
//! (`charset=utf-8` for HTML, CSS, scripts, JSON, CSV, XML, SVG and text, which older
//! servers send without a charset, or not at all, so a browser or Excel guesses GBK);
//! folders are never listed; pages and data are revalidated on every visit while the
//! theme's files with a content hash in their names (`theme/style.1a2b3c4d5e.css`, see
//! `theme`) are kept for a year. Plain data from the config and the theme's names; the
//! words are the servers' own, not a reader's.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

use crate::config::Hosting;

/// Output path of IIS's settings.
pub const IIS: &str = "web.config";
/// Output path of Apache's settings.
pub const APACHE: &str = ".htaccess";
/// Output path of the nginx snippet.
pub const NGINX: &str = "gongkai-nginx.conf";

/// The file types a board holds: extension, media type, and whether it is text (sent
/// with `charset=utf-8`).
const TYPES: &[(&str, &str, bool)] = &[
    ("html", "text/html", true),
    ("css", "text/css", true),
    ("js", "text/javascript", true),
    ("json", "application/json", true),
    ("csv", "text/csv", true),
    ("xml", "application/xml", true),
    ("svg", "image/svg+xml", true),
    ("txt", "text/plain", true),
    ("png", "image/png", false),
    ("jpg", "image/jpeg", false),
    ("jpeg", "image/jpeg", false),
    ("gif", "image/gif", false),
    ("webp", "image/webp", false),
    ("ico", "image/x-icon", false),
    ("pdf", "application/pdf", false),
    ("woff", "font/woff", false),
    ("woff2", "font/woff2", false),
    ("zip", "application/zip", false),
    ("doc", "application/msword", false),
    ("xls", "application/vnd.ms-excel", false),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        false,
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        false,
    ),
];

/// How long browsers keep a theme file whose name carries its hash: a year.
const YEAR_SECONDS: u32 = 31_536_000;

/// A name with a content hash, for the nginx and Apache rules: ten hex digits before
/// the extension (`theme::hashed_name`).
const HASHED: &str = r"\.[0-9a-f]{10}(\.[A-Za-z0-9]+)?$";

/// The settings file `hosting` asks for, with its output path; `assets` are the theme's
/// hashed paths (`theme/style.1a2b3c4d5e.css`), which IIS names one by one.
pub fn file(hosting: Hosting, assets: &BTreeMap<String, String>) -> Option<(String, Arc<[u8]>)> {
    let (path, text) = match hosting {
        Hosting::None => return None,
        Hosting::Iis => (IIS, web_config(assets)),
        Hosting::Apache => (APACHE, htaccess()),
        Hosting::Nginx => (NGINX, nginx()),
    };
    Some((path.to_string(), Arc::from(text.into_bytes())))
}

/// The media type as sent: text types with their charset.
fn sent_type(mime: &str, text: bool) -> String {
    if text {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

/// IIS: default document, no folder listing, every type mapped (IIS answers 404 for an
/// extension it has no type for, and older versions know neither `.json` nor `.csv`),
/// each removed first so a type the server already maps is not an error. Pages are
/// revalidated; each hashed theme file is kept for a year.
fn web_config(assets: &BTreeMap<String, String>) -> String {
    let mut x = String::new();
    x.push_str(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <!-- Written by gongkai (site.yaml: hosting: iis): how IIS serves this board. -->\n\
         <configuration>\n  <system.webServer>\n    <defaultDocument enabled=\"true\">\n      \
         <files>\n        <clear />\n        <add value=\"index.html\" />\n      </files>\n    \
         </defaultDocument>\n    <directoryBrowse enabled=\"false\" />\n    <staticContent>\n      \
         <clientCache cacheControlMode=\"DisableCache\" />\n",
    );
    for (ext, mime, text) in TYPES {
        let _ = writeln!(x, "      <remove fileExtension=\".{ext}\" />");
        let _ = writeln!(
            x,
            "      <mimeMap fileExtension=\".{ext}\" mimeType=\"{}\" />",
            sent_type(mime, *text)
        );
    }
    x.push_str("    </staticContent>\n  </system.webServer>\n");
    for path in assets.values() {
        let _ = write!(
            x,
            "  <location path=\"{}\">\n    <system.webServer>\n      <staticContent>\n        \
             <clientCache cacheControlMode=\"UseMaxAge\" cacheControlMaxAge=\"365.00:00:00\" />\n      \
             </staticContent>\n    </system.webServer>\n  </location>\n",
            crate::render::escape::escape(path)
        );
    }
    x.push_str("</configuration>\n");
    x
}

/// Apache (`.htaccess`, read where `AllowOverride FileInfo Indexes AuthConfig Options=Indexes` (or `All`) allows it; the cache
/// headers need mod_headers). The year's cache is chosen by the request path, not the
/// file name (`FilesMatch` sees only the name, so a page or attachment elsewhere named
/// like `report.2024123456.pdf` would be cached for a year too); `<If>` needs Apache 2.4.
fn htaccess() -> String {
    let mut x = String::from(
        "# Written by gongkai (site.yaml: hosting: apache): how Apache serves this board.\n\
         # Needs `AllowOverride FileInfo Indexes AuthConfig Options=Indexes` (or `All`); cache headers need mod_headers.\n\
         DirectoryIndex index.html\nOptions -Indexes\n",
    );
    for (ext, mime, _) in TYPES {
        let _ = writeln!(x, "AddType {mime} .{ext}");
    }
    let text: Vec<String> = TYPES
        .iter()
        .filter(|(_, _, text)| *text)
        .map(|(ext, _, _)| format!(".{ext}"))
        .collect();
    let _ = writeln!(x, "AddCharset utf-8 {}", text.join(" "));
    let _ = write!(
        x,
        "<IfModule mod_headers.c>\n  Header set Cache-Control \"no-cache\"\n  \
         <If \"%{{REQUEST_URI}} =~ m#/theme/.*{HASHED}#\">\n    \
         Header set Cache-Control \"public, max-age={YEAR_SECONDS}, immutable\"\n  \
         </If>\n</IfModule>\n\
         # gongkai's own files (.gongkai-output, .gongkai-writing) are not for readers.\n\
         <FilesMatch \"^\\.\">\n  Require all denied\n</FilesMatch>\n"
    );
    x
}

/// nginx: a snippet for the `location` that serves the board (its `types` replace the
/// server's for that location only, so every type the board holds is listed).
fn nginx() -> String {
    let mut x = String::from(
        "# Written by gongkai (site.yaml: hosting: nginx): how nginx serves this board.\n\
         # Include it in the location that serves the published folder, for example:\n\
         #\n\
         #     location /board/ {\n\
         #         alias /srv/www/board/;\n\
         #         include /srv/www/board/gongkai-nginx.conf;\n\
         #     }\n\
         #\n\
         # then run `nginx -t` and `nginx -s reload`.\n\
         index index.html;\nautoindex off;\ncharset utf-8;\n",
    );
    let text: Vec<&str> = TYPES
        .iter()
        .filter(|(_, _, text)| *text)
        .map(|(_, mime, _)| *mime)
        .filter(|mime| *mime != "text/html")
        .collect();
    let _ = writeln!(x, "charset_types {};", text.join(" "));
    x.push_str("types {\n");
    let mut by_type: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (ext, mime, _) in TYPES {
        by_type.entry(mime).or_default().push(ext);
    }
    for (mime, exts) in by_type {
        let _ = writeln!(x, "    {mime} {};", exts.join(" "));
    }
    x.push_str("}\ndefault_type application/octet-stream;\n");
    let _ = write!(
        x,
        "add_header Cache-Control \"no-cache\" always;\n\
         # gongkai's own files (.gongkai-output, .gongkai-writing) are not for readers.\n\
         location ~ /\\. {{\n    return 404;\n}}\n\
         location ~ \"/theme/.*{HASHED}\" {{\n    \
         add_header Cache-Control \"public, max-age={YEAR_SECONDS}, immutable\" always;\n}}\n"
    );
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(hosting: Hosting) -> Option<(String, String)> {
        let assets = BTreeMap::from([(
            "style.css".to_string(),
            "theme/style.0123456789.css".to_string(),
        )]);
        file(hosting, &assets).map(|(p, b)| (p, String::from_utf8(b.to_vec()).unwrap()))
    }

    #[test]
    fn none_writes_nothing() {
        assert!(text(Hosting::None).is_none());
    }

    #[test]
    fn each_server_gets_its_file() {
        let (path, iis) = text(Hosting::Iis).unwrap();
        assert_eq!(path, "web.config");
        assert!(
            iis.contains("mimeType=\"text/csv; charset=utf-8\""),
            "{iis}"
        );
        assert!(iis.contains("<location path=\"theme/style.0123456789.css\">"));
        let (path, apache) = text(Hosting::Apache).unwrap();
        assert_eq!(path, ".htaccess");
        assert!(apache.contains("AddCharset utf-8 .html .css .js .json .csv .xml .svg .txt"));
        let (path, nginx) = text(Hosting::Nginx).unwrap();
        assert_eq!(path, "gongkai-nginx.conf");
        assert!(nginx.contains("    text/csv csv;\n"), "{nginx}");
        assert!(nginx.contains("    image/jpeg jpg jpeg;\n"), "{nginx}");
        assert!(
            nginx.contains("charset_types text/css text/javascript"),
            "{nginx}"
        );
    }
}
