//! The theme, compiled: Tera with every template of the theme files `load` read.
//!
//! Owns Tera: building the environment and turning its errors into diagnostics at the
//! template's file, line and column. It neither reads files (`load::theme` does) nor
//! decides which pages exist (`pages` does).

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::Tera;

use crate::diagnostic::{Diagnostic, Location, Pos};
use crate::messages::Problem;
use crate::model::files::{StaticFiles, Template, ThemeFiles};

/// The compiled theme.
pub struct Theme {
    /// Tera with every template added.
    pub tera: Tera,
    /// The files it was made from.
    files: Arc<ThemeFiles>,
}

/// Compiles `files`, or takes `kept` (the theme the last render used) when it was made
/// from the same files: the preview's rebuilds seldom touch the theme, and compiling it
/// is a good part of a small rebuild. The flag tells whether `kept` was taken; a template
/// error becomes a diagnostic and no theme.
pub(crate) fn compile_reusing(
    files: &Arc<ThemeFiles>,
    diagnostics: &mut Vec<Diagnostic>,
    kept: Option<Theme>,
) -> Option<(Theme, bool)> {
    match kept {
        Some(theme) if Arc::ptr_eq(&theme.files, files) || theme.files == *files => {
            Some((theme, true))
        }
        _ => compile(files.clone(), diagnostics).map(|theme| (theme, false)),
    }
}

fn compile(files: Arc<ThemeFiles>, diagnostics: &mut Vec<Diagnostic>) -> Option<Theme> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let pairs: Vec<(&str, &str)> = files
        .templates
        .iter()
        .map(|(name, s)| (name.as_str(), s.text.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(pairs) {
        diagnostics.push(template_diagnostic(&e, &files.templates));
        return None;
    }
    Some(Theme { tera, files })
}

impl Theme {
    /// A Tera render error as a diagnostic at the template's place.
    pub fn error(&self, error: &tera::Error) -> Diagnostic {
        template_diagnostic(error, &self.files.templates)
    }

    /// Static files to copy under `theme/`, by name.
    pub fn statics(&self) -> &StaticFiles {
        &self.files.statics
    }
}

/// Reads Tera's report (`error: msg` / `--> name:line:col`) into a located diagnostic.
fn template_diagnostic(error: &tera::Error, templates: &BTreeMap<String, Template>) -> Diagnostic {
    let report = error.to_string();
    let message = report
        .lines()
        .next()
        .map(|l| l.trim_start_matches("error: ").to_string())
        .unwrap_or_default();
    let located = report.lines().find_map(|l| {
        let rest = l.trim_start().strip_prefix("--> ")?;
        let mut parts = rest.rsplitn(3, ':');
        let column: usize = parts.next()?.parse().ok()?;
        let line: usize = parts.next()?.parse().ok()?;
        Some((parts.next()?.to_string(), line, column))
    });
    let location = match located {
        Some((name, line, column)) => {
            let path = templates.get(&name).map_or(name, |s| s.shown_path.clone());
            Location {
                path,
                pos: Some(Pos::new(line, column, 1)),
                source_line: None,
            }
        }
        None => Location::file("templates/"),
    };
    Problem::Template { detail: message }.at(location)
}
