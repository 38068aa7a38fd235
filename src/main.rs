//! The `gongkai` command line: parse the arguments, pick the language to speak before the
//! site is loaded, hand the command to its module under `cli/`, and print a failure
//! behind its `error:` tag. Exit codes: 0 fine, 1 content errors (or, for `publish
//! --status`, a destination that differs from the build), 2 tool failure.

mod cli;

use std::path::Path;
use std::process::ExitCode;

use gongkai::config::{Language, site_language};
use gongkai::memory::Phase;
use gongkai::messages::summary;

use cli::args::Command;

// A rebuild in the preview makes and frees some hundred thousand small values (paths,
// summaries, page jobs); mimalloc does that in half the time the system allocator takes
// (benches/edit_to_reload.rs: 102 ms -> 52 ms per save at 10,000 items).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long freed memory is kept for reuse while item pages are made.
const PAGES_PURGE_DELAY_MS: i64 = 10;

fn main() -> ExitCode {
    let cli = match cli::help::parse(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    // The preview keeps its heap for hours and rebuilds in it: there huge pages pay.
    if !matches!(cli.command, Command::Serve { .. } | Command::Watch { .. }) {
        no_huge_pages();
        // A one-shot build frees each page's values as the page is written, and a big
        // ledger's YAML tree before its pages are made; given back at once, that memory
        // is not counted beside what is new (mimalloc's purge delay 0; its default of
        // 1,000 ms took a 10 MB ledger from 157 to 180 MB, benches/memory.sh). While the
        // item pages are made, freed memory is kept 10 ms for the next page, and all of
        // it given back when they are done (`gongkai::memory`; a board of fewer than 100
        // items is left at 0, where a big item would only peak higher). At 10,000 notices
        // that halves the calls that give memory back (9,535 -> 4,176 madvise) and saves
        // 12,000 of 97,000 page faults, for the same peak.
        cli::allocator_purge_delay(0);
        gongkai::memory::on_phase(|phase| match phase {
            Phase::Churn => cli::allocator_purge_delay(PAGES_PURGE_DELAY_MS),
            Phase::Settle => {
                cli::allocator_purge_delay(0);
                cli::allocator_collect();
            }
        });
    }
    let language = language(&cli.command);
    match run(cli.command, language) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("{}", summary::tool_failure(&failure.text(language)));
            ExitCode::from(2)
        }
    }
}

/// Keeps the kernel from backing the heap with transparent huge pages. mimalloc asks for
/// them on its arenas, and each first touch of one then zeroes 2 MiB: at 10,000 notices
/// that took a fifth of the build's CPU time (system time 0.9 s -> 0.3 s without) and
/// some 70 MiB of peak memory, for no gain in user time.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE sets a flag of this process and touches no memory; on
    // a kernel without it the call fails and nothing changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// The site's language, for what is printed before the site is loaded (progress, a
/// refused `--today`, a tool failure); zh-Hans where there is no site yet.
fn language(command: &Command) -> Language {
    match command {
        Command::Init { .. } => Language::default(),
        Command::Build { common, .. }
        | Command::Check { common }
        | Command::Record { common }
        | Command::Serve { common, .. }
        | Command::Watch { common, .. }
        | Command::Publish { common, .. } => site_language(&common.root),
        // `import` runs where the site is: its default output is content/….
        Command::Import { .. } => site_language(Path::new(".")),
        Command::New { root, .. } => site_language(root),
        Command::Schema { dir } => site_language(dir),
    }
}

/// Hands `command` to its module.
fn run(command: Command, language: Language) -> cli::Outcome {
    match command {
        Command::Init { dir } => cli::init::run(&dir, language),
        Command::New {
            kind,
            path,
            root,
            today,
            force,
        } => cli::new::run(kind, path, root, today.as_deref(), force, language),
        Command::Schema { dir } => cli::schema::run(&dir, language),
        Command::Check { common } => cli::check::run(&common, language),
        Command::Record { common } => cli::record::run(&common, language),
        Command::Serve {
            common,
            port,
            bind,
            open,
            drafts,
            future,
        } => {
            let preview = cli::serve::Preview {
                bind,
                port,
                open,
                drafts,
                future,
            };
            cli::serve::serve(&common, &preview, language)
        }
        Command::Watch { common, output } => cli::serve::watch(&common, output, language),
        Command::Import(request) => cli::import::run(request, language),
        Command::Build {
            common,
            output,
            drafts,
            future,
        } => {
            let request = cli::build::Request {
                output,
                drafts,
                future,
            };
            cli::build::run(&common, request, language)
        }
        Command::Publish {
            common,
            dest,
            dry_run,
            status,
            progress,
        } => {
            let mode = match (status, dry_run) {
                (true, _) => cli::publish::PublishMode::Status,
                (_, true) => cli::publish::PublishMode::DryRun,
                _ => cli::publish::PublishMode::Write { progress },
            };
            cli::publish::run(&common, &dest, mode, language)
        }
    }
}
