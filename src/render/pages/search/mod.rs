//! The search page (`search/`) and its index: a small manifest (`search/index.js`),
//! term shards (`search/t/N.js`) and the result table in chunks (`search/d/N.js`), all
//! scripts, so the search also works when the board is opened from disk (browsers refuse
//! `fetch` there). The theme's `search.js` loads the manifest with the page, then only
//! the shards the query's terms fall in and the chunks of the results it shows: at
//! 10,000 items a query reads some hundred kilobytes, not the whole index.
//!
//! On a site of unit boards the manifest also names each item's board, and the page
//! offers a unit filter (`?unit=<folder>`, `.` for the site's own items): a unit board's
//! menu links its search there.
//!
//! Rooms: `terms` (text -> terms, mirrored by `search.js`), `keys` (an item's terms
//! sorted and without repeats as they come), `entry` (what of an item is indexed: public
//! fields only), `shards` (the files, and which of them an edit changed).
//! In the preview every item's entry is kept with its page, and only the shards and
//! chunks whose contents changed are made again.

mod entry;
mod keys;
mod shards;
mod terms;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

pub(crate) use entry::{Entry, entry};
use shards::CHUNK;

use crate::render::jobs::PageSet;
use crate::render::memo::PageInput;

/// Page path of the search page.
pub const PAGE: &str = "search";

/// Output path of the manifest.
const INDEX: &str = "search/index.js";

/// What the preview keeps of the last index, to tell which files an edit changed.
pub(crate) struct Kept {
    /// Shard bits.
    bits: u32,
    /// The board's item at each item number.
    order: Vec<usize>,
    /// The summary id of each of the board's items (see `memo`), by board index: where
    /// it is the same, the item sorts as it did.
    ids: Vec<u64>,
    /// The entries by item number.
    docs: Vec<Arc<Entry>>,
    /// Each shard's tag.
    shard_tags: Vec<String>,
    /// Each chunk's tag.
    chunk_tags: Vec<String>,
}

/// The key of a file whose bytes have this tag.
struct Tag(String);

impl PageInput for Tag {
    type Kept = String;

    fn same(&self, kept: &String) -> bool {
        self.0 == *kept
    }

    fn kept(&self) -> String {
        self.0.clone()
    }
}

/// The manifest's key: the whole state, kept for the next render. The manifest is a few
/// kilobytes, so it is always written again, and the memo always keeps the newest state.
struct State(Arc<Kept>);

impl PageInput for State {
    type Kept = Arc<Kept>;

    fn same(&self, _: &Arc<Kept>) -> bool {
        false
    }

    fn kept(&self) -> Arc<Kept> {
        self.0.clone()
    }
}

/// The manifest: what the script needs before it loads any shard.
#[derive(Serialize)]
struct Manifest<'a> {
    /// Number of items.
    docs: usize,
    /// `1 << bits` shards.
    bits: u32,
    /// Items per chunk of the result table.
    chunk: usize,
    /// Kind key -> label.
    kinds: BTreeMap<&'a str, &'a str>,
    /// Status key -> label.
    status: BTreeMap<&'a str, &'a str>,
    /// Each shard's tag, joined with `,`.
    shards: String,
    /// Each chunk's tag, joined with `,`.
    chunks: String,
    /// On a site of unit boards, the scopes of the unit filter: the site's own items
    /// first (key `.`), then each unit board (key: its folder).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    units: Vec<ScopeChoice>,
    /// On a site of unit boards, each item's scope (an index in `units`), by item
    /// number, joined with `,`.
    #[serde(skip_serializing_if = "String::is_empty")]
    scope: String,
}

/// One choice of the unit filter.
#[derive(Clone, Serialize)]
struct ScopeChoice {
    /// The key in `?unit=`.
    u: String,
    /// The board's title.
    title: String,
}

/// The key of board `i`'s scope in the search page's unit filter (`?unit=`).
fn scope_key(folder: &str) -> String {
    match folder {
        "" => ".".to_string(),
        f => f.to_string(),
    }
}

/// Adds the search page and its index; `entries[i]` is the `entry` of the board's item
/// `i`. In the preview only the shards and chunks whose contents changed are made.
pub(crate) fn add(pages: &mut PageSet, entries: &[Arc<Entry>]) {
    // Item numbers: oldest first, so results read backwards are newest first.
    let summaries = pages.summaries;
    let n = entries.len().min(summaries.len());
    let before = |a: usize, b: usize| {
        let (x, y) = (&summaries[a], &summaries[b]);
        x.published
            .cmp(&y.published)
            .then_with(|| y.href.cmp(&x.href))
    };
    let kept = pages.kept_input::<Arc<Kept>>(INDEX);
    let ids: &[u64] = pages.summary_ids;
    let ids = &ids[..n];
    // Last time's order, when it still sorts the items (the usual edit), else sorted. Only
    // the neighbours of an item whose summary changed need comparing: two items whose
    // summaries are the same as last time sort as they did.
    let same = |i: usize| kept.as_ref().is_some_and(|k| k.ids.get(i) == ids.get(i));
    let sorted = |order: &[usize]| {
        order
            .windows(2)
            .all(|w| (same(w[0]) && same(w[1])) || before(w[0], w[1]).is_lt())
    };
    let order = match &kept {
        Some(k) if k.order.len() == n && k.ids.len() == n && sorted(&k.order) => k.order.clone(),
        _ => {
            let mut order: Vec<usize> = (0..n).collect();
            order.sort_by(|a, b| before(*a, *b));
            order
        }
    };
    let docs: Vec<Arc<Entry>> = order.iter().map(|i| entries[*i].clone()).collect();
    let bits = shards::bits_for(&docs);
    let kept = kept.filter(|k| k.bits == bits);
    let shard_count = 1usize << bits;
    let chunk_count = docs.len().div_ceil(CHUNK);
    let (dirty_shards, dirty_chunks) = match &kept {
        Some(k) => shards::changed(&k.docs, &docs, bits),
        None => (vec![true; shard_count], vec![true; chunk_count]),
    };
    let old_tag = |tags: Option<&Vec<String>>, i: usize| tags.and_then(|t| t.get(i)).cloned();

    // Shards: the changed ones made in parallel, the others kept.
    let shard_tags_kept = kept.as_ref().map(|k| &k.shard_tags);
    let wanted: Vec<usize> = (0..shard_count)
        .filter(|s| dirty_shards[*s] || old_tag(shard_tags_kept, *s).is_none())
        .collect();
    let mut made: Vec<Option<(String, Vec<u8>)>> = (0..shard_count).map(|_| None).collect();
    let fresh: Vec<(usize, String, Vec<u8>)> = shards::make_shards(&docs, bits, &wanted)
        .into_par_iter()
        .map(|(s, bytes)| (s, shards::tag(&bytes), bytes))
        .collect();
    for (s, tag, bytes) in fresh {
        made[s] = Some((tag, bytes));
    }
    let mut shard_tags = Vec::with_capacity(shard_count);
    for (s, made) in made.into_iter().enumerate() {
        let (tag, bytes) = match made {
            Some((tag, bytes)) => (tag, Some(bytes)),
            None => (old_tag(shard_tags_kept, s).unwrap_or_default(), None),
        };
        let docs = &docs;
        pages.add_file_keyed(&shards::shard_path(s), Tag(tag.clone()), move |_| {
            // A kept shard the memo lost is made again.
            bytes.unwrap_or_else(|| {
                let made = shards::make_shards(docs, bits, &[s]);
                made.into_iter().next().map(|(_, b)| b).unwrap_or_default()
            })
        });
        shard_tags.push(tag);
    }

    // Chunks of the result table.
    let chunk_tags_kept = kept.as_ref().map(|k| &k.chunk_tags);
    let mut chunk_tags = Vec::with_capacity(chunk_count);
    for (c, dirty) in dirty_chunks.iter().enumerate() {
        let old = old_tag(chunk_tags_kept, c).filter(|_| !dirty);
        let (tag, bytes) = match old {
            Some(tag) => (tag, None),
            None => {
                let bytes = shards::chunk_file(c, &docs);
                (shards::tag(&bytes), Some(bytes))
            }
        };
        let docs = &docs;
        pages.add_file_keyed(&shards::chunk_path(c), Tag(tag.clone()), move |_| {
            bytes.unwrap_or_else(|| shards::chunk_file(c, docs))
        });
        chunk_tags.push(tag);
    }

    // The manifest, and the page that loads it.
    let manifest = Manifest {
        docs: docs.len(),
        bits,
        chunk: CHUNK,
        kinds: labels(summaries.iter().map(|s| (s.kind, s.kind_label))),
        status: labels(summaries.iter().map(|s| (s.status, s.status_label))),
        shards: shard_tags.join(","),
        chunks: chunk_tags.join(","),
        units: Vec::new(),
        scope: String::new(),
    };
    let mut manifest = manifest;
    let boards = &pages.board.units;
    if boards.len() > 1 {
        manifest.units = boards
            .iter()
            .map(|u| ScopeChoice {
                u: scope_key(&u.folder),
                title: u.title.clone(),
            })
            .collect();
        let scopes: Vec<String> = order
            .iter()
            .map(|i| pages.board.items[*i].board.to_string())
            .collect();
        manifest.scope = scopes.join(",");
    }
    let scope_choices = manifest.units.clone();
    let json = serde_json::to_string(&manifest).unwrap_or_else(|_| "{}".into());
    let script = format!(
        "window.GONGKAI_SEARCH = {};\n",
        json.replace('<', "\\u003c")
    );
    let index_tag = shards::tag(script.as_bytes());
    let state = State(Arc::new(Kept {
        bits,
        order,
        ids: ids.to_vec(),
        docs,
        shard_tags,
        chunk_tags,
    }));
    pages.add_file_keyed(INDEX, state, |_| script.into_bytes());
    let mut context = Context::new();
    context.insert("search", &BTreeMap::from([("tag", index_tag)]));
    context.insert("scopes", &scope_choices);
    let title = pages.labels.site.search.as_str();
    pages.add(PAGE, title.into(), "search.html", context);
}

/// The few keys of `pairs` with their labels (the last one of a key), by key: inserted
/// one by one into a map of a handful, not collected, which sorts all 10,000 pairs.
fn labels<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> BTreeMap<&'a str, &'a str> {
    let mut map = BTreeMap::new();
    for (key, label) in pairs {
        map.insert(key, label);
    }
    map
}
