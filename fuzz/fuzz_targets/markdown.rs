//! Fuzz target `markdown`: see `gongkai_fuzz::markdown` (fuzz/entries.rs) for what it feeds and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongkai_fuzz::markdown(data));
