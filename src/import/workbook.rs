//! A clerk's spreadsheet file -> one sheet as a grid of cells (`Sheet`): `.xlsx`, `.xlsm`,
//! `.xlsb`, `.xls` and `.ods` read with `calamine`, `.csv` (and `.tsv`, `.txt`) with
//! `import::csv`.
//!
//! A cell is kept as what it holds, never rounded: text as typed; a number as the
//! shortest decimal that is exactly the stored binary number (what Excel shows with
//! enough digits: a cell computing 0.1+0.2 holds `0.30000000000000004`, and is refused as
//! an amount later rather than silently made 0.3); a date-formatted number as its date; a
//! number formatted as a percentage as the clerk sees it (0.95 shown `95%` is `95%`, its
//! decimal point moved, never multiplied in floating point).
//! Nothing here knows what a column means (that is `header`) or what a value must be
//! (`cells`).

use std::io::Cursor;

use calamine::{Data, Reader};
use jiff::civil::Date;

use super::csv;
use crate::messages::{Problem, SpreadsheetProblem};

/// What a cell holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Nothing, or only spaces.
    Empty,
    /// Text as typed (CSV cells are all text), or a percentage as shown (`95%`).
    Text(String),
    /// A number, as the shortest decimal that is the stored number exactly.
    Number(String),
    /// A number formatted as a date (the time of day, if any, dropped).
    Date(Date),
    /// Anything else (true/false, `#DIV/0!`), as shown.
    Other(String),
}

impl Cell {
    /// A cell as a CSV gives it: empty text is no value (tests build sheets this way).
    #[cfg(test)]
    pub(crate) fn typed(text: &str) -> Cell {
        match text.is_empty() {
            true => Cell::Empty,
            false => Cell::Text(text.to_string()),
        }
    }

    /// True for an empty cell.
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// What the cell shows, as text (`None` when empty).
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(s) | Cell::Number(s) | Cell::Other(s) => Some(s.clone()),
            Cell::Date(d) => Some(d.to_string()),
        }
    }
}

/// One sheet: its name and its rows, row 0 being the spreadsheet's row 1 and column 0 its
/// column A (leading empty rows and columns kept, so places are the clerk's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name (a CSV file's is its file name without the extension).
    pub name: String,
    /// Whether the file has sheets (a CSV file has none: its places are `file!B12`).
    pub named: bool,
    /// The cells, by row then column.
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The cell at `row`, `column` (0-based); empty beyond the data.
    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&Cell::Empty)
    }
}

/// How a file is read, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A workbook calamine reads.
    Workbook,
    /// Comma-, tab- or semicolon-separated text.
    Csv,
}

/// The format of the file at `path`, by its extension (any case); `None` for any other.
pub fn format_of(path: &str) -> Option<Format> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(Format::Workbook),
        "csv" | "tsv" | "txt" => Some(Format::Csv),
        _ => None,
    }
}

/// The extensions `format_of` knows, for messages.
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];

/// Reads the sheet `sheet` (the first one when `None`) of the file `path` (its name says
/// the format) from `bytes`.
pub fn open(path: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, Problem> {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match format_of(path) {
        None => Err(Problem::from(SpreadsheetProblem::SheetFormat {
            file: file.to_string(),
        })),
        Some(Format::Csv) => {
            let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
            if let Some(asked) = sheet.filter(|s| *s != stem) {
                return Err(Problem::from(SpreadsheetProblem::SheetMissing {
                    sheet: asked.to_string(),
                    sheets: vec![stem.to_string()],
                }));
            }
            let rows = csv::rows(bytes)?;
            Ok(Sheet {
                name: stem.to_string(),
                named: false,
                rows,
            })
        }
        // calamine may panic on a damaged file (third-party code): that file is unread,
        // the run goes on.
        Some(Format::Workbook) => std::panic::catch_unwind(|| workbook(bytes, sheet))
            .unwrap_or(Err(Problem::from(SpreadsheetProblem::SheetUnreadable))),
    }
}

/// The sheet of a workbook calamine opens.
fn workbook(bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, Problem> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|_| Problem::from(SpreadsheetProblem::SheetUnreadable))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(asked) => names
            .iter()
            .find(|n| n.as_str() == asked)
            .or_else(|| names.iter().find(|n| n.trim() == asked.trim()))
            .cloned(),
        None => names.first().cloned(),
    };
    let Some(name) = name else {
        return Err(Problem::from(SpreadsheetProblem::SheetMissing {
            sheet: sheet.unwrap_or_default().to_string(),
            sheets: names,
        }));
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|_| Problem::from(SpreadsheetProblem::SheetUnreadable))?;
    // Number formats (calamine reads them from .xlsx; other formats give none): only a
    // percentage's changes what a cell holds for the clerk.
    let styles = book.worksheet_style(&name).unwrap_or_default();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    if let Some((top, left)) = range.start() {
        let (top, left) = (top as usize, left as usize);
        for (r, row) in range.rows().enumerate() {
            let at = top + r;
            let cells: Vec<Cell> = std::iter::repeat_n(Cell::Empty, left)
                .chain(row.iter().enumerate().map(|(c, data)| {
                    let style = styles.get((to_u32(at), to_u32(left + c)));
                    let format = style.and_then(|s| s.number_format.as_ref());
                    match format.map(|f| f.format_code.as_str()) {
                        Some(code) => shown_as_percent(data, code).unwrap_or_else(|| cell(data)),
                        None => cell(data),
                    }
                }))
                .collect();
            if rows.len() <= at {
                rows.resize(at + 1, Vec::new());
            }
            rows[at] = cells;
        }
    }
    Ok(Sheet {
        name,
        named: true,
        rows,
    })
}

/// A calamine cell as what it holds.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(i.to_string()),
        Data::Float(f) => Cell::Number(decimal(*f)),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            match Date::new(y as i16, m as i8, day as i8) {
                Ok(date) => Cell::Date(date),
                Err(_) => Cell::Number(decimal(d.as_f64())),
            }
        }
        Data::DateTime(d) => Cell::Number(decimal(d.as_f64())),
        Data::DateTimeIso(s) => match s.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            Some(date) => Cell::Date(date),
            None => Cell::Other(s.clone()),
        },
        Data::DurationIso(s) => Cell::Other(s.clone()),
        Data::Bool(b) => Cell::Other(b.to_string().to_uppercase()),
        Data::Error(e) => Cell::Other(format!("#{e:?}")),
    }
}

/// A position as calamine takes it (a sheet has fewer rows and columns than `u32` holds).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A number cell whose format `code` shows it as a percentage, as shown: `0.95` under
/// `0%` is `95%` (the stored decimal's point moved two places, so nothing is rounded:
/// `0.12345` is `12.345%`, which a percent column refuses like any third decimal).
fn shown_as_percent(data: &Data, code: &str) -> Option<Cell> {
    let number = match data {
        Data::Float(f) => decimal(*f),
        Data::Int(i) => i.to_string(),
        _ => return None,
    };
    let negative = number.starts_with('-');
    is_percent_format(code, negative).then(|| Cell::Text(format!("{}%", hundredfold(&number))))
}

/// Whether the number format `code` shows a number (`negative` or not) as a percentage:
/// an unquoted, unescaped `%` outside `[..]` in the section that shows it (`0.0%;[Red]-0.0%`;
/// a `"%"` written as text is no percentage).
fn is_percent_format(code: &str, negative: bool) -> bool {
    let mut sections = vec![false];
    let (mut quoted, mut bracket, mut escaped) = (false, false, false);
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\\' => escaped = true,
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            ';' => sections.push(false),
            '%' => {
                if let Some(last) = sections.last_mut() {
                    *last = true;
                }
            }
            _ => {}
        }
    }
    let section = if negative && sections.len() > 1 { 1 } else { 0 };
    sections.get(section).copied().unwrap_or(false)
}

/// The decimal `number` (digits, an optional sign and point, no exponent) times 100, by
/// moving its point: `0.95` -> `95`, `1` -> `100`, `0.875` -> `87.5`, `-0.05` -> `-5`.
fn hundredfold(number: &str) -> String {
    let (sign, digits) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let fraction = format!("{fraction:0<2}");
    let (moved, rest) = fraction.split_at(2);
    let whole = format!("{whole}{moved}");
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let rest = rest.trim_end_matches('0');
    match (rest.is_empty(), whole == "0" && rest.is_empty()) {
        (_, true) => "0".into(),
        (true, false) => format!("{sign}{whole}"),
        (false, false) => format!("{sign}{whole}.{rest}"),
    }
}

/// The shortest decimal that reads back as exactly `number` (Rust's `Display` for
/// `f64`, which never writes an exponent): the cell's value as far as the stored binary
/// number tells it, with no rounding to a number of places.
fn decimal(number: f64) -> String {
    if number == 0.0 {
        // `-0` is zero.
        return "0".into();
    }
    number.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_every_digit_they_hold() {
        assert_eq!(decimal(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(decimal(1234.56), "1234.56");
        assert_eq!(decimal(1e21), "1000000000000000000000");
        assert_eq!(decimal(-0.0), "0");
        assert_eq!(decimal(3200.0), "3200");
    }

    #[test]
    fn percentages_move_the_point_and_round_nothing() {
        assert_eq!(hundredfold("0.95"), "95");
        assert_eq!(hundredfold("1"), "100");
        assert_eq!(hundredfold("0.875"), "87.5");
        assert_eq!(hundredfold("-0.05"), "-5");
        assert_eq!(hundredfold("0"), "0");
        assert_eq!(hundredfold("12.3456"), "1234.56");
        assert_eq!(hundredfold("0.30000000000000004"), "30.000000000000004");
        assert!(is_percent_format("0%", false));
        assert!(is_percent_format("0.00%", false));
        assert!(is_percent_format("#,##0.0%;[Red]-0.0%", true));
        assert!(!is_percent_format("0.00\"%\"", false));
        assert!(!is_percent_format("0.00\\%", false));
        assert!(!is_percent_format("General", false));
        assert!(!is_percent_format("0.00;(0.00%)", false));
        assert!(is_percent_format("0.00;(0.00%)", true));
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(format_of("a/Ledger.XLSX"), Some(Format::Workbook));
        assert_eq!(format_of("名单.csv"), Some(Format::Csv));
        assert_eq!(format_of("a.ods"), Some(Format::Workbook));
        assert_eq!(format_of("a.pdf"), None);
        assert_eq!(format_of("noext"), None);
    }

    #[test]
    fn a_workbook_is_read_with_its_places() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet().set_name("账").unwrap();
        sheet.write_string(2, 1, "日期").unwrap();
        sheet.write_number(3, 2, 0.1 + 0.2).unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let read = open("a.xlsx", &bytes, None).unwrap();
        assert_eq!(read.name, "账");
        assert_eq!(read.cell(2, 1), &Cell::Text("日期".into()));
        assert_eq!(read.cell(3, 2), &Cell::Number("0.30000000000000004".into()));
        assert_eq!(read.cell(0, 0), &Cell::Empty);
        assert!(matches!(
            open("a.xlsx", &bytes, Some("Sheet9")),
            Err(Problem::Spreadsheet(
                SpreadsheetProblem::SheetMissing { .. }
            ))
        ));
        assert_eq!(
            open("a.xlsx", b"not a workbook", None),
            Err(Problem::from(SpreadsheetProblem::SheetUnreadable))
        );
    }
}
