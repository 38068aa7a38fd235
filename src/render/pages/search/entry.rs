//! What one item puts into the search index: its line in the table of results (title,
//! address, kind, date, status) and the terms it is found by.
//!
//! Only what the item's page shows publicly is read, and only from its summary and its
//! views (never the typed item): titles, unit, period, category and the publication date
//! of every item; table captions and facts; a notice's text; a finance report's lines
//! (accounts, payees, vouchers, notes, dates); a welfare list's goods and teams as the
//! rules masked them; a congress's meeting, resolutions (titles, texts, progress) and
//! proposals (titles, handlers, replies, reasons, but not who made them); the text
//! cells of a declared table (pay, merits, assessment, table) as the rules masked them. Names of
//! welfare recipients, of people on attendance sheets, of proposers and of a table's `name` columns
//! are never read.

use crate::check::{CheckedItem, Derived};
use crate::render::views::{BodyView, ItemSummary};

use super::keys::Keys;
use super::terms::{self, Key};

/// How much of a notice's text is indexed.
const TEXT_CHARS: usize = 20_000;

/// An item's part of the index, made beside its page and kept with it in the preview.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Its row of the result table, as JSON: `[title, href, kind, published, status]`.
    pub record: Box<str>,
    /// Its terms, sorted as numbers (so in shard order), without repeats (`Keys`).
    pub terms: Box<[Key]>,
}

/// The index entry of `checked`, from its summary, its page's body view and, for a
/// notice, the plain text of its Markdown.
pub(crate) fn entry(
    checked: &CheckedItem,
    summary: &ItemSummary,
    body: &BodyView,
    plain: &str,
) -> Entry {
    // The first `TEXT_CHARS` characters, borrowed (a text of fewer bytes has fewer).
    let text = match plain.len() <= TEXT_CHARS {
        true => plain,
        false => plain
            .char_indices()
            .nth(TEXT_CHARS)
            .map_or(plain, |(end, _)| &plain[..end]),
    };
    // Its keys' table made at the size the text needs (the rest grows it if need be).
    let mut keys = Keys::for_text(text.len());
    // One buffer for the words of all its texts.
    let mut word = String::new();
    let mut add = |text: &str| terms::index_terms(text, &mut word, &mut keys);
    for text in [
        &summary.title,
        summary.kind_label,
        &summary.published,
        &summary.unit,
        &summary.period_label,
        &summary.category,
    ] {
        add(text);
    }
    add(text);
    for table in &body.tables {
        add(&table.caption);
    }
    for fact in &body.facts {
        add(&fact.value);
    }
    match &*checked.derived {
        Derived::Finance(_) => {
            // Every line: side, date, account, payee, voucher, note (amounts are not words).
            for table in body.tables.iter().filter(|t| t.id == "lines") {
                for cell in table.rows.iter().flatten().filter(|c| !c.numeric()) {
                    add(&cell.shown());
                }
            }
        }
        Derived::Welfare(w) => {
            // As the rules masked them; the name is never read.
            for r in &w.recipients {
                for text in [&r.team, &r.goods].into_iter().flatten() {
                    add(text);
                }
            }
            add(&w.program);
        }
        Derived::Congress(_) => {
            if let Some(c) = &body.congress {
                add(&c.meeting);
                add(&c.meeting_date);
                for r in &c.resolutions {
                    add(&r.title);
                    add(&r.text);
                    add(r.result);
                    if let Some(p) = &r.progress {
                        add(&p.status);
                        add(&p.note);
                        for u in &p.updates {
                            add(&u.date);
                            add(&u.note);
                        }
                    }
                }
                for p in &c.proposals {
                    for text in [
                        &p.number, &p.title, &p.handler, &p.status, &p.reply, &p.reason,
                    ] {
                        add(text);
                    }
                }
            }
        }
        Derived::Pay(crate::check::pay::PayFigures { sheet, .. })
        | Derived::Merits(crate::check::merits::MeritsFigures { sheet, .. })
        | Derived::Assessment(crate::check::assessment::AssessmentFigures { sheet, .. })
        | Derived::Table(sheet) => {
            // Text columns (岗位, 扣款原因, 事由, 依据) as the rules masked them; names never.
            for text in &sheet.texts {
                add(text);
            }
        }
        Derived::Attendance(_) | Derived::Notice => {}
    }
    Entry {
        record: record(summary).into(),
        terms: keys.finish(),
    }
}

/// The row of the result table: `[title, href, kind, published, status]` as JSON, with
/// `<` escaped so the text could sit inside a `<script>` element too.
fn record(s: &ItemSummary) -> String {
    let row = (&s.title, &s.href, s.kind, &s.published, s.status);
    let json = serde_json::to_string(&row).unwrap_or_else(|_| "[]".into());
    json.replace('<', "\\u003c")
}
