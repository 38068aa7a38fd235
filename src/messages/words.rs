//! Helpers the topic files share to fill in a message's arguments: the catalogue's word
//! for a fact written in the code (a shape, a context, a kind of number), lists joined
//! the language's way, and yes/no flags for Fluent's selectors.

use crate::catalog::{Args, Catalog};

/// The catalogue's word for `fact` (`a list`, `income line`, `resident ID number`): the
/// entry `word-` + the fact in lower case with `-` for spaces and dots. A fact with no
/// entry is a key or a file name (`funded_by`, `site.yaml`), shown as code.
pub(super) fn word(cat: &Catalog, fact: &str) -> String {
    let id: String = fact
        .chars()
        .map(|c| match c {
            ' ' | '.' | '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let id = format!("word-{id}");
    if cat.has(&id) || Catalog::of(crate::config::Language::ZhHans).has(&id) {
        cat.text(&id)
    } else {
        format!("`{fact}`")
    }
}

/// `items` joined as the language joins a list (`a、b、c`; `a, b, c`).
pub(super) fn list<S: AsRef<str>>(cat: &Catalog, items: &[S]) -> String {
    let sep = cat.text("list-separator");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<&str>>()
        .join(&sep)
}

/// A flag for a Fluent selector: `yes` or `no`.
pub(super) fn yes(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// Arguments from `(name, text)` pairs.
pub(super) fn args<'p>(pairs: impl IntoIterator<Item = (&'static str, String)>) -> Args<'p> {
    let mut args = Args::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}
