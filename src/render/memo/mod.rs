//! What the preview remembers between renders, so a rebuild renders again only the pages
//! whose input changed and takes the others' bytes from the previous render.
//!
//! Identical output by construction: a page is reused only when everything its bytes are
//! made from compares equal to last time. What every page sees (the settings, the
//! templates, the build date, the site-wide context) is compared first; any difference
//! forgets everything. Then:
//! - an item's summary is reused when its checked item and the titles of the items it
//!   looked up are the same. Each summary carries an id that stands for its value: it
//!   keeps its id while it stays equal (also when made again after an edit that did not
//!   touch it) and gets a new one otherwise, so pages made from summaries compare ids
//!   instead of summaries. A second id, the item's version, stands for the checked item
//!   and its summary together: it is kept only when the summary was reused, so pages
//!   made from item contents (year summaries, archives, the search index) compare
//!   versions;
//! - an item page (and its `data.json` and CSV files) is made only from its checked item,
//!   its summary, the settings and the titles of the items it names, so it is reused
//!   when all of these are the same; its search entry and board sheet are kept with it;
//! - a page added with `PageSet::add_keyed`, or a file with `add_file_keyed`, is reused
//!   when its key (the values it is made from: for a list, its items' summary ids; for a
//!   year summary, its items' versions) compares equal, before anything is made;
//! - any other page is reused when its finished Tera context compares equal, which saves
//!   the Tera render; page families added later get this without doing anything.
//!
//! Besides pages it keeps what costs a save time without changing: the compiled theme
//! (while its files are the same), each summary's Tera value and its rows in lists, by
//! link prefix (while the summary is), and the order that sorts the output paths (while
//! the paths are). A title edit so renders one row per list page it is on, and the list
//! pages splice the kept rows of the others.
//!
//! `build` uses a memo that remembers nothing (`RenderMemo::off`), so one-shot builds
//! never pay for the comparisons.

mod items;
mod pages;

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::render::theme::Theme;
use items::{Aligned, SummaryMemo};
pub(crate) use items::{ItemMemo, ItemParts, SummarySource, record_titles};
use pages::PageMemo;
pub(crate) use pages::{JobKey, Members, PageInput, PageKey, Versions, remember};

/// A rendered page, or the template error rendering it gave.
pub(crate) type Rendered = Result<Arc<[u8]>, Box<Diagnostic>>;

/// Pages of earlier renders, for the preview's rebuilds.
pub struct RenderMemo {
    /// False for one-shot builds: nothing is looked up or kept.
    keep: bool,
    /// What every page saw last time.
    global: Option<Global>,
    /// Item pages in the order of the last render's items (see `Aligned`); boxed, since
    /// they are moved around on every render.
    items: Aligned<Box<ItemMemo>>,
    /// Other pages by output path.
    pages: FxHashMap<String, PageMemo>,
    /// Item summaries in the order of the last render's items.
    summaries: Aligned<SummaryMemo>,
    /// Each summary's row in lists (see `splice::ListRows`), by link prefix and summary id.
    rows: FxHashMap<Arc<str>, FxHashMap<u64, Arc<str>>>,
    /// The next summary id to give.
    next_id: u64,
    /// Pages rendered with Tera (not reused) since the memo was made.
    rendered: usize,
    /// The theme the last render used, compiled.
    theme: Option<Theme>,
    /// The paths of the last render's files in the order they were made, and the
    /// positions that sort them (see `sort_files`).
    order: Option<(Vec<String>, Vec<usize>)>,
}

impl Default for RenderMemo {
    fn default() -> Self {
        RenderMemo::new()
    }
}

/// What every page is made from besides its own input.
#[derive(PartialEq)]
struct Global {
    config: Config,
    today: jiff::civil::Date,
    /// The site-wide Tera context (`site`, `t`) as JSON.
    context: String,
}

impl RenderMemo {
    /// A memo that remembers pages from one render to the next (the preview's).
    pub fn new() -> RenderMemo {
        RenderMemo {
            keep: true,
            global: None,
            items: Aligned::default(),
            pages: FxHashMap::default(),
            summaries: Aligned::default(),
            rows: FxHashMap::default(),
            next_id: 0,
            rendered: 0,
            theme: None,
            order: None,
        }
    }

    /// A memo that remembers nothing (a one-shot build).
    pub fn off() -> RenderMemo {
        RenderMemo {
            keep: false,
            ..RenderMemo::new()
        }
    }

    /// Takes the theme the last render used (see `theme::load_reusing`).
    pub(crate) fn take_theme(&mut self) -> Option<Theme> {
        self.theme.take()
    }

    /// Keeps the theme for the next render (the preview's memo only).
    pub(crate) fn keep_theme(&mut self, theme: Theme) {
        if self.keep {
            self.theme = Some(theme);
        }
    }

    /// The output files by path, from `files` in the order they were made; of files with
    /// the same path the later wins. A render usually makes the same paths in the same
    /// order as the last one, so the preview keeps the positions that sort them instead
    /// of sorting some 30,000 paths again on every save.
    pub(crate) fn sort_files(
        &mut self,
        files: Vec<(String, Arc<[u8]>)>,
    ) -> BTreeMap<String, Arc<[u8]>> {
        if !self.keep {
            return files.into_iter().collect();
        }
        let same = self.order.as_ref().is_some_and(|(paths, _)| {
            paths.len() == files.len() && paths.iter().zip(&files).all(|(p, (f, _))| p == f)
        });
        if !same {
            let mut order: Vec<usize> = (0..files.len()).collect();
            order.sort_by(|a, b| files[*a].0.cmp(&files[*b].0));
            // Of equal paths (sorted stably, so in the order made) the last one wins.
            let mut last: Vec<usize> = Vec::with_capacity(order.len());
            for i in order {
                match last.last_mut() {
                    Some(prev) if files[*prev].0 == files[i].0 => *prev = i,
                    _ => last.push(i),
                }
            }
            let paths = files.iter().map(|(p, _)| p.clone()).collect();
            self.order = Some((paths, last));
        }
        let Some((_, order)) = &self.order else {
            return files.into_iter().collect();
        };
        let mut files: Vec<Option<(String, Arc<[u8]>)>> = files.into_iter().map(Some).collect();
        order
            .iter()
            .filter_map(|i| files.get_mut(*i).and_then(Option::take))
            .collect()
    }

    /// Forgets every page.
    pub fn clear(&mut self) {
        self.global = None;
        self.items.clear();
        self.pages.clear();
        self.summaries.clear();
        self.rows.clear();
    }

    /// The row of the summary with id `id` on a list whose links start with `root`, as
    /// the last render made it.
    pub(crate) fn row(&self, id: u64, root: &str) -> Option<Arc<str>> {
        self.rows.get(root)?.get(&id).cloned()
    }

    /// Keeps rows made by this render: summary id, link prefix and row (the preview's
    /// memo only). `keep_summaries` forgets those of summaries no item has any more.
    pub(crate) fn keep_rows(&mut self, rows: Vec<(u64, Arc<str>, Arc<str>)>) {
        if !self.keep {
            return;
        }
        for (id, root, row) in rows {
            self.rows.entry(root).or_default().insert(id, row);
        }
    }

    /// Whether this memo keeps pages at all.
    pub(crate) fn keeps(&self) -> bool {
        self.keep
    }

    /// Pages rendered with Tera, not taken from an earlier render, since the memo was made.
    pub fn rendered(&self) -> usize {
        self.rendered
    }

    /// Counts pages a render made afresh.
    pub(crate) fn count_rendered(&mut self, pages: usize) {
        self.rendered += pages;
    }

    /// Starts a render in which every page sees `config`, the build date `today` and the
    /// site-wide Tera `context`, with the last render's theme when `same_theme`: forgets
    /// every page when any of these differs from last time. A memo that keeps nothing
    /// does nothing (and serialises nothing).
    pub(crate) fn begin(
        &mut self,
        same_theme: bool,
        config: &Config,
        today: jiff::civil::Date,
        context: &impl Serialize,
    ) {
        if !self.keep {
            return;
        }
        // Kept pages were made with the kept theme's templates.
        if !same_theme {
            self.clear();
        }
        let Ok(context) = serde_json::to_string(context) else {
            self.clear();
            return;
        };
        let global = Global {
            config: config.clone(),
            today,
            context,
        };
        if self.global.as_ref() != Some(&global) {
            self.clear();
            self.global = Some(global);
        }
    }
}
