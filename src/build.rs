//! The pipeline as a checklist: load -> check -> render -> (publish), with timings.
//!
//! `run` does everything but writing, so `check`, `build` and later `serve` share it; the
//! caller decides whether and where to publish. Any error diagnostic means nothing is
//! published.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::ToolError;
use crate::check::privacy::{self, Allow};
use crate::check::{self, Options};
use crate::diagnostic::Diagnostics;
use crate::load;
use crate::publish::Output;
use crate::render::{self, RenderOptions};

/// What a run produced.
pub struct BuildResult {
    /// Every diagnostic, all stages.
    pub diagnostics: Diagnostics,
    /// The rendered files; `None` when the run stopped before rendering (`check`) or
    /// when errors were found.
    pub output: Option<Output>,
    /// Items on the board: published ones for `build`, every loaded one for `check`.
    pub item_count: usize,
    /// HTML pages rendered.
    pub page_count: usize,
    /// Time from start to end of the run.
    pub elapsed: Duration,
}

/// Whether to render, or only load and check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Load, check and render everything, drafts and scheduled items included, but keep
    /// no output.
    Check,
    /// Load, check and render.
    Render,
}

/// Runs the pipeline over the site at `root`. `progress` is told each stage's name when
/// it starts, so a long build can show where it is.
pub fn run(
    root: &Path,
    options: &Options,
    mode: Mode,
    progress: &dyn Fn(&str),
) -> Result<BuildResult, ToolError> {
    let started = Instant::now();
    let mut diagnostics = Diagnostics::new();
    progress("load");
    let loaded = load::load(root)?;
    diagnostics.extend(loaded.diagnostics);
    progress("check");
    // `check` judges drafts and scheduled items too, and renders them (to find Markdown
    // and template problems) without keeping the pages.
    let options = match mode {
        Mode::Check => Options {
            drafts: true,
            future: true,
            ..*options
        },
        Mode::Render => *options,
    };
    let (board, found) = check::check(&loaded.config, &loaded.site, &options);
    diagnostics.extend(found);
    let item_count = board.items.len();
    let mut output = None;
    let page_count;
    {
        progress("render");
        let (rendered, found) = render::render(
            root,
            &loaded.config,
            &board,
            RenderOptions {
                today: options.today,
            },
        )?;
        diagnostics.extend(found);
        // The output scan catches numbers that templates or static files add; while the
        // content has errors nothing is published, and content hits are reported already.
        if !diagnostics.has_errors() {
            let allow = Allow::new(&loaded.config.privacy.allow);
            diagnostics.extend(privacy::scan_output(&rendered, &allow));
        }
        page_count = rendered
            .files
            .keys()
            .filter(|k| k.ends_with(".html"))
            .count();
        if mode == Mode::Render && !diagnostics.has_errors() {
            output = Some(rendered);
        }
    }
    Ok(BuildResult {
        diagnostics,
        output,
        item_count,
        page_count,
        elapsed: started.elapsed(),
    })
}
