//! What `serve` and `watch` print in the terminal: each build's diagnostics and a
//! one-line outcome, what a batch of changes was, and why a rebuild did not happen, all
//! in the site's language. The words are in `messages::preview`.

use std::fmt::Display;

use super::incremental::Rebuild;
use super::watcher::Changes;
use crate::config::Language;
use crate::messages::preview;

/// Prints a build's diagnostics (root causes first) and a one-line outcome; `what` is
/// what changed, `None` for the first build.
pub(super) fn report(rebuild: &Rebuild, what: Option<&str>) {
    let result = &rebuild.result;
    let language = result.language;
    for d in result.diagnostics.sorted() {
        eprintln!("{}", d.render_text(language));
    }
    let ms = result.elapsed.as_millis();
    if result.output.is_some() {
        println!(
            "{}",
            preview::built(
                language,
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
            preview::build_failed(language, what, ms, result.diagnostics.error_count())
        );
    }
}

/// `content/a.md changed`, `content/a.md, content/b.md and 3 more changed`.
pub(super) fn describe(changes: &Changes, language: Language) -> String {
    preview::changed(language, &changes.paths, changes.rescan)
}

/// Prints a failure that stops nothing: the next save tries again.
pub(super) fn error(line: String) {
    eprintln!("{line}");
}

/// Prints a rebuild that could not run; `serving` when the preview goes on showing the
/// last good pages.
pub(super) fn rebuild_failed(language: Language, error: &impl Display, what: &str, serving: bool) {
    eprintln!(
        "{}",
        preview::rebuild_failed(language, error, what, serving)
    );
}
