//! `gongkai publish DEST`: build, then bring DEST to exactly this build, copying only the
//! files that changed; with `--dry-run` list what that would do, with `--status` say
//! whether DEST holds this build (exit 1 when it does not, like `git diff --exit-code`).

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use gongkai::build;
use gongkai::config::Language;
use gongkai::messages::{publishing, summary};
use gongkai::publish::{Stage, dest};

use super::args::Common;
use super::build::{built_line, release};
use super::{Outcome, counts, options, print_summary, print_timings, progress_printer, report};

/// What `gongkai publish DEST` does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PublishMode {
    /// Publish; `progress`: show the copy's progress from the first file on.
    Write {
        /// Show the progress from the first file on.
        progress: bool,
    },
    /// `--dry-run`.
    DryRun,
    /// `--status`.
    Status,
}

/// `gongkai publish DEST` (with `--dry-run` or `--status`).
pub fn run(common: &Common, dest: &Path, mode: PublishMode, language: Language) -> Outcome {
    let options = options(common, false, false, language)?;
    if mode != PublishMode::Status {
        // Refused before the build, so a wrong folder costs no waiting.
        gongkai::publish::check_output_dir(dest, &common.root)?;
    }
    let progress = progress_printer(language);
    // Staged in the system's temporary folder: DEST may be a share, written only once.
    let stage = Stage::beside(&std::env::temp_dir().join("gongkai-publish"))?;
    let result = build::run_staged(&common.root, &options, &stage, &progress)?;
    let language = result.language;
    let mut code = report(&result.diagnostics, common.message_format, language);
    let Some(release) = release(&result, stage, &options)? else {
        let counts = counts(&result.diagnostics, language);
        print_summary(
            &summary::not_published(language, &counts, dest),
            common.message_format,
        );
        return Ok(code);
    };
    let text = match mode {
        PublishMode::Status => {
            let found = dest::status(&release, dest)?;
            if !found.matches() {
                // Something would change: exit 1, as `git diff --exit-code` does.
                code = ExitCode::from(1);
            }
            publishing::status(language, &found, release.version(), dest)
        }
        PublishMode::DryRun => {
            let plan = dest::plan(&release, dest, &common.root)?;
            publishing::dry_run(language, &plan, dest)
        }
        PublishMode::Write { progress } => {
            print_summary(&built_line(&result), common.message_format);
            let started = Instant::now();
            let plan = dest::publish(
                &release,
                dest,
                &common.root,
                &copy_progress(progress, language),
            )?;
            let mut stages = result.stages.clone();
            stages.push(("publish", started.elapsed()));
            print_timings(common, &stages, language);
            publishing::summary(language, &plan, dest, started.elapsed().as_secs_f64())
        }
    };
    print_summary(&text, common.message_format);
    Ok(code)
}

/// Shows how far a copy is once it has taken more than a second (`always`: from the
/// start): on a terminal one line redrawn a few times a second, elsewhere a line every
/// few seconds, and the last file's line.
fn copy_progress(always: bool, language: Language) -> impl Fn(usize, usize) + Sync {
    let started = Instant::now();
    let after = if always { 0.0 } else { 1.0 };
    let terminal = std::io::stderr().is_terminal();
    let every = if terminal { 0.2 } else { 3.0 };
    let last = std::sync::Mutex::new(0.0f64);
    move |done: usize, total: usize| {
        let seconds = started.elapsed().as_secs_f64();
        let Ok(mut last) = last.lock() else {
            return;
        };
        if seconds < after || (seconds - *last < every && done < total) || *last < 0.0 {
            return;
        }
        *last = seconds;
        let line = publishing::progress(language, done, total, seconds);
        if terminal {
            eprint!("\r{line}   ");
            if done == total {
                eprintln!();
            }
        } else {
            eprintln!("{line}");
        }
        if done == total {
            // Printed for the last file: nothing more to say.
            *last = -1.0;
        }
    }
}
