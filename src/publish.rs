//! Publish: the rendered files in memory -> the output folder, all or nothing.
//!
//! Writes everything into a staging folder beside the output (same parent, so the same
//! filesystem: a rename there is a swap, not a copy), then renames the old output away
//! and the staged one into place. A failure before the swap leaves the old output as it
//! was. It refuses output folders it must not replace: the site root, a folder holding
//! the content, or a non-empty folder without our marker file.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ToolError;
use crate::messages::{MARKER_TEXT, OutputRefusal};

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
}

impl Output {
    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), Arc::from(bytes.into()));
    }
}

/// Checks that `out` may be replaced by a build of the site at `root`.
pub fn check_output_dir(out: &Path, root: &Path) -> Result<(), ToolError> {
    let refuse = |why: OutputRefusal| {
        Err(ToolError::UnsafeOutput {
            path: out.to_path_buf(),
            reason: why.reason(),
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

/// Writes `output` to a staging folder beside `out`, then swaps it in.
pub fn publish(output: &Output, out: &Path, root: &Path) -> Result<(), ToolError> {
    check_output_dir(out, root)?;
    let out = absolute(out)?;
    let parent = out
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".into());
    fs::create_dir_all(&parent).map_err(|e| ToolError::io("create", &parent, e))?;
    let pid = std::process::id();
    let stage = parent.join(format!(".{name}.staging-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    let _ = fs::remove_dir_all(&stage);
    if let Err(e) = write_all(output, &stage) {
        let _ = fs::remove_dir_all(&stage);
        return Err(e);
    }
    let had_old = out.exists();
    if had_old && let Err(e) = fs::rename(&out, &old) {
        let _ = fs::remove_dir_all(&stage);
        return Err(ToolError::io("move aside", &out, e));
    }
    if let Err(e) = fs::rename(&stage, &out) {
        if had_old {
            let _ = fs::rename(&old, &out);
        }
        let _ = fs::remove_dir_all(&stage);
        return Err(ToolError::io("move into place", &out, e));
    }
    if had_old {
        let _ = fs::remove_dir_all(&old);
    }
    Ok(())
}

/// Writes every file under `dir` (which must not exist yet), plus the marker.
fn write_all(output: &Output, dir: &Path) -> Result<(), ToolError> {
    fs::create_dir_all(dir).map_err(|e| ToolError::io("create", dir, e))?;
    for (rel, bytes) in &output.files {
        let path = rel
            .split('/')
            .fold(dir.to_path_buf(), |p, part| p.join(part));
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        fs::write(&path, bytes).map_err(|e| ToolError::io("write", &path, e))?;
    }
    let marker = dir.join(MARKER);
    fs::write(&marker, MARKER_TEXT).map_err(|e| ToolError::io("write", &marker, e))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
