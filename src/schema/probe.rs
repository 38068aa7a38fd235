//! The probes: one small text per schema, run through the real reader while
//! `load::fields::record_keys` listens, so the readers themselves say which keys each
//! mapping allows and requires.
//!
//! Every mapping a file can hold is present in its probe and empty (`{}`), so each reader
//! asks for every key it knows and reports every key it requires as missing. What the
//! readers report about the probe is thrown away.

use crate::config;
use crate::load::fields::{ReadMapping, record_keys};
use crate::load::{self, FileRole};
use crate::model::SourceFile;

use super::Schema;

/// The probe of `schema`: where it sits in a site, and its text.
fn probe(schema: Schema) -> (&'static str, String) {
    // The mappings every item has.
    const ITEM: &str = "disclosure: {}\nprint: {}\n";
    let (path, text) = match schema {
        Schema::Site => (
            "site.yaml",
            "supervision: {}\nprivacy: {}\nsignatures: {}\nprint: {}\n",
        ),
        Schema::Section => ("content/_section.yaml", "supervision: {}\nsignatures: {}\n"),
        Schema::Notice => return ("content/n.md", format!("---\n{ITEM}---\n")),
        // Written by `gongkai record`, read by no mapping reader (see `read_mappings`).
        Schema::Published => ("published.yaml", ""),
        Schema::Finance => (
            "content/f.yaml",
            "kind: finance\nincome: [{}]\nexpenses: [{}]\nbudget: {}\n",
        ),
        Schema::Welfare => (
            "content/w.yaml",
            "kind: welfare\nfunded_by: {}\nrecipients: [{}]\n",
        ),
        Schema::Attendance => ("content/a.yaml", "kind: attendance\nrecords: [{}]\n"),
        Schema::Congress => (
            "content/c.yaml",
            "kind: congress\nmeeting: {}\nrepresentatives: {}\n\
             resolutions: [{votes: {}, progress: {updates: [{}]}}]\nproposals: [{}]\n",
        ),
    };
    match schema.kind() {
        Some(_) => (path, format!("{text}{ITEM}")),
        None => (path, text.to_string()),
    }
}

/// Every mapping the reader of `schema` reads, with the keys it allows and requires.
pub fn read_mappings(schema: Schema) -> Vec<ReadMapping> {
    // `published.yaml` has no fixed keys: its keys are content paths.
    if schema == Schema::Published {
        return Vec::new();
    }
    let (path, text) = probe(schema);
    let site_source = |text: &str| SourceFile {
        path: "site.yaml".into(),
        text: text.into(),
    };
    record_keys(|| {
        let mut ignored = Vec::new();
        match schema {
            Schema::Site => {
                config::parse(site_source(&text), &mut ignored);
            }
            _ => {
                let config = config::parse(site_source("title: t\nunit: u\n"), &mut ignored);
                let role = match schema {
                    Schema::Section => FileRole::Section,
                    Schema::Notice => FileRole::Markdown,
                    _ => FileRole::Yaml,
                };
                load::load_bytes(path, role, text.as_bytes(), &config);
            }
        }
    })
}
