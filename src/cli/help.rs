//! The command line in the clerk's language: clap's command with every description,
//! heading and placeholder taken from the catalogue (`messages::help`), and clap's
//! refusals (a mistyped command, option or value) answered in the same words. The
//! language is the site's, found from `--root` before anything else is read.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use gongkai::config::{Language, site_language};
use gongkai::messages::help::{self, Mistake};

use super::args::Cli;

/// The command line read, or the exit code after help, the version or a refusal was
/// printed.
pub fn parse(args: Vec<OsString>) -> Result<Cli, ExitCode> {
    let language = site_language(&root_of(&args));
    let mut command = localized(Cli::command(), language, None);
    // `gongkai help [COMMAND]`, as clap's own help command would answer it.
    if args.get(1).is_some_and(|a| a == "help") {
        let wanted = args.get(2).and_then(|a| a.to_str()).unwrap_or_default();
        let mut shown = match command.find_subcommand_mut(wanted) {
            Some(sub) => sub.clone(),
            None => command,
        };
        let _ = shown.print_help();
        return Err(ExitCode::SUCCESS);
    }
    let read = command
        .clone()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    read.map_err(|error| answer(&error, language, &command_line(&command, &args)))
}

/// The folder after `--root`, where the site's language is set; the current folder
/// without one.
fn root_of(args: &[OsString]) -> PathBuf {
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if word == "--root" {
            return words.next().map(PathBuf::from).unwrap_or_default();
        }
        if let Some(root) = word.to_str().and_then(|w| w.strip_prefix("--root=")) {
            return PathBuf::from(root);
        }
    }
    PathBuf::from(".")
}

/// `gongkai build` when a known command was typed, else `gongkai`.
fn command_line(command: &Command, args: &[OsString]) -> String {
    let typed = args.get(1).and_then(|a| a.to_str());
    match typed.filter(|t| command.find_subcommand(t).is_some()) {
        Some(sub) => format!("gongkai {sub}"),
        None => "gongkai".to_string(),
    }
}

/// `command` (and, at the top, its subcommands) in `language`. `parent` is `None` for
/// `gongkai` itself.
fn localized(command: Command, language: Language, parent: Option<&str>) -> Command {
    let word = |key: &str| help::text(language, key).unwrap_or_else(|| key.to_string());
    let name = command.get_name().to_string();
    let key = if parent.is_some() {
        name.as_str()
    } else {
        "gongkai"
    };
    let (options, arguments) = (word("help-options"), word("help-arguments"));
    let template = help::usage_line(language, "{usage}");
    let mut command = command
        .about(word(&format!("help-{key}")))
        .long_about(None)
        .help_template(format!(
            "{{about-with-newline}}\n{template}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(word("help-commands"))
        .subcommand_value_name(word("help-command"))
        .disable_help_flag(true)
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                &arguments
            } else {
                &options
            };
            localized_arg(arg, key, language, heading)
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(word("help-flag-help"))
                .help_heading(options.clone()),
        );
    if parent.is_none() {
        command = command
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(word("help-flag-version"))
                    .help_heading(options.clone()),
            )
            .mut_subcommands(|sub| localized(sub, language, Some("gongkai")));
    }
    let usage = usage(&command, parent, &word);
    command.override_usage(usage)
}

/// One argument's description, placeholder and heading in `language`; defaults and
/// possible values are said in the description, in the same words.
fn localized_arg(arg: Arg, command: &str, language: Language, heading: &str) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let mut arg = arg.long_help(None).help_heading(heading.to_string());
    if let Some(text) = help::argument(language, command, &id) {
        arg = arg.help(text);
    }
    // clap refuses these settings on a flag (in its debug checks).
    if arg.get_action().takes_values() {
        arg = arg.hide_default_value(true).hide_possible_values(true);
        if let Some(name) = help::value_name(language, &id) {
            arg = arg.value_name(name);
        }
    }
    arg
}

/// `gongkai build [选项]`, `gongkai new <种类> <文件> [选项]`, `gongkai <命令>`.
fn usage(command: &Command, parent: Option<&str>, word: &dyn Fn(&str) -> String) -> String {
    let Some(parent) = parent else {
        return format!("gongkai <{}>", word("help-command"));
    };
    let mut line = format!("{parent} {}", command.get_name());
    for arg in command.get_positionals() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map(|n| n.to_string())
            .unwrap_or_else(|| arg.get_id().to_string());
        if arg.is_required_set() {
            line.push_str(&format!(" <{name}>"));
        } else {
            line.push_str(&format!(" [{name}]"));
        }
    }
    // Every command takes `--help` at least.
    line.push_str(&format!(" [{}]", word("help-options-tag")));
    line
}

/// Prints what clap refused (or the help and version it was asked for) and returns the
/// exit code: 0 for help and version, 2 for a mistake.
fn answer(error: &clap::Error, language: Language, command: &str) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    eprintln!(
        "{}",
        help::mistake(language, &mistake(error, command, language), command)
    );
    ExitCode::from(2)
}

/// What clap's error says, as facts for the catalogue.
fn mistake(error: &clap::Error, command: &str, language: Language) -> Mistake {
    let one = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => list.first().cloned(),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let all = |kind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let typed = || one(ContextKind::InvalidValue).unwrap_or_default();
    let argument = || one(ContextKind::InvalidArg).unwrap_or_default();
    match error.kind() {
        ErrorKind::InvalidSubcommand => Mistake::Command {
            typed: one(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion: one(ContextKind::SuggestedSubcommand),
        },
        ErrorKind::UnknownArgument => Mistake::Argument {
            command: command.to_string(),
            typed: argument(),
            suggestion: one(ContextKind::SuggestedArg),
        },
        ErrorKind::InvalidValue if !all(ContextKind::ValidValue).is_empty() => Mistake::Value {
            argument: argument(),
            typed: typed(),
            values: all(ContextKind::ValidValue),
            suggestion: one(ContextKind::SuggestedValue),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => Mistake::Invalid {
            argument: argument(),
            typed: typed(),
            // `--port <端口>` -> `port`: the catalogue may say why better than the parser.
            reason: help::invalid(
                language,
                argument()
                    .trim_start_matches('-')
                    .split(' ')
                    .next()
                    .unwrap_or_default(),
            )
            .or_else(|| std::error::Error::source(error).map(|e| e.to_string()))
            .unwrap_or_default(),
        },
        ErrorKind::MissingRequiredArgument => Mistake::Missing {
            arguments: all(ContextKind::InvalidArg),
        },
        ErrorKind::ArgumentConflict => Mistake::Conflict {
            argument: argument(),
            other: one(ContextKind::PriorArg).unwrap_or_default(),
        },
        _ => Mistake::Other {
            reason: first_line(&error.render().to_string()),
        },
    }
}

/// clap's own words without its `error:` tag: its first line.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [Language; 3] = [Language::ZhHans, Language::ZhHant, Language::En];

    /// A command or option added without its words would show clap's English (or
    /// nothing): every one must have its catalogue entries, and an option's description
    /// must name each value it takes.
    #[test]
    fn every_command_and_argument_has_its_words() {
        let top = Cli::command();
        for language in LANGUAGES {
            for command in top.get_subcommands() {
                let name = command.get_name();
                assert!(
                    help::text(language, &format!("help-{name}")).is_some(),
                    "{name}"
                );
                for arg in command.get_arguments() {
                    let id = arg.get_id().as_str();
                    let text = help::argument(language, name, id)
                        .unwrap_or_else(|| panic!("help-arg of {name} {id}"));
                    if !arg.get_action().takes_values() {
                        continue;
                    }
                    assert!(help::value_name(language, id).is_some(), "{name} {id}");
                    for value in arg.get_possible_values() {
                        assert!(
                            text.contains(value.get_name()),
                            "{name} {id} {language:?}: {}",
                            value.get_name()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_root_is_read_before_the_command_line() {
        let args = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            root_of(&args(&["gongkai", "build", "--root", "x"])),
            PathBuf::from("x")
        );
        assert_eq!(
            root_of(&args(&["gongkai", "build", "--root=y"])),
            PathBuf::from("y")
        );
        assert_eq!(root_of(&args(&["gongkai", "build"])), PathBuf::from("."));
    }
}
