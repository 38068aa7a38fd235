//! Every text a clerk can see in a diagnostic, in one place.
//!
//! A `Problem` names what went wrong with the data it needs; `message` says it (in the
//! words of the content-format spec, so tools and docs can match it), `hint` tells a
//! clerk in plain Chinese what to do. Keeping them together keeps the wording consistent
//! and reviewable. No other module writes diagnostic text.
//!
//! The files, by what they speak about: `problem` (the `Problem` list and which file
//! says each), `related` (the labels every diagnostic may carry), `files` (files, YAML,
//! keys, pages), `values` (dates, money, numbers), `rules` (each kind's rules),
//! `privacy` (personal numbers), `tools` (tool failures and the output folder),
//! `preview` (what `serve` and `watch` say), `publishing` (what `publish` says), `import`
//! (spreadsheets, and the comments `gongkai import` writes).

mod files;
pub mod import;
pub mod preview;
mod privacy;
mod problem;
pub mod publishing;
mod related;
mod rules;
mod tools;
mod values;

pub use files::{LinkLeads, NameFault, PageClaim};
pub use import::LedgerFault;
pub use problem::Problem;
pub use related::{HINT_LABEL, Related};
pub use tools::{MARKER_TEXT, OutputRefusal, tool_error};
