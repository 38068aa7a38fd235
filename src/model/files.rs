//! The site's files besides its content, as `load` read them for `render`: the theme's
//! templates and static files (the built-in default overridden file by file by
//! `themes/NAME/` and the site's `templates/`), and the site's own `static/` folder.
//!
//! Plain data: nothing here reads a file or compiles a template.

use std::collections::BTreeMap;
use std::sync::Arc;

/// One template's text and the path a diagnostic shows for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The template's text.
    pub text: String,
    /// `themes/NAME/templates/x.html`, `templates/x.html` or `(built-in theme) templates/x.html`.
    pub shown_path: String,
}

/// Files copied as they are, by `/`-separated path.
pub type StaticFiles = BTreeMap<String, Arc<[u8]>>;

/// A theme's files as read, before Tera compiles them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThemeFiles {
    /// Templates by name (`home.html`, `partials/x.html`).
    pub templates: BTreeMap<String, Template>,
    /// Static files to publish under `theme/`, by name.
    pub statics: StaticFiles,
}
