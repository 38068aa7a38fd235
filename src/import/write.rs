//! What `gongkai import` writes: the item as a clerk would type it by hand (the spec's
//! layout: one flow mapping per line, amounts quoted with two decimals, dates as
//! `2026-04-05`), under a comment naming the file and sheet it came from.
//!
//! What the sheet cannot tell is left empty with a comment saying what to fill in
//! (`program:` of a welfare list, a period no title or date gives), so that `check`
//! stops at it instead of a guess being published. The comments' words are in
//! `messages`.

use std::fmt::Write as _;

use super::{Lines, SheetRead};
use crate::config::Language;
use crate::messages::import::{self as words, Fill};
use crate::model::kinds::{AttendanceRecord, FinanceLine, Recipient};
use crate::model::sheet::{CellValue, ColumnType, Sheet, SheetRow};
use crate::model::{Date, Fen, Kind, Period};

/// The YAML of the item read from `read`, made on `today`; `file` is the sheet's file
/// as named in the comment; the comments are in `language`.
pub fn item(read: &SheetRead, file: &str, today: Date, language: Language) -> String {
    let mut out = String::new();
    let sheet = read.source.sheet.as_deref();
    for line in words::written_from(language, file, sheet, read.line_count()) {
        let _ = writeln!(out, "# {line}");
    }
    let kind = match &read.lines {
        Lines::Finance(_) => "finance",
        Lines::Welfare(_) => "welfare",
        Lines::Attendance(_) => "attendance",
        Lines::Table(t) => t.kind.key(),
    };
    let _ = writeln!(out, "kind: {kind}");
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let title = read
        .columns
        .title
        .clone()
        .unwrap_or_else(|| stem.to_string());
    let _ = writeln!(out, "title: {}", scalar(&title));
    let _ = writeln!(out, "published: {today}");
    let period = period_in_title(&title).or_else(|| match &read.lines {
        Lines::Finance(f) => f.dates.and_then(|(a, b)| smallest_period(a, b)),
        _ => None,
    });
    let optional = |t: &super::TableSheet| matches!(t.kind, Kind::Merits | Kind::Table);
    match (&read.lines, period) {
        (Lines::Welfare(_), _) => {}
        (Lines::Table(t), None) if optional(t) => {}
        (_, Some(p)) => {
            let _ = writeln!(out, "period: {p}");
        }
        (_, None) => {
            let _ = writeln!(out, "period:   # {}", words::fill(language, Fill::Period));
        }
    }
    match &read.lines {
        Lines::Finance(f) => {
            match &f.opening {
                Some(o) => {
                    let _ = writeln!(out, "opening_balance: {}", amount(o.value));
                }
                None => {
                    let _ = writeln!(
                        out,
                        "opening_balance:   # {}",
                        words::fill(language, Fill::Opening)
                    );
                }
            }
            lines(&mut out, "income", &f.income, finance_line);
            lines(&mut out, "expenses", &f.expenses, finance_line);
            if let Some(c) = f.closing {
                let _ = writeln!(out, "closing_balance: {}", amount(c));
            }
        }
        Lines::Welfare(w) => {
            let _ = writeln!(out, "program:   # {}", words::fill(language, Fill::Program));
            lines(&mut out, "recipients", &w.recipients, recipient);
            if let Some(t) = &w.total {
                let _ = writeln!(out, "total: {}", amount(t.value));
            }
        }
        Lines::Attendance(a) => {
            match &a.workdays {
                Some(w) => {
                    let _ = writeln!(out, "workdays: {}", w.value);
                }
                None => {
                    let _ = writeln!(
                        out,
                        "workdays:   # {}",
                        words::fill(language, Fill::Workdays)
                    );
                }
            }
            lines(&mut out, "records", &a.records, record);
        }
        Lines::Table(t) => {
            if let Some(pool) = &t.pool {
                let _ = writeln!(out, "pool: {}", amount(pool.value));
            }
            match t.kind {
                Kind::Merits => table_rows(&mut out, "entries", &t.table),
                Kind::Assessment => {
                    components(&mut out, &t.table, language);
                    table_rows(&mut out, "scores", &t.table);
                }
                _ => {
                    declared_columns(&mut out, &t.table);
                    table_rows(&mut out, "rows", &t.table);
                }
            }
        }
    }
    out
}

/// `columns:` as the sheet's header declares them, one flow mapping each.
fn declared_columns(out: &mut String, table: &Sheet) {
    let _ = writeln!(out, "columns:");
    for c in &table.columns {
        let _ = writeln!(
            out,
            "  - {}",
            flow(&[
                ("name", Some(scalar(&c.name.value))),
                ("type", Some(c.ty.key().to_string())),
                ("role", c.role.as_ref().map(|r| r.value.to_string())),
                ("total", c.total.then(|| "true".to_string())),
            ])
        );
    }
}

/// An assessment's `components:` with their full marks, or `max:` left for the clerk.
fn components(out: &mut String, table: &Sheet, language: Language) {
    let _ = writeln!(out, "components:");
    let last = table.columns.len().saturating_sub(1);
    for c in table.columns.iter().take(last).skip(1) {
        let _ = writeln!(out, "  - name: {}", scalar(&c.name.value));
        match &c.max {
            Some(max) => {
                let _ = writeln!(out, "    max: {}", crate::model::Decimal2(max.value));
            }
            None => {
                let _ = writeln!(out, "    max:   # {}", words::fill(language, Fill::Max));
            }
        }
    }
}

/// The rows of a declared table under `key`, each keyed by its column names.
fn table_rows(out: &mut String, key: &str, table: &Sheet) {
    let shown: Vec<String> = table.rows.iter().map(|r| table_row(table, r)).collect();
    lines(out, key, &shown, String::clone);
}

/// One row as a flow mapping of its filled cells: money quoted with two decimals,
/// percentages with `%`, dates as `2026-04-05`.
fn table_row(table: &Sheet, row: &SheetRow) -> String {
    let cells: Vec<(String, Option<String>)> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let value = row.cell(i).map(|cell| match &cell.value {
                CellValue::Text(t) => scalar(t),
                CellValue::Money(f) => amount(*f),
                CellValue::Number(d) if c.ty == ColumnType::Percent => format!("{d}%"),
                CellValue::Number(d) => d.to_string(),
                CellValue::Date(d) => d.to_string(),
            });
            (scalar(&c.name.value), value)
        })
        .collect();
    let borrowed: Vec<(&str, Option<String>)> =
        cells.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    flow(&borrowed)
}

/// `key:` and one `- {…}` line per entry (`key: []` when there is none).
fn lines<T>(out: &mut String, key: &str, entries: &[T], show: fn(&T) -> String) {
    if entries.is_empty() {
        let _ = writeln!(out, "{key}: []");
        return;
    }
    let _ = writeln!(out, "{key}:");
    for entry in entries {
        let _ = writeln!(out, "  - {}", show(entry));
    }
}

/// `{a: 1, b: x}` of the pairs whose value is given.
fn flow(pairs: &[(&str, Option<String>)]) -> String {
    let inner: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {v}")))
        .collect();
    format!("{{{}}}", inner.join(", "))
}

fn finance_line(l: &FinanceLine) -> String {
    flow(&[
        ("date", Some(l.date.value.to_string())),
        ("category", Some(scalar(&l.category.value))),
        ("amount", Some(amount(l.amount.value))),
        ("payee", l.payee.as_deref().map(scalar)),
        ("voucher", l.voucher.as_deref().map(scalar)),
        ("note", l.note.as_deref().map(scalar)),
    ])
}

fn recipient(r: &Recipient) -> String {
    flow(&[
        ("name", Some(scalar(&r.name.value))),
        ("team", r.team.as_deref().map(scalar)),
        ("reason", r.reason.as_deref().map(scalar)),
        ("amount", Some(amount(r.amount.value))),
        ("goods", r.goods.as_deref().map(scalar)),
        ("note", r.note.as_deref().map(scalar)),
    ])
}

fn record(r: &AttendanceRecord) -> String {
    let leave = (!r.leave.is_empty()).then(|| {
        let pairs: Vec<(String, Option<String>)> = r
            .leave
            .iter()
            .map(|(k, d)| (scalar(&k.value), Some(d.value.to_string())))
            .collect();
        let borrowed: Vec<(&str, Option<String>)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        flow(&borrowed)
    });
    flow(&[
        ("name", Some(scalar(&r.name.value))),
        ("present", Some(r.present.value.to_string())),
        ("leave", leave),
        ("absent", r.absent.as_ref().map(|a| a.value.to_string())),
        (
            "overtime_hours",
            r.overtime_hours.as_ref().map(|o| o.value.to_string()),
        ),
        ("note", r.note.as_deref().map(scalar)),
    ])
}

/// An amount as the spec writes it: `"1234.56"`.
fn amount(fen: Fen) -> String {
    format!("\"{}\"", fen.yuan_text())
}

/// Text as a YAML scalar inside a flow mapping: plain when YAML reads it back as the
/// same text, else double-quoted.
pub fn scalar(text: &str) -> String {
    // Digits and the signs of numbers, dates and times alone: YAML reads those as
    // numbers or dates, not text (`501`, `2026-01-05`, `012`).
    let number_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || "+-.:_eExo ".contains(c));
    let plain = !text.is_empty()
        && !number_like
        && !text.starts_with(|c: char| c.is_whitespace() || "-?:,[]{}#&*!|>'\"%@`+.~".contains(c))
        && !text.ends_with(char::is_whitespace)
        && !text.contains(['#', ',', '[', ']', '{', '}', '"', '\'', '\\'])
        && !text.contains(": ")
        && !text.ends_with(':')
        && !text.chars().any(char::is_control)
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        return text.to_string();
    }
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04x}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The period a title names: `2026年3月` -> `2026-03`, `2026年第一季度` -> `2026-Q1`,
/// `2026年上半年` -> `2026-H1`, `2026年度` -> `2026`.
fn period_in_title(title: &str) -> Option<Period> {
    let at = title.find('年')?;
    let year = title[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .chars()
        .rev()
        .collect::<String>();
    if year.len() != 4 {
        return None;
    }
    let rest = &title[at + '年'.len_utf8()..];
    let month: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let text = if !month.is_empty() && rest[month.len()..].starts_with('月') {
        format!("{year}-{month:0>2}")
    } else if let Some(q) = ["一", "二", "三", "四"]
        .iter()
        .chain(&["1", "2", "3", "4"])
        .position(|n| {
            rest.trim_start_matches('第')
                .strip_prefix(n)
                .is_some_and(|r| r.starts_with("季"))
        })
    {
        format!("{year}-Q{}", q % 4 + 1)
    } else if rest.starts_with("上半年") {
        format!("{year}-H1")
    } else if rest.starts_with("下半年") {
        format!("{year}-H2")
    } else if rest.starts_with('度') || rest.starts_with("全年") {
        year
    } else {
        return None;
    };
    Period::parse(&text)
}

/// The shortest period (month, quarter, half, year) holding both dates.
fn smallest_period(first: Date, last: Date) -> Option<Period> {
    if first.year() != last.year() {
        return None;
    }
    let year = first.year();
    let month = |d: Date| d.month();
    let candidates = [
        format!("{year}-{:02}", month(first)),
        format!("{year}-Q{}", (month(first) - 1) / 3 + 1),
        format!("{year}-H{}", (month(first) - 1) / 6 + 1),
        year.to_string(),
    ];
    candidates
        .iter()
        .filter_map(|c| Period::parse(c))
        .find(|p| p.contains(first) && p.contains(last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn scalars_are_plain_unless_yaml_would_misread_them() {
        assert_eq!(scalar("会费收入"), "会费收入");
        assert_eq!(scalar("记-012"), "记-012");
        assert_eq!(scalar("501"), "\"501\"");
        assert_eq!(scalar("a, b"), "\"a, b\"");
        assert_eq!(scalar("x: y"), "\"x: y\"");
        assert_eq!(scalar("米、面、油"), "米、面、油");
        assert_eq!(scalar("两行\n文字"), "\"两行\\n文字\"");
        assert_eq!(scalar("no"), "\"no\"");
        assert_eq!(scalar("#3"), "\"#3\"");
    }

    #[test]
    fn periods_from_titles_and_dates() {
        let p = |t: &str| period_in_title(t).map(|p| p.to_string());
        assert_eq!(p("2026年3月通风队出勤公示").as_deref(), Some("2026-03"));
        assert_eq!(p("2026年第一季度工会经费收支").as_deref(), Some("2026-Q1"));
        assert_eq!(p("2026年第2季度").as_deref(), Some("2026-Q2"));
        assert_eq!(p("2026年上半年").as_deref(), Some("2026-H1"));
        assert_eq!(p("2026年度经费").as_deref(), Some("2026"));
        assert_eq!(p("春节慰问名单"), None);
        let s = |a, b| smallest_period(a, b).map(|p| p.to_string());
        assert_eq!(
            s(date(2026, 1, 5), date(2026, 3, 28)).as_deref(),
            Some("2026-Q1")
        );
        assert_eq!(
            s(date(2026, 2, 1), date(2026, 2, 27)).as_deref(),
            Some("2026-02")
        );
        assert_eq!(
            s(date(2026, 3, 1), date(2026, 4, 2)).as_deref(),
            Some("2026-H1")
        );
        assert_eq!(s(date(2025, 12, 1), date(2026, 1, 2)), None);
    }
}
