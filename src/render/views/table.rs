//! How a table reads on a phone: which column names a row, which figure the row exists
//! for, and whether the table fits a narrow screen as it is.
//!
//! Below the theme's phone breakpoint a table that does not fit becomes one block per row:
//! the row's name (`Role::Key`, after its number, `Role::Index`) and its figure
//! (`Role::Lead`) on the first line, every other cell as `label：value` below. Each view
//! picks the roles of its tables, since it knows what a worker looks for first; this
//! module only measures. Nothing here goes into `data.json` (see `exports`).

use serde::Serialize;

use super::TableView;
use crate::render::charts::text_columns;

/// What a column is to a row shown as a block on a phone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// `label：value`, below the row's name.
    #[default]
    Detail,
    /// A number or date before the row's name (序号, 科目编码, 日期), without a label.
    Index,
    /// The row's name, first and bold (姓名, 科目名称, 案由).
    Key,
    /// The figure the row exists for, on the name's line (金额, 出勤, 状态).
    Lead,
}

/// How a phone shows a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phone {
    /// One block per row (the safe choice for a table not measured).
    #[default]
    Stack,
    /// As a table: it fits a 320 px screen as it is.
    Table,
}

/// Widest a table may be, in px, to stay a table on a 320 px screen (16 px margins).
const PHONE_WIDTH: usize = 288;
/// Width of one display column of table text on a phone (0.95 × 15 px, halved), in
/// tenths of a px: a CJK character is two columns.
const COLUMN_TENTHS: usize = 72;
/// A cell's padding and border, in px.
const CELL_EXTRA: usize = 13;

impl TableView {
    /// Sets the phone roles: the row's `key` column, an `index` shown before it and the
    /// `lead` figure beside it; every other column is a detail.
    pub fn roles(mut self, index: Option<usize>, key: usize, lead: Option<usize>) -> TableView {
        for (i, column) in self.columns.iter_mut().enumerate() {
            column.role = if i == key {
                Role::Key
            } else if Some(i) == lead {
                Role::Lead
            } else if Some(i) == index {
                Role::Index
            } else {
                Role::Detail
            };
        }
        self
    }

    /// Decides how a phone shows it: as a table when its widest cells fit a 320 px
    /// screen side by side, else one block per row.
    pub fn laid_out(mut self) -> TableView {
        self.phone = if self.phone_width() <= PHONE_WIDTH {
            Phone::Table
        } else {
            Phone::Stack
        };
        self
    }

    /// The width of the table on a phone with no cell wrapped, in px (an estimate from
    /// display columns, as charts measure their labels).
    fn phone_width(&self) -> usize {
        (0..self.columns.len())
            .map(|i| {
                let cells = self
                    .rows
                    .iter()
                    .chain(&self.footer)
                    .filter_map(|r| r.get(i));
                let widest = cells
                    .map(|c| text_columns(&c.text))
                    .chain([text_columns(&self.columns[i].label)])
                    .max()
                    .unwrap_or(0);
                widest * COLUMN_TENTHS / 10 + CELL_EXTRA
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::{Cell, columns};

    fn table(labels: &[&str], row: &[&str]) -> TableView {
        let spec: Vec<(&str, bool)> = labels.iter().map(|l| (*l, false)).collect();
        TableView {
            id: "t".into(),
            caption: "c".into(),
            columns: columns(&spec),
            rows: vec![row.iter().map(|c| Cell::text(*c)).collect()],
            footer: None,
            phone: Phone::default(),
        }
    }

    #[test]
    fn a_short_table_stays_a_table_and_a_wide_one_stacks() {
        let short = table(
            &["困难原因", "人数", "金额"],
            &["因病致困", "4", "¥5,000.00"],
        );
        assert_eq!(short.laid_out().phone, Phone::Table);
        let wide = table(
            &["序号", "姓名", "班组", "金额", "物品"],
            &["1", "张*营", "通风一班", "¥1,200.00", "米、面、油"],
        );
        assert_eq!(wide.laid_out().phone, Phone::Stack);
    }

    #[test]
    fn roles_name_the_row_and_its_figure() {
        let t = table(
            &["序号", "姓名", "金额", "物品"],
            &["1", "张*营", "¥1.00", "米"],
        );
        assert_eq!(t.columns[0].role, Role::Key, "the first column by default");
        let t = t.roles(Some(0), 1, Some(2));
        let roles: Vec<Role> = t.columns.iter().map(|c| c.role).collect();
        assert_eq!(roles, [Role::Index, Role::Key, Role::Lead, Role::Detail]);
    }
}
