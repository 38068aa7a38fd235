//! What the tool says when it cannot go on (exit code 2): reading, writing, the output
//! folder, the preview's port.

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
    }
}
