//! The theme: templates and static files, from the built-in default overridden file by
//! file by `themes/NAME/` and then the site's own `templates/`.
//!
//! Owns Tera: building the environment and turning its errors into diagnostics at the
//! template's file, line and column. It does not decide which pages exist (`pages` does).

use std::collections::BTreeMap;
use std::path::Path;

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
    /// Static files to copy under `theme/`.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// Every template's text by name, so the preview can tell when they change.
    pub(crate) sources: BTreeMap<String, String>,
    /// Where each template came from, for error locations: name -> path shown to the user.
    origins: BTreeMap<String, String>,
}

/// One template's text and where it came from.
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
    let mut templates: BTreeMap<String, Source> = BTreeMap::new();
    let mut statics: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    add_embedded(&DEFAULT_THEME, &mut templates, &mut statics);
    let theme_dir = root.join("themes").join(&config.theme);
    if theme_dir.is_dir() {
        add_folder(
            root,
            &theme_dir.join("templates"),
            &mut templates,
            diagnostics,
        )?;
        statics.extend(read_files(&theme_dir.join("static"))?);
    } else if config.theme != "default" {
        diagnostics.push(
            Problem::ThemeMissing {
                name: config.theme.clone(),
            }
            .at(Location::file("site.yaml")),
        );
    }
    add_folder(root, &root.join("templates"), &mut templates, diagnostics)?;
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let origins: BTreeMap<String, String> = templates
        .iter()
        .map(|(name, s)| (name.clone(), s.shown_path.clone()))
        .collect();
    let pairs: Vec<(String, String)> = templates
        .into_iter()
        .map(|(name, s)| (name, s.text))
        .collect();
    let sources = pairs.iter().cloned().collect();
    if let Err(e) = tera.add_raw_templates(pairs) {
        diagnostics.push(template_diagnostic(&e, &origins));
        return Ok(None);
    }
    Ok(Some(Theme {
        tera,
        statics,
        sources,
        origins,
    }))
}

impl Theme {
    /// A Tera render error as a diagnostic at the template's place.
    pub fn error(&self, error: &tera::Error) -> Diagnostic {
        template_diagnostic(error, &self.origins)
    }
}

fn add_embedded(
    dir: &Dir,
    templates: &mut BTreeMap<String, Source>,
    statics: &mut BTreeMap<String, Vec<u8>>,
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
            statics.insert(name.to_string(), file.contents().to_vec());
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
fn template_diagnostic(error: &tera::Error, origins: &BTreeMap<String, String>) -> Diagnostic {
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
            let path = origins.get(&name).cloned().unwrap_or(name);
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
