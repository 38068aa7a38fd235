//! gongkai (公开): a static-site generator for trade-union transparency boards.
//!
//! The pipeline, one module per stage: `load` (files -> typed `Site`), `check` (rules ->
//! `Board` with computed status), `render` (Tera templates -> files in memory), `publish`
//! (atomic swap into `public/`). `build` runs them in order; `main.rs` is only the CLI.

pub mod build;
pub mod catalog;
pub mod check;
pub mod config;
pub mod diagnostic;
pub mod import;
pub mod init;
pub mod load;
pub mod memory;
pub mod messages;
pub mod model;
pub mod new;
pub mod publish;
pub mod record;
pub mod render;
pub mod schema;
pub mod serve;
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
        reason: messages::OutputRefusal,
    },
    /// The preview's port is taken.
    PortInUse(u16),
    /// The output folder lies in a folder the site reads (`content/`, `static/`, …).
    OutputInsideInput {
        /// The output folder.
        path: PathBuf,
        /// The input folder it lies in: `content`, `static`, `templates` or `themes`.
        input: &'static str,
    },
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

impl ToolError {
    /// The failure in `language`.
    pub fn text(&self, language: config::Language) -> String {
        messages::tool_error(self, language)
    }
}

/// In the default language (zh-Hans); `text` gives it in the site's.
impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&messages::tool_error(self, config::Language::ZhHans))
    }
}

impl std::error::Error for ToolError {}
