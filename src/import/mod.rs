//! Import: a clerk's spreadsheet -> the lines of a finance, welfare or attendance item.
//!
//! Two users: the `gongkai import` command, which writes the item's YAML once
//! (`run`), and the load stage, which reads the lines of an item that keeps them in a
//! spreadsheet beside it on every build (`read`, through `load::ledger`). Both see the
//! same lines and the same refusals, each at its cell (`ledger.xlsx!Sheet1!B12`).
//!
//! The steps, one file each: `workbook` opens the file and takes one sheet as a grid
//! of cells (`csv` for CSV in any encoding Excel saves); `header` finds the header row
//! and what each column holds, by the clerks' `words` (or as a `mapping` file says); `rows` tells
//! lines from blank, 合计, opening and footer rows; `cells` takes each value exactly;
//! `finance`, `welfare` and `attendance` make the lines, `totals` checks each 合计 row
//! against them; `write` writes the YAML. Nothing here checks the rules of the kind
//! (dates inside the period, sums to the balance): that is `check`, on the item.

pub mod attendance;
pub mod cells;
mod csv;
pub mod finance;
pub mod header;
pub mod mapping;
mod rows;
mod totals;
pub mod welfare;
mod words;
pub mod workbook;
mod write;

use std::path::{Path, PathBuf};

use crate::ToolError;
use crate::config::Language;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::{Date, Kind, SheetSource, SourceFile};
use crate::source::{self, EncodingProblem};

pub use attendance::AttendanceSheet;
pub use finance::FinanceSheet;
pub use header::Columns;
pub use mapping::Mapping;
pub use welfare::WelfareSheet;

/// The lines a sheet gave, by kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lines {
    /// 经费收支.
    Finance(FinanceSheet),
    /// 福利发放.
    Welfare(WelfareSheet),
    /// 出勤.
    Attendance(AttendanceSheet),
}

/// A sheet, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRead {
    /// The file and sheet, as locations name them.
    pub source: SheetSource,
    /// What each column holds.
    pub columns: Columns,
    /// The lines.
    pub lines: Lines,
}

impl SheetRead {
    /// How many lines were read.
    pub fn line_count(&self) -> usize {
        match &self.lines {
            Lines::Finance(f) => f.income.len() + f.expenses.len(),
            Lines::Welfare(w) => w.recipients.len(),
            Lines::Attendance(a) => a.records.len(),
        }
    }
}

/// The kinds a sheet can hold.
pub const KINDS: [Kind; 3] = [Kind::Finance, Kind::Welfare, Kind::Attendance];

/// Reads the lines of a `kind` sheet from the file `path` (as locations name it; its
/// extension says the format), the sheet named `sheet` or else the first. Every refusal
/// is in the diagnostics, at its cell; the lines are those that could be read.
pub fn read(
    path: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    kind: Kind,
    mapping: Option<&Mapping>,
) -> (Option<SheetRead>, Vec<Diagnostic>) {
    let opened = match workbook::open(path, bytes, sheet) {
        Ok(opened) => opened,
        Err(problem) => {
            let at = match (&problem, sheet) {
                (Problem::Spreadsheet(SpreadsheetProblem::SheetMissing { .. }), Some(s)) => {
                    format!("{path}!{s}")
                }
                _ => path.to_string(),
            };
            return (None, vec![problem.at(Location::file(at))]);
        }
    };
    let source = SheetSource {
        path: path.to_string(),
        sheet: opened.named.then(|| opened.name.clone()),
    };
    let columns = match header::find(&opened, kind, mapping, &source) {
        Ok(columns) => columns,
        Err(found) => return (None, found),
    };
    let mut found = Vec::new();
    let lines = match kind {
        Kind::Welfare => Lines::Welfare(welfare::read(&opened, &columns, &source, &mut found)),
        Kind::Attendance => {
            Lines::Attendance(attendance::read(&opened, &columns, &source, &mut found))
        }
        _ => Lines::Finance(finance::read(&opened, &columns, &source, &mut found)),
    };
    let read = SheetRead {
        source,
        columns,
        lines,
    };
    (Some(read), found)
}

/// Where `gongkai import` writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A file (refused when it exists, unless `force`).
    File(PathBuf),
    /// Standard output.
    Stdout,
}

/// What `gongkai import` was asked.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    /// The spreadsheet.
    pub file: PathBuf,
    /// What it holds.
    pub kind: Kind,
    /// Its sheet (the first when `None`).
    pub sheet: Option<String>,
    /// A mapping file, for a sheet the header words do not find.
    pub map: Option<PathBuf>,
    /// Where to write.
    pub out: Target,
    /// Replace an existing file.
    pub force: bool,
    /// The `published:` date written.
    pub today: Date,
    /// The language of the comments written into the item (the site's).
    pub language: Language,
}

/// What `gongkai import` did.
#[derive(Debug)]
pub struct Imported {
    /// Every refusal (nothing is written when there is an error).
    pub diagnostics: Diagnostics,
    /// The sheet as read, when it could be.
    pub read: Option<SheetRead>,
    /// The YAML, when there was no error.
    pub yaml: Option<String>,
}

/// A path as locations show it: `/`-separated.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `gongkai import`: reads the sheet, and when no cell is refused writes the item.
pub fn run(options: &ImportOptions) -> Result<Imported, ToolError> {
    let mut diagnostics = Diagnostics::new();
    let done = |diagnostics, read| Imported {
        diagnostics,
        read,
        yaml: None,
    };
    let mapping = match &options.map {
        Some(path) => {
            let mut found = Vec::new();
            let mapping = read_mapping(path, options.kind, &mut found)?;
            diagnostics.extend(found);
            match mapping {
                Some(m) => Some(m),
                None => return Ok(done(diagnostics, None)),
            }
        }
        None => None,
    };
    let bytes =
        std::fs::read(&options.file).map_err(|e| ToolError::io("read", &options.file, e))?;
    let path = shown(&options.file);
    let (read, found) = read(
        &path,
        &bytes,
        options.sheet.as_deref(),
        options.kind,
        mapping.as_ref(),
    );
    diagnostics.extend(found);
    let Some(read) = read.filter(|_| !diagnostics.has_errors()) else {
        return Ok(done(diagnostics, None));
    };
    let name = path.rsplit('/').next().unwrap_or(&path);
    let yaml = write::item(&read, name, options.today, options.language);
    if let Target::File(out) = &options.out {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        let mut file = std::fs::OpenOptions::new();
        file.write(true);
        if options.force {
            file.create(true).truncate(true);
        } else {
            file.create_new(true);
        }
        match file.open(out) {
            Ok(mut f) => {
                use std::io::Write;
                f.write_all(yaml.as_bytes())
                    .map_err(|e| ToolError::io("write", out, e))?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let problem =
                    Problem::from(SpreadsheetProblem::ImportWouldOverwrite { path: shown(out) });
                diagnostics.push(problem.at(Location::file(shown(out))));
                return Ok(done(diagnostics, Some(read)));
            }
            Err(e) => return Err(ToolError::io("write", out, e)),
        }
    }
    Ok(Imported {
        diagnostics,
        read: Some(read),
        yaml: Some(yaml),
    })
}

/// Reads the mapping file at `path`; `None` when it has errors (in `found`).
fn read_mapping(
    path: &Path,
    kind: Kind,
    found: &mut Vec<Diagnostic>,
) -> Result<Option<Mapping>, ToolError> {
    let bytes = std::fs::read(path).map_err(|e| ToolError::io("read", path, e))?;
    let rel = shown(path);
    let text = match source::decode(&bytes) {
        Ok(text) => text,
        Err(EncodingProblem::Utf16) => {
            found.push(Problem::FileUtf16.at(Location::file(rel)));
            return Ok(None);
        }
        Err(EncodingProblem::NotUtf8 { gbk, .. }) => {
            found.push(Problem::FileNotUtf8 { gbk }.at(Location::file(rel)));
            return Ok(None);
        }
    };
    let source = SourceFile {
        path: rel,
        text: text.into(),
    };
    Ok(mapping::read(source, kind, found))
}
