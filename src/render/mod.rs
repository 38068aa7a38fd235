//! Render: the checked board -> every output file, each handed to a sink as soon as it
//! is made (`publish::Sink`: kept in memory, or written into a build's staging folder).
//!
//! `render_with` is the checklist: the theme, the site-wide context, every item's
//! summary, then one call per page family (`pages/`: home, year summaries, team
//! archives, congress follow-up, lists, item pages, board, search, corrections, feeds), then the
//! parallel Tera render of the pages (`jobs`), then the files copied as they are. Each
//! page gets only its own small context beside the shared one. Nothing is written to
//! disk here: the sink decides where the files go.
//!
//! The rooms: `jobs` (the pages of a render, `PageSet`), `links` (the site's link form),
//! `site` (the shared context), `summaries`, `memo` (what the preview keeps between
//! renders), `pages/` (one file per page family), `views/` (what templates see),
//! `labels` (every fixed word a page shows), `markdown/`, `charts`, `qr`, `print`,
//! `fingerprint`, `exports` (data downloads), `hosting` (the web server's settings),
//! `escape` (HTML/XML text we write ourselves) and `theme`.

pub mod charts;
pub(crate) mod escape;
pub mod exports;
pub mod fingerprint;
pub mod hosting;
mod jobs;
pub mod json_out;
pub mod labels;
mod links;
pub mod markdown;
pub mod memo;
mod pages;
pub mod print;
pub mod qr;
mod site;
mod splice;
mod summaries;
pub mod theme;
pub mod views;

use std::sync::Arc;

use crate::check::Board;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::files::{StaticFiles, ThemeFiles};
use crate::publish::{Memory, Order, Output, Sink};
use jobs::PageSet;
use labels::Labels;
pub(crate) use links::link;
pub use memo::RenderMemo;
use summaries::Summaries;

/// From how many items the item pages are made as a churn of many small values (see
/// `memory`).
const CHURN_ITEMS: usize = 100;

/// What render needs besides the board.
#[derive(Clone, Copy, Debug)]
pub struct RenderOptions {
    /// The build date, printed in the footer.
    pub today: jiff::civil::Date,
}

/// Renders every page and download of `board`, with the theme's files and the site's
/// `static/` files as `load` read them.
pub fn render(
    config: &Config,
    board: &Board,
    theme: &Arc<ThemeFiles>,
    statics: &StaticFiles,
    options: RenderOptions,
) -> (Output, Vec<Diagnostic>) {
    render_with(
        config,
        board,
        theme,
        statics,
        options,
        &mut RenderMemo::off(),
    )
}

/// Renders like `render`, taking from `memo` every page whose input is the same as in
/// the render that filled it, and filling it for the next. The result is the same as
/// `render`'s (see `memo`).
pub fn render_with(
    config: &Config,
    board: &Board,
    theme: &Arc<ThemeFiles>,
    statics: &StaticFiles,
    options: RenderOptions,
    memo: &mut RenderMemo,
) -> (Output, Vec<Diagnostic>) {
    let sink = Memory::default();
    let (diagnostics, fingerprints) =
        render_into(config, board, theme, statics, options, memo, &sink);
    let output = Output {
        files: memo.sort_files(sink.into_files()),
        fingerprints,
    };
    (output, diagnostics)
}

/// Each published item's 核验码 by content path (see `publish::Output::fingerprints`).
pub type Fingerprints = std::collections::BTreeMap<String, String>;

/// Renders like `render_with`, handing each file to `sink` as soon as it is made (a
/// one-shot build writes it to disk then and there, and keeps no page in memory), and
/// returns the problems found and each item's 核验码.
pub fn render_into(
    config: &Config,
    board: &Board,
    theme: &Arc<ThemeFiles>,
    statics: &StaticFiles,
    options: RenderOptions,
    memo: &mut RenderMemo,
    sink: &dyn Sink,
) -> (Vec<Diagnostic>, Fingerprints) {
    let mut diagnostics = Vec::new();
    // The theme: the last render's, compiled, while its files are the same.
    let kept = memo.take_theme();
    let compiled = theme::compile_reusing(theme, &mut diagnostics, kept);
    let Some((mut theme, same_theme)) = compiled else {
        memo.clear();
        return (diagnostics, Fingerprints::new());
    };

    // What every page sees, made once.
    let kinds = site::kinds(board);
    let site = site::view(config, board, &kinds, options.today);
    let labels = Labels::of(config.language);
    memo.begin(same_theme, config, options.today, &(&site, &labels));
    let assets = theme.assets().clone();
    let global = theme.tera.global_context();
    global.insert("site", &site);
    global.insert("t", &labels);
    // Theme files by name -> their path with a content hash (`asset["style.css"]`).
    global.insert("asset", &assets);
    // Prefix of HTML ids in the body partials: empty on an item's page, one per sheet on
    // the board page, where several items share one document.
    global.insert("ids", "");
    // The unit board a page belongs to: only a unit board's own pages set it.
    global.insert("unit", &false);

    // Every item's public title and summary, for every page that lists items.
    let titles = summaries::public_titles(board);
    let summaries = Summaries::make(memo, board, config, &titles);

    // The page families, each adding its pages (lists after the families that add links
    // to them).
    let mut pages = PageSet::new(config, board, labels, kinds, &titles, &summaries, memo);
    pages::home::add(&mut pages);
    pages::finance_years::add(&mut pages);
    pages::welfare_years::add(&mut pages);
    pages::team_years::add(&mut pages);
    pages::attendance::add(&mut pages);
    pages::congress::add(&mut pages);
    // Every file goes to the sink as it is made; a later one of the same path wins.
    let mut fingerprints = Fingerprints::new();
    let mut add_items = || {
        pages::items::add(
            &mut pages,
            &theme,
            sink,
            &mut diagnostics,
            &mut fingerprints,
        )
    };
    // Each item page's values are freed as the page is written: with many pages the
    // memory is worth keeping for the next (see `memory`); a few big items would only
    // hold more (a 100 MB notice peaked at 424 MB instead of 328 MB).
    let (sheets, search_entries) = match board.items.len() >= CHURN_ITEMS {
        true => crate::memory::churn(add_items),
        false => add_items(),
    };
    pages::board::add(&mut pages, sheets);
    pages::search::add(&mut pages, &search_entries);
    // Made into the index now (the preview's memo keeps its own share): freed before the
    // pages are rendered.
    drop(search_entries);
    // After the index: the lists' values of every item are then made when the index's
    // keys of every item are freed, not held beside them (21 MB at 10,000 notices).
    pages::lists::add(&mut pages);
    pages::corrections::add(&mut pages);
    // Last: the sitemap lists every page added before it.
    pages::feeds::add(&mut pages);

    // The pages, rendered with Tera in parallel where the memo does not have them.
    jobs::render(pages.finish(), &theme, memo, sink, &mut diagnostics);

    // Files copied as they are: the theme's (under their own names and the hashed ones
    // the pages link), the content's and the site's `static/`.
    let mut files = Vec::new();
    for (name, bytes) in theme.statics() {
        files.push((format!("theme/{name}"), bytes.clone()));
        if let Some(hashed) = theme.assets().get(name) {
            files.push((hashed.clone(), bytes.clone()));
        }
    }
    files.extend(hosting::file(config.hosting, theme.assets()));
    for asset in &board.assets {
        files.push((asset.content_path.clone(), asset.bytes.clone()));
    }
    for (path, bytes) in statics {
        files.push((path.clone(), bytes.clone()));
    }
    for (i, (path, bytes)) in files.into_iter().enumerate() {
        sink.put(Order::copied(i), path, bytes);
    }
    summaries.keep(memo, board);
    memo.keep_theme(theme);
    (diagnostics, fingerprints)
}
