//! The theme, compiled: Tera with every template of the theme files `load` read.
//!
//! Owns Tera: building the environment and turning its errors into diagnostics at the
//! template's file, line and column; and the names the theme's static files are
//! published under. It neither reads files (`load::theme` does) nor decides which pages
//! exist (`pages` does).
//!
//! Each static file of the theme is published twice: under its own name
//! (`theme/style.css`, for a stylesheet's relative `url(...)` and for templates written
//! before) and under a name carrying its content hash (`theme/style.1a2b3c4d5e.css`),
//! which the pages link through the templates' `asset` map. After a publish a reader's
//! browser cannot mix an old stylesheet with new pages: a changed file has a new name,
//! so a server may let browsers keep the hashed names for a year.

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
    /// Each static file's published path with its content hash, by name:
    /// `style.css` -> `theme/style.1a2b3c4d5e.css`.
    assets: BTreeMap<String, String>,
}

/// How many hex digits of the content hash a file name carries: enough that two
/// versions of a file never share a name, few enough that no run of digits in it looks
/// like a phone or ID number to the privacy guard (it reads runs of 11 digits or more).
const NAME_HASH: usize = 10;

/// `name` (a `/`-separated path under `theme/`) with the hash of `bytes` before its
/// extension: `fonts/a.woff2` -> `fonts/a.1a2b3c4d5e.woff2`, `LICENSE` ->
/// `LICENSE.1a2b3c4d5e`.
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let full = crate::publish::content_hash(bytes);
    let hash = &full[..NAME_HASH.min(full.len())];
    let file_start = name.rfind('/').map_or(0, |i| i + 1);
    match name[file_start..].rfind('.') {
        Some(dot) if dot > 0 => {
            let (stem, ext) = name.split_at(file_start + dot);
            format!("{stem}.{hash}{ext}")
        }
        _ => format!("{name}.{hash}"),
    }
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
    tera.set_escape_fn(super::escape::template_text);
    let pairs: Vec<(&str, &str)> = files
        .templates
        .iter()
        .map(|(name, s)| (name.as_str(), s.text.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(pairs) {
        diagnostics.push(template_diagnostic(&e, &files.templates));
        return None;
    }
    let assets = files
        .statics
        .iter()
        .map(|(name, bytes)| (name.clone(), format!("theme/{}", hashed_name(name, bytes))))
        .collect();
    Some(Theme {
        tera,
        files,
        assets,
    })
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

    /// Each static file's path with its content hash, by name (the templates' `asset`).
    pub fn assets(&self) -> &BTreeMap<String, String> {
        &self.assets
    }
}

/// Tera's own words, for a did-you-mean on an unknown one: its built-in filters, tests,
/// functions and tags (gongkai adds none).
const FILTERS: &[&str] = &[
    "safe",
    "default",
    "upper",
    "lower",
    "wordcount",
    "escape",
    "escape_html",
    "escape_xml",
    "newlines_to_br",
    "pluralize",
    "trim",
    "trim_start",
    "trim_end",
    "replace",
    "capitalize",
    "title",
    "truncate",
    "indent",
    "str",
    "int",
    "float",
    "length",
    "reverse",
    "split",
    "abs",
    "round",
    "first",
    "last",
    "nth",
    "join",
    "sort",
    "unique",
    "get",
    "values",
    "keys",
    "pairs",
    "group_by",
];
const TESTS: &[&str] = &[
    "string",
    "number",
    "map",
    "bool",
    "array",
    "integer",
    "float",
    "none",
    "iterable",
    "defined",
    "undefined",
    "odd",
    "even",
    "divisible_by",
    "starting_with",
    "ending_with",
    "containing",
];
const FUNCTIONS: &[&str] = &["range", "throw"];
const TAGS: &[&str] = &[
    "block",
    "break",
    "component",
    "continue",
    "elif",
    "else",
    "endblock",
    "endcomponent",
    "endfilter",
    "endfor",
    "endif",
    "endraw",
    "endset",
    "extends",
    "filter",
    "for",
    "if",
    "include",
    "raw",
    "set",
    "set_global",
];

/// A Tera error as a diagnostic at the template's file, line and column (found from the
/// error's place in the template text, so the line is drawn), naming the unknown filter,
/// variable, field, template or tag it speaks of with the known ones for a did-you-mean.
fn template_diagnostic(error: &tera::Error, templates: &BTreeMap<String, Template>) -> Diagnostic {
    use tera::ErrorKind;
    let names = || templates.keys().cloned().collect::<Vec<String>>();
    let (detail, place, unknown, known) = match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let text = templates.get(report.filename()).map(|t| t.text.as_str());
            let spanned = text
                .and_then(|t| t.get(report.span().range.clone()))
                .unwrap_or("");
            let (detail, unknown, known) = read_message(report.message(), spanned, names);
            let place = (report.filename().to_string(), report.span().range.start);
            (detail, Some(place), unknown, known)
        }
        ErrorKind::MissingParent { current, parent } => {
            let at = templates
                .get(current)
                .and_then(|t| quoted_name_at(&t.text, parent));
            let place = at.map(|offset| (current.clone(), offset));
            (error.to_string(), place, Some(parent.clone()), names())
        }
        ErrorKind::TemplateNotFound(name) => (error.to_string(), None, Some(name.clone()), names()),
        // Reports Tera wrote as text (unknown filters, tests, functions, templates and
        // blocks, found when templates are added): `error: MSG` and `--> name:line:col`.
        _ => {
            let report = error.to_string();
            let mut lines = report.lines();
            let first = lines.next().unwrap_or_default();
            let message = first.strip_prefix("error: ").unwrap_or(first);
            let place = lines.find_map(|l| {
                let (name, line, column) = report_place(l)?;
                let offset = offset_of(&templates.get(&name)?.text, line, column)?;
                Some((name, offset))
            });
            let (detail, unknown, known) = read_message(message, "", names);
            (detail, place, unknown, known)
        }
    };
    let location = match place.and_then(|(name, offset)| locate(templates, &name, offset)) {
        Some(location) => location,
        None => Location::file("templates/"),
    };
    let problem = Problem::Template {
        detail,
        unknown,
        known,
    };
    problem.at(location)
}

/// Tera's message without its list of available names, the unknown name it speaks of,
/// and the names known in its place. `spanned` is the template text the error marks.
fn read_message(
    message: &str,
    spanned: &str,
    names: impl Fn() -> Vec<String>,
) -> (String, Option<String>, Vec<String>) {
    let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<String>>();
    let quoted = message.split('`').nth(1).map(str::to_string);
    for (prefix, known) in [
        ("Unknown filter", words(FILTERS)),
        ("Unknown test", words(TESTS)),
        ("Unknown function", words(FUNCTIONS)),
        ("Unknown template", names()),
    ] {
        if message.starts_with(prefix) {
            return (message.to_string(), quoted, known);
        }
    }
    if message == "Unknown tag" {
        let tag: String = spanned
            .trim_start_matches(['{', '%', '-', ' '])
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !tag.is_empty() {
            return (format!("Unknown tag `{tag}`"), Some(tag), words(TAGS));
        }
    }
    for marker in [" Available variables: ", " Available fields: "] {
        if let Some((detail, list)) = message.split_once(marker) {
            let known = list.split(", ").map(str::to_string).collect();
            return (detail.trim_end_matches('.').to_string(), quoted, known);
        }
    }
    (message.to_string(), None, Vec::new())
}

/// `name`, line and column of a report's `--> name:line:col` line.
fn report_place(line: &str) -> Option<(String, usize, usize)> {
    let rest = line.trim_start().strip_prefix("--> ")?;
    let mut parts = rest.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?.to_string(), line, column))
}

/// The byte offset of 1-based `line` and `column` (in characters) in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let rest = text.get(start..)?;
    let within = rest
        .char_indices()
        .nth(column.checked_sub(1)?)
        .map_or(rest.len(), |(i, _)| i);
    Some(start + within)
}

/// The byte offset of `name` written in quotes in `text` (`{% extends "name" %}`).
fn quoted_name_at(text: &str, name: &str) -> Option<usize> {
    ['"', '\'', '`']
        .iter()
        .find_map(|q| text.find(&format!("{q}{name}{q}")))
        .map(|at| at + 1)
}

/// The location of byte `offset` in the template `name`: its line, its column in
/// characters, the line itself, and the word there marked.
fn locate(templates: &BTreeMap<String, Template>, name: &str, offset: usize) -> Option<Location> {
    let template = templates.get(name)?;
    let before = template.text.get(..offset)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let len = template.text[offset..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '/' | '-' | '"' | '\''))
        .count();
    let pos = Pos::new(line, column, len.max(1));
    Some(Location::at(
        template.shown_path.clone(),
        &template.text,
        pos,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnose(files: &[(&str, &str)], render: Option<&str>) -> Diagnostic {
        let templates: BTreeMap<String, Template> = files
            .iter()
            .map(|(name, text)| {
                let t = Template {
                    text: text.to_string(),
                    shown_path: format!("templates/{name}"),
                };
                (name.to_string(), t)
            })
            .collect();
        let theme = ThemeFiles {
            templates,
            statics: StaticFiles::default(),
        };
        let mut found = Vec::new();
        let Some(theme) = compile(Arc::new(theme), &mut found) else {
            return found.remove(0);
        };
        let mut context = tera::Context::new();
        context.insert("page", &BTreeMap::from([("title", "t")]));
        let error = theme
            .tera
            .render(render.unwrap_or("home.html"), &context)
            .expect_err("the template is broken");
        theme.error(&error)
    }

    fn shown(d: &Diagnostic) -> (String, String) {
        let location = d.location.as_ref().unwrap().display();
        (
            location,
            d.hint(crate::config::Language::ZhHans).unwrap_or_default(),
        )
    }

    #[test]
    fn hashed_names_keep_the_extension_last() {
        let hash = &crate::publish::content_hash(b"x")[..NAME_HASH];
        assert_eq!(hashed_name("style.css", b"x"), format!("style.{hash}.css"));
        assert_eq!(
            hashed_name("fonts/a.b.woff2", b"x"),
            format!("fonts/a.b.{hash}.woff2")
        );
        assert_eq!(hashed_name("LICENSE", b"x"), format!("LICENSE.{hash}"));
        assert_eq!(hashed_name("dir.d/x", b"x"), format!("dir.d/x.{hash}"));
        assert_eq!(hashed_name(".hidden", b"x"), format!(".hidden.{hash}"));
        assert_ne!(
            hashed_name("style.css", b"y"),
            hashed_name("style.css", b"x")
        );
    }

    #[test]
    fn template_typos_are_located_with_a_guess() {
        let cases = [
            (
                vec![("home.html", "<p>\n  {{ page.title | uppr }}</p>")],
                "templates/home.html:2:19",
                "`upper`",
            ),
            (
                vec![("home.html", "<p>{{ page.titel }}</p>")],
                "templates/home.html:1:12",
                "`title`",
            ),
            (
                vec![("home.html", "<p>{{ pgae.title }}</p>")],
                "templates/home.html:1:7",
                "`page`",
            ),
            (
                vec![("home.html", "{% if page %}x\n{% endiff %}")],
                "templates/home.html:2:",
                "`endif`",
            ),
            (
                vec![
                    ("home.html", "x\n{% include \"partials/crd.html\" %}"),
                    ("partials/card.html", "c"),
                ],
                "templates/home.html:2:",
                "`partials/card.html`",
            ),
            (
                vec![
                    ("home.html", "{% extends \"bse.html\" %}"),
                    ("base.html", "b"),
                ],
                "templates/home.html:1:13",
                "`base.html`",
            ),
        ];
        for (files, place, guess) in cases {
            let d = diagnose(&files, None);
            let (location, hint) = shown(&d);
            assert!(
                location.starts_with(place),
                "{location} for {files:?}: {d:?}"
            );
            assert!(hint.contains(guess), "{hint} for {files:?}");
            let line = d.location.as_ref().unwrap().source_line.as_deref();
            assert!(line.is_some_and(|l| !l.is_empty()), "{d:?}");
            let message = d.message(crate::config::Language::En);
            assert!(!message.contains("Available"), "{message}");
        }
    }
}
