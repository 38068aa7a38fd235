//! The names of files and folders under `content/`. Each becomes part of a page address
//! and of a path on every reader's disk, so it must make a safe relative URL and a name
//! every system can hold.
//!
//! Refused here, where names enter: characters a URL or Windows cannot carry (a `:` turns
//! `javascript:alert(1)/index.html` into a script), control characters (a newline),
//! names Windows cuts a trailing dot or space from or keeps for devices (`CON`, `NUL`,
//! `COM1` …), and two names in one folder that differ only in letter case (one name on
//! Windows and macOS). It neither decides which files are content (`ignore` does) nor
//! reads a file.

use std::collections::BTreeMap;

use crate::messages::NameFault;

/// Characters no name may hold: they end a URL's path (`?`, `#`), start an escape (`%`),
/// make the first part of a link a scheme (`:`), separate folders (`\`, `/`), or cannot be
/// part of a name on Windows (`"`, `<`, `>`, `*`, `|`).
const REFUSED: [char; 11] = [':', '\\', '/', '?', '#', '%', '"', '<', '>', '*', '|'];

/// Why a file or folder named `name` cannot be published; `None` when it can.
pub fn name_fault(name: &str) -> Option<NameFault> {
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Some(NameFault::Control(c));
    }
    if let Some(c) = name.chars().find(|c| REFUSED.contains(c)) {
        return Some(NameFault::Character(c));
    }
    if name.is_empty() || name.ends_with(['.', ' ']) {
        return Some(NameFault::TrailingDotOrSpace);
    }
    if is_windows_device(name) {
        return Some(NameFault::WindowsDevice);
    }
    None
}

/// `CON`, `PRN`, `AUX`, `NUL`, `COM1`-`COM9`, `LPT1`-`LPT9` (with `¹²³` too), `CONIN$`
/// and `CONOUT$`, in any letter case and with any extension: Windows opens the device.
fn is_windows_device(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let upper = stem.to_ascii_uppercase();
    if matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    let mut chars = upper.chars();
    let port: String = chars.by_ref().take(3).collect();
    let number = chars.next();
    (port == "COM" || port == "LPT")
        && chars.next().is_none()
        && number.is_some_and(|n| matches!(n, '1'..='9' | '¹' | '²' | '³'))
}

/// The name an entry takes in the output, which is what must not clash: a page's name for
/// a data item or notice (`a.md` -> `a`, its page `a/`), the name itself for anything else.
pub fn output_name(name: &str, is_item: bool) -> &str {
    match name.rsplit_once('.') {
        Some((stem, _)) if is_item && !stem.is_empty() => stem,
        _ => name,
    }
}

/// For each entry of `names` (output names of one folder's entries, in order), the other
/// entries whose name differs from its own only in letter case.
pub fn case_clashes(names: &[&str]) -> Vec<Vec<usize>> {
    let mut by_folded: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        by_folded.entry(name.to_lowercase()).or_default().push(i);
    }
    let mut clashes = vec![Vec::new(); names.len()];
    for group in by_folded.values() {
        for &i in group {
            // The very same name twice (`a.md` and `a.yaml`) is one page, which `check`
            // reports in its own words.
            clashes[i] = group
                .iter()
                .copied()
                .filter(|&j| names[j] != names[i])
                .collect();
        }
    }
    clashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_make_safe_addresses() {
        for name in [
            "2026",
            "通知.md",
            "finance-q1.yaml",
            "a b.pdf",
            "_section.yaml",
            "console.md",
            "com10.md",
            "lpt.md",
            "nul-list.md",
            "附件（一）.pdf",
        ] {
            assert_eq!(name_fault(name), None, "{name}");
        }
    }

    #[test]
    fn names_that_cannot_be_published() {
        use NameFault::*;
        for (name, fault) in [
            ("javascript:alert(document.domain).md", Character(':')),
            ("a\nb.md", Control('\n')),
            ("a\tb", Control('\t')),
            ("a\\b.md", Character('\\')),
            ("50%.md", Character('%')),
            ("a?.md", Character('?')),
            ("a#b", Character('#')),
            ("say \"hi\".md", Character('"')),
            ("<b>.md", Character('<')),
            ("a*.md", Character('*')),
            ("a|b.md", Character('|')),
            ("notes.", TrailingDotOrSpace),
            ("notes ", TrailingDotOrSpace),
            (" .", TrailingDotOrSpace),
            ("CON", WindowsDevice),
            ("con.md", WindowsDevice),
            ("Nul.tar.gz", WindowsDevice),
            ("aux .md", WindowsDevice),
            ("COM1.yaml", WindowsDevice),
            ("lpt9", WindowsDevice),
            ("com¹.md", WindowsDevice),
            ("conout$.md", WindowsDevice),
        ] {
            assert_eq!(name_fault(name), Some(fault), "{name:?}");
        }
    }

    #[test]
    fn clashes_in_letter_case() {
        assert_eq!(output_name("Case.md", true), "Case");
        assert_eq!(output_name("a.b.yaml", true), "a.b");
        assert_eq!(output_name("A.pdf", false), "A.pdf");
        let names = ["Case", "case", "a", "a", "CASE", "b.pdf"];
        assert_eq!(
            case_clashes(&names),
            vec![vec![1, 4], vec![0, 4], vec![], vec![], vec![0, 1], vec![]]
        );
    }
}
