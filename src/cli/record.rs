//! `gongkai record`: add the 核验码 of each newly published item to `published.yaml` (the
//! library's `record` does the work), print what was found and what was added.

use gongkai::config::Language;

use super::args::Common;
use super::{Outcome, options, print_summary, progress_printer, report};

/// Records the site at `common.root`; exit 1 on any error (nothing is written then).
pub fn run(common: &Common, language: Language) -> Outcome {
    let options = options(common, false, false, language)?;
    let recorded = gongkai::record::run(&common.root, &options, &progress_printer(language))?;
    let code = report(
        &recorded.build.diagnostics,
        common.message_format,
        recorded.build.language,
    );
    print_summary(&recorded.summary(), common.message_format);
    Ok(code)
}
