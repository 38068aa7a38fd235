//! The pages of one render: `PageSet` hands every page family what it needs (the board, the
//! summaries, the link form) and collects a `Job` per output file it adds, taken from the
//! memo when its input is unchanged; `render` then makes the files of the jobs, rendering
//! with Tera, in parallel, only those the memo did not have.
//!
//! Must not: decide which pages exist (the families in `pages` do) or when a kept page is
//! the same (the memo does).

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use tera::Context;

use super::labels::Labels;
use super::links::{PageView, link, out_path, page_view};
use super::memo::{self, JobKey, Members, PageInput, PageKey, RenderMemo, Rendered, Versions};
use super::splice::{ListRows, SpliceWriter, Spliced, render_rows};
use super::summaries::Summaries;
use super::theme::Theme;
use super::views::table_html::Splice;
use super::views::{ItemSummary, LinkView};
use crate::check::{Board, CheckedItem};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::Kind;
use crate::publish::{Order, Sink};

/// Output files: path and bytes.
pub(crate) type Files = Vec<(String, Arc<[u8]>)>;

/// One page to render: output path, template and its own context.
pub(crate) struct Job {
    pub out: String,
    pub template: String,
    pub title: String,
    pub context: Context,
    /// The page as the previous render made it, when its input is the same (preview only).
    pub done: Option<Rendered>,
    /// What the memo keeps of this page for the next render.
    pub key: JobKey,
    /// Made and put into the sink already (an item page of a one-shot build, see
    /// `pages::items`): `done` holds only its error, if any.
    pub put: bool,
    /// The big tables and lists whose rows are written in place of their markers (see
    /// `splice`).
    pub splices: Vec<Arc<dyn Spliced>>,
}

impl Job {
    /// A page (or file) taken from the previous render.
    fn reused(out: String, template: &str, title: String, done: Rendered) -> Job {
        Job {
            out,
            template: template.into(),
            title,
            context: Context::new(),
            done: Some(done),
            key: JobKey::Reused,
            put: false,
            splices: Vec::new(),
        }
    }
}

/// What every page builder needs (the board, each item's summary, the link rules) and
/// the pages collected so far. Each family of pages is one function that adds to it.
pub(crate) struct PageSet<'a> {
    /// The site settings.
    pub config: &'a Config,
    /// The checked board.
    pub board: &'a Board,
    /// The fixed words of the site's language.
    pub labels: &'a Labels,
    /// `summaries[i]` describes `board.items[i]` (shared with the memo).
    pub summaries: &'a [Arc<ItemSummary>],
    /// `summary_ids[i]` stands for the value of `summaries[i]` (see `memo`): equal ids,
    /// equal summaries.
    pub summary_ids: &'a [u64],
    /// `item_versions[i]` stands for `board.items[i]` and `summaries[i]` together.
    pub item_versions: &'a [u64],
    /// `summaries[i]` as a Tera value, made when first needed (see `SummaryValues`).
    summary_values: &'a [OnceLock<tera::Value>],
    /// Kinds that have at least one item, in menu order.
    pub kinds: Vec<Kind>,
    /// Each item's public title by content path (recipient names masked).
    pub titles: &'a BTreeMap<&'a str, &'a str>,
    /// The jobs added so far, in order.
    pub(super) jobs: Vec<Job>,
    /// Links a list page shows above its items, by list page path (set with `relate`).
    related: BTreeMap<String, Vec<LinkView>>,
    /// The previous render's pages, when the memo keeps them (the preview).
    pub memo: Option<&'a RenderMemo>,
}

impl<'a> PageSet<'a> {
    /// An empty set of pages over `board`, whose items `summaries` describes. Gets `memo`
    /// ready to look up item pages, when it keeps pages.
    pub(crate) fn new(
        config: &'a Config,
        board: &'a Board,
        labels: &'a Labels,
        kinds: Vec<Kind>,
        titles: &'a BTreeMap<&'a str, &'a str>,
        summaries: &'a Summaries,
        memo: &'a mut RenderMemo,
    ) -> PageSet<'a> {
        let memo = match memo.keeps() {
            true => {
                memo.prepare_items(&board.items);
                Some(&*memo)
            }
            false => None,
        };
        PageSet {
            config,
            board,
            labels,
            summaries: &summaries.list,
            summary_ids: &summaries.ids,
            item_versions: &summaries.versions,
            summary_values: &summaries.values,
            kinds,
            titles,
            jobs: Vec::new(),
            related: BTreeMap::new(),
            memo,
        }
    }

    /// Link to a page path, in this site's link form.
    pub(crate) fn link(&self, page_path: &str) -> String {
        link(self.config, page_path)
    }

    /// The page part of a context for the page at `page_path`.
    fn page(&self, page_path: &str, title: String) -> PageView {
        page_view(self.config, page_path, title)
    }

    /// Adds the page `page_path/index.html` (or the home page for `""`), rendered with
    /// `template`; `context` gets `page` added.
    /// In the preview, the page is taken from the previous render when its context is
    /// the same.
    pub(crate) fn add(
        &mut self,
        page_path: &str,
        title: String,
        template: &str,
        mut context: Context,
    ) {
        context.insert("page", &self.page(page_path, title.clone()));
        let out = out_path(page_path);
        let (done, key) = match self.memo {
            Some(memo) => {
                let done = memo.page(
                    &out,
                    template,
                    &title,
                    |k| matches!(k, PageKey::Context(c) if *c == context),
                );
                let key = if done.is_some() {
                    JobKey::Reused
                } else {
                    JobKey::Context
                };
                (done, key)
            }
            None => (None, JobKey::None),
        };
        self.jobs.push(Job {
            out,
            template: template.into(),
            title,
            context,
            done,
            key,
            put: false,
            splices: Vec::new(),
        });
    }

    /// Adds a page like `add` whose context `make` makes from `key` alone. In the
    /// preview the page is taken from the previous render, without making the context,
    /// when `key` is equal to last time's: use it for pages that are costly to make and
    /// seldom change (lists of many items).
    pub(crate) fn add_keyed<K: PageInput>(
        &mut self,
        page_path: &str,
        title: String,
        template: &str,
        key: K,
        make: impl FnOnce(&K) -> Context,
    ) {
        let out = out_path(page_path);
        if let Some(done) = self.previous(&out, template, &title, &key) {
            self.jobs.push(Job::reused(out, template, title, done));
            return;
        }
        let mut context = make(&key);
        context.insert("page", &self.page(page_path, title.clone()));
        self.jobs.push(Job {
            out,
            template: template.into(),
            title,
            context,
            done: None,
            key: self.keep(&key),
            put: false,
            splices: Vec::new(),
        });
    }

    /// Adds the output file `out` (not a page: an index, a feed), made by `make` from
    /// `key` alone. In the preview its bytes are taken from the previous render when `key`
    /// is equal to last time's, so they are neither made nor scanned again.
    pub(crate) fn add_file_keyed<K: PageInput>(
        &mut self,
        out: &str,
        key: K,
        make: impl FnOnce(&K) -> Vec<u8>,
    ) {
        let out = out.to_string();
        if let Some(done) = self.previous(&out, "", "", &key) {
            self.jobs.push(Job::reused(out, "", String::new(), done));
            return;
        }
        let bytes: Arc<[u8]> = Arc::from(make(&key));
        self.jobs.push(Job {
            out,
            template: String::new(),
            title: String::new(),
            context: Context::new(),
            done: Some(Ok(bytes)),
            key: self.keep(&key),
            put: false,
            splices: Vec::new(),
        });
    }

    /// The key the previous render kept for the file `out` (see `add_file_keyed`), when
    /// it is a `T`: a family that makes many files from one input (the search index)
    /// reads it to tell which of them an edit changed.
    pub(crate) fn kept_input<T: Clone + 'static>(&self, out: &str) -> Option<T> {
        self.memo?.kept_input(out)
    }

    /// The previous render's bytes for `out`, when it had the same template, title and key.
    fn previous<K: PageInput>(
        &self,
        out: &str,
        template: &str,
        title: &str,
        key: &K,
    ) -> Option<Rendered> {
        self.memo?.page(out, template, title, |k| {
            matches!(k, PageKey::Input(b)
                if b.downcast_ref::<K::Kept>().is_some_and(|kept| key.same(kept)))
        })
    }

    /// What the memo keeps of a page made from `key`.
    fn keep<K: PageInput>(&self, key: &K) -> JobKey {
        match self.memo {
            Some(_) => JobKey::Input(Box::new(key.kept())),
            None => JobKey::None,
        }
    }

    /// Gives the page added last the big tables its values hold markers of (see
    /// `splice`), unless it was taken from the previous render.
    pub(crate) fn splice_last(&mut self, splices: Vec<Arc<Splice>>) {
        if let Some(job) = self.jobs.last_mut()
            && job.done.is_none()
        {
            job.splices = splices.into_iter().map(|s| s as Arc<dyn Spliced>).collect();
        }
    }

    /// Gives the page added last a list whose rows are written in place of its
    /// `rows_html` marker (see `splice`), unless it was taken from the previous render.
    pub(crate) fn splice_rows_last(&mut self, rows: Arc<ListRows>) {
        if let Some(job) = self.jobs.last_mut()
            && job.done.is_none()
        {
            job.splices.push(rows);
        }
    }

    /// Adds a job made elsewhere (an item page, see `pages::items`).
    pub(crate) fn push(&mut self, job: Job) {
        self.jobs.push(job);
    }

    /// The items at `indices` with their versions, as the key of a page made from them.
    pub(crate) fn members(&self, indices: Vec<usize>) -> Members {
        let versions = Versions(indices.iter().map(|i| self.item_versions[*i]).collect());
        Members { indices, versions }
    }

    /// Adds links to related pages at the top of the list page `list_path`
    /// (`list/attendance` links each team's archive). Call before the lists are made.
    pub(crate) fn relate(&mut self, list_path: &str, links: Vec<LinkView>) {
        self.related
            .entry(list_path.to_string())
            .or_default()
            .extend(links);
    }

    /// The links set with `relate` for the list page `list_path`, taken out.
    pub(crate) fn take_related(&mut self, list_path: &str) -> Vec<LinkView> {
        self.related.remove(list_path).unwrap_or_default()
    }

    /// Items with their summaries.
    pub(crate) fn items(&self) -> impl Iterator<Item = (&CheckedItem, &ItemSummary)> {
        self.board
            .items
            .iter()
            .zip(self.summaries.iter().map(|s| &**s))
    }

    /// The summaries as Tera values, for lists.
    pub(crate) fn summary_values(&self) -> SummaryValues<'a> {
        SummaryValues {
            summaries: self.summaries,
            values: self.summary_values,
        }
    }

    /// The jobs of every page added, in order.
    pub(crate) fn finish(self) -> Vec<Job> {
        self.jobs
    }
}

/// The summaries as Tera values, each made once and kept while the summary is the same:
/// a list of thousands of items takes these instead of converting each summary into
/// Tera's form again.
#[derive(Clone, Copy)]
pub(crate) struct SummaryValues<'a> {
    summaries: &'a [Arc<ItemSummary>],
    values: &'a [OnceLock<tera::Value>],
}

impl SummaryValues<'_> {
    /// The summary of item `i` as a Tera value.
    pub(crate) fn get(&self, i: usize) -> tera::Value {
        let value = || tera::Value::from_serializable(&*self.summaries[i]);
        match self.values.get(i) {
            Some(cell) => cell.get_or_init(value).clone(),
            None => value(),
        }
    }
}

/// Makes the files of `jobs`: renders with Tera, in parallel, each page the memo did not
/// have, and hands every file to `sink` as soon as it is made (in the order of the jobs:
/// of two jobs with the same path only the later one's file is put), and each template
/// error once to `diagnostics`. Hands the memo what it keeps for the next render.
pub(crate) fn render(
    jobs: Vec<Job>,
    theme: &Theme,
    memo: &mut RenderMemo,
    sink: &dyn Sink,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let keep = memo.keeps();
    memo.count_rendered(jobs.iter().filter(|j| j.done.is_none()).count());
    // The memo forgets the pages this render does not have (the new ones it keeps below
    // are among those it has). Paths are hashed with Fx: tens of thousands a save.
    if keep {
        let seen_pages: FxHashSet<&str> = jobs
            .iter()
            .filter(|j| !j.key.is_item())
            .map(|j| j.out.as_str())
            .collect();
        memo.retain_pages(|out| seen_pages.contains(out));
    }
    // The job whose file each path gets: the last one with that path.
    let mut last: FxHashMap<&str, usize> = FxHashMap::default();
    last.reserve(jobs.len());
    for (i, job) in jobs.iter().enumerate() {
        last.insert(job.out.as_str(), i);
    }
    let shadowed: Vec<bool> = jobs
        .iter()
        .enumerate()
        .map(|(i, job)| last.get(job.out.as_str()) != Some(&i))
        .collect();
    drop(last);
    // The lists' rows, before the pages that splice them in.
    let lists: Vec<&ListRows> = jobs
        .iter()
        .zip(&shadowed)
        .filter(|(job, shadowed)| job.done.is_none() && !**shadowed)
        .flat_map(|(job, _)| job.splices.iter().filter_map(|s| s.list_rows()))
        .collect();
    render_rows(&lists, theme, memo, diagnostics);
    drop(lists);
    let mut item_memos = Vec::with_capacity(jobs.len());

    let mut jobs = jobs;
    let rendered: Vec<Rendered> = jobs
        .par_iter_mut()
        .enumerate()
        .map(|(i, job)| match &job.done {
            Some(done) => {
                if let (Ok(bytes), false, false) = (done, shadowed[i], job.put) {
                    sink.put(Order::page(i), job.out.clone(), bytes.clone());
                }
                done.clone()
            }
            None if !keep => {
                // A one-shot build writes each page out as it is rendered (a big table's
                // page is never held whole) and frees its values once it is made: the
                // memo keeps neither.
                let made = match shadowed[i] {
                    false => write_page(theme, job, sink, Order::page(i)),
                    true => Ok(()),
                };
                job.context = Context::new();
                job.splices = Vec::new();
                made.map(|()| Arc::from(&[][..]))
            }
            None => {
                let html = render_page(theme, job)?;
                let bytes: Arc<[u8]> = Arc::from(html);
                if !shadowed[i] {
                    sink.put(Order::page(i), job.out.clone(), bytes.clone());
                }
                Ok(bytes)
            }
        })
        .collect();
    for (job, result) in jobs.into_iter().zip(rendered) {
        if let Err(d) = &result
            && !diagnostics.contains(d)
        {
            diagnostics.push((**d).clone());
        }
        if keep {
            memo::remember(memo, &mut item_memos, job, result);
        }
    }
    if keep {
        memo.keep_items(item_memos);
    }
}

/// Renders `job`'s page straight into `sink` as its file, piece by piece (see
/// `Sink::put_written`), its big tables' rows spliced in; the template's error, when it
/// has one (then nothing is put).
pub(crate) fn write_page(
    theme: &Theme,
    job: &Job,
    sink: &dyn Sink,
    order: Order,
) -> Result<(), Box<Diagnostic>> {
    let mut failed = None;
    sink.put_written(order, job.out.clone(), &mut |w| {
        render_to(theme, job, w, &mut failed)
    });
    match failed {
        Some(e) => Err(Box::new(theme.error(&e))),
        None => Ok(()),
    }
}

/// `job`'s page as bytes, its big tables' rows spliced in (the preview keeps them).
fn render_page(theme: &Theme, job: &Job) -> Result<Vec<u8>, Box<Diagnostic>> {
    let mut failed = None;
    let mut out = Vec::new();
    match render_to(theme, job, &mut out, &mut failed) {
        Ok(()) => Ok(out),
        Err(e) => Err(Box::new(match failed {
            Some(failed) => theme.error(&failed),
            None => theme.error(&tera::Error::message(e.to_string())),
        })),
    }
}

/// Renders `job`'s page into `w`, through a `SpliceWriter` when it has big tables; a
/// template error goes to `failed`.
fn render_to(
    theme: &Theme,
    job: &Job,
    w: &mut dyn std::io::Write,
    failed: &mut Option<tera::Error>,
) -> std::io::Result<()> {
    let template = |w: &mut dyn std::io::Write, failed: &mut Option<tera::Error>| {
        theme
            .tera
            .render_to(&job.template, &job.context, w)
            .map_err(|e| {
                *failed = Some(e);
                std::io::Error::other("template")
            })
    };
    if job.splices.is_empty() {
        return template(w, failed);
    }
    let mut spliced = SpliceWriter::new(w, &job.splices);
    template(&mut spliced, failed)?;
    spliced.finish()
}
