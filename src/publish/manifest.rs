//! What a publish left in the output folder, file by file: a content hash of each file,
//! kept in the marker file after its text. The next publish compares the new build with
//! it, so it can leave an unchanged folder alone and link unchanged files instead of
//! writing them again (and `watch` writes only what changed).
//!
//! The hash is XXH3-128: it only has to tell our own files apart, never stand against
//! someone forging one, and every output byte goes through it (SHA-256 was 4 % of a
//! 10,000-page build's CPU time; XXH3 reads ten times as fast).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use rayon::prelude::*;
use xxhash_rust::xxh3::{Xxh3Default, xxh3_128};

use super::{MARKER, Output};
use crate::messages::MARKER_TEXT;

/// The line that starts the manifest in the marker file; its number is the format's
/// (1 held SHA-256 hashes: a folder with one is read as having no manifest, so its
/// files are all written again once).
const HEADER: &str = "# gongkai-manifest 2";

/// A file's content hash: its XXH3-128, as 32 hex digits.
pub type Hash = String;

/// Every published file's hash, by path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manifest {
    /// Hash by `/`-separated path under the output folder.
    pub files: BTreeMap<String, Hash>,
}

/// The hash of `bytes`.
pub fn hash(bytes: &[u8]) -> Hash {
    hex(xxh3_128(bytes))
}

/// The hash of a file taken piece by piece: the same as `hash` of the whole.
#[derive(Default)]
pub(crate) struct Hashing(Box<Xxh3Default>);

impl Hashing {
    /// Takes the next bytes.
    pub(crate) fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// The hash of every byte taken.
    pub(crate) fn finish(self) -> Hash {
        hex(self.0.digest128())
    }
}

fn hex(digest: u128) -> Hash {
    format!("{digest:032x}")
}

impl Manifest {
    /// The hashes of every file of `output`, made in parallel.
    pub fn of(output: &Output) -> Manifest {
        Manifest {
            files: output
                .files
                .par_iter()
                .map(|(path, bytes)| (path.clone(), hash(bytes)))
                .collect(),
        }
    }

    /// The manifest in the marker file of the folder `out`; `None` when there is none or
    /// it cannot be read (then everything counts as changed).
    pub fn read(out: &Path) -> Option<Manifest> {
        Manifest::read_file(&out.join(MARKER))
    }

    /// The manifest in the file `path` (a marker file, or a publish's journal).
    pub fn read_file(path: &Path) -> Option<Manifest> {
        let text = fs::read_to_string(path).ok()?;
        let (_, list) = text.split_once(&format!("{HEADER}\n"))?;
        let mut files = BTreeMap::new();
        for line in list.lines() {
            let (hash, path) = line.split_once('\t')?;
            files.insert(path.to_string(), hash.to_string());
        }
        Some(Manifest { files })
    }

    /// The marker file's text: what the folder is, then the manifest.
    pub fn marker_text(&self) -> String {
        self.text_after(MARKER_TEXT)
    }

    /// `preamble`, then the manifest (a marker file's text, or a journal's).
    pub fn text_after(&self, preamble: &str) -> String {
        let mut text = String::with_capacity(preamble.len() + 64 * self.files.len());
        text.push_str(preamble);
        text.push_str(HEADER);
        text.push('\n');
        for (path, hash) in &self.files {
            // A path with a line break cannot be listed; leaving it out only means it is
            // written again next time.
            if !path.contains(['\n', '\r', '\t']) {
                text.push_str(hash);
                text.push('\t');
                text.push_str(path);
                text.push('\n');
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_survives_the_marker_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut output = Output::default();
        output.insert("index.html", "<p>首页</p>");
        output.insert("2026/a b/data.json", "{}");
        let manifest = Manifest::of(&output);
        fs::write(dir.path().join(MARKER), manifest.marker_text()).unwrap();
        assert_eq!(Manifest::read(dir.path()), Some(manifest));
        assert_ne!(hash(b"a"), hash(b"b"));
        assert_eq!(hash(b"a").len(), 32);
    }

    #[test]
    fn a_file_hashed_in_pieces_hashes_as_whole() {
        let bytes: Vec<u8> = (0..10_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let mut hashing = Hashing::default();
        for piece in bytes.chunks(777) {
            hashing.update(piece);
        }
        assert_eq!(hashing.finish(), hash(&bytes));
        assert_ne!(hash(&bytes), hash(&bytes[1..]));
    }

    #[test]
    fn an_old_marker_has_no_manifest() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(MARKER), MARKER_TEXT).unwrap();
        assert_eq!(Manifest::read(dir.path()), None);
        // Format 1 listed SHA-256 hashes, which XXH3 never matches.
        let v1 = format!(
            "{MARKER_TEXT}# gongkai-manifest 1\n{}\tindex.html\n",
            "0".repeat(32)
        );
        fs::write(dir.path().join(MARKER), v1).unwrap();
        assert_eq!(Manifest::read(dir.path()), None);
    }
}
