//! A hint from the pipeline to whoever chose the allocator: "many short-lived values are
//! made and freed now" and "that is over; what comes next holds the build's peak". The
//! library does not pick the allocator (the `gongkai` binary does), so the binary
//! registers what to do with the hint.
//!
//! Why: a one-shot build gives freed memory back to the system at once (mimalloc's purge
//! delay 0), which keeps its peak low; but while the item pages are rendered, each page's
//! values freed and taken again, that meant the kernel unmapping and re-zeroing the same
//! pages: at 10,000 notices some 15 % of all samples (madvise, its TLB flushes, page
//! faults). Kept for reuse while the item pages are made, and all given back before the
//! search index and the lists are made, the peak is the same and the build cheaper.

use std::sync::OnceLock;

/// What the pipeline is about to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Many values made and freed in turn (the item pages): freed memory is worth keeping.
    Churn,
    /// The churn is over and what follows holds the peak: give back what is free.
    Settle,
}

static HOOK: OnceLock<fn(Phase)> = OnceLock::new();

/// Registers what a hint does (the first registration wins; the preview registers none).
pub fn on_phase(hook: fn(Phase)) {
    let _ = HOOK.set(hook);
}

/// Runs `work`, which makes and frees many short-lived values, between the hints.
pub fn churn<T>(work: impl FnOnce() -> T) -> T {
    hint(Phase::Churn);
    let done = work();
    hint(Phase::Settle);
    done
}

fn hint(phase: Phase) {
    if let Some(hook) = HOOK.get() {
        hook(phase);
    }
}
