//! A mapping file: for a sheet whose header the words of `header` do not find, it says
//! which row is the header and which column holds what (`gongkai import --map FILE`).
//!
//! ```yaml
//! header_row: 3          # optional: the header's row number, as the spreadsheet shows it
//! columns:               # key: a column letter (C) or the header's text (发生额)
//!   date: A
//!   amount: 发生额
//!   direction: 收/支      # finance: the column saying 收入 or 支出 for `amount`
//!   category: 项目
//!   leave: {事假: F, 病假: G}   # attendance: each leave kind's column
//! ```
//!
//! The keys are the fields of the kind (`header::Field::key`): finance `date`,
//! `category`, `category_code`, `income`, `expenses`, `amount`, `direction`, `balance`,
//! `voucher`, `payee`, `note`; welfare `name`, `team`, `reason`, `amount`, `goods`,
//! `note`; attendance `name`, `present`, `workdays`, `absent`, `overtime_hours`, `note`,
//! `leave`. Columns it does not name are still found by their header words. Unknown keys
//! and columns the sheet does not have are errors at their line of the mapping file.

use super::header::{self, Columns, Field};
use super::workbook::{Cell, Sheet};
use crate::diagnostic::{Diagnostic, Pos};
use crate::load::fields::{self, Ctx, Fields};
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::{Kind, SourceFile, Spanned};
use crate::yaml;

/// Where a column is: its letters, or its header's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnSpec {
    /// `C`: column 2 (0-based).
    Letter(usize),
    /// The text of its header cell.
    Header(String),
}

impl ColumnSpec {
    /// `C` (one to three capital letters) is a column letter; anything else a header.
    fn parse(text: &str) -> ColumnSpec {
        let t = text.trim();
        if (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase()) {
            let n = t.bytes().fold(0, |n, b| n * 26 + usize::from(b - b'A' + 1));
            ColumnSpec::Letter(n - 1)
        } else {
            ColumnSpec::Header(t.to_string())
        }
    }
}

/// What a mapping entry names.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Field(Field),
    Leave(String),
}

/// One `key: column` of the mapping.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    target: Target,
    key: String,
    column: ColumnSpec,
    pos: Pos,
}

/// A mapping file, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping {
    /// The file, for locating its problems.
    source: SourceFile,
    /// `header_row:`, 1-based as written.
    pub header_row: Option<Spanned<usize>>,
    entries: Vec<Entry>,
}

/// The fields a mapping for `kind` may name, in the order a clerk reads them.
fn fields_of(kind: Kind) -> Vec<Field> {
    use Field::*;
    match kind {
        Kind::Finance => vec![
            Date,
            Category,
            CategoryCode,
            Income,
            Expense,
            Amount,
            Direction,
            Balance,
            Voucher,
            Payee,
            Note,
        ],
        Kind::Welfare => vec![Name, Team, Reason, Amount, Goods, Note],
        Kind::Attendance => vec![Name, Present, Workdays, Absent, Overtime, Note],
        // The kinds built on a declared table are typed straight from their sheet.
        Kind::Notice
        | Kind::Congress
        | Kind::Pay
        | Kind::Merits
        | Kind::Assessment
        | Kind::Table => Vec::new(),
    }
}

/// Reads the mapping file `source` for a sheet of `kind`; `None` when it has errors
/// (reported in `diagnostics`).
pub fn read(source: SourceFile, kind: Kind, diagnostics: &mut Vec<Diagnostic>) -> Option<Mapping> {
    let before = diagnostics.len();
    let mut ctx = Ctx {
        file: &source,
        diagnostics,
    };
    let root = match yaml::parse(&source.text) {
        Ok(node) => node,
        Err(e) => {
            ctx.report(*e.problem, e.pos);
            return None;
        }
    };
    let f = Fields::of(&mut ctx, &root, "mapping file")?;
    let header_row = f
        .get("header_row")
        .and_then(|n| fields::integer_in(&mut ctx, n, "header_row", Some((1, 1_048_576))))
        .map(|n| Spanned::new(usize::try_from(n.value).unwrap_or(1), n.pos));
    let mut entries = Vec::new();
    if let Some(node) = f.required(&mut ctx, "columns")
        && let Some(c) = Fields::of(&mut ctx, node, "columns")
    {
        for field in fields_of(kind) {
            if let Some(n) = c.get(field.key())
                && let Some(text) = fields::text(&mut ctx, n, field.key())
            {
                entries.push(Entry {
                    target: Target::Field(field),
                    key: field.key().to_string(),
                    column: ColumnSpec::parse(&text.value),
                    pos: n.pos,
                });
            }
        }
        if kind == Kind::Attendance
            && let Some(n) = c.get("leave")
        {
            for (k, v) in fields::pairs(&mut ctx, n, "leave") {
                if let (Some(name), Some(text)) = (
                    fields::text(&mut ctx, k, "leave"),
                    fields::text(&mut ctx, v, "leave"),
                ) {
                    entries.push(Entry {
                        key: format!("leave.{}", name.value),
                        target: Target::Leave(name.value),
                        column: ColumnSpec::parse(&text.value),
                        pos: v.pos,
                    });
                }
            }
        }
        c.finish(&mut ctx);
    }
    f.finish(&mut ctx);
    (ctx.diagnostics.len() == before).then(|| Mapping {
        source: source.clone(),
        header_row,
        entries,
    })
}

impl Mapping {
    /// The fields this mapping places in `row` if it were the header: those given by
    /// letter, and those whose header text is in it.
    pub(super) fn fields_named_in(&self, row: &[Cell]) -> Vec<Field> {
        let sheet = Sheet {
            rows: vec![row.to_vec()],
            ..Sheet::default()
        };
        self.entries
            .iter()
            .filter_map(|e| match &e.target {
                Target::Field(f) => header::column_of(&e.column, &sheet, 0).map(|_| *f),
                Target::Leave(_) => None,
            })
            .collect()
    }

    /// Puts each named column where the mapping says, over what the header words found;
    /// a header text the header row (0-based `header`) does not have is reported at its
    /// line of the mapping file.
    pub(super) fn apply(
        &self,
        columns: &mut Columns,
        header: usize,
        sheet: &Sheet,
        problems: &mut Vec<Diagnostic>,
    ) {
        for entry in &self.entries {
            let Some(c) = header::column_of(&entry.column, sheet, header) else {
                let text = match &entry.column {
                    ColumnSpec::Header(t) => t.clone(),
                    ColumnSpec::Letter(_) => String::new(),
                };
                problems.push(
                    Problem::from(SpreadsheetProblem::MappingColumn {
                        key: entry.key.clone(),
                        header: text,
                        row: header + 1,
                    })
                    .at(self.source.at(entry.pos)),
                );
                continue;
            };
            columns.fields.retain(|_, col| *col != c);
            columns.leave.retain(|(_, col)| *col != c);
            match &entry.target {
                Target::Field(field) => {
                    columns.fields.insert(*field, c);
                }
                Target::Leave(name) => columns.leave.push((name.clone(), c)),
            }
        }
        columns.leave.sort_by_key(|(_, c)| *c);
        if self.header_row.is_some() {
            columns.first_row = header + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping(text: &str, kind: Kind) -> (Option<Mapping>, Vec<Diagnostic>) {
        let source = SourceFile {
            path: "map.yaml".into(),
            text: text.into(),
        };
        let mut found = Vec::new();
        (read(source, kind, &mut found), found)
    }

    #[test]
    fn letters_and_header_texts() {
        assert_eq!(ColumnSpec::parse("C"), ColumnSpec::Letter(2));
        assert_eq!(ColumnSpec::parse("AA"), ColumnSpec::Letter(26));
        assert_eq!(
            ColumnSpec::parse("发生额"),
            ColumnSpec::Header("发生额".into())
        );
        let (m, found) = mapping(
            "header_row: 2\ncolumns:\n  date: A\n  amount: 发生额\n  direction: C\n",
            Kind::Finance,
        );
        assert!(found.is_empty(), "{found:?}");
        let m = m.unwrap();
        assert_eq!(m.header_row.as_ref().map(|r| r.value), Some(2));
        assert_eq!(m.entries.len(), 3);
    }

    #[test]
    fn unknown_keys_are_refused_with_the_known_ones() {
        let (m, found) = mapping("columns:\n  姓名: A\n", Kind::Welfare);
        assert!(m.is_none());
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message(crate::config::Language::En)
                .contains("姓名"),
            "{}",
            found[0].message(crate::config::Language::En)
        );
    }
}
