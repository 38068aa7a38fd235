//! Reading a declared table (the shared engine of pay, merits, assessment and table
//! items): `columns:` with their types and options, `rows:` keyed by column name, and
//! `rules:` such as `实发 = 应发 - 扣款`.
//!
//! Shapes only: a row's keys must be declared columns and its cells must read as their
//! column's type; whether the numbers agree is `check::sheet`'s to judge. Column names
//! are the clerk's, so rows are read key by key here (not through `Fields`, whose keys
//! are the format's own).

use crate::load::fields::{self, Ctx, Fields};
use crate::messages::{Problem, TableProblem};
use crate::model::sheet::{CellValue, ColumnSpec, ColumnType, RowRule, SheetRow};
use crate::model::{Decimal2, Spanned, money};
use crate::yaml::Node;

/// Reads `columns:` (required) as declared columns; `roles` are the `role:` words the
/// kind gives meaning to (none: `role:` is not a key here).
pub fn columns(
    ctx: &mut Ctx,
    f: &Fields,
    roles: &[&'static str],
) -> Option<(Vec<ColumnSpec>, crate::diagnostic::Pos)> {
    let node = f.required(ctx, "columns")?;
    let mut out: Vec<ColumnSpec> = Vec::new();
    let mut ok = true;
    for entry in fields::list(ctx, node, "columns") {
        match column(ctx, entry, roles) {
            Some(c) => {
                if out.iter().any(|o| o.name.value == c.name.value) {
                    ctx.report(
                        Problem::from(TableProblem::DuplicateColumn {
                            name: c.name.value.clone(),
                        }),
                        c.name.pos,
                    );
                    ok = false;
                } else if let Some(role) = &c.role
                    && out
                        .iter()
                        .any(|o| o.role.as_ref().is_some_and(|r| r.value == role.value))
                {
                    ctx.report(
                        Problem::from(TableProblem::DuplicateRole { role: role.value }),
                        role.pos,
                    );
                    ok = false;
                } else {
                    out.push(c);
                }
            }
            None => ok = false,
        }
    }
    if out.is_empty() && ok {
        ctx.report(
            Problem::EmptyValue {
                key: "columns".into(),
            },
            node.pos,
        );
        return None;
    }
    ok.then_some((out, node.pos))
}

/// A column as a kind fixes it (a merits notice's `amount`): key, type and `total`.
pub fn fixed(name: &str, ty: ColumnType, total: bool) -> ColumnSpec {
    ColumnSpec {
        pos: Default::default(),
        name: Spanned::new(name.to_string(), Default::default()),
        ty,
        total,
        min: None,
        max: None,
        role: None,
    }
}

fn column(ctx: &mut Ctx, node: &Node, roles: &[&'static str]) -> Option<ColumnSpec> {
    let f = Fields::of(ctx, node, "column")?;
    let name = fields::req_text(ctx, &f, "name");
    let ty = f
        .required(ctx, "type")
        .and_then(|n| fields::choice(ctx, n, "type", &ColumnType::KEYS))
        .and_then(|c| ColumnType::from_key(c.value));
    let total = match f.get("total") {
        Some(n) => fields::boolean(ctx, n, "total"),
        None => Some(false),
    };
    let bound = |ctx: &mut Ctx, key: &'static str| -> Option<Option<Spanned<i64>>> {
        let Some(n) = f.get(key) else {
            return Some(None);
        };
        let ty = ty?;
        if !ty.is_numeric() {
            ctx.report(
                Problem::from(TableProblem::BoundOnText { key, ty: ty.key() }),
                n.pos,
            );
            return None;
        }
        let text = n.as_scalar().unwrap_or("");
        let value = match ty {
            ColumnType::Money => money::parse(text).map(|f| f.0),
            _ => Decimal2::parse(text).map(|d| d.0),
        };
        match value {
            Ok(v) => Some(Some(Spanned::new(v, n.pos))),
            Err(_) => {
                ctx.report(
                    Problem::BadNumber {
                        text: text.to_string(),
                    },
                    n.pos,
                );
                None
            }
        }
    };
    let min = bound(ctx, "min");
    let max = bound(ctx, "max");
    let role = if roles.is_empty() {
        Some(None)
    } else {
        match f.get("role") {
            Some(n) => fields::choice(ctx, n, "role", roles).map(Some),
            None => Some(None),
        }
    };
    f.finish(ctx);
    Some(ColumnSpec {
        pos: node.pos,
        name: name?,
        ty: ty?,
        total: total?,
        min: min?,
        max: max?,
        role: role?,
    })
}

/// Reads the list at `key` (required) as rows of `columns`, keyed by column name.
pub fn rows(
    ctx: &mut Ctx,
    f: &Fields,
    key: &'static str,
    columns: &[ColumnSpec],
) -> Option<Vec<SheetRow>> {
    let node = f.required(ctx, key)?;
    let mut ok = true;
    let mut out = Vec::new();
    for entry in fields::list(ctx, node, key) {
        match row(ctx, entry, columns) {
            Some(r) => out.push(r),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// One row: each key a column, each value read as its column's type.
pub fn row(ctx: &mut Ctx, node: &Node, columns: &[ColumnSpec]) -> Option<SheetRow> {
    let pairs = fields::pairs(ctx, node, "row");
    let mut cells: Vec<Option<Spanned<CellValue>>> = vec![None; columns.len()];
    let mut ok = true;
    for (k, v) in pairs {
        let key = k.as_scalar().unwrap_or("").trim();
        let Some(i) = columns.iter().position(|c| c.name.value == key) else {
            ctx.report(
                Problem::from(TableProblem::UnknownColumn {
                    key: key.to_string(),
                    known: columns.iter().map(|c| c.name.value.clone()).collect(),
                }),
                k.pos,
            );
            ok = false;
            continue;
        };
        if cells[i].is_some() {
            ctx.report(
                Problem::DuplicateKey {
                    key: key.to_string(),
                },
                k.pos,
            );
            ok = false;
            continue;
        }
        if v.is_null() {
            continue;
        }
        match cell(ctx, v, key, columns[i].ty) {
            Some(c) => cells[i] = Some(c),
            None => ok = false,
        }
    }
    ok.then_some(SheetRow {
        pos: node.pos,
        cells,
    })
}

/// A cell read as `ty`; a percentage may end in `%`.
fn cell(ctx: &mut Ctx, node: &Node, key: &str, ty: ColumnType) -> Option<Spanned<CellValue>> {
    let value = match ty {
        ColumnType::Text | ColumnType::Name => CellValue::Text(fields::text(ctx, node, key)?.value),
        ColumnType::Money => CellValue::Money(fields::amount(ctx, node, key)?.value),
        ColumnType::Number => CellValue::Number(fields::decimal(ctx, node, key)?.value),
        ColumnType::Percent => {
            let text = node.as_scalar().unwrap_or("").trim();
            match Decimal2::parse(text.strip_suffix('%').unwrap_or(text)) {
                Ok(d) => CellValue::Number(d),
                Err(_) => {
                    ctx.report(Problem::BadNumber { text: text.into() }, node.pos);
                    return None;
                }
            }
        }
        ColumnType::Date => CellValue::Date(fields::date(ctx, node, key)?.value),
    };
    Some(Spanned::new(value, node.pos))
}

/// Reads `rules:` (optional): each `列 = 列 ± 列 …` over numeric columns of one unit.
pub fn rules(ctx: &mut Ctx, f: &Fields, columns: &[ColumnSpec]) -> Option<Vec<Spanned<RowRule>>> {
    let Some(node) = f.get("rules") else {
        return Some(Vec::new());
    };
    let mut ok = true;
    let mut out = Vec::new();
    for entry in fields::list(ctx, node, "rules") {
        let Some(text) = fields::text(ctx, entry, "rules") else {
            ok = false;
            continue;
        };
        match parse_rule(&text.value, columns) {
            Ok(rule) => out.push(Spanned::new(rule, entry.pos)),
            Err(problem) => {
                ctx.report(Problem::Table(problem), entry.pos);
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// Parses `实发 = 应发 - 扣款` against the columns: one `=`, columns joined by `+` or `-`
/// (ASCII or full-width), all money or all numbers.
pub fn parse_rule(text: &str, columns: &[ColumnSpec]) -> Result<RowRule, Box<TableProblem>> {
    let syntax = || {
        Box::new(TableProblem::RuleSyntax {
            rule: text.to_string(),
        })
    };
    let normal: String = text
        .chars()
        .map(|c| match c {
            '＝' => '=',
            '＋' => '+',
            '－' | '−' | '—' => '-',
            c => c,
        })
        .collect();
    let (left, right) = normal.split_once('=').ok_or_else(syntax)?;
    if right.contains('=') {
        return Err(syntax());
    }
    let find = |name: &str| -> Result<usize, Box<TableProblem>> {
        let name = name.trim();
        if name.is_empty() {
            return Err(syntax());
        }
        let i = columns
            .iter()
            .position(|c| c.name.value == name)
            .ok_or_else(|| {
                Box::new(TableProblem::RuleUnknownColumn {
                    rule: text.to_string(),
                    column: name.to_string(),
                })
            })?;
        if !columns[i].ty.is_numeric() {
            return Err(Box::new(TableProblem::RuleTextColumn {
                rule: text.to_string(),
                column: name.to_string(),
            }));
        }
        Ok(i)
    };
    let target = find(left)?;
    let mut terms = Vec::new();
    let mut sign = true;
    let mut current = String::new();
    for c in right.chars() {
        if c == '+' || c == '-' {
            terms.push((sign, find(&current)?));
            current.clear();
            sign = c == '+';
        } else {
            current.push(c);
        }
    }
    terms.push((sign, find(&current)?));
    let money = columns[target].ty == ColumnType::Money;
    if terms
        .iter()
        .any(|(_, i)| (columns[*i].ty == ColumnType::Money) != money)
    {
        return Err(Box::new(TableProblem::RuleMixedUnits {
            rule: text.to_string(),
        }));
    }
    Ok(RowRule {
        text: text.trim().to_string(),
        target,
        terms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols() -> Vec<ColumnSpec> {
        vec![
            fixed("应发", ColumnType::Money, true),
            fixed("扣款", ColumnType::Money, true),
            fixed("实发", ColumnType::Money, true),
            fixed("工分", ColumnType::Number, false),
            fixed("姓名", ColumnType::Name, false),
        ]
    }

    #[test]
    fn rules_parse_over_columns() {
        let r = parse_rule("实发 = 应发 - 扣款", &cols()).unwrap();
        assert_eq!(r.target, 2);
        assert_eq!(r.terms, vec![(true, 0), (false, 1)]);
        let r = parse_rule("实发＝应发－扣款", &cols()).unwrap();
        assert_eq!(r.terms, vec![(true, 0), (false, 1)]);
        assert!(matches!(
            parse_rule("实发 = 应发 - 工分", &cols()),
            Err(b) if matches!(*b, TableProblem::RuleMixedUnits { .. })
        ));
        assert!(matches!(
            parse_rule("实发 = 应发 - 奖金", &cols()),
            Err(b) if matches!(*b, TableProblem::RuleUnknownColumn { .. })
        ));
        assert!(matches!(
            parse_rule("实发 = 姓名", &cols()),
            Err(b) if matches!(*b, TableProblem::RuleTextColumn { .. })
        ));
        assert!(matches!(
            parse_rule("实发 应发", &cols()),
            Err(b) if matches!(*b, TableProblem::RuleSyntax { .. })
        ));
        assert!(matches!(
            parse_rule("实发 = 应发 - - 扣款", &cols()),
            Err(b) if matches!(*b, TableProblem::RuleSyntax { .. })
        ));
    }
}
