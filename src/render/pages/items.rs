//! The item pages: one page per item, with `data.json` and a CSV per table beside a data
//! item's page, its print view, its sheet for the board and its entry of the search index.
//! Markdown problems an item shows (see `markdown::item_html`) are collected here.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use crate::check::{CheckedItem, Status};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::Body;
use crate::publish::{Order, Sink};
use crate::render::jobs::{Files, Job, PageSet, write_page};
use crate::render::labels::Labels;
use crate::render::links::{out_path, page_view};
use crate::render::memo::{self, ItemParts, JobKey, RenderMemo};
use crate::render::pages::board::{BoardSheets, Sheet};
use crate::render::pages::search;
use crate::render::splice::Spliced;
use crate::render::theme::Theme;
use crate::render::views::corrections::CorrectionView;
use crate::render::views::table_html::{self, Splice};
use crate::render::views::{self, BodyView, ItemSummary, PageBody};
use crate::render::{exports, markdown, print};

/// One page per item, plus `data.json` and a CSV per table for data items, put into
/// `sink` as each item makes them; returns the open items' sheets for the board (with
/// the board each belongs to) and each item's entry of the search index.
///
/// An item's files are made from its checked item, its summary, the settings and the
/// titles of the items it names (a welfare list's funding): in the preview they are
/// reused when all of these are unchanged (see `memo`), so anything else an item page
/// comes to show must be added to that comparison.
pub(crate) fn add(
    pages: &mut PageSet,
    theme: &Theme,
    sink: &dyn Sink,
    diagnostics: &mut Vec<Diagnostic>,
    fingerprints: &mut BTreeMap<String, String>,
) -> (BoardSheets, Vec<Arc<search::Entry>>) {
    let (config, memo, titles) = (pages.config, pages.memo, pages.titles);
    // The place of the first item page among the jobs (they are added in item order).
    let first_job = pages.jobs.len();
    let title_of = |p: &str| titles.get(p).map_or_else(String::new, |t| t.to_string());
    let made: Vec<_> = pages
        .board
        .items
        .par_iter()
        .zip(pages.summaries)
        .zip(pages.summary_ids)
        .enumerate()
        .map(|(i, ((checked, summary), id))| {
            let (files, found, mut job, sheet, entry, code) =
                item_page(i, checked, summary, *id, config, &title_of, memo);
            for (part, (path, bytes)) in files.into_iter().enumerate() {
                sink.put(Order::download(i, part), path, bytes);
            }
            if memo.is_none() {
                put_now(&mut job, Order::page(first_job + i), theme, sink);
            }
            (found, job, sheet, entry, code)
        })
        .collect();
    let mut sheets = Vec::new();
    let mut entries = Vec::with_capacity(made.len());
    let mut codes = Vec::with_capacity(made.len());
    pages.jobs.reserve(made.len());
    for ((found, job, sheet, entry, code), checked) in made.into_iter().zip(&pages.board.items) {
        codes.push((checked.item.content_path.clone(), code));
        diagnostics.extend(found);
        pages.push(job);
        sheets.extend(sheet.map(|s| (checked.board, s)));
        entries.push(entry);
    }
    // Made in one go from the pairs (in path order, as the board's items are, they are
    // only checked, not sorted) rather than by 10,000 inserts on every save.
    match fingerprints.is_empty() {
        true => *fingerprints = codes.into_iter().collect(),
        false => fingerprints.extend(codes),
    }
    (sheets, entries)
}

/// Renders an item page of a one-shot build and puts it into `sink` at once, so that
/// its values (as large as its tables) are freed now rather than kept with every other
/// item's until the pages are rendered; `jobs::render` then only reports its error.
fn put_now(job: &mut Job, order: Order, theme: &Theme, sink: &dyn Sink) {
    let made = write_page(theme, job, sink, order);
    job.context = Context::new();
    // The board makes a ledger's rows again rather than keep them till it is made.
    for splice in std::mem::take(&mut job.splices) {
        splice.forget();
    }
    job.done = Some(made.map(|()| Arc::from(&[][..])));
    job.put = true;
}

/// An item page job with its downloads, problems, board sheet, search entry and 核验码.
type ItemMade = (
    Files,
    Vec<Diagnostic>,
    Job,
    Option<Arc<Sheet>>,
    Arc<search::Entry>,
    String,
);

/// One item's page job, its downloads, the problems making them showed and its board
/// sheet; taken from `memo` when its input is unchanged.
fn item_page(
    position: usize,
    checked: &CheckedItem,
    summary: &ItemSummary,
    summary_id: u64,
    config: &Config,
    title_of: &(dyn Fn(&str) -> String + Sync),
    memo: Option<&RenderMemo>,
) -> ItemMade {
    if let Some((at, old)) = memo.and_then(|m| m.item(position, checked, summary_id, title_of)) {
        let job = Job {
            out: old.out.clone(),
            template: String::new(),
            title: String::new(),
            context: Context::new(),
            done: Some(old.page.clone()),
            key: JobKey::ItemReused(at),
            put: false,
            splices: Vec::new(),
        };
        let old = &old.parts;
        return (
            old.files.clone(),
            old.diagnostics.clone(),
            job,
            old.sheet.clone(),
            old.search_entry.clone(),
            old.fingerprint.clone(),
        );
    }
    let page_path = checked.page_path.clone();
    let template = format!("{}.html", checked.item.body.kind().key());
    let mut diagnostics = Vec::new();
    // The other items' titles this page shows, so the preview knows when to remake it.
    let ((mut body, plain), titles) = memo::record_titles(title_of, |titles| {
        item_body(checked, config, titles, &mut diagnostics)
    });
    let labels = Labels::of(config.language);
    let printing = print::view(checked, summary, &body, config, labels);
    let fingerprint = printing.fingerprint.clone();
    let mut files: Files = Vec::new();
    if !matches!(checked.item.body, Body::Notice(_)) {
        files.push((
            format!("{page_path}/data.json"),
            Arc::from(exports::data_json(checked, summary, &body)),
        ));
        for table in &body.tables {
            files.push((
                format!("{page_path}/{}.csv", table.id),
                Arc::from(exports::table_csv(table)),
            ));
        }
    }
    let search_entry = Arc::new(search::entry(checked, summary, &body, &plain));
    drop(plain);
    // A big table's rows are written into the page as the page is written (see
    // `render::splice`): the table moves into a splice that the page and the board's sheet
    // share, and their values hold only its marker.
    let ids: Vec<Option<u64>> = body
        .tables
        .iter()
        .map(|t| table_html::is_markup(t).then(table_html::next_id))
        .collect();
    // The page's values, made once: the board's sheet shares them (Tera values share
    // their parts), so a large table is not copied for the board.
    let item_value = tera::Value::from_serializable(summary);
    let body_value = tera::Value::from_serializable(&PageBody(&body, &ids));
    let splices: Vec<Arc<Splice>> = std::mem::take(&mut body.tables)
        .into_iter()
        .zip(ids)
        .filter_map(|(table, id)| {
            let remake = views::remake(checked, config, &table.id);
            id.map(|id| Arc::new(Splice::new(id, table, remake)))
        })
        .collect();
    let printing_value = tera::Value::from_serializable(&printing);
    drop(body);
    let mut context = Context::new();
    context.insert_value("item", item_value.clone());
    context.insert_value("body", body_value.clone());
    context.insert_value("printing", printing_value.clone());
    context.insert(
        "page",
        &page_view(config, &page_path, summary.title.clone()),
    );
    // What each correction of this item changed (the links come from its summary, whose
    // change the preview follows).
    let corrections: Vec<CorrectionView> = summary
        .corrected_by
        .iter()
        .zip(&checked.differences)
        .map(|(by, d)| CorrectionView {
            by: by.clone(),
            difference: views::corrections::difference(d, labels),
        })
        .collect();
    context.insert("corrections", &corrections);
    let sheet = (checked.status == Status::Open).then(|| {
        Arc::new(Sheet {
            window_to: summary.window_to.clone(),
            href: summary.href.clone(),
            item: item_value,
            body: body_value,
            printing: printing_value,
            splices: splices.clone(),
        })
    });
    let key = match memo {
        Some(_) => JobKey::Item(Box::new(ItemParts {
            checked: checked.clone(),
            summary: summary_id,
            titles,
            files: files.clone(),
            diagnostics: diagnostics.clone(),
            sheet: sheet.clone(),
            search_entry: search_entry.clone(),
            fingerprint: fingerprint.clone(),
        })),
        None => JobKey::None,
    };
    let job = Job {
        out: out_path(&page_path),
        template,
        title: summary.title.clone(),
        context,
        done: None,
        key,
        put: false,
        splices: splices.into_iter().map(|s| s as Arc<dyn Spliced>).collect(),
    };
    (files, diagnostics, job, sheet, search_entry, fingerprint)
}

/// The body of an item page, and a notice's plain text for the search index; Markdown
/// problems become diagnostics (see `markdown::item_html`).
fn item_body(
    checked: &CheckedItem,
    config: &Config,
    titles: &dyn Fn(&str) -> String,
    diagnostics: &mut Vec<Diagnostic>,
) -> (BodyView, String) {
    let item = &checked.item;
    let options = markdown::MarkdownOptions {
        raw_html: config.raw_html,
    };
    let mut md = |text: &str, first_line: usize, first_column: usize| {
        markdown::item_html(
            item,
            text,
            (first_line, first_column),
            &options,
            diagnostics,
        )
    };
    let view = match &item.body {
        Body::Notice(n) => {
            let rendered = md(&n.markdown, n.body_line, 1);
            let view = BodyView {
                html: rendered.html,
                ..BodyView::default()
            };
            return (view, rendered.plain);
        }
        Body::Congress(c) => {
            let mut view = views::data_body(checked, config, titles);
            // Each text goes beside its votes and progress on the meeting page.
            let shown = view.congress.as_mut().map(|v| &mut v.resolutions);
            for (r, shown) in c.resolutions.iter().zip(shown.into_iter().flatten()) {
                if let Some(text) = &r.text {
                    shown.text_html = md(&text.value, text.pos.line(), text.pos.column()).html;
                }
            }
            view
        }
        _ => views::data_body(checked, config, titles),
    };
    (view, String::new())
}
