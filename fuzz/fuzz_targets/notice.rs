//! Fuzz target `notice`: see `gongkai_fuzz::notice` (fuzz/entries.rs) for what it feeds and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongkai_fuzz::notice(data));
