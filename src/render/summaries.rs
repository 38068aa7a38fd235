//! Every item's public title and summary (what lists, the home page, the feed and the
//! search index show of it), made once per render for every page, with the ids the memo
//! compares instead of the summaries (see `memo`).

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use super::links::link;
use super::memo::{RenderMemo, SummarySource};
use super::views::{self, ItemSummary};
use crate::check::Board;
use crate::config::Config;

/// Each item's public title by content path (recipient names masked).
pub(crate) fn public_titles(board: &Board) -> BTreeMap<&str, &str> {
    board
        .items
        .iter()
        .map(|c| (c.item.content_path.as_str(), views::public_title(c)))
        .collect()
}

/// The summaries of the board's items, in board order.
pub(crate) struct Summaries {
    /// `list[i]` describes `board.items[i]` (shared with the memo).
    pub list: Vec<Arc<ItemSummary>>,
    /// `ids[i]` stands for the value of `list[i]`: equal ids, equal summaries.
    pub ids: Vec<u64>,
    /// `versions[i]` stands for `board.items[i]` and `list[i]` together.
    pub versions: Vec<u64>,
    /// `list[i]` as a Tera value, made when a list first needs it.
    pub values: Vec<OnceLock<tera::Value>>,
    /// What the memo keeps of how each was made.
    sources: Vec<SummarySource>,
}

impl Summaries {
    /// The summaries of `board`'s items, each taken from `memo` when its item and the
    /// titles (`titles`) it shows of other items are the same as last time.
    pub(crate) fn make(
        memo: &mut RenderMemo,
        board: &Board,
        config: &Config,
        titles: &BTreeMap<&str, &str>,
    ) -> Summaries {
        let title_of = |p: &str| titles.get(p).map_or_else(String::new, |t| t.to_string());
        let link_of = |p: &str| link(config, p);
        let made = memo.summaries(&board.items, &title_of, &|c, titles| {
            views::summary(c, config, &link_of, titles)
        });
        let (list, mut sources): (Vec<Arc<ItemSummary>>, Vec<SummarySource>) =
            made.into_iter().unzip();
        let values = sources
            .iter_mut()
            .map(|m| m.value.take().map_or_else(OnceLock::new, OnceLock::from))
            .collect();
        let ids = sources.iter().map(|m| m.id).collect();
        let versions = sources.iter().map(|m| m.version).collect();
        Summaries {
            list,
            ids,
            versions,
            values,
            sources,
        }
    }

    /// Hands the summaries to `memo` for the next render (a memo that keeps nothing
    /// drops them).
    pub(crate) fn keep(self, memo: &mut RenderMemo, board: &Board) {
        memo.keep_summaries(&board.items, self.list, self.sources, self.values);
    }
}
