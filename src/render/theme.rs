//! The theme: templates and static files, from the built-in default overridden file by
//! file by `themes/NAME/` and then the site's own `templates/`.
//!
//! Owns Tera: building the environment and turning its errors into diagnostics at the
//! template's file, line and column. It does not decide which pages exist (`pages` does).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use tera::Tera;

use crate::ToolError;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Location, Pos};
use crate::load::{files_under, read_files, read_source, relative_path};
use crate::messages::Problem;

static DEFAULT_THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The loaded theme.
pub struct Theme {
    /// Tera with every template added.
    pub tera: Tera,
    /// The files it was made from.
    files: ThemeFiles,
}

/// A theme's files as read, before Tera compiles them: templates by name, and static
/// files to copy under `theme/`.
#[derive(PartialEq)]
struct ThemeFiles {
    templates: BTreeMap<String, Source>,
    statics: BTreeMap<String, Arc<[u8]>>,
}

/// One template's text and where it came from.
#[derive(PartialEq)]
struct Source {
    text: String,
    shown_path: String,
}

/// Loads the theme named in `config` for the site at `root`.
pub fn load(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Option<Theme>, ToolError> {
    let files = read(root, config, diagnostics)?;
    Ok(compile(files, diagnostics))
}

/// Loads the theme like `load`, taking `kept` (the theme the last render used) instead
/// of compiling the templates again when its files are the same: the preview's rebuilds
/// seldom touch the theme, and compiling it is a good part of a small rebuild. The flag
/// tells whether `kept` was taken.
pub(crate) fn load_reusing(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
    kept: Option<Theme>,
) -> Result<Option<(Theme, bool)>, ToolError> {
    let files = read(root, config, diagnostics)?;
    match kept {
        Some(theme) if theme.files == files => Ok(Some((theme, true))),
        _ => Ok(compile(files, diagnostics).map(|theme| (theme, false))),
    }
}

/// Reads the built-in theme, `themes/NAME/` and the site's `templates/`, later ones
/// overriding earlier ones file by file.
fn read(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<ThemeFiles, ToolError> {
    let mut templates: BTreeMap<String, Source> = BTreeMap::new();
    let mut statics: BTreeMap<String, Arc<[u8]>> = BTreeMap::new();
    add_embedded(&DEFAULT_THEME, &mut templates, &mut statics);
    let theme_dir = root.join("themes").join(&config.theme);
    if theme_dir.is_dir() {
        add_folder(
            root,
            &theme_dir.join("templates"),
            &mut templates,
            diagnostics,
        )?;
        let own = read_files(&theme_dir.join("static"))?;
        statics.extend(
            own.into_iter()
                .map(|(name, bytes)| (name, Arc::from(bytes))),
        );
    } else if config.theme != "default" {
        diagnostics.push(
            Problem::ThemeMissing {
                name: config.theme.clone(),
            }
            .at(Location::file("site.yaml")),
        );
    }
    add_folder(root, &root.join("templates"), &mut templates, diagnostics)?;
    Ok(ThemeFiles { templates, statics })
}

/// Compiles the templates; a template error becomes a diagnostic and no theme.
fn compile(files: ThemeFiles, diagnostics: &mut Vec<Diagnostic>) -> Option<Theme> {
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
    pub fn statics(&self) -> &BTreeMap<String, Arc<[u8]>> {
        &self.files.statics
    }
}

fn add_embedded(
    dir: &Dir,
    templates: &mut BTreeMap<String, Source>,
    statics: &mut BTreeMap<String, Arc<[u8]>>,
) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        if let Some(name) = path.strip_prefix("templates/") {
            templates.insert(
                name.to_string(),
                Source {
                    text: String::from_utf8_lossy(file.contents()).into_owned(),
                    shown_path: format!("(built-in theme) templates/{name}"),
                },
            );
        } else if let Some(name) = path.strip_prefix("static/") {
            statics.insert(name.to_string(), Arc::from(file.contents()));
        }
    }
    for sub in dir.dirs() {
        add_embedded(sub, templates, statics);
    }
}

fn add_folder(
    root: &Path,
    dir: &Path,
    templates: &mut BTreeMap<String, Source>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), ToolError> {
    for path in files_under(dir)? {
        let rel = relative_path(root, &path);
        if let Some(source) = read_source(root, &rel, diagnostics)? {
            let text = source.text.to_string();
            templates.insert(
                relative_path(dir, &path),
                Source {
                    text,
                    shown_path: rel,
                },
            );
        }
    }
    Ok(())
}

/// Reads Tera's report (`error: msg` / `--> name:line:col`) into a located diagnostic.
fn template_diagnostic(error: &tera::Error, templates: &BTreeMap<String, Source>) -> Diagnostic {
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
