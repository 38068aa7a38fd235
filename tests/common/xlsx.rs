//! Workbooks made in a test, so a test of spreadsheets needs no binary fixture.

use rust_xlsxwriter::{Format, Workbook};

/// A cell of a test sheet.
#[derive(Clone, Copy)]
pub enum V<'a> {
    T(&'a str),
    N(f64),
    /// A number shown as a percentage (`0.95` in a cell formatted `0%` shows `95%`).
    P(f64),
    E,
}
use V::{E, N, P, T};

/// A workbook with one sheet `name` holding `rows` from A1.
pub fn xlsx(name: &str, rows: &[&[V]]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name(name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                T(t) => {
                    sheet.write_string(r, c, *t).unwrap();
                }
                N(n) => {
                    sheet.write_number(r, c, *n).unwrap();
                }
                P(n) => {
                    let percent = Format::new().set_num_format("0%");
                    sheet.write_number_with_format(r, c, *n, &percent).unwrap();
                }
                E => {}
            }
        }
    }
    book.save_to_buffer().unwrap()
}
