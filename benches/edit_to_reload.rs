//! Benchmark (not a test): stage times of a full build on a generated board.
mod board;
use std::time::Instant;
use gongkai::check::privacy::{self, Allow};
fn main() {
    for n in [1000usize, 10000] {
        let dir = tempfile::tempdir().unwrap();
        board::generate(dir.path(), n);
        let options = gongkai::check::Options { today: jiff::civil::date(2026, 4, 6), drafts: false, future: false };
        for _ in 0..2 {
        let t = Instant::now();
        let loaded = gongkai::load::load(dir.path()).unwrap();
        let t_load = t.elapsed();
        let t = Instant::now();
        let (board, diags) = gongkai::check::check(&loaded.config, &loaded.site, &options);
        let t_check = t.elapsed();
        let t = Instant::now();
        let (out, rd) = gongkai::render::render(dir.path(), &loaded.config, &board, gongkai::render::RenderOptions { today: options.today }).unwrap();
        let t_render = t.elapsed();
        let t = Instant::now();
        let pd = privacy::scan_output(&out, &Allow::new(&loaded.config.privacy.allow));
        let t_scan = t.elapsed();
        let bytes: usize = out.files.values().map(|v| v.len()).sum();
        println!("n={n} load={t_load:?} check={t_check:?} render={t_render:?} scan={t_scan:?} files={} bytes={bytes} diags={}/{}/{}/{}", out.files.len(), loaded.diagnostics.len(), diags.len(), rd.len(), pd.len());
        for d in loaded.diagnostics.iter().chain(&diags).chain(&rd).take(3) { println!("{}", d.render_text()); }
        }
    }
}
