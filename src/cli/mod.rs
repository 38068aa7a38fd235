//! The commands of the binary, one module each (`init`, `new`, `schema`, `check`, `build`,
//! `serve` for `serve` and `watch`, `import`, `publish`, `record`), and what they share
//! here: the build options from the common flags, the printing of diagnostics,
//! summaries, timings and progress, and the exit code diagnostics call for. Each command only calls the
//! library and prints what it returns; the words are the catalogue's (`messages`).

pub mod args;
pub mod build;
pub mod check;
pub mod help;
pub mod import;
pub mod init;
pub mod new;
pub mod publish;
pub mod record;
pub mod schema;
pub mod serve;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use gongkai::ToolError;
use gongkai::check::Options;
use gongkai::config::Language;
use gongkai::diagnostic::Diagnostics;
use gongkai::messages::summary;
use jiff::civil::Date;

use args::{Common, MessageFormat};

/// Sets how long the allocator (mimalloc) keeps memory that was freed before it returns
/// it to the system, in milliseconds (its `purge_delay`: 1,000 ms by default in the
/// version libmimalloc-sys builds).
pub(crate) fn allocator_purge_delay(ms: i64) {
    // `mi_option_purge_delay` of mimalloc.h (the same number in v2 and v3);
    // libmimalloc-sys names the options around it but not this one.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of mimalloc's options, which it allows at any time from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, ms as std::ffi::c_long) }
}

/// Has the allocator return what is free now, in every thread's heap it can reach.
pub(crate) fn allocator_collect() {
    // SAFETY: asks mimalloc to free its unused pages; it allows this at any time.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Why a command stops with exit code 2.
pub enum Failure {
    /// The library could not go on (reading, writing, the output folder, the port).
    Tool(ToolError),
    /// A value typed on the command line is refused: the text, in the site's language.
    Argument(String),
}

impl From<ToolError> for Failure {
    fn from(e: ToolError) -> Failure {
        Failure::Tool(e)
    }
}

impl Failure {
    /// The text after the `error:` tag, in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Failure::Tool(e) => e.text(language),
            Failure::Argument(text) => text.clone(),
        }
    }
}

/// What a command returns: its exit code, or why it stopped.
pub type Outcome = Result<ExitCode, Failure>;

/// The date typed after `--today`, or today's when none was; refused in `language` when it
/// is not a date.
pub fn today(typed: Option<&str>, language: Language) -> Result<Date, Failure> {
    match typed {
        None => Ok(jiff::Zoned::now().date()),
        Some(s) => gongkai::load::fields::parse_date(s)
            .ok_or_else(|| Failure::Argument(summary::bad_today(language, s))),
    }
}

/// The check and build options of `common` (its `--today` read in `language`).
pub fn options(
    common: &Common,
    drafts: bool,
    future: bool,
    language: Language,
) -> Result<Options, Failure> {
    Ok(Options {
        today: today(common.today.as_deref(), language)?,
        drafts,
        future,
    })
}

/// `2 errors, 1 warning` for `d`, in `language`.
pub fn counts(d: &Diagnostics, language: Language) -> String {
    summary::counts(language, d.error_count(), d.warning_count())
}

/// Prints every diagnostic, root causes first (see `Diagnostics::sorted`), in the site's
/// language, and returns the exit code they call for.
pub fn report(diagnostics: &Diagnostics, format: MessageFormat, language: Language) -> ExitCode {
    let sorted = diagnostics.sorted();
    match format {
        MessageFormat::Human => {
            let mut err = std::io::stderr().lock();
            for d in &sorted {
                let _ = writeln!(err, "{}", d.render_text(language));
            }
        }
        MessageFormat::Json => {
            let mut out = std::io::stdout().lock();
            for d in &sorted {
                let _ = writeln!(out, "{}", d.render_json(language));
            }
        }
    }
    if diagnostics.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The summary goes to stdout for people, to stderr when stdout carries JSON.
pub fn print_summary(summary: &str, format: MessageFormat) {
    match format {
        MessageFormat::Human => println!("{summary}"),
        MessageFormat::Json => eprintln!("{summary}"),
    }
}

/// `--timings`: each stage's time, one line, for people tuning a large board.
pub fn print_timings(common: &Common, stages: &[(&str, Duration)], language: Language) {
    if common.timings {
        eprintln!("{}", summary::timings(language, stages));
    }
}

/// Shows which stage a build is in once it has taken more than a second.
pub fn progress_printer(language: Language) -> impl Fn(&str) {
    let started = Instant::now();
    let terminal = std::io::stderr().is_terminal();
    move |stage: &str| {
        let seconds = started.elapsed().as_secs_f64();
        if seconds > 1.0 {
            let line = summary::progress(language, stage, seconds);
            if terminal {
                eprint!("\r{line}   ");
            } else {
                eprintln!("{line}");
            }
        }
    }
}
