//! The preview's watcher: which saves matter, and when a burst of them is over.
//!
//! notify reports every change under the site's source folders and `site.yaml`; this
//! module drops editor leftovers and paths outside the sources (the output above all),
//! waits until the files have been still for a moment, and hands the batch on as
//! [`Changes`]. It knows nothing of builds: the caller decides what a batch means.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use notify::RecursiveMode;

use crate::ToolError;
use crate::load::is_ignored;

/// The folders and files whose changes trigger a rebuild (never the output).
const WATCHED: &[&str] = &["content", "templates", "themes", "static"];
/// How long the files must stay still before a rebuild starts: an editor's save (write a
/// temporary file, rename it over the old one) and a script's burst of writes are one
/// change.
const QUIET: Duration = Duration::from_millis(20);
/// A rebuild starts at the latest this long after the first change, even if changes keep
/// coming, so a long burst still shows progress.
const MAX_WAIT: Duration = Duration::from_secs(1);

/// The relative paths among `paths` that matter for a rebuild: `site.yaml` and the
/// source folders, without the files `load` ignores (editor leftovers among them).
fn relevant_changes(root: &Path, paths: &[PathBuf]) -> Vec<String> {
    let mut changed: Vec<String> = paths
        .iter()
        .filter_map(|p| p.strip_prefix(root).ok())
        .map(|p| crate::load::relative_path(Path::new(""), p))
        .filter(|rel| {
            let first = rel.split('/').next().unwrap_or("");
            let name = rel.rsplit('/').next().unwrap_or("");
            (rel == "site.yaml" || WATCHED.contains(&first)) && !is_ignored(name)
        })
        .collect();
    changed.sort();
    changed.dedup();
    changed
}

/// What the watcher saw in one quiet spell.
pub(super) struct Changes {
    /// Changed paths relative to the root, editor leftovers left out.
    pub(super) paths: Vec<String>,
    /// The watcher lost events (its queue overflowed): anything may have changed.
    pub(super) rescan: bool,
}

/// What the notify callback passes on.
enum Seen {
    Paths(Vec<PathBuf>),
    Rescan,
}

/// The site's watcher. It is started before the first build, so a save made while that
/// build runs is not missed but starts the next one.
pub(super) struct SiteWatcher {
    root: PathBuf,
    watcher: notify::RecommendedWatcher,
    rx: Receiver<Seen>,
    /// Each watched folder with the identity it had when watched: a folder deleted and
    /// made again (or renamed away and back) is a new folder and needs a new watch.
    watched: Vec<(&'static str, Option<FolderId>)>,
}

impl SiteWatcher {
    /// Watches `root` itself (for `site.yaml` and folders made later) and its source
    /// folders. Only creations, modifications and removals count: reads (our own
    /// rebuild reading the files) must not trigger another rebuild.
    pub(super) fn start(root: &Path) -> Result<SiteWatcher, ToolError> {
        use notify::{EventKind, Watcher};
        let (tx, rx) = mpsc::channel::<Seen>();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            let seen = match res {
                Ok(event) if event.need_rescan() => Seen::Rescan,
                Ok(event) if !matches!(event.kind, EventKind::Access(_) | EventKind::Other) => {
                    Seen::Paths(event.paths)
                }
                Ok(_) => return,
                Err(_) => Seen::Rescan,
            };
            let _ = tx.send(seen);
        })
        .map_err(|e| watch_error(root, e))?;
        let root = root
            .canonicalize()
            .map_err(|e| ToolError::io("open", root, e))?;
        watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|e| watch_error(&root, e))?;
        let mut site = SiteWatcher {
            root,
            watcher,
            rx,
            watched: Vec::new(),
        };
        site.watch_folders();
        Ok(site)
    }

    /// Watches the source folders that exist and are not watched yet (or were made anew).
    fn watch_folders(&mut self) {
        use notify::Watcher;
        for name in WATCHED {
            let dir = self.root.join(name);
            let id = folder_id(&dir);
            match self.watched.iter().position(|(n, _)| n == name) {
                Some(i) if self.watched[i].1 == id => continue,
                Some(i) => {
                    let _ = self.watcher.unwatch(&dir);
                    self.watched.remove(i);
                }
                None => {}
            }
            if id.is_some() && self.watcher.watch(&dir, RecursiveMode::Recursive).is_ok() {
                self.watched.push((name, id));
            }
        }
    }

    /// Calls `on_change` after each quiet spell with what changed, until the watcher stops.
    pub(super) fn run(mut self, mut on_change: impl FnMut(Changes)) {
        while let Ok(first) = self.rx.recv() {
            let started = Instant::now();
            let mut paths = Vec::new();
            let mut rescan = false;
            let mut take = |seen: Seen| match seen {
                Seen::Paths(p) => paths.extend(p),
                Seen::Rescan => rescan = true,
            };
            take(first);
            // Editors save in several steps and people save in bursts: wait for a
            // quiet spell.
            while started.elapsed() < MAX_WAIT
                && let Ok(more) = self.rx.recv_timeout(QUIET)
            {
                take(more);
            }
            self.watch_folders();
            let changed = relevant_changes(&self.root, &paths);
            if !changed.is_empty() || rescan {
                on_change(Changes {
                    paths: changed,
                    rescan,
                });
            }
        }
    }
}

/// What tells one folder from another that later takes its name.
type FolderId = (u64, u64);

/// The identity of `dir` now, `None` when it is not a folder (or is gone).
fn folder_id(dir: &Path) -> Option<FolderId> {
    let meta = std::fs::metadata(dir).ok().filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

/// A failure to watch `root`, as the tool error `serve` and `watch` print.
fn watch_error(root: &Path, e: notify::Error) -> ToolError {
    ToolError::Io {
        action: "watch",
        path: root.to_path_buf(),
        detail: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_site_sources_trigger_rebuilds() {
        let root = Path::new("/site");
        let paths = [
            PathBuf::from("/site/content/a.yaml"),
            PathBuf::from("/site/public/index.html"),
            PathBuf::from("/site/site.yaml"),
            PathBuf::from("/site/target/x"),
        ];
        assert_eq!(
            relevant_changes(root, &paths),
            vec!["content/a.yaml".to_string(), "site.yaml".to_string()]
        );
    }

    #[test]
    fn editor_leftovers_are_not_changes() {
        let root = Path::new("/site");
        let paths: Vec<PathBuf> = [
            "content/.a.md.swp",
            "content/4913",
            "content/a.md~",
            "content/~$report.docx",
            "content/.~lock.report.docx#",
            "content/upload.tmp",
            "content/#a.md#",
            "content/a.md",
        ]
        .iter()
        .map(|p| root.join(p))
        .collect();
        assert_eq!(
            relevant_changes(root, &paths),
            vec!["content/a.md".to_string()]
        );
    }

    /// The files load reads and the saves the watcher passes on are the same: a file is
    /// either published and watched, or neither.
    #[test]
    fn load_and_watcher_agree_on_what_is_content() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let names = [
            "a.md",
            "b.yaml",
            "report.pdf",
            "x.bak",
            "x.BAK",
            "a.md~",
            ".#a.md",
            "#a.md#",
            "#1.pdf",
            "a.swp",
            "upload.tmp",
            "~$report.xlsx",
            "Thumbs.db",
            "desktop.ini",
            ".DS_Store",
            "4913",
            "report.pdf.part",
        ];
        let mut paths = Vec::new();
        for folder in ["content", "static"] {
            std::fs::create_dir_all(root.join(folder)).unwrap();
            for name in names {
                let path = root.join(folder).join(name);
                std::fs::write(&path, "x").unwrap();
                paths.push(path);
            }
        }
        let watched = relevant_changes(root, &paths);
        let mut diagnostics = Vec::new();
        let mut loaded: Vec<String> = crate::load::list_content(root, &mut diagnostics)
            .unwrap()
            .into_iter()
            .map(|(rel, _)| rel)
            .chain(
                diagnostics
                    .iter()
                    .filter_map(|d| Some(d.location.as_ref()?.path.clone())),
            )
            .chain(
                crate::load::files_under(root, &root.join("static"), &mut Vec::new())
                    .unwrap()
                    .iter()
                    .map(|p| crate::load::relative_path(root, p)),
            )
            .collect();
        loaded.sort();
        assert_eq!(watched, loaded);
        assert!(watched.contains(&"content/a.md".to_string()));
        assert!(!watched.contains(&"content/x.bak".to_string()));
    }
}
