//! What `gongkai --help` says and how a mistyped command line is answered, in the site's
//! language: the catalogue's `help-*` entries (`locales/<language>/help.ftl`). clap reads
//! the command line; these words replace its English.

use super::words;
use crate::catalog::Catalog;
use crate::config::Language;
use crate::diagnostic::Severity;

/// The text of `key`, or `None` when no catalogue has it (the caller keeps its own).
pub fn text(language: Language, key: &str) -> Option<String> {
    let has = Catalog::of(language).has(key) || Catalog::of(Language::ZhHans).has(key);
    has.then(|| Catalog::of(language).text(key))
}

/// What an argument of `command` is for: its own entry, else the one shared by the
/// commands that take it. `id` is clap's (`message_format`).
pub fn argument(language: Language, command: &str, id: &str) -> Option<String> {
    let id = id.replace('_', "-");
    text(language, &format!("help-arg-{command}-{id}"))
        .or_else(|| text(language, &format!("help-arg-{id}")))
}

/// The placeholder of an argument's value (`--root <文件夹>`).
pub fn value_name(language: Language, id: &str) -> Option<String> {
    text(language, &format!("help-value-{}", id.replace('_', "-")))
}

/// The usage line of the help, around clap's `usage` (`用法：{usage}`).
pub fn usage_line(language: Language, usage: &str) -> String {
    let args = words::args([("usage", usage.to_string())]);
    Catalog::of(language).format("help-usage-line", Some(&args))
}

/// Why the value of the argument `id` does not read, when the catalogue says it better
/// than the parser (`help-invalid-port`).
pub fn invalid(language: Language, id: &str) -> Option<String> {
    text(language, &format!("help-invalid-{}", id.replace('_', "-")))
}

/// A command line clap could not read, with what the clerk needs to mend it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mistake {
    /// `gongkai biuld`.
    Command {
        /// What was typed.
        typed: String,
        /// The command it is closest to.
        suggestion: Option<String>,
    },
    /// `gongkai build --rot x`.
    Argument {
        /// The command (`gongkai build`).
        command: String,
        /// What was typed.
        typed: String,
        /// The option it is closest to.
        suggestion: Option<String>,
    },
    /// `gongkai new finanse …`.
    Value {
        /// The argument (`<种类>`, `--kind <种类>`).
        argument: String,
        /// What was typed.
        typed: String,
        /// The values it takes.
        values: Vec<String>,
        /// The value it is closest to.
        suggestion: Option<String>,
    },
    /// `--port abc`: a value of the right place that does not read.
    Invalid {
        /// The argument.
        argument: String,
        /// What was typed.
        typed: String,
        /// Why it does not read.
        reason: String,
    },
    /// A required argument left out.
    Missing {
        /// The arguments left out.
        arguments: Vec<String>,
    },
    /// Two options that exclude each other.
    Conflict {
        /// The option given.
        argument: String,
        /// The one it cannot go with.
        other: String,
    },
    /// Anything else clap refuses, in its own words.
    Other {
        /// clap's text.
        reason: String,
    },
}

/// The answer to `mistake`, behind the `error:` tag, with a suggestion and where to
/// read more (`command` is the command line's command, `gongkai build`).
pub fn mistake(language: Language, mistake: &Mistake, command: &str) -> String {
    let catalog = Catalog::of(language);
    let separator = catalog.text("help-separator");
    let quoted = |list: &[String]| {
        list.iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(&separator)
    };
    let (key, args, suggestion, values): (_, _, &Option<String>, _) = match mistake {
        Mistake::Command { typed, suggestion } => (
            "help-error-command",
            words::args([("typed", typed.clone())]),
            suggestion,
            None,
        ),
        Mistake::Argument {
            command,
            typed,
            suggestion,
        } => (
            "help-error-argument",
            words::args([("command", command.clone()), ("typed", typed.clone())]),
            suggestion,
            None,
        ),
        Mistake::Value {
            argument,
            typed,
            values,
            suggestion,
        } => (
            "help-error-value",
            words::args([("argument", argument.clone()), ("typed", typed.clone())]),
            suggestion,
            (!values.is_empty()).then(|| quoted(values)),
        ),
        Mistake::Invalid {
            argument,
            typed,
            reason,
        } => (
            "help-error-invalid",
            words::args([
                ("argument", argument.clone()),
                ("typed", typed.clone()),
                ("reason", reason.clone()),
            ]),
            &None,
            None,
        ),
        Mistake::Missing { arguments } => (
            "help-error-missing",
            words::args([("arguments", arguments.join(&separator))]),
            &None,
            None,
        ),
        Mistake::Conflict { argument, other } => (
            "help-error-conflict",
            words::args([("argument", argument.clone()), ("other", other.clone())]),
            &None,
            None,
        ),
        Mistake::Other { reason } => (
            "help-error-other",
            words::args([("reason", reason.clone())]),
            &None,
            None,
        ),
    };
    let mut out = format!(
        "{}: {}",
        Severity::Error.tag(),
        catalog.format(key, Some(&args))
    );
    if let Some(values) = values {
        let args = words::args([("values", values)]);
        out.push_str(&format!(
            "\n  {}",
            catalog.format("help-error-values", Some(&args))
        ));
    }
    if let Some(suggestion) = suggestion {
        let args = words::args([("suggestion", suggestion.clone())]);
        out.push_str(&format!(
            "\n  {}",
            catalog.format("help-error-suggest", Some(&args))
        ));
    }
    let args = words::args([("command", command.to_string())]);
    out.push_str(&format!(
        "\n\n{}",
        catalog.format("help-error-more", Some(&args))
    ));
    out
}
