//! Each folder's settings: the `_section.yaml` files as loaded, and a default for every
//! folder above an item that has none, so every folder page and inherited unit has one.

use std::collections::BTreeMap;

use crate::model::{Section, Site};

/// Sections by folder, with a default for each folder that holds items but no `_section.yaml`.
pub(crate) fn all_folders(site: &Site) -> BTreeMap<String, Section> {
    let mut sections = site.sections.clone();
    let mut last = None;
    for item in &site.items {
        let mut folder = item.folder();
        // Items come in listing order, where a folder's items mostly follow each other.
        if last.replace(folder) == Some(folder) {
            continue;
        }
        loop {
            if !sections.contains_key(folder) {
                sections.insert(
                    folder.to_string(),
                    Section {
                        folder: folder.to_string(),
                        ..Section::default()
                    },
                );
            }
            match folder.rsplit_once('/') {
                Some((parent, _)) => folder = parent,
                None if !folder.is_empty() => folder = "",
                None => break,
            }
        }
    }
    sections
}
