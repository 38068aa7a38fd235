//! Edit-to-reload benchmark of the live preview (a benchmark, not a test: it prints
//! figures and asserts nothing about time).
//!
//! For each board size it generates a board (see `board`), then measures, as medians:
//! - `full`: a one-shot `build::run` (what `gongkai build` does, without writing);
//! - `body`, `title`, `finance`: an incremental rebuild after editing a notice's text,
//!   a notice's title (its lists and the home page change too), and a finance report's
//!   note (a data page with its downloads);
//! - `reload`: the whole loop through the real `gongkai serve`, for each of the three
//!   edits: write the file, wait for the reload event on the event stream (watcher, quiet
//!   spell, rebuild, event); beside it the rebuild time the server printed.
//!
//! Run: `cargo bench --bench edit_to_reload` (sizes: `GONGKAI_BENCH_SIZES=1000,10000`,
//! runs per figure: `GONGKAI_BENCH_RUNS=7`). `GONGKAI_BENCH_PROFILE=0|1|2` instead runs
//! only rebuilds after one edit (text, title, finance), `GONGKAI_BENCH_PROFILE_RUNS` of
//! them (200), for a profiler; the difference of two counts gives one rebuild's cost.

mod board;

// The same allocator as the `gongkai` binary, so the figures are the ones users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gongkai::build::{self, Mode};
use gongkai::check::Options;
use gongkai::serve::incremental::Incremental;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn median_or_zero(v: Vec<f64>) -> f64 {
    if v.is_empty() { 0.0 } else { median(v) }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Rewrites `rel` under `root`, replacing `from` by `to`, or back when it was done before.
fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let (a, b) = if text.contains(from) {
        (from, to)
    } else {
        (to, from)
    };
    assert!(text.contains(a), "{rel} lacks {a}");
    std::fs::write(&path, text.replacen(a, b, 1)).unwrap();
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `gongkai serve` on a free port and returns it with its address and the lines
/// it prints from then on.
fn serve(root: &Path, options: &Options) -> (Server, String, Arc<Mutex<Vec<String>>>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .args([
            "serve",
            "--port",
            "0",
            "--today",
            &options.today.to_string(),
            "--root",
        ])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let server = Server(child);
    let mut lines = BufReader::new(out).lines();
    let addr = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    // Keep reading stdout so the server never blocks on a full pipe.
    let printed = Arc::new(Mutex::new(Vec::new()));
    let sink = printed.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if let Ok(mut sink) = sink.lock() {
                sink.push(line);
            }
        }
    });
    (server, addr, printed)
}

/// Opens the event stream and returns it once the server has answered.
fn events(addr: &str) -> BufReader<TcpStream> {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET /__gongkai/events HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut r = BufReader::new(s);
    let mut line = String::new();
    while r.read_line(&mut line).unwrap() > 0 {
        if line.starts_with("retry:") {
            break;
        }
        line.clear();
    }
    r
}

fn wait_for_reload(r: &mut BufReader<TcpStream>) {
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).unwrap() == 0 {
            panic!("event stream closed");
        }
        if line.trim() == "event: reload" {
            return;
        }
    }
}

/// The milliseconds in the line `serve` prints after a rebuild, in English or Chinese
/// (Fluent's isolation marks around the number left out).
fn rebuild_ms(line: &str) -> Option<f64> {
    let line: String = line
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    let rest = ["rebuilt in ", "重新生成用时 ", "重新生成用時 "]
        .iter()
        .find_map(|p| line.strip_prefix(p))?;
    rest.split(' ').next()?.parse().ok()
}

fn main() {
    let sizes: Vec<usize> = std::env::var("GONGKAI_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("GONGKAI_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(7);
    let options = Options {
        today: jiff::civil::date(2026, 4, 6),
        drafts: false,
        future: false,
    };
    println!("n\tstep\tmedian_ms\t(runs)");
    for n in sizes {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let notices = board::generate(root, n);
        let notice = notices[notices.len() / 2].clone();
        let finance = "content/team01/2020/finance-q2.yaml".to_string();
        let steps: [(&str, &str, &str, &str); 3] = [
            ("notice text", &notice, "特此通知。", "特此通知！"),
            ("notice title", &notice, "工作安排的通知", "工作安排的通告"),
            (
                "finance note",
                &finance,
                "note: 第2季度支出",
                "note: 第二季度支出",
            ),
        ];
        if std::env::var_os("GONGKAI_BENCH_PROFILE").is_some() {
            let mut engine = Incremental::new(root, &options);
            engine.rebuild(None).unwrap();
            {
                let k = std::env::var("GONGKAI_BENCH_PROFILE").unwrap_or_default();
                let (_, rel, from, to) = steps[k.parse::<usize>().unwrap_or(2)];
                let count: usize = std::env::var("GONGKAI_BENCH_PROFILE_RUNS")
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(200);
                eprintln!("READY");
                for _ in 0..count {
                    edit(root, rel, from, to);
                    engine
                        .rebuild(Some(std::slice::from_ref(&rel.to_string())))
                        .unwrap();
                }
                return;
            }
        }

        let full: Vec<f64> = (0..runs.min(3))
            .map(|_| {
                let r = build::run(root, &options, Mode::Render, &|_| {}).unwrap();
                assert!(
                    !r.diagnostics.has_errors(),
                    "the generated board has errors"
                );
                ms(r.elapsed)
            })
            .collect();
        let pages = build::run(root, &options, Mode::Render, &|_| {})
            .unwrap()
            .page_count;
        println!(
            "{n}\tfull build ({pages} pages)\t{:.0}\t({})",
            median(full.clone()),
            full.len()
        );

        let mut engine = Incremental::new(root, &options);
        let first = engine.rebuild(None).unwrap();
        println!(
            "{n}\tfirst preview build\t{:.0}\t(1)",
            ms(first.result.elapsed)
        );
        for (what, rel, from, to) in steps {
            let mut times = Vec::new();
            let mut rendered = 0;
            let mut stages = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
            for _ in 0..runs {
                edit(root, rel, from, to);
                let r = engine
                    .rebuild(Some(std::slice::from_ref(&rel.to_string())))
                    .unwrap();
                assert!(r.result.output.is_some());
                times.push(ms(r.result.elapsed));
                rendered = r.pages_rendered;
                for (i, (_, d)) in r.stages.iter().enumerate() {
                    stages[i].push(ms(*d));
                }
            }
            let split: Vec<String> = ["load", "check", "render", "scan"]
                .iter()
                .zip(stages)
                .map(|(name, t)| format!("{name} {:.1}", median(t)))
                .collect();
            println!(
                "{n}\trebuild after {what} ({rendered} pages rendered; {})\t{:.1}\t({runs})",
                split.join(", "),
                median(times)
            );
        }

        if std::env::var_os("GONGKAI_BENCH_NO_SERVE").is_some() {
            continue;
        }
        let (_server, addr, printed) = serve(root, &options);
        let mut stream = events(&addr);
        for (what, rel, from, to) in steps {
            let seen = printed.lock().map(|l| l.len()).unwrap_or(0);
            let mut times = Vec::new();
            for _ in 0..runs {
                let started = Instant::now();
                edit(root, rel, from, to);
                wait_for_reload(&mut stream);
                times.push(ms(started.elapsed()));
                // Let the watcher settle so runs do not overlap.
                std::thread::sleep(Duration::from_millis(200));
            }
            // What the server itself says each rebuild took (`rebuilt in N ms: ...`, or
            // in the site's language, `重新生成用时 N 毫秒：...`).
            let inside: Vec<f64> = printed
                .lock()
                .map(|lines| lines[seen..].iter().filter_map(|l| rebuild_ms(l)).collect())
                .unwrap_or_default();
            println!(
                "{n}	save -> reload event through gongkai serve, {what} (its rebuild {:.0} ms)\t{:.1}\t({runs})",
                median_or_zero(inside),
                median(times)
            );
        }
        let mut sink = Vec::new();
        let _ = stream
            .get_mut()
            .set_read_timeout(Some(Duration::from_millis(1)));
        let _ = stream.read_to_end(&mut sink);
    }
}
