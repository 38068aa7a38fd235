//! The memo of items: each item's summary and its page with the files beside it, kept in
//! the order of the last render's items, and the record of other items' titles that a
//! summary or page showed (see the parent module for when each is reused).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::{RenderMemo, Rendered};
use crate::check::CheckedItem;
use crate::diagnostic::Diagnostic;
use crate::render::pages::board::Sheet;
use crate::render::views::ItemSummary;

/// Values by content path, kept in the order of the last render's items: a render of the
/// same items (the usual case: a save changes what is in a file, not which files there
/// are) finds each by its position, without hashing; otherwise an index by path is made.
pub(crate) struct Aligned<T> {
    pub(super) entries: Vec<Option<(String, T)>>,
    /// Position by content path, when the items are not those of the last render.
    pub(super) index: Option<HashMap<String, usize>>,
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

    pub(super) fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
    }
}

/// What an item page was made from and made besides the page: its checked item, its
/// summary's id, the other items' titles it showed, its downloads, its Markdown problems,
/// its sheet on the board and its search entry.
pub(crate) struct ItemParts {
    pub checked: CheckedItem,
    /// The id of the summary it was made with (see `SummaryMemo::id`).
    pub summary: u64,
    /// The other items' titles the page showed, by content path.
    pub titles: Vec<(String, String)>,
    /// `data.json` and CSV files beside the page.
    pub files: Vec<(String, Arc<[u8]>)>,
    /// Problems found while making the page (Markdown), in the order they were found.
    pub diagnostics: Vec<Diagnostic>,
    /// Its sheet on the board, while it is open.
    pub sheet: Option<Arc<Sheet>>,
    /// Its entry of the search index.
    pub search_entry: Arc<crate::render::pages::search::Entry>,
    /// Its 核验码.
    pub fingerprint: String,
}

/// An item's files as last rendered, and the input they were made from.
pub(crate) struct ItemMemo {
    pub parts: ItemParts,
    /// The page's output path.
    pub out: String,
    pub page: Rendered,
}

/// An item's summary as last made, with what it was made from: the checked item and the
/// titles of the other items it looked up (those it links to).
pub(crate) struct SummaryMemo {
    pub checked: CheckedItem,
    pub titles: Vec<(String, String)>,
    /// Shared with the render that uses it, so a reused summary is neither copied nor
    /// moved (some twenty strings an item, at 10,000 items megabytes a save).
    pub summary: Arc<ItemSummary>,
    /// Stands for the summary's value: a summary keeps its id only while it stays equal,
    /// and a new value gets a new id, so pages made from summaries compare ids.
    pub id: u64,
    /// Stands for the checked item and the summary together (kept only when reused).
    pub version: u64,
    /// The summary as a Tera value, once a list needed it: lists of thousands of items
    /// share it instead of converting every summary again.
    pub value: Option<tera::Value>,
}

/// Where a summary came from: the memo's entry it was reused from, or the titles it
/// looked up when made; and its id.
pub(crate) struct SummarySource {
    /// The place in the memo of the entry reused, left there.
    reused: Option<usize>,
    /// The titles a freshly made summary looked up.
    titles: Vec<(String, String)>,
    pub id: u64,
    /// The item's version (see `SummaryMemo::version`).
    pub version: u64,
    /// The summary's Tera value, kept while the summary is the same.
    pub value: Option<tera::Value>,
}

/// Makes an item's summary, looking other items' titles up with the function given.
pub(crate) type MakeSummary<'a> =
    dyn Fn(&CheckedItem, &dyn Fn(&str) -> String) -> ItemSummary + Sync + 'a;

impl RenderMemo {
    /// Gets ready to look up the item pages of `items` (the board's, in order).
    pub(crate) fn prepare_items(&mut self, items: &[CheckedItem]) {
        self.items.prepare(items);
    }

    /// The previous page of the item at `position` (`checked`), with where it is kept,
    /// when its input is the same: the same checked item, the summary with id `summary` and
    /// the other items' titles it showed.
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
                m.parts.summary == summary
                    && m.parts.checked == *checked
                    && titles_unchanged(&m.parts.titles, title_of)
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
                Ok(m) => Some((m.parts.checked.item.content_path.clone(), m)),
                Err(at) => old.get_mut(at).and_then(Option::take),
            })
            .collect();
        self.items.index = None;
    }

    /// Every item's summary: the previous one when its checked item and the titles it
    /// looked up are the same, else `make`'s (given a title lookup that it records).
    /// Reused entries stay in the memo (the render shares their summaries).
    pub(crate) fn summaries(
        &mut self,
        items: &[CheckedItem],
        title_of: &(dyn Fn(&str) -> String + Sync),
        make: &MakeSummary,
    ) -> Vec<(Arc<ItemSummary>, SummarySource)> {
        use rayon::prelude::*;
        if self.keep {
            self.summaries.prepare(items);
        }
        let kept = &self.summaries;
        let keep = self.keep;
        // Each summary with the id and version it keeps, when it keeps them.
        type Made = (Arc<ItemSummary>, SummarySource, Option<u64>, Option<u64>);
        let made: Vec<Made> = items
            .par_iter()
            .enumerate()
            .map(|(i, checked)| {
                let old = match keep {
                    true => kept
                        .find(i, &checked.item.content_path)
                        .and_then(|at| Some((at, kept.get(at)?))),
                    false => None,
                };
                match old {
                    Some((at, m))
                        if m.checked == *checked && titles_unchanged(&m.titles, title_of) =>
                    {
                        let source = SummarySource {
                            reused: Some(at),
                            titles: Vec::new(),
                            id: 0,
                            version: 0,
                            value: m.value.clone(),
                        };
                        (m.summary.clone(), source, Some(m.id), Some(m.version))
                    }
                    old => {
                        let (summary, titles) =
                            record_titles(title_of, |titles| make(checked, titles));
                        // Made again but equal (a body edit): it keeps its id and value.
                        let (id, value) = match old {
                            Some((_, m)) if *m.summary == summary => (Some(m.id), m.value.clone()),
                            _ => (None, None),
                        };
                        let source = SummarySource {
                            reused: None,
                            titles,
                            id: 0,
                            version: 0,
                            value,
                        };
                        (Arc::new(summary), source, id, None)
                    }
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

    /// Keeps the summaries a render used, for the next one: a reused entry where it is
    /// when the items are those of the last render (the usual save), else in the new
    /// order; a freshly made one in its place.
    pub(crate) fn keep_summaries(
        &mut self,
        items: &[CheckedItem],
        summaries: Vec<Arc<ItemSummary>>,
        made: Vec<SummarySource>,
        values: Vec<OnceLock<tera::Value>>,
    ) {
        if !self.keep {
            return;
        }
        // Rows are kept while some item has their summary (a list not made this time
        // may need them next time).
        if !self.rows.is_empty() {
            let ids: rustc_hash::FxHashSet<u64> = made.iter().map(|m| m.id).collect();
            for rows in self.rows.values_mut() {
                rows.retain(|id, _| ids.contains(id));
            }
            self.rows.retain(|_, rows| !rows.is_empty());
        }
        let in_place =
            self.summaries.index.is_none() && self.summaries.entries.len() == items.len();
        let mut old = match in_place {
            true => Vec::new(),
            false => std::mem::take(&mut self.summaries.entries),
        };
        let parts = summaries.into_iter().zip(made).zip(values).zip(items);
        let mut fresh = Vec::with_capacity(if in_place { 0 } else { items.len() });
        for (i, (((summary, source), value), checked)) in parts.enumerate() {
            let value = value.into_inner();
            // The usual save: a reused entry stays where it is, untouched but for the
            // Tera value a list made of it.
            if in_place && source.reused == Some(i) {
                if let Some(Some((_, m))) = self.summaries.entries.get_mut(i)
                    && m.value.is_none()
                {
                    m.value = value;
                }
                continue;
            }
            let reused = match source.reused {
                Some(at) if !in_place => old.get_mut(at).and_then(Option::take),
                _ => None,
            };
            let entry = match reused {
                Some((path, mut m)) => {
                    if m.value.is_none() {
                        m.value = value;
                    }
                    Some((path, m))
                }
                None => {
                    let memo = SummaryMemo {
                        checked: checked.clone(),
                        titles: source.titles,
                        summary,
                        id: source.id,
                        version: source.version,
                        value,
                    };
                    Some((checked.item.content_path.clone(), memo))
                }
            };
            match in_place {
                true => {
                    if let Some(slot) = self.summaries.entries.get_mut(i) {
                        *slot = entry;
                    }
                }
                false => fresh.push(entry),
            }
        }
        if !in_place {
            self.summaries.entries = fresh;
        }
        self.summaries.index = None;
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
