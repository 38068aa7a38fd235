//! An item whose lines are kept in a spreadsheet beside it: `lines: ledger-2026-q1.xlsx`
//! in a finance, welfare or attendance item (in place of its `income:`/`expenses:`,
//! `recipients:` or `records:` list), or in a pay, table, merits or assessment item (in
//! place of its `rows:`, `entries:` or `scores:`; `table`), with an optional `sheet:`
//! (the first sheet when not given). The spreadsheet is read on every build, as `gongkai import` reads it
//! (`import::read`), and every refused cell is reported at `file!sheet!cell`.
//!
//! The path is taken from the item's folder and must stay inside `content/` (where the
//! privacy guard reads it and the preview watches it). What the sheet says about the item
//! as a whole must agree with the item: the balance it starts from with
//! `opening_balance:`, its 应出勤 with `workdays:`. Which files an item read is kept
//! (`Beside::reads`), so the preview reads the item again when its spreadsheet changes.

use crate::diagnostic::Diagnostic;
use crate::import::{self, AttendanceSheet, FinanceSheet, Lines, TableSheet};
use crate::load::fields::{self, Ctx, Fields};
use crate::load::is_ignored;
use crate::messages::{LedgerFault, Problem, SpreadsheetProblem};
use crate::model::sheet::ColumnSpec;
use crate::model::{Decimal2, Fen, Kind, SheetSource, Spanned};
use crate::yaml::Node;

/// Reads a file by its path from the site root.
pub type ReadFile<'a> = dyn FnMut(&str) -> std::io::Result<Vec<u8>> + 'a;

/// The files an item may name beside it, and which it named.
pub struct Beside<'a> {
    /// The item's folder, from the site root (`content/2026`).
    folder: String,
    read: &'a mut ReadFile<'a>,
    /// Every file the item asked for (read or not), by path from the site root.
    pub reads: Vec<String>,
    /// The spreadsheet it keeps its lines in, once read.
    pub sheet: Option<SheetSource>,
}

impl<'a> Beside<'a> {
    /// For the item at `rel` (from the site root), reading with `read`.
    pub fn new(rel: &str, read: &'a mut ReadFile<'a>) -> Beside<'a> {
        Beside {
            folder: rel.rsplit_once('/').map_or("", |(f, _)| f).to_string(),
            read,
            reads: Vec::new(),
            sheet: None,
        }
    }
}

/// The lines of a `kind` item (the mapping `f`) kept in the spreadsheet its `lines:`
/// names: `None` when it names none (its `lists` then hold the lines), `Some(None)` when
/// the spreadsheet cannot give them (the problems reported). `lines:` beside one of the
/// `lists` is refused, since the item would say its lines twice.
pub fn lines(
    ctx: &mut Ctx,
    f: &Fields,
    kind: Kind,
    lists: &[&'static str],
    beside: &mut Beside,
) -> Option<Option<Lines>> {
    let node = f.get("lines")?;
    if let Some(list) = lists.iter().find(|k| f.get(k).is_some()) {
        let problem = Problem::from(SpreadsheetProblem::LedgerAndList {
            key: "lines".into(),
            list: (*list).into(),
        });
        ctx.report(problem, node.pos);
        return Some(None);
    }
    Some(read(ctx, f, node, kind, beside))
}

/// The table of a pay, merits, assessment or table item (the mapping `f`) kept in the
/// spreadsheet its `lines:` names, in place of its `list` (`rows`, `entries`, `scores`):
/// `None` when it names none, `Some(None)` when the spreadsheet cannot give it (the
/// problems reported). `declared` are the columns the item declares (an assessment's
/// components), which the sheet's header must name: one it does not is reported at
/// `lines:`.
pub fn table(
    ctx: &mut Ctx,
    f: &Fields,
    kind: Kind,
    list: &'static str,
    declared: Option<&[ColumnSpec]>,
    beside: &mut Beside,
) -> Option<Option<TableSheet>> {
    let node = f.get("lines")?;
    if f.get(list).is_some() {
        let problem = Problem::from(SpreadsheetProblem::LedgerAndList {
            key: "lines".into(),
            list: list.into(),
        });
        ctx.report(problem, node.pos);
        return Some(None);
    }
    let (path, sheet, bytes) = fetch(ctx, f, node, beside)?;
    let asked = sheet.as_ref().map(|s| s.value.as_str());
    let done = import::read_declared(&path, &bytes, asked, kind, declared);
    let mut refused = done.found.iter().any(Diagnostic::is_error);
    ctx.diagnostics.extend(done.found);
    let Some(read) = done.read else {
        return Some(None);
    };
    for column in done.missing {
        let sheet = match &read.source.sheet {
            Some(name) => format!("{}!{name}", read.source.path),
            None => read.source.path.clone(),
        };
        let problem = Problem::from(SpreadsheetProblem::SheetColumnMissing { column, sheet });
        ctx.report(problem, node.pos);
        refused = true;
    }
    if refused {
        return Some(None);
    }
    if kind == Kind::Merits {
        ctx.diagnostics.extend(read.unread_columns());
    }
    beside.sheet = Some(read.source.clone());
    match read.lines {
        Lines::Table(t) => Some(Some(t)),
        _ => Some(None),
    }
}

/// The spreadsheet `lines:` names: its path from the site root, the `sheet:` asked for,
/// and its bytes.
type Fetched = (String, Option<Spanned<String>>, Vec<u8>);

/// Reads the spreadsheet named by `node` (the value of `lines:` in `f`) beside the item;
/// `None`, with the problem reported, when it cannot be read.
fn fetch(ctx: &mut Ctx, f: &Fields, node: &Node, beside: &mut Beside) -> Option<Fetched> {
    let sheet = f.get("sheet").and_then(|n| fields::text(ctx, n, "sheet"));
    let file = fields::text(ctx, node, "lines")?;
    let fault = |fault| {
        Problem::from(SpreadsheetProblem::LedgerFile {
            file: file.value.clone(),
            fault,
        })
    };
    let path = match resolve(&beside.folder, &file.value) {
        Ok(path) => path,
        Err(f) => {
            ctx.report(fault(f), file.pos);
            return None;
        }
    };
    if import::workbook::format_of(&path).is_none() {
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        ctx.report(
            Problem::from(SpreadsheetProblem::SheetFormat { file: name }),
            file.pos,
        );
        return None;
    }
    beside.reads.push(path.clone());
    let bytes = match (beside.read)(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            ctx.report(fault(LedgerFault::Missing), file.pos);
            return None;
        }
        Err(e) => {
            ctx.report(fault(LedgerFault::Unreadable(e.to_string())), file.pos);
            return None;
        }
    };
    Some((path, sheet, bytes))
}

/// The lines a `kind` item keeps in the spreadsheet named by `node` (the value of
/// `lines:` in `f`); `None`, with the problems reported, when they cannot be read.
fn read(ctx: &mut Ctx, f: &Fields, node: &Node, kind: Kind, beside: &mut Beside) -> Option<Lines> {
    let (path, sheet, bytes) = fetch(ctx, f, node, beside)?;
    let asked = sheet.as_ref().map(|s| s.value.as_str());
    let (read, found) = import::read(&path, &bytes, asked, kind, None);
    let refused = found.iter().any(Diagnostic::is_error);
    ctx.diagnostics.extend(found);
    let read = read.filter(|_| !refused)?;
    beside.sheet = Some(read.source.clone());
    Some(read.lines)
}

/// Reports, at its cell, a balance the finance sheet starts from (its opening row, or
/// what its first balance implies) that is not the item's `opening_balance:`.
pub fn agree_opening(
    ctx: &mut Ctx,
    sheet: &FinanceSheet,
    source: &SheetSource,
    item: &Spanned<Fen>,
) {
    if let Some(start) = &sheet.opening
        && start.value != item.value
    {
        let problem = Problem::from(SpreadsheetProblem::SheetOpeningMismatch {
            sheet: start.value.display(),
            item: item.value.display(),
        });
        ctx.diagnostics.push(problem.at(source.at(start.pos)));
    }
}

/// Reports, at its cell, a pay sheet's 奖金总额 line that is not the item's `pool:`.
pub fn agree_pool(ctx: &mut Ctx, sheet: &Spanned<Fen>, source: &SheetSource, item: &Spanned<Fen>) {
    if sheet.value != item.value {
        let problem = Problem::from(SpreadsheetProblem::SheetPoolMismatch {
            sheet: sheet.value.display(),
            item: item.value.display(),
        });
        ctx.diagnostics.push(problem.at(source.at(sheet.pos)));
    }
}

/// Reports, at its cell, an attendance sheet's 应出勤 that is not the item's `workdays:`.
pub fn agree_workdays(
    ctx: &mut Ctx,
    sheet: &AttendanceSheet,
    source: &SheetSource,
    item: &Spanned<Decimal2>,
) {
    if let Some(days) = &sheet.workdays
        && days.value != item.value
    {
        let problem = Problem::from(SpreadsheetProblem::SheetWorkdaysMismatch {
            sheet: days.value,
            item: item.value,
        });
        ctx.diagnostics.push(problem.at(source.at(days.pos)));
    }
}

/// The path from the site root of `file` (written in the item, `/` or `\` between
/// folders) beside the item in `folder`; it must stay in `content/` and not be a hidden
/// file or an editor's leftover.
fn resolve(folder: &str, file: &str) -> Result<String, LedgerFault> {
    let file = file.trim();
    let absolute = file.starts_with(['/', '\\']) || file.chars().nth(1) == Some(':');
    if absolute {
        return Err(LedgerFault::Outside);
    }
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in file.split(['/', '\\']) {
        match part {
            "" | "." => {}
            // Climbing out of `content/` at any point, even to come back, is refused.
            ".." if parts.len() <= 1 => return Err(LedgerFault::Outside),
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    if parts.first() != Some(&"content") || parts.len() < 2 {
        return Err(LedgerFault::Outside);
    }
    let hidden = parts.iter().skip(1).any(|p| p.starts_with('.'));
    if hidden || parts.last().is_some_and(|name| is_ignored(name)) {
        return Err(LedgerFault::Ignored);
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_in_content() {
        let r = |folder: &str, file: &str| resolve(folder, file);
        assert_eq!(
            r("content/2026", "ledger.xlsx").as_deref(),
            Ok("content/2026/ledger.xlsx")
        );
        assert_eq!(
            r("content/2026", "data\\名单.xlsx").as_deref(),
            Ok("content/2026/data/名单.xlsx")
        );
        assert_eq!(
            r("content/2026", "../2025/a.csv").as_deref(),
            Ok("content/2025/a.csv")
        );
        assert_eq!(
            r("content/2026", "./a.xlsx").as_deref(),
            Ok("content/2026/a.xlsx")
        );
        assert_eq!(r("content", "../site.yaml"), Err(LedgerFault::Outside));
        assert_eq!(r("content/2026", "../../x.xlsx"), Err(LedgerFault::Outside));
        assert_eq!(
            r("content/2026", "../../content/x.xlsx"),
            Err(LedgerFault::Outside)
        );
        assert_eq!(r("content", "/etc/x.csv"), Err(LedgerFault::Outside));
        assert_eq!(r("content", "C:\\x.xlsx"), Err(LedgerFault::Outside));
        assert_eq!(r("content", "~$ledger.xlsx"), Err(LedgerFault::Ignored));
        assert_eq!(r("content", ".hidden/a.xlsx"), Err(LedgerFault::Ignored));
    }
}
