//! What `gongkai publish` says: the progress of a long copy, the summary, what
//! `--dry-run` would do, and what `--status` finds, in the site's language. The words are
//! the catalogue's `publish-*` entries; numbers are grouped by thousands here (`25,130`)
//! and handed to the catalogue beside the plain count its plural forms select on.

use std::fmt::Write;
use std::path::Path;

use fluent_bundle::FluentValue;

use super::words;
use crate::catalog::{Args, Catalog};
use crate::config::Language;
use crate::publish::Version;
use crate::publish::dest::{Plan, Status};

/// How many paths of each kind `--dry-run` and `--status` list before `… and N more`.
const LISTED: usize = 20;

/// The columns the label of a listed path takes, padded (`add    `, `新增   `).
const LABEL_COLUMNS: usize = 7;

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

/// Sets `name` to `n` grouped by thousands, and `name-n` to the count itself (for the
/// plural forms).
fn count(args: &mut Args<'static>, name: &'static str, n: usize) {
    args.set(name, thousands(n));
    args.set(format!("{name}-n"), FluentValue::from(n));
}

/// `2 added, 3 changed, 1 removed, 25,130 unchanged`.
fn counts(cat: &Catalog, plan: &Plan) -> String {
    let mut args = Args::new();
    count(&mut args, "added", plan.added.len());
    count(&mut args, "changed", plan.changed.len());
    count(&mut args, "removed", plan.removed.len());
    count(&mut args, "unchanged", plan.unchanged);
    cat.format("publish-counts", Some(&args))
}

/// The progress line of a long copy: `… publishing: 1,234 of 5,000 files (2.3 s)`.
pub fn progress(language: Language, done: usize, total: usize, seconds: f64) -> String {
    let mut args = words::args([("seconds", format!("{seconds:.1}"))]);
    count(&mut args, "done", done);
    count(&mut args, "total", total);
    Catalog::of(language).format("publish-progress", Some(&args))
}

/// The summary: `published 2 added, 3 changed, 1 removed, 25,130 unchanged in 0.4 s to
/// DEST`.
pub fn summary(language: Language, plan: &Plan, dest: &Path, seconds: f64) -> String {
    let cat = Catalog::of(language);
    let args = words::args([
        ("counts", counts(cat, plan)),
        ("seconds", format!("{seconds:.1}")),
        ("dest", dest.display().to_string()),
        ("resumed", words::yes(plan.resumed).to_string()),
    ]);
    cat.format("publish-summary", Some(&args))
}

/// `label` padded to `LABEL_COLUMNS` columns (a Chinese character takes two).
fn padded(label: &str) -> String {
    let wide = |c: char| ('\u{1100}'..='\u{ffdc}').contains(&c) && !c.is_ascii();
    let columns: usize = label.chars().map(|c| if wide(c) { 2 } else { 1 }).sum();
    format!(
        "{label}{}",
        " ".repeat(LABEL_COLUMNS.saturating_sub(columns))
    )
}

/// Up to `LISTED` of `paths`, each on a line after the word of `id`.
fn list(cat: &Catalog, out: &mut String, id: &str, paths: &[String]) {
    let label = padded(&cat.text(id));
    for path in paths.iter().take(LISTED) {
        let _ = writeln!(out, "  {label} {path}");
    }
    if paths.len() > LISTED {
        let mut args = Args::new();
        count(&mut args, "more", paths.len() - LISTED);
        let _ = writeln!(out, "  {label} {}", cat.format("publish-more", Some(&args)));
    }
}

/// Each file that would be added, changed or removed.
fn lists(cat: &Catalog, out: &mut String, plan: &Plan) {
    list(cat, out, "publish-add", &plan.added);
    list(cat, out, "publish-change", &plan.changed);
    list(cat, out, "publish-remove", &plan.removed);
}

/// What `--dry-run` found: each file that would be added, changed or removed, then the
/// counts.
pub fn dry_run(language: Language, plan: &Plan, dest: &Path) -> String {
    let cat = Catalog::of(language);
    let mut out = String::new();
    lists(cat, &mut out, plan);
    if plan.resumed {
        let _ = writeln!(out, "  {}", cat.text("publish-dry-run-resumed"));
    }
    let args = words::args([
        ("counts", counts(cat, plan)),
        ("dest", dest.display().to_string()),
    ]);
    out.push_str(&cat.format("publish-dry-run", Some(&args)));
    out
}

/// One build, as `--status` names it.
fn version_line(cat: &Catalog, v: &Version) -> String {
    let mut args = words::args([
        ("date", v.built_on.clone()),
        ("digest", v.digest[..v.digest.len().min(12)].to_string()),
        ("gongkai", v.gongkai.clone()),
    ]);
    count(&mut args, "items", v.items);
    count(&mut args, "pages", v.pages);
    cat.format("publish-version", Some(&args))
}

/// The entry `id` with `$build` (and `$dest`).
fn build_line(cat: &Catalog, id: &str, build: String, dest: &str) -> String {
    let args = words::args([("build", build), ("dest", dest.to_string())]);
    cat.format(id, Some(&args))
}

/// What `--status` found.
pub fn status(language: Language, status: &Status, this: &Version, dest: &Path) -> String {
    let cat = Catalog::of(language);
    let dest = dest.display().to_string();
    let this = version_line(cat, this);
    let this_line = build_line(cat, "publish-status-this", this.clone(), &dest);
    if !status.published {
        let not_ours = build_line(cat, "publish-status-not-ours", String::new(), &dest);
        return format!("{not_ours}\n  {this_line}");
    }
    if status.matches() {
        return build_line(cat, "publish-status-same", this, &dest);
    }
    let mut out = build_line(cat, "publish-status-differs", String::new(), &dest);
    let live = match &status.live {
        Some(live) => build_line(cat, "publish-status-live", version_line(cat, live), &dest),
        None => cat.text("publish-status-live-unknown"),
    };
    let _ = writeln!(out, "\n  {live}\n  {this_line}");
    if status.plan.resumed {
        let _ = writeln!(out, "  {}", cat.text("publish-status-resumed"));
    }
    lists(cat, &mut out, &status.plan);
    let args = words::args([("counts", counts(cat, &status.plan))]);
    out.push_str(&cat.format("publish-status-would", Some(&args)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        Plan {
            added: vec!["a".into()],
            changed: vec!["b".into(), "c".into(), "d".into()],
            removed: vec!["e".into()],
            unchanged: 25130,
            resumed: false,
        }
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        for (n, shown) in [(0, "0"), (999, "999"), (1000, "1,000"), (25130, "25,130")] {
            assert_eq!(thousands(n), shown);
        }
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn the_summary_counts_each_kind() {
        assert_eq!(
            summary(Language::En, &plan(), Path::new("x"), 0.42),
            "published 1 added, 3 changed, 1 removed, 25,130 unchanged in 0.4 s to x"
        );
        assert_eq!(
            summary(Language::ZhHans, &plan(), Path::new("x"), 0.42),
            "已发布到 x：新增 1 个，修改 3 个，删除 1 个，未变 25,130 个文件，用时 0.4 秒"
        );
    }

    #[test]
    fn progress_counts_files_in_the_singular_and_plural() {
        assert_eq!(
            progress(Language::En, 1, 1, 0.0),
            "… publishing: 1 of 1 file (0.0 s)"
        );
        assert_eq!(
            progress(Language::En, 1234, 5000, 2.34),
            "… publishing: 1,234 of 5,000 files (2.3 s)"
        );
        assert_eq!(
            progress(Language::ZhHant, 1, 2, 0.5),
            "… 正在發佈：第 1 / 2 個文件（0.5 秒）"
        );
    }

    #[test]
    fn listed_paths_line_up_in_every_language() {
        let mut many = plan();
        many.added = (0..22).map(|i| format!("p{i}")).collect();
        let en = dry_run(Language::En, &many, Path::new("x"));
        assert!(en.contains("\n  add     p1\n"), "{en}");
        assert!(en.contains("\n  add     … and 2 more\n"), "{en}");
        assert!(en.contains("\n  change  b\n"), "{en}");
        let zh = dry_run(Language::ZhHans, &many, Path::new("x"));
        assert!(zh.contains("\n  新增    p1\n"), "{zh}");
        assert!(zh.contains("\n  删除    e\n"), "{zh}");
    }
}
