//! What `serve` and `watch` print in the terminal: each build's diagnostics and a
//! one-line outcome, and what a batch of changes was.

use super::incremental::Rebuild;
use super::watcher::Changes;

/// What the first build's line says changed.
pub(super) const FIRST: &str = "first build";

/// Prints a build's diagnostics and a one-line outcome.
pub(super) fn report(rebuild: &Rebuild, what: &str) {
    let result = &rebuild.result;
    for d in result.diagnostics.sorted() {
        eprintln!("{}", d.render_text());
    }
    let ms = result.elapsed.as_millis();
    let work = format!(
        "{} files read, {} pages rendered",
        rebuild.files_read, rebuild.pages_rendered
    );
    if result.output.is_some() {
        let verb = if what == FIRST { "built" } else { "rebuilt" };
        println!(
            "{verb} in {ms} ms: {what} ({work}; {} pages)",
            result.page_count
        );
    } else {
        println!(
            "build failed with {} errors in {ms} ms: {what}; still showing the last good pages",
            result.diagnostics.error_count()
        );
    }
}

/// `content/a.md changed`, `content/a.md, content/b.md and 3 more changed`.
pub(super) fn describe(changes: &Changes) -> String {
    let changed = &changes.paths;
    let text = match changed.len() {
        0 => "nothing named changed".to_string(),
        1..=3 => format!("{} changed", changed.join(", ")),
        n => format!("{} and {} more changed", changed[..2].join(", "), n - 2),
    };
    if changes.rescan {
        format!("{text}; events were lost, everything read again")
    } else {
        text
    }
}
