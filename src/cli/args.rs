//! What can be typed on the command line: the commands and their options, as clap reads
//! them. Values are taken as typed; what needs the site's language to be refused (the
//! date of `--today`) is checked afterwards, in `cli::today`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// The whole command line.
#[derive(Parser)]
#[command(
    name = "gongkai",
    version,
    about = "公开: builds a trade-union transparency board (队务公开栏) from YAML and Markdown"
)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    /// Text for people, with the source line underlined.
    Human,
    /// One JSON object per diagnostic, for tools.
    Json,
}

/// The kinds `gongkai new` makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    /// 经费收支 (YAML).
    Finance,
    /// 福利发放 (YAML).
    Welfare,
    /// 出勤公示 (YAML).
    Attendance,
    /// 职代会决议、提案 (YAML).
    Congress,
    /// 工资奖金分配 (not made yet: refused, pointing at the sample).
    Pay,
    /// 奖惩 (not made yet: refused, pointing at the sample).
    Merits,
    /// 综合考核 (not made yet: refused, pointing at the sample).
    Assessment,
    /// 其他公开的表格 (not made yet: refused, pointing at the sample).
    Table,
    /// 通知公告 (Markdown).
    Notice,
}

/// The options every command that builds the site takes.
#[derive(clap::Args)]
pub struct Common {
    /// The site folder (holding site.yaml and content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Build date for disclosure status (公示中/公示期满), YYYY-MM-DD; default: today.
    #[arg(long)]
    pub today: Option<String>,
    /// How to print problems.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub message_format: MessageFormat,
    /// Print the time each stage of the build took (to stderr).
    #[arg(long)]
    pub timings: bool,
}

/// The commands.
#[derive(Subcommand)]
pub enum Command {
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
        #[arg(long)]
        today: Option<String>,
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
    /// Add the verification code (核验码) of each newly published item to published.yaml
    /// (run after publishing; entries already there are never changed).
    Record {
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
        /// Exits 1 when publishing would change something, 0 when DEST is identical
        /// (like `git diff --exit-code`).
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
    /// Read a spreadsheet (.xlsx, .xls, .ods, .csv) into a finance, welfare, attendance,
    /// pay, merits, assessment or table item, written as YAML (nothing is written while
    /// any cell is refused).
    Import(ImportArgs),
}

/// What `import` is asked.
#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The spreadsheet.
    pub file: PathBuf,
    /// What it holds.
    #[arg(long, value_enum)]
    pub kind: SheetKind,
    /// The sheet to read; default: the first.
    #[arg(long)]
    pub sheet: Option<String>,
    /// A mapping file saying which row is the header and which column holds what
    /// (finance, welfare and attendance sheets).
    #[arg(long)]
    pub map: Option<PathBuf>,
    /// The item to write; default: content/<file name>.yaml; `-` prints it.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Replace the item if it exists.
    #[arg(long)]
    pub force: bool,
    /// The `published:` date to write, YYYY-MM-DD; default: today.
    #[arg(long)]
    pub today: Option<String>,
    /// How to print problems.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub message_format: MessageFormat,
}

/// What a spreadsheet holds, for `import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SheetKind {
    /// 经费收支: dates, categories, income and expenses.
    Finance,
    /// 福利发放: names and amounts.
    Welfare,
    /// 出勤: names, days present, leave, absence, overtime.
    Attendance,
    /// 工资奖金分配: the header row is the column declaration (实发, 应发 … take their roles).
    Pay,
    /// 奖惩: 日期, 姓名, 班组, 奖惩, 事由, 金额, 依据.
    Merits,
    /// 综合考核: 姓名 and one column per component, full marks in the header (领导考核(20)).
    Assessment,
    /// 其他公开: the header row is the column declaration.
    Table,
}
