//! The words of the files `gongkai new` writes: their comments, the commented examples'
//! explanatory values, the default titles and column names, in the site's language. The
//! words are the catalogue's (`locales/<language>/new.ftl`); `new::skeleton` and
//! `new::sheets` only place them.

use fluent_bundle::FluentValue;

use crate::catalog::{Args, Catalog};
use crate::config::Language;
use crate::model::Kind;

/// The words of one language for a new item's file.
#[derive(Clone, Copy)]
pub struct NewWords {
    cat: &'static Catalog,
}

impl NewWords {
    /// The words of `language`.
    pub fn of(language: Language) -> NewWords {
        NewWords {
            cat: Catalog::of(language),
        }
    }

    /// The language of these words.
    pub fn language(self) -> Language {
        self.cat.language()
    }

    /// The entry `skeleton-{id}` without arguments.
    pub fn text(self, id: &str) -> String {
        self.cat.text(&format!("skeleton-{id}"))
    }

    /// The entry `skeleton-{id}` with `pairs` (texts or numbers) as its arguments.
    pub fn with(self, id: &str, pairs: &[(&'static str, Value)]) -> String {
        let mut args = Args::new();
        for (name, value) in pairs {
            match value {
                Value::Text(t) => args.set(*name, FluentValue::from(t.clone())),
                Value::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        self.cat.format(&format!("skeleton-{id}"), Some(&args))
    }

    /// What an item of `kind` is called (经费收支公示).
    pub fn what(self, kind: Kind) -> String {
        self.text(&format!("what-{}", kind.key()))
    }

    /// `dates` joined as the language lists them, in brackets; nothing for none.
    pub fn dates(self, dates: &[String]) -> String {
        if dates.is_empty() {
            return String::new();
        }
        let sep = self.cat.text("list-separator");
        self.with("dates", &[("dates", Value::Text(dates.join(&sep)))])
    }
}

/// An argument of an entry.
#[derive(Clone, Debug)]
pub enum Value {
    /// A text, shown as it is.
    Text(String),
    /// A count, which may pick a plural form.
    Number(i64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
