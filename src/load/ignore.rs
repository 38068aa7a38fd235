//! Which files are never part of a site: hidden files, and what editors, office programs
//! and browsers leave beside the real file while saving or downloading.
//!
//! One list for both readers of the site folder: `load` leaves these files out, and the
//! preview's watcher does not rebuild when they come and go. So a file is either
//! published and watched, or neither (a `content/x.bak` is neither).

/// Endings of leftovers, compared without regard to case: vim's swap files, temporary
/// files, backups, and downloads not yet finished.
const LEFTOVER_ENDINGS: &[&str] = &[
    ".swp",
    ".swx",
    ".swo",
    ".tmp",
    ".bak",
    ".crdownload",
    ".part",
];

/// Whether a file named `name` (the last part of its path) is never content.
pub fn is_ignored(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    // Hidden files, among them emacs's `.#x` locks, vim's `.x.swp`, LibreOffice's
    // `.~lock.x#` and macOS's `.DS_Store`.
    name.starts_with('.')
        // Office's `~$x.xlsx` lock files.
        || name.starts_with('~')
        // Backups: `x~`, emacs's `#x#` autosaves.
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        // vim's probe whether it may write in the folder.
        || name == "4913"
        // What Windows writes into folders it shows.
        || lower == "thumbs.db"
        || lower == "desktop.ini"
        || LEFTOVER_ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_ignored() {
        for name in [
            "x.bak",
            "x.BAK",
            "x~",
            ".#x.md",
            "#x.md#",
            "x.swp",
            ".x.md.swp",
            "x.tmp",
            "~$report.xlsx",
            ".~lock.report.docx#",
            "Thumbs.db",
            "desktop.ini",
            ".DS_Store",
            "4913",
            "report.pdf.crdownload",
            "report.pdf.part",
        ] {
            assert!(is_ignored(name), "{name}");
        }
    }

    #[test]
    fn content_is_not_ignored() {
        for name in [
            "2026-q1.yaml",
            "通知.md",
            "report.pdf",
            "_section.yaml",
            "#1.pdf",
            "bak.md",
            "4913.pdf",
        ] {
            assert!(!is_ignored(name), "{name}");
        }
    }
}
