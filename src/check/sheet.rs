//! Rules of a declared table, the engine under pay, merits, assessment and table items:
//! each numeric cell within its column's `min:`/`max:`, each row rule (`实发 = 应发 - 扣款`)
//! holding to the fen or hundredth, and the public copy of the rows pages may show.
//!
//! Privacy is decided here, once (`public`): cells of `name` columns are masked under
//! `privacy.mask_names`, and a full name repeated in a text cell or the title is masked
//! there too. Pages only see this copy, never a full name. Sums are exact integers (fen,
//! hundredths); no float decides a figure.

use crate::check::privacy::mask_name;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, TableProblem};
use crate::model::sheet::{CellValue, ColumnType, Sheet, SheetRow};
use crate::model::{Decimal2, Fen, Item};

/// What the engine computed for the pages: the rows as they may be shown and the sums.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetFigures {
    /// The item's title with full names masked.
    pub title: String,
    /// Every row's cells as pages may show them (names masked), by column.
    pub rows: Vec<Vec<Option<CellValue>>>,
    /// The texts of the text columns (not names), masked, each once: what search indexes.
    pub texts: Vec<String>,
    /// Per column: the sum of its cells (fen or hundredths) when it is numeric; zero on
    /// overflow, which is far beyond any sheet.
    pub sums: Vec<Option<i64>>,
}

/// A value of column type `ty` in its units (fen or hundredths), as messages show it.
pub fn units_text(ty: ColumnType, units: i64) -> String {
    match ty {
        ColumnType::Money => Fen(units).yuan_text(),
        ColumnType::Percent => format!("{}%", Decimal2(units)),
        _ => Decimal2(units).to_string(),
    }
}

/// How messages name a row: the person's name, else `row N` (1-based).
pub fn row_label(sheet: &Sheet, row: &SheetRow, index: usize) -> String {
    sheet
        .name_column()
        .and_then(|i| row.cell(i))
        .and_then(|c| c.value.text())
        .map_or_else(|| format!("#{}", index + 1), str::to_string)
}

/// Full names with their masks, longest first, so 欧阳明华 is not half-masked as part of
/// another name; empty when masking is off.
fn masks(sheet: &Sheet, config: &Config) -> Vec<(String, String)> {
    if !config.privacy.mask_names {
        return Vec::new();
    }
    let mut names: Vec<&str> = sheet
        .rows
        .iter()
        .flat_map(|r| {
            sheet
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.ty == ColumnType::Name)
                .filter_map(|(i, _)| r.cell(i).and_then(|c| c.value.text()))
        })
        .map(str::trim)
        .filter(|n| n.chars().count() >= 2)
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
        .into_iter()
        .map(|n| (n.to_string(), mask_name(n)))
        .collect()
}

fn apply(masks: &[(String, String)], text: &str) -> String {
    let mut text = text.to_string();
    for (full, masked) in masks {
        if text.contains(full.as_str()) {
            text = text.replace(full.as_str(), masked);
        }
    }
    text
}

/// The public copy of `sheet` in item `item`, and its column sums.
pub fn public(item: &Item, sheet: &Sheet, config: &Config) -> SheetFigures {
    let masks = masks(sheet, config);
    let rows: Vec<Vec<Option<CellValue>>> = sheet
        .rows
        .iter()
        .map(|r| {
            sheet
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    r.cell(i).map(|cell| match (&cell.value, c.ty) {
                        (CellValue::Text(t), ColumnType::Name) if config.privacy.mask_names => {
                            CellValue::Text(mask_name(t))
                        }
                        (CellValue::Text(t), _) => CellValue::Text(apply(&masks, t)),
                        (v, _) => v.clone(),
                    })
                })
                .collect()
        })
        .collect();
    let mut texts: Vec<String> = Vec::new();
    for row in &rows {
        let row: &Vec<Option<CellValue>> = row;
        for (c, v) in sheet.columns.iter().zip(row) {
            if c.ty == ColumnType::Text
                && let Some(CellValue::Text(t)) = v
                && !texts.contains(t)
            {
                texts.push(t.clone());
            }
        }
    }
    let sums = (0..sheet.columns.len())
        .map(|i| {
            sheet.columns[i].ty.is_numeric().then(|| {
                sheet
                    .rows
                    .iter()
                    .filter_map(|r| r.units(i))
                    .try_fold(0i64, i64::checked_add)
                    .unwrap_or(0)
            })
        })
        .collect();
    SheetFigures {
        title: apply(&masks, &item.common.title.value),
        rows,
        texts,
        sums,
    }
}

/// The engine's rules over `sheet`: bounds of every cell, then every row rule, each
/// violation at the offending cell (the row's entry when the cell is empty).
pub fn check(item: &Item, sheet: &Sheet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut report = |p: TableProblem, pos| out.push(Problem::from(p).at(item.at(pos)));
    for row in &sheet.rows {
        for (i, column) in sheet.columns.iter().enumerate() {
            let Some(cell) = row.cell(i) else { continue };
            let Some(units) = cell.value.units() else {
                continue;
            };
            let shown = |u| units_text(column.ty, u);
            if let Some(min) = &column.min
                && units < min.value
            {
                report(
                    TableProblem::BelowMin {
                        column: column.name.value.clone(),
                        value: shown(units),
                        min: shown(min.value),
                    },
                    cell.pos,
                );
            }
            if let Some(max) = &column.max
                && units > max.value
            {
                report(
                    TableProblem::AboveMax {
                        column: column.name.value.clone(),
                        value: shown(units),
                        max: shown(max.value),
                    },
                    cell.pos,
                );
            }
        }
    }
    for rule in &sheet.rules {
        let r = &rule.value;
        let ty = sheet.columns[r.target].ty;
        for (index, row) in sheet.rows.iter().enumerate() {
            let computed = r.terms.iter().try_fold(0i64, |acc, (plus, i)| {
                let v = row.units(*i).unwrap_or(0);
                if *plus {
                    acc.checked_add(v)
                } else {
                    acc.checked_sub(v)
                }
            });
            let given = row.units(r.target);
            if computed.is_some() && given == computed {
                continue;
            }
            report(
                TableProblem::RuleBroken {
                    rule: r.text.clone(),
                    row: row_label(sheet, row, index),
                    column: sheet.columns[r.target].name.value.clone(),
                    given: given.map_or_else(|| "—".into(), |g| units_text(ty, g)),
                    computed: computed.map_or_else(|| "—".into(), |c| units_text(ty, c)),
                },
                row.cell(r.target).map_or(row.pos, |c| c.pos),
            );
        }
    }
    out
}

/// Names given twice: at the second occurrence, naming the line of the first.
pub fn duplicate_names(item: &Item, sheet: &Sheet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(col) = sheet.name_column() else {
        return out;
    };
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for row in &sheet.rows {
        let Some(cell) = row.cell(col) else { continue };
        let Some(name) = cell.value.text() else {
            continue;
        };
        match seen.iter().find(|(n, _)| *n == name) {
            Some((_, line)) => out.push(
                Problem::DuplicateName {
                    name: name.to_string(),
                    first_line: *line,
                }
                .at(item.at(cell.pos)),
            ),
            None => seen.push((name, cell.pos.line())),
        }
    }
    out
}
