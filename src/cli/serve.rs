//! `gongkai serve` (the preview in a browser) and `gongkai watch` (rebuild and publish on
//! every save): both run until stopped.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use gongkai::config::Language;

use super::Outcome;
use super::args::Common;

/// Lets the allocator keep memory it was given back for `ms` milliseconds before it
/// returns it to the system. The preview frees what a rebuild made and makes as much
/// again at the next save, seconds later: kept memory is reused instead of fresh pages
/// being faulted in and zeroed, some 15-20 ms of a save at 10,000 items
/// (benches/edit_to_reload.rs, save -> reload through `gongkai serve`).
fn keep_freed_memory(ms: i64) {
    super::allocator_purge_delay(ms);
}

/// What `serve` is asked besides the common flags.
pub struct Preview {
    /// Address to listen on.
    pub bind: IpAddr,
    /// Port to listen on.
    pub port: u16,
    /// Open the browser.
    pub open: bool,
    /// Include drafts.
    pub drafts: bool,
    /// Include items published after the build date.
    pub future: bool,
}

/// `gongkai serve`.
pub fn serve(common: &Common, preview: &Preview, language: Language) -> Outcome {
    let options = super::options(common, preview.drafts, preview.future, language)?;
    keep_freed_memory(60_000);
    let serve = gongkai::serve::ServeOptions {
        bind: preview.bind,
        port: preview.port,
        open: preview.open,
    };
    gongkai::serve::serve(&common.root, &options, &serve)?;
    Ok(ExitCode::SUCCESS)
}

/// `gongkai watch`.
pub fn watch(common: &Common, output: Option<PathBuf>, language: Language) -> Outcome {
    let options = super::options(common, false, false, language)?;
    let out = output.unwrap_or_else(|| common.root.join("public"));
    gongkai::publish::check_output_dir(&out, &common.root)?;
    keep_freed_memory(60_000);
    gongkai::serve::watch(&common.root, &out, &options)?;
    Ok(ExitCode::SUCCESS)
}
