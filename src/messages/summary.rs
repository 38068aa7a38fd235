//! What `init`, `check`, `build` and `import` say besides the diagnostics: the closing
//! line with its counts, where a long build is, and a tool failure behind its `error:`
//! tag. The words are the catalogue's `summary-*` and `progress-*` entries; counts select
//! their plural forms there (`1 error`, `2 errors`; `1 个错误`).

use std::path::Path;

use fluent_bundle::FluentValue;

use super::words;
use crate::catalog::{Args, Catalog};
use crate::config::Language;

/// `2 errors, 1 warning` in `language`.
pub fn counts(language: Language, errors: usize, warnings: usize) -> String {
    let mut args = Args::new();
    args.set("errors", FluentValue::from(errors));
    args.set("warnings", FluentValue::from(warnings));
    Catalog::of(language).format("summary-counts", Some(&args))
}

/// The closing line of `check`.
pub fn checked(language: Language, items: usize, seconds: f64, counts: &str) -> String {
    let mut args = words::args([
        ("seconds", format!("{seconds:.2}")),
        ("counts", counts.to_string()),
    ]);
    args.set("items", FluentValue::from(items));
    Catalog::of(language).format("summary-checked", Some(&args))
}

/// The closing line of a `build` that published.
pub fn built(
    language: Language,
    pages: usize,
    items: usize,
    seconds: f64,
    warnings: usize,
) -> String {
    let mut args = words::args([("seconds", format!("{seconds:.2}"))]);
    args.set("pages", FluentValue::from(pages));
    args.set("items", FluentValue::from(items));
    args.set("warnings", FluentValue::from(warnings));
    Catalog::of(language).format("summary-built", Some(&args))
}

/// The closing line of a `build` that found errors.
pub fn not_published(language: Language, counts: &str, out: &Path) -> String {
    let args = words::args([
        ("counts", counts.to_string()),
        ("out", out.display().to_string()),
    ]);
    Catalog::of(language).format("summary-not-published", Some(&args))
}

/// What `init` made, and what to do next.
pub fn initialised(language: Language, dir: &Path, files: usize) -> String {
    let mut args = words::args([("dir", dir.display().to_string())]);
    args.set("files", FluentValue::from(files));
    args.set("launcher", FluentValue::from(crate::init::LAUNCHER));
    Catalog::of(language).format("summary-init", Some(&args))
}

/// Where a long build is: `… 正在检查 (1.2 s)`; `stage` is `load`, `check` or `render`.
pub fn progress(language: Language, stage: &str, seconds: f64) -> String {
    let id = match stage {
        "load" => "progress-load",
        "check" => "progress-check",
        _ => "progress-render",
    };
    let args = words::args([("seconds", format!("{seconds:.1}"))]);
    Catalog::of(language).format(id, Some(&args))
}

/// A tool failure as the command line prints it: the spec's `error:` tag (in every
/// language, as before a diagnostic), then `text` in the site's language.
pub fn tool_failure(text: &str) -> String {
    format!("{}: {text}", crate::diagnostic::Severity::Error.tag())
}

/// The closing line of an `import` that wrote its item: how many lines from where into
/// which file, and the columns it left out.
pub fn imported(
    language: Language,
    lines: usize,
    from: &str,
    out: &Path,
    left_out: &[String],
) -> String {
    let cat = Catalog::of(language);
    let mut args = words::args([
        ("from", from.to_string()),
        ("out", out.display().to_string()),
        ("ignored", words::list(cat, left_out)),
        ("left", words::yes(!left_out.is_empty()).to_string()),
    ]);
    args.set("lines", FluentValue::from(lines));
    cat.format("summary-imported", Some(&args))
}

/// The closing line of an `import` that found errors: nothing was written.
pub fn nothing_written(language: Language, counts: &str) -> String {
    let args = words::args([("counts", counts.to_string())]);
    Catalog::of(language).format("summary-nothing-written", Some(&args))
}
