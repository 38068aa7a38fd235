//! Which column holds what: the header row of a clerk's sheet found by the words clerks
//! put there (日期, 科目, 收入/支出 or 借方/贷方, 摘要, 凭证号, 姓名, 班组, 事由, 出勤, 事假 …),
//! below any title rows, or as a mapping file says (`mapping`).
//!
//! The words are the vocabulary of the sheets, not messages: they live here, beside the
//! rules that match them. A header cell is compared without spaces and without a unit
//! in brackets at its end (`金 额（元）` is `金额`); a cell that is not one of the words
//! may still end with one (`本期收入` is an income column), or contain one. When two
//! columns claim one field, the closer match wins; two equal claims are refused, since
//! only the clerk knows which one is meant.
//!
//! A header may take two rows (a merged `金额` above `借方 | 贷方`): a row right below
//! the header that holds only header words adds to it.

use std::collections::BTreeMap;

use super::mapping::{ColumnSpec, Mapping};
pub use super::words::Field;
use super::words::{LEAVE_WORDS, required, words};
use super::workbook::{Cell, Sheet};
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::{Kind, Pos, SheetSource, column_letters};

/// The columns of a sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// The first row of lines (0-based), below the header.
    pub first_row: usize,
    /// The column of each field found.
    pub fields: BTreeMap<Field, usize>,
    /// Attendance: each leave kind's column, in the sheet's order.
    pub leave: Vec<(String, usize)>,
    /// Every header cell's text as shown, by column (for messages).
    pub headers: BTreeMap<usize, String>,
    /// Columns with a header that is not read, as `C 身份证号`.
    pub ignored: Vec<String>,
    /// The text of the first title row above the header, if any.
    pub title: Option<String>,
}

impl Columns {
    /// The column of `field`, if the sheet has one.
    pub fn of(&self, field: Field) -> Option<usize> {
        self.fields.get(&field).copied()
    }

    /// The header of `column` as shown (`收入（元）`), else its letter.
    pub fn header(&self, column: usize) -> String {
        self.headers
            .get(&column)
            .cloned()
            .unwrap_or_else(|| column_letters(column + 1))
    }
}

/// A header cell's text without spaces and without a bracketed unit or a colon at its
/// end: `金 额（元）` -> `金额`.
pub fn normalise(text: &str) -> String {
    let mut t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '*' && *c != '＊')
        .collect();
    loop {
        let before = t.len();
        for (open, close) in [('（', '）'), ('(', ')'), ('[', ']'), ('【', '】')] {
            if t.ends_with(close)
                && let Some(at) = t.rfind(open)
                && at > 0
            {
                t.truncate(at);
            }
        }
        for suffix in ["：", ":", "/元", "元"] {
            if t.len() > suffix.len() + 3
                && let Some(rest) = t.strip_suffix(suffix)
            {
                t = rest.to_string();
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// What a header cell claims: a field, or a leave kind, with how close the match is
/// (lower is closer).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Claim {
    Field(Field, usize),
    Leave(String),
}

/// What the header cell `text` claims in a sheet of `kind`, if anything.
fn claim(kind: Kind, text: &str) -> Option<Claim> {
    let h = normalise(text);
    if h.chars().count() < 2 {
        return None;
    }
    let mut best: Option<(usize, Field)> = None;
    for (field, list) in words(kind) {
        for (i, word) in list.iter().enumerate() {
            let rank = if h == *word {
                i
            } else if h.ends_with(word) {
                100 + i
            } else if h.contains(word) {
                200 + i
            } else {
                continue;
            };
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, *field));
            }
        }
    }
    if kind == Kind::Attendance {
        let leave = h
            .trim_end_matches("天数")
            .trim_end_matches("日数")
            .trim_end_matches('天');
        let is_leave =
            (leave.ends_with('假') && leave.chars().count() >= 2) || LEAVE_WORDS.contains(&leave);
        if is_leave && best.is_none_or(|(r, _)| r >= 100) {
            return Some(Claim::Leave(leave.to_string()));
        }
    }
    best.map(|(rank, field)| Claim::Field(field, rank))
}

/// The claims of one row's text cells, by column.
fn claims(kind: Kind, row: &[Cell]) -> Vec<(usize, String, Option<Claim>)> {
    row.iter()
        .enumerate()
        .filter_map(|(c, cell)| match cell {
            Cell::Text(t) => Some((c, t.trim().to_string(), claim(kind, t))),
            _ => None,
        })
        .collect()
}

/// How many rows from the top are searched for the header.
const SEARCH_ROWS: usize = 30;

/// Finds the header and the column of each field, as `mapping` says where it says.
/// Problems are located at their cell of the sheet (`place`) or at their entry of the
/// mapping file.
pub fn find(
    sheet: &Sheet,
    kind: Kind,
    mapping: Option<&Mapping>,
    place: &SheetSource,
) -> Result<Columns, Vec<Diagnostic>> {
    let header_row = match mapping.and_then(|m| m.header_row.as_ref()) {
        Some(row) => Some(row.value.saturating_sub(1)),
        None => best_row(sheet, kind, mapping),
    };
    let Some(row) = header_row else {
        return Err(vec![not_found(kind, place)]);
    };
    let mut columns = Columns {
        first_row: row + 1,
        title: title_above(sheet, row),
        ..Columns::default()
    };
    let mut problems = Vec::new();
    let mut ranks: BTreeMap<Field, usize> = BTreeMap::new();
    let mut taken = Taken {
        kind,
        sheet,
        place,
        columns: &mut columns,
        ranks: &mut ranks,
        problems: &mut problems,
    };
    taken.row(row);
    if let Some(below) = sheet.rows.get(row + 1)
        && mapping.is_none_or(|m| m.header_row.is_none())
        && is_header_continuation(kind, below)
    {
        // The second row of a two-row header names what the first row's merged cell
        // spans: its words replace the first row's in the same columns.
        for (c, _, _) in claims(kind, below) {
            taken.columns.fields.retain(|_, col| *col != c);
            taken.columns.leave.retain(|(_, col)| *col != c);
        }
        let kept: Vec<Field> = taken.columns.fields.keys().copied().collect();
        taken.ranks.retain(|f, _| kept.contains(f));
        taken.row(row + 1);
        columns.first_row = row + 2;
    }
    if let Some(mapping) = mapping {
        mapping.apply(&mut columns, row, sheet, &mut problems);
    }
    columns.ignored.retain(|shown| {
        let letters: String = shown
            .chars()
            .take_while(|c| c.is_ascii_uppercase())
            .collect();
        !columns
            .fields
            .values()
            .chain(columns.leave.iter().map(|(_, c)| c))
            .any(|c| column_letters(c + 1) == letters)
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    if !required(kind)
        .iter()
        .all(|group| group.iter().any(|f| columns.fields.contains_key(f)))
    {
        return Err(vec![not_found(kind, place)]);
    }
    Ok(columns)
}

/// The header cells read so far, and what they claimed.
struct Taken<'a> {
    kind: Kind,
    sheet: &'a Sheet,
    place: &'a SheetSource,
    columns: &'a mut Columns,
    /// How close each field's column matched (see `claim`).
    ranks: &'a mut BTreeMap<Field, usize>,
    problems: &'a mut Vec<Diagnostic>,
}

impl Taken<'_> {
    /// Takes the header cells of row `r` (0-based).
    fn row(&mut self, r: usize) {
        let cells = claims(self.kind, self.sheet.rows.get(r).map_or(&[], Vec::as_slice));
        for (c, text, claim) in cells {
            self.columns.headers.insert(c, text.clone());
            let shown = |c: usize, text: &str| format!("{} {text}", column_letters(c + 1));
            let (field, rank) = match claim {
                Some(Claim::Leave(name)) => {
                    self.columns.leave.push((name, c));
                    continue;
                }
                Some(Claim::Field(field, rank)) => (field, rank),
                None => {
                    self.columns.ignored.push(shown(c, &text));
                    continue;
                }
            };
            match (self.columns.of(field), self.ranks.get(&field)) {
                (Some(first), Some(&known)) if known == rank && first != c => {
                    self.problems.push(
                        Problem::from(SpreadsheetProblem::ColumnTwice {
                            header: text,
                            first: self.columns.header(first),
                            first_column: column_letters(first + 1),
                        })
                        .at(self.place.at(Pos::in_cell(r + 1, c + 1))),
                    );
                }
                (Some(_), Some(&known)) if known <= rank => {
                    self.columns.ignored.push(shown(c, &text));
                }
                (previous, _) => {
                    if let Some(p) = previous.filter(|p| *p != c) {
                        let before = self.columns.header(p);
                        self.columns.ignored.push(shown(p, &before));
                    }
                    self.columns.fields.insert(field, c);
                    self.ranks.insert(field, rank);
                }
            }
        }
    }
}

/// No header with the columns a sheet of `kind` needs.
fn not_found(kind: Kind, place: &SheetSource) -> Diagnostic {
    let needs = required(kind)
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|f| f.word(kind))
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    Problem::from(SpreadsheetProblem::HeaderMissing {
        kind: kind.key(),
        needs,
    })
    .at(place.whole())
}

/// The row (0-based) among the first ones with the most fields, which has every field
/// the kind needs; `None` when no row does.
fn best_row(sheet: &Sheet, kind: Kind, mapping: Option<&Mapping>) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (r, row) in sheet.rows.iter().enumerate().take(SEARCH_ROWS) {
        let own = claims(kind, row);
        // A header names two columns at least; a title row (one merged cell) is none,
        // even when its words name a column (`…出勤统计表`).
        if own.iter().filter(|(_, _, claim)| claim.is_some()).count() < 2 {
            continue;
        }
        let mut fields: Vec<Field> = own
            .into_iter()
            .filter_map(|(_, _, claim)| match claim {
                Some(Claim::Field(f, _)) => Some(f),
                _ => None,
            })
            .collect();
        if let Some(below) = sheet.rows.get(r + 1)
            && is_header_continuation(kind, below)
        {
            fields.extend(
                claims(kind, below)
                    .into_iter()
                    .filter_map(|(_, _, c)| match c {
                        Some(Claim::Field(f, _)) => Some(f),
                        _ => None,
                    }),
            );
        }
        if let Some(m) = mapping {
            fields.extend(m.fields_named_in(row));
        }
        fields.sort();
        fields.dedup();
        let complete = required(kind)
            .iter()
            .all(|group| group.iter().any(|f| fields.contains(f)));
        if complete && best.is_none_or(|(_, n)| fields.len() > n) {
            best = Some((r, fields.len()));
        }
    }
    best.map(|(r, _)| r)
}

/// True when every non-empty cell of `row` is a header word (and there is one): the
/// second row of a two-row header, never a line.
fn is_header_continuation(kind: Kind, row: &[Cell]) -> bool {
    let cells: Vec<&Cell> = row.iter().filter(|c| !c.is_empty()).collect();
    !cells.is_empty()
        && cells.iter().all(|c| match c {
            Cell::Text(t) => claim(kind, t).is_some(),
            _ => false,
        })
}

/// The first text above the header row: the sheet's title (merged across the columns,
/// its text is in the first cell).
fn title_above(sheet: &Sheet, header: usize) -> Option<String> {
    sheet.rows.iter().take(header).find_map(|row| {
        row.iter().find_map(|c| match c {
            Cell::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
            _ => None,
        })
    })
}

/// Resolves a mapping file's column: a letter, or a header text of row `header`.
pub(super) fn column_of(spec: &ColumnSpec, sheet: &Sheet, header: usize) -> Option<usize> {
    match spec {
        ColumnSpec::Letter(c) => Some(*c),
        ColumnSpec::Header(text) => {
            let wanted = normalise(text);
            sheet.rows.get(header)?.iter().position(|c| match c {
                Cell::Text(t) => normalise(t) == wanted || t.trim() == text.trim(),
                _ => false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        crate::import::test_sheets::sheet("Sheet1", rows)
    }

    fn place() -> SheetSource {
        crate::import::test_sheets::place("Sheet1")
    }

    #[test]
    fn units_and_spaces_are_not_part_of_the_word() {
        assert_eq!(normalise("金 额（元）"), "金额");
        assert_eq!(normalise("日　期："), "日期");
        assert_eq!(normalise("加班(小时)"), "加班");
        assert_eq!(normalise("*姓名"), "姓名");
    }

    #[test]
    fn headers_in_several_wordings() {
        let s = sheet(&[
            &["2026年一季度经费收支明细账"],
            &[],
            &[
                "记账日期",
                "凭证字号",
                "摘 要",
                "科目名称",
                "借方金额",
                "贷方金额",
                "余额",
                "身份证号",
            ],
        ]);
        let c = find(&s, Kind::Finance, None, &place()).unwrap();
        assert_eq!(c.first_row, 3);
        assert_eq!(c.title.as_deref(), Some("2026年一季度经费收支明细账"));
        assert_eq!(c.of(Field::Date), Some(0));
        assert_eq!(c.of(Field::Voucher), Some(1));
        assert_eq!(c.of(Field::Note), Some(2));
        assert_eq!(c.of(Field::Category), Some(3));
        assert_eq!(c.of(Field::Income), Some(4));
        assert_eq!(c.of(Field::Expense), Some(5));
        assert_eq!(c.of(Field::Balance), Some(6));
        assert_eq!(c.ignored, ["H 身份证号"]);
    }

    #[test]
    fn a_two_row_header() {
        let s = sheet(&[
            &["日期", "科目", "摘要", "金额", ""],
            &["", "", "", "收入", "支出"],
            &["2026-01-05", "会费收入", "一月", "100", ""],
        ]);
        let c = find(&s, Kind::Finance, None, &place()).unwrap();
        assert_eq!(c.first_row, 2);
        assert_eq!(c.of(Field::Income), Some(3));
        assert_eq!(c.of(Field::Expense), Some(4));
        assert_eq!(c.of(Field::Amount), None);
    }

    #[test]
    fn closer_words_win_and_equal_claims_are_refused() {
        let s = sheet(&[&["姓名", "慰问金额", "金额", "备注"]]);
        let c = find(&s, Kind::Welfare, None, &place()).unwrap();
        assert_eq!(c.of(Field::Amount), Some(2));
        assert_eq!(c.ignored, ["B 慰问金额"]);
        let s = sheet(&[&["姓名", "金额", "金额"]]);
        let found = find(&s, Kind::Welfare, None, &place()).unwrap_err();
        assert_eq!(found[0].location.as_ref().unwrap().path, "a.xlsx!Sheet1!C1");
    }

    #[test]
    fn leave_kinds_are_columns_of_their_own() {
        let s = sheet(&[&[
            "序号",
            "姓名",
            "应出勤天数",
            "实际出勤",
            "事假",
            "病假(天)",
            "婚丧假",
            "调休",
            "旷工",
            "加班小时",
        ]]);
        let c = find(&s, Kind::Attendance, None, &place()).unwrap();
        let leave: Vec<&str> = c.leave.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(leave, ["事假", "病假", "婚丧假", "调休"]);
        assert_eq!(c.of(Field::Workdays), Some(2));
        assert_eq!(c.of(Field::Present), Some(3));
        assert_eq!(c.of(Field::Absent), Some(8));
        assert_eq!(c.of(Field::Overtime), Some(9));
    }

    #[test]
    fn no_header_is_said_at_the_sheet() {
        let s = sheet(&[&["a", "b"], &["1", "2"]]);
        let found = find(&s, Kind::Welfare, None, &place()).unwrap_err();
        assert_eq!(found[0].location.as_ref().unwrap().path, "a.xlsx!Sheet1");
    }
}
