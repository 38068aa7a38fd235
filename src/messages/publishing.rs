//! What `gongkai publish` says: the progress of a long copy, the summary, what
//! `--dry-run` would do, and what `--status` finds.

use std::fmt::Write;
use std::path::Path;

use crate::publish::Version;
use crate::publish::dest::{Plan, Status};

/// How many paths of each kind `--dry-run` and `--status` list before `… and N more`.
const LISTED: usize = 20;

/// `25130` -> `25,130`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `2 added, 3 changed, 1 removed, 25,130 unchanged`.
fn counts(plan: &Plan) -> String {
    format!(
        "{} added, {} changed, {} removed, {} unchanged",
        thousands(plan.added.len()),
        thousands(plan.changed.len()),
        thousands(plan.removed.len()),
        thousands(plan.unchanged)
    )
}

/// The progress line of a long copy: `… publishing: 1,234 of 5,000 files (2.3 s)`.
pub fn progress(done: usize, total: usize, seconds: f64) -> String {
    format!(
        "… publishing: {} of {} files ({seconds:.1} s)",
        thousands(done),
        thousands(total)
    )
}

/// The summary: `published 2 added, 3 changed, 1 removed, 25,130 unchanged in 0.4 s`.
pub fn summary(plan: &Plan, dest: &Path, seconds: f64) -> String {
    let resumed = if plan.resumed {
        "; the publish cut short before is complete now"
    } else {
        ""
    };
    format!(
        "published {} in {seconds:.1} s to {}{resumed}",
        counts(plan),
        dest.display()
    )
}

/// Up to `LISTED` of `paths`, each on a line after `label`.
fn list(out: &mut String, label: &str, paths: &[String]) {
    for path in paths.iter().take(LISTED) {
        let _ = writeln!(out, "  {label:<7} {path}");
    }
    if paths.len() > LISTED {
        let _ = writeln!(
            out,
            "  {label:<7} … and {} more",
            thousands(paths.len() - LISTED)
        );
    }
}

/// What `--dry-run` found: each file that would be added, changed or removed, then the
/// counts.
pub fn dry_run(plan: &Plan, dest: &Path) -> String {
    let mut out = String::new();
    list(&mut out, "add", &plan.added);
    list(&mut out, "change", &plan.changed);
    list(&mut out, "remove", &plan.removed);
    if plan.resumed {
        out.push_str("  a publish there was cut short; publishing completes it\n");
    }
    let _ = write!(
        out,
        "would publish {} to {} (nothing was written)",
        counts(plan),
        dest.display()
    );
    out
}

/// One build, as `--status` names it.
fn version_line(v: &Version) -> String {
    format!(
        "built {}, {} items, {} pages, digest {}, gongkai {}",
        v.built_on,
        thousands(v.items),
        thousands(v.pages),
        &v.digest[..v.digest.len().min(12)],
        v.gongkai
    )
}

/// What `--status` found.
pub fn status(status: &Status, this: &Version, dest: &Path) -> String {
    let mut out = String::new();
    let dest = dest.display();
    if !status.published {
        let _ = write!(
            out,
            "{dest} holds no board published by gongkai (no .gongkai-output marker)\n  this build: {}",
            version_line(this)
        );
        return out;
    }
    if status.matches() {
        let _ = write!(out, "{dest} holds this build: {}", version_line(this));
        return out;
    }
    let _ = writeln!(out, "{dest} differs from this build:");
    match &status.live {
        Some(live) => {
            let _ = writeln!(out, "  live:       {}", version_line(live));
        }
        None => out.push_str("  live:       a build without version.json\n"),
    }
    let _ = writeln!(out, "  this build: {}", version_line(this));
    if status.plan.resumed {
        out.push_str("  a publish there was cut short: `gongkai publish` completes it\n");
    }
    list(&mut out, "add", &status.plan.added);
    list(&mut out, "change", &status.plan.changed);
    list(&mut out, "remove", &status.plan.removed);
    let _ = write!(out, "publishing would do: {}", counts(&status.plan));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        for (n, shown) in [(0, "0"), (999, "999"), (1000, "1,000"), (25130, "25,130")] {
            assert_eq!(thousands(n), shown);
        }
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn the_summary_counts_each_kind() {
        let plan = Plan {
            added: vec!["a".into()],
            changed: vec!["b".into(), "c".into(), "d".into()],
            removed: vec!["e".into()],
            unchanged: 25130,
            resumed: false,
        };
        assert_eq!(
            summary(&plan, Path::new("x"), 0.42),
            "published 1 added, 3 changed, 1 removed, 25,130 unchanged in 0.4 s to x"
        );
    }
}
