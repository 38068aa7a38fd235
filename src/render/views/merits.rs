//! View of a rewards-and-penalties notice (奖惩公示): the counts, the totals of rewards and
//! of penalties with 大写, and the entries, each penalty at or above the site's
//! `large_penalty_threshold` marked 大额处罚. Names come masked from the rules
//! (`check::sheet::public`); the type a clerk wrote (奖励, 处罚) is shown in the page's
//! language.

use super::{BodyView, Cell, ColumnType, Fact, figure, sheet};
use crate::check::merits::{AMOUNT, MeritsFigures, NAME, TYPE};
use crate::config::Config;
use crate::model::Merits;
use crate::render::labels::tables::TableLabels;

/// 奖惩公示: `m` as written, shown through what the rules computed of it (`d`).
pub fn merits(m: &Merits, d: &MeritsFigures, config: &Config) -> BodyView {
    let mut view = BodyView::default();
    let words = TableLabels::of(config.language);
    let lang = config.language;
    if let Some(team) = &m.team {
        view.facts.push(Fact::new(&words.team, team.value.clone()));
    }
    view.facts.push(Fact::new(
        &words.merits_count,
        words.merits_count_text(d.rewards.0, d.penalties.0),
    ));
    view.figures.push(figure(
        "rewards",
        &words.rewards_total,
        d.rewards.1,
        true,
        lang,
    ));
    view.figures.push(figure(
        "penalties",
        &words.penalties_total,
        d.penalties.1,
        true,
        lang,
    ));
    let s = &m.sheet;
    let mut table = sheet::table("merits", &words.merits_caption, s, &d.sheet, words, &|_| {
        false
    });
    // The fixed columns' headings in the page's language (sheet column i is column i + 1).
    let headings = [
        &words.merits_date,
        &words.merits_name,
        &words.merits_team,
        &words.merits_type,
        &words.merits_reason,
        &words.merits_amount,
        &words.merits_basis,
    ];
    for (column, heading) in table.columns.iter_mut().skip(1).zip(headings) {
        column.label = heading.clone();
    }
    // The type as a fixed word: its key in data.json, the word in the page's language.
    if let Some(c) = table.columns.get_mut(TYPE + 1) {
        c.kind = ColumnType::Word;
    }
    for (row, penalty) in table.rows.iter_mut().zip(&d.penalty) {
        if let Some(cell) = row.get_mut(TYPE + 1)
            && *cell != Cell::Empty
        {
            *cell = if *penalty {
                Cell::Word("penalty", &words.penalty)
            } else {
                Cell::Word("reward", &words.reward)
            };
        }
    }
    let any_large = d.large.iter().any(|l| *l);
    if any_large {
        table.columns.push(sheet::column(
            "large",
            &words.large_penalty,
            ColumnType::Flag,
        ));
        for (row, large) in table.rows.iter_mut().zip(&d.large) {
            row.push(Cell::Flag(*large, &words.large_penalty));
        }
        if let Some(threshold) = config.large_penalty_threshold {
            view.notes.push(words.large_note(&threshold.display()));
        }
    }
    view.tables
        .push(sheet::with_roles(table, Some(NAME), Some(AMOUNT)));
    if config.privacy.mask_names {
        view.notes.push(words.masked.clone());
    }
    view
}
