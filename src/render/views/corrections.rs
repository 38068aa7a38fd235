//! What a correction changed, in words: the difference the rules computed
//! (`check::corrections::Difference`) as the table rows the corrected item's page and the
//! record of corrections show. Only lays out; nothing is compared here.

use serde::Serialize;

use crate::check::corrections::{Change, Difference, Label, Part, Row, Value};
use crate::render::labels::Labels;
use crate::render::views::LinkView;

/// One correction's difference, as the difference table shows it.
#[derive(Clone, Debug, Serialize)]
pub struct DifferenceView {
    /// Figures whose value changed.
    pub figures: Vec<ChangeView>,
    /// Lines, people, resolutions or paragraphs added, removed or changed.
    pub rows: Vec<ChangeView>,
    /// False when the two could not be compared field by field.
    pub compared: bool,
}

/// One difference: `what` was `before` and is `after` (either empty when added/removed).
#[derive(Clone, Debug, Serialize)]
pub struct ChangeView {
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    /// What it is: a figure's label, or the kind of row (收入, 支出, 受助人 …).
    pub what: String,
    /// Before.
    pub before: String,
    /// After.
    pub after: String,
}

/// A correction of the item whose page shows it: the correcting item and what it changed.
#[derive(Clone, Debug, Serialize)]
pub struct CorrectionView {
    /// The correcting item.
    pub by: LinkView,
    /// What it changed.
    pub difference: DifferenceView,
}

/// The rows of `d` in the words of `t`.
pub fn difference(d: &Difference, t: &Labels) -> DifferenceView {
    DifferenceView {
        figures: d
            .figures
            .iter()
            .map(|f| ChangeView {
                change: Change::Changed.key(),
                what: label(&f.label, t),
                before: value(&f.before, t),
                after: value(&f.after, t),
            })
            .collect(),
        rows: d
            .rows
            .iter()
            .map(|r| ChangeView {
                change: r.change.key(),
                what: part(r.part, t),
                before: row(&r.before, t),
                after: row(&r.after, t),
            })
            .collect(),
        compared: d.compared,
    }
}

/// The word for a kind of row (a notice's paragraphs need none beside the text).
fn part(p: Part, t: &Labels) -> String {
    match p {
        Part::Income => t.finance.income.clone(),
        Part::Expense => t.finance.expense.clone(),
        Part::Recipient => t.site.corrections_recipient.clone(),
        Part::Person => t.site.corrections_person.clone(),
        Part::Resolution => t.congress.resolution.clone(),
        Part::Proposal => t.site.corrections_proposal.clone(),
        Part::Paragraph => t.site.corrections_paragraph.clone(),
    }
}

/// A row's values in one line: its own words as they are, labelled values as
/// `label value`, separated by spaces.
fn row(r: &Row, t: &Labels) -> String {
    r.iter()
        .map(|(l, v)| match l {
            Some(l) => format!("{} {}", label(l, t), value(v, t)),
            None => value(v, t),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The word for a figure or a labelled value.
fn label(l: &Label, t: &Labels) -> String {
    let (f, w, a, c, s) = (&t.finance, &t.welfare, &t.attendance, &t.congress, &t.site);
    match l {
        Label::Opening => f.opening.clone(),
        Label::PeriodIncome => f.period_income.clone(),
        Label::PeriodExpenses => f.period_expenses.clone(),
        Label::Closing => f.closing.clone(),
        Label::WelfareTotal => w.total_figure.clone(),
        Label::WelfarePeople => w.people.clone(),
        Label::Reason => w.reason.clone(),
        Label::Goods => w.goods.clone(),
        Label::Note => w.note.clone(),
        Label::Workdays => a.workdays.clone(),
        Label::People => a.people.clone(),
        Label::Present => a.present.clone(),
        Label::Absent => a.absent.clone(),
        Label::Overtime => a.overtime.clone(),
        Label::Leave(kind) => kind.clone(),
        Label::Representatives => c.representatives.clone(),
        Label::Attending => s.corrections_attending.clone(),
        Label::VotesFor => c.votes_for.clone(),
        Label::Against => c.against.clone(),
        Label::Abstain => c.abstain.clone(),
        Label::Result => c.result.clone(),
        Label::Status => c.status.clone(),
    }
}

/// A value as pages write it.
fn value(v: &Value, t: &Labels) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Money(m) => m.display(),
        Value::Date(d) => d.to_string(),
        Value::Days(d) => d.to_string(),
        Value::Count(n) => n.to_string(),
        Value::Adopted(true) => t.congress.passed.clone(),
        Value::Adopted(false) => t.congress.not_passed.clone(),
    }
}
