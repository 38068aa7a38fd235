//! The privacy guard over what the clerk wrote, besides each item's own text (which the
//! item's own rules scan, so the preview keeps those findings with the item): `site.yaml`,
//! the text of content files that are not items (`_section.yaml`, files that failed to
//! load), every other file under `content/` (attachments: CSV in any encoding,
//! spreadsheets, documents), every content file's name and the name of every folder
//! under `content/`. The output is scanned after render (`privacy::scan_output`).
//!
//! The preview keeps each file's findings while the file's text or bytes are the very
//! same value (the load stage shares it while the file is unchanged), so a save scans
//! one file.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::check::privacy::{self, Allow};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::Site;

/// Findings by path, each with the value (text or bytes) they were found in.
type Kept<T> = HashMap<String, (Arc<T>, Vec<Diagnostic>)>;

/// What the guard found in each file last time (the preview's).
#[derive(Default)]
pub(crate) struct SourceMemo {
    /// By path: the text of each file that is not an item, and what was found in it.
    texts: Kept<str>,
    /// By path under `content/`: the bytes of each attachment and what was found in them.
    assets: Kept<[u8]>,
    /// The content paths whose names (and folders' names) were scanned, and what was
    /// found in them.
    names: Option<(Vec<String>, Vec<Diagnostic>)>,
}

/// Every hit in `site.yaml`, the other sources' texts, the attachments and the names.
/// `memo`, when given, is the preview's: findings of unchanged files are taken from it.
pub(crate) fn scan(
    config: &Config,
    site: &Site,
    allow: &Allow,
    memo: Option<&mut SourceMemo>,
) -> Vec<Diagnostic> {
    let mut found = privacy::scan_source(&config.source, allow);
    found.extend(privacy::check_supervision_phone(config, allow));
    let texts: Vec<(&str, &Arc<str>)> = site
        .other_sources
        .iter()
        .map(|s| (s.path.as_str(), &s.text))
        .collect();
    let scan_text = |path: &str, text: &Arc<str>| {
        let source = crate::model::SourceFile {
            path: path.to_string(),
            text: text.clone(),
        };
        privacy::scan_source(&source, allow)
    };
    let assets: Vec<(&str, &Arc<[u8]>)> = site
        .assets
        .iter()
        .map(|a| (a.content_path.as_str(), &a.bytes))
        .collect();
    let scan_asset = |path: &str, bytes: &Arc<[u8]>| {
        privacy::scan_attachment(&format!("content/{path}"), bytes, allow)
    };
    let Some(memo) = memo else {
        found.par_extend(texts.par_iter().flat_map_iter(|(p, t)| scan_text(p, t)));
        found.par_extend(assets.par_iter().flat_map_iter(|(p, b)| scan_asset(p, b)));
        found.extend(scan_names(content_paths(site), allow));
        return found;
    };
    found.extend(scan_kept(&texts, &mut memo.texts, scan_text));
    found.extend(scan_kept(&assets, &mut memo.assets, scan_asset));
    match &memo.names {
        Some((known, hits)) if content_paths(site).eq(known.iter().map(String::as_str)) => {
            found.extend(hits.iter().cloned());
        }
        _ => {
            let paths: Vec<String> = content_paths(site).map(str::to_string).collect();
            let hits = scan_names(paths.iter().map(String::as_str), allow);
            found.extend(hits.iter().cloned());
            memo.names = Some((paths, hits));
        }
    }
    found
}

/// What `scan` finds in each file (`path`, value), in parallel, taken from `kept` where
/// the value is the very one scanned last time (the load stage shares an unchanged
/// file's value); `kept` is left holding these files' findings.
fn scan_kept<T: ?Sized + Send + Sync>(
    files: &[(&str, &Arc<T>)],
    kept: &mut Kept<T>,
    scan: impl Fn(&str, &Arc<T>) -> Vec<Diagnostic> + Sync,
) -> Vec<Diagnostic> {
    let known = &*kept;
    let fresh: Vec<Option<Vec<Diagnostic>>> = files
        .par_iter()
        .map(|&(path, value)| match known.get(path) {
            Some((old, _)) if Arc::ptr_eq(old, value) => None,
            _ => Some(scan(path, value)),
        })
        .collect();
    let mut found = Vec::new();
    let mut now = HashMap::with_capacity(files.len());
    for (&(path, value), fresh) in files.iter().zip(fresh) {
        let hits = match fresh {
            Some(hits) => hits,
            None => kept.remove(path).map(|(_, hits)| hits).unwrap_or_default(),
        };
        found.extend(hits.iter().cloned());
        now.insert(path.to_string(), (value.clone(), hits));
    }
    *kept = now;
    found
}

/// The path under `content/` of every file there: items (those that failed to load
/// too), other files, `_section.yaml` files.
fn content_paths(site: &Site) -> impl Iterator<Item = &str> + Clone {
    site.item_files
        .iter()
        .chain(site.assets.iter().map(|a| &a.content_path))
        .map(String::as_str)
        .chain(
            site.other_sources
                .iter()
                .filter_map(|s| s.path.strip_prefix("content/")),
        )
}

/// Hits in the names of the files under `content/` (`paths`, relative to it) and of
/// the folders that hold them.
fn scan_names<'a>(paths: impl Iterator<Item = &'a str> + Clone, allow: &Allow) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = paths
        .clone()
        .flat_map(|path| privacy::scan_name(&format!("content/{path}"), allow))
        .collect();
    found.extend(privacy::scan_folder_names("content", paths, allow));
    found
}
