//! Fuzz target `yaml_item`: see `gongkai_fuzz::yaml_item` (fuzz/entries.rs) for what it feeds and checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gongkai_fuzz::yaml_item(data));
