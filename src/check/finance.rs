//! Finance rules (经费收支): dates inside the period, reconciliation to the fen, the chart
//! of accounts, and continuity between consecutive periods of one unit.
//!
//! Also the classification of a `category:` value, which the page uses to group lines,
//! so the page and the rules never disagree on what a category is.

use std::collections::BTreeMap;

use crate::config::{CategorySide, Config};
use crate::diagnostic::Diagnostic;
use crate::messages::Problem;
use crate::model::accounts::{self, Account, Side};
use crate::model::kinds::FinanceLine;
use crate::model::{Body, Fen, Finance, Item, Spanned};

/// What a `category:` value is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// An account of the chart.
    Chart(Account),
    /// A category the site declares under `categories:`.
    Site(String, Side),
    /// Neither (a warning; shown under its own name).
    Unknown(String),
}

impl Category {
    /// Income, expense, or unknown.
    pub fn side(&self) -> Option<Side> {
        match self {
            Category::Chart(a) => Some(a.side),
            Category::Site(_, side) => Some(*side),
            Category::Unknown(_) => None,
        }
    }

    /// `501 职工活动支出`, or the name alone outside the chart.
    pub fn label(&self) -> String {
        match self {
            Category::Chart(a) => format!("{} {}", a.code, a.name),
            Category::Site(name, _) | Category::Unknown(name) => name.clone(),
        }
    }
}

/// Classifies a `category:` value against the chart and the site's own categories.
pub fn classify(text: &str, config: &Config) -> Category {
    if let Some(account) = accounts::resolve(text) {
        return Category::Chart(account);
    }
    let name = text.trim().to_string();
    match config.categories.get(&name) {
        Some(CategorySide::Income) => Category::Site(name, Side::Income),
        Some(CategorySide::Expense) => Category::Site(name, Side::Expense),
        None => Category::Unknown(name),
    }
}

fn side_word(side: Side) -> &'static str {
    match side {
        Side::Income => "income",
        Side::Expense => "expense",
    }
}

/// The computed closing balance: opening + income - expenses (`None` on overflow).
pub fn computed_closing(f: &Finance) -> Option<Fen> {
    let income = Fen::sum(f.income.iter().map(|l| l.amount.value))?;
    let expenses = Fen::sum(f.expenses.iter().map(|l| l.amount.value))?;
    f.opening_balance
        .value
        .checked_add(income)?
        .checked_sub(expenses)
}

/// The closing balance the next period must open with: as given, else as computed.
pub fn closing_of(f: &Finance) -> Option<Fen> {
    f.closing_balance
        .as_ref()
        .map(|c| c.value)
        .or_else(|| computed_closing(f))
}

/// Rules within one finance item.
pub fn check(item: &Item, f: &Finance, config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(period) = &item.common.period {
        for line in f.income.iter().chain(&f.expenses) {
            if !period.value.contains(line.date.value) {
                out.push(
                    Problem::DateOutsidePeriod {
                        date: line.date.value.to_string(),
                        period: period.value.to_string(),
                    }
                    .at(item.source.at(line.date.pos)),
                );
            }
        }
    }
    let mut category = |c: &Spanned<String>, listed_as: Side| {
        let classified = classify(&c.value, config);
        match classified.side() {
            Some(side) if side != listed_as => out.push(
                Problem::CategoryWrongSide {
                    category: classified.label(),
                    is: side_word(side),
                    listed_as: side_word(listed_as),
                }
                .at(item.source.at(c.pos)),
            ),
            Some(_) => {}
            None => out.push(
                Problem::UnknownCategory {
                    name: c.value.clone(),
                }
                .at(item.source.at(c.pos)),
            ),
        }
    };
    let lines = |ls: &[FinanceLine]| ls.iter().map(|l| l.category.clone()).collect::<Vec<_>>();
    for c in lines(&f.income) {
        category(&c, Side::Income);
    }
    for c in lines(&f.expenses) {
        category(&c, Side::Expense);
    }
    if let Some(budget) = &f.budget {
        for (c, _) in &budget.income {
            category(c, Side::Income);
        }
        for (c, _) in &budget.expenses {
            category(c, Side::Expense);
        }
    }
    match (computed_closing(f), &f.closing_balance) {
        (Some(computed), Some(given)) if computed != given.value => out.push(
            Problem::ClosingMismatch {
                given: given.value.yuan_text(),
                computed: computed.yuan_text(),
            }
            .at(item.source.at(given.pos)),
        ),
        (None, _) => out.push(Problem::AmountOverflow.at(item.source.at(f.opening_balance.pos))),
        _ => {}
    }
    out
}

/// Continuity: for the finance items of one unit, a period that starts the day after
/// another ends must open with that one's closing balance. `units` gives each item's unit.
pub fn check_chain<'a>(items: impl IntoIterator<Item = (&'a Item, &'a str)>) -> Vec<Diagnostic> {
    let mut by_unit: BTreeMap<&str, Vec<(&Item, &Finance)>> = BTreeMap::new();
    for (item, unit) in items {
        if let (Body::Finance(f), Some(_)) = (&item.body, &item.common.period) {
            by_unit.entry(unit).or_default().push((item, f));
        }
    }
    let mut out = Vec::new();
    for list in by_unit.values() {
        for (item, f) in list {
            let Some(start) = item.common.period.as_ref().map(|p| p.value.start()) else {
                continue;
            };
            let previous = list.iter().find(|(other, _)| {
                other
                    .common
                    .period
                    .as_ref()
                    .is_some_and(|p| p.value.end().tomorrow().ok() == Some(start))
            });
            let Some((prev_item, prev)) = previous else {
                continue;
            };
            let Some(prev_closing) = closing_of(prev) else {
                continue;
            };
            if prev_closing != f.opening_balance.value {
                let prev_pos = prev
                    .closing_balance
                    .as_ref()
                    .map_or(prev.opening_balance.pos, |c| c.pos);
                out.push(
                    Problem::ChainBreak {
                        opening: f.opening_balance.value.yuan_text(),
                        previous_closing: prev_closing.yuan_text(),
                        previous: prev_item.source.path.clone(),
                    }
                    .at(item.source.at(f.opening_balance.pos))
                    .with_related(
                        prev_item.source.at(prev_pos),
                        "the previous period closes here",
                    ),
                );
            }
        }
    }
    out
}
