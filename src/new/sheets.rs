//! The skeletons of the kinds built on a declared table: pay (工资奖金分配), merits (奖惩),
//! assessment (综合考核) and table. The period, team and workdays are carried as for
//! attendance, an assessment keeps its components; the rows are what only the clerk
//! knows, so they are left empty with a commented example and `check` names them.

use std::fmt::Write as _;

use crate::model::{Body, Kind, Period};

use super::skeleton::{
    Context, Skeleton, comment, example, example_day, head, next_period, period_name, team_title,
    text, title_for,
};
use super::{Note, calendar};
use crate::messages::new::Value;

/// The team of the previous item, when it named one.
fn previous_team<'a>(cx: &Context<'a>) -> Option<&'a str> {
    let team = match &cx.previous?.item.body {
        Body::Pay(p) => p.team.as_ref(),
        Body::Merits(m) => m.team.as_ref(),
        Body::Assessment(a) => a.team.as_ref(),
        _ => None,
    };
    team.map(|t| t.value.as_str())
}

/// `period:` and `team:` (or a commented `team:`), after the head with its title.
fn period_and_team(cx: &Context, kind: Kind, fallback: Period, out: &mut Skeleton) -> Period {
    let period = next_period(cx, fallback, out);
    let team = previous_team(cx);
    let title = title_for(cx, period, team_title(cx, kind, period, team));
    head(cx, kind, Some(&title), &mut out.text);
    let _ = writeln!(out.text, "period: {period}");
    match team {
        Some(team) => {
            let _ = writeln!(out.text, "team: {}", text(team));
        }
        None => {
            comment(&mut out.text, &cx.words.text("team"));
            let _ = writeln!(out.text, "# team: {}", text(&cx.words.text("team-example")));
        }
    }
    period
}

/// `  - {name: NAME, type: TYPE[, EXTRA]}` for each column: (catalogue id, type, extra).
fn columns(cx: &Context, out: &mut String, columns: &[(&str, &str, &str)]) {
    out.push_str("columns:\n");
    for (id, kind, extra) in columns {
        let _ = writeln!(
            out,
            "  - {{name: {}, type: {kind}{extra}}}",
            text(&cx.words.text(id))
        );
    }
}

/// 工资奖金分配公示: the usual columns with their roles, the month's workdays.
pub fn pay(cx: &Context, out: &mut Skeleton) {
    let words = cx.words;
    let fallback = calendar::last_month(cx.today);
    let period = period_and_team(cx, Kind::Pay, fallback, out);
    let w = calendar::workdays(period, &cx.config.holidays, &cx.config.workdays_extra);
    let says = words.with(
        "pay-workdays",
        &[
            ("period", period_name(cx, period).into()),
            ("weekdays", w.weekdays.into()),
            ("holidays", w.holidays.len().into()),
            ("extra", w.extra.len().into()),
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
    let o = &mut out.text;
    comment(o, &words.text("pool"));
    o.push_str("# pool: \"0.00\"\n");
    comment(o, &words.text("share"));
    o.push_str("# share: points\n");
    comment(o, &words.text("pay-columns"));
    columns(
        cx,
        o,
        &[
            ("pay-column-name", "name", ""),
            ("pay-column-post", "text", ""),
            ("pay-column-days", "number", ", role: days"),
            ("pay-column-points", "number", ", role: points"),
            ("pay-column-gross", "money", ", role: gross"),
            ("pay-column-deduction", "money", ", role: deduction"),
            ("pay-column-reason", "text", ""),
            ("pay-column-net", "money", ", role: net"),
        ],
    );
    comment(o, &words.text("pay-rows"));
    example(o, &words.text("pay-example"));
    o.push_str("rows:\n");
}

/// 奖惩公示: the fixed columns, a reward and a penalty as examples.
pub fn merits(cx: &Context, out: &mut Skeleton) {
    let words = cx.words;
    let fallback = calendar::last_month(cx.today);
    let period = period_and_team(cx, Kind::Merits, fallback, out);
    let day: Vec<(&'static str, Value)> = vec![("day", example_day(period).to_string().into())];
    let o = &mut out.text;
    comment(o, &words.text("merits"));
    example(o, &words.with("merits-reward", &day));
    example(o, &words.with("merits-penalty", &day));
    o.push_str("entries:\n");
}

/// 综合考核结果: the 二四四 components, or the previous assessment's.
pub fn assessment(cx: &Context, out: &mut Skeleton) {
    let words = cx.words;
    let fallback = calendar::last_month(cx.today);
    let _ = period_and_team(cx, Kind::Assessment, fallback, out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Assessment(a) => Some(a),
        _ => None,
    });
    let mut components: Vec<(String, String)> = previous.map_or(Vec::new(), |a| {
        crate::check::assessment::components(a)
            .filter_map(|i| a.sheet.columns.get(i))
            .map(|c| {
                let max = c.max.as_ref().map_or(0, |m| m.value);
                (
                    c.name.value.clone(),
                    crate::model::Decimal2(max).to_string(),
                )
            })
            .collect()
    });
    if components.is_empty() {
        comment(&mut out.text, &words.text("components"));
        components = [
            ("component-leaders", "20"),
            ("component-representatives", "40"),
            ("component-targets", "40"),
        ]
        .map(|(n, m)| (words.text(n), m.to_string()))
        .to_vec();
    } else {
        let file = cx.previous.map_or("", |p| p.item.content_path.as_str());
        comment(
            &mut out.text,
            &words.with("components-carried", &[("file", file.into())]),
        );
    }
    out.text.push_str("components:\n");
    for (name, max) in &components {
        let _ = writeln!(out.text, "  - {{name: {}, max: {max}}}", text(name));
    }
    let scores: Vec<String> = components
        .iter()
        .map(|(name, _)| format!("{}: 0", text(name)))
        .collect();
    let o = &mut out.text;
    comment(o, &words.text("last-place"));
    o.push_str("last_place: flag\n");
    comment(o, &words.text("coefficients"));
    o.push_str(
        "# coefficients:\n\
         #   - {from: 1, to: 3, coefficient: 1.2}\n\
         #   - {from: 4, coefficient: 1}\n",
    );
    comment(o, &words.text("assessment-pay"));
    o.push_str("# pay: 2026/pay-03.yaml\n");
    comment(o, &words.text("scores"));
    let name = text(&words.text("example-name"));
    example(o, &format!("{{name: {name}, {}}}", scores.join(", ")));
    o.push_str("scores:\n");
}

/// 其他公开: a few declared columns, the title left to the clerk.
pub fn table(cx: &Context, out: &mut Skeleton) {
    let words = cx.words;
    head(cx, Kind::Table, None, &mut out.text);
    let o = &mut out.text;
    comment(o, &words.text("caption"));
    let _ = writeln!(o, "caption: {}", text(&words.text("caption-example")));
    comment(o, &words.text("table-columns"));
    columns(
        cx,
        o,
        &[
            ("table-column-name", "name", ""),
            ("table-column-item", "text", ""),
            ("table-column-quantity", "number", ", total: true"),
            ("table-column-amount", "money", ", total: true"),
        ],
    );
    comment(o, &words.text("table-rules"));
    comment(o, &words.text("table-rows"));
    example(o, &words.text("table-example"));
    o.push_str("rows:\n");
}
