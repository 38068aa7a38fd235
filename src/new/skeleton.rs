//! The text `gongkai new` writes for each kind: what can be known filled in (dates,
//! period, carried balance, workdays, names), what only the clerk knows left empty with
//! a commented example to copy, so `check` names what is still missing.

use std::fmt::Write as _;

use jiff::civil::Date;

use crate::check::{CheckedItem, Derived};
use crate::config::Config;
use crate::model::{Body, Kind, Period};
use crate::schema::{self, Schema};

use super::{Note, calendar};
use crate::messages::new::{NewWords, Value};
use crate::render::labels::period_label;

/// What a new file is made from.
pub struct Context<'a> {
    /// The publishing date written: today.
    pub today: Date,
    /// The site's settings (disclosure days, holidays).
    pub config: &'a Config,
    /// Where the file goes, from the site root (`content/2026/finance-q2.yaml`).
    pub site_path: &'a str,
    /// The unit's latest item of the same kind.
    pub previous: Option<&'a CheckedItem>,
    /// The unit's latest finance item (a welfare list's source of funds).
    pub finance: Option<&'a CheckedItem>,
    /// The comments' words, in the site's language.
    pub words: NewWords,
}

/// The file's text, and what to tell the clerk about it.
pub struct Skeleton {
    /// The file as written.
    pub text: String,
    /// Where the figures came from, one fact each.
    pub notes: Vec<Note>,
}

/// The skeleton of an item of `kind`.
pub fn skeleton(kind: Kind, cx: &Context) -> Skeleton {
    let mut out = Skeleton {
        text: String::new(),
        notes: Vec::new(),
    };
    match kind {
        Kind::Notice => notice(cx, &mut out),
        _ => {
            out.text = format!(
                "{}\n",
                schema::modeline(cx.site_path, Schema::of_kind(kind))
            );
            match kind {
                Kind::Finance => finance(cx, &mut out),
                Kind::Welfare => welfare(cx, &mut out),
                Kind::Attendance => attendance(cx, &mut out),
                Kind::Pay => super::sheets::pay(cx, &mut out),
                Kind::Merits => super::sheets::merits(cx, &mut out),
                Kind::Assessment => super::sheets::assessment(cx, &mut out),
                Kind::Table => super::sheets::table(cx, &mut out),
                _ => congress(cx, &mut out),
            }
        }
    }
    out
}

/// `text` as YAML comment lines, one `# ` line per line of it.
pub(super) fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "# {line}");
    }
}

/// A commented example entry of a list: `#  - {…}`.
pub(super) fn example(out: &mut String, entry: &str) {
    let _ = writeln!(out, "#  - {entry}");
}

/// The period after the previous item's, else `fallback`; says which in the notes.
pub(super) fn next_period(cx: &Context, fallback: Period, out: &mut Skeleton) -> Period {
    let previous = cx.previous.and_then(|p| {
        p.item
            .common
            .period
            .as_ref()
            .map(|period| (p, period.value))
    });
    match previous {
        Some((item, period)) => {
            let next = calendar::next(period);
            out.notes.push(Note::PeriodAfter {
                next,
                previous: period,
                file: format!("content/{}", item.item.content_path),
            });
            next
        }
        None => {
            out.notes.push(Note::PeriodFallback {
                period: fallback,
                today: cx.today,
            });
            fallback
        }
    }
}

/// The period after the previous item's, for kinds whose items need not have one (a
/// monthly birthday list, a yearly congress): none when the previous item had none.
fn carried_period(cx: &Context, out: &mut Skeleton) -> Option<Period> {
    let previous = cx.previous?;
    let period = previous.item.common.period.as_ref()?.value;
    let next = calendar::next(period);
    out.notes.push(Note::PeriodAfter {
        next,
        previous: period,
        file: format!("content/{}", previous.item.content_path),
    });
    Some(next)
}

/// The name of `period` in the site's language, as pages show it (2026年第一季度).
pub(super) fn period_name(cx: &Context, period: Period) -> String {
    period_label(period, cx.words.language())
}

/// The previous item's title with its period's name changed to `period`'s, if it names
/// that period (as the site's language names it, or in Chinese).
fn carried_title(cx: &Context, period: Period) -> Option<String> {
    let p = cx.previous?;
    let old = p.item.common.period.as_ref()?.value;
    let title = &p.item.common.title.value;
    [
        (period_name(cx, old), period_name(cx, period)),
        (old.label_zh(), period.label_zh()),
    ]
    .into_iter()
    .find(|(old, _)| title.contains(old.as_str()))
    .map(|(old, new)| title.replace(&old, &new))
}

/// The previous item's title with its period's name changed to `period`'s, else `default`.
pub(super) fn title_for(cx: &Context, period: Period, default: String) -> String {
    carried_title(cx, period).unwrap_or(default)
}

/// `period:` when the previous item had one; its title follows when it named the period.
fn optional_period(cx: &Context, kind: Kind, out: &mut Skeleton) {
    let period = carried_period(cx, out);
    let title = period.and_then(|p| carried_title(cx, p));
    head(cx, kind, title.as_deref(), &mut out.text);
    if let Some(period) = period {
        let _ = writeln!(out.text, "period: {period}");
    }
}

/// `kind:`, `title:`, `published:` and the disclosure window, with comments.
pub(super) fn head(cx: &Context, kind: Kind, title: Option<&str>, out: &mut String) {
    let w = cx.words;
    let made = w.with(
        "made",
        &[
            ("what", w.what(kind).into()),
            ("date", cx.today.to_string().into()),
        ],
    );
    comment(out, &made);
    if kind != Kind::Notice {
        let _ = writeln!(out, "kind: {}", kind.key());
    }
    match title {
        Some(t) => {
            let _ = writeln!(out, "title: {}", text(t));
        }
        None => {
            let _ = writeln!(out, "title:                 # {}", w.text("title-required"));
        }
    }
    let _ = writeln!(out, "published: {}", cx.today);
    let days = cx.config.disclosure_days;
    let to = cx
        .today
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(cx.today);
    let window = w.with(
        "disclosure",
        &[
            ("from", cx.today.to_string().into()),
            ("to", to.to_string().into()),
            ("days", days.into()),
        ],
    );
    comment(out, &window);
    let _ = writeln!(out, "disclosure: {{from: {}, to: {to}}}", cx.today);
}

/// The default title of a kind named for its period and team: 2026年3月通风队出勤公示.
pub(super) fn team_title(cx: &Context, kind: Kind, period: Period, team: Option<&str>) -> String {
    cx.words.with(
        "title-team",
        &[
            ("period", period_name(cx, period).into()),
            ("team", team.unwrap_or("").into()),
            ("hasteam", yes(team.is_some()).into()),
            ("what", cx.words.what(kind).into()),
        ],
    )
}

fn finance(cx: &Context, out: &mut Skeleton) {
    let w = cx.words;
    let period = next_period(cx, calendar::last_quarter(cx.today), out);
    let default = w.with(
        "title-finance",
        &[("period", period_name(cx, period).into())],
    );
    let title = title_for(cx, period, default);
    head(cx, Kind::Finance, Some(&title), &mut out.text);
    let _ = writeln!(out.text, "period: {period}");
    let closing = cx.previous.and_then(|p| match &*p.derived {
        Derived::Finance(f) => Some((p, f.computed_closing.unwrap_or(f.closing))),
        _ => None,
    });
    match closing {
        Some((p, fen)) => {
            let says = w.with(
                "opening-carried",
                &[("file", p.item.content_path.as_str().into())],
            );
            comment(&mut out.text, &says);
            let _ = writeln!(out.text, "opening_balance: \"{}\"", fen.yuan_text());
            out.notes.push(Note::OpeningBalance {
                amount: fen.yuan_text(),
                file: format!("content/{}", p.item.content_path),
            });
        }
        None => {
            comment(&mut out.text, &w.text("opening-empty"));
            out.text.push_str("opening_balance: \"0.00\"\n");
        }
    }
    let day: Vec<(&'static str, Value)> = vec![("day", example_day(period).to_string().into())];
    let o = &mut out.text;
    comment(o, &w.text("income"));
    example(o, &w.with("income-example", &day));
    o.push_str("income:\n");
    comment(o, &w.text("expenses"));
    example(o, &w.with("expenses-example", &day));
    o.push_str("expenses:\n");
    comment(o, &w.text("closing"));
    o.push_str("# closing_balance: \"0.00\"\n");
}

fn welfare(cx: &Context, out: &mut Skeleton) {
    let w = cx.words;
    optional_period(cx, Kind::Welfare, out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Welfare(w) => Some(w),
        _ => None,
    });
    match previous {
        Some(w) => {
            let _ = writeln!(out.text, "program: {}", text(&w.program.value));
        }
        None => {
            let _ = writeln!(out.text, "program:               # {}", w.text("program"));
        }
    }
    let source = cx
        .finance
        .map_or("2026/finance-q1.yaml", |f| f.item.content_path.as_str());
    let category = previous
        .and_then(|w| w.funded_by.as_ref())
        .map_or("送温暖", |f| f.category.value.as_str());
    let o = &mut out.text;
    comment(o, &w.text("funded-by"));
    let _ = writeln!(
        o,
        "# funded_by: {{item: {}, category: {}}}",
        text(source),
        text(category)
    );
    comment(o, &w.text("recipients"));
    example(o, &w.text("recipients-example"));
    o.push_str("recipients:\n");
    comment(o, &w.text("total"));
    o.push_str("# total: \"0.00\"\n");
}

fn attendance(cx: &Context, out: &mut Skeleton) {
    let words = cx.words;
    let period = next_period(cx, calendar::last_month(cx.today), out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Attendance(a) => Some(a),
        _ => None,
    });
    let team = previous
        .and_then(|a| a.team.as_ref())
        .map(|t| t.value.as_str());
    let title = title_for(cx, period, team_title(cx, Kind::Attendance, period, team));
    head(cx, Kind::Attendance, Some(&title), &mut out.text);
    let _ = writeln!(out.text, "period: {period}");
    if let Some(team) = team {
        let _ = writeln!(out.text, "team: {}", text(team));
    }
    let w = calendar::workdays(period, &cx.config.holidays, &cx.config.workdays_extra);
    let dates = |ds: &[Date]| words.dates(&ds.iter().map(Date::to_string).collect::<Vec<_>>());
    let says = words.with(
        "workdays",
        &[
            ("period", period_name(cx, period).into()),
            ("weekdays", w.weekdays.into()),
            ("holidays", w.holidays.len().into()),
            ("holidaydates", dates(&w.holidays).into()),
            ("extra", w.extra.len().into()),
            ("extradates", dates(&w.extra).into()),
        ],
    );
    comment(&mut out.text, &says);
    let _ = writeln!(out.text, "workdays: {}", w.count());
    out.notes.push(Note::Workdays {
        count: w.count(),
        weekdays: w.weekdays,
        holidays: w.holidays.len(),
        extra: w.extra.len(),
    });
    let names: Vec<&str> = previous.map_or(Vec::new(), |a| {
        a.records.iter().map(|r| r.name.value.as_str()).collect()
    });
    if names.is_empty() {
        comment(&mut out.text, &words.text("records"));
        example(&mut out.text, &words.text("records-example"));
        out.text.push_str("records:\n");
        return;
    }
    let file = cx.previous.map_or("", |p| p.item.content_path.as_str());
    comment(
        &mut out.text,
        &words.with("records-carried", &[("file", file.into())]),
    );
    out.text.push_str("records:\n");
    for name in &names {
        let _ = writeln!(
            out.text,
            "  - {{name: {}, present: {}}}",
            text(name),
            w.count()
        );
    }
    out.notes.push(Note::NamesCarried { count: names.len() });
}

fn congress(cx: &Context, out: &mut Skeleton) {
    let w = cx.words;
    optional_period(cx, Kind::Congress, out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Congress(c) => Some(c),
        _ => None,
    });
    let name = w.with(
        "meeting-name",
        &[
            ("carried", yes(previous.is_some()).into()),
            (
                "last",
                previous
                    .map_or("", |c| c.meeting.name.value.as_str())
                    .into(),
            ),
        ],
    );
    let _ = writeln!(
        out.text,
        "meeting:\n  name:                 # {name}\n  date: {}\nrepresentatives:",
        cx.today
    );
    match previous {
        Some(c) => {
            let _ = writeln!(
                out.text,
                "  total: {}            # {}",
                c.total.value,
                w.text("total-representatives-carried")
            );
        }
        None => {
            let _ = writeln!(
                out.text,
                "  total:                # {}",
                w.text("total-representatives")
            );
        }
    }
    let o = &mut out.text;
    let _ = writeln!(o, "  present:              # {}", w.text("present"));
    comment(o, &w.text("resolutions"));
    let _ = writeln!(o, "#  - title: {}", w.text("resolution-title"));
    o.push_str("#    votes: {for: 88, against: 5, abstain: 3}\n");
    let _ = writeln!(o, "#    text: {}", w.text("resolution-text"));
    o.push_str("resolutions:\n");
    comment(o, &w.text("proposals"));
    example(o, &w.text("proposal-example"));
    o.push_str("proposals:\n");
}

fn notice(cx: &Context, out: &mut Skeleton) {
    let w = cx.words;
    out.text.push_str("---\n");
    head(cx, Kind::Notice, None, &mut out.text);
    let _ = write!(
        out.text,
        "category: {}\n---\n{}\n",
        text(&w.text("notice-category")),
        w.text("notice-body")
    );
}

/// `yes` or `no`, for a selector.
fn yes(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// A day inside `period` for the commented examples.
pub(super) fn example_day(period: Period) -> Date {
    period
        .start()
        .checked_add(jiff::Span::new().days(14))
        .unwrap_or_else(|_| period.start())
}

/// A text value as YAML: plain when YAML cannot read it as anything but text (Chinese,
/// letters, digits and a few marks; not a number, date or YAML word), else
/// double-quoted.
pub fn text(value: &str) -> String {
    let safe_char = |c: char| {
        c.is_alphanumeric()
            || matches!(
                c,
                '-' | '_' | '.' | '/' | '·' | '（' | '）' | '、' | '《' | '》' | '“' | '”'
            )
    };
    let first = value.chars().next().unwrap_or('-');
    let wordy = !value.is_ascii()
        || (value.bytes().any(|b| b.is_ascii_alphabetic()) && !first.is_ascii_digit());
    let plain = value.chars().all(safe_char)
        && !matches!(first, '-' | '.' | '/')
        && wordy
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        return value.to_string();
    }
    let mut quoted = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", c as u32);
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn texts_are_quoted_when_yaml_would_read_them_otherwise() {
        assert_eq!(text("张德营"), "张德营");
        assert_eq!(text("通风一班"), "通风一班");
        assert_eq!(text("2026年3月通风队出勤公示"), "2026年3月通风队出勤公示");
        assert_eq!(text("2026"), "\"2026\"");
        assert_eq!(text("1e3"), "\"1e3\"");
        assert_eq!(text("a: b"), "\"a: b\"");
        assert_eq!(text("yes"), "\"yes\"");
        assert_eq!(text("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(text("#1"), "\"#1\"");
        assert_eq!(text("2026/finance-q1.yaml"), "\"2026/finance-q1.yaml\"");
    }
}
