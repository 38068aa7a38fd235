//! gongkai (公开): a static-site generator for trade-union transparency boards.
//!
//! The pipeline, one module per stage: `load` (files -> typed `Site`), `check` (rules ->
//! `Board` with computed status), `render` (Tera templates -> files in memory), `publish`
//! (atomic swap into `public/`). `build` runs them in order; `main.rs` is only the CLI.

pub mod build;
pub mod check;
pub mod config;
pub mod diagnostic;
pub mod init;
pub mod load;
pub mod messages;
pub mod model;
pub mod publish;
pub mod render;
pub mod source;
pub mod yaml;

use std::fmt;
use std::path::{Path, PathBuf};

/// A failure of the tool rather than of the content: exit code 2.
#[derive(Debug)]
pub enum ToolError {
    /// The folder has no `site.yaml`.
    NotASite(PathBuf),
    /// Reading or writing a file failed.
    Io {
        /// What we were doing.
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The system's words.
        detail: String,
    },
    /// The output folder is one gongkai must not replace.
    UnsafeOutput {
        /// The output folder.
        path: PathBuf,
        /// Why.
        reason: &'static str,
    },
    /// The built-in theme is broken (a bug in gongkai, not in the site).
    Theme(String),
}

impl ToolError {
    /// An I/O failure on `path`.
    pub fn io(action: &'static str, path: &Path, error: std::io::Error) -> Self {
        ToolError::Io {
            action,
            path: path.to_path_buf(),
            detail: error.to_string(),
        }
    }
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToolError::NotASite(p) => write!(
                f,
                "{} has no site.yaml: not a gongkai site (run `gongkai init` to start one, or pass --root)",
                p.display()
            ),
            ToolError::Io {
                action,
                path,
                detail,
            } => write!(f, "cannot {action} {}: {detail}", path.display()),
            ToolError::UnsafeOutput { path, reason } => {
                write!(f, "refusing to write output to {}: {reason}", path.display())
            }
            ToolError::Theme(detail) => write!(f, "built-in theme is broken: {detail}"),
        }
    }
}

impl std::error::Error for ToolError {}
