//! The privacy guard over what the clerk wrote: `site.yaml`, the text of every content
//! file (items, `_section.yaml`, files that failed to load), every content file's name
//! and the name of every folder under `content/`. The output is scanned later, after render (`privacy::scan_output`).
//!
//! The preview keeps each file's findings while the file's text is the very same value
//! (the load stage shares it while the file is unchanged), so a save scans one file.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::check::privacy::{self, Allow};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::{Site, SourceFile};

/// What the guard found in each file last time (the preview's).
#[derive(Default)]
pub(crate) struct SourceMemo {
    /// By path: the text scanned and what was found in it.
    texts: HashMap<String, (Arc<str>, Vec<Diagnostic>)>,
    /// The content paths whose names (and folders' names) were scanned, and what was
    /// found in them.
    names: Option<(Vec<String>, Vec<Diagnostic>)>,
}

/// Every hit in `site.yaml`, the content files' texts and their names. `memo`, when
/// given, is the preview's: findings of unchanged files are taken from it.
pub(crate) fn scan(config: &Config, site: &Site, memo: Option<&mut SourceMemo>) -> Vec<Diagnostic> {
    let allow = Allow::new(&config.privacy.allow);
    let mut found = privacy::scan_source(&config.source, &allow);
    found.extend(privacy::check_supervision_phone(config, &allow));
    let sources: Vec<&SourceFile> = site
        .items
        .iter()
        .map(|i| &i.source)
        .chain(&site.other_sources)
        .collect();
    let Some(memo) = memo else {
        found.par_extend(
            sources
                .par_iter()
                .flat_map_iter(|s| privacy::scan_source(s, &allow)),
        );
        found.extend(scan_names(&content_paths(site), &allow));
        return found;
    };
    let texts = &memo.texts;
    let scanned: Vec<Option<Vec<Diagnostic>>> = sources
        .par_iter()
        .map(|s| match texts.get(&s.path) {
            Some((text, _)) if Arc::ptr_eq(text, &s.text) => None,
            _ => Some(privacy::scan_source(s, &allow)),
        })
        .collect();
    let mut kept = HashMap::with_capacity(sources.len());
    for (source, fresh) in sources.iter().zip(scanned) {
        let hits = match fresh {
            Some(hits) => hits,
            None => match memo.texts.remove(&source.path) {
                Some((_, hits)) => hits,
                None => Vec::new(),
            },
        };
        found.extend(hits.iter().cloned());
        kept.insert(source.path.clone(), (source.text.clone(), hits));
    }
    memo.texts = kept;
    let paths = content_paths(site);
    match &memo.names {
        Some((known, hits)) if *known == paths => found.extend(hits.iter().cloned()),
        _ => {
            let hits = scan_names(&paths, &allow);
            found.extend(hits.iter().cloned());
            memo.names = Some((paths, hits));
        }
    }
    found
}

/// The path under `content/` of every file there: items (those that failed to load
/// too), other files, `_section.yaml` files.
fn content_paths(site: &Site) -> Vec<String> {
    let mut paths: Vec<String> = site
        .item_files
        .iter()
        .chain(site.assets.iter().map(|a| &a.content_path))
        .cloned()
        .collect();
    paths.extend(
        site.other_sources
            .iter()
            .filter_map(|s| s.path.strip_prefix("content/"))
            .map(str::to_string),
    );
    paths
}

/// Hits in the names of the files under `content/` (`paths`, relative to it) and of
/// the folders that hold them.
fn scan_names(paths: &[String], allow: &Allow) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = paths
        .iter()
        .flat_map(|path| privacy::scan_name(&format!("content/{path}"), allow))
        .collect();
    found.extend(privacy::scan_folder_names(
        "content",
        paths.iter().map(String::as_str),
        allow,
    ));
    found
}
