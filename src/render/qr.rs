//! QR codes on printed notices: the address of an item's online page, drawn at build time
//! as inline SVG (nothing fetched, nothing to install on the reader's side).
//!
//! Owns two decisions: which address a printed notice points at (`item_url`) and how the
//! code is drawn (`svg`). `qrcodegen` is used nowhere else.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::config::Config;
use crate::render::escape::escape;

/// Light modules around the code, as the QR standard asks (ISO/IEC 18004: 4).
const QUIET: i32 = 4;

/// The absolute address printed for the page at `page_path`: `print_url` when it is set,
/// else `base_url`, followed by the page path and `/`. `None` when neither is an absolute
/// `http(s)` address (a relative site has no address a phone could open).
pub fn item_url(config: &Config, page_path: &str) -> Option<String> {
    let prefix = config
        .print_url
        .as_deref()
        .filter(|u| is_absolute(u))
        .or(Some(config.base_url.as_str()).filter(|u| is_absolute(u)))?;
    let prefix = prefix.trim();
    let mut url = prefix.trim_end_matches('/').to_string();
    url.push('/');
    url.push_str(&percent_encode_path(page_path));
    url.push('/');
    Some(url)
}

/// An `http://` or `https://` address.
fn is_absolute(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Percent-encodes every byte of a page path except unreserved characters and `/`, so a
/// folder named in Chinese gives an address every phone scanner opens.
pub(crate) fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The QR code of `text` as an `<svg>` element: one path of dark runs on a white square
/// with the quiet zone, scaled by CSS. `None` if the text is too long for any QR version.
pub fn svg(text: &str, label: &str) -> Option<String> {
    // Quartile (25 % recovery): a paper notice on a board gets creased, pinned and rained on.
    let code = QrCode::encode_text(text, QrCodeEcc::Quartile).ok()?;
    let size = code.size();
    let side = size + 2 * QUIET;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET, y + QUIET));
        }
    }
    Some(format!(
        "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>",
        escape(label)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceFile;

    fn config(base_url: &str, print_url: Option<&str>) -> Config {
        let mut diagnostics = Vec::new();
        let mut c = crate::config::parse(
            SourceFile {
                path: "site.yaml".into(),
                text: "title: t\nunit: u\n".into(),
            },
            &mut diagnostics,
        );
        c.base_url = base_url.into();
        c.print_url = print_url.map(str::to_string);
        c
    }

    #[test]
    fn addresses_for_printing() {
        assert_eq!(item_url(&config("", None), "2026/finance-q1"), None);
        assert_eq!(item_url(&config("/board/", None), "2026/a"), None);
        assert_eq!(
            item_url(&config("https://gh.example/board/", None), "2026/a").as_deref(),
            Some("https://gh.example/board/2026/a/")
        );
        assert_eq!(
            item_url(&config("", Some("http://intranet/gk")), "通知/体检").as_deref(),
            Some("http://intranet/gk/%E9%80%9A%E7%9F%A5/%E4%BD%93%E6%A3%80/")
        );
        // print_url wins over base_url: it is the setting made for paper.
        assert_eq!(
            item_url(
                &config("https://a.example/", Some("https://b.example/x/")),
                "n"
            )
            .as_deref(),
            Some("https://b.example/x/n/")
        );
    }

    /// Parses the SVG and counts its dark modules by walking the path's runs.
    fn dark_modules(svg: &str) -> (i32, usize) {
        let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        let view_box: Vec<i32> = root
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        let d = root
            .children()
            .find(|n| n.has_tag_name("path"))
            .and_then(|p| p.attribute("d"))
            .unwrap();
        let dark: usize = d
            .split('M')
            .filter(|run| !run.is_empty())
            .map(|run| {
                let h = run.split('h').nth(1).unwrap();
                h.split('v').next().unwrap().parse::<usize>().unwrap()
            })
            .sum();
        (view_box[2], dark)
    }

    #[test]
    fn svg_is_well_formed_and_sized_by_version() {
        let url = "https://gh.example/board/2026/finance-q1/";
        let svg = svg(url, "扫码查看：<网上> & 公示").unwrap();
        let code = QrCode::encode_text(url, QrCodeEcc::Quartile).unwrap();
        let version = i32::from(code.version().value());
        // A version-v code is 17 + 4v modules wide; the picture adds the quiet zone.
        let (side, dark) = dark_modules(&svg);
        assert_eq!(side, 17 + 4 * version + 2 * QUIET);
        let expected = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|(x, y)| code.get_module(*x, *y))
            .count();
        assert_eq!(dark, expected);
        // The three finder patterns alone have 3 * 33 dark modules.
        assert!(dark > 99);
        assert!(svg.contains("&lt;网上&gt; &amp; 公示"));
    }

    #[test]
    fn too_long_text_gives_no_code() {
        assert!(svg(&"x".repeat(5000), "").is_none());
    }
}
