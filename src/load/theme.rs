//! Reading the theme: the built-in default theme (embedded in the binary), overridden
//! file by file by `themes/NAME/` and then the site's own `templates/`, and the site's
//! `static/` folder. Reads only; Tera compiles the templates in `render`.

use std::path::Path;
use std::sync::Arc;

use include_dir::{Dir, include_dir};

use crate::ToolError;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Location};
use crate::load::symlinks::link_problem;
use crate::load::{files_under, read_files, read_source, relative_path};
use crate::messages::Problem;
use crate::model::files::{StaticFiles, Template, ThemeFiles};

static DEFAULT_THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The theme named in `config` for the site at `root`: the built-in theme, then
/// `themes/NAME/`, then the site's `templates/`, later ones overriding earlier ones file
/// by file.
pub fn read_theme(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<ThemeFiles, ToolError> {
    let mut files = ThemeFiles::default();
    add_embedded(&DEFAULT_THEME, &mut files);
    let theme_dir = root.join("themes").join(&config.theme);
    let theme_rel = format!("themes/{}", config.theme);
    let link = ["themes", theme_rel.as_str()]
        .into_iter()
        .find_map(|rel| link_problem(root, rel));
    if let Some(link) = link {
        diagnostics.push(link);
    } else if theme_dir.is_dir() {
        add_folder(root, &theme_dir.join("templates"), &mut files, diagnostics)?;
        let statics = read_static(root, &theme_dir.join("static"), diagnostics)?;
        files.statics.extend(statics);
    } else if config.theme != "default" {
        diagnostics.push(
            Problem::ThemeMissing {
                name: config.theme.clone(),
            }
            .at(Location::file("site.yaml")),
        );
    }
    add_folder(root, &root.join("templates"), &mut files, diagnostics)?;
    Ok(files)
}

/// Every file under `dir` (none when it is missing), to be copied as it is; symbolic
/// links in it (or `dir` itself as one) are reported at their path from the site `root`.
pub fn read_static(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<StaticFiles, ToolError> {
    Ok(read_files(root, dir, diagnostics)?
        .into_iter()
        .map(|(path, bytes)| (path, Arc::from(bytes)))
        .collect())
}

fn add_embedded(dir: &Dir, files: &mut ThemeFiles) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        if let Some(name) = path.strip_prefix("templates/") {
            files.templates.insert(
                name.to_string(),
                Template {
                    text: String::from_utf8_lossy(file.contents()).into_owned(),
                    shown_path: format!("(built-in theme) templates/{name}"),
                },
            );
        } else if let Some(name) = path.strip_prefix("static/") {
            files
                .statics
                .insert(name.to_string(), Arc::from(file.contents()));
        }
    }
    for sub in dir.dirs() {
        add_embedded(sub, files);
    }
}

fn add_folder(
    root: &Path,
    dir: &Path,
    files: &mut ThemeFiles,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), ToolError> {
    for path in files_under(root, dir, diagnostics)? {
        let rel = relative_path(root, &path);
        if let Some(source) = read_source(root, &rel, diagnostics)? {
            files.templates.insert(
                relative_path(dir, &path),
                Template {
                    text: source.text.to_string(),
                    shown_path: rel,
                },
            );
        }
    }
    Ok(())
}
