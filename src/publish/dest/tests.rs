use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use super::*;
use crate::publish::{BuildInfo, Output};

fn release(files: &[(&str, &str)]) -> Release {
    let mut output = Output::default();
    for (path, text) in files {
        output.insert(*path, *text);
    }
    let info = BuildInfo {
        built_on: jiff::civil::date(2026, 4, 6),
        items: 1,
        pages: 1,
    };
    Release::new(output, &info)
}

/// A site folder and a destination beside it (not yet there).
fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("share/board");
    (dir, dest)
}

/// Every file under `dir`, by `/`-separated path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, rel: &str, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if entry.file_type().unwrap().is_dir() {
                walk(&entry.path(), &path, out);
            } else {
                out.insert(path, fs::read(entry.path()).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, "", &mut out);
    out
}

/// Asserts `dest` holds exactly `release` and its marker, and nothing of a publish under way.
fn assert_holds(dest: &Path, release: &Release) {
    let mut want: BTreeMap<String, Vec<u8>> = release
        .output
        .files
        .iter()
        .map(|(p, b)| (p.clone(), b.to_vec()))
        .collect();
    want.insert(MARKER.into(), release.manifest.marker_text().into_bytes());
    assert_eq!(tree(dest), want);
}

fn quiet(_: usize, _: usize) {}

/// Publishes `release`, cut short (as by a kill) after `files` files were written.
fn cut_short(release: &Release, dest: &Path, root: &Path, files: usize) {
    let stop = move |done: usize, _: usize| {
        if done >= files {
            panic!("cut short");
        }
    };
    let result = catch_unwind(AssertUnwindSafe(|| publish(release, dest, root, &stop)));
    assert!(result.is_err(), "the publish ran to its end");
    assert!(dest.join(JOURNAL).is_file());
}

#[test]
fn publishes_then_leaves_an_up_to_date_folder_alone() {
    let (site, dest) = site();
    let v1 = release(&[
        ("index.html", "home"),
        ("a/index.html", "a"),
        ("theme/s.css", "s"),
    ]);
    let plan = publish(&v1, &dest, site.path(), &quiet).unwrap();
    assert_eq!((plan.added.len(), plan.unchanged), (4, 0));
    assert_holds(&dest, &v1);
    let before = fs::metadata(dest.join(MARKER)).unwrap().modified().unwrap();
    let plan = publish(&v1, &dest, site.path(), &quiet).unwrap();
    assert!(plan.is_empty(), "{plan:?}");
    assert_eq!(plan.unchanged, 4);
    assert_eq!(
        fs::metadata(dest.join(MARKER)).unwrap().modified().unwrap(),
        before
    );
    assert!(status(&v1, &dest).unwrap().matches());
}

#[test]
fn writes_only_what_changed_and_removes_what_went() {
    let (site, dest) = site();
    let v1 = release(&[
        ("index.html", "home"),
        ("a/index.html", "a"),
        ("old/x.csv", "x"),
    ]);
    publish(&v1, &dest, site.path(), &quiet).unwrap();
    let v2 = release(&[
        ("index.html", "home"),
        ("a/index.html", "a2"),
        ("b/index.html", "b"),
    ]);
    assert!(!status(&v2, &dest).unwrap().matches());
    let dry = plan(&v2, &dest, site.path()).unwrap();
    assert_holds(&dest, &v1);
    let done = publish(&v2, &dest, site.path(), &quiet).unwrap();
    assert_eq!(dry, done);
    assert_eq!(done.added, ["b/index.html"]);
    // version.json changes with every other file (its digest).
    assert_eq!(done.changed, ["a/index.html", "version.json"]);
    assert_eq!(done.removed, ["old/x.csv"]);
    assert_eq!(done.unchanged, 1);
    assert_holds(&dest, &v2);
    assert!(!dest.join("old").exists(), "an emptied folder goes too");
}

#[test]
fn refuses_a_folder_it_did_not_write() {
    let (site, dest) = site();
    fs::create_dir_all(&dest).unwrap();
    fs::write(dest.join("report.docx"), "x").unwrap();
    let v1 = release(&[("index.html", "home")]);
    assert!(publish(&v1, &dest, site.path(), &quiet).is_err());
    assert!(plan(&v1, &dest, site.path()).is_err());
    assert!(!status(&v1, &dest).unwrap().published);
}

#[test]
fn a_publish_cut_short_is_completed_by_the_next() {
    // Pages of one size in every version, so only hashes tell them apart.
    let v1 = release(&[
        ("index.html", "home1"),
        ("a/index.html", "aaa1"),
        ("s.css", "c1"),
    ]);
    let v2 = release(&[
        ("index.html", "home2"),
        ("a/index.html", "aaa2"),
        ("n.css", "n"),
    ]);
    let v3 = release(&[("index.html", "home3"), ("a/index.html", "aaa3")]);
    for (cuts, last) in [
        (vec![(&v2, 1)], &v1),
        (vec![(&v2, 1)], &v2),
        (vec![(&v2, 2)], &v3),
        (vec![(&v2, 2), (&v3, 1)], &v1),
        (vec![(&v2, 3), (&v1, 1), (&v3, 1)], &v2),
    ] {
        let (site, dest) = site();
        publish(&v1, &dest, site.path(), &quiet).unwrap();
        for (to, files) in &cuts {
            cut_short(to, &dest, site.path(), *files);
            // Cut short, the files that are not pages are there before any page of the
            // new build, and stale ones stay until every page is in.
            let new_page = ["index.html", "a/index.html"]
                .iter()
                .any(|p| fs::read(dest.join(p)).unwrap() == *to.output.files[*p]);
            if new_page && to.output.files.contains_key("n.css") {
                assert!(dest.join("n.css").exists());
            }
            assert!(dest.join("s.css").exists());
        }
        let plan = publish(last, &dest, site.path(), &quiet).unwrap();
        assert!(plan.resumed);
        assert_holds(&dest, last);
        assert!(status(last, &dest).unwrap().matches());
    }
}

#[test]
fn a_file_where_a_folder_goes_and_the_other_way() {
    let (site, dest) = site();
    let v1 = release(&[("index.html", "h"), ("a", "file a"), ("b/index.html", "b")]);
    let v2 = release(&[("index.html", "h"), ("a/index.html", "a"), ("b", "file b")]);
    publish(&v1, &dest, site.path(), &quiet).unwrap();
    publish(&v2, &dest, site.path(), &quiet).unwrap();
    assert_holds(&dest, &v2);
    publish(&v1, &dest, site.path(), &quiet).unwrap();
    assert_holds(&dest, &v1);
}

#[test]
fn files_written_by_hand_are_found() {
    let (site, dest) = site();
    let v1 = release(&[("index.html", "home"), ("a/index.html", "a")]);
    publish(&v1, &dest, site.path(), &quiet).unwrap();
    fs::write(dest.join("stray.html"), "x").unwrap();
    fs::write(dest.join("a/index.html"), "longer").unwrap();
    let status = status(&v1, &dest).unwrap();
    assert_eq!(status.plan.changed, ["a/index.html"]);
    assert_eq!(status.plan.removed, ["stray.html"]);
    assert_eq!(status.live.as_ref(), Some(v1.version()));
    publish(&v1, &dest, site.path(), &quiet).unwrap();
    assert_holds(&dest, &v1);
}

#[test]
fn assets_go_in_before_pages_and_the_home_page_last() {
    let plan = Plan {
        added: ["index.html", "n/index.html", "theme/s.1.css"]
            .map(String::from)
            .to_vec(),
        changed: [
            "a/index.html",
            "search/index.js",
            "search/t/3.js",
            "a/data.json",
        ]
        .map(String::from)
        .to_vec(),
        ..Plan::default()
    };
    let steps: Vec<Vec<&str>> = apply::order(&plan)
        .iter()
        .map(|s| s.iter().map(|p| p.as_str()).collect())
        .collect();
    assert_eq!(
        steps,
        [
            vec!["theme/s.1.css"],
            vec!["n/index.html"],
            vec!["search/t/3.js", "a/data.json"],
            vec!["a/index.html", "search/index.js"],
            vec!["index.html"],
        ]
    );
}
