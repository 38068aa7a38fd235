//! Fuzz target `money`: see `gongkai_fuzz::money` (fuzz/entries.rs) for what it feeds and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongkai_fuzz::money(data));
