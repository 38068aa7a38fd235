//! Import: a clerk's spreadsheet -> the lines of a finance, welfare or attendance item,
//! or the table of a pay, merits, assessment or table item.
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
//! against them; `table` reads a sheet whose header declares its columns (pay, table),
//! `merits` and `scores` (assessment) the kinds with columns of their own; `write` writes
//! the YAML. Nothing here checks the rules of the kind
//! (dates inside the period, sums to the balance): that is `check`, on the item.

pub mod attendance;
pub mod cells;
mod csv;
pub mod finance;
pub mod header;
pub mod mapping;
pub mod merits;
mod rows;
pub mod scores;
pub mod table;
#[cfg(test)]
mod test_sheets;
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
use crate::model::sheet::ColumnSpec;
use crate::model::{Date, Kind, SheetSource, SourceFile};
use crate::source::{self, EncodingProblem};

pub use attendance::AttendanceSheet;
pub use finance::FinanceSheet;
pub use header::Columns;
pub use mapping::Mapping;
pub use table::TableSheet;
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
    /// A declared table: the rows of a pay, merits, assessment or table item.
    Table(TableSheet),
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
    /// A warning at each header cell of a merits register that none of the register's
    /// words name (序号 aside): the clerk's own notes stay in the sheet, unread and
    /// unpublished, but a misnamed column (`处理依据` for 依据) is seen, as on an
    /// assessment sheet.
    pub fn unread_columns(&self) -> Vec<Diagnostic> {
        let c = &self.columns;
        let mut read: Vec<usize> = c.fields.values().copied().collect();
        read.sort_unstable();
        let known: Vec<String> = read.iter().map(|i| c.header(*i)).collect();
        c.headers
            .iter()
            .filter(|(i, header)| {
                !read.contains(i)
                    && !words::SCORE_SKIPPED_WORDS.contains(&header::normalise(header).as_str())
            })
            .map(|(i, header)| {
                Problem::from(SpreadsheetProblem::SheetColumnNotRead {
                    header: header.clone(),
                    known: known.clone(),
                })
                .at(self
                    .source
                    .at(crate::model::Pos::in_cell(c.first_row, i + 1)))
            })
            .collect()
    }

    /// How many lines were read.
    pub fn line_count(&self) -> usize {
        match &self.lines {
            Lines::Finance(f) => f.income.len() + f.expenses.len(),
            Lines::Welfare(w) => w.recipients.len(),
            Lines::Attendance(a) => a.records.len(),
            Lines::Table(t) => t.table.rows.len(),
        }
    }
}

/// The kinds a sheet can hold.
pub const KINDS: [Kind; 7] = [
    Kind::Finance,
    Kind::Welfare,
    Kind::Attendance,
    Kind::Pay,
    Kind::Merits,
    Kind::Assessment,
    Kind::Table,
];

/// Opens the sheet `sheet` (else the first) of the file `path`; a refusal is located at
/// the file, or at the sheet asked for when there is none of that name.
fn open(
    path: &str,
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<(workbook::Sheet, SheetSource), Diagnostic> {
    match workbook::open(path, bytes, sheet) {
        Ok(opened) => {
            let source = SheetSource {
                path: path.to_string(),
                sheet: opened.named.then(|| opened.name.clone()),
            };
            Ok((opened, source))
        }
        Err(problem) => {
            let at = match (&problem, sheet) {
                (Problem::Spreadsheet(SpreadsheetProblem::SheetMissing { .. }), Some(s)) => {
                    format!("{path}!{s}")
                }
                _ => path.to_string(),
            };
            Err(problem.at(Location::file(at)))
        }
    }
}

/// A declared table, read: the sheet, its rows, and the declared columns the header
/// does not name (to be reported where the item declares them).
#[derive(Debug, Default)]
pub struct DeclaredRead {
    /// The sheet as read, when it could be.
    pub read: Option<SheetRead>,
    /// Every refusal, at its cell.
    pub found: Vec<Diagnostic>,
    /// Declared columns the sheet's header does not name.
    pub missing: Vec<String>,
}

/// Reads the table of a pay, merits, assessment or table sheet from the file `path` (its
/// sheet `sheet`, else the first). `declared` are the columns the item declares (an
/// assessment's: its components), which the header is matched to; without them the
/// header declares the columns (`table::declare`).
pub fn read_declared(
    path: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    kind: Kind,
    declared: Option<&[ColumnSpec]>,
) -> DeclaredRead {
    let mut done = DeclaredRead::default();
    let (opened, source) = match open(path, bytes, sheet) {
        Ok(o) => o,
        Err(d) => {
            done.found.push(d);
            return done;
        }
    };
    let found = &mut done.found;
    let (columns, lines) = match kind {
        Kind::Merits => {
            let columns = match header::find(&opened, kind, None, &source) {
                Ok(c) => c,
                Err(problems) => {
                    found.extend(problems);
                    return done;
                }
            };
            let lines = merits::read(&opened, &columns, &source, found);
            (columns, lines)
        }
        Kind::Assessment => {
            match scores::read(&opened, &source, declared, found, &mut done.missing) {
                Some(read) => read,
                None => return done,
            }
        }
        _ => {
            let header = match declared {
                Some(d) => {
                    let names: Vec<&str> = d.iter().map(|c| c.name.value.as_str()).collect();
                    table::declared_row(&opened, &names)
                }
                None => table::header_row(&opened),
            };
            let Some(header) = header else {
                let needs = match kind {
                    Kind::Pay => vec!["姓名".into(), "应发/实发".into()],
                    _ => declared
                        .unwrap_or(&[])
                        .iter()
                        .map(|c| c.name.value.clone())
                        .collect(),
                };
                let problem = Problem::from(SpreadsheetProblem::HeaderMissing {
                    kind: kind.key(),
                    needs,
                });
                found.push(problem.at(source.whole()));
                return done;
            };
            let mut placed = match declared {
                Some(d) => {
                    table::match_declared(&opened, header, d, &source, found, &mut done.missing)
                }
                None => table::declare(&opened, header, kind == Kind::Pay, &source, found),
            };
            let (rows, closing) = table::rows(&opened, header + 1, &placed, &source, found);
            if declared.is_none() && kind == Kind::Table {
                // A closing 合计 the sheet gives is a totals row the page gives too.
                for p in &mut placed {
                    p.spec.total = closing.contains(&p.column);
                }
            }
            let pool = match kind {
                Kind::Pay => table::pool(&opened, header, &source, found),
                _ => None,
            };
            let columns = table::columns(&opened, header, &placed);
            let table = crate::model::sheet::Sheet {
                columns_pos: Default::default(),
                columns: placed.into_iter().map(|p| p.spec).collect(),
                rows,
                rules: Vec::new(),
            };
            (columns, TableSheet { kind, table, pool })
        }
    };
    done.read = Some(SheetRead {
        source,
        columns,
        lines: Lines::Table(lines),
    });
    done
}

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
    if matches!(
        kind,
        Kind::Pay | Kind::Merits | Kind::Assessment | Kind::Table
    ) {
        let done = read_declared(path, bytes, sheet, kind, None);
        return (done.read, done.found);
    }
    let (opened, source) = match open(path, bytes, sheet) {
        Ok(o) => o,
        Err(d) => return (None, vec![d]),
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
