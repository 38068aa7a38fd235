//! `published.yaml` at the site root: the 核验码 of each item as first published, by its
//! path under `content/` (`2026/finance-q1.yaml: "3f2a9c1b"`). `gongkai record` adds to it
//! (see `record`); the check of it (`check::published`) compares it with the codes of a
//! build. This module only reads it, keeping where each entry is.

use std::path::Path;

use crate::ToolError;
use crate::diagnostic::Diagnostic;
use crate::messages::Problem;
use crate::model::{SourceFile, Spanned};
use crate::yaml::{self, Value};

/// The file's name at the site root.
pub const FILE: &str = "published.yaml";

/// One item's 核验码 as first published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its path under `content/`, with extension (what `corrects:` names).
    pub path: Spanned<String>,
    /// Its 核验码 then.
    pub code: Spanned<String>,
}

/// `published.yaml` as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The file, for locations.
    pub source: SourceFile,
    /// Its entries in file order.
    pub entries: Vec<Entry>,
}

impl Record {
    /// The recorded code of the item at `path`, when listed.
    pub fn code_of(&self, path: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.path.value == path)
    }
}

/// Reads `published.yaml` of the site at `root`; `None` when the site keeps none. A
/// mistake in it is reported and leaves out what it spoils.
pub fn read(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Result<Option<Record>, ToolError> {
    if !root.join(FILE).is_file() {
        return Ok(None);
    }
    let Some(source) = super::read_source(root, FILE, diagnostics)? else {
        return Ok(None);
    };
    Ok(Some(parse(source, diagnostics)))
}

/// The entries of `source`, a `published.yaml`.
pub fn parse(source: SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Record {
    let mut entries = Vec::new();
    match yaml::parse(&source.text) {
        Err(e) => diagnostics.push((*e.problem).at(source.at(e.pos))),
        Ok(node) if node.is_null() => {}
        Ok(node) => match node.value {
            Value::Map(pairs) => {
                for (key, value) in pairs {
                    let Some(path) = key.as_scalar() else {
                        continue;
                    };
                    match value.as_scalar().filter(|_| !value.is_null()) {
                        Some(code) => entries.push(Entry {
                            path: Spanned::new(path.to_string(), key.pos),
                            code: Spanned::new(code.to_string(), value.pos),
                        }),
                        None => diagnostics.push(
                            Problem::ExpectedScalar {
                                key: path.to_string(),
                                found: value.shape(),
                            }
                            .at(source.at(value.pos)),
                        ),
                    }
                }
            }
            _ => diagnostics.push(
                Problem::ExpectedMapping {
                    what: FILE.to_string(),
                    found: node.shape(),
                }
                .at(source.at(node.pos)),
            ),
        },
    }
    Record { source, entries }
}

/// The line `published.yaml` gets for an item: its path and code, both quoted, so that
/// neither is read as anything but text (a code of digits only is not a number).
pub fn line(path: &str, code: &str) -> String {
    format!("{}: {}\n", quoted(path), quoted(code))
}

/// `text` in double quotes, with `"` and `\` escaped.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn parsed(text: &str) -> (Record, Vec<Diagnostic>) {
        let mut found = Vec::new();
        let source = SourceFile {
            path: FILE.into(),
            text: Arc::from(text),
        };
        (parse(source, &mut found), found)
    }

    #[test]
    fn lines_read_back_as_written() {
        let text = format!(
            "{}{}",
            line("2026/a b.yaml", "01234567"),
            line("x\"y.md", "ab")
        );
        let (record, found) = parsed(&text);
        assert!(found.is_empty());
        let got: Vec<(&str, &str, usize)> = record
            .entries
            .iter()
            .map(|e| {
                (
                    e.path.value.as_str(),
                    e.code.value.as_str(),
                    e.code.pos.line(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [("2026/a b.yaml", "01234567", 1), ("x\"y.md", "ab", 2)]
        );
    }

    #[test]
    fn an_empty_file_has_no_entries_and_a_list_is_refused() {
        assert!(parsed("").0.entries.is_empty());
        assert!(parsed("# none yet\n").1.is_empty());
        assert_eq!(parsed("- a\n").1.len(), 1);
    }
}
