//! Render: the checked board -> every output file, in memory.
//!
//! Decides which pages exist (home, one list per kind, per year and per section folder,
//! one page per item, data downloads), builds the shared site context once, gives each
//! page only its own small context, and renders pages in parallel. Nothing is written to
//! disk here (`publish` does that).

pub mod charts;
pub(crate) mod escape;
pub mod exports;
pub mod feeds;
pub mod fingerprint;
mod jobs;
pub mod labels;
mod links;
pub mod markdown;
pub mod memo;
mod pages;
pub mod print;
pub mod qr;
mod site;
mod summaries;
pub mod theme;
pub mod views;

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use crate::ToolError;
use crate::check::{Board, CheckedItem, Status};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Problem;
use crate::model::Body;
use crate::publish::Output;
use jobs::{Files, Job, PageSet};
use labels::Labels;
pub(crate) use links::link;
use links::{out_path, page_view};
pub use memo::RenderMemo;
use memo::{ItemParts, JobKey, PageInput, Versions};
use pages::board::Sheet;
use summaries::Summaries;
use views::{BodyView, ItemSummary};

/// What render needs besides the board.
#[derive(Clone, Copy, Debug)]
pub struct RenderOptions {
    /// The build date, printed in the footer.
    pub today: jiff::civil::Date,
}

/// The output paths of the HTML pages, in the order they were added: the sitemap's key.
struct HtmlPaths<'a>(Vec<&'a str>);

impl PageInput for HtmlPaths<'_> {
    type Kept = Vec<String>;

    fn same(&self, kept: &Vec<String>) -> bool {
        self.0.len() == kept.len() && self.0.iter().zip(kept).all(|(a, b)| *a == b)
    }

    fn kept(&self) -> Vec<String> {
        self.0.iter().map(|p| p.to_string()).collect()
    }
}

/// Renders every page and download of `board`.
pub fn render(
    root: &Path,
    config: &Config,
    board: &Board,
    options: RenderOptions,
) -> Result<(Output, Vec<Diagnostic>), ToolError> {
    render_with(root, config, board, options, &mut RenderMemo::off())
}

/// Renders like `render`, taking from `memo` every page whose input is the same as in
/// the render that filled it, and filling it for the next. The result is the same as
/// `render`'s (see `memo`).
pub fn render_with(
    root: &Path,
    config: &Config,
    board: &Board,
    options: RenderOptions,
    memo: &mut RenderMemo,
) -> Result<(Output, Vec<Diagnostic>), ToolError> {
    let mut diagnostics = Vec::new();
    // The theme: the last render's, compiled, while its files are the same.
    let kept = memo.take_theme();
    let loaded = theme::load_reusing(root, config, &mut diagnostics, kept)?;
    let Some((mut theme, same_theme)) = loaded else {
        memo.clear();
        return Ok((Output::default(), diagnostics));
    };

    // What every page sees, made once.
    let kinds = site::kinds(board);
    let site = site::view(config, board, &kinds, options.today);
    let labels = Labels::of(config.language);
    memo.begin(same_theme, config, options.today, &(&site, &labels));
    let global = theme.tera.global_context();
    global.insert("site", &site);
    global.insert("t", &labels);
    // Prefix of HTML ids in the body partials: empty on an item's page, one per sheet on
    // the board page, where several items share one document.
    global.insert("ids", "");

    // Every item's public title and summary, for every page that lists items.
    let titles = summaries::public_titles(memo, board, config);
    let summaries = Summaries::make(memo, board, config, &titles);

    // The page families, each adding its pages (lists last but for item pages: the
    // families before them add links to the lists).
    let mut pages = PageSet::new(config, board, &labels, kinds, &titles, &summaries, memo);
    pages::home::add(&mut pages);
    pages::finance_years::add(&mut pages);
    pages::welfare_years::add(&mut pages);
    pages::attendance::add(&mut pages);
    pages::congress::add(&mut pages);
    pages::lists::add(&mut pages);
    // Every file in the order it is made; a later one of the same path wins.
    let mut files: Files = Vec::new();
    let (sheets, search_entries) = item_pages(&mut pages, &mut files, &mut diagnostics);
    pages::board::add(&mut pages, sheets);
    pages::search::add(&mut pages, &search_entries);
    let summaries_key = Versions(summaries.ids.clone());
    pages.add_file_keyed("feed.xml", summaries_key, |_| {
        feeds::atom(config, &summaries.list).into_bytes()
    });
    // The sitemap lists every page added so far (all of them).
    let mut jobs = std::mem::take(&mut pages.jobs);
    let html = HtmlPaths(
        jobs.iter()
            .map(|j| j.out.as_str())
            .filter(|p| p.ends_with(".html"))
            .collect(),
    );
    pages.add_file_keyed("sitemap.xml", html, |html| {
        let mut html = html.0.clone();
        html.sort_unstable();
        feeds::sitemap(config, html.into_iter()).into_bytes()
    });
    jobs.append(&mut pages.jobs);
    pages.jobs = jobs;

    // The pages, rendered with Tera in parallel where the memo does not have them.
    jobs::render(pages.finish(), &theme, memo, &mut files, &mut diagnostics);

    // Files copied as they are: the theme's, the content's and the site's `static/`.
    for (name, bytes) in theme.statics() {
        files.push((format!("theme/{name}"), bytes.clone()));
    }
    for asset in &board.assets {
        files.push((asset.content_path.clone(), asset.bytes.clone()));
    }
    for (path, bytes) in crate::load::read_files(&root.join("static"))? {
        files.push((path, Arc::from(bytes)));
    }
    summaries.keep(memo, board);
    memo.keep_theme(theme);
    let output = Output {
        files: memo.sort_files(files),
    };
    Ok((output, diagnostics))
}

/// One page per item, plus `data.json` and a CSV per table for data items; returns the
/// open items' sheets for the board and each item's entry of the search index.
///
/// An item's files are made from its checked item, its summary, the settings and the
/// titles of the items it names (a welfare list's funding): in the preview they are
/// reused when all of these are unchanged (see `memo`), so anything else an item page
/// comes to show must be added to that comparison.
fn item_pages(
    pages: &mut PageSet,
    output: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Arc<Sheet>>, Vec<Arc<str>>) {
    let (config, memo, titles) = (pages.config, pages.memo, pages.titles);
    let title_of = |p: &str| titles.get(p).cloned().unwrap_or_default();
    let made: Vec<ItemMade> = pages
        .board
        .items
        .par_iter()
        .zip(pages.summaries)
        .zip(pages.summary_ids)
        .enumerate()
        .map(|(i, ((checked, summary), id))| {
            item_page(i, checked, summary, *id, config, &title_of, memo)
        })
        .collect();
    let mut sheets = Vec::new();
    let mut entries = Vec::with_capacity(made.len());
    for (files, found, job, sheet, entry) in made {
        output.extend(files);
        diagnostics.extend(found);
        pages.push(job);
        sheets.extend(sheet);
        entries.push(entry);
    }
    (sheets, entries)
}

/// An item page job with its downloads, problems, board sheet and search entry.
type ItemMade = (Files, Vec<Diagnostic>, Job, Option<Arc<Sheet>>, Arc<str>);

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
        };
        let old = &old.parts;
        return (
            old.files.clone(),
            old.diagnostics.clone(),
            job,
            old.sheet.clone(),
            old.search_entry.clone(),
        );
    }
    let page_path = checked.item.page_path();
    let template = format!("{}.html", checked.item.body.kind().key());
    let mut diagnostics = Vec::new();
    // The other items' titles this page shows, so the preview knows when to remake it.
    let (body, titles) = memo::record_titles(title_of, |titles| {
        item_body(checked, config, titles, &mut diagnostics)
    });
    let page_body = body.for_page();
    let data_json =
        (!matches!(checked.item.body, Body::Notice(_))).then(|| exports::data_json(summary, &body));
    let labels = Labels::of(config.language);
    let printing = print::view(checked, &page_body, data_json.as_deref(), config, &labels);
    let mut files: Files = Vec::new();
    if let Some(data_json) = data_json {
        files.push((
            format!("{page_path}/data.json"),
            Arc::from(data_json.into_bytes()),
        ));
        for table in &body.tables {
            files.push((
                format!("{page_path}/{}.csv", table.id),
                Arc::from(exports::table_csv(table).into_bytes()),
            ));
        }
    }
    let mut context = Context::new();
    context.insert("item", summary);
    context.insert("body", &page_body);
    context.insert("printing", &printing);
    context.insert(
        "page",
        &page_view(config, &page_path, summary.title.clone()),
    );
    let search_entry = pages::search::entry(checked, summary);
    let sheet = (checked.status == Status::Open).then(|| {
        Arc::new(Sheet {
            item: summary.clone(),
            body: page_body,
            printing,
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
    };
    (files, diagnostics, job, sheet, search_entry)
}

/// The body of an item page; Markdown problems become diagnostics at their file line.
fn item_body(
    checked: &CheckedItem,
    config: &Config,
    titles: &dyn Fn(&str) -> String,
    diagnostics: &mut Vec<Diagnostic>,
) -> BodyView {
    let item = &checked.item;
    let options = markdown::MarkdownOptions {
        raw_html: config.raw_html,
    };
    let mut md = |text: &str, first_line: usize, first_column: usize| {
        let rendered = markdown::render(text, &options);
        let at = |p: &markdown::SourcePos| {
            let column = if p.line == 1 {
                first_column + p.column - 1
            } else {
                p.column
            };
            item.source.at(Pos::new(first_line + p.line - 1, column, 1))
        };
        for raw in &rendered.raw_html {
            diagnostics.push(
                Problem::RawHtml {
                    snippet: raw.snippet.clone(),
                }
                .at(at(&raw.pos)),
            );
        }
        for l in &rendered.links {
            if link_leaves_site(&item.content_path, &l.url) {
                diagnostics.push(Problem::LinkOutsideSite { url: l.url.clone() }.at(at(&l.pos)));
            }
        }
        rendered.html
    };
    match &item.body {
        Body::Notice(n) => BodyView {
            html: md(&n.markdown, n.body_line, 1),
            ..BodyView::default()
        },
        Body::Congress(c) => {
            let mut view = views::data_body(checked, config, titles);
            // Each text goes beside its votes and progress on the meeting page.
            let shown = view.congress.as_mut().map(|v| &mut v.resolutions);
            for (r, shown) in c.resolutions.iter().zip(shown.into_iter().flatten()) {
                if let Some(text) = &r.text {
                    shown.text_html = md(&text.value, text.pos.line, text.pos.column);
                }
            }
            view
        }
        _ => views::data_body(checked, config, titles),
    }
}

/// True when a relative link climbs above the site root or names a local file outside it.
fn link_leaves_site(content_path: &str, url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("file:") || lower.starts_with('\\') || lower.get(1..3) == Some(":\\") {
        return true;
    }
    if lower.contains("://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with('#')
    {
        return false;
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut depth: i64 = if path.starts_with('/') {
        0
    } else {
        // The page of `a/b.md` is `a/b/index.html`: links resolve from there.
        crate::model::page_path_of(content_path).split('/').count() as i64
    };
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => depth += 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_leave_the_site() {
        assert!(!link_leaves_site(
            "notices/a.md",
            "../../2026/finance-q1/index.html"
        ));
        assert!(link_leaves_site("notices/a.md", "../../../secret.txt"));
        assert!(link_leaves_site("a.md", "file:///etc/passwd"));
        assert!(!link_leaves_site("a.md", "https://example.com/"));
        assert!(!link_leaves_site("a.md", "#top"));
    }
}
