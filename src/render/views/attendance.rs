//! View of a monthly attendance page (出勤公示): the per-person table, the team totals,
//! the attendance rate and the leave breakdown.
//!
//! `privacy.attendance: totals` is enforced here: in that mode no record is turned into
//! a row, and neither names nor per-person notes reach any field of the view, so the
//! page, `data.json` and the CSV can only carry team totals.

use serde::Serialize;

use super::{BodyView, Cell, Fact, LinkView, TableView, columns};
use crate::check::attendance::{AttendanceTotals, rate_permille, rate_text, totals};
use crate::config::{AttendancePrivacy, Config};
use crate::model::{Attendance, Decimal2};

/// What an item without `team:` is filed under.
pub const NO_TEAM: &str = "未注明班组";

/// Team totals and links of one attendance item, for its page and `data.json`.
#[derive(Clone, Debug, Serialize)]
pub struct AttendanceView {
    /// The team (`team:`), or [`NO_TEAM`].
    pub team: String,
    /// `privacy.attendance: totals`: no per-person rows anywhere.
    pub totals_only: bool,
    /// Number of people.
    pub people: usize,
    /// 应出勤天数 per person (`22`, `21.5`).
    pub workdays: String,
    /// workdays × people: scheduled person-days.
    pub person_days: String,
    /// Days present, all people.
    pub present: String,
    /// Each leave kind, in the order first written.
    pub leave: Vec<LeaveView>,
    /// All leave days.
    pub leave_total: String,
    /// Share of all leave in the scheduled person-days, `7.0%`.
    pub leave_share: String,
    /// Days absent (旷工).
    pub absent: String,
    /// Overtime hours.
    pub overtime_hours: String,
    /// present / person-days in per-mille, rounded half up (`930`); none without people.
    pub rate_permille: Option<i64>,
    /// The rate as shown: `93.0%`, `—` when there is none.
    pub rate: String,
    /// The team's monthly archive page.
    pub archive: LinkView,
}

/// One leave kind's total.
#[derive(Clone, Debug, Serialize)]
pub struct LeaveView {
    /// 病假, 事假 …
    pub kind: String,
    /// Days, all people.
    pub days: String,
    /// Share of the scheduled person-days, `0.7%`.
    pub share: String,
    /// People who took this leave; absent in totals mode (a count of one points at a
    /// person on a small team).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people: Option<usize>,
}

/// The team an item is filed under: `team:` trimmed, or [`NO_TEAM`].
pub fn team_name(a: &Attendance) -> String {
    a.team
        .as_ref()
        .map(|t| t.value.trim())
        .filter(|t| !t.is_empty())
        .unwrap_or(NO_TEAM)
        .to_string()
}

/// A team name as one safe path segment: Chinese and other letters stay as they are;
/// `/`, `\`, `.`, `%`, `?`, `#`, whitespace, control and other characters that files or
/// URLs treat specially become `~XX` (their UTF-8 bytes in hex), and `~` itself too, so
/// two different names never share a segment and no segment can climb (`..`) or hide.
/// ASCII letters are lower-cased, because some disks do not tell `A班` from `a班`.
pub fn team_segment(team: &str) -> String {
    let mut out = String::new();
    for c in team.chars() {
        let special = c.is_control()
            || c.is_whitespace()
            || matches!(
                c,
                '/' | '\\'
                    | '.'
                    | '%'
                    | '?'
                    | '#'
                    | '~'
                    | ':'
                    | '*'
                    | '"'
                    | '\''
                    | '<'
                    | '>'
                    | '|'
                    | '&'
                    | '+'
            );
        if special {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("~{b:02x}"));
            }
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    if out.is_empty() {
        out.push('~');
    }
    out
}

/// Page path of a team's monthly archive.
pub fn archive_path(team: &str) -> String {
    format!("list/attendance/{}", team_segment(team))
}

/// Per-mille share of `days` in `person_days` as text (`0.7%`), `—` without a base.
fn share(days: Decimal2, t: &AttendanceTotals) -> String {
    rate_permille(days, t.workdays, t.people).map_or_else(|| "—".into(), rate_text)
}

fn person_days(t: &AttendanceTotals) -> Decimal2 {
    let people = i64::try_from(t.people).unwrap_or(i64::MAX);
    Decimal2(t.workdays.0.saturating_mul(people))
}

/// Team totals of an item, as its page, its archive row and `data.json` show them.
pub fn view(a: &Attendance, config: &Config) -> AttendanceView {
    let t = totals(a);
    let totals_only = config.privacy.attendance == AttendancePrivacy::Totals;
    let team = team_name(a);
    let leave = t
        .leave
        .iter()
        .map(|(kind, days)| LeaveView {
            kind: kind.clone(),
            days: days.to_string(),
            share: share(*days, &t),
            people: (!totals_only).then(|| {
                a.records
                    .iter()
                    .filter(|r| r.leave.iter().any(|(k, _)| k.value == *kind))
                    .count()
            }),
        })
        .collect();
    AttendanceView {
        archive: LinkView {
            href: crate::render::link(config, &archive_path(&team)),
            title: format!("{team}历月出勤公示"),
        },
        team,
        totals_only,
        people: t.people,
        workdays: t.workdays.to_string(),
        person_days: person_days(&t).to_string(),
        present: t.present.to_string(),
        leave,
        leave_total: t.leave_total.to_string(),
        leave_share: share(t.leave_total, &t),
        absent: t.absent.to_string(),
        overtime_hours: t.overtime_hours.to_string(),
        rate_permille: t.rate_permille,
        rate: t.rate_text(),
    }
}

/// 出勤: one row per person with a totals row, or only the team totals when
/// `privacy.attendance` is `totals`; then the leave breakdown.
pub fn attendance(a: &Attendance, config: &Config) -> BodyView {
    let v = view(a, config);
    let mut body = BodyView::default();
    body.facts.push(Fact::new("班组", v.team.clone()));
    body.facts.push(Fact::new("应出勤天数", v.workdays.clone()));
    if v.totals_only {
        body.facts.push(Fact::new("公示方式", "只公示班组合计"));
        body.tables.push(totals_table(&v));
    } else {
        body.tables.push(people_table(a, &v));
    }
    if !v.leave.is_empty() {
        body.tables.push(leave_table(&v));
    }
    body.attendance = Some(v);
    body
}

/// `attendance` in totals mode: one row, the team.
fn totals_table(v: &AttendanceView) -> TableView {
    let mut cols: Vec<(&str, bool)> = vec![
        ("班组", false),
        ("人数", true),
        ("应出勤（人·天）", true),
        ("出勤（人·天）", true),
    ];
    cols.extend(v.leave.iter().map(|l| (l.kind.as_str(), true)));
    cols.extend([("旷工", true), ("加班（小时）", true), ("出勤率", true)]);
    let mut row = vec![
        Cell::text(v.team.clone()),
        Cell::number(v.people),
        Cell::number(&v.person_days),
        Cell::number(&v.present),
    ];
    row.extend(v.leave.iter().map(|l| Cell::number(&l.days)));
    row.extend([
        Cell::number(&v.absent),
        Cell::number(&v.overtime_hours),
        Cell::number(&v.rate),
    ]);
    TableView {
        id: "attendance".into(),
        caption: "班组出勤合计".into(),
        columns: columns(&cols),
        rows: vec![row],
        footer: None,
    }
}

/// `attendance` in individual mode: one row per person, team totals in the footer.
fn people_table(a: &Attendance, v: &AttendanceView) -> TableView {
    let mut cols: Vec<(&str, bool)> = vec![("姓名", false), ("出勤", true)];
    cols.extend(v.leave.iter().map(|l| (l.kind.as_str(), true)));
    cols.extend([("旷工", true), ("加班（小时）", true), ("备注", false)]);
    let show = |d: Option<Decimal2>| d.map(|d| d.to_string()).unwrap_or_default();
    let rows = a
        .records
        .iter()
        .map(|r| {
            let mut row = vec![
                Cell::text(r.name.value.clone()),
                Cell::number(r.present.value),
            ];
            for l in &v.leave {
                // Two entries of one kind in a record are summed, as the totals do.
                let days: Vec<Decimal2> = r
                    .leave
                    .iter()
                    .filter(|(n, _)| n.value == l.kind)
                    .map(|(_, d)| d.value)
                    .collect();
                let sum = (!days.is_empty())
                    .then(|| Decimal2(days.iter().fold(0i64, |s, d| s.saturating_add(d.0))));
                row.push(Cell::number(show(sum)));
            }
            row.push(Cell::number(show(r.absent.as_ref().map(|a| a.value))));
            row.push(Cell::number(show(
                r.overtime_hours.as_ref().map(|o| o.value),
            )));
            row.push(Cell::text(r.note.clone().unwrap_or_default()));
            row
        })
        .collect();
    let mut footer = vec![
        Cell::text(format!("合计（{}人）", v.people)),
        Cell::number(&v.present),
    ];
    footer.extend(v.leave.iter().map(|l| Cell::number(&l.days)));
    footer.extend([
        Cell::number(&v.absent),
        Cell::number(&v.overtime_hours),
        Cell::text(""),
    ]);
    TableView {
        id: "attendance".into(),
        caption: "出勤明细".into(),
        columns: columns(&cols),
        rows,
        footer: Some(footer),
    }
}

/// `leave`: days per leave kind and their share of the scheduled person-days.
fn leave_table(v: &AttendanceView) -> TableView {
    let with_people = !v.totals_only;
    let mut cols: Vec<(&str, bool)> = vec![("假别", false)];
    if with_people {
        cols.push(("人数", true));
    }
    cols.extend([("天数", true), ("占应出勤", true)]);
    let rows = v
        .leave
        .iter()
        .map(|l| {
            let mut row = vec![Cell::text(l.kind.clone())];
            if let Some(n) = l.people.filter(|_| with_people) {
                row.push(Cell::number(n));
            }
            row.extend([Cell::number(&l.days), Cell::number(&l.share)]);
            row
        })
        .collect();
    let mut footer = vec![Cell::text("合计")];
    if with_people {
        footer.push(Cell::text(""));
    }
    footer.extend([Cell::number(&v.leave_total), Cell::number(&v.leave_share)]);
    TableView {
        id: "leave".into(),
        caption: "请假分类统计".into(),
        columns: columns(&cols),
        rows,
        footer: Some(footer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_segments_are_safe_and_distinct() {
        assert_eq!(team_segment("通风队"), "通风队");
        assert_eq!(team_segment("../etc"), "~2e~2e~2fetc");
        assert_eq!(team_segment("a/b"), "a~2fb");
        assert_ne!(team_segment("a/b"), team_segment("a-b"));
        assert_eq!(team_segment("A班"), "a班");
        assert_eq!(team_segment("综采 一队"), "综采~20一队");
        assert_eq!(team_segment("x\u{7}"), "x~07");
        assert_eq!(team_segment("index.html"), "index~2ehtml");
        assert_eq!(team_segment(""), "~");
        assert!(!team_segment("~2f").contains('/'));
        assert_ne!(team_segment("~2f"), team_segment("/"));
    }
}
