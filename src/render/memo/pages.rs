//! The memo of pages other than item pages: what a page's reuse is decided on (its
//! finished context, or the values it is made from: `PageInput`), and what a render hands
//! the memo of each page it made (`JobKey`, `remember`).

use std::any::Any;

use tera::Context;

use super::items::{ItemMemo, ItemParts};
use super::{RenderMemo, Rendered};
use crate::render::jobs::Job;

/// What a page's reuse is decided on.
pub(crate) enum PageKey {
    /// The finished context.
    Context(Context),
    /// The values the context is made from.
    Input(Box<dyn Any + Send + Sync>),
}

/// A page other than an item page as last rendered.
pub(crate) struct PageMemo {
    pub template: String,
    pub title: String,
    pub key: PageKey,
    pub page: Rendered,
}

/// The values a page's context is made from, as `PageSet::add_keyed` compares them with
/// what the memo kept of the previous render's.
pub(crate) trait PageInput {
    /// The form the memo keeps (owned, so it outlives the render).
    type Kept: Send + Sync + 'static;
    /// Whether this input equals the kept one.
    fn same(&self, kept: &Self::Kept) -> bool;
    /// The form to keep.
    fn kept(&self) -> Self::Kept;
}

/// The versions of some items (see the parent module): a page or file made from those
/// items' checked values and summaries alone is the same while this is.
#[derive(Clone, PartialEq)]
pub(crate) struct Versions(pub Vec<u64>);

impl PageInput for Versions {
    type Kept = Versions;

    fn same(&self, kept: &Versions) -> bool {
        self == kept
    }

    fn kept(&self) -> Versions {
        self.clone()
    }
}

/// Some items of the board, by index, with their versions: the key of a page made from
/// those items (a year summary, a team's archive).
#[derive(Clone)]
pub(crate) struct Members {
    /// Indices into the board's items.
    pub indices: Vec<usize>,
    pub versions: Versions,
}

impl PageInput for Members {
    type Kept = Versions;

    fn same(&self, kept: &Versions) -> bool {
        self.versions == *kept
    }

    fn kept(&self) -> Versions {
        self.versions.clone()
    }
}

/// What a render leaves in the memo for one page.
pub(crate) enum JobKey {
    /// Nothing (one-shot builds).
    None,
    /// The page's context.
    Context,
    /// The values its context was made from (`PageSet::add_keyed`).
    Input(Box<dyn Any + Send + Sync>),
    /// The previous render's entry for this output path, unchanged.
    Reused,
    /// A freshly made item page: its checked item, summary id, files and Markdown problems.
    Item(Box<ItemParts>),
    /// The previous render's entry for this item, unchanged, kept at this place.
    ItemReused(usize),
}

impl JobKey {
    /// True for a page the memo keeps by item, not by output path.
    pub(crate) fn is_item(&self) -> bool {
        matches!(self, JobKey::Item(_) | JobKey::ItemReused(_))
    }
}

/// Puts what a render made of one page into the memo for the next render; item pages go
/// to `items`, in order.
pub(crate) fn remember(
    memo: &mut RenderMemo,
    items: &mut Vec<Result<Box<ItemMemo>, usize>>,
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
        JobKey::Item(parts) => items.push(Ok(Box::new(ItemMemo {
            parts: *parts,
            out: job.out,
            page,
        }))),
    }
}

impl RenderMemo {
    /// The previous bytes of the page at `out`, when its template, title and key are the same.
    pub(crate) fn page(
        &self,
        out: &str,
        template: &str,
        title: &str,
        same: impl Fn(&PageKey) -> bool,
    ) -> Option<Rendered> {
        self.pages
            .get(out)
            .filter(|m| m.template == template && m.title == title && same(&m.key))
            .map(|m| m.page.clone())
    }

    /// The key the last render kept for the page or file `out`, when it is a `T`,
    /// whatever its template and title.
    pub(crate) fn kept_input<T: Clone + 'static>(&self, out: &str) -> Option<T> {
        match &self.pages.get(out)?.key {
            PageKey::Input(b) => b.downcast_ref::<T>().cloned(),
            PageKey::Context(_) => None,
        }
    }

    /// Remembers a page other than an item page.
    pub(crate) fn keep_page(&mut self, out: String, memo: PageMemo) {
        self.pages.insert(out, memo);
    }

    /// Forgets pages other than item pages whose output path `has` says a render does
    /// not have.
    pub(crate) fn retain_pages(&mut self, has: impl Fn(&str) -> bool) {
        self.pages.retain(|k, _| has(k));
    }
}
