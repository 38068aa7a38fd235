//! A CSV file as Excel and WPS save it -> rows of text cells.
//!
//! The encoding is told from the bytes: UTF-8 with or without a BOM, UTF-16 with a BOM
//! (Excel's "Unicode text", tab-separated), else GB18030 (which GBK, Chinese Excel's
//! "CSV (逗号分隔)", is part of). The separator is the one of `,`, tab and `;` found most
//! often in the first line. Quoted cells may hold separators, quotes (doubled) and line
//! breaks; rows may have any number of cells, and each record is one row, as a
//! spreadsheet opening the file numbers them (so `file!B12` is where the clerk looks).
//! Cells are text: what a value means is `cells`'s job.

use super::workbook::Cell;
use crate::messages::{Problem, SpreadsheetProblem};

/// The rows of a CSV file, one per record as a spreadsheet counts them (a blank line is
/// an empty row, a quoted line break stays in its cell).
pub fn rows(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, Problem> {
    let text = decode(bytes).ok_or(Problem::from(SpreadsheetProblem::SheetEncoding))?;
    let separator = separator(&text);
    let cell = |field: &mut String| {
        let taken = std::mem::take(field);
        if taken.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(taken)
        }
    };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted => {
                if chars.next_if_eq(&'"').is_some() {
                    field.push('"');
                } else {
                    quoted = false;
                }
            }
            '"' if field.is_empty() => quoted = true,
            _ if quoted => field.push(c),
            '\r' | '\n' => {
                if c == '\r' {
                    chars.next_if_eq(&'\n');
                }
                row.push(cell(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ if c == separator => row.push(cell(&mut field)),
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(cell(&mut field));
        rows.push(row);
    }
    Ok(rows)
}

/// The text of a CSV file in whichever encoding it was saved; `None` when it is none of
/// them.
fn decode(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).ok();
    }
    for (bom, encoding) in [
        (&[0xFF, 0xFE], encoding_rs::UTF_16LE),
        (&[0xFE, 0xFF], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|t| t.into_owned());
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(text.to_string());
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
}

/// The separator most used in the first line (outside quotes): `,`, tab or `;`.
fn separator(text: &str) -> char {
    let mut counts = [(',', 0_usize), ('\t', 0), (';', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if !quoted => {
                for (sep, count) in &mut counts {
                    if c == *sep {
                        *count += 1;
                    }
                }
            }
            _ => {}
        }
    }
    // The first of the most used, so a line without any is read with commas.
    counts
        .iter()
        .fold(
            (',', 0),
            |best, &(sep, n)| if n > best.1 { (sep, n) } else { best },
        )
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.text().unwrap_or_default()).collect())
            .collect()
    }

    #[test]
    fn gbk_and_utf8_with_or_without_bom_read_alike() {
        let text = "日期,摘要,金额\r\n2026/1/5,\"会费, 一月\",\"1,200.00\"\r\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        let expected = vec![
            vec!["日期".to_string(), "摘要".into(), "金额".into()],
            vec![
                "2026/1/5".to_string(),
                "会费, 一月".into(),
                "1,200.00".into(),
            ],
        ];
        for bytes in [gbk.to_vec(), bom, text.as_bytes().to_vec()] {
            assert_eq!(texts(&rows(&bytes).unwrap()), expected);
        }
    }

    #[test]
    fn tabs_and_utf16_as_excel_saves_unicode_text() {
        let text = "姓名\t金额\n张三\t800\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            texts(&rows(&bytes).unwrap()),
            vec![vec!["姓名", "金额"], vec!["张三", "800"]]
        );
    }

    #[test]
    fn blank_cells_are_empty_and_rows_may_differ_in_length() {
        let read = rows("a,,b\n\nc,\"x\ny\"\"\"\nd".as_bytes()).unwrap();
        assert_eq!(read[0][1], Cell::Empty);
        assert_eq!(read.len(), 4);
        assert_eq!(read[1], vec![Cell::Empty]);
        assert_eq!(read[2][1], Cell::Text("x\ny\"".into()));
        assert_eq!(read[3], vec![Cell::Text("d".into())]);
    }
}
