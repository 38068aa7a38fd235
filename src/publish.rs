//! Publish: the rendered files in memory -> the output folder, all or nothing.
//!
//! Writes everything into a staging folder beside the output (same parent, so the same
//! filesystem: a rename there is a swap, not a copy), then swaps it in. On Linux the swap
//! is one atomic step (`renameat2` with `RENAME_EXCHANGE`), so the output folder always
//! exists and holds either the old build or the new one, even if the build is killed;
//! elsewhere (or on a filesystem without the exchange) it is two renames, with a moment
//! between them when the output folder is missing. A failure before the swap leaves the
//! old output as it was. Each publish first removes what killed builds left beside the
//! output (staging and old folders whose process is gone). It refuses output folders it
//! must not replace: the site root, a folder holding the content, or a non-empty folder
//! without our marker file.

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

/// The folders of a site that a build reads: an output inside one would be read back in.
pub const INPUT_FOLDERS: &[&str] = &["content", "static", "templates", "themes"];

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
    remove_leftovers(&parent, &name);
    let pid = std::process::id();
    let stage = parent.join(format!(".{name}.staging-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    if let Err(e) = write_all(output, &stage) {
        let _ = fs::remove_dir_all(&stage);
        return Err(e);
    }
    swap_in(&stage, &out, &old)
}

/// Moves the staged tree to `out` and removes the tree it replaces.
fn swap_in(stage: &Path, out: &Path, old: &Path) -> Result<(), ToolError> {
    if !out.exists() {
        return fs::rename(stage, out).map_err(|e| {
            let _ = fs::remove_dir_all(stage);
            ToolError::io("move into place", out, e)
        });
    }
    match exchange(stage, out) {
        Ok(true) => {
            // The staging name now holds the old tree.
            let _ = fs::remove_dir_all(stage);
            return Ok(());
        }
        Ok(false) => {}
        Err(e) => {
            let _ = fs::remove_dir_all(stage);
            return Err(ToolError::io("swap in", out, e));
        }
    }
    // No atomic exchange here: two renames, with a moment between them when `out` is
    // missing (the README says so).
    if let Err(e) = fs::rename(out, old) {
        let _ = fs::remove_dir_all(stage);
        return Err(ToolError::io("move aside", out, e));
    }
    if let Err(e) = fs::rename(stage, out) {
        let _ = fs::rename(old, out);
        let _ = fs::remove_dir_all(stage);
        return Err(ToolError::io("move into place", out, e));
    }
    let _ = fs::remove_dir_all(old);
    Ok(())
}

/// Swaps the folders `a` and `b` in one atomic step. `Ok(false)` when this system or
/// filesystem cannot, so the caller falls back to two renames.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are NUL-terminated strings that outlive the call; the raw
    // system call (not glibc's wrapper) works with any C library version.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        return Ok(true);
    }
    let error = std::io::Error::last_os_error();
    match error.raw_os_error() {
        // An old kernel, or a filesystem without the exchange (some network shares).
        Some(libc::ENOSYS | libc::EINVAL | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

/// Removes the staging and old folders of `name` that killed builds left in `parent`.
/// Best effort: a leftover that cannot be removed now is tried again next time.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let staging = format!(".{name}.staging-");
    let old = format!(".{name}.old-");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let Some(pid) = file_name
            .strip_prefix(&staging)
            .or_else(|| file_name.strip_prefix(&old))
            .filter(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let path = entry.path();
        if pid == std::process::id() || abandoned(&path, pid) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// True when the build that made the leftover at `path` is no longer running.
#[cfg(unix)]
fn abandoned(_path: &Path, pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 sends nothing; it only asks whether the process exists.
    if unsafe { libc::kill(pid, 0) } == 0 {
        return false;
    }
    // EPERM: it exists, run by another user.
    std::io::Error::last_os_error().raw_os_error() != Some(libc::EPERM)
}

/// Without a cheap way to ask whether a process runs, a leftover untouched for an hour
/// (far longer than any build writes) counts as abandoned.
#[cfg(not(unix))]
fn abandoned(path: &Path, _pid: u32) -> bool {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_secs(3600))
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
}
