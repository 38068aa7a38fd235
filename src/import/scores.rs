//! An assessment sheet (综合考核得分表) -> the scores of an assessment: a 姓名 column, one
//! column per component (领导考核, 职工代表评分 …, numbers) and perhaps a 合计/总分 column.
//!
//! A component's full marks come from its header, `领导考核(20)` or `领导考核（满分20）`;
//! a header without them leaves `max:` for the clerk to fill in. **The total is computed,
//! never typed**: a sheet's total column is checked against the sum of each person's
//! components (a difference is an error at that cell) and is not written. A row number or
//! rank column (序号, 排名) is left out. When the item declares its components, the header
//! is matched to them: a component the header does not name is reported at `lines:`, and
//! any other column is a warning at its header cell (a column of the clerk's own notes
//! stays unread and unpublished; a misnamed component is seen, and missing).

use super::header::{Columns, normalise};
use super::table::{self, Placed, TableSheet};
use super::words::{SCORE_SKIPPED_WORDS, SCORE_TOTAL_WORDS};
use super::workbook::{Cell, Sheet};
use crate::diagnostic::Diagnostic;
use crate::load::sheet::fixed;
use crate::messages::{Problem, SpreadsheetProblem};
use crate::model::sheet::{ColumnSpec, ColumnType, Sheet as Table};
use crate::model::{Decimal2, Kind, Pos, SheetSource, Spanned};

/// Full marks in a header: the number in its last brackets, `(20)`, `（满分20）`, `(20分)`.
fn max_in(header: &str) -> Option<Decimal2> {
    let t = header.trim();
    let (open, close) = [('（', '）'), ('(', ')')]
        .into_iter()
        .find(|(_, close)| t.ends_with(*close))?;
    let inner = &t[t.rfind(open)? + open.len_utf8()..t.len() - close.len_utf8()];
    let inner = inner
        .trim()
        .trim_start_matches("满分")
        .trim_end_matches('分');
    Decimal2::parse(inner.trim()).ok().filter(|d| d.0 > 0)
}

/// Reads an assessment sheet. `declared` are the item's components (none: the header
/// declares them); components it names that the header does not go to `missing`.
pub fn read(
    sheet: &Sheet,
    place: &SheetSource,
    declared: Option<&[ColumnSpec]>,
    out: &mut Vec<Diagnostic>,
    missing: &mut Vec<String>,
) -> Option<(Columns, TableSheet)> {
    let names: Vec<&str> = declared
        .unwrap_or(&[])
        .iter()
        .map(|c| c.name.value.as_str())
        .collect();
    let header = match declared {
        Some(_) => table::declared_row(sheet, &names),
        None => table::header_row(sheet),
    };
    let not_found = || {
        Problem::from(SpreadsheetProblem::HeaderMissing {
            kind: Kind::Assessment.key(),
            needs: vec!["姓名".into()],
        })
        .at(place.whole())
    };
    let Some(header) = header else {
        out.push(not_found());
        return None;
    };
    let row = sheet.rows.get(header).map_or(&[][..], Vec::as_slice);
    let (mut name, mut total, mut skipped, mut candidates) = (None, None, Vec::new(), Vec::new());
    for (c, cell) in row.iter().enumerate() {
        let Cell::Text(raw) = cell else { continue };
        let h = normalise(raw);
        if name.is_none() && table::is_name_header(&h) {
            name = Some(c);
        } else if total.is_none() && SCORE_TOTAL_WORDS.contains(&h.as_str()) {
            total = Some(c);
        } else if SCORE_SKIPPED_WORDS.contains(&h.as_str()) {
            skipped.push(c);
        } else {
            candidates.push((c, raw.trim().to_string(), h));
        }
    }
    let Some(name) = name else {
        out.push(not_found());
        return None;
    };
    let lines: Vec<usize> = (header + 1..sheet.rows.len()).collect();
    let mut placed = vec![Placed {
        column: name,
        spec: fixed("name", ColumnType::Name, false),
    }];
    match declared {
        Some(components) => {
            for spec in components {
                match candidates
                    .iter()
                    .position(|(_, raw, _)| table::names(raw, &spec.name.value))
                {
                    Some(i) => {
                        let (column, _, _) = candidates.remove(i);
                        placed.push(Placed {
                            column,
                            spec: spec.clone(),
                        });
                    }
                    None => missing.push(spec.name.value.clone()),
                }
            }
            for (c, raw, _) in &candidates {
                out.push(
                    Problem::from(SpreadsheetProblem::SheetColumnNotRead {
                        header: raw.clone(),
                        known: names.iter().map(|n| n.to_string()).collect(),
                    })
                    .at(place.at(Pos::in_cell(header + 1, c + 1))),
                );
            }
        }
        None => {
            for (c, raw, h) in &candidates {
                let max = max_in(raw);
                let filled: Vec<&Cell> = lines
                    .iter()
                    .map(|r| sheet.cell(*r, *c))
                    .filter(|cell| !cell.is_empty())
                    .collect();
                let numeric = !filled.is_empty() && filled.iter().all(|c| table::numeric_like(c));
                if max.is_none() && !numeric {
                    skipped.push(*c);
                    continue;
                }
                let mut spec = fixed(h, ColumnType::Number, true);
                spec.min = Some(Spanned::new(0, Pos::default()));
                spec.max = max.map(|m| Spanned::new(m.0, Pos::default()));
                placed.push(Placed { column: *c, spec });
            }
        }
    }
    let (mut rows, _) = table::rows(sheet, header + 1, &placed, place, out);
    // The typed total: checked, never kept.
    for row in &mut rows {
        row.cells.push(None);
        let Some(t) = total else { continue };
        let r = row.pos.line() - 1;
        let pos = Pos::in_cell(r + 1, t + 1);
        let given = match super::cells::number(sheet.cell(r, t)) {
            Ok(Some(given)) => given,
            Ok(None) => continue,
            Err(problem) => {
                out.push(problem.at(place.at(pos)));
                continue;
            }
        };
        let parts: Option<Vec<i64>> = (1..placed.len()).map(|i| row.units(i)).collect();
        let Some(parts) = parts else { continue };
        let computed = Decimal2(parts.iter().fold(0i64, |a, b| a.saturating_add(*b)));
        if computed != given {
            let person = row
                .cell(0)
                .and_then(|c| c.value.text())
                .unwrap_or_default()
                .to_string();
            out.push(
                Problem::from(SpreadsheetProblem::SheetScoreTotalMismatch {
                    name: person,
                    given,
                    computed,
                })
                .at(place.at(pos)),
            );
        }
    }
    let mut columns = table::columns(sheet, header, &placed);
    if let Some(t) = total {
        // Read and checked, so not listed as left out.
        let letters = crate::model::column_letters(t + 1);
        columns
            .ignored
            .retain(|shown| shown.split(' ').next() != Some(letters.as_str()));
    }
    let mut specs: Vec<ColumnSpec> = placed.into_iter().map(|p| p.spec).collect();
    specs.push(fixed("total", ColumnType::Number, false));
    let read = TableSheet {
        kind: Kind::Assessment,
        table: Table {
            columns_pos: Pos::default(),
            columns: specs,
            rows,
            rules: Vec::new(),
        },
        pool: None,
    };
    Some((columns, read))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        crate::import::test_sheets::sheet("S", rows)
    }

    fn place() -> SheetSource {
        crate::import::test_sheets::place("S")
    }

    #[test]
    fn full_marks_from_the_header() {
        assert_eq!(max_in("领导考核(20)"), Some(Decimal2(2000)));
        assert_eq!(max_in("领导考核（满分20）"), Some(Decimal2(2000)));
        assert_eq!(max_in("硬性指标（40分）"), Some(Decimal2(4000)));
        assert_eq!(max_in("硬性指标"), None);
        assert_eq!(max_in("得分（元）"), None);
    }

    #[test]
    fn components_and_a_checked_total() {
        let s = sheet(&[
            &[
                "序号",
                "姓名",
                "领导考核(20)",
                "职工代表评分（满分40）",
                "硬性指标",
                "合计",
                "备注",
            ],
            &["1", "张德营", "19", "37", "38", "94", ""],
            &["2", "李四", "18", "36", "30", "85", "x"],
        ]);
        let (mut out, mut missing) = (Vec::new(), Vec::new());
        let (columns, read) = read(&s, &place(), None, &mut out, &mut missing).unwrap();
        let at: Vec<&str> = out
            .iter()
            .map(|d| d.location.as_ref().unwrap().path.as_str())
            .collect();
        assert_eq!(at, ["a.xlsx!S!F3"]);
        let shape: Vec<(&str, Option<i64>)> = read
            .table
            .columns
            .iter()
            .map(|c| (c.name.value.as_str(), c.max.as_ref().map(|m| m.value)))
            .collect();
        assert_eq!(
            shape,
            [
                ("name", None),
                ("领导考核", Some(2000)),
                ("职工代表评分", Some(4000)),
                ("硬性指标", None),
                ("total", None),
            ]
        );
        assert_eq!(columns.ignored, ["A 序号", "G 备注"]);
        assert_eq!(read.table.rows[0].cells.len(), 5);
        assert_eq!(read.table.rows[0].cell(4), None);
    }
}
