//! Writing a plan into DEST in the order that keeps every page whole (the module doc of
//! `dest` gives the steps). Files are written in parallel within each step, on more
//! threads than there are cores: over a network share each file is a few round trips
//! of waiting, not of computing.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::{Compared, Found, JOURNAL, Plan};
use crate::ToolError;
use crate::publish::update::{TEMP, remove_empty_parents};
use crate::publish::{MARKER, Release, file_path};

/// Files written at once.
const THREADS: usize = 8;

/// The journal's text before its manifest.
const JOURNAL_TEXT: &str = "A gongkai publish to this folder is under way, or was cut short: the next `gongkai publish` completes it.\n";

/// Brings `dest` (absolute) from what `look` found to `release`, as `compare` planned.
pub(super) fn apply(
    release: &Release,
    dest: &Path,
    found: &Found,
    compared: &Compared,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(), ToolError> {
    let temp = dest.join(TEMP);
    // What a run cut short was writing: never renamed into place, so never seen.
    let _ = fs::remove_dir_all(&temp);
    fs::create_dir_all(&temp).map_err(|e| ToolError::io("create", &temp, e))?;
    let result = steps(release, dest, &temp, found, compared, progress);
    let _ = fs::remove_dir_all(&temp);
    result
}

fn steps(
    release: &Release,
    dest: &Path,
    temp: &Path,
    found: &Found,
    compared: &Compared,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(), ToolError> {
    // The marker says what is known to be there now, the journal where it is going:
    // whatever happens next, each file is one or the other (or not yet there).
    if found.marker.as_ref() != Some(&compared.verified) {
        let text = compared.verified.marker_text();
        put(&temp.join("marker"), text.as_bytes(), &dest.join(MARKER))?;
    }
    let journal = release.manifest.text_after(JOURNAL_TEXT);
    put(
        &temp.join("journal"),
        journal.as_bytes(),
        &dest.join(JOURNAL),
    )?;

    for link in &found.links {
        let path = file_path(dest, link);
        fs::remove_file(&path).map_err(|e| ToolError::io("remove", &path, e))?;
    }
    for path in &compared.in_the_way {
        let path = file_path(dest, path);
        let removed = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        removed.map_err(|e| ToolError::io("remove", &path, e))?;
    }

    copy(release, dest, temp, &compared.plan, progress)?;

    // Stale files last, pages first: while a page is there, what it links is too.
    let stale: Vec<&String> = compared
        .plan
        .removed
        .iter()
        .filter(|p| !release.manifest.files.contains_key(*p) && !found.links.contains(p))
        .collect();
    let (pages, rest): (Vec<&String>, Vec<&String>) =
        stale.into_iter().partition(|p| links_others(p));
    for path in pages.into_iter().chain(rest) {
        let file = file_path(dest, path);
        // Gone already (removed by hand, or as something in the way) is fine.
        let _ = fs::remove_file(&file);
        remove_empty_parents(&file, dest);
    }

    let marker = release.manifest.marker_text();
    put(&temp.join("marker"), marker.as_bytes(), &dest.join(MARKER))?;
    let journal = dest.join(JOURNAL);
    fs::remove_file(&journal).map_err(|e| ToolError::io("remove", &journal, e))
}

/// Files that are not pages but name other files of the build, so they go in with the
/// pages, after what they name: the search index's manifest names the tag of every shard
/// and chunk, and a reader's search must not meet a new manifest beside old shards.
const LINKING: &[&str] = &["search/index.js"];

/// True for a file that links others: a page, or one of `LINKING`.
fn links_others(path: &str) -> bool {
    path.ends_with(".html") || LINKING.contains(&path)
}

/// The files to write, in the order they go in: new files that are not pages (no page
/// links them yet), new pages, changed files that are not pages, changed pages, and
/// last the home page ("pages" here: what `links_others`).
pub(super) fn order(plan: &Plan) -> [Vec<&String>; 5] {
    let page = |p: &&String| links_others(p);
    let home = |p: &&String| p.as_str() == "index.html";
    [
        plan.added.iter().filter(|p| !page(p)).collect(),
        plan.added.iter().filter(|p| page(p) && !home(p)).collect(),
        plan.changed.iter().filter(|p| !page(p)).collect(),
        plan.changed
            .iter()
            .filter(|p| page(p) && !home(p))
            .collect(),
        plan.added
            .iter()
            .chain(&plan.changed)
            .filter(home)
            .collect(),
    ]
}

/// Writes the new and changed files, step by step, each step in parallel.
fn copy(
    release: &Release,
    dest: &Path,
    temp: &Path,
    plan: &Plan,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(), ToolError> {
    let steps = order(plan);
    let total: usize = steps.iter().map(Vec::len).sum();
    let done = AtomicUsize::new(0);
    let write_step = |step: &Vec<&String>| {
        step.par_iter().enumerate().try_for_each(|(i, path)| {
            let target = file_path(dest, path);
            let bytes = match release.bytes(path) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(ToolError::io("read", &target, e)),
            };
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
            }
            put(&temp.join(i.to_string()), &bytes, &target)?;
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            Ok(())
        })
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(THREADS).build();
    for step in &steps {
        match &pool {
            Ok(pool) => pool.install(|| write_step(step))?,
            Err(_) => write_step(step)?,
        }
    }
    Ok(())
}

/// Writes `bytes` to `temp`, then renames it over `target`. On Windows the rename is
/// tried again for a moment: a server reading the old file can hold it briefly.
fn put(temp: &Path, bytes: &[u8], target: &Path) -> Result<(), ToolError> {
    fs::write(temp, bytes).map_err(|e| ToolError::io("write", temp, e))?;
    let tries = if cfg!(windows) { 10 } else { 1 };
    let mut attempt = 1;
    loop {
        match fs::rename(temp, target) {
            Ok(()) => return Ok(()),
            Err(_) if attempt < tries => {
                std::thread::sleep(std::time::Duration::from_millis(50 * attempt));
                attempt += 1;
            }
            Err(e) => {
                let _ = fs::remove_file(temp);
                return Err(ToolError::io("move into place", target, e));
            }
        }
    }
}
