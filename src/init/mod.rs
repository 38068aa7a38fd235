//! `gongkai init`: a new site folder with a `site.yaml`, a sample `content/` holding an
//! example of every kind, the editor's schemas (`schemas/`) and the launchers that start
//! the preview by double-clicking (`launchers`).
//!
//! The sample is embedded in the binary; each YAML file gets the line pointing an editor
//! at its schema as it is written. The theme is not copied (the built-in one is used
//! until the site adds `templates/` or `themes/`). Existing files are never replaced.

mod launchers;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::ToolError;
use crate::model::Kind;
use crate::schema::{self, Schema};

pub use launchers::NAME as LAUNCHER;

static SAMPLE: Dir = include_dir!("$CARGO_MANIFEST_DIR/src/init_sample");

/// One file to write: path from the site folder, bytes, whether it is a program.
struct Planned {
    path: PathBuf,
    bytes: Vec<u8>,
    executable: bool,
}

/// Writes the sample into `dir` (created if missing) and returns the files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, ToolError> {
    let mut planned = Vec::new();
    plan_sample(&SAMPLE, &mut planned);
    for schema in Schema::ALL {
        planned.push(Planned {
            path: Path::new(schema::FOLDER).join(schema.file_name()),
            bytes: schema::pretty(&schema::generate(schema, &BTreeMap::new())).into_bytes(),
            executable: false,
        });
    }
    for (name, bytes, executable) in launchers::launchers() {
        planned.push(Planned {
            path: PathBuf::from(name),
            bytes,
            executable,
        });
    }
    let taken = ["site.yaml", "content"]
        .iter()
        .map(PathBuf::from)
        .chain(planned.iter().map(|p| p.path.clone()))
        .find(|p| dir.join(p).exists());
    if let Some(path) = taken {
        return Err(ToolError::UnsafeOutput {
            path: dir.join(path),
            reason: crate::messages::OutputRefusal::Exists,
        });
    }
    let mut written = Vec::new();
    for file in planned {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
        }
        fs::write(&path, &file.bytes).map_err(|e| ToolError::io("write", &path, e))?;
        if file.executable {
            make_executable(&path)?;
        }
        written.push(path);
    }
    Ok(written)
}

/// The embedded sample's files, each YAML file with its schema line on top.
fn plan_sample(embedded: &Dir, planned: &mut Vec<Planned>) {
    for file in embedded.files() {
        let path = file.path().to_path_buf();
        let mut bytes = file.contents().to_vec();
        let site_path = path.to_string_lossy().replace('\\', "/");
        if let Some(schema) = schema_of(&site_path, file.contents_utf8().unwrap_or("")) {
            let mut text = schema::modeline(&site_path, schema);
            text.push('\n');
            bytes.splice(0..0, text.into_bytes());
        }
        planned.push(Planned {
            path,
            bytes,
            executable: false,
        });
    }
    for sub in embedded.dirs() {
        plan_sample(sub, planned);
    }
}

/// The schema of a sample file: by its name, or by its `kind:` line.
fn schema_of(site_path: &str, text: &str) -> Option<Schema> {
    let name = site_path.rsplit('/').next().unwrap_or(site_path);
    match name {
        "site.yaml" => Some(Schema::Site),
        "_section.yaml" => Some(Schema::Section),
        _ if name.ends_with(".yaml") => text
            .lines()
            .find_map(|l| l.strip_prefix("kind:"))
            .and_then(|k| Kind::from_yaml_key(k.trim()))
            .map(Schema::of_kind),
        _ => None,
    }
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<(), ToolError> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755))
        .map_err(|e| ToolError::io("write", path, e))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<(), ToolError> {
    Ok(())
}
