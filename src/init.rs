//! `gongkai init`: a new site folder with a `site.yaml` and a small sample `content/`.
//!
//! The sample is embedded in the binary; the theme is not copied (the built-in one is
//! used until the site adds `templates/` or `themes/`). Existing files are never replaced.

use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::ToolError;

static SAMPLE: Dir = include_dir!("$CARGO_MANIFEST_DIR/src/init_sample");

/// Writes the sample into `dir` (created if missing) and returns the files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, ToolError> {
    for existing in ["site.yaml", "content"] {
        if dir.join(existing).exists() {
            return Err(ToolError::UnsafeOutput {
                path: dir.join(existing),
                reason: crate::messages::OutputRefusal::Exists,
            });
        }
    }
    let mut written = Vec::new();
    write_dir(&SAMPLE, dir, &mut written)?;
    Ok(written)
}

fn write_dir(embedded: &Dir, dir: &Path, written: &mut Vec<PathBuf>) -> Result<(), ToolError> {
    for file in embedded.files() {
        let path = dir.join(file.path());
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        fs::write(&path, file.contents()).map_err(|e| ToolError::io("write", &path, e))?;
        written.push(path);
    }
    for sub in embedded.dirs() {
        write_dir(sub, dir, written)?;
    }
    Ok(())
}
