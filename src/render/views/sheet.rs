//! A declared table as a page table: the engine's view under pay, merits, assessment and
//! table items. Cells keep their column's type (money in fen, numbers, dates,
//! percentages), from the public copy the rules made (`check::sheet::SheetFigures`:
//! names already masked); a column's key in `data.json` is its declared name. A kind adds
//! its own figures and picks the phone roles (see `table`).

use std::borrow::Cow;

use super::{BodyView, Cell, Column, ColumnType, Fact, Role, TableView, figure};
use crate::check::sheet::SheetFigures;
use crate::config::Config;
use crate::model::sheet::{self as model, CellValue, Sheet};
use crate::model::{Decimal2, Fen, TableItem};
use crate::render::labels::tables::TableLabels;

/// The table column type of a declared column type.
pub fn column_type(ty: model::ColumnType) -> ColumnType {
    match ty {
        model::ColumnType::Text | model::ColumnType::Name => ColumnType::Text,
        model::ColumnType::Money => ColumnType::Money,
        model::ColumnType::Number => ColumnType::Decimal,
        model::ColumnType::Date => ColumnType::Date,
        model::ColumnType::Percent => ColumnType::Percent,
    }
}

/// A column keyed `key` in `data.json`, with its heading.
pub fn column(key: &str, label: &str, kind: ColumnType) -> Column {
    Column {
        key: Cow::Owned(key.to_string()),
        label: label.to_string(),
        kind,
        on_page: true,
        role: Role::Detail,
    }
}

/// A cell of declared column type `ty` (empty when the row leaves it empty).
pub fn cell(value: Option<&CellValue>, ty: model::ColumnType) -> Cell {
    match value {
        None if ty.is_numeric() => Cell::Missing(""),
        None => Cell::Empty,
        Some(CellValue::Money(f)) => Cell::money(*f),
        // A percentage in hundredths: per-mille when exact (95.5%), else the number.
        Some(CellValue::Number(d)) if ty == model::ColumnType::Percent && d.0 % 10 == 0 => {
            Cell::Permille(d.0 / 10)
        }
        Some(CellValue::Number(d)) => Cell::Decimal(*d),
        Some(CellValue::Date(d)) => Cell::Date(*d),
        Some(CellValue::Text(t)) => Cell::text(t.clone()),
    }
}

/// A column's sum (fen or hundredths) as a totals cell.
pub fn sum_cell(units: i64, ty: model::ColumnType) -> Cell {
    match ty {
        model::ColumnType::Money => Cell::money(Fen(units)),
        _ => cell(Some(&CellValue::Number(Decimal2(units))), ty),
    }
}

/// The rows of `sheet` as a table with a 序号 column first; the footer sums the columns
/// whose index `summed` accepts (with 合计 under 序号), when any does.
pub fn table(
    id: &str,
    caption: &str,
    sheet: &Sheet,
    figures: &SheetFigures,
    words: &TableLabels,
    summed: &dyn Fn(usize) -> bool,
) -> TableView {
    let mut columns = vec![column("number", &words.number, ColumnType::Count)];
    columns.extend(
        sheet
            .columns
            .iter()
            .map(|c| column(&c.name.value, &c.name.value, column_type(c.ty))),
    );
    let rows = figures
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = vec![Cell::count(i + 1)];
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
                _ => Cell::Empty,
            }
        }));
        cells
    });
    TableView {
        rows,
        footer,
        ..TableView::new(id, caption, columns)
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
    view.facts
        .push(Fact::new(&words.rows_count, s.rows.len().to_string()));
    for (i, c) in s.columns.iter().enumerate() {
        if c.total && c.ty == model::ColumnType::Money {
            let units = d.sums.get(i).copied().flatten().unwrap_or(0);
            view.figures.push(figure(
                "column_total",
                &words.column_total(&c.name.value),
                Fen(units),
                true,
                config.language,
            ));
        }
    }
    let table = self::table("rows", &caption, s, d, words, &|i| s.columns[i].total);
    let key = s.name_column().or_else(|| {
        s.columns
            .iter()
            .position(|c| c.ty == model::ColumnType::Text)
    });
    let lead = s
        .columns
        .iter()
        .position(|c| c.total && c.ty == model::ColumnType::Money);
    view.tables.push(with_roles(table, key, lead));
    if !s.rules.is_empty() {
        let rules: Vec<&str> = s.rules.iter().map(|r| r.value.text.as_str()).collect();
        let separator = &crate::render::labels::Labels::of(config.language)
            .site
            .list_break;
        view.notes.push(words.rules_note(&rules.join(separator)));
    }
    if config.privacy.mask_names && s.name_column().is_some() {
        view.notes.push(words.masked.clone());
    }
    view
}
