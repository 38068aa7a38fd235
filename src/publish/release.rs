//! A build ready to publish: its files with `version.json` added, and every file's
//! content hash (the manifest that `publish` keeps in the marker file).
//!
//! `version.json` says which build a folder holds: the build date, a digest of every
//! other file (same files, same digest), the number of items and pages, and the version
//! of gongkai that made it. `build` and `publish` write it; `publish --status` reads it
//! back from the destination. Made here, after the privacy guard read the output: it
//! holds hashes, not content.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;

use super::Output;
use super::manifest::{Manifest, hash};
use super::stage::Stage;

/// Output path of the version file.
pub const VERSION_FILE: &str = "version.json";

/// The format of `version.json`, named in the file.
const FORMAT: &str = "gongkai-version/1";

/// What a build knows about itself besides its files.
#[derive(Clone, Copy, Debug)]
pub struct BuildInfo {
    /// The build date (`--today`), as the pages' footers show it.
    pub built_on: jiff::civil::Date,
    /// Items on the board.
    pub items: usize,
    /// HTML pages.
    pub pages: usize,
}

/// The contents of `version.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// `gongkai-version/1`.
    pub format: String,
    /// The build date, `YYYY-MM-DD`.
    pub built_on: String,
    /// The first 128 bits of the SHA-256 of the list of every other file's hash and path,
    /// as hex: two folders with the same digest hold the same files.
    pub digest: String,
    /// Items on the board.
    pub items: usize,
    /// HTML pages.
    pub pages: usize,
    /// Files besides `version.json`.
    pub files: usize,
    /// The version of gongkai that built it.
    pub gongkai: String,
}

/// A build's files, `version.json` included, and their hashes.
#[derive(Debug)]
pub struct Release {
    /// The files in memory: all of them for a release made from an `Output`, none for
    /// one made in a staging folder (`stage`), whose files are read from there.
    pub(crate) output: Output,
    /// The staging folder that holds the files, for a release made there.
    pub(crate) stage: Option<Stage>,
    /// Every file's hash, `version.json` included.
    pub(crate) manifest: Manifest,
    version: Version,
}

impl Release {
    /// Hashes every file of `output` (in parallel) and adds `version.json`.
    pub fn new(mut output: Output, info: &BuildInfo) -> Release {
        output.files.remove(VERSION_FILE);
        let mut manifest = Manifest::of(&output);
        let (json, version) = Release::version_json(&mut manifest, info);
        output.insert(VERSION_FILE, json);
        Release {
            output,
            stage: None,
            manifest,
            version,
        }
    }

    /// The release of the files in `stage`, whose hashes (`version.json` included, the
    /// file written there already) `manifest` holds.
    pub(crate) fn staged(stage: Stage, manifest: Manifest, version: Version) -> Release {
        Release {
            output: Output::default(),
            stage: Some(stage),
            manifest,
            version,
        }
    }

    /// The text of `version.json` for the files `manifest` lists (which must not list
    /// it), added to `manifest`.
    pub(crate) fn version_json(manifest: &mut Manifest, info: &BuildInfo) -> (String, Version) {
        manifest.files.remove(VERSION_FILE);
        let version = Version {
            format: FORMAT.into(),
            built_on: info.built_on.to_string(),
            digest: digest(manifest),
            items: info.items,
            pages: info.pages,
            files: manifest.files.len(),
            gongkai: env!("CARGO_PKG_VERSION").into(),
        };
        let mut json = serde_json::to_string_pretty(&version).unwrap_or_default();
        json.push('\n');
        manifest
            .files
            .insert(VERSION_FILE.into(), hash(json.as_bytes()));
        (json, version)
    }

    /// The files kept in memory, `version.json` included (none for a staged release).
    pub fn output(&self) -> &Output {
        &self.output
    }

    /// The size of the file `path`, when the release has it.
    pub(crate) fn size(&self, path: &str) -> Option<u64> {
        match &self.stage {
            Some(stage) => stage.size(path),
            None => self.output.files.get(path).map(|b| b.len() as u64),
        }
    }

    /// The bytes of the file `path`.
    pub(crate) fn bytes(&self, path: &str) -> std::io::Result<Cow<'_, [u8]>> {
        match (&self.stage, self.output.files.get(path)) {
            (None, Some(bytes)) => Ok(Cow::Borrowed(&**bytes)),
            (None, None) => Err(std::io::ErrorKind::NotFound.into()),
            (Some(stage), _) => stage.read(path).map(Cow::Owned),
        }
    }

    /// What `version.json` says.
    pub fn version(&self) -> &Version {
        &self.version
    }
}

impl Version {
    /// Reads a `version.json`; `None` when it is not one.
    pub fn parse(bytes: &[u8]) -> Option<Version> {
        serde_json::from_slice::<Version>(bytes)
            .ok()
            .filter(|v| v.format == FORMAT)
    }
}

/// The digest of every file listed in `manifest`: the hash of its lines `HASH\tPATH\n`,
/// in path order.
fn digest(manifest: &Manifest) -> String {
    let mut list = String::with_capacity(manifest.files.len() * 64);
    for (path, hash) in &manifest.files {
        list.push_str(hash);
        list.push('\t');
        list.push_str(path);
        list.push('\n');
    }
    hash(list.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> BuildInfo {
        BuildInfo {
            built_on: jiff::civil::date(2026, 4, 6),
            items: 2,
            pages: 1,
        }
    }

    #[test]
    fn version_json_names_the_build() {
        let mut output = Output::default();
        output.insert("index.html", "<p>首页</p>");
        let release = Release::new(output.clone(), &info());
        let bytes = &release.output().files[VERSION_FILE];
        let version = Version::parse(bytes).unwrap();
        assert_eq!(&version, release.version());
        assert_eq!(version.built_on, "2026-04-06");
        assert_eq!((version.items, version.pages, version.files), (2, 1, 1));
        assert_eq!(release.manifest, Manifest::of(release.output()));
        // Same files, same digest; one byte more, another.
        assert_eq!(Release::new(output.clone(), &info()).version, version);
        output.insert("index.html", "<p>首页!</p>");
        assert_ne!(Release::new(output, &info()).version.digest, version.digest);
        assert_eq!(Version::parse(b"{}"), None);
    }
}
