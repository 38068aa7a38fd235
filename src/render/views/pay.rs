//! View of a pay item (工资奖金分配公示): the pool and what was distributed, with 大写, the
//! balance when the item keeps one, and the distribution sheet.
//!
//! `privacy.pay: totals` is enforced here: then no row is turned into a table row, and
//! no name reaches any field of the view, so the page, `data.json` and the CSV carry the
//! totals only. Names come masked from the rules (`check::sheet::public`).

use super::{BodyView, Cell, ColumnType, Fact, TableView, figure, sheet};
use crate::check::pay::PayFigures;
use crate::config::{AttendancePrivacy, Config};
use crate::model::Pay;
use crate::render::labels::tables::TableLabels;

/// 工资奖金分配: `p` as written, shown through what the rules computed of it (`d`).
pub fn pay(p: &Pay, d: &PayFigures, config: &Config) -> BodyView {
    let mut view = BodyView::default();
    let words = TableLabels::of(config.language);
    let lang = config.language;
    let s = &p.sheet;
    if let Some(team) = &p.team {
        view.facts.push(Fact::new(&words.team, team.value.clone()));
    }
    if let Some(w) = &p.workdays {
        view.facts
            .push(Fact::new(&words.workdays, w.value.to_string()));
    }
    let by_points = p.share_by_points.as_ref().is_some_and(|s| s.value);
    let method = if by_points {
        &words.method_points
    } else {
        &words.method_typed
    };
    view.facts.push(Fact::new(&words.method, method.clone()));
    view.facts
        .push(Fact::new(&words.people, words.people_text(s.rows.len())));
    let totals_only = config.privacy.pay == AttendancePrivacy::Totals;
    if totals_only {
        view.facts
            .push(Fact::new(&words.mode, words.totals_only.clone()));
    }
    if let Some(pool) = &p.pool {
        view.figures
            .push(figure("pool", &words.pool, pool.value, true, lang));
    }
    view.figures.push(figure(
        "distributed",
        &words.distributed,
        d.distributed_sum,
        true,
        lang,
    ));
    if let Some(balance) = d.balance {
        view.figures
            .push(figure("balance", &words.balance, balance, true, lang));
    }
    if let Some(deductions) = d.deduction_sum {
        view.figures.push(figure(
            "deductions",
            &words.deductions,
            deductions,
            false,
            lang,
        ));
    }
    if let Some(net) = d.net_sum
        && Some(s.role("net")) != Some(d.distributed)
    {
        view.figures
            .push(figure("net", &words.net, net, true, lang));
    }
    if totals_only {
        view.tables.push(totals(p, d, words));
        view.notes.push(words.totals_only_banner.clone());
    } else {
        let summed = |i: usize| s.columns[i].total || s.columns[i].role.is_some();
        let table = sheet::table("pay", &words.pay_caption, s, &d.sheet, words, &summed);
        let lead = s.role("net").or(d.distributed);
        view.tables
            .push(sheet::with_roles(table, s.name_column(), lead));
        if config.privacy.mask_names {
            view.notes.push(words.masked.clone());
        }
    }
    if by_points {
        view.notes.push(words.rounding.clone());
    }
    view
}

/// The totals table of `privacy.pay: totals`: the people and each summed column, one
/// row (no data rows that could name anyone).
fn totals(p: &Pay, d: &PayFigures, words: &TableLabels) -> TableView {
    let s = &p.sheet;
    let shown: Vec<usize> = (0..s.columns.len())
        .filter(|i| {
            s.columns[*i].ty.is_numeric() && (s.columns[*i].total || s.columns[*i].role.is_some())
        })
        .collect();
    let mut columns = vec![sheet::column("people", &words.people, ColumnType::Count)];
    columns.extend(shown.iter().map(|i| {
        let c = &s.columns[*i];
        sheet::column(&c.name.value, &c.name.value, sheet::column_type(c.ty))
    }));
    let mut row = vec![Cell::count(s.rows.len())];
    row.extend(shown.iter().map(|i| {
        let units = d.sheet.sums.get(*i).copied().flatten().unwrap_or(0);
        sheet::sum_cell(units, s.columns[*i].ty)
    }));
    TableView {
        rows: vec![row],
        ..TableView::new("totals", words.totals_caption.clone(), columns)
    }
    .roles(None, 0, None)
}
