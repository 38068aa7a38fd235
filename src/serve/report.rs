//! What `serve` and `watch` print in the terminal: each build's diagnostics and a
//! one-line outcome, what a batch of changes was, and why a rebuild did not happen. The
//! words are in `messages::preview`.

use std::fmt::Display;

use super::incremental::Rebuild;
use super::watcher::Changes;
use crate::messages::preview;

pub(super) use preview::FIRST_BUILD as FIRST;

/// Prints a build's diagnostics and a one-line outcome.
pub(super) fn report(rebuild: &Rebuild, what: &str) {
    let result = &rebuild.result;
    for d in result.diagnostics.sorted() {
        eprintln!("{}", d.render_text());
    }
    let ms = result.elapsed.as_millis();
    if result.output.is_some() {
        println!(
            "{}",
            preview::built(
                what,
                ms,
                rebuild.files_read,
                rebuild.pages_rendered,
                result.page_count
            )
        );
    } else {
        println!(
            "{}",
            preview::build_failed(what, ms, result.diagnostics.error_count())
        );
    }
}

/// `content/a.md changed`, `content/a.md, content/b.md and 3 more changed`.
pub(super) fn describe(changes: &Changes) -> String {
    preview::changed(&changes.paths, changes.rescan)
}

/// Prints a failure that stops nothing: the next save tries again.
pub(super) fn error(line: String) {
    eprintln!("{line}");
}

/// Prints a rebuild that could not run; `serving` when the preview goes on showing the
/// last good pages.
pub(super) fn rebuild_failed(error: &impl Display, what: &str, serving: bool) {
    if serving {
        eprintln!("{}", preview::rebuild_failed_serving(error, what));
    } else {
        eprintln!("{}", preview::rebuild_failed(error, what));
    }
}
