//! Publish: the rendered files -> the output folder.
//!
//! Render hands each file to a `Sink` as it is made (`sink`): kept in memory (`Memory`,
//! the `Output` the preview serves), or written straight into a build's staging folder
//! (`stage::Stage`, for `build` and `publish DEST`), so a one-shot build never holds the
//! whole site.
//!
//! `publish` (for `build`) is all or nothing: the whole build is staged beside the output
//! and swapped in (`swap`), unless the folder already holds exactly this build, which is
//! then left alone. `publish_changes` (for `watch`) writes only the files that changed
//! since its last publish, each renamed into place (`update`). `dest` (for `gongkai
//! publish DEST`, a folder on the intranet server) brings a folder to a build file by
//! file, with a journal so an interrupted run is completed by the next. All keep a
//! content hash of every file in the marker file (`manifest`); `release` adds
//! `version.json` to a build. Output folders gongkai must not replace are refused: the
//! site root, a folder holding the content, a folder inside the site's inputs, or a
//! non-empty folder without our marker file.

pub mod dest;
mod manifest;
mod release;
mod sink;
mod stage;
mod swap;
mod update;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ToolError;
use crate::messages::OutputRefusal;
pub use manifest::hash as content_hash;
use manifest::{Hash, Manifest};
pub use release::{BuildInfo, Release, VERSION_FILE, Version};
pub use sink::{Memory, Order, Sink};
pub use stage::{Guard, GuardRead, Stage, StageSink};

/// Name of the marker file that says "gongkai wrote this folder".
pub const MARKER: &str = ".gongkai-output";

/// Every output file: `/`-separated relative path -> bytes.
///
/// The bytes are shared so the preview can keep a page from one rebuild to the next, and
/// hand the whole site to the HTTP side, without copying it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// Files by path.
    pub files: BTreeMap<String, Arc<[u8]>>,
    /// Each published item's 核验码 by content path: not a file, but what `record` writes
    /// into `published.yaml` and the check of that file compares.
    pub fingerprints: BTreeMap<String, String>,
}

impl Output {
    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), Arc::from(bytes.into()));
    }
}

/// The folders of a site that a build reads: an output inside one would be read back in.
pub const INPUT_FOLDERS: &[&str] = &["content", "static", "templates", "themes"];

/// Checks that `out` may be replaced by a build of the site at `root`.
pub fn check_output_dir(out: &Path, root: &Path) -> Result<(), ToolError> {
    let refuse = |why: OutputRefusal| {
        Err(ToolError::UnsafeOutput {
            path: out.to_path_buf(),
            reason: why,
        })
    };
    let root = root
        .canonicalize()
        .map_err(|e| ToolError::io("open", root, e))?;
    let out_abs = absolute(out)?;
    if out_abs == root {
        return refuse(OutputRefusal::SiteItself);
    }
    if root.starts_with(&out_abs) {
        return refuse(OutputRefusal::ContainsSite);
    }
    check_outside_inputs(out, &out_abs, &root)?;
    if !out_abs.exists() {
        return Ok(());
    }
    if !out_abs.is_dir() {
        return refuse(OutputRefusal::IsAFile);
    }
    if out_abs.join("content").exists() || out_abs.join("site.yaml").exists() {
        return refuse(OutputRefusal::LooksLikeASite);
    }
    let empty = fs::read_dir(&out_abs)
        .map_err(|e| ToolError::io("read", &out_abs, e))?
        .next()
        .is_none();
    if !empty && !out_abs.join(MARKER).is_file() {
        return refuse(OutputRefusal::NotOurs);
    }
    Ok(())
}

/// Refuses an output folder in one of the site's input folders (or one of them itself):
/// every build would publish the last one's output again, and `watch` would rebuild
/// itself forever.
fn check_outside_inputs(out: &Path, out_abs: &Path, root: &Path) -> Result<(), ToolError> {
    for input in INPUT_FOLDERS {
        let dir = root.join(input);
        let real = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if out_abs.starts_with(&dir) || out_abs.starts_with(&real) {
            return Err(ToolError::OutputInsideInput {
                path: out.to_path_buf(),
                input,
            });
        }
    }
    Ok(())
}

/// The absolute form of `path`, resolving what exists of it.
fn absolute(path: &Path) -> Result<PathBuf, ToolError> {
    if let Ok(p) = path.canonicalize() {
        return Ok(p);
    }
    let abs = std::path::absolute(path).map_err(|e| ToolError::io("resolve", path, e))?;
    match (abs.parent(), abs.file_name()) {
        (Some(parent), Some(name)) => Ok(parent
            .canonicalize()
            .unwrap_or_else(|_| parent.to_path_buf())
            .join(name)),
        _ => Ok(abs),
    }
}

/// What a publish did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Files written.
    pub written: usize,
    /// Files taken over from the last publish without writing them (hard links).
    pub linked: usize,
    /// Files removed (by `publish_changes`; `publish` replaces the whole folder).
    pub removed: usize,
    /// The folder already held this build; nothing was touched.
    pub unchanged: bool,
}

/// What the output folder holds after a publish: each file's bytes and hash, kept by
/// `watch` so that its next publish writes only what changed.
#[derive(Clone, Debug, Default)]
pub struct Published {
    files: BTreeMap<String, (Arc<[u8]>, Hash)>,
}

/// Publishes `output` to `out` all or nothing: staged beside it, then swapped in. A
/// folder that already holds exactly this build (every file listed in its marker with
/// the same hash, and there with the same size) is left alone.
pub fn publish(output: &Output, out: &Path, root: &Path) -> Result<Report, ToolError> {
    publish_hashed(output, &Manifest::of(output), out, root)
}

/// Publishes `release` to `out` like `publish` (for `build`). A release made in a
/// staging folder (`Stage::release`) is swapped in for the folder it was staged beside,
/// which must be `out`.
pub fn publish_release(release: &Release, out: &Path, root: &Path) -> Result<Report, ToolError> {
    match &release.stage {
        Some(stage) => {
            check_output_dir(out, root)?;
            stage.publish(&release.manifest)
        }
        None => publish_hashed(&release.output, &release.manifest, out, root),
    }
}

fn publish_hashed(
    output: &Output,
    manifest: &Manifest,
    out: &Path,
    root: &Path,
) -> Result<Report, ToolError> {
    check_output_dir(out, root)?;
    let out = absolute(out)?;
    let old = Manifest::read(&out);
    // A publish to this folder that was cut short (`dest`) may have left files of another
    // build beside those the marker lists: then the folder is replaced whatever it says.
    let interrupted = out.join(dest::JOURNAL).exists();
    if old.as_ref() == Some(manifest) && !interrupted && sizes_match(output, &out) {
        return Ok(Report {
            unchanged: true,
            ..Report::default()
        });
    }
    let (written, linked) = swap::publish_whole(output, manifest, old.as_ref(), &out)?;
    Ok(Report {
        written,
        linked,
        ..Report::default()
    })
}

/// Publishes `output` to `out` writing only what changed since `last` (what this process
/// published there before); without `last`, publishes all or nothing like `publish`.
/// Returns what `out` holds now, for the next call.
pub fn publish_changes(
    output: &Output,
    out: &Path,
    root: &Path,
    last: Option<&Published>,
) -> Result<(Published, Report), ToolError> {
    check_output_dir(out, root)?;
    let out_abs = absolute(out)?;
    match last {
        Some(last) if out_abs.join(MARKER).is_file() => {
            update::update_in_place(output, last, &out_abs)
        }
        _ => {
            let manifest = Manifest::of(output);
            let report = publish_hashed(output, &manifest, out, root)?;
            let files = output
                .files
                .iter()
                .map(|(path, bytes)| {
                    let hash = manifest.files.get(path).cloned().unwrap_or_default();
                    (path.clone(), (bytes.clone(), hash))
                })
                .collect();
            Ok((Published { files }, report))
        }
    }
}

/// True when every file of `output` is in `out` with its size (a cheap guard against
/// files removed or cut short by hand since the last publish).
fn sizes_match(output: &Output, out: &Path) -> bool {
    use rayon::prelude::*;
    output.files.par_iter().all(|(rel, bytes)| {
        fs::metadata(file_path(out, rel)).is_ok_and(|m| m.len() == bytes.len() as u64)
    })
}

/// The path of the output file `rel` (`/`-separated) under `dir`.
fn file_path(dir: &Path, rel: &str) -> PathBuf {
    rel.split('/')
        .fold(dir.to_path_buf(), |p, part| p.join(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(windows)]
    fn paths_under_a_unc_share_are_joined_by_parts() {
        let dest = Path::new(r"\\server\share\board");
        assert_eq!(
            file_path(dest, "list/通知/index.html"),
            PathBuf::from(r"\\server\share\board\list\通知\index.html")
        );
    }

    #[test]
    fn refuses_root_and_foreign_folders() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::write(root.join("site.yaml"), "title: t\n").unwrap();
        fs::create_dir(root.join("content")).unwrap();
        assert!(check_output_dir(root, root).is_err());
        assert!(check_output_dir(&root.join(".."), root).is_err());
        let foreign = root.join("docs");
        fs::create_dir(&foreign).unwrap();
        fs::write(foreign.join("report.docx"), "x").unwrap();
        assert!(check_output_dir(&foreign, root).is_err());
        assert!(check_output_dir(&root.join("public"), root).is_ok());
    }

    #[test]
    fn refuses_output_inside_the_inputs() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::write(root.join("site.yaml"), "title: t\n").unwrap();
        fs::create_dir(root.join("content")).unwrap();
        for (out, input) in [
            ("content", "content"),
            ("content/public", "content"),
            ("static/out", "static"),
            ("templates/x/y", "templates"),
            ("themes/public", "themes"),
        ] {
            match check_output_dir(&root.join(out), root) {
                Err(ToolError::OutputInsideInput { input: found, .. }) => {
                    assert_eq!(found, input, "{out}")
                }
                other => panic!("{out}: {other:?}"),
            }
        }
        assert!(check_output_dir(&root.join("contents"), root).is_ok());
        assert!(check_output_dir(&root.join("public/static"), root).is_ok());
    }

    #[test]
    fn publish_replaces_whole_folder() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let out = root.join("public");
        let mut first = Output::default();
        first.insert("a/index.html", "one");
        first.insert("old.html", "old");
        publish(&first, &out, root).unwrap();
        let mut second = Output::default();
        second.insert("a/index.html", "two");
        publish(&second, &out, root).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
        assert!(!out.join("old.html").exists());
        assert!(out.join(MARKER).is_file());
        let leftovers: Vec<_> = fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }

    #[cfg(unix)]
    fn inode(path: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).unwrap().ino()
    }

    fn site() -> (tempfile::TempDir, PathBuf) {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        (site, out)
    }

    fn output(pages: &[(&str, &str)]) -> Output {
        let mut output = Output::default();
        for (path, text) in pages {
            output.insert(*path, *text);
        }
        output
    }

    #[test]
    #[cfg(unix)]
    fn an_unchanged_build_leaves_the_folder_alone() {
        let (site, out) = site();
        let build = output(&[("index.html", "home"), ("a/index.html", "a")]);
        let first = publish(&build, &out, site.path()).unwrap();
        assert_eq!((first.written, first.unchanged), (2, false));
        let (folder, page) = (inode(&out), inode(&out.join("a/index.html")));
        let second = publish(&build, &out, site.path()).unwrap();
        assert!(second.unchanged, "{second:?}");
        assert_eq!(
            (inode(&out), inode(&out.join("a/index.html"))),
            (folder, page)
        );
        // A file removed by hand is noticed and the build published again.
        fs::remove_file(out.join("a/index.html")).unwrap();
        let third = publish(&build, &out, site.path()).unwrap();
        assert!(!third.unchanged);
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "a");
    }

    #[test]
    #[cfg(unix)]
    fn a_changed_build_links_the_files_it_keeps() {
        let (site, out) = site();
        publish(
            &output(&[("index.html", "home"), ("a/index.html", "a")]),
            &out,
            site.path(),
        )
        .unwrap();
        let kept = inode(&out.join("a/index.html"));
        let report = publish(
            &output(&[("index.html", "new home"), ("a/index.html", "a")]),
            &out,
            site.path(),
        )
        .unwrap();
        assert_eq!((report.written, report.linked), (1, 1));
        assert_eq!(inode(&out.join("a/index.html")), kept);
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "new home"
        );
    }

    #[test]
    fn watch_writes_only_what_changed() {
        let (site, out) = site();
        let first = output(&[
            ("index.html", "home"),
            ("a/index.html", "a"),
            ("b/x.css", "b"),
        ]);
        let (published, report) = publish_changes(&first, &out, site.path(), None).unwrap();
        assert_eq!(report.written, 3);
        let second = output(&[
            ("index.html", "home"),
            ("a/index.html", "a2"),
            ("c/y.js", "c"),
        ]);
        let (published, report) =
            publish_changes(&second, &out, site.path(), Some(&published)).unwrap();
        assert_eq!((report.written, report.removed), (2, 1));
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "a2");
        assert!(!out.join("b").exists(), "an emptied folder goes too");
        assert!(!out.join(update::TEMP_FOR_TESTS).exists());
        // The manifest matches the folder, so a later `build` of the same finds it unchanged.
        assert_eq!(Manifest::read(&out), Some(Manifest::of(&second)));
        let (_, report) = publish_changes(&second, &out, site.path(), Some(&published)).unwrap();
        assert!(report.unchanged);
        assert!(publish(&second, &out, site.path()).unwrap().unchanged);
    }
}
