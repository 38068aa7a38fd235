//! Every text a clerk can see: diagnostics, tool failures, and what `check`, `build`,
//! `serve` and `watch` print, in the site's language.
//!
//! The words are data, in the Project Fluent catalogues `locales/<language>/messages.ftl`
//! (read through `catalog`). A `Problem` names what went wrong with the facts its words
//! need; `code` gives each kind of problem a stable machine code, which is also its
//! catalogue id (`bad-date`, with the hint at `bad-date-hint`). The files here only turn
//! facts into the arguments of those entries; no Rust file holds a sentence.
//!
//! The files, by what they speak about: `problem` (the `Problem` list, severity, and
//! which problems are root causes), `codes` (the stable codes and the words of a
//! problem), `related` (the labels every diagnostic may carry), `files` (files, YAML,
//! keys, pages), `values` (dates, money, numbers), `rules` (each kind's rules),
//! `privacy` (personal numbers), `tools` (tool failures and the output folder),
//! `preview` (what `serve` and `watch` say), `summary` (what `init`, `new`, `schema`,
//! `check`, `build` and `import` say, `--timings` and a refused `--today`), `import`
//! (spreadsheets, and the comments `gongkai import` writes), `publishing` (what
//! `publish` says: the copy's progress, its summary, what `--status` and `--dry-run`
//! list), `words` (helpers to fill in arguments).

mod codes;
mod files;
pub mod import;
pub mod preview;
mod privacy;
mod problem;
pub mod publishing;
mod related;
mod rules;
pub mod summary;
mod tools;
mod values;
mod words;

pub use files::{LinkLeads, NameFault, PageClaim};
pub use import::LedgerFault;
pub use problem::{Problem, Tier};
pub use related::{Related, hint_label};
pub use tools::{MARKER_TEXT, OutputRefusal, tool_error};
