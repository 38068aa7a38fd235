//! What is said about files and their YAML: encodings, syntax, the shape of a mapping,
//! unknown, doubled and missing keys, front matter, `kind:`, file names and pages, and
//! the site's theme, templates and print address.

use super::Problem;
use super::words::{self, list, word, yes};
use crate::catalog::{Args, Catalog};

/// What else takes the page of a file, in a `DuplicateUrl` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageClaim {
    /// Another content file: its path from the site root (`content/a.md`).
    File(String),
    /// A folder of content with the page's name: its path under `content/`.
    Folder(String),
    /// A family of gongkai's own pages: the first part of their address (`list`).
    Reserved(String),
}

/// Where a symbolic link leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkLeads {
    /// Somewhere outside the site folder.
    Outside,
    /// Somewhere inside it.
    Inside,
    /// To nothing that exists.
    Nowhere,
}

/// What is wrong with the name of a file or folder under `content/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameFault {
    /// A character no address or Windows name can hold: `:`, `\`, `?`, `#`, `%` …
    Character(char),
    /// A control character: a newline, a tab …
    Control(char),
    /// Ends in a dot or a space, which Windows cuts off (or is empty).
    TrailingDotOrSpace,
    /// A name Windows keeps for a device: `CON`, `NUL`, `COM1` …
    WindowsDevice,
    /// Not Unicode text.
    NotUnicode,
}

/// The arguments of a problem this file speaks about; `None` for any other.
pub(super) fn args(problem: &Problem, cat: &Catalog) -> Option<Args<'static>> {
    use Problem::*;
    let text = |s: &str| s.to_string();
    let pairs: Vec<(&'static str, String)> = match problem {
        FileUtf16 | MissingKind | NoFrontMatter | UnclosedFrontMatter | TabIndent
        | FullWidthSpace => vec![],
        FileNotUtf8 { gbk } => vec![("gbk", text(yes(*gbk)))],
        YamlSyntax { detail } => vec![("detail", detail.clone()), ("why", text(yaml_why(detail)))],
        ExpectedPairs { key, found }
        | ExpectedList { key, found }
        | ExpectedScalar { key, found } => {
            vec![("key", key.clone()), ("found", word(cat, found))]
        }
        ExpectedMapping { what, found } => {
            vec![("what", word(cat, what)), ("found", word(cat, found))]
        }
        UnknownKey {
            key,
            context,
            known,
        } => {
            let best = did_you_mean(key, known);
            vec![
                ("key", key.clone()),
                ("context", word(cat, context)),
                ("known", list(cat, known)),
                ("guess", text(yes(best.is_some()))),
                ("best", text(best.unwrap_or_default())),
            ]
        }
        DuplicateKey { key } | EmptyValue { key } => vec![("key", key.clone())],
        MissingField { key, context } => {
            vec![("key", key.clone()), ("context", word(cat, context))]
        }
        UnknownKind { kind } => vec![("kind", kind.clone())],
        DuplicateUrl { url, others } => {
            let others: Vec<String> = others.iter().map(|c| claim(cat, c)).collect();
            vec![("url", url.clone()), ("others", list(cat, &others))]
        }
        BadName {
            name,
            folder,
            fault,
        } => {
            let (fault, mark) = match fault {
                NameFault::Character(c) => ("character", c.to_string()),
                NameFault::Control(c) => ("control", format!("U+{:04X}", u32::from(*c))),
                NameFault::TrailingDotOrSpace => ("trailing", String::new()),
                NameFault::WindowsDevice => ("device", String::new()),
                NameFault::NotUnicode => ("not-unicode", String::new()),
            };
            vec![
                ("name", shown_name(name)),
                ("folder", text(yes(*folder))),
                ("fault", text(fault)),
                ("mark", mark),
            ]
        }
        NameCaseClash { name, other } => {
            let (name, other) = (shown_name(name), shown_name(other));
            let same = name.to_lowercase() == other.to_lowercase();
            vec![("name", name), ("other", other), ("same", text(yes(same)))]
        }
        SymbolicLink {
            target,
            leads,
            folder,
        } => {
            let leads = match leads {
                LinkLeads::Outside => "outside",
                LinkLeads::Inside => "inside",
                LinkLeads::Nowhere => "nowhere",
            };
            vec![
                ("target", target.clone()),
                ("leads", text(leads)),
                ("folder", text(yes(*folder))),
            ]
        }
        ThemeNameInvalid { name } | ThemeMissing { name } => vec![("name", shown_name(name))],
        BaseUrlInvalid { value } | PrintUrlNotAbsolute { value } => {
            vec![("value", shown_name(value))]
        }
        Template {
            detail,
            unknown,
            known,
        } => {
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            let best = unknown.as_deref().and_then(|u| did_you_mean(u, &known));
            vec![
                ("detail", detail.clone()),
                ("guess", text(yes(best.is_some()))),
                ("best", text(best.unwrap_or_default())),
            ]
        }
        YamlAliasTooLarge { alias } => vec![
            ("alias", alias.clone()),
            ("values", crate::yaml::ALIAS_VALUES.to_string()),
            ("mb", (crate::yaml::ALIAS_TEXT >> 20).to_string()),
            ("depth", crate::yaml::MAX_DEPTH.to_string()),
        ],
        YamlTooLarge { bytes } => vec![
            ("mb", bytes.div_ceil(1 << 20).to_string()),
            ("max", (crate::yaml::MAX_DOCUMENT_BYTES >> 20).to_string()),
        ],
        FullWidthPunctuation { mark } => {
            let (kind, ascii) = match mark {
                '：' => ("colon", ":"),
                '，' => ("comma", ","),
                _ => ("quote", "\""),
            };
            vec![
                ("mark", mark.to_string()),
                ("kind", text(kind)),
                ("ascii", text(ascii)),
            ]
        }
        NoSpaceAfterColon { key } => vec![("key", key.clone())],
        ReservedCharacter { mark } => vec![("mark", mark.to_string())],
        _ => return None,
    };
    Some(words::args(pairs))
}

/// A name with its control characters written as escapes, so a newline in a file name
/// cannot break the message it is shown in.
fn shown_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// What else takes a page, as a `DuplicateUrl` message names it.
fn claim(cat: &Catalog, claim: &PageClaim) -> String {
    match claim {
        PageClaim::File(path) => path.clone(),
        PageClaim::Folder(page) => cat.format(
            "duplicate-page-folder",
            Some(&words::args([("page", page.clone())])),
        ),
        PageClaim::Reserved(first) => cat.format(
            "duplicate-page-reserved",
            Some(&words::args([("first", first.clone())])),
        ),
    }
}

/// The known word closest to `word`, when it is close enough to be a likely typo.
fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

/// The kind of a YAML parser's error, from its English description: the catalogue says
/// it in the clerk's words, and quotes the parser only for a kind it does not know.
fn yaml_why(detail: &str) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("mapping values are not allowed", "colon-in-value"),
        ("simple key expected", "no-colon"),
        ("flow mapping", "flow-mapping"),
        ("flow sequence", "flow-sequence"),
        ("bracket", "bracket"),
        ("quote", "quote"),
        ("tab", "tab"),
        ("indent", "indent"),
        ("block mapping, did not find expected key", "indent"),
        ("unknown anchor", "anchor"),
        ("unexpected character", "character"),
    ];
    KINDS
        .iter()
        .find(|(words, _)| detail.contains(words))
        .map_or("other", |(_, why)| why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Language;

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let p = Problem::UnknownKey {
            key: "titel".into(),
            context: "site.yaml".into(),
            known: vec!["title", "unit", "theme"],
        };
        assert_eq!(p.message(Language::En), "unknown key `titel` in site.yaml");
        assert!(p.hint(Language::ZhHans).unwrap().contains("`title`"));
        assert!(p.hint(Language::En).unwrap().contains("`title`"));
    }

    #[test]
    fn duplicate_url_names_what_else_takes_the_page() {
        let p = Problem::DuplicateUrl {
            url: "list".into(),
            others: vec![
                PageClaim::File("content/list.yaml".into()),
                PageClaim::Folder("list".into()),
                PageClaim::Reserved("list".into()),
            ],
        };
        assert_eq!(
            p.message(Language::En),
            "two items map to the same page `list/`: this file and content/list.yaml, \
             the folder content/list/, gongkai's own `list` pages"
        );
    }
}
