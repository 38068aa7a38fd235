//! The kinds built on a declared table (`load::sheet`), read into typed values: pay
//! (工资奖金分配), merits (奖惩), assessment (综合考核) and table (any other disclosure).
//!
//! Each reads its own keys and hands the sheet to the shared reader, so the four are one
//! engine with their own fields on top.

use crate::load::fields::{self, Ctx, Fields};
use crate::load::sheet;
use crate::model::Spanned;
use crate::model::sheet::ColumnType;
use crate::model::sheet::Sheet;
use crate::model::{Merits, Pay};

/// The roles a pay sheet's columns may play (see `check::pay`).
pub const PAY_ROLES: [&str; 5] = ["days", "points", "gross", "deduction", "net"];

/// A declared sheet: `columns:` (with `roles`), rows under `rows_key`, `rules:`.
fn declared(
    ctx: &mut Ctx,
    f: &Fields,
    roles: &[&'static str],
    rows_key: &'static str,
) -> Option<Sheet> {
    let columns = sheet::columns(ctx, f, roles);
    let rules = columns.as_ref().map(|(c, _)| sheet::rules(ctx, f, c));
    let rows = columns
        .as_ref()
        .map(|(c, _)| sheet::rows(ctx, f, rows_key, c));
    let (columns, columns_pos) = columns?;
    Some(Sheet {
        columns_pos,
        columns,
        rows: rows??,
        rules: rules??,
    })
}

/// 工资奖金分配公示.
pub fn pay(ctx: &mut Ctx, f: &Fields) -> Option<Pay> {
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
    let sheet = declared(ctx, f, &PAY_ROLES, "rows");
    Some(Pay {
        team,
        workdays: workdays.map_or(Some(None), |w| w.map(Some))?,
        pool: pool.map_or(Some(None), |p| p.map(Some))?,
        share_by_points: share
            .map_or(Some(None), |s| s.map(Some))?
            .map(|s| Spanned::new(s.value == "points", s.pos)),
        keeps_balance: remainder
            .map_or(Some(None), |r| r.map(Some))?
            .is_some_and(|r| r.value == "balance"),
        sheet: sheet?,
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
pub fn merits(ctx: &mut Ctx, f: &Fields) -> Option<Merits> {
    let team = f.get("team").and_then(|n| fields::text(ctx, n, "team"));
    let columns: Vec<_> = MERITS_COLUMNS
        .iter()
        .map(|(key, ty)| sheet::fixed(key, *ty, *ty == ColumnType::Money))
        .collect();
    let rows = sheet::rows(ctx, f, "entries", &columns);
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
