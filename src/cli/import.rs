//! `gongkai import FILE --kind KIND`: a spreadsheet read into an item.

use std::path::Path;

use gongkai::config::Language;
use gongkai::import::Target;
use gongkai::messages::summary;
use gongkai::model::Kind;

use super::args::{ImportArgs, MessageFormat, SheetKind};
use super::{Outcome, counts, report};

/// Reads the spreadsheet, prints its problems, writes the item when there are none.
pub fn run(request: ImportArgs, language: Language) -> Outcome {
    let ImportArgs {
        file,
        kind,
        sheet,
        map,
        out,
        force,
        today,
        message_format,
    } = request;
    let kind = match kind {
        SheetKind::Finance => Kind::Finance,
        SheetKind::Welfare => Kind::Welfare,
        SheetKind::Attendance => Kind::Attendance,
        SheetKind::Pay => Kind::Pay,
        SheetKind::Merits => Kind::Merits,
        SheetKind::Assessment => Kind::Assessment,
        SheetKind::Table => Kind::Table,
    };
    let today = super::today(today.as_deref(), language)?;
    let out = match out {
        Some(path) if path.as_os_str() == "-" => Target::Stdout,
        Some(path) => Target::File(path),
        None => {
            let stem = file.file_stem().unwrap_or(file.as_os_str());
            let mut name = stem.to_os_string();
            name.push(".yaml");
            Target::File(Path::new("content").join(name))
        }
    };
    let options = gongkai::import::ImportOptions {
        file,
        kind,
        sheet,
        map,
        out: out.clone(),
        force,
        today,
        language,
    };
    let imported = gongkai::import::run(&options)?;
    let code = report(&imported.diagnostics, message_format, language);
    let summary = match (&imported.yaml, &imported.read, &out) {
        (Some(yaml), _, Target::Stdout) => {
            print!("{yaml}");
            None
        }
        (Some(_), Some(read), Target::File(path)) => Some(summary::imported(
            language,
            read.line_count(),
            &read.source.whole().display().to_string(),
            path,
            &read.columns.ignored,
        )),
        _ => Some(summary::nothing_written(
            language,
            &counts(&imported.diagnostics, language),
        )),
    };
    if let Some(summary) = summary {
        match (message_format, &out) {
            (MessageFormat::Human, Target::File(_)) => println!("{summary}"),
            _ => eprintln!("{summary}"),
        }
    }
    Ok(code)
}
