//! Fuzz target `privacy_scan`: see `gongkai_fuzz::privacy_scan` (fuzz/entries.rs) for what it feeds and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongkai_fuzz::privacy_scan(data));
