//! The fuzz targets' code, run in CI without libFuzzer: every committed seed in
//! `fuzz/corpus/TARGET/` goes through the very function the target calls
//! (`fuzz/entries.rs`, included here as a module), with the same checks. This is a
//! smoke test of a few seconds; the real fuzzing is `fuzz/run.sh` (README, "Fuzzing").

#[path = "../fuzz/entries.rs"]
mod entries;

use std::fs;
use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// Feeds every seed of `target` to `entry`; a failed check panics, naming the seed.
fn run_seeds(target: &str, entry: fn(&[u8])) {
    let dir = fuzz_dir().join("corpus").join(target);
    let mut seeds: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty(), "no seeds for {target}");
    for seed in seeds {
        let bytes = fs::read(&seed).unwrap();
        let run = std::panic::catch_unwind(|| entry(&bytes));
        assert!(run.is_ok(), "{target} fails on the seed {}", seed.display());
    }
}

#[test]
fn yaml_item_seeds() {
    run_seeds("yaml_item", entries::yaml_item);
}

#[test]
fn notice_seeds() {
    run_seeds("notice", entries::notice);
}

#[test]
fn site_yaml_seeds() {
    run_seeds("site_yaml", entries::site_yaml);
}

#[test]
fn markdown_seeds() {
    run_seeds("markdown", entries::markdown);
}

#[test]
fn money_seeds() {
    run_seeds("money", entries::money);
}

#[test]
fn privacy_scan_seeds() {
    run_seeds("privacy_scan", entries::privacy_scan);
}

/// Every target the entries name has its binary and its seeds, and the other way round.
#[test]
fn every_target_has_a_binary_and_seeds() {
    let names = |dir: &str, ext: &str| -> Vec<String> {
        let mut found: Vec<String> = fs::read_dir(fuzz_dir().join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|n| n.strip_suffix(ext).map(str::to_string))
            .collect();
        found.sort();
        found
    };
    let mut targets: Vec<String> = entries::TARGETS
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    targets.sort();
    assert_eq!(names("fuzz_targets", ".rs"), targets);
    assert_eq!(names("corpus", ""), targets);
}
