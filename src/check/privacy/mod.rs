//! The privacy guard: no resident ID, mobile or bank card number reaches the board.
//!
//! Runs the scanner over every content file's text (YAML values and comments, front
//! matter, Markdown bodies), name and folder names, over every other file under
//! `content/` (attachments: text in any encoding, spreadsheets, documents), over the
//! names in `static/`, and over every file of the output before it is published
//! (`output`). Each hit is an error at its place with the number masked in the
//! message. Only exact values listed in `privacy.allow` pass (a public hotline), never
//! a pattern.
//!
//! The rooms: `files` says how a published file is read (`decode` for text encodings,
//! `office` for spreadsheets and documents); `output` scans the rendered output.

mod decode;
mod files;
mod office;
mod output;

use std::collections::BTreeSet;

use crate::check::privacy_scan::{self, PiiKind};
use crate::diagnostic::{Diagnostic, Location, Pos};
use crate::messages::Problem;
use crate::model::SourceFile;
use crate::model::files::StaticFiles;
pub use output::{OutputScan, ScannedOutput, scan_output, scan_output_file};

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

/// Hits in a file under `content/` that is not an item (`content/2026/名单.xlsx`), read
/// as [`files`] reads any published file, each located in it: `path:line:column` with
/// the line shown (masked) in text, `path!Sheet1!C4` in a spreadsheet. A spreadsheet or
/// document that cannot be opened is a warning: it was not checked.
pub fn scan_attachment(path: &str, bytes: &[u8], allow: &Allow) -> Vec<Diagnostic> {
    let hits = match files::read(path, bytes) {
        files::Read::Utf8(text) => files::placed_hits(text, "", true, true),
        files::Read::Pieces(pieces) => files::pieces_hits(&pieces, true),
        files::Read::Unread => Vec::new(),
        files::Read::Broken(what) => {
            return vec![Problem::AttachmentUnread { what }.at(Location::file(path))];
        }
    };
    hits.into_iter()
        .filter(|p| !allow.allows(&p.hit))
        .map(|p| {
            let location = Location {
                path: format!("{path}{}", p.place),
                pos: p.pos,
                source_line: p.line,
            };
            Problem::PersonalData {
                kind: kind_name(p.hit.kind),
                masked: privacy_scan::mask(&p.hit.value),
            }
            .at(location)
        })
        .collect()
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
        let message = d[0].message(crate::config::Language::En);
        assert!(message.contains("138******78"), "{message}");
        assert!(!message.contains("13812345678"));
    }

    #[test]
    fn exact_allow_values_pass() {
        let text = "热线 13812345678，另 13912345678\n";
        let allow = Allow::new(&["138-1234-5678".to_string()]);
        let d = scan_source(&source(text), &allow);
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message(crate::config::Language::En)
                .contains("139******78")
        );
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
                prop_assert_eq!((pos.line(), pos.column()), naive_pos(&text, offset));
            }
        }
    }
}
