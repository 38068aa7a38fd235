//! Fuzz target `site_yaml`: see `gongkai_fuzz::site_yaml` (fuzz/entries.rs) for what it feeds and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongkai_fuzz::site_yaml(data));
