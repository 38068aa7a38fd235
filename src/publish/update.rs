//! Publishing a build over the last one in place, file by file, for `watch`: after a save
//! only the files that changed are written (each under a temporary name, then renamed
//! into place, so no file is ever half-written), then the files the build no longer has
//! are removed. New and changed files go in before the pages that use them: everything
//! but pages first, then the pages, the home page last. A reader may see some pages of
//! the new build beside some of the old one for the moment it takes; `build` swaps the
//! whole folder instead.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use super::manifest::{Manifest, hash};
use super::{MARKER, Output, Published, Report, file_path};
use crate::ToolError;

/// The folder, inside the output, where files are written before they are renamed
/// into place (a rename within one filesystem is atomic).
pub(super) const TEMP: &str = ".gongkai-writing";

#[cfg(test)]
pub(super) const TEMP_FOR_TESTS: &str = TEMP;

/// Brings `out` (absolute) from `last` to `output`.
pub(super) fn update_in_place(
    output: &Output,
    last: &Published,
    out: &Path,
) -> Result<(Published, Report), ToolError> {
    let mut files = BTreeMap::new();
    let mut changed: Vec<(&String, &Arc<[u8]>)> = Vec::new();
    for (path, bytes) in &output.files {
        let hash = match last.files.get(path) {
            Some((old, hash)) if Arc::ptr_eq(old, bytes) || **old == **bytes => hash.clone(),
            _ => {
                changed.push((path, bytes));
                hash(bytes)
            }
        };
        files.insert(path.clone(), (bytes.clone(), hash));
    }
    let removed: Vec<&String> = last
        .files
        .keys()
        .filter(|p| !output.files.contains_key(*p))
        .collect();
    let report = Report {
        written: changed.len(),
        linked: 0,
        removed: removed.len(),
        unchanged: changed.is_empty() && removed.is_empty(),
    };
    if report.unchanged {
        return Ok((Published { files }, report));
    }
    // Pages last, the home page very last: a page never links to a file not yet there.
    changed.sort_by_key(|(path, _)| (path.ends_with(".html"), path.as_str() == "index.html"));
    let temp = out.join(TEMP);
    let _ = fs::remove_dir_all(&temp);
    fs::create_dir_all(&temp).map_err(|e| ToolError::io("create", &temp, e))?;
    let result = write_each(&changed, &temp, out);
    for path in &removed {
        let file = file_path(out, path);
        let _ = fs::remove_file(&file);
        remove_empty_parents(&file, out);
    }
    let manifest = Manifest {
        files: files
            .iter()
            .map(|(path, (_, hash))| (path.clone(), hash.clone()))
            .collect(),
    };
    let marker = result.and_then(|()| {
        put(
            &temp.join(MARKER),
            manifest.marker_text().as_bytes(),
            &out.join(MARKER),
        )
    });
    let _ = fs::remove_dir_all(&temp);
    marker?;
    Ok((Published { files }, report))
}

/// Writes each file under `temp`, then renames it to its place under `out`.
fn write_each(changed: &[(&String, &Arc<[u8]>)], temp: &Path, out: &Path) -> Result<(), ToolError> {
    for (i, (path, bytes)) in changed.iter().enumerate() {
        let target = file_path(out, path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        put(&temp.join(i.to_string()), bytes, &target)?;
    }
    Ok(())
}

/// Writes `bytes` to `temp`, then renames it over `target`.
fn put(temp: &Path, bytes: &[u8], target: &Path) -> Result<(), ToolError> {
    fs::write(temp, bytes).map_err(|e| ToolError::io("write", temp, e))?;
    fs::rename(temp, target).map_err(|e| ToolError::io("move into place", target, e))
}

/// Removes the folders above `file` that are empty now, up to `out`.
pub(super) fn remove_empty_parents(file: &Path, out: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}
