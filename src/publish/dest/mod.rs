//! `gongkai publish DEST`: brings a folder on the intranet server (a local folder, a
//! mounted share, a UNC path `\\server\share\board`) to exactly a build, copying only the
//! files whose bytes changed, so that a reader never meets a page whose stylesheet or
//! data is missing, and a run cut short (killed, the network gone) is completed by the
//! next.
//!
//! The steps, each safe to stop after:
//! 1. look (`look`): every file of DEST and its size, the marker's manifest (what the
//!    last publish left there) and the journal (what a publish cut short was writing);
//! 2. compare (`compare`): a file is unchanged when its size and hash are the build's.
//!    The hashes come from the marker, except where the journal says a file may be
//!    half-way between two builds: those are read and hashed;
//! 3. write (`apply`): the marker as now verified, then the journal (the new manifest,
//!    pending); every new or changed file under a temporary name, renamed into place: new
//!    files first (no page links them yet), then changed files that are not pages, then
//!    changed pages (and the search index's manifest, which names its shards), the home
//!    page last; then remove what the build no longer has, pages first; then the marker
//!    with the new manifest, and the journal goes.
//!
//! Stopped anywhere, each file holds its old bytes or its new ones (a rename is atomic),
//! a page is only there once what it links is, and the marker with the journal says
//! which files must be checked. `status` compares without writing.

mod apply;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use rayon::prelude::*;

use super::manifest::{Hash, Manifest, hash};
use super::update::TEMP;
use super::{MARKER, Release, Version, absolute, check_output_dir, file_path};
use crate::ToolError;

/// The journal: while a publish writes, the manifest it is bringing the folder to.
/// Found at the start of a publish, it means the last one was cut short.
pub const JOURNAL: &str = ".gongkai-publishing";

/// What a publish does, or with `--dry-run` would do: paths by what happens to them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Files the folder does not have yet.
    pub added: Vec<String>,
    /// Files whose bytes change.
    pub changed: Vec<String>,
    /// Files the build no longer has.
    pub removed: Vec<String>,
    /// Files left as they are.
    pub unchanged: usize,
    /// A publish cut short was found (its journal); this one completes it.
    pub resumed: bool,
}

impl Plan {
    /// True when the folder holds exactly the build and no publish was cut short.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty() && !self.resumed
    }
}

/// What `publish --status` finds: which build DEST holds, and how it differs from this one.
#[derive(Clone, Debug)]
pub struct Status {
    /// DEST exists and holds gongkai's marker.
    pub published: bool,
    /// DEST's `version.json`, when it has one.
    pub live: Option<Version>,
    /// What publishing this build would do there.
    pub plan: Plan,
}

impl Status {
    /// True when DEST holds exactly this build.
    pub fn matches(&self) -> bool {
        self.published && self.plan.is_empty()
    }
}

/// Publishes `release` to `dest` (see the module doc); `root` is the site, for the
/// checks `build` makes of its output folder. `progress` is told (files written, files to
/// write) after each file.
pub fn publish(
    release: &Release,
    dest: &Path,
    root: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Plan, ToolError> {
    check_output_dir(dest, root)?;
    let dest = absolute(dest)?;
    let found = look(&dest)?;
    let compared = compare(release, &found, &dest);
    let up_to_date = compared.plan.is_empty() && found.marker.as_ref() == Some(&release.manifest);
    if !up_to_date {
        apply::apply(release, &dest, &found, &compared, progress)?;
    }
    Ok(compared.plan)
}

/// What `publish` would do, writing nothing (`--dry-run`).
pub fn plan(release: &Release, dest: &Path, root: &Path) -> Result<Plan, ToolError> {
    check_output_dir(dest, root)?;
    let dest = absolute(dest)?;
    let found = look(&dest)?;
    Ok(compare(release, &found, &dest).plan)
}

/// Which build `dest` holds and how it differs from `release`, writing nothing.
pub fn status(release: &Release, dest: &Path) -> Result<Status, ToolError> {
    let dest = absolute(dest)?;
    let found = look(&dest)?;
    let live = fs::read(dest.join(super::VERSION_FILE))
        .ok()
        .and_then(|bytes| Version::parse(&bytes));
    Ok(Status {
        published: dest.join(MARKER).is_file(),
        live,
        plan: compare(release, &found, &dest).plan,
    })
}

/// What DEST holds.
#[derive(Debug, Default)]
struct Found {
    /// Every file and its size, by `/`-separated path (gongkai's own files apart).
    sizes: BTreeMap<String, u64>,
    /// Every folder, by path.
    folders: BTreeSet<String>,
    /// Symbolic links: never written by gongkai, and a linked folder would take the
    /// files written into it elsewhere, so they go before anything is written.
    links: Vec<String>,
    /// The marker's manifest.
    marker: Option<Manifest>,
    /// Hashes the marker vouches for: all it lists, but where a journal was found, only
    /// those the journal lists the same (the others may be half-way).
    known: BTreeMap<String, Hash>,
    /// A journal was found: a publish was cut short.
    journal: bool,
}

/// Looks at `dest` (absolute); a folder that does not exist holds nothing.
fn look(dest: &Path) -> Result<Found, ToolError> {
    let mut found = Found::default();
    if !dest.is_dir() {
        return Ok(found);
    }
    walk(dest, "", &mut found)?;
    found.marker = Manifest::read(dest);
    let journal = Manifest::read_file(&dest.join(JOURNAL));
    found.journal = journal.is_some() || dest.join(JOURNAL).exists();
    if let Some(marker) = &found.marker {
        found.known = marker
            .files
            .iter()
            .filter(|(path, hash)| {
                !found.journal || journal.as_ref().and_then(|j| j.files.get(*path)) == Some(hash)
            })
            .map(|(path, hash)| (path.clone(), hash.clone()))
            .collect();
    }
    Ok(found)
}

/// Records every file and folder under `dir`, whose path under DEST is `rel`.
fn walk(dir: &Path, rel: &str, found: &mut Found) -> Result<(), ToolError> {
    let entries = fs::read_dir(dir).map_err(|e| ToolError::io("read", dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| ToolError::io("read", dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if rel.is_empty() && [MARKER, JOURNAL, TEMP].contains(&name.as_str()) {
            continue;
        }
        let path = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        let kind = entry
            .file_type()
            .map_err(|e| ToolError::io("read", &entry.path(), e))?;
        if kind.is_symlink() {
            found.links.push(path);
        } else if kind.is_dir() {
            walk(&entry.path(), &path, found)?;
            found.folders.insert(path);
        } else {
            let size = entry
                .metadata()
                .map_err(|e| ToolError::io("read", &entry.path(), e))?
                .len();
            found.sizes.insert(path, size);
        }
    }
    Ok(())
}

/// The plan, and what `apply` needs besides it.
#[derive(Debug)]
struct Compared {
    plan: Plan,
    /// The hash of every file of DEST that is known now (vouched for by the marker, or
    /// read): the marker written before anything changes.
    verified: Manifest,
    /// Stale files and folders standing where the build puts a folder or a file: they go
    /// before anything is written.
    in_the_way: Vec<String>,
}

/// How one file of the build compares with DEST.
enum State {
    Added,
    /// Changed; the hash of the file there, when known.
    Changed(Option<Hash>),
    Unchanged,
}

/// Compares the build with what `look` found, reading and hashing (in parallel) the
/// files of the right size whose hash the marker does not vouch for.
fn compare(release: &Release, found: &Found, dest: &Path) -> Compared {
    let files = &release.manifest.files;
    let each: Vec<(&String, State)> = files
        .par_iter()
        .map(|(path, new)| {
            let state = match found.sizes.get(path) {
                None => State::Added,
                Some(size) if Some(*size) != release.size(path) => {
                    State::Changed(found.known.get(path).cloned())
                }
                Some(_) => match found.known.get(path) {
                    Some(old) if old == new => State::Unchanged,
                    Some(old) => State::Changed(Some(old.clone())),
                    None => match fs::read(file_path(dest, path)) {
                        Ok(there) => match hash(&there) {
                            there if there == *new => State::Unchanged,
                            there => State::Changed(Some(there)),
                        },
                        Err(_) => State::Changed(None),
                    },
                },
            };
            (path, state)
        })
        .collect();
    let mut plan = Plan {
        resumed: found.journal,
        ..Plan::default()
    };
    let mut verified = Manifest::default();
    for (path, state) in each {
        let known = match state {
            State::Added => {
                plan.added.push(path.clone());
                None
            }
            State::Changed(old) => {
                plan.changed.push(path.clone());
                old
            }
            State::Unchanged => {
                plan.unchanged += 1;
                release.manifest.files.get(path).cloned()
            }
        };
        if let Some(hash) = known {
            verified.files.insert(path.clone(), hash);
        }
    }
    for path in found.sizes.keys().filter(|p| !files.contains_key(*p)) {
        plan.removed.push(path.clone());
        if let Some(hash) = found.known.get(path) {
            verified.files.insert(path.clone(), hash.clone());
        }
    }
    // A link where the build has a file is replaced by it (`apply` removes every link
    // first); any other goes with the stale files.
    let stale_links = found.links.iter().filter(|l| !files.contains_key(*l));
    plan.removed.extend(stale_links.cloned());
    Compared {
        in_the_way: in_the_way(files.keys(), found),
        plan,
        verified,
    }
}

/// The files of DEST where the build has a folder (`a` for `a/b.html`), and the folders
/// of DEST where it has a file.
fn in_the_way<'a>(paths: impl Iterator<Item = &'a String>, found: &Found) -> Vec<String> {
    let mut blocking = BTreeSet::new();
    for path in paths {
        if found.folders.contains(path) {
            blocking.insert(path.clone());
        }
        let mut end = 0;
        while let Some(slash) = path[end..].find('/') {
            end += slash;
            let folder = &path[..end];
            if found.sizes.contains_key(folder) || found.links.iter().any(|l| l == folder) {
                blocking.insert(folder.to_string());
            }
            end += 1;
        }
    }
    blocking.into_iter().collect()
}

#[cfg(test)]
mod tests;
