//! Finance rules (经费收支): dates inside the period, reconciliation to the fen, the chart
//! of accounts, and continuity between consecutive periods of one unit.
//!
//! The rules classify every line once, and what they compute (each line's account, the
//! totals by category, budget execution, the closing balance, the large expenses) is
//! carried on the checked item as `FinanceFigures`, so the page shows exactly what the
//! rules judged and never computes it again.

use std::collections::BTreeMap;

use crate::config::{CategorySide, Config};
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Problem;
use crate::model::accounts::{self, Account, Side};
use crate::model::kinds::FinanceLine;
use crate::model::{Body, Fen, Finance, Item, Spanned};

/// What a `category:` value is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// An account of the chart.
    Chart(Account),
    /// A sub-account the chart does not list (a five-digit code under a first-level
    /// account): declared under `categories:` with its name, or not (then a warning).
    Sub(SubAccount),
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
            Category::Sub(s) => Some(s.parent.side),
            Category::Site(_, side) => Some(*side),
            Category::Unknown(_) => None,
        }
    }

    /// `501 职工活动支出`, or the name alone outside the chart.
    pub fn label(&self) -> String {
        match self {
            Category::Chart(a) => format!("{} {}", a.code, a.name),
            Category::Sub(s) if s.declared() => format!("{} {}", s.code, s.name),
            Category::Sub(s) => s.code.clone(),
            Category::Site(name, _) | Category::Unknown(name) => name.clone(),
        }
    }

    /// True when amounts of `line` count towards this category (a budget line, a
    /// welfare list's `funded_by`): the same category, or a sub-account of this
    /// first-level account.
    pub fn covers(&self, line: &Category) -> bool {
        match (self, line) {
            (Category::Chart(b), Category::Chart(l)) => b == l || (!b.is_sub() && l.parent() == *b),
            (Category::Chart(b), Category::Sub(l)) => l.parent == *b,
            (Category::Sub(b), Category::Sub(l)) => b.code == l.code,
            (b, l) => b.label() == l.label(),
        }
    }
}

/// A sub-account a union sets itself under a first-level account of the chart.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SubAccount {
    /// Five digits, `50301`.
    pub code: String,
    /// Its name from `categories:`, empty when the site does not declare it.
    pub name: String,
    /// The first-level account of the code's first three digits.
    pub parent: Account,
}

impl SubAccount {
    /// True when `categories:` declares it.
    pub fn declared(&self) -> bool {
        !self.name.is_empty()
    }
}

/// A sub-account as tables list it: code and name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SubKey {
    /// `50405`, `50301`.
    pub code: String,
    /// Its name (empty for an undeclared code).
    pub name: String,
}

/// A finance line as the rules classified it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassifiedLine {
    /// Its `category:`, classified.
    pub category: Category,
    /// 大额资金: an expense at or above the site's `large_expense_threshold`.
    pub large: bool,
}

/// Where a line's amount is summed: a first-level account of the chart, or a category
/// outside it. Chart accounts come first, in chart-code order, then the others by name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// A chart account (first level).
    Account(Account),
    /// A site or unknown category.
    Other(String),
}

/// The sum of one group, and of each of its sub-accounts that lines name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupTotal {
    /// The first-level account or the category.
    pub group: Group,
    /// All its lines.
    pub sum: Fen,
    /// Its lines booked to the group itself, not to a sub-account.
    pub own: Fen,
    /// How many lines are booked to the group itself.
    pub own_lines: usize,
    /// Sub-accounts in code order, with their sums.
    pub subs: Vec<(SubKey, Fen)>,
}

/// One budget line against what was spent (or received) under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetLine {
    /// Its category, classified.
    pub category: Category,
    /// The budgeted amount.
    pub planned: Fen,
    /// The lines it covers (see `Category::covers`), summed.
    pub actual: Fen,
}

/// Budget execution of one side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetSide {
    /// Each budget line, in the order written.
    pub lines: Vec<BudgetLine>,
    /// Lines no budget line covers, summed by category, in the order of their labels.
    pub unbudgeted: Vec<(Category, Fen)>,
}

/// What the finance rules computed for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinanceFigures {
    /// `income:` lines classified, in the order written.
    pub income: Vec<ClassifiedLine>,
    /// `expenses:` lines classified, in the order written.
    pub expenses: Vec<ClassifiedLine>,
    /// All income (zero on overflow, which the rules report).
    pub income_total: Fen,
    /// All expenses (zero on overflow).
    pub expense_total: Fen,
    /// opening + income - expenses, `None` on overflow.
    pub computed_closing: Option<Fen>,
    /// The closing balance the page shows: as given, else as computed (zero on overflow).
    pub closing: Fen,
    /// Income by first-level group.
    pub income_by_group: Vec<GroupTotal>,
    /// Expenses by first-level group.
    pub expenses_by_group: Vec<GroupTotal>,
    /// Budget execution (income, expenses), when the item has a budget.
    pub budget: Option<(BudgetSide, BudgetSide)>,
}

/// Classifies every line and computes the totals, budget execution and closing balance.
pub fn figures(f: &Finance, config: &Config) -> FinanceFigures {
    let classified = |lines: &[FinanceLine], side: Side| -> Vec<ClassifiedLine> {
        lines
            .iter()
            .map(|l| ClassifiedLine {
                category: classify(&l.category.value, config),
                large: side == Side::Expense
                    && config
                        .large_expense_threshold
                        .is_some_and(|t| l.amount.value >= t),
            })
            .collect()
    };
    let income = classified(&f.income, Side::Income);
    let expenses = classified(&f.expenses, Side::Expense);
    let total =
        |ls: &[FinanceLine]| Fen::sum(ls.iter().map(|l| l.amount.value)).unwrap_or_default();
    let computed_closing = computed_closing(f);
    let budget = f.budget.as_ref().map(|b| {
        (
            budget_side(&b.income, &f.income, &income, config),
            budget_side(&b.expenses, &f.expenses, &expenses, config),
        )
    });
    FinanceFigures {
        income_total: total(&f.income),
        expense_total: total(&f.expenses),
        closing: f
            .closing_balance
            .as_ref()
            .map(|c| c.value)
            .or(computed_closing)
            .unwrap_or_default(),
        computed_closing,
        income_by_group: by_group(&f.income, &income),
        expenses_by_group: by_group(&f.expenses, &expenses),
        income,
        expenses,
        budget,
    }
}

/// Amounts by first-level group and by sub-account within it.
fn by_group(lines: &[FinanceLine], classified: &[ClassifiedLine]) -> Vec<GroupTotal> {
    /// A group's sum, its own lines' sum and count, and its sub-accounts' sums.
    type Sums = (Fen, (Fen, usize), BTreeMap<SubKey, Fen>);
    let mut groups: BTreeMap<Group, Sums> = BTreeMap::new();
    for (line, c) in lines.iter().zip(classified) {
        let (group, sub) = match &c.category {
            Category::Chart(a) if a.is_sub() => {
                let key = SubKey {
                    code: a.code.to_string(),
                    name: a.name.to_string(),
                };
                (Group::Account(a.parent()), Some(key))
            }
            Category::Sub(s) => {
                let key = SubKey {
                    code: s.code.clone(),
                    name: s.name.clone(),
                };
                (Group::Account(s.parent), Some(key))
            }
            Category::Chart(a) => (Group::Account(*a), None),
            Category::Site(name, _) | Category::Unknown(name) => (Group::Other(name.clone()), None),
        };
        let entry = groups.entry(group).or_default();
        entry.0 = entry.0.checked_add(line.amount.value).unwrap_or(entry.0);
        match sub {
            Some(sub) => {
                let s = entry.2.entry(sub).or_default();
                *s = s.checked_add(line.amount.value).unwrap_or(*s);
            }
            None => {
                let own = &mut entry.1;
                own.0 = own.0.checked_add(line.amount.value).unwrap_or(own.0);
                own.1 += 1;
            }
        }
    }
    groups
        .into_iter()
        .map(|(group, (sum, (own, own_lines), subs))| GroupTotal {
            group,
            sum,
            own,
            own_lines,
            subs: subs.into_iter().collect(),
        })
        .collect()
}

/// One side's budget lines against its `lines` (classified as `classified`).
fn budget_side(
    planned: &[(Spanned<String>, Spanned<Fen>)],
    lines: &[FinanceLine],
    classified: &[ClassifiedLine],
    config: &Config,
) -> BudgetSide {
    let mut covered = vec![false; lines.len()];
    let mut side = BudgetSide::default();
    for (category, amount) in planned {
        let category = classify(&category.value, config);
        let mut actual = Fen::default();
        for ((line, c), done) in lines.iter().zip(classified).zip(covered.iter_mut()) {
            if category.covers(&c.category) {
                *done = true;
                actual = actual.checked_add(line.amount.value).unwrap_or(actual);
            }
        }
        side.lines.push(BudgetLine {
            category,
            planned: amount.value,
            actual,
        });
    }
    let mut unbudgeted: BTreeMap<String, (Category, Fen)> = BTreeMap::new();
    for ((line, c), done) in lines.iter().zip(classified).zip(&covered) {
        if !done {
            let (_, e) = unbudgeted
                .entry(c.category.label())
                .or_insert_with(|| (c.category.clone(), Fen::default()));
            *e = e.checked_add(line.amount.value).unwrap_or(*e);
        }
    }
    side.unbudgeted = unbudgeted.into_values().collect();
    side
}

/// Classifies a `category:` value against the chart and the site's own categories: a
/// chart account, a sub-account the site declares (by code or name), a five-digit code
/// under a first-level account (undeclared), a site category, or unknown.
pub fn classify(text: &str, config: &Config) -> Category {
    if let Some(account) = accounts::resolve(text) {
        return Category::Chart(account);
    }
    let name = text.trim().to_string();
    let declared = config
        .sub_accounts
        .iter()
        .find(|(code, n)| **code == name || **n == name);
    let code = declared.map_or(name.as_str(), |(code, _)| code.as_str());
    if let Some(parent) = accounts::parent_of_code(code) {
        return Category::Sub(SubAccount {
            code: code.to_string(),
            name: declared.map(|(_, n)| n.clone()).unwrap_or_default(),
            parent,
        });
    }
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

/// Where the closing balance's sum first leaves what an amount can hold: the amount whose
/// addition overflows, summing as a clerk reads the file (the opening balance, each
/// income line, then each expense taken off), else as the totals are formed (income
/// alone, expenses alone); the opening balance when no line is to blame.
fn overflow_pos(f: &Finance) -> Pos {
    fn first_overflow(start: Fen, lines: &[FinanceLine], take_off: bool) -> Result<Fen, Pos> {
        lines.iter().try_fold(start, |sum, l| {
            let next = if take_off {
                sum.checked_sub(l.amount.value)
            } else {
                sum.checked_add(l.amount.value)
            };
            next.ok_or(l.amount.pos)
        })
    }
    first_overflow(f.opening_balance.value, &f.income, false)
        .and_then(|after| first_overflow(after, &f.expenses, true))
        .and_then(|_| first_overflow(Fen(0), &f.income, false))
        .and_then(|_| first_overflow(Fen(0), &f.expenses, false))
        .err()
        .unwrap_or(f.opening_balance.pos)
}

/// The closing balance the next period must open with: as given, else as computed.
pub fn closing_of(f: &Finance) -> Option<Fen> {
    f.closing_balance
        .as_ref()
        .map(|c| c.value)
        .or_else(|| computed_closing(f))
}

/// Rules within one finance item; `figures` are the item's, as `figures` computed them.
pub fn check(item: &Item, f: &Finance, figures: &FinanceFigures) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(period) = &item.common.period {
        for line in f.income.iter().chain(&f.expenses) {
            if !period.value.contains(line.date.value) {
                out.push(
                    Problem::DateOutsidePeriod {
                        date: line.date.value.to_string(),
                        period: period.value.to_string(),
                    }
                    .at(item.at(line.date.pos)),
                );
            }
        }
    }
    let mut category =
        |c: &Spanned<String>, classified: &Category, listed_as: Side| match classified.side() {
            Some(side) if side != listed_as => out.push(
                Problem::CategoryWrongSide {
                    category: classified.label(),
                    is: side_word(side),
                    listed_as: side_word(listed_as),
                }
                .at(item.at(c.pos)),
            ),
            Some(_) => {
                if let Category::Sub(s) = classified
                    && !s.declared()
                {
                    out.push(
                        Problem::SubAccountNotStatutory {
                            code: s.code.clone(),
                            parent: format!("{} {}", s.parent.code, s.parent.name),
                        }
                        .at(item.source.at(c.pos)),
                    );
                }
            }
            None => out.push(
                Problem::UnknownCategory {
                    name: c.value.clone(),
                }
                .at(item.at(c.pos)),
            ),
        };
    for (line, c) in f.income.iter().zip(&figures.income) {
        category(&line.category, &c.category, Side::Income);
    }
    for (line, c) in f.expenses.iter().zip(&figures.expenses) {
        category(&line.category, &c.category, Side::Expense);
    }
    if let (Some(budget), Some((income, expenses))) = (&f.budget, &figures.budget) {
        for ((c, _), b) in budget.income.iter().zip(&income.lines) {
            category(c, &b.category, Side::Income);
        }
        for ((c, _), b) in budget.expenses.iter().zip(&expenses.lines) {
            category(c, &b.category, Side::Expense);
        }
    }
    match (figures.computed_closing, &f.closing_balance) {
        (Some(computed), Some(given)) if computed != given.value => out.push(
            Problem::ClosingMismatch {
                given: given.value.yuan_text(),
                computed: computed.yuan_text(),
            }
            .at(item.at(given.pos)),
        ),
        (None, _) => out.push(Problem::AmountOverflow.at(item.at(overflow_pos(f)))),
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
                    .at(item.at(f.opening_balance.pos))
                    .with_related(
                        prev_item.at(prev_pos),
                        crate::messages::Related::PreviousPeriod,
                    ),
                );
            }
        }
    }
    out
}
