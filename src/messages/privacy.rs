//! What is said about personal numbers (resident IDs, mobiles, bank cards) found in
//! content, file names, the supervision phone or the rendered pages.

use super::Problem;
use super::words::{self, word};
use crate::catalog::{Args, Catalog};

/// The arguments of a problem this file speaks about; `None` for any other.
pub(super) fn args(problem: &Problem, cat: &Catalog) -> Option<Args<'static>> {
    use Problem::*;
    let pairs: Vec<(&'static str, String)> = match problem {
        SupervisionMobile { masked } => vec![("masked", masked.clone())],
        PersonalData { kind, masked }
        | PersonalDataInName { kind, masked }
        | PersonalDataInFolderName { kind, masked }
        | PersonalDataInOutput { kind, masked } => {
            vec![("kind", word(cat, kind)), ("masked", masked.clone())]
        }
        AttachmentUnread { what } => vec![("what", word(cat, what))],
        _ => return None,
    };
    Some(words::args(pairs))
}
