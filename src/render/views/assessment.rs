//! View of an assessment (综合考核结果): the components with their maxima, each person's
//! scores, the computed total and rank (and 末位 under `last_place: flag`), the average,
//! the linked pay sheet, and a chart of how the totals spread over bands of ten points.
//! Totals, ranks and flags are the rules' (`check::assessment`); names come masked.

use super::{BodyView, Cell, ChartView, ColumnType, Fact, sheet};
use crate::check::assessment::{AssessmentFigures, components};
use crate::config::Config;
use crate::model::Assessment;
use crate::render::charts::{self, Bar};
use crate::render::labels::tables::TableLabels;

/// 综合考核结果: `a` as written, shown through what the rules computed (`d`); `pay` is the
/// linked pay sheet's title and address.
pub fn assessment(
    a: &Assessment,
    d: &AssessmentFigures,
    config: &Config,
    pay: Option<(String, String)>,
) -> BodyView {
    let mut view = BodyView::default();
    let words = TableLabels::of(config.language);
    let s = &a.sheet;
    if let Some(team) = &a.team {
        view.facts.push(Fact::new(&words.team, team.value.clone()));
    }
    let parts: Vec<String> = components(a)
        .map(|i| {
            let c = &s.columns[i];
            let max = c.max.as_ref().map_or(0, |m| m.value);
            format!("{} {}", c.name.value, crate::model::Decimal2(max))
        })
        .collect();
    view.facts.push(Fact::new(
        &words.components,
        words.components_text(&parts.join(" + "), &d.full_marks.to_string()),
    ));
    view.facts
        .push(Fact::new(&words.people, words.people_text(s.rows.len())));
    if let Some(average) = d.average {
        view.facts
            .push(Fact::new(&words.average, average.to_string()));
    }
    if let Some((title, href)) = pay {
        view.facts.push(Fact::link(&words.linked_pay, title, href));
    }
    let mut table = sheet::table(
        "scores",
        &words.assessment_caption,
        s,
        &d.sheet,
        words,
        &|_| false,
    );
    let total_col = s.columns.len();
    if let Some(c) = table.columns.get_mut(1) {
        c.label = words.assessment_name.clone();
    }
    if let Some(c) = table.columns.get_mut(total_col) {
        c.label = words.assessment_total.clone();
    }
    table
        .columns
        .push(sheet::column("rank", &words.rank, ColumnType::Count));
    if a.flag_last {
        table
            .columns
            .push(sheet::column("last", &words.last, ColumnType::Flag));
    }
    let coefficients = !a.coefficients.is_empty() || a.last_coefficient.is_some();
    if coefficients {
        table.columns.push(sheet::column(
            "coefficient",
            &words.coefficient,
            ColumnType::Decimal,
        ));
    }
    for (i, row) in table.rows.iter_mut().enumerate() {
        if let Some(cell) = row.get_mut(total_col) {
            *cell = Cell::Decimal(d.totals[i]);
        }
        row.push(Cell::count(d.ranks[i]));
        if a.flag_last {
            row.push(Cell::Flag(d.last[i], &words.last));
        }
        if coefficients {
            row.push(d.coefficients[i].map_or(Cell::Missing("—"), Cell::Decimal));
        }
    }
    view.tables
        .push(sheet::with_roles(table, Some(0), Some(total_col - 1)));
    view.notes.push(words.rank_rule.clone());
    if coefficients {
        let mut bands: Vec<String> = a
            .coefficients
            .iter()
            .map(|b| {
                let to = b.to.as_ref().map(|t| t.value);
                words.coefficient_band(Some(b.from.value), to, &b.coefficient.value.to_string())
            })
            .collect();
        if let Some(last) = &a.last_coefficient {
            bands.push(words.coefficient_band(None, None, &last.value.to_string()));
        }
        let separator = crate::catalog::Catalog::of(config.language).text("site-list-separator");
        view.notes
            .push(words.coefficients_note(&bands.join(&separator)));
    }
    if config.privacy.mask_names {
        view.notes.push(words.masked.clone());
    }
    // Bands of ten points, from the lowest band anyone is in to the highest.
    let band = |t: i64| t / 1000;
    if let (Some(low), Some(high)) = (d.totals.iter().min(), d.totals.iter().max()) {
        let top = band(d.full_marks.0.max(1) - 1);
        let bars: Vec<Bar> = (band(low.0).min(top)..=band(high.0).min(top))
            .rev()
            .map(|b| {
                let count = d.totals.iter().filter(|t| band(t.0).min(top) == b).count();
                let to = if b == top {
                    d.full_marks.0 / 100
                } else {
                    b * 10 + 9
                };
                Bar {
                    label: words.band(b * 10, to),
                    value_fen: i64::try_from(count).unwrap_or(0),
                    value_text: words.people_text(count),
                }
            })
            .collect();
        view.charts.push(ChartView {
            caption: words.spread_chart.clone(),
            svg: charts::bar_chart(
                "chart-spread",
                &words.spread_chart,
                &words.spread_text(d.totals.len()),
                &bars,
                &charts::ChartWords::of(config.language),
            ),
        });
    }
    view
}
