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
    // JetBrains editors' safe write.
    "___jb_tmp___",
    "___jb_old___",
    // Chrome's file system writes.
    ".crswap",
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
        || is_sed_temporary(name)
        // What Windows writes into folders it shows.
        || lower == "thumbs.db"
        || lower == "desktop.ini"
        || LEFTOVER_ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// `sed -i` writes its result to `sedXXXXXX` (six random letters and digits, no
/// extension) beside the file, then renames it over the file: a content file always has
/// an extension, so a name of that shape is never one.
fn is_sed_temporary(name: &str) -> bool {
    name.len() == 9
        && name.starts_with("sed")
        && name[3..].bytes().all(|b| b.is_ascii_alphanumeric())
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
            "sediixpAi",
            "sed4Kq9Zx",
            ".goutputstream-ABC123",
            "a.md___jb_tmp___",
            ".a.md.kate-swp",
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
            "sedan.md",
            "sediment.yaml",
        ] {
            assert!(!is_ignored(name), "{name}");
        }
    }
}
