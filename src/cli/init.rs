//! `gongkai init DIR`: a new site with a sample of every kind.

use std::path::Path;
use std::process::ExitCode;

use gongkai::config::Language;
use gongkai::messages::summary;

use super::Outcome;

/// Writes the site and says what was made and what to do next.
pub fn run(dir: &Path, language: Language) -> Outcome {
    let written = gongkai::init::init(dir)?;
    println!("{}", summary::initialised(language, dir, written.len()));
    Ok(ExitCode::SUCCESS)
}
