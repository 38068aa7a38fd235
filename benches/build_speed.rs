//! Build-speed benchmark (a benchmark, not a test: it prints figures and asserts nothing
//! about time): whole-process figures of `gongkai build`, as a user runs it.
//!
//! Builds, each `GONGKAI_BENCH_RUNS` times (default 5) after one warm-up run:
//! - the plain corpus of N Chinese notices (`benches/gen_corpus.py N DIR gongkai`: ~300
//!   characters and a 30x5 table each, in 20 sections) for N in `GONGKAI_BENCH_SIZES`
//!   (default 1000,10000), and, when `hugo` is on the PATH, the same pages in Hugo's
//!   flavour built by Hugo in the same run, with the ratio;
//! - a generated disclosure board of 10,000 items (all five kinds, see `board`);
//! - an unchanged rebuild of the 10,000-page corpus into the output the last run left,
//!   on the output folder's own filesystem (`GONGKAI_BENCH_DISK=DIR` puts the sites and
//!   outputs on that disk instead of the default temporary folder; `/dev/shm` is tmpfs).
//!
//! Prints for each: median wall, CPU (user + system) and peak RSS over the runs (from
//! `/usr/bin/time`), and pages per second.
//!
//! Run: `cargo bench --bench build_speed` (needs python3 and /usr/bin/time, Debian's
//! `time` package).

mod board;

use std::path::{Path, PathBuf};
use std::process::Command;

/// One run's whole-process figures.
#[derive(Clone, Copy)]
struct Run {
    wall: f64,
    cpu: f64,
    rss_mib: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs `program args` under `/usr/bin/time` and reads its figures.
fn timed(program: &str, args: &[&str], cwd: &Path) -> Run {
    let report = std::env::temp_dir().join(format!("gongkai-bench-time-{}", std::process::id()));
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&report)
        .arg(program)
        .args(args)
        .current_dir(cwd)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("/usr/bin/time runs (Debian package `time`)");
    assert!(status.success(), "{program} {args:?} failed");
    let text = std::fs::read_to_string(&report).expect("time wrote its report");
    let numbers: Vec<f64> = text
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 4, "time's report: {text}");
    Run {
        wall: numbers[0],
        cpu: numbers[1] + numbers[2],
        rss_mib: numbers[3] / 1024.0,
    }
}

/// `runs` timed runs of `once` after one warm-up run, as medians.
fn measure(runs: usize, mut once: impl FnMut() -> Run) -> Run {
    once();
    let all: Vec<Run> = (0..runs).map(|_| once()).collect();
    Run {
        wall: median(all.iter().map(|r| r.wall).collect()),
        cpu: median(all.iter().map(|r| r.cpu).collect()),
        rss_mib: median(all.iter().map(|r| r.rss_mib).collect()),
    }
}

fn print(label: &str, pages: usize, run: Run) {
    println!(
        "{label}\t{:.3} s wall\t{:.3} s cpu\t{:.0} MiB peak\t{:.0} pages/s",
        run.wall,
        run.cpu,
        run.rss_mib,
        pages as f64 / run.wall
    );
}

fn corpus(n: usize, dir: &Path, flavour: &str) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/gen_corpus.py");
    let status = Command::new("python3")
        .arg(script)
        .arg(n.to_string())
        .arg(dir)
        .arg(flavour)
        .arg("--force")
        .stdout(std::process::Stdio::null())
        .status()
        .expect("python3 runs");
    assert!(status.success(), "gen_corpus.py failed");
}

fn main() {
    let gongkai = env!("CARGO_BIN_EXE_gongkai");
    let runs: usize = std::env::var("GONGKAI_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let sizes: Vec<usize> = std::env::var("GONGKAI_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let base: PathBuf = std::env::var_os("GONGKAI_BENCH_DISK")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let work = tempfile::Builder::new()
        .prefix("gongkai-bench-")
        .tempdir_in(&base)
        .expect("a temporary folder");
    let hugo = Command::new("hugo").arg("version").output().is_ok();
    println!(
        "runs per figure: {runs} (medians), work folder on {}",
        base.display()
    );
    let today = "--today=2026-12-02";
    for &n in &sizes {
        let site = work.path().join(format!("plain-{n}"));
        corpus(n, &site, "gongkai");
        let out = work.path().join(format!("out-{n}"));
        let out_arg = out.to_string_lossy().to_string();
        let root_arg = site.to_string_lossy().to_string();
        let args = ["build", "--root", &root_arg, "--output", &out_arg, today];
        let fresh = measure(runs, || {
            let _ = std::fs::remove_dir_all(&out);
            timed(gongkai, &args, work.path())
        });
        print(&format!("gongkai, {n} plain pages"), n, fresh);
        let unchanged = measure(runs, || timed(gongkai, &args, work.path()));
        print(
            &format!("gongkai, {n} plain pages, unchanged rebuild"),
            n,
            unchanged,
        );
        if hugo {
            let hugo_site = work.path().join(format!("hugo-{n}"));
            corpus(n, &hugo_site, "hugo");
            let hugo_out = work.path().join(format!("hugo-out-{n}"));
            let hugo_out = hugo_out.to_string_lossy().to_string();
            let hugo_args = ["--quiet", "--destination", &hugo_out];
            let h = measure(runs, || {
                let _ = std::fs::remove_dir_all(&hugo_out);
                timed("hugo", &hugo_args, &hugo_site)
            });
            print(&format!("hugo, {n} plain pages"), n, h);
            println!("gongkai / hugo wall: {:.2}", fresh.wall / h.wall);
        }
    }
    let board_site = work.path().join("board-10000");
    board::generate(&board_site, 10_000);
    let out = work.path().join("board-out");
    let (root_arg, out_arg) = (
        board_site.to_string_lossy().to_string(),
        out.to_string_lossy().to_string(),
    );
    let args = ["build", "--root", &root_arg, "--output", &out_arg, today];
    let board = measure(runs, || {
        let _ = std::fs::remove_dir_all(&out);
        timed(gongkai, &args, work.path())
    });
    print("gongkai, 10,000-item board", 10_000, board);
}
