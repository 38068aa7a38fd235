//! `gongkai new KIND PATH`: a new item under `content/`, filled in from the site as far
//! as the site can tell.
//!
//! The site is loaded and checked as `check` does (drafts and scheduled items included),
//! so what is carried over is what the rules computed: the unit of the new file is the
//! one an item in its folder would get, the previous item is the latest one of the same
//! kind and unit (in the same folder when there is one there), the opening balance is
//! that item's closing balance as opening + income - expenses. `calendar` counts
//! periods and workdays; `skeleton` writes the text (`sheets` that of the kinds built on a
//! declared table). An existing file is never replaced
//! unless asked (`--force`).

mod calendar;
mod sheets;
mod skeleton;

use crate::messages::OutputRefusal;
use std::fs;
use std::path::{Component, Path, PathBuf};

use jiff::civil::Date;

use crate::ToolError;
use crate::check::{self, Board, CheckedItem, Options};
use crate::diagnostic::Severity;
use crate::load;
use crate::model::{Kind, Period};
use crate::schema::{self, Schema};

/// What `gongkai new` is asked to make.
#[derive(Clone, Debug)]
pub struct Request {
    /// The site folder.
    pub root: PathBuf,
    /// The kind of item.
    pub kind: Kind,
    /// The file: under `content/` of the site (`content/2026/finance-q2.yaml`), or a
    /// path inside `content/` (`2026/finance-q2.yaml`); the extension may be left off.
    pub path: PathBuf,
    /// The publishing date written.
    pub today: Date,
    /// Replace an existing file.
    pub force: bool,
}

/// What `gongkai new` made.
#[derive(Clone, Debug)]
pub struct Made {
    /// The file written.
    pub file: PathBuf,
    /// Where its figures came from, one fact each (`messages::summary` words them).
    pub notes: Vec<Note>,
}

/// One fact about a new item's figures, for the clerk to compare with the books.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The period is the one after the previous item's.
    PeriodAfter {
        /// The new item's period.
        next: Period,
        /// The previous item's.
        previous: Period,
        /// The previous item, from the site folder (`content/2026/finance-q1.yaml`).
        file: String,
    },
    /// No earlier item of the kind: the period is the last one over by `today`.
    PeriodFallback {
        /// The new item's period.
        period: Period,
        /// The publishing date written.
        today: Date,
    },
    /// The opening balance is the previous item's closing balance.
    OpeningBalance {
        /// The amount in yuan as written (`1300.50`).
        amount: String,
        /// The previous item, from the site folder.
        file: String,
    },
    /// The month's workdays from site.yaml's calendar.
    Workdays {
        /// The workdays written.
        count: i64,
        /// Mondays to Fridays in the period.
        weekdays: i64,
        /// Of them, holidays in site.yaml.
        holidays: usize,
        /// Weekend days worked (`workdays_extra`).
        extra: usize,
    },
    /// Names carried over from the previous month.
    NamesCarried {
        /// How many.
        count: usize,
    },
    /// The previous item has errors, so what was carried over may be wrong.
    PreviousHasErrors {
        /// The previous item, from the site folder.
        file: String,
        /// How many errors.
        errors: usize,
    },
    /// The editor's schemas were written, as the site had none.
    WroteSchemas {
        /// The schemas' folder.
        folder: PathBuf,
    },
}

/// Writes the new item and says where its figures came from.
pub fn new_item(request: &Request) -> Result<Made, ToolError> {
    let root = &request.root;
    let content_path = content_path(root, &request.path, request.kind)?;
    let file = root.join("content").join(&content_path);
    if file.exists() && !request.force {
        return Err(ToolError::UnsafeOutput {
            path: file,
            reason: OutputRefusal::NewExists,
        });
    }
    let loaded = load::load(root)?;
    let options = Options {
        today: request.today,
        drafts: true,
        future: true,
    };
    let (board, found) = check::check(&loaded.config, &loaded.site, &options);
    let folder = content_path.rsplit_once('/').map_or("", |(f, _)| f);
    let unit = check::section_unit(folder, &loaded.site.sections, &loaded.config);
    let latest = |kind| latest(&board, kind, unit, folder, &content_path);
    let site_path = format!("content/{content_path}");
    let cx = skeleton::Context {
        today: request.today,
        config: &loaded.config,
        site_path: &site_path,
        previous: latest(request.kind),
        finance: latest(Kind::Finance),
    };
    let made = skeleton::skeleton(request.kind, &cx);
    let mut notes = made.notes;
    if let Some(previous) = cx.previous {
        let path = &previous.item.source.path;
        let errors = loaded
            .diagnostics
            .iter()
            .chain(&found)
            .filter(|d| d.severity == Severity::Error)
            .filter(|d| d.location.as_ref().is_some_and(|l| &l.path == path))
            .count();
        if errors > 0 {
            notes.push(Note::PreviousHasErrors {
                file: path.clone(),
                errors,
            });
        }
    }
    let schema = root
        .join(schema::FOLDER)
        .join(Schema::of_kind(request.kind).file_name());
    if request.kind != Kind::Notice && !schema.exists() {
        schema::write(root, &schema::site_categories(&loaded.config))?;
        notes.push(Note::WroteSchemas {
            folder: root.join(schema::FOLDER),
        });
    }
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent).map_err(|e| ToolError::io("create", parent, e))?;
    }
    fs::write(&file, made.text).map_err(|e| ToolError::io("write", &file, e))?;
    Ok(Made { file, notes })
}

/// The new file's path under `content/`, `/`-separated, with its extension; refused when
/// it would lie outside `content/`, has the other kind's extension, or a name that
/// cannot be part of a page address.
fn content_path(root: &Path, path: &Path, kind: Kind) -> Result<String, ToolError> {
    let refuse = |reason| ToolError::UnsafeOutput {
        path: path.to_path_buf(),
        reason,
    };
    // A path from the current folder that lies in content/ is taken as it is; any other
    // relative path is read from content/ (`2026/finance-q2.yaml`).
    let absolute = |p: &Path| std::path::absolute(p).map_err(|e| ToolError::io("read", p, e));
    let content = absolute(&root.join("content"))?;
    let relative = match absolute(path)?.strip_prefix(&content) {
        Ok(inside) => inside.to_path_buf(),
        Err(_) if path.is_absolute() => {
            return Err(refuse(OutputRefusal::NotUnderContent));
        }
        Err(_) => path
            .strip_prefix("content")
            .map_or_else(|_| path.to_path_buf(), Path::to_path_buf),
    };
    let mut parts = Vec::new();
    for component in relative.components() {
        match component {
            Component::Normal(name) => match name.to_str() {
                Some(name) if load::names::name_fault(name).is_none() => parts.push(name),
                _ => {
                    return Err(refuse(OutputRefusal::NotAnAddress));
                }
            },
            Component::CurDir => {}
            _ => return Err(refuse(OutputRefusal::NotUnderContent)),
        }
    }
    let Some(name) = parts.pop() else {
        return Err(refuse(OutputRefusal::NoFileName));
    };
    let lower = name.to_ascii_lowercase();
    let markdown = lower.ends_with(".md");
    let yaml = lower.ends_with(".yaml") || lower.ends_with(".yml");
    let name = match (kind == Kind::Notice, markdown, yaml) {
        (true, true, _) | (false, _, true) => name.to_string(),
        (true, false, false) if !lower.contains('.') => format!("{name}.md"),
        (false, false, false) if !lower.contains('.') => format!("{name}.yaml"),
        (true, ..) => return Err(refuse(OutputRefusal::NoticeIsMarkdown)),
        (false, ..) => return Err(refuse(OutputRefusal::DataIsYaml)),
    };
    if name.starts_with('_') {
        return Err(refuse(OutputRefusal::Underscore));
    }
    parts.push(&name);
    Ok(parts.join("/"))
}

/// The latest item of `kind` issued by `unit` (other than the file being made): by its
/// period's end, then its publishing date; one in `folder` when there is one there.
fn latest<'a>(
    board: &'a Board,
    kind: Kind,
    unit: &str,
    folder: &str,
    exclude: &str,
) -> Option<&'a CheckedItem> {
    let of_unit: Vec<&CheckedItem> = board
        .items
        .iter()
        .filter(|c| c.item.body.kind() == kind && &*c.unit == unit)
        .filter(|c| c.item.content_path != exclude)
        .collect();
    let here: Vec<&CheckedItem> = of_unit
        .iter()
        .copied()
        .filter(|c| c.item.folder() == folder)
        .collect();
    let pool = if here.is_empty() { of_unit } else { here };
    pool.into_iter().max_by_key(|c| {
        (
            c.item.common.period.as_ref().map(|p| p.value.end()),
            c.item.common.published.value,
            c.item.content_path.as_str(),
        )
    })
}
