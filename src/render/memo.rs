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
//! (while its files are the same), each summary's Tera value (while the summary is), and
//! the order that sorts the output paths (while the paths are).
//!
//! `build` uses a memo that remembers nothing (`RenderMemo::off`), so one-shot builds
//! never pay for the comparisons.

use std::any::Any;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use tera::Context;

use crate::check::CheckedItem;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::render::theme::Theme;
use crate::render::views::ItemSummary;

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
    pages: HashMap<String, PageMemo>,
    /// Item summaries in the order of the last render's items.
    summaries: Aligned<SummaryMemo>,
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

/// Values by content path, kept in the order of the last render's items: a render of the
/// same items (the usual case: a save changes what is in a file, not which files there
/// are) finds each by its position, without hashing; otherwise an index by path is made.
pub(crate) struct Aligned<T> {
    entries: Vec<Option<(String, T)>>,
    /// Position by content path, when the items are not those of the last render.
    index: Option<HashMap<String, usize>>,
}

impl<T> Default for Aligned<T> {
    fn default() -> Self {
        Aligned {
            entries: Vec::new(),
            index: None,
        }
    }
}

impl<T> Aligned<T> {
    /// Gets ready to look up `items`: makes the index unless they are the last render's.
    fn prepare(&mut self, items: &[CheckedItem]) {
        let aligned = self.entries.len() == items.len()
            && self.entries.iter().zip(items).all(|(e, c)| {
                e.as_ref()
                    .is_none_or(|(path, _)| *path == c.item.content_path)
            });
        self.index = (!aligned).then(|| {
            self.entries
                .iter()
                .enumerate()
                .filter_map(|(i, e)| e.as_ref().map(|(path, _)| (path.clone(), i)))
                .collect()
        });
    }

    /// Where the value for the item at `position` (of the items given to `prepare`) is.
    fn find(&self, position: usize, path: &str) -> Option<usize> {
        match &self.index {
            None => self
                .entries
                .get(position)
                .and_then(|e| e.as_ref())
                .is_some_and(|(p, _)| p == path)
                .then_some(position),
            Some(index) => index.get(path).copied(),
        }
    }

    fn get(&self, at: usize) -> Option<&T> {
        self.entries.get(at)?.as_ref().map(|(_, v)| v)
    }

    /// Takes the value for the item at `position` out.
    fn take(&mut self, position: usize, path: &str) -> Option<(String, T)> {
        let at = self.find(position, path)?;
        self.entries.get_mut(at)?.take()
    }

    fn len(&self) -> usize {
        self.entries.iter().flatten().count()
    }

    fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
    }
}

/// What every page is made from besides its own input.
#[derive(PartialEq)]
pub(crate) struct Global {
    pub config: Config,
    pub today: jiff::civil::Date,
    /// The site-wide Tera context (`site`, `t`) as JSON.
    pub context: String,
}

/// An item's files as last rendered, and the input they were made from.
pub(crate) struct ItemMemo {
    pub checked: CheckedItem,
    /// The id of the summary it was made with (see `SummaryMemo::id`).
    pub summary: u64,
    /// The other items' titles the page showed, by content path.
    pub titles: Vec<(String, String)>,
    /// The page's output path.
    pub out: String,
    /// `data.json` and CSV files beside the page.
    pub files: Vec<(String, Arc<[u8]>)>,
    /// Problems found while making the page (Markdown), in the order they were found.
    pub diagnostics: Vec<Diagnostic>,
    /// Its sheet on the board, while it is open.
    pub sheet: Option<Arc<crate::render::board::Sheet>>,
    /// Its entry of the search index.
    pub search_entry: Arc<str>,
    pub page: Rendered,
}

/// An item's summary as last made, with what it was made from: the checked item and the
/// titles of the other items it looked up (those it links to).
pub(crate) struct SummaryMemo {
    pub checked: CheckedItem,
    pub titles: Vec<(String, String)>,
    pub summary: ItemSummary,
    /// Stands for the summary's value: a summary keeps its id only while it stays equal,
    /// and a new value gets a new id, so pages made from summaries compare ids.
    pub id: u64,
    /// Stands for the checked item and the summary together (kept only when reused).
    pub version: u64,
    /// The summary as a Tera value, once a list needed it: lists of thousands of items
    /// share it instead of converting every summary again.
    pub value: Option<tera::Value>,
}

/// Where a summary came from: the titles it looked up, the content path and checked
/// item it was made from when it was reused, and its id.
pub(crate) struct SummarySource {
    titles: Vec<(String, String)>,
    reused: Option<(String, CheckedItem)>,
    pub id: u64,
    /// The item's version (see `SummaryMemo::version`).
    pub version: u64,
    /// The summary's Tera value, kept while the summary is the same.
    pub value: Option<tera::Value>,
}

/// Makes an item's summary, looking other items' titles up with the function given.
pub(crate) type MakeSummary<'a> =
    dyn Fn(&CheckedItem, &dyn Fn(&str) -> String) -> ItemSummary + Sync + 'a;

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

impl RenderMemo {
    /// A memo that remembers pages from one render to the next (the preview's).
    pub fn new() -> RenderMemo {
        RenderMemo {
            keep: true,
            global: None,
            items: Aligned::default(),
            pages: HashMap::new(),
            summaries: Aligned::default(),
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
    }

    /// How many pages (item pages included) it holds.
    pub fn len(&self) -> usize {
        self.items.len() + self.pages.len()
    }

    /// True when it holds no page.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
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

    /// Starts a render in which every page sees `global`: forgets every page when that
    /// differs from last time.
    pub(crate) fn begin(&mut self, global: Global) {
        if self.global.as_ref() != Some(&global) {
            self.clear();
            self.global = Some(global);
        }
    }

    /// Gets ready to look up the item pages of `items` (the board's, in order).
    pub(crate) fn prepare_items(&mut self, items: &[CheckedItem]) {
        self.items.prepare(items);
    }

    /// The previous page of the item at `position` (`checked`), with where it is kept,
    /// when its input is the same: the same checked item, the summary with id `summary` and the other items' titles it showed.
    pub(crate) fn item(
        &self,
        position: usize,
        checked: &CheckedItem,
        summary: u64,
        title_of: &dyn Fn(&str) -> String,
    ) -> Option<(usize, &ItemMemo)> {
        let at = self.items.find(position, &checked.item.content_path)?;
        self.items
            .get(at)
            .filter(|m| {
                m.summary == summary
                    && m.checked == *checked
                    && titles_unchanged(&m.titles, title_of)
            })
            .map(|m| (at, &**m))
    }

    /// The item pages of a render, in the order of its items: each freshly made (`Ok`) or
    /// the previous one kept at the place given (`Err`).
    pub(crate) fn keep_items(&mut self, made: Vec<Result<Box<ItemMemo>, usize>>) {
        let mut old = std::mem::take(&mut self.items.entries);
        self.items.entries = made
            .into_iter()
            .map(|m| match m {
                Ok(m) => Some((m.checked.item.content_path.clone(), m)),
                Err(at) => old.get_mut(at).and_then(Option::take),
            })
            .collect();
        self.items.index = None;
    }

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

    /// Remembers a page other than an item page.
    pub(crate) fn keep_page(&mut self, out: String, memo: PageMemo) {
        self.pages.insert(out, memo);
    }

    /// Every item's public title (`views::public_title`): the title of its kept summary
    /// while the item is the same one (the settings are, or `begin` forgot everything).
    pub(crate) fn public_titles(&mut self, items: &[CheckedItem]) -> Vec<String> {
        use rayon::prelude::*;
        let title = crate::render::views::public_title;
        if !self.keep {
            return items.par_iter().map(title).collect();
        }
        self.summaries.prepare(items);
        let kept = &self.summaries;
        items
            .par_iter()
            .enumerate()
            .map(|(i, c)| {
                let old = kept
                    .find(i, &c.item.content_path)
                    .and_then(|at| kept.get(at));
                match old {
                    Some(m) if Arc::ptr_eq(&m.checked.item, &c.item) => m.summary.title.clone(),
                    _ => title(c),
                }
            })
            .collect()
    }

    /// Every item's summary: the previous one when its checked item and the titles it
    /// looked up are the same, else `make`'s (given a title lookup that it records).
    pub(crate) fn summaries(
        &mut self,
        items: &[CheckedItem],
        title_of: &(dyn Fn(&str) -> String + Sync),
        make: &MakeSummary,
    ) -> Vec<(ItemSummary, SummarySource)> {
        use rayon::prelude::*;
        let mut old: Vec<Option<(String, SummaryMemo)>> = match self.keep {
            true => {
                self.summaries.prepare(items);
                items
                    .iter()
                    .enumerate()
                    .map(|(i, c)| self.summaries.take(i, &c.item.content_path))
                    .collect()
            }
            false => Vec::new(),
        };
        old.resize_with(items.len(), || None);
        // Each summary with the id and version it keeps, when it keeps them.
        let made: Vec<(ItemSummary, SummarySource, Option<u64>, Option<u64>)> = old
            .into_par_iter()
            .zip(items)
            .map(|(old, checked)| match old {
                Some((path, m))
                    if m.checked == *checked && titles_unchanged(&m.titles, title_of) =>
                {
                    let source = SummarySource {
                        titles: m.titles,
                        reused: Some((path, m.checked)),
                        id: 0,
                        version: 0,
                        value: m.value,
                    };
                    (m.summary, source, Some(m.id), Some(m.version))
                }
                old => {
                    let (summary, titles) = record_titles(title_of, |titles| make(checked, titles));
                    // Made again but equal (a body edit): it keeps its id and value.
                    let (id, value) = match old {
                        Some((_, m)) if m.summary == summary => (Some(m.id), m.value),
                        _ => (None, None),
                    };
                    let source = SummarySource {
                        titles,
                        reused: None,
                        id: 0,
                        version: 0,
                        value,
                    };
                    (summary, source, id, None)
                }
            })
            .collect();
        made.into_iter()
            .map(|(summary, mut source, id, version)| {
                source.id = id.unwrap_or_else(|| self.new_id());
                source.version = version.unwrap_or_else(|| self.new_id());
                (summary, source)
            })
            .collect()
    }

    /// An id no summary or version had before.
    fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Keeps the summaries a render used, for the next one.
    pub(crate) fn keep_summaries(
        &mut self,
        items: &[CheckedItem],
        summaries: Vec<ItemSummary>,
        made: Vec<SummarySource>,
        values: Vec<std::sync::OnceLock<tera::Value>>,
    ) {
        if !self.keep {
            return;
        }
        self.summaries.entries = summaries
            .into_iter()
            .zip(made)
            .zip(values)
            .zip(items)
            .map(|(((summary, source), value), checked)| {
                let (path, checked) = source
                    .reused
                    .unwrap_or_else(|| (checked.item.content_path.clone(), checked.clone()));
                let memo = SummaryMemo {
                    checked,
                    titles: source.titles,
                    summary,
                    id: source.id,
                    version: source.version,
                    value: value.into_inner(),
                };
                Some((path, memo))
            })
            .collect();
        self.summaries.index = None;
    }

    /// Forgets pages other than item pages whose output path is not in `pages` (those
    /// the last render did not have).
    pub(crate) fn retain_pages(&mut self, pages: &HashSet<String>) {
        self.pages.retain(|k, _| pages.contains(k));
    }
}

/// Runs `make` with a title lookup that records each title it looks up, so a memo can
/// tell later whether what it made still shows the same titles of other items.
pub(crate) fn record_titles<T>(
    title_of: &dyn Fn(&str) -> String,
    make: impl FnOnce(&dyn Fn(&str) -> String) -> T,
) -> (T, Vec<(String, String)>) {
    let seen = std::cell::RefCell::new(Vec::new());
    let record = |p: &str| {
        let title = title_of(p);
        seen.borrow_mut().push((p.to_string(), title.clone()));
        title
    };
    let made = make(&record);
    (made, seen.into_inner())
}

/// True when every title recorded by `record_titles` is still the same.
pub(crate) fn titles_unchanged(
    titles: &[(String, String)],
    title_of: &dyn Fn(&str) -> String,
) -> bool {
    titles.iter().all(|(p, t)| title_of(p) == *t)
}
