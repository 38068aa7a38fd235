//! What a correction changed: the difference between a corrected item and the item that
//! `corrects:` it, computed once from the two items' typed data and what their rules
//! computed (`Derived`), and carried on the corrected item's `CheckedItem` for its page and
//! the record of corrections (`corrections/`) to show.
//!
//! Data items give the key figures that changed and the rows added, removed or changed
//! (finance lines, welfare recipients, attendance records, congress resolutions and
//! proposals); notices give the paragraphs removed and added. Only what the items' own
//! pages may show goes in: a welfare recipient by the masked name the rules made, a
//! reason only when `privacy.show_reasons` is on, no attendance row when
//! `privacy.attendance` is `totals`. Values stay typed: the views put them in words.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::check::Derived;
use crate::config::{AttendancePrivacy, Config};
use crate::model::kinds::FinanceLine;
use crate::model::{Body, Date, Decimal2, Fen, Item};

/// What differs between two versions of an item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    /// Key figures whose value changed.
    pub figures: Vec<FigureChange>,
    /// Rows (lines, people, resolutions, paragraphs) added, removed or changed.
    pub rows: Vec<RowChange>,
    /// False when the two could not be compared field by field (different kinds).
    pub compared: bool,
}

/// A key figure that was `before` and is `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureChange {
    /// Which figure.
    pub label: Label,
    /// Its value in the corrected item.
    pub before: Value,
    /// Its value in the correction.
    pub after: Value,
}

/// How a row differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Only in the correction.
    Added,
    /// Only in the corrected item.
    Removed,
    /// In both, with other values.
    Changed,
}

impl Change {
    /// Stable word for CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        }
    }
}

/// What kind of row it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A finance income line.
    Income,
    /// A finance expense line.
    Expense,
    /// A welfare recipient.
    Recipient,
    /// A person's attendance record.
    Person,
    /// A congress resolution.
    Resolution,
    /// A congress proposal.
    Proposal,
    /// A notice paragraph.
    Paragraph,
}

/// A row's values in one version: each value with the label it is shown under (`None`
/// for the row's own words: a date, an account, a name).
pub type Row = Vec<(Option<Label>, Value)>;

/// A row added, removed or changed; `before` is empty when added, `after` when removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowChange {
    /// How it differs.
    pub change: Change,
    /// What kind of row.
    pub part: Part,
    /// Its values in the corrected item.
    pub before: Row,
    /// Its values in the correction.
    pub after: Row,
}

/// The name of a figure or of a value in a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    /// 期初余额.
    Opening,
    /// 本期收入.
    PeriodIncome,
    /// 本期支出.
    PeriodExpenses,
    /// 期末余额.
    Closing,
    /// A welfare list's total.
    WelfareTotal,
    /// A welfare list's number of recipients.
    WelfarePeople,
    /// A welfare recipient's reason.
    Reason,
    /// Goods given.
    Goods,
    /// A remark.
    Note,
    /// An attendance item's workdays.
    Workdays,
    /// People on an attendance sheet.
    People,
    /// Days present.
    Present,
    /// Days absent.
    Absent,
    /// Overtime hours.
    Overtime,
    /// Days of one leave kind (its name as written).
    Leave(String),
    /// Representatives of a congress.
    Representatives,
    /// Representatives present.
    Attending,
    /// Votes for.
    VotesFor,
    /// Votes against.
    Against,
    /// Abstentions.
    Abstain,
    /// Adopted or not.
    Result,
    /// A proposal's status.
    Status,
}

/// A typed value, put in words by the views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Words as written (public: masked where the item's page masks them).
    Text(String),
    /// An amount.
    Money(Fen),
    /// A date.
    Date(Date),
    /// Days or hours in hundredths.
    Days(Decimal2),
    /// A count.
    Count(i64),
    /// Whether a resolution was adopted.
    Adopted(bool),
}

/// The differences of every correction among `items` (each with what its rules computed
/// in `derived`, same order), by the content path of the corrected item, in the order its
/// correcting items come (the order of `CheckedItem::corrected_by`). Only items for which
/// `shown` holds are compared, as only they are on the board.
pub fn differences(
    items: &[Arc<Item>],
    derived: &[Arc<Derived>],
    config: &Config,
    shown: &dyn Fn(&Item) -> bool,
) -> BTreeMap<String, Vec<Arc<Difference>>> {
    let mut out: BTreeMap<String, Vec<Arc<Difference>>> = BTreeMap::new();
    if items.iter().all(|i| i.common.corrects.is_none()) {
        return out;
    }
    let index: HashMap<&str, usize> = items
        .iter()
        .enumerate()
        .map(|(k, i)| (i.content_path.as_str(), k))
        .collect();
    for (new, new_derived) in items.iter().zip(derived) {
        let Some(target) = &new.common.corrects else {
            continue;
        };
        let Some(&k) = index.get(target.value.as_str()) else {
            continue;
        };
        if !shown(new) || !shown(&items[k]) {
            continue;
        }
        let d = difference(&items[k], &derived[k], new, new_derived, config);
        out.entry(target.value.clone())
            .or_default()
            .push(Arc::new(d));
    }
    out
}

/// What differs between `old` and `new` (each with what its rules computed).
pub fn difference(
    old: &Item,
    old_derived: &Derived,
    new: &Item,
    new_derived: &Derived,
    config: &Config,
) -> Difference {
    let mut d = Difference {
        compared: true,
        ..Difference::default()
    };
    match (&old.body, &new.body, old_derived, new_derived) {
        (Body::Finance(a), Body::Finance(b), Derived::Finance(fa), Derived::Finance(fb)) => {
            let money = Value::Money;
            d.figures = figures([
                (
                    Label::Opening,
                    money(a.opening_balance.value),
                    money(b.opening_balance.value),
                ),
                (
                    Label::PeriodIncome,
                    money(fa.income_total),
                    money(fb.income_total),
                ),
                (
                    Label::PeriodExpenses,
                    money(fa.expense_total),
                    money(fb.expense_total),
                ),
                (Label::Closing, money(fa.closing), money(fb.closing)),
            ]);
            d.rows = rows(
                Part::Income,
                finance_rows(&a.income),
                finance_rows(&b.income),
            );
            d.rows.extend(rows(
                Part::Expense,
                finance_rows(&a.expenses),
                finance_rows(&b.expenses),
            ));
        }
        (Body::Welfare(a), Body::Welfare(b), Derived::Welfare(wa), Derived::Welfare(wb)) => {
            let count = |n: usize| Value::Count(i64::try_from(n).unwrap_or(i64::MAX));
            d.figures = figures([
                (
                    Label::WelfareTotal,
                    Value::Money(wa.total),
                    Value::Money(wb.total),
                ),
                (
                    Label::WelfarePeople,
                    count(wa.recipients.len()),
                    count(wb.recipients.len()),
                ),
            ]);
            let welfare_rows = |w: &crate::model::Welfare, f: &super::welfare::WelfareFigures| {
                w.recipients
                    .iter()
                    .zip(&f.recipients)
                    .map(|(r, p)| {
                        let key = (p.name.clone(), p.team.clone());
                        let mut row: Row = vec![(None, Value::Text(p.name.clone()))];
                        row.extend(p.team.clone().map(|t| (None, Value::Text(t))));
                        if config.privacy.show_reasons {
                            row.extend(
                                p.reason
                                    .clone()
                                    .map(|t| (Some(Label::Reason), Value::Text(t))),
                            );
                        }
                        row.push((None, Value::Money(r.amount.value)));
                        row.extend(
                            p.goods
                                .clone()
                                .map(|t| (Some(Label::Goods), Value::Text(t))),
                        );
                        row.extend(p.note.clone().map(|t| (Some(Label::Note), Value::Text(t))));
                        (key, row)
                    })
                    .collect::<Vec<_>>()
            };
            d.rows = rows(Part::Recipient, welfare_rows(a, wa), welfare_rows(b, wb));
        }
        (
            Body::Attendance(a),
            Body::Attendance(b),
            Derived::Attendance(fa),
            Derived::Attendance(fb),
        ) => {
            let (ta, tb) = (&fa.totals, &fb.totals);
            let count = |n: usize| Value::Count(i64::try_from(n).unwrap_or(i64::MAX));
            d.figures = figures([
                (
                    Label::Workdays,
                    Value::Days(ta.workdays),
                    Value::Days(tb.workdays),
                ),
                (Label::People, count(ta.people), count(tb.people)),
                (
                    Label::Present,
                    Value::Days(ta.present),
                    Value::Days(tb.present),
                ),
                (
                    Label::Absent,
                    Value::Days(ta.absent),
                    Value::Days(tb.absent),
                ),
                (
                    Label::Overtime,
                    Value::Days(ta.overtime_hours),
                    Value::Days(tb.overtime_hours),
                ),
            ]);
            if config.privacy.attendance == AttendancePrivacy::Individual {
                d.rows = rows(Part::Person, attendance_rows(a), attendance_rows(b));
            }
        }
        (Body::Congress(a), Body::Congress(b), Derived::Congress(oa), Derived::Congress(ob)) => {
            d.figures = figures([
                (
                    Label::Representatives,
                    Value::Count(a.total.value),
                    Value::Count(b.total.value),
                ),
                (
                    Label::Attending,
                    Value::Count(a.present.value),
                    Value::Count(b.present.value),
                ),
            ]);
            let resolutions = |c: &crate::model::Congress, o: &super::congress::Outcome| {
                c.resolutions
                    .iter()
                    .zip(&o.resolutions)
                    .map(|(r, out)| {
                        let row: Row = vec![
                            (None, Value::Text(r.title.value.clone())),
                            (Some(Label::VotesFor), Value::Count(r.votes.for_.value)),
                            (Some(Label::Against), Value::Count(r.votes.against.value)),
                            (Some(Label::Abstain), Value::Count(r.votes.abstain.value)),
                            (Some(Label::Result), Value::Adopted(out.adopted)),
                        ];
                        (r.title.value.clone(), row)
                    })
                    .collect::<Vec<_>>()
            };
            d.rows = rows(Part::Resolution, resolutions(a, oa), resolutions(b, ob));
            let proposals = |c: &crate::model::Congress| {
                c.proposals
                    .iter()
                    .map(|p| {
                        let row: Row = vec![
                            (None, Value::Text(p.number.value.clone())),
                            (None, Value::Text(p.title.value.clone())),
                            (Some(Label::Status), Value::Text(p.status.value.clone())),
                        ];
                        (p.number.value.clone(), row)
                    })
                    .collect::<Vec<_>>()
            };
            d.rows
                .extend(rows(Part::Proposal, proposals(a), proposals(b)));
        }
        (Body::Notice(a), Body::Notice(b), _, _) => {
            let (pa, pb) = (paragraphs(&a.markdown), paragraphs(&b.markdown));
            for p in pa.iter().filter(|p| !pb.contains(p)) {
                d.rows.push(RowChange {
                    change: Change::Removed,
                    part: Part::Paragraph,
                    before: vec![(None, Value::Text(p.clone()))],
                    after: Vec::new(),
                });
            }
            for p in pb.iter().filter(|p| !pa.contains(p)) {
                d.rows.push(RowChange {
                    change: Change::Added,
                    part: Part::Paragraph,
                    before: Vec::new(),
                    after: vec![(None, Value::Text(p.clone()))],
                });
            }
        }
        _ => d.compared = false,
    }
    d
}

/// The figures whose value differs.
fn figures<const N: usize>(all: [(Label, Value, Value); N]) -> Vec<FigureChange> {
    all.into_iter()
        .filter(|(_, before, after)| before != after)
        .map(|(label, before, after)| FigureChange {
            label,
            before,
            after,
        })
        .collect()
}

/// A notice's paragraphs: blocks between blank lines, trimmed.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Finance lines keyed by what makes a line the same line: its date, account and voucher
/// (it changed when its amount, payee or note did).
#[allow(clippy::type_complexity)]
fn finance_rows(lines: &[FinanceLine]) -> Vec<((Date, String, Option<String>), Row)> {
    lines
        .iter()
        .map(|l| {
            let mut row: Row = vec![
                (None, Value::Date(l.date.value)),
                (None, Value::Text(l.category.value.clone())),
                (None, Value::Money(l.amount.value)),
            ];
            row.extend(
                [&l.payee, &l.voucher, &l.note]
                    .into_iter()
                    .flatten()
                    .map(|t| (None, Value::Text(t.clone()))),
            );
            (
                (l.date.value, l.category.value.clone(), l.voucher.clone()),
                row,
            )
        })
        .collect()
}

/// Attendance records keyed by the person's name.
fn attendance_rows(a: &crate::model::Attendance) -> Vec<(String, Row)> {
    a.records
        .iter()
        .map(|r| {
            let mut row: Row = vec![
                (None, Value::Text(r.name.value.clone())),
                (Some(Label::Present), Value::Days(r.present.value)),
            ];
            row.extend(
                r.leave
                    .iter()
                    .map(|(k, d)| (Some(Label::Leave(k.value.clone())), Value::Days(d.value))),
            );
            row.extend(
                r.absent
                    .as_ref()
                    .map(|d| (Some(Label::Absent), Value::Days(d.value))),
            );
            row.extend(
                r.overtime_hours
                    .as_ref()
                    .map(|d| (Some(Label::Overtime), Value::Days(d.value))),
            );
            row.extend(r.note.clone().map(|t| (Some(Label::Note), Value::Text(t))));
            (r.name.value.clone(), row)
        })
        .collect()
}

/// The rows of one part added, removed or changed, matched by key: the corrected item's
/// in their order (changed or removed), then those only in the correction (added).
fn rows<K: PartialEq>(part: Part, old: Vec<(K, Row)>, new: Vec<(K, Row)>) -> Vec<RowChange> {
    let mut matched = vec![false; new.len()];
    let mut out = Vec::new();
    for (key, before) in old {
        let found = new
            .iter()
            .enumerate()
            .find(|(k, (other, _))| !matched[*k] && *other == key);
        match found {
            Some((k, (_, after))) => {
                matched[k] = true;
                if before != *after {
                    out.push(RowChange {
                        change: Change::Changed,
                        part,
                        before,
                        after: after.clone(),
                    });
                }
            }
            None => out.push(RowChange {
                change: Change::Removed,
                part,
                before,
                after: Vec::new(),
            }),
        }
    }
    for ((_, after), _) in new.into_iter().zip(matched).filter(|(_, m)| !*m) {
        out.push(RowChange {
            change: Change::Added,
            part,
            before: Vec::new(),
            after,
        });
    }
    out
}
