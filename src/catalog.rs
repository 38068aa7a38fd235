//! The words of the tool, as data: one Project Fluent catalogue per language and audience
//! under `locales/<language>/` (`pages.ftl`: what readers of the board see; `messages.ftl`:
//! what a clerk reads in a diagnostic; `help.ftl`: the command line's help and its mistakes), embedded in the binary. A translator edits the
//! `.ftl` files, with plural and count forms in Fluent's own syntax; no Rust file grows
//! with a language.
//!
//! A key missing from a translation falls back to zh-Hans (the tests require every key in
//! every language, so that is a safety net, not a habit); a key missing everywhere shows
//! as itself, so a typo is visible rather than silent.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::config::Language;

/// The catalogue files of each language: (language, file name, text).
const FILES: &[(Language, &str, &str)] = &[
    (
        Language::ZhHans,
        "pages.ftl",
        include_str!("../locales/zh-Hans/pages.ftl"),
    ),
    (
        Language::ZhHans,
        "messages.ftl",
        include_str!("../locales/zh-Hans/messages.ftl"),
    ),
    (
        Language::ZhHans,
        "help.ftl",
        include_str!("../locales/zh-Hans/help.ftl"),
    ),
    (
        Language::ZhHant,
        "pages.ftl",
        include_str!("../locales/zh-Hant/pages.ftl"),
    ),
    (
        Language::ZhHant,
        "messages.ftl",
        include_str!("../locales/zh-Hant/messages.ftl"),
    ),
    (
        Language::ZhHant,
        "help.ftl",
        include_str!("../locales/zh-Hant/help.ftl"),
    ),
    (
        Language::En,
        "pages.ftl",
        include_str!("../locales/en/pages.ftl"),
    ),
    (
        Language::En,
        "messages.ftl",
        include_str!("../locales/en/messages.ftl"),
    ),
    (
        Language::En,
        "help.ftl",
        include_str!("../locales/en/help.ftl"),
    ),
];

/// One language's words.
pub struct Catalog {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

/// Arguments of a message: `args![("count", 3), ("file", path)]`.
pub type Args<'a> = FluentArgs<'a>;

impl Catalog {
    /// The catalogue of `language`, read once.
    pub fn of(language: Language) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = match language {
            Language::ZhHans => 0,
            Language::ZhHant => 1,
            Language::En => 2,
        };
        CATALOGS[slot].get_or_init(|| Catalog::load(language))
    }

    fn load(language: Language) -> Catalog {
        let id: LanguageIdentifier = tag(language).parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Words go into HTML, CSV and terminals: no invisible direction marks around
        // arguments.
        bundle.set_use_isolating(false);
        for (_, _, text) in FILES.iter().filter(|(l, _, _)| *l == language) {
            // A broken entry is dropped by the parser and reported by the tests; the rest
            // of the file still loads.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Catalog { language, bundle }
    }

    /// The text of `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of `id` with `args`.
    pub fn format(&self, id: &str, args: Option<&Args>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match self.language {
                Language::ZhHans => id.to_string(),
                _ => Catalog::of(Language::ZhHans).format(id, args),
            };
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// The language of these words.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether this language has `id` itself (without falling back).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// The BCP 47 tag of `language`.
fn tag(language: Language) -> &'static str {
    match language {
        Language::ZhHans => "zh-Hans",
        Language::ZhHant => "zh-Hant",
        Language::En => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Language; 3] = [Language::ZhHans, Language::ZhHant, Language::En];

    #[test]
    fn every_catalogue_file_parses() {
        for (language, file, text) in FILES {
            if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                panic!("locales/{}/{file}: {errors:?}", tag(*language));
            }
        }
    }

    #[test]
    fn every_key_is_in_every_language() {
        let ids = |language: Language| -> Vec<String> {
            let mut ids = Vec::new();
            for (_, file, text) in FILES.iter().filter(|(l, _, _)| *l == language) {
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(format!("{file}: {}", m.id.name));
                    }
                }
            }
            ids.sort();
            ids
        };
        let reference = ids(Language::ZhHans);
        for language in ALL {
            assert_eq!(ids(language), reference, "{}", tag(language));
        }
    }

    #[test]
    fn words_and_fallbacks() {
        assert_eq!(
            Catalog::of(Language::En).text("catalog-language"),
            "English"
        );
        assert_eq!(
            Catalog::of(Language::ZhHant).text("catalog-language"),
            "繁體中文"
        );
        assert_eq!(Catalog::of(Language::En).text("no-such-key"), "no-such-key");
        let mut args = Args::new();
        args.set("n", 3);
        assert!(!Catalog::of(Language::ZhHans).has("no-such-key"));
        assert_eq!(
            Catalog::of(Language::ZhHans).format("no-such-key", Some(&args)),
            "no-such-key"
        );
    }
}
