//! The fuzz targets' bodies: each takes the fuzzer's bytes, runs them through gongkai's
//! public API the way a build does, and checks what must hold for every input besides
//! not panicking (round trips, a quick rescan equal to a full scan, no live script in
//! rendered HTML, positions inside the text).
//!
//! Two callers share this file so that they run the very same code: the libFuzzer
//! targets in `fuzz_targets/` (through the `gongkai_fuzz` library), and the smoke test
//! `tests/fuzz_seeds.rs` of the main crate, which includes it as a module and feeds it
//! every committed seed (CI runs that without libFuzzer). It may therefore use only
//! `std`, gongkai and the main crate's dependencies (`jiff`, and `scraper`, a test
//! dependency there).
//!
//! A failed check panics: that is how a fuzz target reports a finding.

use std::sync::{Arc, LazyLock};

use gongkai::check::privacy::{self, Allow, ScannedOutput};
use gongkai::check::privacy_scan::{self, Edit, PiiHit};
use gongkai::check::{self, Options};
use gongkai::config::{self, Config};
use gongkai::diagnostic::Diagnostic;
use gongkai::load::{self, FileLoad, FileRole};
use gongkai::model::money::{self, Fen, MoneyError};
use gongkai::model::{Body, SourceFile};
use gongkai::render::markdown::{self, MarkdownOptions};
use gongkai::source;

/// A target's body: the fuzzer's bytes in, a panic on a finding.
pub type Entry = fn(&[u8]);

/// Every target by name, as `fuzz_targets/NAME.rs` and `corpus/NAME/` are named.
pub const TARGETS: &[(&str, Entry)] = &[
    ("yaml_item", yaml_item),
    ("notice", notice),
    ("site_yaml", site_yaml),
    ("markdown", markdown),
    ("money", money),
    ("privacy_scan", privacy_scan),
];

/// The sample board's settings: the items are read and checked under them.
static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let source = SourceFile {
        path: "site.yaml".into(),
        text: Arc::from(include_str!("../site.yaml")),
    };
    config::parse(source, &mut Vec::new())
});

/// A fixed build date, so a finding reproduces on any day.
static OPTIONS: LazyLock<Options> = LazyLock::new(|| Options {
    today: jiff::civil::date(2026, 4, 1),
    drafts: false,
    future: false,
});

const BOTH_MODES: [MarkdownOptions; 2] = [
    MarkdownOptions { raw_html: false },
    MarkdownOptions { raw_html: true },
];

/// A YAML data file, as `load` reads it (decoded, `kind:` dispatched, every kind's
/// reader) and as `_section.yaml`; then `check` over a board of that one file, and the
/// Markdown of a congress item's resolutions as its page renders it.
pub fn yaml_item(data: &[u8]) {
    let files = [
        ("content/2026/fuzz.yaml", FileRole::Yaml),
        ("content/2026/_section.yaml", FileRole::Section),
    ];
    for (rel, role) in files {
        let (loaded, mut found) = load::load_bytes(rel, role, data, &CONFIG);
        found.extend(check_alone(rel, role, &loaded));
        if let FileLoad::Item(item) = &loaded
            && let Body::Congress(c) = &item.body
        {
            for text in c.resolutions.iter().filter_map(|r| r.text.as_ref()) {
                let start = (text.pos.line(), text.pos.column());
                for options in &BOTH_MODES {
                    markdown::item_html(item, &text.value, start, options, &mut found);
                }
            }
        }
        show(&found);
    }
}

/// A Markdown notice with front matter, as `load` reads it; then `check` over it, its
/// body rendered as its page does (both raw-HTML settings) and its plain text for search.
pub fn notice(data: &[u8]) {
    let rel = "content/notices/fuzz.md";
    let (loaded, mut found) = load::load_bytes(rel, FileRole::Markdown, data, &CONFIG);
    found.extend(check_alone(rel, FileRole::Markdown, &loaded));
    if let FileLoad::Item(item) = &loaded
        && let Body::Notice(n) = &item.body
    {
        for options in &BOTH_MODES {
            let rendered =
                markdown::item_html(item, &n.markdown, (n.body_line, 1), options, &mut found);
            assert_inert(&rendered.html);
        }
        let _ = markdown::plain_text(&n.markdown);
    }
    show(&found);
}

/// `site.yaml`, decoded and read as `load` does, and the supervision-phone rule.
pub fn site_yaml(data: &[u8]) {
    let mut found = Vec::new();
    let Ok(text) = source::decode(data) else {
        return;
    };
    let source = SourceFile {
        path: "site.yaml".into(),
        text: Arc::from(text),
    };
    let config = config::parse(source, &mut found);
    let allow = Allow::new(&config.privacy.allow);
    found.extend(privacy::check_supervision_phone(&config, &allow));
    show(&found);
}

/// Notice Markdown: the renderer with raw HTML refused and allowed (no live script in
/// either, every reported place inside the text), the plain text, and the site's link
/// policy on a notice at a depth chosen by the first byte.
pub fn markdown(data: &[u8]) {
    let (depth, body) = match data.split_first() {
        Some((first, rest)) => (usize::from(*first % 4), rest),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(body);
    for options in &BOTH_MODES {
        let rendered = markdown::render(&text, options);
        assert_inert(&rendered.html);
        let places = rendered
            .raw_html
            .iter()
            .map(|r| &r.pos)
            .chain(rendered.links.iter().map(|l| &l.pos));
        for pos in places {
            assert_inside(&text, pos.line, pos.column);
        }
    }
    let _ = markdown::plain_text(&text);

    // The link policy, on an item whose body is this text.
    let folder = ["", "notices/", "a/b/", "a/b/c/d/"][depth];
    let front = "---\ntitle: 通知\npublished: 2026-03-01\n---\n";
    let rel = format!("content/{folder}fuzz.md");
    let file = format!("{front}{text}");
    let (loaded, _) = load::load_bytes(&rel, FileRole::Markdown, file.as_bytes(), &CONFIG);
    if let FileLoad::Item(item) = &loaded
        && let Body::Notice(n) = &item.body
    {
        let mut found = Vec::new();
        for options in &BOTH_MODES {
            markdown::item_html(item, &n.markdown, (n.body_line, 1), options, &mut found);
        }
        for d in &found {
            if let Some(pos) = d.location.as_ref().and_then(|l| l.pos) {
                assert_inside(&item.source.text, pos.line(), pos.column());
            }
        }
        show(&found);
    }
}

/// The amount parser and the amount's renderings: what parses comes back the same from
/// its plain, displayed and 大写 forms; `parse_non_negative` agrees with `parse`; the
/// first eight bytes as an amount round-trip too.
pub fn money(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed = money::parse(&text);
    let non_negative = money::parse_non_negative(&text);
    match &parsed {
        Ok(fen) if fen.0 < 0 => assert_eq!(non_negative, Err(MoneyError::Negative), "{text:?}"),
        _ => assert_eq!(non_negative, parsed, "{text:?}"),
    }
    assert_ne!(parsed, Err(MoneyError::Negative), "{text:?}");
    if let Ok(fen) = parsed {
        round_trip(fen);
    }
    let words: Vec<i64> = data
        .chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or_default()))
        .collect();
    for &n in words.iter().take(4) {
        round_trip(Fen(n));
    }
    let exact: i128 = words.iter().map(|&n| i128::from(n)).sum();
    let sum = Fen::sum(words.iter().map(|&n| Fen(n)));
    assert_eq!(sum, i64::try_from(exact).ok().map(Fen), "{words:?}");
}

/// The privacy scanner over text: hits well formed, in order and masked; a file's hits
/// located; the quick rescan after an edit (chosen by the first five bytes) equal to a
/// full scan, over text and over raw output bytes as the preview keeps them.
pub fn privacy_scan(data: &[u8]) {
    let (header, body) = data.split_at(data.len().min(5));
    let mut h = [0_u8; 5];
    h[..header.len()].copy_from_slice(header);
    let text = String::from_utf8_lossy(body);

    let hits = privacy_scan::scan(&text);
    check_hits(&text, &hits);
    // A content file's text has its line ends made LF when it is decoded.
    let source = SourceFile {
        path: "content/fuzz.md".into(),
        text: Arc::from(text.replace("\r\n", "\n").replace('\r', "\n")),
    };
    let allow = Allow::default();
    let mut found = privacy::scan_source(&source, &allow);
    for d in &found {
        if let Some(pos) = d.location.as_ref().and_then(|l| l.pos) {
            assert_inside(&source.text, pos.line(), pos.column());
        }
    }
    let name: String = text.chars().filter(|c| *c != '/').take(200).collect();
    found.extend(privacy::scan_name(&format!("content/{name}.md"), &allow));
    show(&found);

    // An edit of the text, in characters.
    let chars: Vec<char> = text.chars().collect();
    let new: String = edited(&chars, h).into_iter().collect();
    let quick = privacy_scan::scan_edit(&text, &hits, &new);
    let full = privacy_scan::scan(&new);
    assert_eq!(quick, full, "{text:?} -> {new:?}");
    match Edit::find(text.as_bytes(), new.as_bytes()) {
        Some(edit) => {
            assert_eq!(text.get(..edit.start), new.get(..edit.start));
            assert_eq!(text.get(edit.old_end..), new.get(edit.new_end..));
        }
        None => assert_eq!(text, new),
    }

    // The same kind of edit of raw bytes, which need not stay UTF-8: the preview's
    // rescan of an output file reports what a fresh read of it reports.
    let path = "notices/fuzz/index.html";
    let old_bytes: Arc<[u8]> = Arc::from(body);
    let new_bytes: Arc<[u8]> = Arc::from(edited(body, h));
    let kept = ScannedOutput::new(path, &old_bytes);
    let again = kept.rescan(path, &new_bytes).unwrap_or(kept);
    let fresh = privacy::scan_output_file(path, &new_bytes, &allow);
    assert_eq!(again.diagnostics(path, &allow), fresh);
    show(&fresh);
}

/// `check` over a board made of the one file `load` gave.
fn check_alone(rel: &str, role: FileRole, loaded: &FileLoad) -> Vec<Diagnostic> {
    let site = load::assemble([(rel, role, loaded)]);
    let (_board, found) = check::check(&CONFIG, &site, &OPTIONS);
    found
}

/// Shows every diagnostic both ways a clerk or a tool sees it.
fn show(found: &[Diagnostic]) {
    use gongkai::config::Language;
    for d in found {
        for language in [Language::ZhHans, Language::ZhHant, Language::En] {
            let _ = d.render_text(language);
            let _ = d.render_json(language);
        }
    }
}

/// `items` with the `h[2]` items at `h[0..2]` (modulo its length) replaced by up to 15 of
/// its own items, from `h[3]` on: a small edit that may join, split or copy numbers.
fn edited<T: Clone>(items: &[T], h: [u8; 5]) -> Vec<T> {
    let n = items.len();
    let at = usize::from(u16::from_le_bytes([h[0], h[1]])) % (n + 1);
    let end = at + usize::from(h[2]) % (n - at + 1);
    let from = usize::from(h[3]) % (n + 1);
    let to = (from + usize::from(h[4] % 16)).min(n);
    let mut out = items[..at].to_vec();
    out.extend_from_slice(&items[from..to]);
    out.extend_from_slice(&items[end..]);
    out
}

/// Hits are in order, never overlap, sit on character boundaries, say what they cover,
/// and are masked in messages.
fn check_hits(text: &str, hits: &[PiiHit]) {
    let mut after = 0;
    for hit in hits {
        assert!(after <= hit.start && hit.start < hit.end, "{hits:?}");
        assert_eq!(text.get(hit.start..hit.end), Some(hit.value.as_str()));
        assert!(!hit.normalized.is_empty(), "{hit:?}");
        let masked = privacy_scan::mask(&hit.value);
        assert!(
            !masked.contains(&hit.normalized),
            "{hit:?} masked as {masked}"
        );
        after = hit.end;
    }
}

/// `line:column` (1-based, columns in characters, CR and CRLF one line break) names a
/// character of `text` or the end of its line.
fn assert_inside(text: &str, line: usize, column: usize) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let line_text = line.checked_sub(1).and_then(|i| text.split('\n').nth(i));
    let Some(line_text) = line_text else {
        panic!(
            "line {line} outside a text of {} lines",
            text.split('\n').count()
        );
    };
    let width = line_text.chars().count();
    assert!(
        (1..=width + 1).contains(&column),
        "column {column} outside line {line} of {width} characters"
    );
}

/// No live script in rendered HTML, parsed as a browser would: no script-running
/// element, no `on…` attribute, no `javascript:`/`vbscript:`/`file:` URL, and `data:`
/// only as an image's source or a raster image.
fn assert_inert(html: &str) {
    const ELEMENTS: &[&str] = &[
        "script", "style", "iframe", "object", "embed", "frame", "frameset", "applet", "base",
        "meta", "link", "form",
    ];
    let fragment = scraper::Html::parse_fragment(html);
    for node in fragment.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let name = element.name();
        assert!(!ELEMENTS.contains(&name), "<{name}> in {html:?}");
        for (attribute, value) in element.attrs() {
            assert!(
                !attribute.to_ascii_lowercase().starts_with("on"),
                "{attribute} on <{name}> in {html:?}"
            );
            let url: String = value
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .collect::<String>()
                .trim_start_matches(|c: char| c <= ' ')
                .to_ascii_lowercase();
            let scheme_bad = ["javascript:", "vbscript:", "file:"]
                .iter()
                .any(|s| url.starts_with(s));
            // Markdown may link to the raster images comrak's safe mode allows (a
            // browser shows them as a picture); only an image may take others.
            let safe_image = ["png", "gif", "jpeg", "webp"]
                .iter()
                .any(|t| url.starts_with(&format!("data:image/{t}")));
            let data_bad = url.starts_with("data:")
                && !safe_image
                && !(name == "img" && attribute == "src" && url.starts_with("data:image/"));
            let is_url = matches!(
                attribute,
                "href" | "src" | "action" | "formaction" | "srcset"
            );
            assert!(
                !(is_url && (scheme_bad || data_bad)),
                "{attribute}={value:?} on <{name}> in {html:?}"
            );
        }
    }
}

/// `fen` comes back from its plain and displayed forms, and from its 大写 form where it
/// has one (0 to below 10^12 yuan).
fn round_trip(fen: Fen) {
    assert_eq!(money::parse(&fen.yuan_text()), Ok(fen));
    assert_eq!(money::parse(&fen.display()), Ok(fen));
    assert_eq!(money::parse(&fen.display().replace('¥', "￥")), Ok(fen));
    let daxie = fen.daxie();
    assert_eq!(
        daxie.is_some(),
        (0..100_000_000_000_000).contains(&fen.0),
        "{fen:?}"
    );
    if let Some(words) = daxie {
        assert_eq!(read_daxie(&words), Some(fen.0), "{fen:?} as {words}");
    }
}

/// Reads 大写 back to fen, independently of how it is written: 零 is skipped, a digit
/// takes the unit after it, 万 and 亿 close a section.
fn read_daxie(text: &str) -> Option<i64> {
    let digit_of = |c: char| "零壹贰叁肆伍陆柒捌玖".chars().position(|d| d == c);
    let body = text.strip_suffix('整').unwrap_or(text);
    let (int_text, frac_text) = body.split_once('元').unwrap_or(("", body));
    let (mut yi, mut wan, mut section) = (0_i64, 0_i64, 0_i64);
    let mut digit: Option<i64> = None;
    for c in int_text.chars() {
        match c {
            '零' => {}
            '拾' => section += digit.take()? * 10,
            '佰' => section += digit.take()? * 100,
            '仟' => section += digit.take()? * 1000,
            '万' => wan = std::mem::take(&mut section) + digit.take().unwrap_or(0),
            '亿' => yi = std::mem::take(&mut section) + digit.take().unwrap_or(0),
            _ if digit.is_none() => digit = Some(i64::try_from(digit_of(c)?).ok()?),
            _ => return None,
        }
    }
    let yuan = yi * 100_000_000 + wan * 10_000 + section + digit.unwrap_or(0);
    let mut fen = 0;
    let mut digit: Option<i64> = None;
    for c in frac_text.chars() {
        match c {
            '零' => {}
            '角' => fen += digit.take()? * 10,
            '分' => fen += digit.take()?,
            _ if digit.is_none() => digit = Some(i64::try_from(digit_of(c)?).ok()?),
            _ => return None,
        }
    }
    if digit.is_some() {
        return None;
    }
    Some(yuan * 100 + fen)
}
