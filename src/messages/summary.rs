//! What `init`, `new`, `schema`, `check`, `build` and `import` say besides the
//! diagnostics: the closing line with its counts, where a long build is, the `--timings`
//! line, a refused `--today`, and a tool failure behind its `error:` tag. The words are the catalogue's `summary-*` and `progress-*` entries; counts select
//! their plural forms there (`1 error`, `2 errors`; `1 个错误`).

use std::path::Path;

use fluent_bundle::FluentValue;

use super::words;
use crate::catalog::{Args, Catalog};
use crate::config::Language;
use crate::model::Period;
use crate::new::{Made, Note};

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

/// The refusal of a `--today` that is not a date.
pub fn bad_today(language: Language, typed: &str) -> String {
    let args = words::args([("value", typed.to_string())]);
    Catalog::of(language).format("cli-bad-today", Some(&args))
}

/// The `--timings` line: each stage's time (`load`, `check`, `render`, `scan`,
/// `publish`).
pub fn timings(language: Language, stages: &[(&str, std::time::Duration)]) -> String {
    let cat = Catalog::of(language);
    let parts: Vec<String> = stages
        .iter()
        .map(|(stage, time)| {
            let args = words::args([
                ("stage", stage.to_string()),
                ("seconds", format!("{:.3}", time.as_secs_f64())),
            ]);
            cat.format("cli-timings-stage", Some(&args))
        })
        .collect();
    let args = words::args([("stages", words::list(cat, &parts))]);
    cat.format("cli-timings", Some(&args))
}

/// What `gongkai schema` wrote.
pub fn schemas(language: Language, count: usize, folder: &Path) -> String {
    let mut args = words::args([("folder", folder.display().to_string())]);
    args.set("count", FluentValue::from(count));
    Catalog::of(language).format("schema-wrote", Some(&args))
}

/// What `gongkai new` says: the file written, where its figures came from (indented),
/// and the next step.
pub fn new_item(language: Language, made: &Made) -> String {
    let cat = Catalog::of(language);
    let file = words::args([("file", made.file.display().to_string())]);
    let mut lines = vec![cat.format("new-wrote", Some(&file))];
    lines.extend(made.notes.iter().map(|n| format!("  {}", new_note(cat, n))));
    lines.push(cat.text("new-next"));
    lines.join("\n")
}

/// One note of `gongkai new`.
fn new_note(cat: &Catalog, note: &Note) -> String {
    let name = |p: Period| crate::render::labels::period_label(p, cat.language());
    let number = |args: &mut Args, key: &'static str, n: i64| {
        args.set(key, FluentValue::from(n));
    };
    let (id, args) = match note {
        Note::PeriodAfter {
            next,
            previous,
            file,
        } => (
            "new-period-after",
            words::args([
                ("next", next.to_string()),
                ("name", name(*next)),
                ("previous", previous.to_string()),
                ("file", file.clone()),
            ]),
        ),
        Note::PeriodFallback { period, today } => (
            "new-period-fallback",
            words::args([
                ("period", period.to_string()),
                ("name", name(*period)),
                ("today", today.to_string()),
            ]),
        ),
        Note::OpeningBalance { amount, file } => (
            "new-opening-balance",
            words::args([("amount", amount.clone()), ("file", file.clone())]),
        ),
        Note::Workdays {
            count,
            weekdays,
            holidays,
            extra,
        } => {
            let mut args = Args::new();
            number(&mut args, "count", *count);
            number(&mut args, "weekdays", *weekdays);
            args.set("holidays", FluentValue::from(*holidays));
            args.set("extra", FluentValue::from(*extra));
            ("new-workdays", args)
        }
        Note::NamesCarried { count } => {
            let mut args = Args::new();
            args.set("count", FluentValue::from(*count));
            ("new-names-carried", args)
        }
        Note::PreviousHasErrors { file, errors } => {
            let mut args = words::args([("file", file.clone())]);
            args.set("errors", FluentValue::from(*errors));
            ("new-previous-errors", args)
        }
        Note::WroteSchemas { folder } => (
            "new-wrote-schemas",
            words::args([("folder", folder.display().to_string())]),
        ),
    };
    cat.format(id, Some(&args))
}
