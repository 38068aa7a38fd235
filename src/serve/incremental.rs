//! The preview's incremental build: the stages of `build::run` with a cache between runs,
//! so a save costs what it changes rather than what the site holds.
//!
//! - Load: `site.yaml` is read every time and parsed again only when its bytes changed
//!   (then every content file is read again, since items are typed against it). A folder
//!   of `content/` is listed again when the watcher named it or something in it (files
//!   created, deleted, renamed), and a known file is read and parsed again only when the
//!   watcher named it (or a folder above it); the rest comes from the cache, shared. The
//!   watcher reports every change, and says so when it loses events, which empties the
//!   cache. A caller without a watcher passes `None`: then every folder is listed and
//!   every file whose size, modification time or inode changed is read.
//! - Check runs over the whole site every time, since its rules span items (corrections,
//!   balances carried from quarter to quarter, duplicate pages); only each item's own
//!   rules are taken from the last run for items that did not change (`CheckMemo`).
//! - Render reuses every page whose input is unchanged (`render::memo`); templates,
//!   themes and settings are part of every page's input, so a change there renders all.
//! - The privacy scan of the output reads again only files whose bytes changed, and of
//!   those only the stretch around the change (`privacy::ScannedOutput::rescan`).
//!
//! Every stage is the same function `build` calls, in the same order, so the result is
//! the same as a full build of the same files; `tests/incremental.rs` compares them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use rayon::prelude::*;

use crate::ToolError;
use crate::build::BuildResult;
use crate::check::privacy::{Allow, ScannedOutput};
use crate::check::{self, CheckMemo, Options};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{self, FileLoad, FileRole};
use crate::publish::Output;
use crate::render::{self, RenderMemo, RenderOptions};

/// What tells a file's version without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    changed: i64,
    inode: u64,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            (meta.ctime_nsec() + meta.ctime() * 1_000_000_000, meta.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = (0, 0);
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            changed,
            inode,
        })
    }
}

/// `site.yaml` as last read.
struct CachedConfig {
    bytes: Vec<u8>,
    config: Config,
    diagnostics: Vec<Diagnostic>,
}

/// A content file as last read.
struct CachedFile {
    role: FileRole,
    stamp: Option<Stamp>,
    load: FileLoad,
    diagnostics: Vec<Diagnostic>,
}

/// What one rebuild did.
pub struct Rebuild {
    /// The same as `build::run` gives for these files.
    pub result: BuildResult,
    /// Content files read again (the rest came from the cache).
    pub files_read: usize,
    /// Pages rendered again (the rest came from the previous render).
    pub pages_rendered: usize,
    /// Time taken by each stage: load, check, render, privacy scan of the output.
    pub stages: [(&'static str, std::time::Duration); 4],
    /// What the rebuild made on the way (the site, the board, the file list): freed with
    /// this value rather than before it is returned, so the caller can tell browsers to
    /// reload first.
    _leftovers: Box<dyn std::any::Any + Send>,
}

/// A site kept in memory between rebuilds.
pub struct Incremental {
    root: PathBuf,
    options: Options,
    config: Option<CachedConfig>,
    files: HashMap<String, CachedFile>,
    /// Each folder's entries as last listed, by path from the root.
    folders: HashMap<PathBuf, Arc<Vec<load::Listed>>>,
    checks: CheckMemo,
    memo: RenderMemo,
    /// Output files as the privacy guard last read them, with what it found before
    /// `privacy.allow` applies, so that a changed file is read only where it changed.
    scanned: BTreeMap<String, ScannedOutput>,
    /// What it found in them, for the files where it found something.
    hits: BTreeMap<String, Vec<Diagnostic>>,
}

impl Incremental {
    /// A cache for the site at `root`, empty until the first `rebuild`.
    pub fn new(root: &Path, options: &Options) -> Incremental {
        Incremental {
            root: root.to_path_buf(),
            options: *options,
            config: None,
            files: HashMap::new(),
            folders: HashMap::new(),
            checks: CheckMemo::new(),
            memo: RenderMemo::new(),
            scanned: BTreeMap::new(),
            hits: BTreeMap::new(),
        }
    }

    /// Forgets everything, so the next rebuild is a full one (the watcher lost events).
    pub fn forget(&mut self) {
        self.config = None;
        self.files.clear();
        self.folders.clear();
        self.checks = CheckMemo::new();
        self.memo.clear();
        self.scanned.clear();
        self.hits.clear();
    }

    /// Builds the site again. `changed` are the paths (relative to the root, `/`-separated)
    /// the watcher saw change, files or folders: those files are read again and the other
    /// known ones taken from the cache. `None` when nobody watched: then every file whose
    /// stamp (size, modification time, inode) differs is read again.
    pub fn rebuild(&mut self, changed: Option<&[String]>) -> Result<Rebuild, ToolError> {
        // Run on a worker of the thread pool, so that each stage's parallel loop starts
        // at once on this thread instead of waiting for a sleeping worker to be woken
        // (milliseconds each on a busy machine, and a rebuild has several).
        rayon::scope(|_| self.run(changed))
    }

    fn run(&mut self, changed: Option<&[String]>) -> Result<Rebuild, ToolError> {
        let started = Instant::now();
        let mut diagnostics = Diagnostics::new();
        let config = self.config(changed)?;
        diagnostics.extend(config.diagnostics.iter().cloned());
        let mut found = Vec::new();
        let listed = self.list_content(changed, &mut found)?;
        diagnostics.extend(found);
        let files_read = self.read_content(&listed, changed)?;
        let config = match &self.config {
            Some(c) => &c.config,
            None => return Err(ToolError::NotASite(self.root.clone())),
        };
        let mut loads = Vec::with_capacity(listed.len());
        for (rel, role) in &listed {
            let Some(cached) = self.files.get(rel) else {
                continue;
            };
            diagnostics.extend(cached.diagnostics.iter().cloned());
            loads.push((rel.as_str(), *role, &cached.load));
        }
        let site = load::assemble(loads);
        let loaded = started.elapsed();

        let (board, found) = check::check_with(config, &site, &self.options, &mut self.checks);
        let checked = started.elapsed();
        diagnostics.extend(found);
        let item_count = board.items.len();
        let before = self.memo.rendered();
        let (rendered, found) = render::render_with(
            &self.root,
            config,
            &board,
            RenderOptions {
                today: self.options.today,
            },
            &mut self.memo,
        )?;
        let pages_rendered = self.memo.rendered().saturating_sub(before);
        diagnostics.extend(found);
        let rendered_at = started.elapsed();
        if !diagnostics.has_errors() {
            let allow = Allow::new(&config.privacy.allow);
            diagnostics.extend(self.scan(&rendered, &allow));
        }
        let scanned = started.elapsed();
        let page_count = rendered
            .files
            .keys()
            .filter(|k| k.ends_with(".html"))
            .count();
        let output = (!diagnostics.has_errors()).then_some(rendered);
        Ok(Rebuild {
            result: BuildResult {
                diagnostics,
                output,
                item_count,
                page_count,
                elapsed: started.elapsed(),
            },
            files_read,
            pages_rendered,
            stages: [
                ("load", loaded),
                ("check", checked - loaded),
                ("render", rendered_at - checked),
                ("scan", scanned - rendered_at),
            ],
            _leftovers: Box::new((site, board, listed)),
        })
    }

    /// `site.yaml`, parsed again only when its bytes changed; a change empties the
    /// content cache, since items are read against the settings.
    fn config(&mut self, changed: Option<&[String]>) -> Result<&CachedConfig, ToolError> {
        let path = self.root.join("site.yaml");
        if !path.is_file() {
            return Err(ToolError::NotASite(self.root.clone()));
        }
        let bytes = std::fs::read(&path).map_err(|e| ToolError::io("read", &path, e))?;
        let same = self.config.as_ref().is_some_and(|c| c.bytes == bytes)
            && !changed.is_some_and(|c| c.iter().any(|c| c == "site.yaml"));
        if !same {
            let mut diagnostics = Vec::new();
            let config = load::load_config(&self.root, &mut diagnostics)?;
            // Items are typed, and output scanned, against the settings.
            self.files.clear();
            self.scanned.clear();
            self.hits.clear();
            self.config = Some(CachedConfig {
                bytes,
                config,
                diagnostics,
            });
        }
        match &self.config {
            Some(c) => Ok(c),
            None => Err(ToolError::NotASite(self.root.clone())),
        }
    }

    /// The content files, as `load::list_content` finds them, listing again only the
    /// folders the watcher's paths are in or name (or all, when nobody watched).
    fn list_content(
        &mut self,
        changed: Option<&[String]>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Vec<(String, FileRole)>, ToolError> {
        // A creation, deletion or rename changes the listing of the folder it happens in;
        // a named folder may be new or renamed.
        let touched: Option<HashSet<&str>> = changed.map(|paths| {
            paths
                .iter()
                .flat_map(|p| {
                    [
                        p.as_str(),
                        p.rsplit_once('/').map_or("", |(parent, _)| parent),
                    ]
                })
                .collect()
        });
        let root = &self.root;
        let cached = std::mem::take(&mut self.folders);
        let mut visited: HashMap<PathBuf, Arc<Vec<load::Listed>>> = HashMap::new();
        let listed = load::walk_content(
            root,
            &mut |folder| {
                // The watcher's paths are `/`-separated on every system.
                let reuse = touched.as_ref().is_some_and(|t| {
                    !t.contains(load::relative_path(Path::new(""), folder).as_str())
                });
                let entries = match cached.get(folder) {
                    Some(entries) if reuse => entries.clone(),
                    _ => Arc::new(load::list_folder(root, folder)?),
                };
                visited.insert(folder.to_path_buf(), entries.clone());
                Ok(entries)
            },
            diagnostics,
        )?;
        self.folders = visited;
        Ok(listed)
    }

    /// Reads the listed files the cache lacks or that changed, in parallel, and drops
    /// the ones no longer listed. Returns how many were read.
    fn read_content(
        &mut self,
        listed: &[(String, FileRole)],
        changed: Option<&[String]>,
    ) -> Result<usize, ToolError> {
        let Some(config) = self.config.as_ref().map(|c| &c.config) else {
            return Ok(0);
        };
        // The watcher names files and folders; a file under a named folder changed too.
        let named: HashSet<&str> = changed
            .unwrap_or_default()
            .iter()
            .map(String::as_str)
            .collect();
        let is_named = |rel: &str| {
            let mut path = rel;
            loop {
                if named.contains(path) {
                    return true;
                }
                match path.rsplit_once('/') {
                    Some((parent, _)) => path = parent,
                    None => return false,
                }
            }
        };
        let root = &self.root;
        let files = &self.files;
        let stale: Vec<(&String, FileRole, Option<Stamp>)> = listed
            .par_iter()
            .filter_map(|(rel, role)| {
                let cached = files
                    .get(rel)
                    .filter(|c| c.role == *role && c.stamp.is_some());
                match (cached, changed) {
                    (Some(_), Some(_)) if !is_named(rel) => None,
                    (Some(c), None) => {
                        let stamp = Stamp::of(&root.join(rel));
                        (c.stamp != stamp).then_some((rel, *role, stamp))
                    }
                    _ => Some((rel, *role, Stamp::of(&root.join(rel)))),
                }
            })
            .collect();
        let allow = Allow::new(&config.privacy.allow);
        let read: Vec<Result<(String, CachedFile), ToolError>> = stale
            .par_iter()
            .map(|(rel, role, stamp)| {
                let (load, diagnostics) = load::load_file(root, rel, *role, config, &allow)?;
                Ok((
                    rel.to_string(),
                    CachedFile {
                        role: *role,
                        stamp: *stamp,
                        load,
                        diagnostics,
                    },
                ))
            })
            .collect();
        let count = read.len();
        for result in read {
            let (rel, cached) = result?;
            self.files.insert(rel, cached);
        }
        if self.files.len() > listed.len() {
            let keep: std::collections::HashSet<&str> =
                listed.iter().map(|(rel, _)| rel.as_str()).collect();
            self.files.retain(|rel, _| keep.contains(rel.as_str()));
        }
        Ok(count)
    }

    /// The privacy guard over the output, reading only files whose bytes changed, and of
    /// those only the part around the change. Both the output and what was scanned are
    /// sorted by path, so one walk through both finds what is new, changed or gone.
    fn scan(&mut self, output: &Output, allow: &Allow) -> Vec<Diagnostic> {
        let mut fresh = Vec::new();
        let mut gone: Vec<String> = Vec::new();
        let mut old = self.scanned.iter().peekable();
        for (path, bytes) in &output.files {
            while let Some((p, _)) = old.next_if(|(p, _)| *p < path) {
                gone.push(p.clone());
            }
            match old.next_if(|(p, _)| *p == path) {
                Some((_, seen)) if Arc::ptr_eq(seen.bytes(), bytes) => {}
                seen => fresh.push((path, bytes, seen.map(|(_, s)| s))),
            }
        }
        gone.extend(old.map(|(p, _)| p.clone()));
        // `None` for a file whose bytes turn out the same as those read last time.
        let found: Vec<_> = fresh
            .into_par_iter()
            .map(|(path, bytes, seen)| {
                let scanned = match seen {
                    Some(seen) => seen.rescan(path, bytes),
                    None => Some(ScannedOutput::new(path, bytes)),
                };
                let found = scanned.map(|s| {
                    let hits = s.diagnostics(path, allow);
                    (s, hits)
                });
                (path, found)
            })
            .collect();
        for path in gone {
            self.scanned.remove(&path);
            self.hits.remove(&path);
        }
        for (path, found) in found {
            let Some((scanned, hits)) = found else {
                continue;
            };
            self.scanned.insert(path.clone(), scanned);
            if hits.is_empty() {
                self.hits.remove(path);
            } else {
                self.hits.insert(path.clone(), hits);
            }
        }
        self.hits.values().flatten().cloned().collect()
    }
}
