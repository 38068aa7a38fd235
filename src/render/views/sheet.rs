//! A declared table as a page table: the engine's view under pay, merits, assessment and
//! table items. Cells are shown by their column's type (money as `¥1,234.56`, dates as
//! written, percentages with `%`), from the public copy the rules made
//! (`check::sheet::SheetFigures`: names already masked). A kind adds its own figures and
//! picks the phone roles (see `table`).

use super::{BodyView, Cell, Column, Phone, Role, TableView, figure};
use crate::check::sheet::SheetFigures;
use crate::config::Config;
use crate::model::TableItem;
use crate::model::sheet::{CellValue, ColumnType, Sheet};
use crate::model::{Decimal2, Fen};
use crate::render::labels::tables::TableLabels;

/// A cell of column type `ty` as shown (empty when the row leaves it empty).
pub fn cell(value: Option<&CellValue>, ty: ColumnType) -> Cell {
    match (value, ty) {
        (None, t) if t.is_numeric() => Cell {
            numeric: true,
            ..Cell::text("")
        },
        (None, _) => Cell::text(""),
        (Some(CellValue::Money(f)), _) => Cell::money(*f),
        (Some(CellValue::Number(d)), ColumnType::Percent) => Cell {
            numeric: true,
            ..Cell::text(format!("{d}%"))
        },
        (Some(CellValue::Number(d)), _) => Cell::number(d),
        (Some(CellValue::Date(d)), _) => Cell::text(d.to_string()),
        (Some(CellValue::Text(t)), _) => Cell::text(t.clone()),
    }
}

/// A column's sum as a totals cell.
pub fn sum_cell(units: i64, ty: ColumnType) -> Cell {
    match ty {
        ColumnType::Money => Cell::money(Fen(units)),
        _ => cell(Some(&CellValue::Number(Decimal2(units))), ty),
    }
}

/// The rows of `sheet` as a table with a 序号 column first; the footer sums the columns
/// whose index `summed` accepts (with 合计 under 序号), when any does. On a phone each row
/// is named by its `key` column (the person), with its `lead` figure beside it.
pub fn table(
    id: &str,
    caption: &str,
    sheet: &Sheet,
    figures: &SheetFigures,
    words: &TableLabels,
    summed: &dyn Fn(usize) -> bool,
) -> TableView {
    let mut columns = vec![Column {
        label: words.number.clone(),
        numeric: true,
        role: Role::Index,
    }];
    columns.extend(sheet.columns.iter().map(|c| Column {
        label: c.name.value.clone(),
        numeric: c.ty.is_numeric(),
        role: Role::Detail,
    }));
    let rows = figures
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = vec![Cell::number(i + 1)];
            cells.extend(
                sheet
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| cell(v.as_ref(), c.ty)),
            );
            cells
        })
        .collect();
    let any_sum = (0..sheet.columns.len()).any(|i| summed(i) && sheet.columns[i].ty.is_numeric());
    let footer = any_sum.then(|| {
        let mut cells = vec![Cell::text(words.total.as_str())];
        cells.extend(sheet.columns.iter().enumerate().map(|(i, c)| {
            match figures.sums.get(i).copied().flatten() {
                Some(units) if summed(i) => sum_cell(units, c.ty),
                _ => Cell::text(""),
            }
        }));
        cells
    });
    TableView {
        id: id.into(),
        caption: caption.into(),
        columns,
        rows,
        footer,
        phone: Phone::Stack,
    }
}

/// The phone roles of a sheet table made by `table`: 序号 before the row's name, the
/// `key` column (a sheet index) naming the row, and the `lead` figure beside it.
pub fn with_roles(table: TableView, key: Option<usize>, lead: Option<usize>) -> TableView {
    // Sheet column `i` is table column `i + 1`, after 序号.
    match key {
        Some(k) => table.roles(Some(0), k + 1, lead.map(|l| l + 1)),
        None => table.roles(None, 0, lead.map(|l| l + 1)),
    }
}

/// 其他公开: the declared table with its totals row, and each money column marked
/// `total: true` as a key figure with 大写. On a phone a row is named by its first `name`
/// column (else its first text column), with its first summed money column beside it.
pub fn body(t: &TableItem, d: &SheetFigures, config: &Config) -> BodyView {
    let mut view = BodyView::default();
    let words = TableLabels::of(config.language);
    let s = &t.sheet;
    let caption = t
        .caption
        .clone()
        .unwrap_or_else(|| words.rows_caption.clone());
    view.facts.push(super::Fact::new(
        &words.rows_count,
        s.rows.len().to_string(),
    ));
    for (i, c) in s.columns.iter().enumerate() {
        if c.total && c.ty == ColumnType::Money {
            let units = d.sums.get(i).copied().flatten().unwrap_or(0);
            view.figures.push(figure(
                &words.column_total(&c.name.value),
                Fen(units),
                true,
                config.language,
            ));
        }
    }
    let table = self::table("rows", &caption, s, d, words, &|i| s.columns[i].total);
    let key = s
        .name_column()
        .or_else(|| s.columns.iter().position(|c| c.ty == ColumnType::Text));
    let lead = s
        .columns
        .iter()
        .position(|c| c.total && c.ty == ColumnType::Money);
    view.tables.push(with_roles(table, key, lead));
    if !s.rules.is_empty() {
        let rules: Vec<&str> = s.rules.iter().map(|r| r.value.text.as_str()).collect();
        view.notes
            .push(words.rules_note(&rules.join(words_separator(config))));
    }
    if config.privacy.mask_names && s.name_column().is_some() {
        view.notes.push(words.masked.clone());
    }
    view
}

/// Between two rules in a sentence.
fn words_separator(config: &Config) -> &'static str {
    &crate::render::labels::Labels::of(config.language)
        .site
        .list_break
}
