//! A build's staging folder as the sink of its render: each file is written there as soon
//! as it is made, read by the privacy guard there and then, and forgotten but for its
//! size, its hash and what the guard found, so a one-shot build never holds the whole
//! site in memory. Once the build is good, `version.json` and the marker go in and the
//! folder is swapped in for the output (`swap`); otherwise (or when the build already
//! is the output) the folder is removed, when the `Stage` is dropped at the latest.
//!
//! The folder sits beside the output (same parent, so a rename is a swap, not a copy)
//! and is named like `swap`'s, so that what a killed build left is removed by the next.
//! A file the output holds already with the same hash and size is not written: it is
//! taken over from there (hard-linked) only when the build is swapped in, so a rebuild
//! that changed nothing touches no file and creates no folder entries at all.
//!
//! Must not: decide what to scan for (the caller hands in the guard) or publish anywhere
//! but the output it was made beside (`gongkai publish DEST` copies from it).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::manifest::{Hash, Hashing, Manifest, hash};
use super::release::{BuildInfo, Release};
use super::sink::{Order, Sink};
use super::{MARKER, Report, absolute, file_path, swap};
use crate::ToolError;
use crate::diagnostic::Diagnostic;

/// The privacy guard over the output files (`build` hands in `check::privacy`'s).
pub trait Guard: Sync {
    /// What it finds in `bytes`, the whole file `path`.
    fn scan(&self, path: &str, bytes: &[u8]) -> Vec<Diagnostic>;

    /// A reader of the file `path`, fed its bytes in order as they are written.
    fn reader<'s>(&'s self, path: &str) -> Box<dyn GuardRead + 's>;
}

/// The guard reading one file as it is written (see `Guard::reader`): in the end the
/// same as `Guard::scan` of the whole file.
pub trait GuardRead {
    /// Reads the next bytes.
    fn feed(&mut self, bytes: &[u8]);

    /// What it found; `reread` gives the whole file, for the guard to ask when it must.
    fn finish(self: Box<Self>, reread: &mut dyn FnMut() -> Vec<u8>) -> Vec<Diagnostic>;
}

/// A file written piece by piece (`Sink::put_written`) is held in memory up to this
/// size, then written out as it comes: a site's usual pages are taken like any other
/// file, a page as large as a ledger is never held whole.
const SPILL: usize = 1 << 20;

/// Once written out, a file goes to disk, the hash and the guard in pieces of about this.
const PIECE: usize = 256 << 10;

/// A build's staging folder and what was put there.
#[derive(Debug)]
pub struct Stage {
    /// The output folder it is swapped in for (absolute).
    out: PathBuf,
    /// The staging folder.
    dir: PathBuf,
    /// The manifest of what the output folder holds now.
    old: Option<Manifest>,
    /// Every file put, by path.
    files: Mutex<BTreeMap<String, Staged>>,
    /// The first file that could not be written.
    failed: Mutex<Option<ToolError>>,
    /// Files taken over from the output by a hard link rather than written.
    linked: AtomicUsize,
}

/// What is kept of a file put into the stage.
#[derive(Debug)]
struct Staged {
    size: u64,
    /// Its hash; `None` when it was not written (the build had errors already).
    hash: Option<Hash>,
    /// What the privacy guard found in it.
    found: Vec<Diagnostic>,
    /// Not written: the output holds it already, to be taken over when swapping in.
    deferred: bool,
}

impl Stage {
    /// A stage for a build to be published to `out`, beside it; nothing is created yet.
    pub fn beside(out: &Path) -> Result<Stage, ToolError> {
        let out = absolute(out)?;
        let dir = swap::staging_path(&out, std::process::id());
        Ok(Stage {
            old: Manifest::read(&out),
            out,
            dir,
            files: Mutex::new(BTreeMap::new()),
            failed: Mutex::new(None),
            linked: AtomicUsize::new(0),
        })
    }

    /// The sink a render puts the build's files into. With `guard` each file is written
    /// into the staging folder (created now, after what killed builds left beside the
    /// output is removed), hashed and read by the guard; without (the build has errors
    /// already and will not be published) only each file's size is kept.
    pub fn sink<'a>(&'a self, guard: Option<&'a dyn Guard>) -> Result<StageSink<'a>, ToolError> {
        if guard.is_some() {
            swap::prepare_parent(&self.out)?;
            fs::create_dir_all(&self.dir).map_err(|e| ToolError::io("create", &self.dir, e))?;
        }
        Ok(StageSink { stage: self, guard })
    }

    /// The first file that could not be written, taken.
    pub fn failure(&self) -> Option<ToolError> {
        lock(&self.failed).take()
    }

    /// What the privacy guard found, file by file in path order.
    pub fn found(&self) -> Vec<Diagnostic> {
        let files = lock(&self.files);
        files
            .values()
            .flat_map(|f| f.found.iter().cloned())
            .collect()
    }

    /// The number of HTML pages put.
    pub fn page_count(&self) -> usize {
        let files = lock(&self.files);
        files.keys().filter(|k| k.ends_with(".html")).count()
    }

    /// The size of the file `path`, when it was put.
    pub(crate) fn size(&self, path: &str) -> Option<u64> {
        lock(&self.files).get(path).map(|f| f.size)
    }

    /// The bytes of the file `path` as staged (in the output, when taken over from there).
    pub(crate) fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        let deferred = lock(&self.files).get(path).is_some_and(|f| f.deferred);
        let dir = if deferred { &self.out } else { &self.dir };
        fs::read(file_path(dir, path))
    }

    /// The release of what was put: `version.json` written beside the files, and the
    /// manifest of them all.
    pub fn release(self, info: &BuildInfo) -> Result<Release, ToolError> {
        if let Some(e) = self.failure() {
            return Err(e);
        }
        // A `version.json` of the site's own gives way to the build's.
        let mut manifest = Manifest {
            files: hashes(&lock(&self.files)),
        };
        let (json, version) = Release::version_json(&mut manifest, info);
        let path = file_path(&self.dir, super::VERSION_FILE);
        // Removed first: it may be a link into the live output.
        let _ = fs::remove_file(&path);
        fs::write(&path, &json).map_err(|e| ToolError::io("write", &path, e))?;
        let staged = Staged {
            size: json.len() as u64,
            hash: manifest.files.get(super::VERSION_FILE).cloned(),
            found: Vec::new(),
            deferred: false,
        };
        lock(&self.files).insert(super::VERSION_FILE.into(), staged);
        Ok(Release::staged(self, manifest, version))
    }

    /// Swaps the staged build in for the output folder (see `publish::publish_release`):
    /// unless the output already holds exactly this build, which is then left alone.
    pub(crate) fn publish(&self, manifest: &Manifest) -> Result<Report, ToolError> {
        let out = &self.out;
        // A publish to this folder that was cut short (`dest`) may have left files of
        // another build beside those the marker lists: then it is replaced whatever the
        // marker says.
        let interrupted = out.join(super::dest::JOURNAL).exists();
        let same = self.old.as_ref() == Some(manifest) && !interrupted;
        if same && self.sizes_match() {
            let _ = fs::remove_dir_all(&self.dir);
            return Ok(Report {
                unchanged: true,
                ..Report::default()
            });
        }
        self.take_over()?;
        let marker = self.dir.join(MARKER);
        fs::write(&marker, manifest.marker_text())
            .map_err(|e| ToolError::io("write", &marker, e))?;
        swap::swap_in(&self.dir, out, &swap::old_path(out, std::process::id()))?;
        let files = lock(&self.files).len();
        let linked = self.linked.load(Ordering::Relaxed);
        Ok(Report {
            written: files - linked,
            linked,
            ..Report::default()
        })
    }

    /// True when every file put is in the output folder with its size.
    fn sizes_match(&self) -> bool {
        use rayon::prelude::*;
        let files = lock(&self.files);
        let files: Vec<(&String, u64)> = files.iter().map(|(p, f)| (p, f.size)).collect();
        files.par_iter().all(|(rel, size)| {
            fs::metadata(file_path(&self.out, rel)).is_ok_and(|m| m.len() == *size)
        })
    }

    /// Hard-links into the staging folder every file taken over from the output (copies
    /// it where the file system has no hard links).
    fn take_over(&self) -> Result<(), ToolError> {
        use rayon::prelude::*;
        let files = lock(&self.files);
        let deferred: Vec<&String> = files
            .iter()
            .filter(|(_, f)| f.deferred)
            .map(|(path, _)| path)
            .collect();
        deferred.par_iter().try_for_each(|path| {
            let (source, target) = (file_path(&self.out, path), file_path(&self.dir, path));
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
            }
            if fs::hard_link(&source, &target).is_ok() {
                self.linked.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
            fs::copy(&source, &target)
                .map(drop)
                .map_err(|e| ToolError::io("write", &target, e))
        })
    }

    /// Writes one file into the staging folder, unless the output holds it already with
    /// this hash and size; returns whether it was left to be taken over from there.
    fn write(
        &self,
        path: &str,
        bytes: &[u8],
        hash: &Hash,
        replacing: bool,
    ) -> Result<bool, ToolError> {
        let target = file_path(&self.dir, path);
        if replacing {
            // An earlier version of this path goes (and is never written through).
            let _ = fs::remove_file(&target);
        }
        let same = self.old.as_ref().and_then(|o| o.files.get(path)) == Some(hash)
            && fs::metadata(file_path(&self.out, path))
                .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
        if same {
            return Ok(true);
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        fs::write(&target, bytes).map_err(|e| ToolError::io("write", &target, e))?;
        Ok(false)
    }
}

impl Drop for Stage {
    /// A stage that was not swapped in goes (one that was is gone already).
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The sink into a `Stage` (see `Stage::sink`).
pub struct StageSink<'a> {
    stage: &'a Stage,
    guard: Option<&'a dyn Guard>,
}

impl Sink for StageSink<'_> {
    fn put(&self, _order: Order, path: String, bytes: Arc<[u8]>) {
        self.take(path, &bytes);
    }

    fn put_owned(&self, _order: Order, path: String, bytes: Vec<u8>) {
        self.take(path, &bytes);
    }

    fn put_written(
        &self,
        _order: Order,
        path: String,
        write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
    ) {
        let mut file = Spill {
            sink: self,
            path: &path,
            held: Vec::new(),
            size: 0,
            out: None,
        };
        let written = write(&mut file).is_ok();
        file.finish(written);
    }
}

/// A file put piece by piece into the stage (see `SPILL`).
struct Spill<'s, 'a> {
    sink: &'s StageSink<'a>,
    path: &'s str,
    /// The bytes not yet written out (all of them while the file is small).
    held: Vec<u8>,
    size: u64,
    /// The file in the staging folder, once the bytes are more than `SPILL`.
    out: Option<Streamed<'a>>,
}

/// A file being written into the staging folder, hashed and read by the guard as it comes.
struct Streamed<'a> {
    target: PathBuf,
    file: fs::File,
    hashing: Hashing,
    reader: Box<dyn GuardRead + 'a>,
}

impl Write for Spill<'_, '_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.size += bytes.len() as u64;
        // A build with errors keeps only each file's size.
        if self.sink.guard.is_none() {
            return Ok(bytes.len());
        }
        // A template writes a big table's rows in one call (a 10 MB ledger's are 35 MB):
        // taken a piece at a time, neither the bytes held nor the guard's pending text
        // grows with them.
        for piece in bytes.chunks(PIECE) {
            self.held.extend_from_slice(piece);
            if self.out.is_none() && self.held.len() > SPILL {
                self.open()?;
            }
            if self.out.is_some() && self.held.len() >= PIECE {
                self.write_out()?;
            }
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Spill<'_, '_> {
    /// Starts the file in the staging folder (an earlier version of its path goes).
    fn open(&mut self) -> std::io::Result<()> {
        let (stage, path) = (self.sink.stage, self.path);
        let Some(guard) = self.sink.guard else {
            return Ok(());
        };
        if lock(&stage.failed).is_some() {
            return Err(std::io::Error::other("the build failed to write a file"));
        }
        let target = file_path(&stage.dir, path);
        if lock(&stage.files).contains_key(path) {
            let _ = fs::remove_file(&target);
        }
        let created = match target.parent() {
            Some(parent) => {
                fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))
            }
            None => Ok(()),
        };
        let file = created.and_then(|()| {
            fs::File::create(&target).map_err(|e| ToolError::io("write", &target, e))
        });
        match file {
            Ok(file) => {
                self.out = Some(Streamed {
                    target,
                    file,
                    hashing: Hashing::default(),
                    reader: guard.reader(path),
                });
                Ok(())
            }
            Err(e) => {
                lock(&stage.failed).get_or_insert(e);
                Err(std::io::Error::other("the build failed to write a file"))
            }
        }
    }

    /// Writes out, hashes and has the guard read the bytes held.
    fn write_out(&mut self) -> std::io::Result<()> {
        let Some(out) = &mut self.out else {
            return Ok(());
        };
        out.hashing.update(&self.held);
        out.reader.feed(&self.held);
        if let Err(e) = out.file.write_all(&self.held) {
            let e = ToolError::io("write", &out.target, e);
            lock(&self.sink.stage.failed).get_or_insert(e);
            return Err(std::io::Error::other("the build failed to write a file"));
        }
        self.held.clear();
        Ok(())
    }

    /// Takes the file into the stage when it was `written` whole; removes what was
    /// written of it otherwise.
    fn finish(mut self, written: bool) {
        let stage = self.sink.stage;
        if !written {
            if let Some(out) = self.out.take() {
                drop(out.file);
                let _ = fs::remove_file(&out.target);
            }
            return;
        }
        if self.sink.guard.is_none() {
            let staged = Staged {
                size: self.size,
                hash: None,
                found: Vec::new(),
                deferred: false,
            };
            lock(&stage.files).insert(self.path.to_string(), staged);
            return;
        }
        if self.out.is_none() {
            let held = std::mem::take(&mut self.held);
            self.sink.take(self.path.to_string(), &held);
            return;
        }
        if self.write_out().is_err() {
            return;
        }
        let Some(out) = self.out.take() else {
            return;
        };
        drop(out.file);
        let hash = out.hashing.finish();
        let target = out.target;
        let found = out
            .reader
            .finish(&mut || fs::read(&target).unwrap_or_default());
        // The output holds it already: taken over from there (see `Stage::write`).
        let same = stage.old.as_ref().and_then(|o| o.files.get(self.path)) == Some(&hash)
            && fs::metadata(file_path(&stage.out, self.path))
                .is_ok_and(|m| m.is_file() && m.len() == self.size);
        if same {
            let _ = fs::remove_file(&target);
        }
        let staged = Staged {
            size: self.size,
            hash: Some(hash),
            found,
            deferred: same,
        };
        lock(&stage.files).insert(self.path.to_string(), staged);
    }
}

impl StageSink<'_> {
    /// Writes, hashes and scans one file (or, without a guard, notes its size).
    fn take(&self, path: String, bytes: &[u8]) {
        let stage = self.stage;
        let size = bytes.len() as u64;
        let Some(guard) = self.guard else {
            let staged = Staged {
                size,
                hash: None,
                found: Vec::new(),
                deferred: false,
            };
            lock(&stage.files).insert(path, staged);
            return;
        };
        if lock(&stage.failed).is_some() {
            return;
        }
        let hash = hash(bytes);
        let found = guard.scan(&path, bytes);
        let replacing = lock(&stage.files).contains_key(&path);
        match stage.write(&path, bytes, &hash, replacing) {
            Ok(deferred) => {
                let staged = Staged {
                    size,
                    hash: Some(hash),
                    found,
                    deferred,
                };
                lock(&stage.files).insert(path, staged);
            }
            Err(e) => {
                lock(&stage.failed).get_or_insert(e);
            }
        }
    }
}

/// The hash of every file written.
fn hashes(files: &BTreeMap<String, Staged>) -> BTreeMap<String, Hash> {
    files
        .iter()
        .filter_map(|(path, f)| f.hash.clone().map(|h| (path.clone(), h)))
        .collect()
}

/// The value behind `mutex`, also after a thread panicked holding it.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
