//! `gongkai serve` and `gongkai watch`: rebuild on every save.
//!
//! A watcher (notify) collects changed paths until the files have been still for a
//! moment, drops editor leftovers (swap, backup and lock files), and hands the batch to
//! the incremental engine (`incremental`), which gives what `build` would give for the
//! same files. A good build replaces what is served (or, for `watch`, is published to the
//! output folder); a failed one keeps the last good pages and shows its diagnostics in the
//! terminal and, in `serve`, as an overlay on every page. Browsers reload through
//! server-sent events. The reload script is added to HTML as it is served, never to files
//! `build` writes. Nothing a clerk can write stops the server: content problems are
//! diagnostics, tool failures are printed and the next save tries again.
//!
//! This module only wires the rooms together: `watcher` (which saves matter, and when a
//! burst is over), `incremental` (what can be reused between builds), `http` (what a
//! request gets: pages, the reload script, problems, events), `server` (connections, their
//! limits and time limits), `request` (reading and checking one request head) and `report`
//! (what the terminal shows).

pub mod http;
pub mod incremental;
mod report;
mod request;
mod server;
mod watcher;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::Arc;

use crate::ToolError;
use crate::build::BuildResult;
use crate::check::Options;
use crate::config::{Language, site_language};
use crate::messages::preview;
use crate::publish;
use http::Live;
use incremental::{Incremental, Rebuild};
use report::{describe, report};
use watcher::{Changes, SiteWatcher};

/// Settings of `serve`.
pub struct ServeOptions {
    /// Address to bind.
    pub bind: IpAddr,
    /// Port.
    pub port: u16,
    /// Open a browser.
    pub open: bool,
}

/// Runs one rebuild for `changes`: a lost-events notice empties the cache first, and a
/// panic (a bug, never a content problem) is reported and costs only this rebuild. A
/// failure is said in `language` (the site's as the last build read it).
fn rebuild(
    engine: &mut Incremental,
    changes: &Changes,
    language: Language,
) -> Result<Rebuild, String> {
    if changes.rescan {
        engine.forget();
    }
    match std::panic::catch_unwind(AssertUnwindSafe(|| engine.rebuild(Some(&changes.paths)))) {
        Ok(Ok(rebuild)) => Ok(rebuild),
        Ok(Err(e)) => Err(e.text(language)),
        Err(_) => {
            engine.forget();
            Err(preview::internal_error(language))
        }
    }
}

/// `gongkai serve`: builds into memory and serves the preview until stopped.
pub fn serve(root: &Path, options: &Options, serve: &ServeOptions) -> Result<(), ToolError> {
    let server = server::listen(serve.bind, serve.port)?;
    let port = server.port();
    let live = Arc::new(Live::default());
    let language = site_language(root);

    let watcher = SiteWatcher::start(root)
        .map_err(|e| report::error(preview::reload_off(language, &e.text(language))))
        .ok();
    let mut engine = Incremental::new(root, options);
    let first = engine.rebuild(None)?;
    report(&first, None);
    let mut language = first.result.language;
    live.show(first.result);
    let host = if serve.bind.is_unspecified() {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else {
        serve.bind
    };
    let url = format!("http://{}/", SocketAddr::new(host, port));
    println!("{}", preview::serving(language, &url));
    if !serve.bind.is_loopback() {
        eprintln!("{}", preview::reachable(language, serve.bind));
    }
    if serve.open {
        open_browser(&url, language);
    }
    let watch_live = live.clone();
    std::thread::spawn(move || {
        let Some(watcher) = watcher else { return };
        watcher.run(|changes| {
            let what = describe(&changes, language);
            match rebuild(&mut engine, &changes, language) {
                Ok(rebuild) => {
                    report(&rebuild, Some(&what));
                    language = rebuild.result.language;
                    watch_live.show(rebuild.result);
                }
                Err(e) => report::rebuild_failed(language, &e, &what, true),
            }
        });
    });

    server.run(live);
    Ok(())
}

/// `gongkai watch`: rebuilds on every change and publishes each good build to `out`.
pub fn watch(root: &Path, out: &Path, options: &Options) -> Result<(), ToolError> {
    // What the output folder holds, so each publish writes only what changed.
    let mut published: Option<publish::Published> = None;
    let mut publish_result = |result: &BuildResult| -> Result<(), ToolError> {
        if let Some(output) = &result.output {
            let (now, _) = publish::publish_changes(output, out, root, published.as_ref())?;
            published = Some(now);
        }
        Ok(())
    };
    let watcher = SiteWatcher::start(root)?;
    let mut engine = Incremental::new(root, options);
    let first = engine.rebuild(None)?;
    report(&first, None);
    let mut language = first.result.language;
    publish_result(&first.result)?;
    println!("{}", preview::watching(language, root, out));
    watcher.run(|changes| {
        let what = describe(&changes, language);
        match rebuild(&mut engine, &changes, language) {
            Ok(rebuild) => {
                report(&rebuild, Some(&what));
                language = rebuild.result.language;
                if let Err(e) = publish_result(&rebuild.result) {
                    report::error(preview::failed(language, &e.text(language)));
                }
            }
            Err(e) => report::rebuild_failed(language, &e, &what, false),
        }
    });
    Ok(())
}

/// Opens `url` in the default browser; failure is not an error (the address is printed).
fn open_browser(url: &str, language: Language) {
    #[cfg(windows)]
    let command = std::process::Command::new("cmd")
        .args(["/C", "start", "", url])
        .spawn();
    #[cfg(target_os = "macos")]
    let command = std::process::Command::new("open").arg(url).spawn();
    #[cfg(all(unix, not(target_os = "macos")))]
    let command = std::process::Command::new("xdg-open").arg(url).spawn();
    if command.is_err() {
        report::error(preview::no_browser(language, url));
    }
}
