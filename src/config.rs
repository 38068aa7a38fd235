//! `site.yaml` -> `Config` (spec section 2).
//!
//! Strict: every key not in the spec is reported with the known ones as a hint. A bad
//! value is reported and replaced by its default, so the content is still loaded and
//! checked in the same run and the clerk sees every problem at once.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::load::fields::{self, Ctx, Fields};
use crate::messages::Problem;
use crate::model::{Date, Fen, Kind, SourceFile, Spanned};
use crate::yaml;

/// UI language of labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Language {
    /// 简体中文 (default).
    #[default]
    ZhHans,
    /// 繁體中文.
    ZhHant,
    /// English.
    En,
}

impl Language {
    /// The `lang` attribute of pages.
    pub fn html_lang(self) -> &'static str {
        match self {
            Language::ZhHans => "zh-CN",
            Language::ZhHant => "zh-TW",
            Language::En => "en",
        }
    }
}

impl Language {
    /// The language `language:` names, if it names one.
    pub fn from_tag(tag: &str) -> Option<Language> {
        match tag.trim() {
            "zh-Hans" => Some(Language::ZhHans),
            "zh-Hant" => Some(Language::ZhHant),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

/// The language `site.yaml` in `root` asks for, read quickly for the words a command
/// prints before (or without) loading the site; zh-Hans when there is no `site.yaml`, it
/// cannot be read, or it names no language gongkai speaks.
pub fn site_language(root: &std::path::Path) -> Language {
    let Ok(bytes) = std::fs::read(root.join("site.yaml")) else {
        return Language::default();
    };
    let Ok(text) = crate::source::decode(&bytes) else {
        return Language::default();
    };
    let Ok(node) = yaml::parse(&text) else {
        return Language::default();
    };
    match &node.value {
        yaml::Value::Map(pairs) => pairs
            .iter()
            .find(|(k, _)| k.as_scalar() == Some("language"))
            .and_then(|(_, v)| v.as_scalar())
            .and_then(Language::from_tag)
            .unwrap_or_default(),
        _ => Language::default(),
    }
}

/// 监督/异议渠道.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Supervision {
    /// Who to contact (an office).
    pub contact: Option<String>,
    /// An office phone number; kept with its position for the privacy guard.
    pub phone: Option<Spanned<String>>,
    /// E-mail.
    pub email: Option<String>,
}

/// How attendance is published.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AttendancePrivacy {
    /// Each person's row.
    #[default]
    Individual,
    /// Team totals only.
    Totals,
}

/// `privacy:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Privacy {
    /// Mask names on welfare lists.
    pub mask_names: bool,
    /// Show hardship reasons beside a person.
    pub show_reasons: bool,
    /// Attendance detail.
    pub attendance: AttendancePrivacy,
    /// Pay sheets' detail: each person's row, or totals only (the same two choices).
    pub pay: AttendancePrivacy,
    /// Exact values the guard lets through.
    pub allow: Vec<String>,
}

impl Default for Privacy {
    fn default() -> Self {
        Privacy {
            mask_names: true,
            show_reasons: false,
            attendance: AttendancePrivacy::Individual,
            pay: AttendancePrivacy::Individual,
            allow: Vec::new(),
        }
    }
}

/// `print:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Print {
    /// `A4` or `A3`.
    pub paper: &'static str,
    /// `portrait` or `landscape`.
    pub orientation: &'static str,
}

impl Default for Print {
    fn default() -> Self {
        Print {
            paper: "A4",
            orientation: "portrait",
        }
    }
}

/// `signatures:`: the roles with a signing line on printed notices, per kind. An item's
/// own `signatures:` overrides them (`PrintChoice::signatures`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signatures {
    by_kind: BTreeMap<Kind, Vec<String>>,
}

impl Signatures {
    /// The same roles for every kind (`signatures: [..]`, as before lists per kind).
    pub fn every_kind(roles: Vec<String>) -> Signatures {
        Signatures {
            by_kind: Kind::ALL.into_iter().map(|k| (k, roles.clone())).collect(),
        }
    }

    /// The roles signing an item of `kind` (none when the site names none).
    pub fn of(&self, kind: Kind) -> &[String] {
        self.by_kind.get(&kind).map_or(&[], Vec::as_slice)
    }
}

/// `hosting:`: which web server's settings a build writes beside the pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Hosting {
    /// None (the default): nothing lands in the output but the board.
    #[default]
    None,
    /// IIS: `web.config`.
    Iis,
    /// nginx: `gongkai-nginx.conf`, a snippet to include.
    Nginx,
    /// Apache: `.htaccess`.
    Apache,
}

/// Whether an extra finance category is income or expense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CategorySide {
    /// 收入.
    Income,
    /// 支出.
    Expense,
}

/// The settings of a site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The board's title.
    pub title: String,
    /// The issuing body.
    pub unit: String,
    /// UI language.
    pub language: Language,
    /// `""` for relative links, else an absolute URL ending in `/`.
    pub base_url: String,
    /// Theme folder name under `themes/`.
    pub theme: String,
    /// Default 公示期 in calendar days.
    pub disclosure_days: i64,
    /// Contact for objections.
    pub supervision: Supervision,
    /// 大额资金 threshold.
    pub large_expense_threshold: Option<Fen>,
    /// 大额处罚: penalties at or above are flagged on 奖惩 notices.
    pub large_penalty_threshold: Option<Fen>,
    /// Privacy settings.
    pub privacy: Privacy,
    /// Allow raw HTML in Markdown.
    pub raw_html: bool,
    /// Roles with a signing line on printed notices, per kind.
    pub signatures: Signatures,
    /// Paper settings.
    pub print: Print,
    /// Absolute address for QR codes.
    pub print_url: Option<String>,
    /// A name no other board uses, for the ids of the feed (see `render::pages::feeds`).
    pub site_id: Option<String>,
    /// Extra finance categories.
    pub categories: BTreeMap<String, CategorySide>,
    /// Public holidays that fall on weekdays (`holidays:`), for counting a month's
    /// workdays: China's adjusted working days follow a yearly notice, not a rule.
    pub holidays: Vec<Date>,
    /// Weekend days worked instead (`workdays_extra:`, 调休上班).
    pub workdays_extra: Vec<Date>,
    /// Days after a finance period closes by which its finance item is due
    /// (`finance_due_days:`); given, or a site of unit boards (then 30), turns on the
    /// overdue check and the units table's overdue column.
    pub finance_due_days: Option<i64>,
    /// Sub-accounts the site declares (`categories: {名称: {code: 50301, parent: 503}}`):
    /// code -> name, under the first-level account of the code's first three digits.
    pub sub_accounts: BTreeMap<String, String>,
    /// Which web server's settings to write into the output.
    pub hosting: Hosting,
    /// The file, for locating later findings (the privacy guard).
    pub source: SourceFile,
}

impl Config {
    /// A config with every default, for `source`.
    fn defaults(source: SourceFile) -> Config {
        Config {
            title: String::new(),
            unit: String::new(),
            language: Language::ZhHans,
            base_url: String::new(),
            theme: "default".into(),
            disclosure_days: 7,
            supervision: Supervision::default(),
            large_expense_threshold: None,
            large_penalty_threshold: None,
            privacy: Privacy::default(),
            raw_html: false,
            signatures: Signatures::default(),
            print: Print::default(),
            print_url: None,
            site_id: None,
            categories: BTreeMap::new(),
            holidays: Vec::new(),
            workdays_extra: Vec::new(),
            finance_due_days: None,
            sub_accounts: BTreeMap::new(),
            hosting: Hosting::None,
            source,
        }
    }
}

/// Reads `site.yaml` from its decoded text. Problems go to `diagnostics`; the returned
/// config holds defaults where values were bad.
pub fn parse(source: SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Config {
    let mut config = Config::defaults(source.clone());
    let mut ctx = Ctx {
        file: &source,
        diagnostics,
    };
    let root = match yaml::parse(&source.text) {
        Ok(mut root) => {
            let mut found = Vec::new();
            crate::load::slips::mend(&mut root, &mut found);
            for (problem, pos) in found {
                ctx.report(problem, pos);
            }
            root
        }
        Err(e) => {
            let e = crate::load::slips::explain(&source.text, e);
            ctx.report(*e.problem, e.pos);
            return config;
        }
    };
    let Some(f) = Fields::of(&mut ctx, &root, "site.yaml") else {
        return config;
    };
    if let Some(t) = fields::req_text(&mut ctx, &f, "title") {
        config.title = t.value;
    }
    if let Some(u) = fields::req_text(&mut ctx, &f, "unit") {
        config.unit = u.value;
    }
    if let Some(n) = f.get("language") {
        let langs = ["zh-Hans", "zh-Hant", "en"];
        config.language = match fields::choice(&mut ctx, n, "language", &langs).map(|c| c.value) {
            Some("zh-Hant") => Language::ZhHant,
            Some("en") => Language::En,
            _ => Language::ZhHans,
        };
    }
    if let Some(n) = f.get("base_url")
        && let Some(s) = n.as_scalar()
    {
        match normalize_base_url(s) {
            Some(url) => config.base_url = url,
            None => ctx.report(
                Problem::BaseUrlInvalid {
                    value: s.trim().to_string(),
                },
                n.pos,
            ),
        }
    }
    if let Some(t) = f
        .get("theme")
        .and_then(|n| fields::text(&mut ctx, n, "theme"))
    {
        // A folder name, never a path: `theme: ../../x` would read a theme from outside
        // the site folder and publish its static files.
        if t.value.starts_with('.') || crate::load::names::name_fault(&t.value).is_some() {
            ctx.report(Problem::ThemeNameInvalid { name: t.value }, t.pos);
        } else {
            config.theme = t.value;
        }
    }
    if let Some(n) = f.get("disclosure_days")
        && let Some(d) = fields::integer_in(&mut ctx, n, "disclosure_days", Some((0, 3650)))
    {
        config.disclosure_days = d.value;
    }
    if let Some(n) = f.get("supervision") {
        config.supervision = supervision(&mut ctx, n);
    }
    if let Some(n) = f.get("large_expense_threshold") {
        config.large_expense_threshold =
            fields::amount(&mut ctx, n, "large_expense_threshold").map(|a| a.value);
    }
    if let Some(n) = f.get("large_penalty_threshold") {
        config.large_penalty_threshold =
            fields::amount(&mut ctx, n, "large_penalty_threshold").map(|a| a.value);
    }
    if let Some(n) = f.get("privacy") {
        config.privacy = privacy(&mut ctx, n);
    }
    if let Some(n) = f.get("raw_html") {
        config.raw_html = fields::boolean(&mut ctx, n, "raw_html").unwrap_or(false);
    }
    if let Some(n) = f.get("signatures") {
        config.signatures = signatures(&mut ctx, n);
    }
    if let Some(n) = f.get("print") {
        config.print = print(&mut ctx, n);
    }
    if let Some(n) = f.get("print_url")
        && let Some(url) = fields::text(&mut ctx, n, "print_url")
    {
        let lower = url.value.trim().to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            config.print_url = Some(url.value.trim().to_string());
        } else {
            ctx.report(Problem::PrintUrlNotAbsolute { value: url.value }, url.pos);
        }
    }
    if let Some(n) = f.get("categories") {
        for (k, v) in fields::pairs(&mut ctx, n, "categories") {
            let Some(name) = fields::text(&mut ctx, k, "categories") else {
                continue;
            };
            if let yaml::Value::Map(_) = v.value {
                if let Some(code) = sub_account(&mut ctx, v, &name.value) {
                    config.sub_accounts.insert(code, name.value);
                }
                continue;
            }
            let side = match fields::choice(&mut ctx, v, &name.value, &["income", "expense"]) {
                Some(c) if c.value == "income" => CategorySide::Income,
                Some(_) => CategorySide::Expense,
                None => continue,
            };
            config.categories.insert(name.value, side);
        }
    }
    if let Some(n) = f.get("site_id") {
        config.site_id = fields::text(&mut ctx, n, "site_id").map(|t| t.value);
    }
    if let Some(n) = f.get("hosting") {
        let servers = ["iis", "nginx", "apache", "none"];
        config.hosting = match fields::choice(&mut ctx, n, "hosting", &servers).map(|c| c.value) {
            Some("iis") => Hosting::Iis,
            Some("nginx") => Hosting::Nginx,
            Some("apache") => Hosting::Apache,
            _ => Hosting::None,
        };
    }
    if let Some(n) = f.get("holidays") {
        config.holidays = dates(&mut ctx, n, "holidays");
    }
    if let Some(n) = f.get("workdays_extra") {
        config.workdays_extra = dates(&mut ctx, n, "workdays_extra");
    }
    if let Some(n) = f.get("finance_due_days") {
        config.finance_due_days =
            fields::integer_in(&mut ctx, n, "finance_due_days", Some((0, 3650))).map(|d| d.value);
    }
    f.finish(&mut ctx);
    config
}

/// A list of dates, each bad one reported and left out.
fn dates(ctx: &mut Ctx, node: &yaml::Node, key: &str) -> Vec<Date> {
    fields::list(ctx, node, key)
        .iter()
        .filter_map(|n| fields::date(ctx, n, key))
        .map(|d| d.value)
        .collect()
}

/// `supervision: {contact, phone, email}` (in `site.yaml` or a unit's `_section.yaml`).
pub(crate) fn supervision(ctx: &mut Ctx, node: &yaml::Node) -> Supervision {
    let Some(s) = Fields::of(ctx, node, "supervision") else {
        return Supervision::default();
    };
    let supervision = Supervision {
        contact: fields::opt_text(ctx, &s, "contact"),
        phone: s.get("phone").and_then(|p| fields::text(ctx, p, "phone")),
        email: fields::opt_text(ctx, &s, "email"),
    };
    s.finish(ctx);
    supervision
}

/// A declared sub-account, `{code: 50301, parent: 503}` (`parent` optional: the code's
/// first three digits name it): its code, when the code is five digits under a
/// first-level account of the chart and `parent`, when given, is that account.
fn sub_account(ctx: &mut Ctx, node: &yaml::Node, name: &str) -> Option<String> {
    let context = format!("categories.{name}");
    let f = Fields::of(ctx, node, &context)?;
    let code = f
        .required(ctx, "code")
        .and_then(|n| fields::text(ctx, n, "code"));
    let parent = f.get("parent").and_then(|n| fields::text(ctx, n, "parent"));
    f.finish(ctx);
    let code = code?;
    let Some(first_level) = crate::model::accounts::parent_of_code(&code.value) else {
        ctx.report(
            Problem::SubAccountCode {
                code: code.value.trim().to_string(),
            },
            code.pos,
        );
        return None;
    };
    if let Some(parent) = parent
        && crate::model::accounts::resolve(&parent.value) != Some(first_level)
    {
        ctx.report(
            Problem::SubAccountParent {
                code: code.value.trim().to_string(),
                parent: parent.value,
                expected: format!("{} {}", first_level.code, first_level.name),
            },
            parent.pos,
        );
        return None;
    }
    Some(code.value.trim().to_string())
}

fn privacy(ctx: &mut Ctx, node: &yaml::Node) -> Privacy {
    let mut p = Privacy::default();
    let Some(f) = Fields::of(ctx, node, "privacy") else {
        return p;
    };
    if let Some(n) = f.get("mask_names") {
        p.mask_names = fields::boolean(ctx, n, "mask_names").unwrap_or(true);
    }
    if let Some(n) = f.get("show_reasons") {
        p.show_reasons = fields::boolean(ctx, n, "show_reasons").unwrap_or(false);
    }
    if let Some(n) = f.get("attendance")
        && let Some(c) = fields::choice(ctx, n, "attendance", &["individual", "totals"])
        && c.value == "totals"
    {
        p.attendance = AttendancePrivacy::Totals;
    }
    if let Some(n) = f.get("pay")
        && let Some(c) = fields::choice(ctx, n, "pay", &["individual", "totals"])
        && c.value == "totals"
    {
        p.pay = AttendancePrivacy::Totals;
    }
    if let Some(n) = f.get("allow") {
        p.allow = fields::text_list(ctx, n, "allow");
    }
    f.finish(ctx);
    p
}

/// `signatures:` as one list for every kind, or a list per kind (a kind not named has
/// none).
pub(crate) fn signatures(ctx: &mut Ctx, node: &yaml::Node) -> Signatures {
    if !matches!(node.value, yaml::Value::Map(_)) {
        return Signatures::every_kind(fields::text_list(ctx, node, "signatures"));
    }
    let Some(f) = Fields::of(ctx, node, "signatures") else {
        return Signatures::default();
    };
    let mut by_kind = BTreeMap::new();
    for kind in Kind::ALL {
        if let Some(n) = f.entry(kind.key()) {
            let roles = if n.is_null() {
                Vec::new()
            } else {
                fields::text_list(ctx, n, kind.key())
            };
            by_kind.insert(kind, roles);
        }
    }
    f.finish(ctx);
    Signatures { by_kind }
}

fn print(ctx: &mut Ctx, node: &yaml::Node) -> Print {
    let mut p = Print::default();
    let Some(f) = Fields::of(ctx, node, "print") else {
        return p;
    };
    if let Some(n) = f.get("paper")
        && let Some(c) = fields::choice(ctx, n, "paper", &["A4", "A3"])
    {
        p.paper = c.value;
    }
    if let Some(n) = f.get("orientation")
        && let Some(c) = fields::choice(ctx, n, "orientation", &["portrait", "landscape"])
    {
        p.orientation = c.value;
    }
    f.finish(ctx);
    p
}

/// The prefix of every link, or `None` when it is not one: `""` stays empty (relative
/// links); a path from the server's root (`/board/`) or an `http://` or `https://`
/// address with a host gets exactly one trailing `/`. Anything else (`javascript:…`,
/// `//elsewhere/`, `board/`, text with spaces, quotes or `?#`) would send every link,
/// the stylesheet and the search script somewhere else.
fn normalize_base_url(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() {
        return Some(String::new());
    }
    let unsafe_char = |c: char| {
        c.is_control()
            || c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '<' | '>' | '\\' | '?' | '#' | '`' | '^' | '{' | '}' | '|'
            )
    };
    if s.chars().any(unsafe_char) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let fits = match lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))
    {
        Some(rest) => !rest.is_empty() && !rest.starts_with('/'),
        None => s.starts_with('/') && !s.starts_with("//"),
    };
    fits.then(|| format!("{}/", s.trim_end_matches('/')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> (Config, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let source = SourceFile {
            path: "site.yaml".into(),
            text: text.into(),
        };
        (parse(source, &mut d), d)
    }

    #[test]
    fn unknown_keys_are_located() {
        let (_, d) = load("title: t\nunit: u\ntitel: x\nprivacy: {mask_name: false}\n");
        let mut shown: Vec<String> = d
            .iter()
            .map(|d| d.location.as_ref().unwrap().display())
            .collect();
        shown.sort();
        assert_eq!(shown, ["site.yaml:3:1", "site.yaml:4:11"]);
        assert!(d.iter().any(|d| {
            d.message(Language::En)
                .contains("unknown key `titel` in site.yaml")
        }));
    }

    /// The keys the reader asks for are the keys allowed, in the order messages have always
    /// listed them.
    #[test]
    fn allowed_keys_are_what_the_reader_asks_for() {
        let (_, d) = load(
            "title: t\nunit: u\nzz: 1\nsupervision: {zz: 1}\nprivacy: {zz: 1}\nprint: {zz: 1}\n\
             signatures: {zz: 1}\n",
        );
        let site = "title、unit、language、base_url、theme、disclosure_days、supervision、\
                    large_expense_threshold、large_penalty_threshold、privacy、raw_html、signatures、print、print_url、categories、site_id、hosting、\
                    holidays、workdays_extra、finance_due_days";
        let expected = [
            ("print", "paper、orientation"),
            (
                "privacy",
                "mask_names、show_reasons、attendance、pay、allow",
            ),
            (
                "signatures",
                "finance、welfare、attendance、congress、pay、merits、assessment、table、notice",
            ),
            ("site.yaml", site),
            ("supervision", "contact、phone、email"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(c, k)| (c.to_string(), k.to_string()))
            .collect();
        assert_eq!(crate::load::fields::allowed_lists(&d), expected);
    }

    #[test]
    fn defaults_apply() {
        let (c, d) = load("title: 某某 公开栏\nunit: 某某工会\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.disclosure_days, 7);
        assert!(c.privacy.mask_names);
        assert_eq!(c.base_url, "");
    }

    #[test]
    fn base_url_is_empty_a_path_or_a_web_address() {
        for (given, taken) in [
            ("\"\"", ""),
            ("/", "/"),
            ("/board", "/board/"),
            ("/board//", "/board/"),
            ("/公开栏/", "/公开栏/"),
            (
                "https://intranet.example/board",
                "https://intranet.example/board/",
            ),
            (
                "HTTP://intranet.example:8080/",
                "HTTP://intranet.example:8080/",
            ),
        ] {
            let (c, d) = load(&format!("title: t\nunit: u\nbase_url: {given}\n"));
            assert!(d.is_empty(), "{given}: {d:?}");
            assert_eq!(c.base_url, taken, "{given}");
        }
        for given in [
            "\"javascript:alert(document.domain)\"",
            "\"JavaScript:alert(1)//\"",
            "data:text/html,x",
            "board/",
            "//elsewhere.example/",
            "http://",
            "https:///x/",
            "\"/a b/\"",
            "\"/a\\\"b/\"",
            "/a?x=1",
            "/a#top",
            "ftp://example/",
        ] {
            let (c, d) = load(&format!("title: t\nunit: u\nbase_url: {given}\n"));
            assert_eq!(c.base_url, "", "{given}");
            let shown: Vec<String> = d
                .iter()
                .map(|d| d.location.as_ref().unwrap().display())
                .collect();
            assert_eq!(shown, ["site.yaml:3:11"], "{given}: {d:?}");
            let message = d[0].message(Language::En);
            assert!(message.starts_with("base_url `"), "{message}");
        }
    }

    #[test]
    fn theme_is_a_folder_name_not_a_path() {
        for bad in ["../../x", "a/b", ".hidden", "C:\\\\x"] {
            let (c, d) = load(&format!("title: t\nunit: u\ntheme: \"{bad}\"\n"));
            assert_eq!(c.theme, "default", "{bad}");
            assert_eq!(d.len(), 1, "{bad}: {d:?}");
            assert!(
                d[0].message(Language::En)
                    .contains("not the name of a folder"),
                "{d:?}"
            );
        }
        let (c, d) = load("title: t\nunit: u\ntheme: 红色主题\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.theme, "红色主题");
    }

    #[test]
    fn holidays_and_extra_workdays_are_dates() {
        let (c, d) = load(
            "title: t\nunit: u\nholidays: [2026-10-01, 2026-10-2, 2026/10/05]\n\
             workdays_extra: [2026-09-27]\n",
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].location.as_ref().unwrap().display(), "site.yaml:3:35");
        assert_eq!(
            c.holidays,
            [
                jiff::civil::date(2026, 10, 1),
                jiff::civil::date(2026, 10, 2)
            ]
        );
        assert_eq!(c.workdays_extra, [jiff::civil::date(2026, 9, 27)]);
    }

    #[test]
    fn hosting_names_a_server_or_none() {
        for (given, taken) in [
            ("iis", Hosting::Iis),
            ("nginx", Hosting::Nginx),
            ("apache", Hosting::Apache),
            ("none", Hosting::None),
        ] {
            let (c, d) = load(&format!("title: t\nunit: u\nhosting: {given}\n"));
            assert!(d.is_empty(), "{given}: {d:?}");
            assert_eq!(c.hosting, taken);
        }
        let (c, d) = load("title: t\nunit: u\n");
        assert!(d.is_empty());
        assert_eq!(c.hosting, Hosting::None);
        let (c, d) = load("title: t\nunit: u\nhosting: tomcat\n");
        assert_eq!(c.hosting, Hosting::None);
        assert_eq!(d.len(), 1, "{d:?}");
    }

    #[test]
    fn missing_title_is_reported() {
        let (_, d) = load("unit: u\n");
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message(Language::En)
                .contains("missing required field `title`")
        );
    }
}
