//! The privacy guard over what the clerk wrote, besides each item's own text (which the
//! item's own rules scan, so the preview keeps those findings with the item): `site.yaml`,
//! the text of content files that are not items (`_section.yaml`, files that failed to
//! load) and every content file's name. The output is scanned after render
//! (`privacy::scan_output`).

use std::sync::Arc;

use crate::check::privacy::{self, Allow};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::Site;

/// What the guard found last time (the preview's), kept while the texts are the very
/// same values and the names the same list.
#[derive(Default)]
pub(crate) struct SourceMemo {
    /// The other sources' texts as scanned, and what was found in them.
    texts: Option<(Vec<Arc<str>>, Vec<Diagnostic>)>,
    /// The item and asset paths whose names were scanned, and what was found in them.
    names: Option<(Vec<String>, Vec<String>, Vec<Diagnostic>)>,
}

/// Every hit in `site.yaml`, the other sources' texts and the content files' names.
/// `memo`, when given, is the preview's.
pub(crate) fn scan(
    config: &Config,
    site: &Site,
    allow: &Allow,
    memo: Option<&mut SourceMemo>,
) -> Vec<Diagnostic> {
    let mut found = privacy::scan_source(&config.source, allow);
    found.extend(privacy::check_supervision_phone(config, allow));
    let scan_texts = || -> Vec<Diagnostic> {
        site.other_sources
            .iter()
            .flat_map(|s| privacy::scan_source(s, allow))
            .collect()
    };
    let Some(memo) = memo else {
        found.extend(scan_texts());
        found.extend(scan_names(site, allow));
        return found;
    };
    let same_texts = memo.texts.as_ref().is_some_and(|(texts, _)| {
        texts.len() == site.other_sources.len()
            && texts
                .iter()
                .zip(&site.other_sources)
                .all(|(a, b)| Arc::ptr_eq(a, &b.text))
    });
    if !same_texts {
        let texts = site.other_sources.iter().map(|s| s.text.clone()).collect();
        memo.texts = Some((texts, scan_texts()));
    }
    if let Some((_, hits)) = &memo.texts {
        found.extend(hits.iter().cloned());
    }
    let asset_paths = site.assets.iter().map(|a| &a.content_path);
    match &memo.names {
        Some((items, assets, hits)) if *items == site.item_files && asset_paths.eq(assets) => {
            found.extend(hits.iter().cloned());
        }
        _ => {
            let hits = scan_names(site, allow);
            found.extend(hits.iter().cloned());
            let assets = site.assets.iter().map(|a| a.content_path.clone()).collect();
            memo.names = Some((site.item_files.clone(), assets, hits));
        }
    }
    found
}

/// Hits in the names of the item files and the other files under `content/`.
fn scan_names(site: &Site, allow: &Allow) -> Vec<Diagnostic> {
    site.item_files
        .iter()
        .chain(site.assets.iter().map(|a| &a.content_path))
        .flat_map(|path| privacy::scan_name(&format!("content/{path}"), allow))
        .collect()
}
