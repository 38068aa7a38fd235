//! Load: a site folder -> `Config` + `Site` (typed items with positions) + diagnostics.
//!
//! Walks `content/` in sorted order, reads each file once, decodes its text, and hands
//! YAML and Markdown to `item` for typing. Content problems become diagnostics and the
//! walk goes on; only a failure to read the folder itself is a `ToolError`. No rules
//! across items are applied here (that is `check`).
//!
//! Names and links are judged where they enter: `names` refuses file and folder names
//! that cannot be part of a page address and names that clash in letter case, and
//! `symlinks` reports every symbolic link in the folders the site publishes from, which
//! is never followed. `ignore` says which files are no content at all. An item may keep
//! its lines in a spreadsheet beside it: `ledger` reads it with the item, and the item's
//! load says which files it read, so the preview knows to read it again when they change.

pub mod fields;
mod ignore;
mod item;
mod kinds;
pub mod ledger;
pub mod names;
pub mod published;
pub mod slips;
mod symlinks;
mod theme;

pub use theme::{read_static, read_theme};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::ToolError;
use crate::config::{self, Config};
use crate::diagnostic::{Diagnostic, Location};
use crate::messages::{NameFault, Problem, Related};
use crate::model::files::{StaticFiles, ThemeFiles};
use crate::model::{Asset, Item, Section, Site, SourceFile};
use crate::source::{self, EncodingProblem};
pub use ignore::is_ignored;

/// What a content file is, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRole {
    /// `_section.yaml`.
    Section,
    /// A data item.
    Yaml,
    /// A notice.
    Markdown,
    /// Copied as it is.
    Asset,
}

fn role_of(name: &str) -> FileRole {
    let lower = name.to_ascii_lowercase();
    if lower == "_section.yaml" || lower == "_section.yml" {
        FileRole::Section
    } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        FileRole::Yaml
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        FileRole::Markdown
    } else {
        FileRole::Asset
    }
}

/// The result of loading a site folder.
#[derive(Debug)]
pub struct Loaded {
    /// `site.yaml`.
    pub config: Config,
    /// `content/`.
    pub site: Site,
    /// The theme's templates and static files.
    pub theme: Arc<ThemeFiles>,
    /// The site's `static/` folder.
    pub statics: Arc<StaticFiles>,
    /// Every problem found while loading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a file of the site and decodes it, or reports why it is not text.
pub fn read_source(
    root: &Path,
    rel: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Option<SourceFile>, ToolError> {
    let full = root.join(rel);
    let bytes = std::fs::read(&full).map_err(|e| ToolError::io("read", &full, e))?;
    Ok(decode_source(rel, &bytes, diagnostics))
}

fn decode_source(rel: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    match source::decode(bytes) {
        Ok(text) => Some(SourceFile {
            path: rel.to_string(),
            text: text.into(),
        }),
        Err(EncodingProblem::Utf16) => {
            diagnostics.push(Problem::FileUtf16.at(Location::file(rel)));
            None
        }
        Err(EncodingProblem::NotUtf8 { pos, gbk }) => {
            let location = Location {
                path: rel.to_string(),
                pos: Some(pos),
                source_line: None,
            };
            diagnostics.push(Problem::FileNotUtf8 { gbk }.at(location));
            None
        }
    }
}

/// Loads every file the build needs: `site.yaml`, everything under `content/`, the theme
/// and `static/`.
pub fn load(root: &Path) -> Result<Loaded, ToolError> {
    let mut diagnostics = Vec::new();
    let config = load_config(root, &mut diagnostics)?;
    let files = list_content(root, &mut diagnostics)?;
    let read: Vec<Result<FileRead, ToolError>> = files
        .par_iter()
        .map(|(rel, role)| load_file(root, rel, *role, &config))
        .collect();
    let mut loads = Vec::with_capacity(files.len());
    for result in read {
        let read = result?;
        diagnostics.extend(read.diagnostics);
        loads.push(read.load);
    }
    let site = assemble(
        files
            .iter()
            .zip(&loads)
            .map(|((rel, role), l)| (rel.as_str(), *role, l)),
    );
    let theme = Arc::new(read_theme(root, &config, &mut diagnostics)?);
    let statics = Arc::new(read_static(root, &root.join("static"), &mut diagnostics)?);
    Ok(Loaded {
        config,
        site,
        theme,
        statics,
        diagnostics,
    })
}

/// `site.yaml`; a folder without one is not a site.
pub fn load_config(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Result<Config, ToolError> {
    let site_yaml = root.join("site.yaml");
    if !site_yaml.is_file() {
        return Err(ToolError::NotASite(root.to_path_buf()));
    }
    let config = match read_source(root, "site.yaml", diagnostics)? {
        Some(source) => config::parse(source, diagnostics),
        None => config::parse(
            SourceFile {
                path: "site.yaml".into(),
                text: Arc::from(""),
            },
            &mut Vec::new(),
        ),
    };
    Ok(config)
}

/// The site made of loaded content files, given in the sorted order of `list_content`.
pub fn assemble<'a>(files: impl IntoIterator<Item = (&'a str, FileRole, &'a FileLoad)>) -> Site {
    let mut site = Site::default();
    for (rel, role, loaded) in files {
        if matches!(role, FileRole::Yaml | FileRole::Markdown)
            && let Some(path) = rel.strip_prefix("content/")
        {
            site.item_files.push(path.to_string());
        }
        match loaded {
            FileLoad::Item(item) => site.items.push(item.clone()),
            FileLoad::Section(section, source) => {
                site.sections
                    .insert(section.folder.clone(), section.clone());
                site.other_sources.push(source.clone());
            }
            FileLoad::Asset(asset) => site.assets.push(asset.clone()),
            FileLoad::Failed(source) => site.other_sources.extend(source.clone()),
        }
    }
    site
}

/// The content files, sorted, with their roles; `content/` itself may be missing.
pub fn list_content(
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<(String, FileRole)>, ToolError> {
    walk_content(
        root,
        &mut |folder| list_folder(root, folder).map(Arc::new),
        diagnostics,
    )
}

/// One entry of a folder under `content/`, as `list_content` takes it.
#[derive(Clone, Debug)]
pub enum Listed {
    /// A content file: its path from the site root and its role.
    File(String, FileRole),
    /// A folder to go into: its path from the site root.
    Folder(PathBuf),
    /// A file or folder whose name cannot be part of a page address, or two whose names
    /// clash: what to report.
    BadName(Diagnostic),
}

/// Gives a folder's entries (path from the site root -> entries).
pub type ListFolder<'a> = dyn FnMut(&Path) -> Result<Arc<Vec<Listed>>, ToolError> + 'a;

/// Walks `content/` depth first, each folder's entries in name order, taking each
/// folder's entries from `list` (which may have kept them from an earlier walk).
pub fn walk_content(
    root: &Path,
    list: &mut ListFolder,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<(String, FileRole)>, ToolError> {
    fn walk(
        folder: &Path,
        list: &mut ListFolder,
        files: &mut Vec<(String, FileRole)>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<(), ToolError> {
        for entry in list(folder)?.iter() {
            match entry {
                Listed::File(rel, role) => files.push((rel.clone(), *role)),
                Listed::Folder(sub) => walk(sub, list, files, diagnostics)?,
                Listed::BadName(d) => diagnostics.push(d.clone()),
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    if let Some(link) = symlinks::link_problem(root, "content") {
        diagnostics.push(link);
    } else if root.join("content").is_dir() {
        walk(Path::new("content"), list, &mut files, diagnostics)?;
    }
    Ok(files)
}

/// The entries of `folder` (a path from the site root, `content` or below), sorted by
/// name; hidden files and folders and editor leftovers are left out. A symbolic link is
/// reported, never followed (see `symlinks`). A name that cannot be part of a page address (see [`names`]) is
/// reported instead of listed; two names that differ only in letter case are both
/// reported, and listed.
pub fn list_folder(root: &Path, folder: &Path) -> Result<Vec<Listed>, ToolError> {
    let dir = root.join(folder);
    let unreadable = |e: std::io::Error| ToolError::io("read folder", &dir, e);
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let kind = entry.file_type().map_err(unreadable)?;
        entries.push((entry.file_name(), kind));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut listed = Vec::new();
    // The output name of each listed entry, beside its name and path, to compare in case.
    let mut shown: Vec<(String, String, String)> = Vec::new();
    for (os_name, kind) in entries {
        let path = folder.join(&os_name);
        let name = os_name.to_string_lossy().to_string();
        if name.starts_with('.') || !kind.is_dir() && is_ignored(&name) {
            continue;
        }
        let rel = relative_path(Path::new(""), &path);
        if kind.is_symlink() {
            listed.extend(symlinks::link_problem(root, &rel).map(Listed::BadName));
            continue;
        }
        if !kind.is_dir() && !kind.is_file() {
            continue;
        }
        let fault = match os_name.to_str() {
            Some(text) => names::name_fault(text),
            None => Some(NameFault::NotUnicode),
        };
        if let Some(fault) = fault {
            let problem = Problem::BadName {
                name,
                folder: kind.is_dir(),
                fault,
            };
            listed.push(Listed::BadName(problem.at(Location::file(rel))));
            continue;
        }
        let role = role_of(&name);
        let is_item = kind.is_file() && matches!(role, FileRole::Yaml | FileRole::Markdown);
        shown.push((
            names::output_name(&name, is_item).to_string(),
            name,
            rel.clone(),
        ));
        listed.push(if kind.is_dir() {
            Listed::Folder(path)
        } else {
            Listed::File(rel, role)
        });
    }
    let outputs: Vec<&str> = shown.iter().map(|(output, _, _)| output.as_str()).collect();
    for (i, others) in names::case_clashes(&outputs).into_iter().enumerate() {
        let (_, name, rel) = &shown[i];
        let Some(first) = others.first() else {
            continue;
        };
        let problem = Problem::NameCaseClash {
            name: name.clone(),
            other: shown[*first].1.clone(),
        };
        let mut d = problem.at(Location::file(rel.clone()));
        for j in others {
            d = d.with_related(Location::file(shown[j].2.clone()), Related::OtherCase);
        }
        listed.push(Listed::BadName(d));
    }
    Ok(listed)
}

/// The files under `dir` (none when it does not exist), sorted; hidden folders and
/// ignored files (see [`is_ignored`]) are skipped. A symbolic link (`dir` itself or
/// anything in it) is reported at its path from the site `root` and left out.
pub fn files_under(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<PathBuf>, ToolError> {
    if let Some(link) = symlinks::link_problem(root, &relative_path(root, dir)) {
        diagnostics.push(link);
        return Ok(Vec::new());
    }
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| ToolError::Io {
            action: "read folder",
            path: dir.to_path_buf(),
            detail: e.to_string(),
        })?;
        let ignored = is_ignored(&entry.file_name().to_string_lossy());
        if entry.path_is_symlink() && !ignored {
            let rel = relative_path(root, entry.path());
            diagnostics.extend(symlinks::link_problem(root, &rel));
        } else if entry.file_type().is_file() && !ignored {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// Every file under `dir` as bytes, by `/`-separated path relative to `dir`; symbolic
/// links are reported as [`files_under`] says.
pub fn read_files(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<BTreeMap<String, Vec<u8>>, ToolError> {
    files_under(root, dir, diagnostics)?
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|e| ToolError::io("read", &path, e))?;
            Ok((relative_path(dir, &path), bytes))
        })
        .collect()
}

/// `root/content/a/b.yaml` -> `content/a/b.yaml`, `/`-separated on every platform.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    // Usually the path already is that text (the preview calls this for every file on
    // every save); otherwise rebuild it from its parts.
    if let Some(text) = rel.to_str()
        && std::path::MAIN_SEPARATOR == '/'
        && text
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
    {
        return text.to_string();
    }
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What one content file gave.
#[derive(Clone, Debug)]
pub enum FileLoad {
    /// A data item or notice.
    Item(Arc<Item>),
    /// A folder's settings, with the text they were read from.
    Section(Section, SourceFile),
    /// A file copied as it is.
    Asset(Asset),
    /// A file that could not be read as what its name says, with its text when it could
    /// be decoded; its diagnostics say why.
    Failed(Option<SourceFile>),
}

/// What one content file gave.
#[derive(Debug)]
pub struct FileRead {
    /// The item, section or asset.
    pub load: FileLoad,
    /// The problems found in it.
    pub diagnostics: Vec<Diagnostic>,
    /// The other files it read, by path from the site root: the spreadsheet an item keeps
    /// its lines in (also when it could not be read, so that its coming back is noticed).
    pub reads: Vec<String>,
}

/// Reads one content file (`rel` from the site root) as what its `role` says, with the
/// problems found in it and the other files it read.
pub fn load_file(
    root: &Path,
    rel: &str,
    role: FileRole,
    config: &Config,
) -> Result<FileRead, ToolError> {
    let full = root.join(rel);
    let bytes = std::fs::read(&full).map_err(|e| ToolError::io("read", &full, e))?;
    if role == FileRole::Asset {
        let asset = Asset {
            content_path: rel.strip_prefix("content/").unwrap_or(rel).to_string(),
            bytes: bytes.into(),
        };
        return Ok(FileRead {
            load: FileLoad::Asset(asset),
            diagnostics: Vec::new(),
            reads: Vec::new(),
        });
    }
    let mut read_beside = |path: &str| std::fs::read(root.join(path));
    let mut beside = ledger::Beside::new(rel, &mut read_beside);
    let (load, diagnostics) = load_text(rel, role, &bytes, config, &mut beside);
    Ok(FileRead {
        load,
        diagnostics,
        reads: beside.reads,
    })
}

/// What [`load_file`] does once the file is read: decodes `bytes` and reads them as the
/// text file `role` says (never an asset). Public for the fuzz targets, which feed it
/// bytes without a folder.
#[doc(hidden)]
pub fn load_bytes(
    rel: &str,
    role: FileRole,
    bytes: &[u8],
    config: &Config,
) -> (FileLoad, Vec<Diagnostic>) {
    // Without a folder, a spreadsheet an item names is not there.
    let mut nothing = |_: &str| Err(std::io::ErrorKind::NotFound.into());
    let mut beside = ledger::Beside::new(rel, &mut nothing);
    load_text(rel, role, bytes, config, &mut beside)
}

/// Decodes `bytes` and reads them as the text file `role` says, an item reading the
/// spreadsheet it names through `beside`.
fn load_text(
    rel: &str,
    role: FileRole,
    bytes: &[u8],
    config: &Config,
    beside: &mut ledger::Beside,
) -> (FileLoad, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let content_path = rel.strip_prefix("content/").unwrap_or(rel).to_string();
    let Some(source) = decode_source(rel, bytes, &mut diagnostics) else {
        return (FileLoad::Failed(None), diagnostics);
    };
    let loaded = match role {
        FileRole::Section => {
            let folder = content_path
                .rsplit_once('/')
                .map_or("", |(f, _)| f)
                .to_string();
            item::section(&source, folder, &mut diagnostics)
                .map(|section| FileLoad::Section(section, source.clone()))
        }
        FileRole::Yaml => item::yaml_item(&source, content_path, beside, &mut diagnostics)
            .map(|i| FileLoad::Item(Arc::new(i))),
        FileRole::Markdown => item::markdown_item(&source, content_path, config, &mut diagnostics)
            .map(|i| FileLoad::Item(Arc::new(i))),
        FileRole::Asset => None,
    };
    (
        loaded.unwrap_or(FileLoad::Failed(Some(source))),
        diagnostics,
    )
}
