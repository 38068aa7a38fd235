//! Every text a clerk can see: diagnostics, tool failures, and what `check`, `build`,
//! `serve` and `watch` print, in the site's language.
//!
//! The words are data, in the Project Fluent catalogues `locales/<language>/messages.ftl`
//! (read through `catalog`). A `Problem` names what went wrong with the facts its words
//! need; `code` gives each kind of problem a stable machine code, which is also its
//! catalogue id (`bad-date`, with the hint at `bad-date-hint`). The files here only turn
//! facts into the arguments of those entries; no Rust file holds a sentence.
//!
//! The files, by what they speak about: `problem` (the `Problem` list), `severity` (how
//! bad each problem is, and which are root causes), `codes` (the stable codes and the
//! words of a problem), `related` (the labels every diagnostic may carry), `files`
//! (files, YAML, keys, pages), `values` (dates, money, numbers), `rules` (each kind's
//! rules), `congress` (a workers' congress: votes and proposals), `privacy` (personal
//! numbers), `tables` (declared tables and the kinds built on them: pay, merits,
//! assessment, table), `tools` (tool failures and the output folder), `preview` (what
//! `serve` and `watch` say), `summary` (what `init`, `new`, `schema`, `check`, `build`
//! and `import` say, `--timings` and a refused `--today`), `import` (spreadsheets, and
//! the comments `gongkai import` writes), `help` (what `--help` says and how a mistyped command line is answered), `publishing` (what `publish` says: the copy's
//! progress, its summary, what `--status` and `--dry-run` list), `words` (helpers to
//! fill in arguments).

mod codes;
mod congress;
mod files;
pub mod help;
pub mod import;
pub mod preview;
mod privacy;
mod problem;
pub mod publishing;
mod related;
mod rules;
mod severity;
pub mod summary;
mod tables;
mod tools;
mod values;
mod words;

pub use congress::CongressProblem;
pub use files::{LinkLeads, NameFault, PageClaim};
pub use import::{LedgerFault, SpreadsheetProblem};
pub use problem::Problem;
pub use related::{Related, hint_label};
pub use severity::Tier;
pub use tables::TableProblem;
pub use tools::{MARKER_TEXT, OutputRefusal, tool_error};
