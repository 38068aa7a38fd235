//! The privacy guard: no resident ID, mobile or bank card number reaches the board.
//!
//! Runs the scanner over every content file's text (YAML values and comments, front
//! matter, Markdown bodies) and name, and over every text file of the output before it is
//! published. Each hit is an error at its place with the number masked in the message.
//! Only exact values listed in `privacy.allow` pass (a public hotline), never a pattern.

use crate::check::privacy_scan::{self, PiiKind};
use crate::diagnostic::{Diagnostic, Location, Pos};
use crate::messages::Problem;
use crate::model::SourceFile;
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

/// Line and character column of a byte offset.
fn pos_of(text: &str, offset: usize, len_chars: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos::new(line, column, len_chars)
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
    privacy_scan::scan(&source.text)
        .into_iter()
        .filter(|hit| !allow.allows(hit))
        .map(|hit| {
            let pos = pos_of(&source.text, hit.start, hit.value.chars().count());
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
    const TEXT: &[&str] = &[
        ".html", ".json", ".csv", ".xml", ".txt", ".css", ".js", ".svg",
    ];
    if !TEXT.iter().any(|ext| path.ends_with(ext)) {
        return Vec::new();
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Vec::new();
    };
    privacy_scan::scan(text)
        .into_iter()
        .filter(|hit| !allow.allows(hit))
        .map(|hit| {
            let pos = pos_of(text, hit.start, hit.value.chars().count());
            let location = Location {
                path: format!("(output) {path}"),
                pos: Some(pos),
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
