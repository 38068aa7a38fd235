//! `gongkai new KIND PATH`: a new item's skeleton, and where its figures came from.

use std::path::PathBuf;
use std::process::ExitCode;

use gongkai::config::Language;
use gongkai::messages::summary;
use gongkai::model::Kind;

use super::Outcome;
use super::args::NewKind;

/// Writes the new item and prints the file, its notes, and the next step.
pub fn run(
    kind: NewKind,
    path: PathBuf,
    root: PathBuf,
    today: Option<&str>,
    force: bool,
    language: Language,
) -> Outcome {
    let kind = match kind {
        NewKind::Finance => Kind::Finance,
        NewKind::Welfare => Kind::Welfare,
        NewKind::Attendance => Kind::Attendance,
        NewKind::Congress => Kind::Congress,
        NewKind::Notice => Kind::Notice,
    };
    let request = gongkai::new::Request {
        root,
        kind,
        path,
        today: super::today(today, language)?,
        force,
    };
    let made = gongkai::new::new_item(&request)?;
    println!("{}", summary::new_item(language, &made));
    Ok(ExitCode::SUCCESS)
}
