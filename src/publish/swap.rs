//! Publishing a whole build in one step: every file into a staging folder beside the
//! output (same parent, so the same filesystem: a rename there is a swap, not a copy),
//! then the swap. On Linux the swap is one atomic step (`renameat2` with
//! `RENAME_EXCHANGE`), so the output folder always exists and holds either the old build
//! or the new one, even if the build is killed; elsewhere (or on a filesystem without the
//! exchange) it is two renames, with a moment between them when the output folder is
//! missing. Files the last publish wrote with the same bytes are hard-linked into the
//! staging folder rather than written again. Each publish first removes what killed
//! builds left beside the output (staging and old folders whose process is gone).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::manifest::Manifest;
use super::{MARKER, Output, file_path};
use crate::ToolError;

/// Writes `output` to a staging folder beside `out` (the absolute output folder), then
/// swaps it in. `old` is the manifest of what `out` holds now. Returns how many files
/// were written and how many linked.
pub(super) fn publish_whole(
    output: &Output,
    manifest: &Manifest,
    old: Option<&Manifest>,
    out: &Path,
) -> Result<(usize, usize), ToolError> {
    prepare_parent(out)?;
    let pid = std::process::id();
    let stage = staging_path(out, pid);
    let counts = match write_stage(output, manifest, old, out, &stage) {
        Ok(counts) => counts,
        Err(e) => {
            let _ = fs::remove_dir_all(&stage);
            return Err(e);
        }
    };
    swap_in(&stage, out, &old_path(out, pid))?;
    Ok(counts)
}

/// The parent folder of `out` (absolute) and the output folder's name in it.
fn parent_and_name(out: &Path) -> (PathBuf, String) {
    let parent = out
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".into());
    (parent, name)
}

/// The staging folder of the build `pid` for the output folder `out` (absolute).
pub(super) fn staging_path(out: &Path, pid: u32) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.staging-{pid}"))
}

/// Where the build `pid` moves the old output aside when it cannot swap in one step.
pub(super) fn old_path(out: &Path, pid: u32) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.old-{pid}"))
}

/// Creates the parent folder of `out` (absolute) and removes what killed builds left
/// there, before a staging folder is made in it.
pub(super) fn prepare_parent(out: &Path) -> Result<(), ToolError> {
    let (parent, name) = parent_and_name(out);
    fs::create_dir_all(&parent).map_err(|e| ToolError::io("create", &parent, e))?;
    remove_leftovers(&parent, &name);
    Ok(())
}

/// Moves the staged tree to `out` and removes the tree it replaces.
pub(super) fn swap_in(stage: &Path, out: &Path, old: &Path) -> Result<(), ToolError> {
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

/// Writes every file under `stage` (which must not exist yet), in parallel, plus the
/// marker with `manifest`; a file whose hash `old` lists the same is hard-linked from
/// `out` instead of written (written after all where linking fails, as on some shares).
fn write_stage(
    output: &Output,
    manifest: &Manifest,
    old: Option<&Manifest>,
    out: &Path,
    stage: &Path,
) -> Result<(usize, usize), ToolError> {
    fs::create_dir_all(stage).map_err(|e| ToolError::io("create", stage, e))?;
    let linked = AtomicUsize::new(0);
    output.files.par_iter().try_for_each(|(rel, bytes)| {
        let path = file_path(stage, rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        let same = old
            .and_then(|o| o.files.get(rel))
            .is_some_and(|h| manifest.files.get(rel) == Some(h));
        if same && fs::hard_link(file_path(out, rel), &path).is_ok() {
            linked.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        fs::write(&path, bytes).map_err(|e| ToolError::io("write", &path, e))
    })?;
    let marker = stage.join(MARKER);
    fs::write(&marker, manifest.marker_text()).map_err(|e| ToolError::io("write", &marker, e))?;
    let linked = linked.into_inner();
    Ok((output.files.len() - linked, linked))
}
