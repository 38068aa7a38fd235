//! What the preview keeps between rebuilds, and what decides whether it can be reused:
//! the stages themselves run in `build::run_with`, the same as for a one-shot build,
//! with this cache handed in (`build::Caches`).
//!
//! - Load: `site.yaml` is read every time and parsed again only when its bytes changed
//!   (then every content file is read again, since items are typed against it). A folder
//!   of `content/` is listed again when the watcher named it or something in it (files
//!   created, deleted, renamed), and a known file is read and parsed again only when the
//!   watcher named it (or a folder above it), or a file it read besides (the spreadsheet
//!   an item keeps its lines in); the rest comes from the cache, shared. The
//!   theme and `static/` are read again only when the watcher named a path in them. The
//!   watcher reports every change, and says so when it loses events, which empties the
//!   cache. A caller without a watcher passes `None`: then every folder is listed, every
//!   file whose size, modification time or inode changed is read, and the theme and
//!   `static/` are read again.
//! - Check takes from the last run (`CheckMemo`) each unchanged item's own rules and
//!   privacy findings, where it sits (unit, board, page path), and what the rules across
//!   items found per unit, board and funding link: only the groups an edited item was or
//!   is in run again (`check::cross`).
//! - Render reuses every page whose input is unchanged (`render::memo`); templates,
//!   themes and settings are part of every page's input, so a change there renders all.
//! - The privacy scan of the output reads again only files whose bytes changed, and of
//!   those only the stretch around the change (`privacy::ScannedOutput::rescan`).
//!
//! The result is the same as a full build of the same files; `tests/incremental.rs`
//! compares them.

use std::any::Any;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::ToolError;
use crate::build::{self, BuildResult, Caches, Mode};
use crate::check::privacy::{Allow, ScannedOutput};
use crate::check::{self, Board, CheckMemo, Options};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::load::{self, FileLoad, FileRole, Loaded};
use crate::model::Site;
use crate::model::files::{StaticFiles, ThemeFiles};
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
    /// The other files it read (an item's spreadsheet), with their stamps then: the file
    /// is read again when one of them changes.
    reads: Vec<(String, Option<Stamp>)>,
}

/// The theme and `static/` as last read, with what reading the theme found.
struct CachedDesign {
    theme: Arc<ThemeFiles>,
    theme_diagnostics: Vec<Diagnostic>,
    statics: Arc<StaticFiles>,
    /// What reading `static/` found (symbolic links).
    static_diagnostics: Vec<Diagnostic>,
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
    pub stages: [(&'static str, Duration); 4],
    /// What the rebuild made on the way (the site, the board): freed with this value
    /// rather than before it is returned, so the caller can tell browsers to reload first.
    _leftovers: Option<Box<dyn Any + Send>>,
}

/// A site kept in memory between rebuilds.
pub struct Incremental {
    root: PathBuf,
    options: Options,
    /// The watcher's paths for the rebuild under way (see `rebuild`).
    changed: Option<Vec<String>>,
    config: Option<CachedConfig>,
    /// By path (hashed with Fx: looked up for each of some 10,000 files on every save).
    files: FxHashMap<String, CachedFile>,
    /// Each folder's entries as last listed, by path from the root.
    folders: HashMap<PathBuf, Arc<Vec<load::Listed>>>,
    design: Option<CachedDesign>,
    checks: CheckMemo,
    memo: RenderMemo,
    /// Output files as the privacy guard last read them, with what it found before
    /// `privacy.allow` applies, so that a changed file is read only where it changed.
    scanned: BTreeMap<String, ScannedOutput>,
    /// What it found in them, for the files where it found something.
    hits: BTreeMap<String, Vec<Diagnostic>>,
    /// Content files read by the rebuild under way.
    files_read: usize,
    /// What the last run left (see `Rebuild`).
    leftovers: Option<Box<dyn Any + Send>>,
}

impl Incremental {
    /// A cache for the site at `root`, empty until the first `rebuild`.
    pub fn new(root: &Path, options: &Options) -> Incremental {
        Incremental {
            root: root.to_path_buf(),
            options: *options,
            changed: None,
            config: None,
            files: FxHashMap::default(),
            folders: HashMap::new(),
            design: None,
            checks: CheckMemo::new(),
            memo: RenderMemo::new(),
            scanned: BTreeMap::new(),
            hits: BTreeMap::new(),
            files_read: 0,
            leftovers: None,
        }
    }

    /// Forgets everything, so the next rebuild is a full one (the watcher lost events).
    pub fn forget(&mut self) {
        self.config = None;
        self.files.clear();
        self.folders.clear();
        self.design = None;
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
        self.changed = changed.map(<[String]>::to_vec);
        self.files_read = 0;
        let before = self.memo.rendered();
        let (root, options) = (self.root.clone(), self.options);
        // Run on a worker of the thread pool, so that each stage's parallel loop starts
        // at once on this thread instead of waiting for a sleeping worker to be woken
        // (milliseconds each on a busy machine, and a rebuild has several).
        let result =
            rayon::scope(|_| build::run_with(&root, &options, Mode::Render, self, &|_| {}))?;
        let mut stages = [("load", Duration::ZERO); 4];
        for (slot, stage) in stages.iter_mut().zip(&result.stages) {
            *slot = *stage;
        }
        Ok(Rebuild {
            files_read: self.files_read,
            pages_rendered: self.memo.rendered().saturating_sub(before),
            stages,
            _leftovers: self.leftovers.take(),
            result,
        })
    }

    /// The watcher's paths for the rebuild under way.
    fn changed(&self) -> Option<&[String]> {
        self.changed.as_deref()
    }

    /// True when the watcher named a path in one of `folders` (or nobody watched).
    fn touched(&self, folders: &[&str]) -> bool {
        self.changed().is_none_or(|paths| {
            paths.iter().any(|p| {
                let first = p.split('/').next().unwrap_or("");
                folders.contains(&first)
            })
        })
    }

    /// The theme and `static/`, read again when the watcher named a path in them, when
    /// the settings changed, or when nobody watched; kept values are shared, so render
    /// knows the theme unchanged without comparing it.
    fn design(&mut self, config_changed: bool) -> Result<&CachedDesign, ToolError> {
        let config = match &self.config {
            Some(c) => &c.config,
            None => return Err(ToolError::NotASite(self.root.clone())),
        };
        let theme_changed = config_changed || self.touched(&["themes", "templates"]);
        let statics_changed = self.touched(&["static"]);
        let design = match self.design.take() {
            Some(kept) if !theme_changed && !statics_changed => kept,
            kept => {
                let (theme, theme_diagnostics) = match kept.as_ref() {
                    Some(k) if !theme_changed => (k.theme.clone(), k.theme_diagnostics.clone()),
                    _ => {
                        let mut found = Vec::new();
                        let read = load::read_theme(&self.root, config, &mut found)?;
                        // The same files as before are the same value, so that render
                        // keeps the compiled theme without comparing every template.
                        let theme = match kept.as_ref() {
                            Some(k) if *k.theme == read => k.theme.clone(),
                            _ => Arc::new(read),
                        };
                        (theme, found)
                    }
                };
                let (statics, static_diagnostics) = match kept {
                    Some(k) if !statics_changed => (k.statics, k.static_diagnostics),
                    _ => {
                        let mut found = Vec::new();
                        let dir = self.root.join("static");
                        let read = load::read_static(&self.root, &dir, &mut found)?;
                        (Arc::new(read), found)
                    }
                };
                CachedDesign {
                    theme,
                    theme_diagnostics,
                    statics,
                    static_diagnostics,
                }
            }
        };
        Ok(self.design.insert(design))
    }

    /// `site.yaml` and `content/`, each file taken from the cache unless it changed; the
    /// flag tells whether the settings changed. The theme is left empty (see `design`).
    fn load_content(&mut self, changed: Option<&[String]>) -> Result<(bool, Loaded), ToolError> {
        let config_changed = self.config(changed)?;
        let mut diagnostics = Vec::new();
        let listed = self.list_content(changed, &mut diagnostics)?;
        self.files_read = self.read_content(&listed, changed)?;
        let Some(config) = &self.config else {
            return Err(ToolError::NotASite(self.root.clone()));
        };
        let mut all = config.diagnostics.clone();
        all.append(&mut diagnostics);
        let mut loads = Vec::with_capacity(listed.len());
        for (rel, role) in &listed {
            let Some(cached) = self.files.get(rel) else {
                continue;
            };
            all.extend(cached.diagnostics.iter().cloned());
            loads.push((rel.as_str(), *role, &cached.load));
        }
        let loaded = Loaded {
            config: config.config.clone(),
            site: load::assemble(loads),
            theme: Arc::default(),
            statics: Arc::default(),
            diagnostics: all,
        };
        Ok((config_changed, loaded))
    }

    /// `site.yaml`, parsed again only when its bytes changed; a change empties the
    /// content cache, since items are read against the settings. True when it changed.
    fn config(&mut self, changed: Option<&[String]>) -> Result<bool, ToolError> {
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
        Ok(!same)
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
        // A save names one file or a few: comparing with each is cheaper than hashing
        // every folder above each of thousands of files.
        let few: Option<Vec<&str>> = (named.len() <= 16).then(|| named.iter().copied().collect());
        let is_named = |rel: &str| {
            if let Some(few) = &few {
                return few.iter().any(|n| {
                    rel.strip_prefix(n)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
                });
            }
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
        // A file that read others (an item's spreadsheet) changed when one of them did.
        let reads_changed = |c: &CachedFile| {
            c.reads.iter().any(|(path, stamp)| match changed {
                Some(_) => is_named(path),
                None => Stamp::of(&root.join(path)) != *stamp,
            })
        };
        let stale: Vec<(&String, FileRole, Option<Stamp>)> = listed
            .par_iter()
            .filter_map(|(rel, role)| {
                let cached = files
                    .get(rel)
                    .filter(|c| c.role == *role && c.stamp.is_some());
                match (cached, changed) {
                    (Some(c), Some(_)) if !is_named(rel) && !reads_changed(c) => None,
                    (Some(c), None) => {
                        let stamp = Stamp::of(&root.join(rel));
                        (c.stamp != stamp || reads_changed(c)).then_some((rel, *role, stamp))
                    }
                    _ => Some((rel, *role, Stamp::of(&root.join(rel)))),
                }
            })
            .collect();
        let read: Vec<Result<(String, CachedFile), ToolError>> = stale
            .par_iter()
            .map(|(rel, role, stamp)| {
                let read = load::load_file(root, rel, *role, config)?;
                let reads = read
                    .reads
                    .into_iter()
                    .map(|path| {
                        let stamp = Stamp::of(&root.join(&path));
                        (path, stamp)
                    })
                    .collect();
                Ok((
                    rel.to_string(),
                    CachedFile {
                        role: *role,
                        stamp: *stamp,
                        load: read.load,
                        diagnostics: read.diagnostics,
                        reads,
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
    fn scan_output(&mut self, output: &Output, allow: &Allow) -> Vec<Diagnostic> {
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

impl Caches for Incremental {
    fn load(&mut self, _root: &Path) -> Result<Loaded, ToolError> {
        let changed = self.changed.take();
        let loaded = self.load_content(changed.as_deref());
        self.changed = changed;
        let (config_changed, mut loaded) = loaded?;
        let design = self.design(config_changed)?;
        loaded
            .diagnostics
            .extend(design.theme_diagnostics.iter().cloned());
        loaded
            .diagnostics
            .extend(design.static_diagnostics.iter().cloned());
        loaded.theme = design.theme.clone();
        loaded.statics = design.statics.clone();
        Ok(loaded)
    }

    fn check(
        &mut self,
        config: &Config,
        site: &Site,
        options: &Options,
    ) -> (Board, Vec<Diagnostic>) {
        check::check_with(config, site, options, &mut self.checks)
    }

    fn render(
        &mut self,
        loaded: &Loaded,
        board: &Board,
        options: RenderOptions,
    ) -> (Output, Vec<Diagnostic>) {
        render::render_with(
            &loaded.config,
            board,
            &loaded.theme,
            &loaded.statics,
            options,
            &mut self.memo,
        )
    }

    fn scan(&mut self, output: &Output, allow: &Allow) -> Vec<Diagnostic> {
        self.scan_output(output, allow)
    }

    fn leftovers(&mut self, leftovers: Box<dyn Any + Send>) {
        self.leftovers = Some(leftovers);
    }
}
