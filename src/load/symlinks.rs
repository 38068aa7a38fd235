//! Symbolic links in the folders a site publishes from: `content/`, `static/`, `themes/`
//! and `templates/`, the folders themselves and everything in them.
//!
//! None is followed. A link that leads outside the site folder would publish files from
//! elsewhere (a `static -> /home/clerk` link publishes the clerk's home folder); one that
//! stays inside would publish a file a second time, can loop, and is not seen by the
//! preview's watcher. So each link is reported at its own path, saying where it leads,
//! and what it leads to is left out. Only `std`'s portable calls are used
//! (`symlink_metadata`, `read_link`, `canonicalize`); on Windows they see symbolic links
//! and junctions alike.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Location};
use crate::messages::{LinkLeads, Problem};

/// The problem with `rel` (a `/`-separated path from the site root) when it is a
/// symbolic link; `None` when it is not one (or is gone).
pub fn link_problem(root: &Path, rel: &str) -> Option<Diagnostic> {
    let path = root.join(rel);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.file_type().is_symlink() {
        return None;
    }
    let target = std::fs::read_link(&path)
        .map(|t| t.to_string_lossy().into_owned())
        .unwrap_or_default();
    let leads = match (std::fs::canonicalize(&path), std::fs::canonicalize(root)) {
        (Ok(resolved), Ok(site)) if resolved.starts_with(&site) => LinkLeads::Inside,
        (Ok(_), _) => LinkLeads::Outside,
        (Err(_), _) => LinkLeads::Nowhere,
    };
    let folder = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
    let problem = Problem::SymbolicLink {
        target,
        leads,
        folder,
    };
    Some(problem.at(Location::file(rel)))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_are_told_by_where_they_lead() {
        let outside = tempfile::tempdir().unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir(root.join("content")).unwrap();
        std::fs::write(root.join("content/a.md"), "x").unwrap();
        symlink(outside.path(), root.join("static")).unwrap();
        symlink(root.join("content/a.md"), root.join("content/b.md")).unwrap();
        symlink(root.join("gone"), root.join("templates")).unwrap();
        let leads = |rel: &str| match link_problem(root, rel) {
            Some(d) => d.message(crate::config::Language::En),
            None => "not a link".into(),
        };
        assert!(leads("static").contains("outside the site folder"));
        assert!(leads("content/b.md").contains("inside the site folder"));
        assert!(leads("templates").contains("does not exist"));
        assert_eq!(leads("content/a.md"), "not a link");
        assert_eq!(leads("content"), "not a link");
        assert_eq!(leads("nothing"), "not a link");
    }
}
