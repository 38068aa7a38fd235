//! What the tool says when it cannot go on (exit code 2): reading, writing, the output
//! folder, the preview's port; and what it writes in the output folder about itself.

use super::words::{self, word};
use crate::ToolError;
use crate::catalog::Catalog;
use crate::config::Language;

/// The text of a tool failure (exit code 2), in `language`.
pub fn tool_error(error: &ToolError, language: Language) -> String {
    let cat = Catalog::of(language);
    let (id, pairs): (&str, Vec<(&'static str, String)>) = match error {
        ToolError::NotASite(p) => ("tool-not-a-site", vec![("path", p.display().to_string())]),
        ToolError::Io {
            action,
            path,
            detail,
        } => (
            "tool-io",
            vec![
                ("action", word(cat, &format!("action {action}"))),
                ("path", path.display().to_string()),
                ("detail", detail.clone()),
            ],
        ),
        ToolError::UnsafeOutput { path, reason } => (
            "tool-unsafe-output",
            vec![
                ("path", path.display().to_string()),
                ("reason", cat.text(reason.id())),
            ],
        ),
        ToolError::PortInUse(port) => (
            "tool-port-in-use",
            vec![
                ("port", port.to_string()),
                ("next", port.saturating_add(1).to_string()),
            ],
        ),
        ToolError::OutputInsideInput { path, input } => (
            "tool-output-inside-input",
            vec![
                ("path", path.display().to_string()),
                ("input", input.to_string()),
            ],
        ),
    };
    cat.format(id, Some(&words::args(pairs)))
}

/// Why an output folder is not one gongkai may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputRefusal {
    /// The output folder is the site folder.
    SiteItself,
    /// The site folder is inside the output folder.
    ContainsSite,
    /// The output path is a file.
    IsAFile,
    /// The output folder holds `content/` or `site.yaml`.
    LooksLikeASite,
    /// The output folder holds files without our marker.
    NotOurs,
    /// `init` would replace a site's `site.yaml` or `content/`.
    Exists,
    /// `gongkai new` would replace an existing file (without `--force`).
    NewExists,
    /// A new item's path is outside `content/`.
    NotUnderContent,
    /// A new item's name cannot be part of a page address.
    NotAnAddress,
    /// `gongkai new` was given a folder, not a file name.
    NoFileName,
    /// A new notice's name does not end in `.md`.
    NoticeIsMarkdown,
    /// A new data item's name does not end in `.yaml`.
    DataIsYaml,
    /// A new item's name starts with `_`.
    Underscore,
}

impl OutputRefusal {
    /// The catalogue id of the reason, as `refusing to write to …: REASON` says it.
    fn id(self) -> &'static str {
        match self {
            OutputRefusal::SiteItself => "tool-refusal-site-itself",
            OutputRefusal::ContainsSite => "tool-refusal-contains-site",
            OutputRefusal::IsAFile => "tool-refusal-is-a-file",
            OutputRefusal::LooksLikeASite => "tool-refusal-looks-like-a-site",
            OutputRefusal::NotOurs => "tool-refusal-not-ours",
            OutputRefusal::Exists => "tool-refusal-exists",
            OutputRefusal::NewExists => "tool-refusal-new-exists",
            OutputRefusal::NotUnderContent => "tool-refusal-not-under-content",
            OutputRefusal::NotAnAddress => "tool-refusal-not-an-address",
            OutputRefusal::NoFileName => "tool-refusal-no-file-name",
            OutputRefusal::NoticeIsMarkdown => "tool-refusal-notice-md",
            OutputRefusal::DataIsYaml => "tool-refusal-data-yaml",
            OutputRefusal::Underscore => "tool-refusal-underscore",
        }
    }
}

/// The text of the marker file that says "gongkai wrote this folder". In two languages
/// whatever the site's: whoever opens the output folder may read either.
pub const MARKER_TEXT: &str = "This folder is written by gongkai and replaced whole on every build.\n本文件夹由 gongkai 生成，每次生成时整体替换，请勿手工修改。\n";
