//! `gongkai schema DIR`: the editor's JSON Schemas of the site.

use std::path::Path;
use std::process::ExitCode;

use gongkai::config::Language;
use gongkai::messages::summary;

use super::Outcome;

/// Writes the schemas and says how many, where.
pub fn run(dir: &Path, language: Language) -> Outcome {
    let written = gongkai::schema::write_for_site(dir)?;
    let folder = dir.join(gongkai::schema::FOLDER);
    println!("{}", summary::schemas(language, written.len(), &folder));
    Ok(ExitCode::SUCCESS)
}
