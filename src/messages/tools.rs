//! What the tool says when it cannot go on (exit code 2): reading, writing, the output
//! folder, the preview's port; and what it writes in the output folder about itself.

use crate::ToolError;

/// The text of a tool failure (exit code 2).
pub fn tool_error(error: &ToolError) -> String {
    match error {
        ToolError::NotASite(p) => format!(
            "{} has no site.yaml: not a gongkai site (run `gongkai init` to start one, or pass --root)",
            p.display()
        ),
        ToolError::Io {
            action,
            path,
            detail,
        } => format!("cannot {action} {}: {detail}", path.display()),
        ToolError::UnsafeOutput { path, reason } => {
            format!("refusing to write to {}: {reason}", path.display())
        }
        ToolError::PortInUse(port) => format!(
            "port {port} is already in use (another gongkai serve?); try `--port {}`",
            port.saturating_add(1)
        ),
        ToolError::OutputInsideInput { path, input } => format!(
            "refusing to write to {}: it lies in {input}/, which the site reads, so every build would read the last one's output again; use a folder outside content/, static/, templates/ and themes/, such as the default public/",
            path.display()
        ),
    }
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
}

impl OutputRefusal {
    /// The reason, as `refusing to write to …: REASON` says it.
    pub fn reason(self) -> &'static str {
        match self {
            OutputRefusal::SiteItself => "it is the site folder itself",
            OutputRefusal::ContainsSite => "it contains the site folder",
            OutputRefusal::IsAFile => "it is a file, not a folder",
            OutputRefusal::LooksLikeASite => {
                "it holds content/ or site.yaml, so it looks like a site, not an output folder"
            }
            OutputRefusal::NotOurs => {
                "it holds files gongkai did not write (no .gongkai-output marker); empty it or pick another folder"
            }
        }
    }
}

/// The text of the marker file that says "gongkai wrote this folder".
pub const MARKER_TEXT: &str = "This folder is written by gongkai and replaced whole on every build.\n本文件夹由 gongkai 生成，每次生成时整体替换，请勿手工修改。\n";
