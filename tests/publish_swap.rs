//! The publish swap on the real binary:
//!
//! - a reader looping on `public/index.html` while 100 builds run never finds it missing
//!   (Linux: the swap is one atomic exchange);
//! - a build killed (`kill -9`) at 50 seeded pseudo-random moments leaves `public/` as
//!   the old build or the new one, complete, and the next normal build removes every
//!   staging and old folder the killed builds left.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{TODAY, build_cmd, minimal_site, run, tree, write};

/// Notices in the test site for the kills: enough pages that writing and removing a tree
/// takes a few milliseconds, few enough that a build stays quick.
const NOTICES: usize = 20;

/// Writes the site's content in one of two versions, told apart by every notice's text.
fn write_version(root: &Path, version: usize) {
    write_notices(root, version, NOTICES);
}

/// Writes `count` notices in one of two versions.
fn write_notices(root: &Path, version: usize, count: usize) {
    for i in 0..count {
        write(
            root,
            &format!("content/notices/n{i:02}.md"),
            format!(
                "---\ntitle: 第{i}号通知\npublished: 2026-04-01\n---\n这是第{version}版的第{i}号通知。\n"
            ),
        );
    }
}

/// The output of each version, built once into its own folder.
fn expected_trees(root: &Path, into: &Path) -> [BTreeMap<String, Vec<u8>>; 2] {
    [0, 1].map(|version| {
        write_version(root, version);
        let out = into.join(format!("v{version}"));
        run(&mut build_cmd(root, &["--output", out.to_str().unwrap()])).expect_code(0);
        tree(&out)
    })
}

/// The staging and old folders beside the output.
fn leftovers(root: &Path) -> Vec<String> {
    fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.staging-") || n.starts_with(".public.old-"))
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn the_output_is_never_missing_while_builds_swap_it() {
    let start = Instant::now();
    let site = minimal_site();
    let root = site.path();
    write_notices(root, 0, 2);
    run(&mut build_cmd(root, &[])).expect_code(0);

    let done = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let reader = {
        let (done, reads) = (done.clone(), reads.clone());
        let index = root.join("public/index.html");
        std::thread::spawn(move || {
            let mut missing = Vec::new();
            while !done.load(Ordering::Relaxed) {
                match fs::read(&index) {
                    Ok(bytes) if bytes.ends_with(b"</html>\n") => {}
                    Ok(bytes) => missing.push(format!("cut short at {} bytes", bytes.len())),
                    Err(e) => missing.push(e.to_string()),
                }
                reads.fetch_add(1, Ordering::Relaxed);
            }
            missing
        })
    };
    for build in 0..100 {
        write_notices(root, (build + 1) % 2, 2);
        run(&mut build_cmd(root, &[])).expect_code(0);
    }
    done.store(true, Ordering::Relaxed);
    let missing = reader.join().unwrap();
    let reads = reads.load(Ordering::Relaxed);
    assert!(reads > 100, "the reader read only {reads} times");
    assert!(
        missing.is_empty(),
        "public/index.html was missing or partial {} times in {reads} reads: {:?}",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
    eprintln!("100 builds, {reads} reads in {:?}", start.elapsed());
}

/// A small seeded pseudo-random generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_random_moments_leaves_the_old_or_the_new_output() {
    let start = Instant::now();
    let site = minimal_site();
    let root = site.path();
    let scratch = tempfile::tempdir().unwrap();
    let expected = expected_trees(root, scratch.path());
    assert_ne!(expected[0], expected[1]);

    // How long one build takes here, so the kills spread over all of it.
    write_version(root, 0);
    let timed = Instant::now();
    run(&mut build_cmd(root, &[])).expect_code(0);
    let span = (timed.elapsed().as_micros() as u64 * 3 / 2).max(1_000);
    let mut current = 0;

    let seed = 0x5EED_2026_0406;
    let mut rng = Rng(seed);
    let mut outcomes = [0usize; 2];
    for kill in 0..50 {
        let next = 1 - current;
        write_version(root, next);
        let mut child = spawn_build(root);
        std::thread::sleep(Duration::from_micros(rng.below(span)));
        let _ = child.kill();
        let _ = child.wait();
        let public = root.join("public");
        if !public.exists() && !cfg!(target_os = "linux") {
            // Two renames elsewhere: the README names this moment.
            continue;
        }
        let found = tree(&public);
        let version = expected
            .iter()
            .position(|t| *t == found)
            .unwrap_or_else(|| {
                panic!(
                    "kill {kill} (seed {seed:#x}, span {span} µs): public/ is neither the old nor the new build: {} files, {:?}",
                    found.len(),
                    found.keys().take(10).collect::<Vec<_>>()
                )
            });
        assert!(
            version == current || version == next,
            "kill {kill}: public/ went back to an older build"
        );
        outcomes[usize::from(version == next)] += 1;
        current = version;
    }

    // The next normal build removes what the killed ones left.
    write_version(root, 1 - current);
    run(&mut build_cmd(root, &[])).expect_code(0);
    assert_eq!(tree(&root.join("public")), expected[1 - current]);
    assert_eq!(leftovers(root), Vec::<String>::new());
    eprintln!(
        "50 kills over {span} µs: {} left the old build, {} the new, in {:?}",
        outcomes[0],
        outcomes[1],
        start.elapsed()
    );
}

/// `gongkai build` on `root`, started and left running.
fn spawn_build(root: &Path) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("gongkai starts")
}

#[cfg(unix)]
#[test]
fn a_build_leaves_nothing_beside_the_output() {
    let site = minimal_site();
    let root = site.path();
    write_version(root, 0);
    // Leftovers of a build that no longer runs...
    let mut finished = std::process::Command::new("true").spawn().unwrap();
    finished.wait().unwrap();
    let dead = finished.id();
    write(root, &format!(".public.staging-{dead}/index.html"), "half");
    write(root, &format!(".public.old-{dead}/index.html"), "old");
    // ...and of other folders, which are not ours to remove.
    write(root, &format!(".other.staging-{dead}/index.html"), "x");
    write(root, ".public.staging-notes/index.html", "x");
    run(&mut build_cmd(root, &[])).expect_code(0);
    let mut names: Vec<String> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            &format!(".other.staging-{dead}"),
            ".public.staging-notes",
            "content",
            "public",
            "site.yaml"
        ]
    );
}
