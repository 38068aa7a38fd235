//! The pipeline as a checklist: load -> check -> render -> scan the output, with the time
//! each stage took.
//!
//! This is the only place the stages run in order. `check`, `build`, `serve` and `watch`
//! all come here; the caller decides whether and where to publish. The preview hands in
//! its caches (`Caches`) so that each stage can reuse what did not change; a one-shot run
//! hands in `NoCaches` and pays nothing for them. Any error diagnostic means no output.
//!
//! Where the rendered files go is the caller's choice too: into memory (`run`,
//! `run_with`: the `Output` the preview serves and tests read), or into a staging folder
//! as each is made (`run_staged`, for `build` and `publish`), where the privacy guard
//! reads it there and then, so that a one-shot build never holds the whole site.

use std::any::Any;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::ToolError;
use crate::check::privacy::{self, Allow};
use crate::check::{self, Board, Options};
use crate::config::{Config, Language};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{self, Loaded};
use crate::model::Site;
use crate::publish::{Guard, GuardRead, Output, Sink, Stage};
use crate::render::{self, RenderOptions};

/// What a run produced.
pub struct BuildResult {
    /// Every diagnostic, all stages.
    pub diagnostics: Diagnostics,
    /// The site's language (`language:` in `site.yaml`; zh-Hans when it could not be
    /// read): the language the diagnostics and the closing lines are shown in.
    pub language: Language,
    /// The rendered files; `None` when errors were found or the run only checked.
    pub output: Option<Output>,
    /// Items on the board: published ones for `build`, every loaded one for `check`.
    pub item_count: usize,
    /// HTML pages rendered.
    pub page_count: usize,
    /// Time from start to end of the run.
    pub elapsed: Duration,
    /// Time each stage took, in the order they ran: load, check, render, scan.
    pub stages: Vec<(&'static str, Duration)>,
    /// Each item's 核验码 by content path, also when errors were found (see `record`).
    pub fingerprints: std::collections::BTreeMap<String, String>,
}

/// Whether to keep the rendered output, or only load and check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Load, check and render everything, drafts and scheduled items included, but keep
    /// no output.
    Check,
    /// Load, check and render.
    Render,
}

/// How each stage runs: afresh (the default methods, what a one-shot build does), or
/// reusing what an earlier run made (the preview's `serve::incremental::Incremental`).
/// Each method must give what the default gives for the same files.
pub trait Caches {
    /// Reads every file the build needs.
    fn load(&mut self, root: &Path) -> Result<Loaded, ToolError> {
        load::load(root)
    }

    /// Runs the rules and builds the board.
    fn check(
        &mut self,
        config: &Config,
        site: &Site,
        options: &Options,
    ) -> (Board, Vec<Diagnostic>) {
        check::check(config, site, options)
    }

    /// Renders every page and file.
    fn render(
        &mut self,
        loaded: &Loaded,
        board: &Board,
        options: RenderOptions,
    ) -> (Output, Vec<Diagnostic>) {
        render::render(
            &loaded.config,
            board,
            &loaded.theme,
            &loaded.statics,
            options,
        )
    }

    /// Renders every page and file into `sink`, each as soon as it is made.
    fn render_into(
        &mut self,
        loaded: &Loaded,
        board: &Board,
        options: RenderOptions,
        sink: &dyn Sink,
    ) -> (Vec<Diagnostic>, render::Fingerprints) {
        render::render_into(
            &loaded.config,
            board,
            &loaded.theme,
            &loaded.statics,
            options,
            &mut render::RenderMemo::off(),
            sink,
        )
    }

    /// The privacy guard over the rendered files.
    fn scan(&mut self, output: &Output, allow: &Allow) -> Vec<Diagnostic> {
        privacy::scan_output(output, allow)
    }

    /// Takes what the run made on the way (the loaded site and the board) when the run
    /// is over; dropped here by default. The preview frees them only after browsers
    /// were told to reload.
    fn leftovers(&mut self, leftovers: Box<dyn Any + Send>) {
        drop(leftovers);
    }
}

/// A one-shot run: every stage afresh, nothing kept.
pub struct NoCaches;

impl Caches for NoCaches {}

/// Runs the pipeline over the site at `root`. `progress` is told each stage's name when
/// it starts, so a long build can show where it is.
pub fn run(
    root: &Path,
    options: &Options,
    mode: Mode,
    progress: &dyn Fn(&str),
) -> Result<BuildResult, ToolError> {
    run_with(root, options, mode, &mut NoCaches, progress)
}

/// Runs the pipeline like `run`, each stage through `caches`.
pub fn run_with(
    root: &Path,
    options: &Options,
    mode: Mode,
    caches: &mut dyn Caches,
    progress: &dyn Fn(&str),
) -> Result<BuildResult, ToolError> {
    pipeline(root, options, mode, caches, None, progress)
}

/// Runs the pipeline like `run` (`Mode::Render`), writing each file into `stage` as soon
/// as it is made and reading it with the privacy guard there and then; the result has no
/// `output`. When it has no errors, `stage` holds the build (`Stage::release`).
pub fn run_staged(
    root: &Path,
    options: &Options,
    stage: &Stage,
    progress: &dyn Fn(&str),
) -> Result<BuildResult, ToolError> {
    pipeline(
        root,
        options,
        Mode::Render,
        &mut NoCaches,
        Some(stage),
        progress,
    )
}

/// The pipeline, the files into memory or, with `stage`, into the staging folder.
fn pipeline(
    root: &Path,
    options: &Options,
    mode: Mode,
    caches: &mut dyn Caches,
    stage: Option<&Stage>,
    progress: &dyn Fn(&str),
) -> Result<BuildResult, ToolError> {
    let mut clock = Clock::start();
    let mut diagnostics = Diagnostics::new();

    progress("load");
    let mut loaded = caches.load(root)?;
    diagnostics.extend(std::mem::take(&mut loaded.diagnostics));
    // The 核验码 of each item as first published, when the site keeps them.
    let mut found = Vec::new();
    let record = load::published::read(root, &mut found)?;
    diagnostics.extend(found);
    clock.lap("load");

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
    let (board, found) = caches.check(&loaded.config, &loaded.site, &options);
    diagnostics.extend(found);
    let allow = Allow::new(&loaded.config.privacy.allow);
    diagnostics.extend(privacy::scan_static_names(&loaded.statics, &allow));
    clock.lap("check");

    progress("render");
    let render_options = RenderOptions {
        today: options.today,
    };
    let (rendered, page_count, fingerprints) = match stage {
        None => {
            let (mut rendered, found) = caches.render(&loaded, &board, render_options);
            diagnostics.extend(found);
            let fingerprints = std::mem::take(&mut rendered.fingerprints);
            clock.lap("render");
            // The output scan catches numbers that templates or static files add; while
            // the content has errors nothing is published, and content hits are
            // reported already.
            if !diagnostics.has_errors() {
                diagnostics.extend(caches.scan(&rendered, &allow));
            }
            let pages = rendered
                .files
                .keys()
                .filter(|k| k.ends_with(".html"))
                .count();
            (Some(rendered), pages, fingerprints)
        }
        Some(stage) => {
            // Each file is read by the guard as it is written; a build with errors
            // already writes nothing.
            let guard = OutputGuard(&allow);
            let guard: Option<&dyn Guard> = match diagnostics.has_errors() {
                true => None,
                false => Some(&guard),
            };
            let sink = stage.sink(guard)?;
            let (found, fingerprints) = caches.render_into(&loaded, &board, render_options, &sink);
            diagnostics.extend(found);
            if let Some(e) = stage.failure() {
                return Err(e);
            }
            clock.lap("render");
            if !diagnostics.has_errors() {
                diagnostics.extend(stage.found());
            }
            (None, stage.page_count(), fingerprints)
        }
    };
    // Items changed in place since they were published: their codes are the render's.
    if let Some(record) = &record {
        diagnostics.extend(check::published::check(record, &fingerprints, &loaded.site));
    }
    clock.lap("scan");

    let output = rendered.filter(|_| mode == Mode::Render && !diagnostics.has_errors());
    let item_count = board.items.len();
    let language = loaded.config.language;
    caches.leftovers(Box::new((loaded, board)));
    Ok(BuildResult {
        diagnostics,
        language,
        output,
        item_count,
        page_count,
        elapsed: clock.started.elapsed(),
        stages: clock.stages,
        fingerprints,
    })
}

/// The privacy guard over the files a staged build writes.
struct OutputGuard<'a>(&'a Allow);

impl Guard for OutputGuard<'_> {
    fn scan(&self, path: &str, bytes: &[u8]) -> Vec<Diagnostic> {
        privacy::scan_output_file(path, bytes, self.0)
    }

    fn reader<'s>(&'s self, path: &str) -> Box<dyn GuardRead + 's> {
        Box::new(privacy::OutputScan::new(path, self.0))
    }
}

impl GuardRead for privacy::OutputScan<'_> {
    fn feed(&mut self, bytes: &[u8]) {
        privacy::OutputScan::feed(self, bytes);
    }

    fn finish(self: Box<Self>, reread: &mut dyn FnMut() -> Vec<u8>) -> Vec<Diagnostic> {
        privacy::OutputScan::finish(*self, reread)
    }
}

/// Each stage's time, taken as it ends.
struct Clock {
    started: Instant,
    last: Duration,
    stages: Vec<(&'static str, Duration)>,
}

impl Clock {
    fn start() -> Clock {
        Clock {
            started: Instant::now(),
            last: Duration::ZERO,
            stages: Vec::with_capacity(4),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = self.started.elapsed();
        self.stages.push((stage, now - self.last));
        self.last = now;
    }
}
