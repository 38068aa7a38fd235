//! The `gongkai` command line: parse arguments, call the library, print diagnostics,
//! set the exit code (0 fine, 1 content errors, 2 tool failure).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use gongkai::ToolError;
use gongkai::build::{self, BuildResult, Mode};
use gongkai::check::Options;
use gongkai::config::{Language, site_language};
use gongkai::diagnostic::Diagnostics;
use gongkai::import::Target;
use gongkai::messages::summary;
use gongkai::model::Kind;
use jiff::civil::Date;

// A rebuild in the preview makes and frees some hundred thousand small values (paths,
// summaries, page jobs); mimalloc does that in half the time the system allocator takes
// (benches/edit_to_reload.rs: 102 ms -> 52 ms per save at 10,000 items).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Lets the allocator keep memory it was given back for `ms` milliseconds before it
/// returns it to the system (mimalloc's default is 10 ms). The preview frees what a
/// rebuild made and makes as much again at the next save, seconds later: kept memory is
/// reused instead of fresh pages being faulted in and zeroed, some 15-20 ms of a save
/// at 10,000 items (benches/edit_to_reload.rs, save -> reload through `gongkai serve`).
fn keep_freed_memory(ms: i64) {
    // `mi_option_purge_delay` of mimalloc.h (v2, the version libmimalloc-sys builds by
    // default); libmimalloc-sys names the options around it but not this one.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of mimalloc's options, which it allows at any time from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, ms as std::ffi::c_long) }
}

#[derive(Parser)]
#[command(
    name = "gongkai",
    version,
    about = "公开: builds a trade-union transparency board (队务公开栏) from YAML and Markdown"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum MessageFormat {
    /// Text for people, with the source line underlined.
    Human,
    /// One JSON object per diagnostic, for tools.
    Json,
}

/// The kinds `gongkai new` makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum NewKind {
    /// 经费收支 (YAML).
    Finance,
    /// 福利发放 (YAML).
    Welfare,
    /// 出勤公示 (YAML).
    Attendance,
    /// 职代会决议、提案 (YAML).
    Congress,
    /// 通知公告 (Markdown).
    Notice,
}

#[derive(clap::Args)]
struct Common {
    /// The site folder (holding site.yaml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Build date for disclosure status (公示中/公示期满), YYYY-MM-DD; default: today.
    #[arg(long, value_parser = parse_today)]
    today: Option<Date>,
    /// How to print problems.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    message_format: MessageFormat,
    /// Print the time each stage of the build took (to stderr).
    #[arg(long)]
    timings: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new site: writes site.yaml, a sample of every kind in content/, the
    /// editor's schemas and a double-click preview launcher.
    Init {
        /// Folder to create the site in.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Start a new item: a skeleton with today's date, the next period, the opening
    /// balance carried over and the month's workdays filled in (never replaces a file).
    New {
        /// The kind of item.
        #[arg(value_enum)]
        kind: NewKind,
        /// The file to write: content/2026/finance-q2.yaml (or 2026/finance-q2.yaml).
        path: PathBuf,
        /// The site folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The publishing date to write, YYYY-MM-DD; default: today.
        #[arg(long, value_parser = parse_today)]
        today: Option<Date>,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write JSON Schemas of site.yaml and every kind into schemas/, for editors (VS Code
    /// with the YAML extension completes keys and underlines mistakes).
    Schema {
        /// The site folder.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Build the site into the output folder (replaced whole, only when there is no error).
    Build {
        #[command(flatten)]
        common: Common,
        /// Output folder; default: public/ in the site folder.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Include drafts (draft: true).
        #[arg(long)]
        drafts: bool,
        /// Include items whose published date is after the build date.
        #[arg(long)]
        future: bool,
    },
    /// Load and check the site without writing anything.
    Check {
        #[command(flatten)]
        common: Common,
    },
    /// Preview the site in a browser; rebuilds and reloads on every save.
    Serve {
        #[command(flatten)]
        common: Common,
        /// Port to listen on.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 lets other computers see the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
        /// Include drafts.
        #[arg(long)]
        drafts: bool,
        /// Include items published after the build date.
        #[arg(long)]
        future: bool,
    },
    /// Build, then bring a folder on the intranet server to exactly this build, copying
    /// only the files that changed (a run cut short is completed by the next).
    Publish {
        #[command(flatten)]
        common: Common,
        /// The folder the web server serves: a local folder, a mounted share, or a
        /// Windows UNC path (\\server\share\board).
        dest: PathBuf,
        /// List what would be added, changed and removed; write nothing.
        #[arg(long, conflicts_with = "status")]
        dry_run: bool,
        /// Say whether DEST holds this build, and list the differences; write nothing.
        #[arg(long)]
        status: bool,
        /// Show how far the copy is from the first file on (without it, only a copy
        /// taking more than a second shows its progress).
        #[arg(long, conflicts_with_all = ["status", "dry_run"])]
        progress: bool,
    },
    /// Rebuild on every save and publish each good build to the output folder.
    Watch {
        #[command(flatten)]
        common: Common,
        /// Output folder; default: public/ in the site folder.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Read a spreadsheet (.xlsx, .xls, .ods, .csv) into a finance, welfare or attendance
    /// item, written as YAML (nothing is written while any cell is refused).
    Import {
        /// The spreadsheet.
        file: PathBuf,
        /// What it holds.
        #[arg(long, value_enum)]
        kind: SheetKind,
        /// The sheet to read; default: the first.
        #[arg(long)]
        sheet: Option<String>,
        /// A mapping file saying which row is the header and which column holds what.
        #[arg(long)]
        map: Option<PathBuf>,
        /// The item to write; default: content/<file name>.yaml; `-` prints it.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace the item if it exists.
        #[arg(long)]
        force: bool,
        /// The `published:` date to write, YYYY-MM-DD; default: today.
        #[arg(long, value_parser = parse_today)]
        today: Option<Date>,
        /// How to print problems.
        #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
        message_format: MessageFormat,
    },
}

/// What a spreadsheet holds, for `import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SheetKind {
    /// 经费收支: dates, categories, income and expenses.
    Finance,
    /// 福利发放: names and amounts.
    Welfare,
    /// 出勤: names, days present, leave, absence, overtime.
    Attendance,
}

fn parse_today(s: &str) -> Result<Date, String> {
    gongkai::load::fields::parse_date(s)
        .ok_or_else(|| format!("`{s}` is not a date like 2026-04-05"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The site's language, for what is printed before the site is loaded (progress, a
    // tool failure); zh-Hans where there is no site yet.
    let language = match &cli.command {
        Command::Init { .. } => Language::default(),
        Command::Build { common, .. }
        | Command::Check { common }
        | Command::Serve { common, .. }
        | Command::Watch { common, .. }
        | Command::Publish { common, .. } => site_language(&common.root),
        // `import` runs where the site is: its default output is content/….
        Command::Import { .. } => site_language(Path::new(".")),
        Command::New { root, .. } => site_language(root),
        Command::Schema { dir } => site_language(dir),
    };
    match run(cli, language) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", summary::tool_failure(&e.text(language)));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli, language: Language) -> Result<ExitCode, ToolError> {
    match cli.command {
        Command::Init { dir } => {
            let written = gongkai::init::init(&dir)?;
            println!("{}", summary::initialised(language, &dir, written.len()));
            Ok(ExitCode::SUCCESS)
        }
        Command::New {
            kind,
            path,
            root,
            today,
            force,
        } => {
            let kind = match kind {
                NewKind::Finance => Kind::Finance,
                NewKind::Welfare => Kind::Welfare,
                NewKind::Attendance => Kind::Attendance,
                NewKind::Congress => Kind::Congress,
                NewKind::Notice => Kind::Notice,
            };
            let request = gongkai::new::Request {
                root,
                kind,
                path,
                today: today.unwrap_or_else(|| jiff::Zoned::now().date()),
                force,
            };
            let made = gongkai::new::new_item(&request)?;
            println!("wrote {}", made.file.display());
            for note in &made.notes {
                println!("  {note}");
            }
            println!("next: fill it in, then run `gongkai check`");
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { dir } => {
            let written = gongkai::schema::write_for_site(&dir)?;
            println!(
                "wrote {} schemas to {}",
                written.len(),
                dir.join(gongkai::schema::FOLDER).display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { common } => {
            let options = options(&common, false, false);
            let progress = progress_printer(language);
            let result = build::run(&common.root, &options, Mode::Check, &progress)?;
            let language = result.language;
            let code = report(&result.diagnostics, common.message_format, language);
            print_timings(&common, &result.stages);
            let summary = summary::checked(
                language,
                result.item_count,
                result.elapsed.as_secs_f64(),
                &counts(&result.diagnostics, language),
            );
            print_summary(&summary, common.message_format);
            Ok(code)
        }
        Command::Serve {
            common,
            port,
            bind,
            open,
            drafts,
            future,
        } => {
            let options = options(&common, drafts, future);
            keep_freed_memory(60_000);
            let serve = gongkai::serve::ServeOptions { bind, port, open };
            gongkai::serve::serve(&common.root, &options, &serve)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Watch { common, output } => {
            let options = options(&common, false, false);
            let out = output.unwrap_or_else(|| common.root.join("public"));
            gongkai::publish::check_output_dir(&out, &common.root)?;
            keep_freed_memory(60_000);
            gongkai::serve::watch(&common.root, &out, &options)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            file,
            kind,
            sheet,
            map,
            out,
            force,
            today,
            message_format,
        } => {
            let kind = match kind {
                SheetKind::Finance => gongkai::model::Kind::Finance,
                SheetKind::Welfare => gongkai::model::Kind::Welfare,
                SheetKind::Attendance => gongkai::model::Kind::Attendance,
            };
            let out = match out {
                Some(path) if path.as_os_str() == "-" => Target::Stdout,
                Some(path) => Target::File(path),
                None => {
                    let stem = file.file_stem().unwrap_or(file.as_os_str());
                    let mut name = stem.to_os_string();
                    name.push(".yaml");
                    Target::File(Path::new("content").join(name))
                }
            };
            let options = gongkai::import::ImportOptions {
                file,
                kind,
                sheet,
                map,
                out: out.clone(),
                force,
                today: today.unwrap_or_else(|| jiff::Zoned::now().date()),
                language,
            };
            let imported = gongkai::import::run(&options)?;
            let code = report(&imported.diagnostics, message_format, language);
            let summary = match (&imported.yaml, &imported.read, &out) {
                (Some(yaml), _, Target::Stdout) => {
                    print!("{yaml}");
                    None
                }
                (Some(_), Some(read), Target::File(path)) => Some(summary::imported(
                    language,
                    read.line_count(),
                    &read.source.whole().display().to_string(),
                    path,
                    &read.columns.ignored,
                )),
                _ => Some(summary::nothing_written(
                    language,
                    &counts(&imported.diagnostics, language),
                )),
            };
            if let Some(summary) = summary {
                match (message_format, &out) {
                    (MessageFormat::Human, Target::File(_)) => println!("{summary}"),
                    _ => eprintln!("{summary}"),
                }
            }
            Ok(code)
        }
        Command::Build {
            common,
            output,
            drafts,
            future,
        } => {
            let options = options(&common, drafts, future);
            let out = output.unwrap_or_else(|| common.root.join("public"));
            gongkai::publish::check_output_dir(&out, &common.root)?;
            let progress = progress_printer(language);
            // Each file is written beside the output as soon as it is made.
            let stage = gongkai::publish::Stage::beside(&out)?;
            let result = build::run_staged(&common.root, &options, &stage, &progress)?;
            let code = report(&result.diagnostics, common.message_format, result.language);
            let started = Instant::now();
            publish_and_summarise(&result, stage, &out, &common, &options)?;
            let mut stages = result.stages.clone();
            stages.push(("publish", started.elapsed()));
            print_timings(&common, &stages);
            Ok(code)
        }
        Command::Publish {
            common,
            dest,
            dry_run,
            status,
            progress,
        } => {
            let mode = match (status, dry_run) {
                (true, _) => PublishMode::Status,
                (_, true) => PublishMode::DryRun,
                _ => PublishMode::Write { progress },
            };
            publish_to(&common, &dest, mode)
        }
    }
}

/// What `gongkai publish DEST` does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PublishMode {
    /// Publish; `progress`: show the copy's progress from the first file on.
    Write { progress: bool },
    /// `--dry-run`.
    DryRun,
    /// `--status`.
    Status,
}

/// `gongkai publish DEST` (with `--dry-run` or `--status`).
fn publish_to(common: &Common, dest: &Path, mode: PublishMode) -> Result<ExitCode, ToolError> {
    use gongkai::messages::publishing;
    use gongkai::publish::dest;
    let options = options(common, false, false);
    if mode != PublishMode::Status {
        // Refused before the build, so a wrong folder costs no waiting.
        gongkai::publish::check_output_dir(dest, &common.root)?;
    }
    let progress = progress_printer(site_language(&common.root));
    // Staged in the system's temporary folder: DEST may be a share, written once.
    let stage = gongkai::publish::Stage::beside(&std::env::temp_dir().join("gongkai-publish"))?;
    let result = build::run_staged(&common.root, &options, &stage, &progress)?;
    let language = result.language;
    let code = report(&result.diagnostics, common.message_format, language);
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
            publishing::status(&found, release.version(), dest)
        }
        PublishMode::DryRun => {
            publishing::dry_run(&dest::plan(&release, dest, &common.root)?, dest)
        }
        PublishMode::Write { progress } => {
            print_summary(&built_line(&result), common.message_format);
            let started = Instant::now();
            let plan = dest::publish(&release, dest, &common.root, &copy_progress(progress))?;
            let mut stages = result.stages.clone();
            stages.push(("publish", started.elapsed()));
            print_timings(common, &stages);
            publishing::summary(&plan, dest, started.elapsed().as_secs_f64())
        }
    };
    print_summary(&text, common.message_format);
    Ok(code)
}

/// The build's files in `stage` with `version.json`, ready to publish; `None` when the
/// build had errors (then the stage goes).
fn release(
    result: &BuildResult,
    stage: gongkai::publish::Stage,
    options: &Options,
) -> Result<Option<gongkai::publish::Release>, ToolError> {
    if result.diagnostics.has_errors() {
        return Ok(None);
    }
    let info = gongkai::publish::BuildInfo {
        built_on: options.today,
        items: result.item_count,
        pages: result.page_count,
    };
    stage.release(&info).map(Some)
}

/// The closing line of a build that published, in the site's language (`由 12 个事项生成了
/// 40 个网页，用时 0.05 秒`).
fn built_line(result: &BuildResult) -> String {
    summary::built(
        result.language,
        result.page_count,
        result.item_count,
        result.elapsed.as_secs_f64(),
        result.diagnostics.warning_count(),
    )
}

/// Shows how far a copy is once it has taken more than a second (`always`: from the
/// start): on a terminal one line redrawn a few times a second, elsewhere a line every
/// few seconds, and the last file's line.
fn copy_progress(always: bool) -> impl Fn(usize, usize) + Sync {
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
        let line = gongkai::messages::publishing::progress(done, total, seconds);
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

fn options(common: &Common, drafts: bool, future: bool) -> Options {
    Options {
        today: common.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        drafts,
        future,
    }
}

fn publish_and_summarise(
    result: &BuildResult,
    stage: gongkai::publish::Stage,
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

fn counts(d: &Diagnostics, language: Language) -> String {
    summary::counts(language, d.error_count(), d.warning_count())
}

/// Prints every diagnostic, root causes first (see `Diagnostics::sorted`), in the site's
/// language, and returns the exit code they call for.
fn report(diagnostics: &Diagnostics, format: MessageFormat, language: Language) -> ExitCode {
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
fn print_summary(summary: &str, format: MessageFormat) {
    match format {
        MessageFormat::Human => println!("{summary}"),
        MessageFormat::Json => eprintln!("{summary}"),
    }
}

/// `--timings`: each stage's time, one line, for people tuning a large board.
fn print_timings(common: &Common, stages: &[(&str, std::time::Duration)]) {
    if common.timings {
        let parts: Vec<String> = stages
            .iter()
            .map(|(stage, time)| format!("{stage} {:.3} s", time.as_secs_f64()))
            .collect();
        eprintln!("timings: {}", parts.join(", "));
    }
}

/// Shows which stage a build is in once it has taken more than a second.
fn progress_printer(language: Language) -> impl Fn(&str) {
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
