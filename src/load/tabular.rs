//! The kinds built on a declared table (`load::sheet`), read into typed values: pay
//! (工资奖金分配), merits (奖惩), assessment (综合考核) and table (any other disclosure).
//!
//! Each reads its own keys and hands the sheet to the shared reader, so the four are one
//! engine with their own fields on top.
//!
//! `lines: 分配表.xlsx` (with `sheet:`) keeps the rows in a spreadsheet beside the item,
//! read by `load::ledger` in place of `rows:`, `entries:` or `scores:`, each cell at its
//! cell. A pay sheet or table that declares `columns:` has its header matched to them;
//! without `columns:` the sheet's header declares them, as `gongkai import` writes them.

use crate::load::fields::{self, Ctx, Fields};
use crate::load::ledger::{self, Beside};
use crate::load::sheet;
use crate::model::sheet::ColumnType;
use crate::model::sheet::Sheet;
use crate::model::{Assessment, CoefficientBand, Merits, Pay, TableItem};
use crate::model::{Fen, Kind, Spanned};
use crate::yaml;

/// The roles a pay sheet's columns may play (see `check::pay`).
pub const PAY_ROLES: [&str; 6] = ["days", "points", "coefficient", "gross", "deduction", "net"];

/// A declared sheet: `columns:` (with `roles`), rows under `rows_key` or in the
/// spreadsheet `lines:` names, `rules:`; and the pool line that spreadsheet gives.
fn declared(
    ctx: &mut Ctx,
    f: &Fields,
    kind: Kind,
    roles: &[&'static str],
    rows_key: &'static str,
    beside: &mut Beside,
) -> Option<(Sheet, Option<Spanned<Fen>>)> {
    if let Some(lines) = f.get("lines")
        && f.get("columns").is_none()
    {
        // The sheet's header declares the columns.
        f.entry("rules");
        let read = ledger::table(ctx, f, kind, rows_key, None, beside).flatten()?;
        let rules = sheet::rules(ctx, f, &read.table.columns)?;
        let table = Sheet {
            columns_pos: lines.pos,
            rules,
            ..read.table
        };
        return Some((table, read.pool));
    }
    let columns = sheet::columns(ctx, f, roles);
    if columns.is_none() {
        // Asked, so not reported as unknown: the columns' problems are the ones to fix.
        f.entry("rules");
        f.entry(rows_key);
        f.entry("lines");
    }
    let rules = columns.as_ref().map(|(c, _)| sheet::rules(ctx, f, c));
    let rows = columns.as_ref().map(|(c, _)| {
        match ledger::table(ctx, f, kind, rows_key, Some(c), beside) {
            None => sheet::rows(ctx, f, rows_key, c).map(|rows| (rows, None)),
            Some(read) => read.map(|t| (t.table.rows, t.pool)),
        }
    });
    let (columns, columns_pos) = columns?;
    let (rows, pool) = rows??;
    Some((
        Sheet {
            columns_pos,
            columns,
            rows,
            rules: rules??,
        },
        pool,
    ))
}

/// 工资奖金分配公示.
pub fn pay(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<Pay> {
    let team = f.get("team").and_then(|n| fields::text(ctx, n, "team"));
    let workdays = f
        .get("workdays")
        .map(|n| fields::decimal(ctx, n, "workdays"));
    let pool = f.get("pool").map(|n| fields::amount(ctx, n, "pool"));
    let share = f
        .get("share")
        .map(|n| fields::choice(ctx, n, "share", &["points", "typed"]));
    let remainder = f
        .get("remainder")
        .map(|n| fields::choice(ctx, n, "remainder", &["none", "balance"]));
    let sheet = declared(ctx, f, Kind::Pay, &PAY_ROLES, "rows", beside);
    // `pool:` when the item gives it (the sheet's 奖金总额 line must agree), else the
    // sheet's.
    let pool = match (pool, sheet.as_ref().and_then(|(_, p)| p.clone())) {
        (Some(p), from_sheet) => {
            if let (Some(item), Some(line), Some(source)) = (&p, &from_sheet, &beside.sheet) {
                ledger::agree_pool(ctx, line, source, item);
            }
            p.map(Some)
        }
        (None, from_sheet) => Some(from_sheet),
    };
    Some(Pay {
        team,
        workdays: workdays.map_or(Some(None), |w| w.map(Some))?,
        pool: pool?,
        share_by_points: share
            .map_or(Some(None), |s| s.map(Some))?
            .map(|s| Spanned::new(s.value == "points", s.pos)),
        keeps_balance: remainder
            .map_or(Some(None), |r| r.map(Some))?
            .is_some_and(|r| r.value == "balance"),
        sheet: sheet?.0,
    })
}

/// The fixed columns of a merits notice: the keys of each entry, in the order pages show
/// them.
pub const MERITS_COLUMNS: [(&str, ColumnType); 7] = [
    ("date", ColumnType::Date),
    ("name", ColumnType::Name),
    ("team", ColumnType::Text),
    ("type", ColumnType::Text),
    ("reason", ColumnType::Text),
    ("amount", ColumnType::Money),
    ("basis", ColumnType::Text),
];

/// 奖惩公示: `entries:` on the fixed columns.
pub fn merits(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<Merits> {
    let team = f.get("team").and_then(|n| fields::text(ctx, n, "team"));
    let columns: Vec<_> = MERITS_COLUMNS
        .iter()
        .map(|(key, ty)| sheet::fixed(key, *ty, *ty == ColumnType::Money))
        .collect();
    let rows = match ledger::table(ctx, f, Kind::Merits, "entries", None, beside) {
        None => sheet::rows(ctx, f, "entries", &columns),
        Some(read) => read.map(|t| t.table.rows),
    };
    Some(Merits {
        team,
        sheet: Sheet {
            columns_pos: f.pos,
            columns,
            rows: rows?,
            rules: Vec::new(),
        },
    })
}

/// 综合考核结果: `components:` (each `{name, max}`), `last_place: flag`, `pay:` and
/// `scores:` keyed `name`, the component names and an optional `total`.
pub fn assessment(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<Assessment> {
    let team = f.get("team").and_then(|n| fields::text(ctx, n, "team"));
    let components_node = f.required(ctx, "components");
    let mut columns = vec![sheet::fixed("name", ColumnType::Name, false)];
    let mut ok = components_node.is_some();
    for entry in components_node
        .map(|n| fields::list(ctx, n, "components"))
        .unwrap_or(&[])
    {
        let Some(c) = Fields::of(ctx, entry, "component") else {
            ok = false;
            continue;
        };
        let name = fields::req_text(ctx, &c, "name");
        let max = c
            .required(ctx, "max")
            .and_then(|n| fields::decimal(ctx, n, "max"));
        c.finish(ctx);
        match (name, max) {
            (Some(name), Some(max)) => {
                if columns.iter().any(|o| o.name.value == name.value) || name.value == "total" {
                    ctx.report(
                        crate::messages::Problem::from(
                            crate::messages::TableProblem::DuplicateColumn {
                                name: name.value.clone(),
                            },
                        ),
                        name.pos,
                    );
                    ok = false;
                    continue;
                }
                let mut column = sheet::fixed(&name.value, ColumnType::Number, true);
                column.pos = entry.pos;
                column.name = name;
                column.min = Some(Spanned::new(0, max.pos));
                column.max = Some(Spanned::new(max.value.0, max.pos));
                columns.push(column);
            }
            _ => ok = false,
        }
    }
    columns.push(sheet::fixed("total", ColumnType::Number, false));
    let flag_last = match f.get("last_place") {
        Some(n) => {
            fields::choice(ctx, n, "last_place", &["flag", "none"]).map(|c| c.value == "flag")
        }
        None => Some(false),
    };
    let pay = f.get("pay").and_then(|n| fields::text(ctx, n, "pay"));
    let coefficients = f
        .get("coefficients")
        .map(|n| coefficient_bands(ctx, n))
        .unwrap_or_default();
    let last_coefficient = f
        .get("last_coefficient")
        .and_then(|n| fields::decimal(ctx, n, "last_coefficient"));
    let rows = if ok {
        let components = &columns[1..columns.len() - 1];
        match ledger::table(ctx, f, Kind::Assessment, "scores", Some(components), beside) {
            None => sheet::rows(ctx, f, "scores", &columns),
            Some(read) => read.map(|t| t.table.rows),
        }
    } else {
        // Asked, so not reported as unknown: the components' problems are the ones to fix.
        f.entry("scores");
        f.entry("lines");
        None
    };
    Some(Assessment {
        team,
        flag_last: flag_last?,
        pay,
        coefficients,
        last_coefficient,
        sheet: Sheet {
            columns_pos: components_node.map_or(f.pos, |n| n.pos),
            columns,
            rows: rows?,
            rules: Vec::new(),
        },
    })
}

/// An assessment's `coefficients:`: a list of `{from, to, coefficient}` bands of ranks.
fn coefficient_bands(ctx: &mut Ctx, node: &yaml::Node) -> Vec<CoefficientBand> {
    let mut out = Vec::new();
    for entry in fields::list(ctx, node, "coefficients") {
        let Some(b) = Fields::of(ctx, entry, "coefficient band") else {
            continue;
        };
        let ranks = Some((1, 100_000));
        let from = b
            .required(ctx, "from")
            .and_then(|n| fields::integer_in(ctx, n, "from", ranks));
        let to = b
            .get("to")
            .and_then(|n| fields::integer_in(ctx, n, "to", ranks));
        let coefficient = b
            .required(ctx, "coefficient")
            .and_then(|n| fields::decimal(ctx, n, "coefficient"));
        b.finish(ctx);
        if let (Some(from), Some(coefficient)) = (from, coefficient) {
            out.push(CoefficientBand {
                pos: entry.pos,
                from,
                to,
                coefficient,
            });
        }
    }
    out
}

/// 其他公开: `caption:`, `columns:`, `rules:` and `rows:`.
pub fn table(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<TableItem> {
    let caption = fields::opt_text(ctx, f, "caption");
    let sheet = declared(ctx, f, Kind::Table, &[], "rows", beside);
    Some(TableItem {
        caption,
        sheet: sheet?.0,
    })
}
