//! The privacy guard: no resident ID, mobile or bank card number reaches the board.
//!
//! Runs the scanner over every content file's text (YAML values and comments, front
//! matter, Markdown bodies), name and folder names, over the names in `static/`, and
//! over every text file of the output before it is published. Each hit is an error at its place with the number masked in the message.
//! Only exact values listed in `privacy.allow` pass (a public hotline), never a pattern.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::check::privacy_scan::{self, Edit, PiiHit, PiiKind};
use crate::diagnostic::{Diagnostic, Location, Pos};
use crate::messages::Problem;
use crate::model::SourceFile;
use crate::model::files::StaticFiles;
use crate::publish::Output;

/// Exact values the site allows.
#[derive(Clone, Debug, Default)]
pub struct Allow {
    values: Vec<String>,
}

impl Allow {
    /// From `privacy.allow`.
    pub fn new(values: &[String]) -> Allow {
        Allow {
            values: values.iter().map(|v| v.trim().to_string()).collect(),
        }
    }

    fn allows(&self, hit: &privacy_scan::PiiHit) -> bool {
        let digits =
            |s: &str| -> String { s.chars().filter(|c| c.is_ascii_alphanumeric()).collect() };
        self.values
            .iter()
            .any(|v| *v == hit.value || digits(v) == hit.normalized)
    }
}

/// The kind's name for messages.
pub fn kind_name(kind: PiiKind) -> &'static str {
    match kind {
        PiiKind::ResidentId => "resident ID number",
        PiiKind::Mobile => "mobile phone number",
        PiiKind::BankCard => "bank card number",
    }
}

/// Lines and character columns of byte offsets asked for in ascending order (as hits
/// come), reading the text once however many hits a large file has.
struct Lines<'a> {
    text: &'a [u8],
    /// The offset asked for last.
    at: usize,
    /// Its line, 1-based.
    line: usize,
    /// Characters between the start of its line and it.
    column: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a [u8]) -> Lines<'a> {
        Lines {
            text,
            at: 0,
            line: 1,
            column: 0,
        }
    }

    /// The position of the character at byte `offset` (a character boundary of the
    /// UTF-8 `text`), marking `len_chars` characters.
    fn pos(&mut self, offset: usize, len_chars: usize) -> Pos {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            *self = Lines::new(self.text);
        }
        // A character is counted at its first byte.
        let chars = |bytes: &[u8]| bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        let read = self.text.get(self.at..offset).unwrap_or_default();
        match read.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += read.iter().filter(|&&b| b == b'\n').count();
                self.column = chars(read.get(last + 1..).unwrap_or_default());
            }
            None => self.column += chars(read),
        }
        self.at = offset;
        Pos::new(self.line, self.column + 1, len_chars)
    }
}

/// `张德营` -> `张*营`, `李四` -> `李*`, `欧阳明华` -> `欧**华`.
pub fn mask_name(name: &str) -> String {
    let chars: Vec<char> = name.trim().chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".into(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

/// Hits in a content file's text.
pub fn scan_source(source: &SourceFile, allow: &Allow) -> Vec<Diagnostic> {
    let mut lines = Lines::new(source.text.as_bytes());
    privacy_scan::scan(&source.text)
        .into_iter()
        .filter(|hit| !allow.allows(hit))
        .map(|hit| {
            let pos = lines.pos(hit.start, hit.value.chars().count());
            Problem::PersonalData {
                kind: kind_name(hit.kind),
                masked: privacy_scan::mask(&hit.value),
            }
            .at(source.at(pos))
        })
        .collect()
}

/// `supervision.phone` is printed on every notice: a mobile there is a person's number,
/// refused even when `privacy.allow` lists it (the general scan reports it otherwise).
pub fn check_supervision_phone(config: &crate::config::Config, allow: &Allow) -> Vec<Diagnostic> {
    let Some(phone) = &config.supervision.phone else {
        return Vec::new();
    };
    privacy_scan::scan(&phone.value)
        .into_iter()
        .filter(|hit| hit.kind == PiiKind::Mobile && allow.allows(hit))
        .map(|hit| {
            Problem::SupervisionMobile {
                masked: privacy_scan::mask(&hit.value),
            }
            .at(config.source.at(phone.pos))
        })
        .collect()
}

/// Hits in a file's name (`content/张三-13812345678.yaml`).
pub fn scan_name(path: &str, allow: &Allow) -> Vec<Diagnostic> {
    let name = path.rsplit('/').next().unwrap_or(path);
    privacy_scan::scan(name)
        .into_iter()
        .filter(|hit| !allow.allows(hit))
        .map(|hit| {
            Problem::PersonalDataInName {
                kind: kind_name(hit.kind),
                masked: privacy_scan::mask(&hit.value),
            }
            .at(Location::file(path))
        })
        .collect()
}

/// Hits in the names of the folders that hold `paths` (`/`-separated, relative to the
/// folder `root`, e.g. `content`): each folder once however many files it holds,
/// located at the folder (`content/13812345678/`), so that the pages under it do not
/// each report it again.
pub fn scan_folder_names<'a>(
    root: &str,
    paths: impl IntoIterator<Item = &'a str>,
    allow: &Allow,
) -> Vec<Diagnostic> {
    let mut folders = BTreeSet::new();
    for path in paths {
        for (slash, _) in path.match_indices('/') {
            folders.extend(path.get(..slash));
        }
    }
    folders
        .into_iter()
        .flat_map(|folder| {
            let name = folder.rsplit('/').next().unwrap_or(folder);
            privacy_scan::scan(name)
                .into_iter()
                .filter(|hit| !allow.allows(hit))
                .map(move |hit| {
                    Problem::PersonalDataInFolderName {
                        kind: kind_name(hit.kind),
                        masked: privacy_scan::mask(&hit.value),
                    }
                    .at(Location::file(format!("{root}/{folder}/")))
                })
        })
        .collect()
}

/// Hits in the names of the files and folders of the site's `static/` folder.
pub fn scan_static_names(statics: &StaticFiles, allow: &Allow) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = statics
        .keys()
        .flat_map(|path| scan_name(&format!("static/{path}"), allow))
        .collect();
    found.extend(scan_folder_names(
        "static",
        statics.keys().map(String::as_str),
        allow,
    ));
    found
}

/// Hits in the rendered output (from templates or static files), by output path.
pub fn scan_output(output: &Output, allow: &Allow) -> Vec<Diagnostic> {
    output
        .files
        .iter()
        .flat_map(|(path, bytes)| scan_output_file(path, bytes, allow))
        .collect()
}

/// Hits in one output file (none for files that are not text).
pub fn scan_output_file(path: &str, bytes: &[u8], allow: &Allow) -> Vec<Diagnostic> {
    output_hits(path, bytes).map_or_else(Vec::new, |hits| {
        output_diagnostics(path, bytes, &hits, allow)
    })
}

/// Whether the guard reads an output file as text, by its name.
fn is_text(path: &str) -> bool {
    const TEXT: &[&str] = &[
        ".html", ".json", ".csv", ".xml", ".txt", ".css", ".js", ".svg",
    ];
    TEXT.iter().any(|ext| path.ends_with(ext))
}

/// Every hit in one output file, before `privacy.allow` applies; `None` for a file
/// that is not text (by its name, or because it is not UTF-8).
fn output_hits(path: &str, bytes: &[u8]) -> Option<Vec<PiiHit>> {
    if !is_text(path) {
        return None;
    }
    std::str::from_utf8(bytes).ok().map(privacy_scan::scan)
}

/// The diagnostics for `hits` in the output file `path` (UTF-8 `bytes`), less what
/// `allow` lets through. The one place they are made, so that the full build and the
/// preview, which keeps hits between rebuilds, report the same.
fn output_diagnostics(path: &str, bytes: &[u8], hits: &[PiiHit], allow: &Allow) -> Vec<Diagnostic> {
    let mut lines = Lines::new(bytes);
    hits.iter()
        .filter(|hit| !allow.allows(hit))
        .map(|hit| {
            let location = Location {
                path: format!("(output) {path}"),
                pos: Some(lines.pos(hit.start, hit.value.chars().count())),
                source_line: None,
            };
            Problem::PersonalDataInOutput {
                kind: kind_name(hit.kind),
                masked: privacy_scan::mask(&hit.value),
            }
            .at(location)
        })
        .collect()
}

/// One output file as the guard last read it. The preview keeps it so that the file's
/// next version is read only around what changed (see [`privacy_scan::scan_edit`]):
/// large files (the search index, the sitemap, long lists) change by a few bytes on a
/// save.
#[derive(Clone, Debug)]
pub struct ScannedOutput {
    bytes: Arc<[u8]>,
    /// Every hit before `privacy.allow` applies (which may change between reads);
    /// `None` for a file that is not text.
    hits: Option<Vec<PiiHit>>,
}

impl ScannedOutput {
    /// Reads the whole file.
    pub fn new(path: &str, bytes: &Arc<[u8]>) -> ScannedOutput {
        ScannedOutput {
            bytes: bytes.clone(),
            hits: output_hits(path, bytes),
        }
    }

    /// The same file's next version, read only where it differs from this one when
    /// this one was text: the same as `ScannedOutput::new(path, bytes)`. `None` when
    /// the bytes are this one's.
    pub fn rescan(&self, path: &str, bytes: &Arc<[u8]>) -> Option<ScannedOutput> {
        if Arc::ptr_eq(&self.bytes, bytes) {
            return None;
        }
        let hits = match &self.hits {
            // This version was UTF-8, so the next one is exactly when its part
            // between the edit's cuts is (see `Edit::rescan`): no check of the rest.
            Some(hits) => Edit::find(&self.bytes, bytes)?.rescan(hits, bytes),
            // Not text by name: nothing to read, nor to compare.
            None if !is_text(path) => None,
            None => output_hits(path, bytes),
        };
        Some(ScannedOutput {
            bytes: bytes.clone(),
            hits,
        })
    }

    /// The bytes read.
    pub fn bytes(&self) -> &Arc<[u8]> {
        &self.bytes
    }

    /// What [`scan_output_file`] reports for these bytes.
    pub fn diagnostics(&self, path: &str, allow: &Allow) -> Vec<Diagnostic> {
        self.hits.as_deref().map_or_else(Vec::new, |hits| {
            output_diagnostics(path, &self.bytes, hits, allow)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn source(text: &str) -> SourceFile {
        SourceFile {
            path: "content/a.md".into(),
            text: text.into(),
        }
    }

    #[test]
    fn located_and_masked() {
        let d = scan_source(
            &source("---\ntitle: 通知\n---\n联系电话13812345678。\n"),
            &Allow::default(),
        );
        assert_eq!(d.len(), 1);
        let loc = d[0].location.as_ref().unwrap();
        assert_eq!(loc.display(), "content/a.md:4:5");
        assert!(d[0].message.contains("138******78"), "{}", d[0].message);
        assert!(!d[0].message.contains("13812345678"));
    }

    #[test]
    fn exact_allow_values_pass() {
        let text = "热线 13812345678，另 13912345678\n";
        let allow = Allow::new(&["138-1234-5678".to_string()]);
        let d = scan_source(&source(text), &allow);
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("139******78"));
    }

    #[test]
    fn names_are_masked() {
        assert_eq!(mask_name("张德营"), "张*营");
        assert_eq!(mask_name("李四"), "李*");
        assert_eq!(mask_name("欧阳明华"), "欧**华");
        assert_eq!(mask_name("王"), "*");
    }

    #[test]
    fn names_are_scanned() {
        assert_eq!(
            scan_name("content/张三13812345678.md", &Allow::default()).len(),
            1
        );
        assert!(scan_name("content/2026/finance-q1.yaml", &Allow::default()).is_empty());
    }

    /// Line and column as counted before `Lines`: from the start for each offset.
    fn naive_pos(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    proptest! {
        #[test]
        fn lines_count_as_from_the_start(text in "[a汉\n，\r 1]{0,60}", picks in proptest::collection::vec(any::<usize>(), 0..8)) {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let mut offsets: Vec<usize> = picks.iter().map(|p| bounds[p % bounds.len()]).collect();
            offsets.sort_unstable();
            let mut lines = Lines::new(text.as_bytes());
            for offset in offsets {
                let pos = lines.pos(offset, 1);
                prop_assert_eq!((pos.line, pos.column), naive_pos(&text, offset));
            }
        }
    }

    fn rendered(d: &[Diagnostic]) -> Vec<String> {
        d.iter().map(|d| d.render_json()).collect()
    }

    #[test]
    fn rescanned_output_is_read_as_a_whole_file_is() {
        let allow = Allow::new(&["13900000000".to_string()]);
        let base = "<p>\"电话\"：13812345678</p>\n<p>\"热线\"：13900000000</p>\n".repeat(50);
        let mut versions: Vec<Vec<u8>> = vec![
            base.clone().into_bytes(),
            base.replacen("13812345678", "13812345679", 1).into_bytes(),
            base.replacen("：1381234", "：1381234\n", 3).into_bytes(),
            base.replacen("</p>\n<p>", "", 10).into_bytes(),
            format!("{base}尾巴13712345678").into_bytes(),
            base.replacen("\"热线\"", "\"+86 ", 5).into_bytes(),
        ];
        // Not UTF-8 in the middle, then mended.
        let mut broken = base.clone().into_bytes();
        broken[base.len() / 2] = 0xFF;
        versions.push(broken);
        versions.push(base.clone().into_bytes());
        // A byte of a Han character changed into another valid one.
        versions.push(base.replacen('汉', "汗", 1).into_bytes());
        versions.push(base.replacen('电', "申", 7).into_bytes());
        versions.push(Vec::new());
        versions.push(base.into_bytes());
        for path in ["a/index.html", "search/index.js", "logo.png"] {
            let mut seen: Option<ScannedOutput> = None;
            for (step, version) in versions.iter().enumerate() {
                let bytes: Arc<[u8]> = Arc::from(version.as_slice());
                let whole = ScannedOutput::new(path, &bytes);
                let next = match &seen {
                    Some(s) => s.rescan(path, &bytes).unwrap_or_else(|| s.clone()),
                    None => whole.clone(),
                };
                assert_eq!(next.hits, whole.hits, "{path} step {step}");
                let expected = scan_output_file(path, &bytes, &allow);
                assert_eq!(
                    rendered(&next.diagnostics(path, &allow)),
                    rendered(&expected)
                );
                assert_eq!(
                    rendered(&whole.diagnostics(path, &allow)),
                    rendered(&expected)
                );
                if path.ends_with(".png") {
                    assert!(expected.is_empty());
                } else if std::str::from_utf8(version).is_ok() && !version.is_empty() {
                    assert!(!expected.is_empty(), "{path} step {step}");
                }
                seen = Some(next);
            }
        }
    }

    #[test]
    fn rescan_of_the_same_bytes_is_nothing() {
        let a: Arc<[u8]> = Arc::from(&b"tel 13812345678"[..]);
        let b: Arc<[u8]> = Arc::from(&b"tel 13812345678"[..]);
        let seen = ScannedOutput::new("a.txt", &a);
        assert!(seen.rescan("a.txt", &a).is_none());
        assert!(seen.rescan("a.txt", &b).is_none());
        assert_eq!(seen.diagnostics("a.txt", &Allow::default()).len(), 1);
    }
}
