//! Changed in place: an item listed in `published.yaml` whose 核验码 is now another, with
//! no item that `corrects:` it, was edited after it was published. A warning at the item
//! and at its entry: the clerk puts the text back and publishes a correction.
//!
//! The codes come from the rendered output (`publish::Output::fingerprints`, made by
//! `render::fingerprint`), so this rule runs after render; it reads only what the build
//! made and the recorded file, and changes nothing.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Location};
use crate::load::published::Record;
use crate::messages::{Problem, Related};
use crate::model::Site;

/// Every listed item whose code now differs and that no item corrects.
pub fn check(
    record: &Record,
    fingerprints: &BTreeMap<String, String>,
    site: &Site,
) -> Vec<Diagnostic> {
    let corrected: BTreeSet<&str> = site
        .items
        .iter()
        .filter_map(|i| i.common.corrects.as_ref())
        .map(|c| c.value.as_str())
        .collect();
    let mut found = Vec::new();
    for entry in &record.entries {
        let path = entry.path.value.as_str();
        let Some(now) = fingerprints.get(path) else {
            continue;
        };
        if *now == entry.code.value || corrected.contains(path) {
            continue;
        }
        let at = site
            .items
            .iter()
            .find(|i| i.content_path == path)
            .map(|i| i.source.at(i.common.title.pos))
            .unwrap_or_else(|| Location::file(format!("content/{path}")));
        found.push(
            Problem::ChangedSincePublished {
                recorded: entry.code.value.clone(),
                now: now.clone(),
            }
            .at(at)
            .with_related(record.source.at(entry.code.pos), Related::FirstPublished),
        );
    }
    found
}
