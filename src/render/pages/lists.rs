//! The lists: one page per kind, per year and per section folder (but a unit board's,
//! whose page is its home), newest first, each with
//! the related pages other families linked to it (`PageSet::relate`: year summaries, team
//! archives, the congress follow-up).

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;
use serde::Serialize;
use tera::Context;

use crate::render::jobs::PageSet;
use crate::render::labels::{kind_label, year_list_title};
use crate::render::links::{out_path, root_for};
use crate::render::memo::PageInput;
use crate::render::site::{folders, years};
use crate::render::splice::{ListRows, RowItem};
use crate::render::views::{ItemSummary, LinkView};

/// A list of items (kind, year, section).
#[derive(Serialize)]
pub(crate) struct ListView<'a> {
    pub title: String,
    pub items: Vec<&'a ItemSummary>,
    /// Related summary pages (the finance list links its year summaries).
    pub related: Vec<LinkView>,
}

/// What a list page is made from: its items (indices in board order; the page sorts
/// them), with their summaries' ids.
struct ListInput {
    title: String,
    members: Vec<usize>,
    ids: Vec<u64>,
    related: Vec<LinkView>,
    /// The members in the order the page shows them, once the page was made.
    sorted: OnceLock<Vec<usize>>,
}

/// What the memo keeps of a `ListInput`: the ids stand for the summaries.
#[derive(Clone)]
struct KeptList {
    title: String,
    related: Vec<LinkView>,
    /// Shared, so that the next render reads it without copying.
    order: Arc<ListOrder>,
}

/// A list's members with their summaries' ids, and the order the page showed them in.
struct ListOrder {
    members: Vec<usize>,
    ids: Vec<u64>,
    sorted: Vec<usize>,
}

impl PageInput for ListInput {
    type Kept = KeptList;

    fn same(&self, kept: &KeptList) -> bool {
        self.ids == kept.order.ids && self.title == kept.title && self.related == kept.related
    }

    fn kept(&self) -> KeptList {
        KeptList {
            title: self.title.clone(),
            related: self.related.clone(),
            order: Arc::new(ListOrder {
                members: self.members.clone(),
                ids: self.ids.clone(),
                sorted: self.sorted.get().cloned().unwrap_or_default(),
            }),
        }
    }
}

/// One list per kind, per year and per section folder, each with the related pages set
/// through `PageSet::relate` (year summaries, team archives, follow-up pages).
pub(crate) fn add(pages: &mut PageSet) {
    let lang = pages.config.language;
    let (board, summaries, summary_ids) = (pages.board, pages.summaries, pages.summary_ids);
    let values = pages.summary_values();
    // Lists of items by their index in the board.
    let mut lists: Vec<(String, String, Vec<usize>)> = Vec::new();
    for k in &pages.kinds {
        let items = (0..summaries.len())
            .filter(|i| summaries[*i].kind == k.key())
            .collect();
        lists.push((
            format!("list/{}", k.key()),
            kind_label(*k, lang).into(),
            items,
        ));
    }
    for y in years(pages.board) {
        let items = (0..board.items.len())
            .filter(|i| board.items[*i].item.common.published.value.year() == y)
            .collect();
        lists.push((format!("year/{y}"), year_list_title(y, lang), items));
    }
    // Each item is in the list of every folder above it; one pass over the items.
    let mut in_folder: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, c) in board.items.iter().enumerate() {
        let mut path = c.item.content_path.as_str();
        while let Some((folder, _)) = path.rsplit_once('/') {
            in_folder.entry(folder).or_default().push(i);
            path = folder;
        }
    }
    for (folder, title) in folders(pages.board) {
        let items = in_folder.remove(folder.as_str()).unwrap_or_default();
        // A unit board's folder page is its home (`home`).
        if pages.board.units.iter().any(|u| u.folder == *folder) {
            continue;
        }
        lists.push((folder.clone(), title, items));
    }
    let newest_first = |a: &usize, b: &usize| {
        let (a, b) = (&summaries[*a], &summaries[*b]);
        b.published.cmp(&a.published).then(a.href.cmp(&b.href))
    };
    for (page_path, title, members) in lists {
        // Rows link from the page: those of pages as deep share their markup.
        let root: Arc<str> = Arc::from(root_for(pages.config, &page_path));
        let mut rows = None;
        let related = pages.take_related(&page_path);
        let ids = members.iter().map(|i| summary_ids[*i]).collect();
        let input = ListInput {
            title: title.clone(),
            members,
            ids,
            related,
            sorted: OnceLock::new(),
        };
        let kept = pages.kept_input::<KeptList>(&out_path(&page_path));
        pages.add_keyed(&page_path, title, "list.html", input, |input| {
            // The last order, when the members are the same and it still sorts them (a
            // title edit of one of 5,000 notices): only the neighbours of an item whose
            // summary changed need comparing, since the others' summaries are the same.
            let last = kept
                .map(|k| k.order)
                .filter(|o| o.members == input.members && o.ids.len() == input.ids.len());
            let members = match last {
                Some(o) => {
                    let mut changed = vec![false; summaries.len()];
                    for ((i, old), new) in o.members.iter().zip(&o.ids).zip(&input.ids) {
                        if old != new
                            && let Some(c) = changed.get_mut(*i)
                        {
                            *c = true;
                        }
                    }
                    let same = |i: usize| !changed.get(i).copied().unwrap_or(true);
                    let sorted = o.sorted.len() == input.members.len()
                        && o.sorted.windows(2).all(|w| {
                            (same(w[0]) && same(w[1])) || newest_first(&w[0], &w[1]).is_lt()
                        });
                    match sorted {
                        true => o.sorted.clone(),
                        false => sort(&input.members, newest_first),
                    }
                }
                None => sort(&input.members, newest_first),
            };
            let items: Vec<tera::Value> = members.iter().map(|i| values.get(*i)).collect();
            // The rows, each rendered once by the row partial and spliced in where the
            // template writes `list.rows_html` (see `splice`).
            let list_rows = ListRows::new(
                root,
                members
                    .iter()
                    .zip(&items)
                    .map(|(i, value)| RowItem {
                        id: summary_ids[*i],
                        value: value.clone(),
                    })
                    .collect(),
            );
            let marker = list_rows.marker();
            rows = Some(Arc::new(list_rows));
            let _ = input.sorted.set(members);
            let list: BTreeMap<&'static str, tera::Value> = BTreeMap::from([
                ("title", tera::Value::from(input.title.as_str())),
                ("items", tera::Value::from(items)),
                ("rows_html", tera::Value::from(marker)),
                ("related", tera::Value::from_serializable(&input.related)),
            ]);
            let mut ctx = Context::new();
            ctx.insert_value("list", tera::Value::from(list));
            ctx
        });
        if let Some(rows) = rows {
            pages.splice_rows_last(rows);
        }
    }
}

/// `members` sorted with `order`.
fn sort(members: &[usize], order: impl Fn(&usize, &usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut members = members.to_vec();
    members.sort_by(order);
    members
}
