//! `gongkai build`: build the site and replace the output folder with it, only when there
//! is no error; and what `build` and `publish` share: the release of a good build and its
//! closing line.

use std::path::{Path, PathBuf};
use std::time::Instant;

use gongkai::ToolError;
use gongkai::build::{self, BuildResult};
use gongkai::check::Options;
use gongkai::config::Language;
use gongkai::messages::summary;
use gongkai::publish::{BuildInfo, Release, Stage};

use super::args::Common;
use super::{Outcome, counts, options, print_summary, print_timings, progress_printer, report};

/// What `build` is asked besides the common flags.
pub struct Request {
    /// The output folder; default: public/ in the site folder.
    pub output: Option<PathBuf>,
    /// Include drafts.
    pub drafts: bool,
    /// Include items published after the build date.
    pub future: bool,
}

/// Builds the site at `common.root` into the output folder.
pub fn run(common: &Common, request: Request, language: Language) -> Outcome {
    let options = options(common, request.drafts, request.future, language)?;
    let out = request.output.unwrap_or_else(|| common.root.join("public"));
    gongkai::publish::check_output_dir(&out, &common.root)?;
    let progress = progress_printer(language);
    // Each file is written beside the output as soon as it is made.
    let stage = Stage::beside(&out)?;
    let result = build::run_staged(&common.root, &options, &stage, &progress)?;
    let code = report(&result.diagnostics, common.message_format, result.language);
    let started = Instant::now();
    publish_and_summarise(&result, stage, &out, common, &options)?;
    let mut stages = result.stages.clone();
    stages.push(("publish", started.elapsed()));
    print_timings(common, &stages, result.language);
    Ok(code)
}

/// The build's files in `stage` with `version.json`, ready to publish; `None` when the
/// build had errors (then the stage goes).
pub fn release(
    result: &BuildResult,
    stage: Stage,
    options: &Options,
) -> Result<Option<Release>, ToolError> {
    if result.diagnostics.has_errors() {
        return Ok(None);
    }
    let info = BuildInfo {
        built_on: options.today,
        items: result.item_count,
        pages: result.page_count,
    };
    stage.release(&info).map(Some)
}

/// The closing line of a build that published, in the site's language (`由 12 个事项生成了
/// 40 个网页，用时 0.05 秒`).
pub fn built_line(result: &BuildResult) -> String {
    summary::built(
        result.language,
        result.page_count,
        result.item_count,
        result.elapsed.as_secs_f64(),
        result.diagnostics.warning_count(),
    )
}

fn publish_and_summarise(
    result: &BuildResult,
    stage: Stage,
    out: &Path,
    common: &Common,
    options: &Options,
) -> Result<(), ToolError> {
    let language = result.language;
    let summary = match release(result, stage, options)? {
        Some(release) => {
            gongkai::publish::publish_release(&release, out, &common.root)?;
            built_line(result)
        }
        None => summary::not_published(language, &counts(&result.diagnostics, language), out),
    };
    print_summary(&summary, common.message_format);
    Ok(())
}
