//! View of a welfare distribution page (福利发放) and the welfare year summary.
//!
//! Privacy is decided by the rules (`check::welfare::figures`): this module shows only
//! the public values they computed, carried on the checked item (names masked, also where
//! a full name is repeated in the title, team, goods or note), and keeps a hardship reason
//! or note (often health data, PIPL art. 28) out of the person's row unless
//! `privacy.show_reasons` is on; by default reasons are shown only as counts and sums.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{BodyView, Cell, Column, ColumnType, Fact, TableView, columns, figure, total};
use crate::check::welfare::WelfareFigures;
use crate::config::Config;
use crate::model::{Fen, Welfare};
use crate::render::labels::welfare::WelfareLabels;

/// 福利发放: facts, the total with 大写, the masked list, and sums per reason: `w` as
/// written, shown through what the rules computed of it (`d`). `funding` is the funding
/// line's text and the finance page's address, when given.
pub fn welfare(
    w: &Welfare,
    d: &WelfareFigures,
    config: &Config,
    funding: Option<(String, String)>,
) -> BodyView {
    let mut view = BodyView::default();
    let words = WelfareLabels::of(config.language);
    let text = |s: &Option<String>| Cell::opt_text(s.as_ref());
    let sum = d.total;
    view.facts
        .push(Fact::new(words.program.as_str(), d.program.clone()));
    if let Some((text, href)) = funding {
        view.facts
            .push(Fact::link(words.funding.as_str(), text, href));
    }
    view.facts.push(Fact::new(
        words.people.as_str(),
        words.people_text(d.recipients.len()),
    ));
    view.figures = vec![figure(
        "total",
        &words.total_figure,
        sum,
        true,
        config.language,
    )];
    let show_reasons = config.privacy.show_reasons;
    let mut cols = vec![
        ("number", words.number.as_str(), ColumnType::Count),
        ("name", words.name.as_str(), ColumnType::Text),
        ("team", words.team.as_str(), ColumnType::Text),
    ];
    if show_reasons {
        cols.push(("reason", &words.reason, ColumnType::Text));
    }
    let amount_column = cols.len();
    cols.extend([
        ("amount", words.amount.as_str(), ColumnType::Money),
        ("goods", words.goods.as_str(), ColumnType::Text),
    ]);
    if show_reasons {
        cols.push(("note", &words.note, ColumnType::Text));
    }
    let rows = d
        .recipients
        .iter()
        .zip(&w.recipients)
        .enumerate()
        .map(|(i, (r, written))| {
            let mut row = vec![
                Cell::count(i + 1),
                Cell::text(r.name.clone()),
                text(&r.team),
            ];
            if show_reasons {
                row.push(text(&r.reason));
            }
            row.extend([Cell::money(written.amount.value), text(&r.goods)]);
            if show_reasons {
                row.push(text(&r.note));
            }
            row
        })
        .collect();
    // The totals row follows the columns: 合计 under 序号, the sum under 金额.
    let footer = (0..cols.len())
        .map(|i| match i {
            0 => Cell::text(words.total.as_str()),
            i if i == amount_column => Cell::money(sum),
            _ => Cell::Empty,
        })
        .collect();
    view.tables.push(
        TableView {
            rows,
            footer: Some(footer),
            ..TableView::new(
                "recipients",
                words.recipients_caption.as_str(),
                columns(&cols),
            )
        }
        // A worker looks for a name and the amount beside it.
        .roles(Some(0), 1, Some(amount_column)),
    );
    if d.by_reason.iter().any(|g| g.reason.is_some()) {
        let groups = Groups::of(
            d.by_reason
                .iter()
                .map(|g| (g.reason.clone().unwrap_or_default(), g.people, g.amount)),
            words.no_reason.as_str(),
        );
        let caption = words.by_reason_caption.as_str();
        let headings = [
            ("reason", words.reason.as_str()),
            ("people", words.people.as_str()),
        ];
        view.tables
            .push(groups.table("by_reason", caption, headings, words));
    }
    let note = match (config.privacy.mask_names, show_reasons) {
        (true, false) => Some(words.masked_and_summed.as_str()),
        (true, true) => Some(words.masked.as_str()),
        (false, false) => Some(words.summed.as_str()),
        (false, true) => None,
    };
    view.notes.extend(note.map(String::from));
    view
}

/// Count and sum per label, in order of first appearance; a blank label (no reason
/// given) is kept as the empty string and shown as `blank`.
#[derive(Default)]
struct Groups {
    order: Vec<String>,
    sums: BTreeMap<String, (usize, Vec<Fen>)>,
    blank: &'static str,
}

impl Groups {
    /// Groups of `entries` by label; a blank label is shown as `blank`.
    fn of(entries: impl IntoIterator<Item = (String, usize, Fen)>, blank: &'static str) -> Groups {
        let mut g = Groups {
            blank,
            ..Groups::default()
        };
        for (label, count, amount) in entries {
            let label = if label.trim().is_empty() {
                String::new()
            } else {
                label
            };
            let entry = g.sums.entry(label.clone()).or_insert_with(|| {
                g.order.push(label);
                (0, Vec::new())
            });
            entry.0 += count;
            entry.1.push(amount);
        }
        g
    }

    /// The groups as a table; `headings` are those of the label and count columns.
    fn table(
        &self,
        id: &str,
        caption: &str,
        headings: [(&'static str, &str); 2],
        words: &WelfareLabels,
    ) -> TableView {
        let [(label_key, label), (count_key, count_label)] = headings;
        let rows: Vec<Vec<Cell>> = self
            .order
            .iter()
            .filter_map(|l| self.sums.get(l).map(|s| (l, s)))
            .map(|(l, (count, amounts))| {
                vec![
                    if l.is_empty() {
                        Cell::Absent(self.blank)
                    } else {
                        Cell::text(l.clone())
                    },
                    Cell::count(*count),
                    Cell::money(total(amounts.iter().copied())),
                ]
            })
            .collect();
        let count: usize = self.sums.values().map(|(c, _)| c).sum();
        let sum = total(self.sums.values().flat_map(|(_, a)| a.iter().copied()));
        let cols = columns(&[
            (label_key, label, ColumnType::Text),
            (count_key, count_label, ColumnType::Count),
            ("amount", &words.amount, ColumnType::Money),
        ]);
        TableView {
            rows,
            footer: Some(vec![
                Cell::text(words.total.as_str()),
                Cell::count(count),
                Cell::money(sum),
            ]),
            ..TableView::new(id, caption, cols)
        }
        .roles(None, 0, Some(2))
    }
}

/// One unit's welfare distributions of a year, summed per program and per reason.
#[derive(Serialize)]
pub struct WelfareYearView {
    /// Distributions, people (人次) and the total.
    pub figures: Vec<super::Figure>,
    /// Per program: distributions, people, amount.
    #[serde(serialize_with = "super::table::serialize_page")]
    pub by_program: TableView,
    /// Per reason: people, amount (only counts and sums, never names).
    #[serde(serialize_with = "super::table::serialize_page_opt")]
    pub by_reason: Option<TableView>,
    /// Each distribution with its link.
    #[serde(serialize_with = "super::table::serialize_page")]
    pub items: TableView,
}

/// One distribution on a year page: the list as written, what the rules computed of it,
/// its page address, title and date label.
pub type YearEntry<'a> = (&'a Welfare, &'a WelfareFigures, String, String, String);

/// The year summary over `items`.
pub fn year_summary(items: &[YearEntry], config: &Config) -> WelfareYearView {
    let words = WelfareLabels::of(config.language);
    let mut reasons = Vec::new();
    let mut rows = Vec::new();
    let mut people: BTreeMap<&str, usize> = BTreeMap::new();
    for (w, d, href, title, date) in items {
        let sum = d.total;
        *people.entry(w.program.value.as_str()).or_default() += w.recipients.len();
        // Only hardship reasons are summed: a birthday list has none, and "未注明" would
        // mislead there.
        for g in &d.by_reason {
            if let Some(reason) = &g.reason {
                reasons.push((reason.clone(), g.people, g.amount));
            }
        }
        rows.push(vec![
            Cell::text(date.clone()),
            Cell::link(title.clone(), href.clone()),
            Cell::text(w.program.value.clone()),
            Cell::count(w.recipients.len()),
            Cell::money(sum),
        ]);
    }
    // Per program: how many distributions, and the people (人次) over all of them.
    let programs = Groups::of(
        items
            .iter()
            .map(|(w, d, ..)| (w.program.value.clone(), 1, d.total)),
        words.no_reason.as_str(),
    );
    let mut by_program = programs.table(
        "by_program",
        words.by_program_caption.as_str(),
        [
            ("program", words.program.as_str()),
            ("times", words.times.as_str()),
        ],
        words,
    );
    by_program.columns.insert(
        2,
        Column::new("people", &words.person_times, ColumnType::Count),
    );
    for row in &mut by_program.rows {
        let n = people.get(row[0].csv().as_ref()).copied().unwrap_or(0);
        row.insert(2, Cell::count(n));
    }
    let all_people: usize = people.values().sum();
    if let Some(footer) = &mut by_program.footer {
        footer.insert(2, Cell::count(all_people));
    }
    let grand = total(items.iter().map(|(_, d, ..)| d.total));
    let by_reason = (!reasons.is_empty()).then(|| {
        Groups::of(reasons, words.no_reason.as_str()).table(
            "by_reason",
            words.by_reason_caption.as_str(),
            [
                ("reason", words.reason.as_str()),
                ("people", words.person_times.as_str()),
            ],
            words,
        )
    });
    WelfareYearView {
        figures: vec![figure(
            "total",
            &words.total_figure,
            grand,
            true,
            config.language,
        )],
        by_program: by_program.laid_out(),
        by_reason: by_reason.map(TableView::laid_out),
        items: TableView {
            rows,
            ..TableView::new(
                "distributions",
                words.distributions_caption.as_str(),
                columns(&[
                    ("published", &words.published, ColumnType::Text),
                    ("list", &words.list, ColumnType::Text),
                    ("program", &words.program, ColumnType::Text),
                    ("people", &words.people, ColumnType::Count),
                    ("amount", &words.amount, ColumnType::Money),
                ]),
            )
        }
        .roles(Some(0), 1, Some(4))
        .laid_out(),
    }
}
