//! The page families: one file per family of pages, each with an `add` that decides which
//! pages of the family exist and adds them to the `PageSet`, with the small context each
//! one needs. `render` calls them in order, like a checklist.
//!
//! A new kind of page is a new file here and one call in `render`. A family makes its
//! contexts only from what the `PageSet` hands it, and adds costly pages with
//! `PageSet::add_keyed`, whose key says what the page is made from (see `memo`).

pub(crate) mod attendance;
pub(crate) mod board;
pub(crate) mod congress;
pub(crate) mod corrections;
pub(crate) mod feeds;
pub(crate) mod finance_years;
pub(crate) mod home;
pub(crate) mod items;
pub(crate) mod lists;
pub(crate) mod search;
pub(crate) mod summary_files;
pub(crate) mod team_years;
pub(crate) mod units;
pub(crate) mod welfare_years;
