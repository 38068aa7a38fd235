//! `gongkai record`: adds to `published.yaml` the 核验码 of every published item it does
//! not list yet, so that a later change in place is noticed (`check::published`). It
//! builds the site as `build` does (published items on the build date, nothing written to
//! the output), appends one line per new item, and never changes a line already there: an
//! entry is what the item was when first published. Nothing is written while the site
//! has errors.
//!
//! The command line only calls `run` and prints; the words are the catalogue's `record-*`
//! entries.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use fluent_bundle::FluentValue;

use crate::ToolError;
use crate::build::{self, BuildResult, Mode};
use crate::catalog::{Args, Catalog};
use crate::check::Options;
use crate::load::published::{self, FILE};

/// What a `record` run did.
pub struct Recorded {
    /// The build it recorded from (its diagnostics are to be shown).
    pub build: BuildResult,
    /// The entries added, path and code, in path order; empty when none or on errors.
    pub added: Vec<(String, String)>,
    /// False when errors kept the file as it was.
    pub written: bool,
}

/// Builds the site at `root` with `options` and appends the items `published.yaml` does
/// not list yet.
pub fn run(root: &Path, options: &Options, progress: &dyn Fn(&str)) -> Result<Recorded, ToolError> {
    let build = build::run(root, options, Mode::Render, progress)?;
    if build.diagnostics.has_errors() {
        return Ok(Recorded {
            build,
            added: Vec::new(),
            written: false,
        });
    }
    // The entries already there, as the build read them; a file it could not read is
    // left alone (its problem was reported, and appending would hide nothing).
    let mut ignored = Vec::new();
    let listed: BTreeSet<String> = match published::read(root, &mut ignored)? {
        Some(record) => record.entries.into_iter().map(|e| e.path.value).collect(),
        None => BTreeSet::new(),
    };
    let added: Vec<(String, String)> = build
        .fingerprints
        .iter()
        .filter(|(path, _)| !listed.contains(*path))
        .map(|(path, code)| (path.clone(), code.clone()))
        .collect();
    if !added.is_empty() {
        append(root, &added)?;
    }
    Ok(Recorded {
        build,
        added,
        written: true,
    })
}

/// Appends `added` to `published.yaml` (made when missing, with the line naming its
/// schema), after a line break if its last line has none.
fn append(root: &Path, added: &[(String, String)]) -> Result<(), ToolError> {
    let path = root.join(FILE);
    let before = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(ToolError::io("read", &path, e)),
    };
    let mut text = String::new();
    if before.is_empty() {
        // A new file points the clerk's editor at its schema, like the files `init` writes.
        text.push_str(&crate::schema::modeline(
            FILE,
            crate::schema::Schema::Published,
        ));
        text.push('\n');
    }
    if before.last().is_some_and(|b| *b != b'\n') {
        text.push('\n');
    }
    for (item, code) in added {
        text.push_str(&published::line(item, code));
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| ToolError::io("write", &path, e))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| ToolError::io("write", &path, e))
}

impl Recorded {
    /// What the run says, in the site's language: a line per item added and a closing
    /// line (or why nothing was written).
    pub fn summary(&self) -> String {
        let language = self.build.language;
        let catalog = Catalog::of(language);
        let d = &self.build.diagnostics;
        let counts = crate::messages::summary::counts(language, d.error_count(), d.warning_count());
        if !self.written {
            let mut args = Args::new();
            args.set("counts", FluentValue::from(counts));
            args.set("file", FluentValue::from(FILE));
            return catalog.format("record-not-written", Some(&args));
        }
        let mut lines: Vec<String> = self
            .added
            .iter()
            .map(|(path, code)| {
                let mut args = Args::new();
                args.set("path", FluentValue::from(path.as_str()));
                args.set("code", FluentValue::from(code.as_str()));
                catalog.format("record-added", Some(&args))
            })
            .collect();
        let mut args = Args::new();
        args.set("count", FluentValue::from(self.added.len()));
        args.set("file", FluentValue::from(FILE));
        args.set("counts", FluentValue::from(counts));
        lines.push(catalog.format("record-total", Some(&args)));
        lines.join("\n")
    }
}
