//! The schemas and the readers agree: every key a reader asks for is described, and
//! nothing is described that no reader asks for.

use std::collections::BTreeMap;

use super::fields::{ANY, COMPANIONS, FIELDS, find};
use super::*;

#[test]
fn every_key_a_reader_asks_for_is_described_and_nothing_else() {
    let mut used = vec![false; FIELDS.len()];
    for schema in Schema::ALL {
        for read in probe::read_mappings(schema) {
            for key in &read.keys {
                let field = find(&read.context, key).unwrap_or_else(|| {
                    panic!(
                        "`{key}` in {} is not described in schema/fields.rs",
                        read.context
                    )
                });
                let index = FIELDS.iter().position(|f| std::ptr::eq(f, field)).unwrap();
                used[index] = true;
                for (_, companion) in COMPANIONS.iter().filter(|(k, _)| k == key) {
                    let field = find(&read.context, companion).unwrap();
                    let index = FIELDS.iter().position(|f| std::ptr::eq(f, field)).unwrap();
                    used[index] = true;
                }
            }
        }
    }
    let unused: Vec<String> = FIELDS
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(f, _)| format!("{}.{}", f.context, f.key))
        .collect();
    assert!(
        unused.is_empty(),
        "described but read by no reader: {unused:?}"
    );
    assert!(FIELDS.iter().any(|f| f.context == ANY));
}

#[test]
fn the_readers_say_what_is_required() {
    let extra = BTreeMap::new();
    let required = |schema: Schema| -> Vec<String> {
        let value = generate(schema, &extra);
        value["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(required(Schema::Site), ["title", "unit"]);
    assert_eq!(
        required(Schema::Finance),
        ["kind", "title", "published", "period", "opening_balance"]
    );
    // The list, or `lines:` naming the spreadsheet that holds it.
    assert_eq!(
        required(Schema::Welfare),
        ["kind", "title", "published", "program"]
    );
    assert_eq!(
        generate(Schema::Welfare, &extra)["allOf"],
        json!([{ "anyOf": [{ "required": ["recipients"] }, { "required": ["lines"] }] }])
    );
    assert_eq!(
        required(Schema::Attendance),
        ["kind", "title", "published", "period", "workdays"]
    );
    assert_eq!(
        generate(Schema::Attendance, &extra)["allOf"],
        json!([{ "anyOf": [{ "required": ["records"] }, { "required": ["lines"] }] }])
    );
    assert_eq!(
        required(Schema::Congress),
        ["kind", "title", "published", "meeting", "representatives"]
    );
    assert_eq!(required(Schema::Notice), ["title", "published"]);
    let congress = generate(Schema::Congress, &extra);
    let votes = &congress["properties"]["resolutions"]["items"]["properties"]["votes"];
    assert_eq!(votes["required"], json!(["for"]), "{votes}");
}

#[test]
fn modelines_are_relative_to_the_file() {
    assert_eq!(
        modeline("site.yaml", Schema::Site),
        "# yaml-language-server: $schema=schemas/site.json"
    );
    assert_eq!(
        modeline("content/2026/finance-q2.yaml", Schema::Finance),
        "# yaml-language-server: $schema=../../schemas/finance.json"
    );
}
