//! Page jobs: what each page is rendered from, rendering them in parallel, and what the
//! memo keeps of each for the next render (`memo`). `PageSet::add` and `add_keyed` make
//! the jobs; `run` renders those the memo cannot give and collects the files.

use std::any::Any;
use std::collections::HashSet;
use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use super::PageSet;
use super::memo::{ItemMemo, PageInput, PageKey, PageMemo, Rendered};
use super::theme::Theme;
use crate::check::CheckedItem;
use crate::diagnostic::Diagnostic;
use crate::render::RenderMemo;

/// One page to render: output path, template and its own context.
pub(super) struct Job {
    pub(super) out: String,
    pub(super) template: String,
    pub(super) title: String,
    pub(super) context: Context,
    /// The page as the previous render made it, when its input is the same (preview only).
    pub(super) done: Option<Rendered>,
    /// What the memo keeps of this page for the next render.
    pub(super) key: JobKey,
}

/// What a render leaves in the memo for one page.
pub(super) enum JobKey {
    /// Nothing (one-shot builds).
    None,
    /// The page's context.
    #[allow(dead_code)]
    Context,
    /// The values its context was made from (`PageSet::add_keyed`).
    Input(Box<dyn Any + Send + Sync>),
    /// The previous render's entry for this output path, unchanged.
    Reused,
    /// A freshly made item page: its checked item, summary id, files and Markdown problems.
    Item(Box<(CheckedItem, u64, Files, Vec<Diagnostic>)>),
    /// The previous render's entry for this item, unchanged, kept at this place.
    ItemReused(usize),
}

/// Output files: path and bytes.
pub(super) type Files = Vec<(String, Arc<[u8]>)>;

/// `a/b` -> `a/b/index.html`, `""` -> `index.html`.
pub(super) fn out_path(page_path: &str) -> String {
    if page_path.is_empty() {
        "index.html".to_string()
    } else {
        format!("{page_path}/index.html")
    }
}

impl PageSet<'_> {
    /// Adds the page `page_path/index.html` (or the home page for `""`), rendered with
    /// `template`; `context` gets `page` added.
    /// In the preview, the page is taken from the previous render when its context is
    /// the same.
    // The plain way to add a page; every family here happens to use `add_keyed`.
    #[allow(dead_code)]
    pub fn add(&mut self, page_path: &str, title: String, template: &str, mut context: Context) {
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
        });
    }

    /// Adds a page like `add` whose context `make` makes from `key` alone. In the
    /// preview the page is taken from the previous render, without making the context,
    /// when `key` is equal to last time's: use it for pages that are costly to make and
    /// seldom change (lists of many items).
    pub fn add_keyed<K: PageInput>(
        &mut self,
        page_path: &str,
        title: String,
        template: &str,
        key: K,
        make: impl FnOnce(&K) -> Context,
    ) {
        let out = out_path(page_path);
        if let Some(memo) = self.memo
            && let Some(done) = memo.page(&out, template, &title, |k| {
                matches!(k, PageKey::Input(b)
                    if b.downcast_ref::<K::Kept>().is_some_and(|kept| key.same(kept)))
            })
        {
            self.jobs.push(Job {
                out,
                template: template.into(),
                title,
                context: Context::new(),
                done: Some(done),
                key: JobKey::Reused,
            });
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
            key: match self.memo {
                Some(_) => JobKey::Input(Box::new(key.kept())),
                None => JobKey::None,
            },
        });
    }
}

/// Renders every job the memo could not give, in parallel, and adds the pages to
/// `files` (in job order) and template errors to `diagnostics` (each once). When `keep`,
/// `memo` keeps what it needs for the next render.
pub(super) fn run(
    jobs: Vec<Job>,
    theme: &Theme,
    memo: &mut RenderMemo,
    keep: bool,
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) {
    memo.count_rendered(jobs.iter().filter(|j| j.done.is_none()).count());
    // Pages this render has, so the memo can forget the others.
    let seen_pages: HashSet<String> = jobs
        .iter()
        .filter(|j| !matches!(j.key, JobKey::Item(_) | JobKey::ItemReused(_)))
        .map(|j| j.out.clone())
        .collect();
    let mut item_memos = Vec::new();
    let rendered: Vec<Rendered> = jobs
        .par_iter()
        .map(|job| match &job.done {
            Some(done) => done.clone(),
            None => theme
                .tera
                .render(&job.template, &job.context)
                .map(|html| Arc::from(html.into_bytes()))
                .map_err(|e| Box::new(theme.error(&e))),
        })
        .collect();
    for (job, result) in jobs.into_iter().zip(rendered) {
        match &result {
            Ok(bytes) => files.push((job.out.clone(), bytes.clone())),
            Err(d) => {
                if !diagnostics.contains(d) {
                    diagnostics.push((**d).clone());
                }
            }
        }
        if keep {
            remember(memo, &mut item_memos, job, result);
        }
    }
    if keep {
        memo.keep_items(item_memos);
        memo.retain_pages(&seen_pages);
    }
}

/// Puts what a render made of one page into the memo for the next render; item pages go
/// to `items`, in order.
fn remember(
    memo: &mut RenderMemo,
    items: &mut Vec<Result<ItemMemo, usize>>,
    job: Job,
    page: Rendered,
) {
    match job.key {
        JobKey::None | JobKey::Reused => {}
        JobKey::ItemReused(at) => items.push(Err(at)),
        JobKey::Context => memo.keep_page(
            job.out,
            PageMemo {
                template: job.template,
                title: job.title,
                key: PageKey::Context(job.context),
                page,
            },
        ),
        JobKey::Input(key) => memo.keep_page(
            job.out,
            PageMemo {
                template: job.template,
                title: job.title,
                key: PageKey::Input(key),
                page,
            },
        ),
        JobKey::Item(parts) => {
            let (checked, summary, files, diagnostics) = *parts;
            items.push(Ok(ItemMemo {
                checked,
                summary,
                out: job.out,
                template: job.template,
                files,
                diagnostics,
                page,
            }));
        }
    }
}
