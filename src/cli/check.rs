//! `gongkai check`: load and check the site, print what was found, write nothing.

use gongkai::build::{self, Mode};
use gongkai::config::Language;
use gongkai::messages::summary;

use super::args::Common;
use super::{Outcome, counts, options, print_summary, print_timings, progress_printer, report};

/// Checks the site at `common.root`; exit 1 on any error.
pub fn run(common: &Common, language: Language) -> Outcome {
    let options = options(common, false, false, language)?;
    let progress = progress_printer(language);
    let result = build::run(&common.root, &options, Mode::Check, &progress)?;
    let language = result.language;
    let code = report(&result.diagnostics, common.message_format, language);
    print_timings(common, &result.stages, language);
    let summary = summary::checked(
        language,
        result.item_count,
        result.elapsed.as_secs_f64(),
        &counts(&result.diagnostics, language),
    );
    print_summary(&summary, common.message_format);
    Ok(code)
}
