//! The record of corrections (更正记录, `corrections/`): every correction on the site, newest
//! first, each with its date, unit, the corrected item and the correcting one (both kept
//! and linked), and what changed between the two: for finance reports the key figures and
//! the lines added, removed or changed (computed from the two items' data); for notices
//! the paragraphs changed. Other kinds are linked for the reader to compare (a welfare
//! list or attendance sheet is never shown row by row here: its names are masked only on
//! its own pages).
//!
//! The page exists only on a site with a correction. It is made from the two items of
//! each correction as they are now, so it is never stale in the preview.

use serde::Serialize;
use tera::Context;

use crate::check::{CheckedItem, Derived};
use crate::model::Body;
use crate::model::kinds::FinanceLine;
use crate::render::jobs::PageSet;
use crate::render::views::LinkView;

/// Page path of the record (a reserved top-level name for content).
pub const PAGE: &str = "corrections";

/// One correction.
#[derive(Serialize)]
struct Correction {
    /// The correcting item's publication date.
    date: String,
    /// Its issuing body.
    unit: String,
    /// The corrected item.
    corrected: LinkView,
    /// The correcting item.
    correcting: LinkView,
    /// Figures whose value changed.
    figures: Vec<Change>,
    /// Lines or paragraphs added, removed or changed.
    rows: Vec<Change>,
    /// False when the two could not be compared field by field (other kinds).
    compared: bool,
}

/// One difference: `what` was `before` and is `after` (either empty when added/removed).
#[derive(Serialize)]
struct Change {
    /// `added`, `removed` or `changed`.
    change: &'static str,
    /// What it is: a figure's label, or a line's date and account.
    what: String,
    /// Before.
    before: String,
    /// After.
    after: String,
}

/// Adds `corrections/` when any published item corrects another.
pub(crate) fn add(pages: &mut PageSet) {
    let items = &pages.board.items;
    let mut list: Vec<Correction> = Vec::new();
    for (i, checked) in items.iter().enumerate() {
        let Some(target) = &checked.corrects else {
            continue;
        };
        let Some(j) = items.iter().position(|c| &c.item.content_path == target) else {
            continue;
        };
        let (old, new) = (&items[j], checked);
        let link = |k: usize| LinkView {
            href: pages.summaries[k].href.clone(),
            title: pages.summaries[k].title.clone(),
        };
        let (figures, rows, compared) = diff(pages, old, new);
        list.push(Correction {
            date: new.item.common.published.value.to_string(),
            unit: new.unit.to_string(),
            corrected: link(j),
            correcting: link(i),
            figures,
            rows,
            compared,
        });
    }
    if list.is_empty() {
        return;
    }
    list.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.correcting.href.cmp(&b.correcting.href))
    });
    let mut ctx = Context::new();
    ctx.insert("corrections", &list);
    let title = pages.labels.site.corrections.clone();
    pages.add(PAGE, title, "corrections.html", ctx);
}

/// What differs between `old` and `new`: figures, rows, and whether they were compared.
fn diff(pages: &PageSet, old: &CheckedItem, new: &CheckedItem) -> (Vec<Change>, Vec<Change>, bool) {
    match (&old.item.body, &new.item.body, &*old.derived, &*new.derived) {
        (Body::Finance(a), Body::Finance(b), Derived::Finance(fa), Derived::Finance(fb)) => {
            let words = &pages.labels.finance;
            let figures = [
                (
                    &words.opening,
                    a.opening_balance.value,
                    b.opening_balance.value,
                ),
                (&words.period_income, fa.income_total, fb.income_total),
                (&words.period_expenses, fa.expense_total, fb.expense_total),
                (&words.closing, fa.closing, fb.closing),
            ]
            .into_iter()
            .filter(|(_, x, y)| x != y)
            .map(|(label, x, y)| Change {
                change: "changed",
                what: label.clone(),
                before: x.display(),
                after: y.display(),
            })
            .collect();
            let mut rows = lines(&words.income, &a.income, &b.income);
            rows.extend(lines(&words.expense, &a.expenses, &b.expenses));
            (figures, rows, true)
        }
        (Body::Notice(a), Body::Notice(b), _, _) => {
            let paragraphs = |text: &str| -> Vec<String> {
                text.split("\n\n")
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect()
            };
            let (pa, pb) = (paragraphs(&a.markdown), paragraphs(&b.markdown));
            let mut rows: Vec<Change> = Vec::new();
            for p in pa.iter().filter(|p| !pb.contains(p)) {
                rows.push(Change {
                    change: "removed",
                    what: String::new(),
                    before: p.clone(),
                    after: String::new(),
                });
            }
            for p in pb.iter().filter(|p| !pa.contains(p)) {
                rows.push(Change {
                    change: "added",
                    what: String::new(),
                    before: String::new(),
                    after: p.clone(),
                });
            }
            (Vec::new(), rows, true)
        }
        _ => (Vec::new(), Vec::new(), false),
    }
}

/// A line as the record shows it: date, account, amount, payee, voucher, note.
fn line_text(l: &FinanceLine) -> String {
    let mut parts = vec![
        l.date.value.to_string(),
        l.category.value.clone(),
        l.amount.value.display(),
    ];
    parts.extend(
        [&l.payee, &l.voucher, &l.note]
            .into_iter()
            .flatten()
            .cloned(),
    );
    parts.join(" ")
}

/// The lines of one side added, removed or changed. A line is the same line when its
/// date, account and voucher are; it changed when its amount, payee or note did.
fn lines(side: &str, old: &[FinanceLine], new: &[FinanceLine]) -> Vec<Change> {
    let key = |l: &FinanceLine| (l.date.value, l.category.value.clone(), l.voucher.clone());
    let mut matched = vec![false; new.len()];
    let mut out = Vec::new();
    for a in old {
        let found = new
            .iter()
            .enumerate()
            .find(|(k, b)| !matched[*k] && key(b) == key(a));
        match found {
            Some((k, b)) => {
                matched[k] = true;
                if line_text(a) != line_text(b) {
                    out.push(Change {
                        change: "changed",
                        what: side.to_string(),
                        before: line_text(a),
                        after: line_text(b),
                    });
                }
            }
            None => out.push(Change {
                change: "removed",
                what: side.to_string(),
                before: line_text(a),
                after: String::new(),
            }),
        }
    }
    for (b, _) in new.iter().zip(&matched).filter(|(_, m)| !**m) {
        out.push(Change {
            change: "added",
            what: side.to_string(),
            before: String::new(),
            after: line_text(b),
        });
    }
    out
}
