//! View of a monthly attendance page (出勤公示): the per-person table, the team totals,
//! the attendance rate and the leave breakdown.
//!
//! `privacy.attendance: totals` is enforced here: in that mode no record is turned into
//! a row, and neither names nor per-person notes reach any field of the view, so the
//! page, `data.json` and the CSV can only carry team totals.
//!
//! The totals, shares and each person's leave are those the rules computed
//! (`check::attendance::AttendanceFigures`, carried on the checked item); this module
//! only lays them out.

use serde::Serialize;

use super::{BodyView, Cell, Column, ColumnType, Fact, LinkView, TableView};
use crate::check::attendance::{AttendanceFigures, rate_text};
use crate::config::{AttendancePrivacy, Config, Language};
use crate::model::{Attendance, Decimal2};
use crate::render::labels::attendance::AttendanceLabels;

/// Team totals and links of one attendance item, for its page and `data.json`.
#[derive(Clone, Debug, Serialize)]
pub struct AttendanceView {
    /// The team (`team:`), or the label of items without one.
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
    /// The same figures typed, for `data.json`.
    #[serde(skip)]
    pub data: AttendanceData,
}

/// An attendance item's team totals as values (`attendance` in `data.json`).
#[derive(Clone, Debug, Default)]
pub struct AttendanceData {
    /// `team:` as written, none without one.
    pub team: Option<String>,
    /// `privacy.attendance: totals`.
    pub totals_only: bool,
    /// Number of people.
    pub people: usize,
    /// 应出勤天数 per person.
    pub workdays: Decimal2,
    /// Scheduled person-days.
    pub person_days: Decimal2,
    /// Days present, all people.
    pub present: Decimal2,
    /// Each leave kind: kind, days, share (per-mille), people (none in totals mode).
    pub leave: Vec<(String, Decimal2, Option<i64>, Option<usize>)>,
    /// All leave days.
    pub leave_total: Decimal2,
    /// Share of all leave, per-mille.
    pub leave_share: Option<i64>,
    /// Days absent.
    pub absent: Decimal2,
    /// Overtime hours.
    pub overtime_hours: Decimal2,
    /// Attendance rate, per-mille.
    pub rate: Option<i64>,
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

/// The team an item is filed under: `team:` trimmed, or the `no_team` label of `language`.
pub fn team_name(a: &Attendance, language: Language) -> String {
    a.team
        .as_ref()
        .map(|t| t.value.trim())
        .filter(|t| !t.is_empty())
        .unwrap_or(&AttendanceLabels::of(language).no_team)
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

/// Title of a team's monthly archive.
pub fn archive_title(team: &str, language: Language) -> String {
    AttendanceLabels::of(language).archive_title(team)
}

/// Page path of a team's monthly archive.
pub fn archive_path(team: &str) -> String {
    format!("list/attendance/{}", team_segment(team))
}

/// A per-mille share as text (`0.7%`), `—` without a base.
fn share(permille: Option<i64>) -> String {
    permille.map_or_else(|| "—".into(), rate_text)
}

/// Team totals of an item (`a` as written, `d` as the rules computed), as its page, its
/// archive row and `data.json` show them.
pub fn view(a: &Attendance, d: &AttendanceFigures, config: &Config) -> AttendanceView {
    let t = &d.totals;
    let totals_only = config.privacy.attendance == AttendancePrivacy::Totals;
    let team = team_name(a, config.language);
    let leave = t
        .leave
        .iter()
        .zip(&d.leave)
        .map(|((kind, days), l)| LeaveView {
            kind: kind.clone(),
            days: days.to_string(),
            share: share(l.share_permille),
            people: (!totals_only).then_some(l.people),
        })
        .collect();
    let data = AttendanceData {
        team: a
            .team
            .as_ref()
            .map(|t| t.value.trim().to_string())
            .filter(|t| !t.is_empty()),
        totals_only,
        people: t.people,
        workdays: t.workdays,
        person_days: d.person_days,
        present: t.present,
        leave: t
            .leave
            .iter()
            .zip(&d.leave)
            .map(|((kind, days), l)| {
                (
                    kind.clone(),
                    *days,
                    l.share_permille,
                    (!totals_only).then_some(l.people),
                )
            })
            .collect(),
        leave_total: t.leave_total,
        leave_share: d.leave_share_permille,
        absent: t.absent,
        overtime_hours: t.overtime_hours,
        rate: t.rate_permille,
    };
    AttendanceView {
        data,
        archive: LinkView {
            href: crate::render::link(config, &archive_path(&team)),
            title: archive_title(&team, config.language),
        },
        team,
        totals_only,
        people: t.people,
        workdays: t.workdays.to_string(),
        person_days: d.person_days.to_string(),
        present: t.present.to_string(),
        leave,
        leave_total: t.leave_total.to_string(),
        leave_share: share(d.leave_share_permille),
        absent: t.absent.to_string(),
        overtime_hours: t.overtime_hours.to_string(),
        rate_permille: t.rate_permille,
        rate: t.rate_text(),
    }
}

/// 出勤: one row per person with a totals row, or only the team totals when
/// `privacy.attendance` is `totals`; then the leave breakdown.
pub fn attendance(a: &Attendance, d: &AttendanceFigures, config: &Config) -> BodyView {
    let v = view(a, d, config);
    let w = AttendanceLabels::of(config.language);
    let mut body = BodyView::default();
    body.words.attendance_heading = w.summary_heading(&v.team);
    body.words.rate_formula = w.rate_formula(&v.present, &v.person_days, v.people, &v.workdays);
    body.facts.push(Fact::new(w.team.as_str(), v.team.clone()));
    body.facts
        .push(Fact::new(w.workdays.as_str(), v.workdays.clone()));
    if v.totals_only {
        body.facts
            .push(Fact::new(w.mode.as_str(), w.totals_only.as_str()));
        body.tables.push(totals_table(&v, w));
    } else {
        body.tables.push(people_table(a, d, &v, w));
    }
    if !v.leave.is_empty() {
        body.tables.push(leave_table(&v, w));
    }
    body.attendance = Some(v);
    body
}

/// A leave kind's column (days), keyed `leave:KIND`.
fn leave_column(kind: &str) -> Column {
    Column {
        key: format!("leave:{kind}").into(),
        ..Column::new("leave", kind, ColumnType::Decimal)
    }
}

/// `attendance` in totals mode: one row, the team.
fn totals_table(v: &AttendanceView, w: &'static AttendanceLabels) -> TableView {
    let d = &v.data;
    let mut cols = vec![
        Column::new("team", &w.team, ColumnType::Text),
        Column::new("people", &w.people, ColumnType::Count),
        Column::new("person_days", &w.person_days, ColumnType::Decimal),
        Column::new("present", &w.present_days, ColumnType::Decimal),
    ];
    cols.extend(d.leave.iter().map(|l| leave_column(&l.0)));
    cols.extend([
        Column::new("absent", &w.absent, ColumnType::Decimal),
        Column::new("overtime_hours", &w.overtime, ColumnType::Decimal),
        Column::new("rate", &w.rate, ColumnType::Percent),
    ]);
    let rate = cols.len() - 1;
    let mut row = vec![
        match &d.team {
            Some(team) => Cell::text(team.as_str()),
            None => Cell::Absent(&w.no_team),
        },
        Cell::count(d.people),
        Cell::Decimal(d.person_days),
        Cell::Decimal(d.present),
    ];
    row.extend(d.leave.iter().map(|l| Cell::Decimal(l.1)));
    row.extend([
        Cell::Decimal(d.absent),
        Cell::Decimal(d.overtime_hours),
        Cell::permille(d.rate, "—"),
    ]);
    TableView {
        rows: vec![row],
        ..TableView::new("attendance", w.totals_caption.as_str(), cols)
    }
    .roles(None, 0, Some(rate))
}

/// `attendance` in individual mode: one row per person, team totals in the footer.
fn people_table(
    a: &Attendance,
    d: &AttendanceFigures,
    v: &AttendanceView,
    w: &'static AttendanceLabels,
) -> TableView {
    let data = &v.data;
    let mut cols = vec![
        Column::new("name", &w.name, ColumnType::Text),
        Column::new("present", &w.present, ColumnType::Decimal),
    ];
    cols.extend(data.leave.iter().map(|l| leave_column(&l.0)));
    cols.extend([
        Column::new("absent", &w.absent, ColumnType::Decimal),
        Column::new("overtime_hours", &w.overtime, ColumnType::Decimal),
        Column::new("note", &w.note, ColumnType::Text),
    ]);
    let rows = a
        .records
        .iter()
        .zip(&d.people_leave)
        .map(|(r, leave)| {
            let mut row = vec![
                Cell::text(r.name.value.clone()),
                Cell::Decimal(r.present.value),
            ];
            row.extend(leave.iter().map(|days| Cell::decimal(*days)));
            row.push(Cell::decimal(r.absent.as_ref().map(|a| a.value)));
            row.push(Cell::decimal(r.overtime_hours.as_ref().map(|o| o.value)));
            row.push(Cell::opt_text(r.note.as_ref()));
            row
        })
        .collect();
    let mut footer = vec![
        Cell::text(w.people_total(v.people)),
        Cell::Decimal(data.present),
    ];
    footer.extend(data.leave.iter().map(|l| Cell::Decimal(l.1)));
    footer.extend([
        Cell::Decimal(data.absent),
        Cell::Decimal(data.overtime_hours),
        Cell::Empty,
    ]);
    TableView {
        rows,
        footer: Some(footer),
        ..TableView::new("attendance", w.people_caption.as_str(), cols)
    }
    // A person's name and the days present; each kind of leave below.
    .roles(None, 0, Some(1))
}

/// `leave`: days per leave kind and their share of the scheduled person-days.
fn leave_table(v: &AttendanceView, w: &'static AttendanceLabels) -> TableView {
    let data = &v.data;
    let with_people = !data.totals_only;
    let mut cols = vec![Column::new("kind", &w.leave_kind, ColumnType::Text)];
    if with_people {
        cols.push(Column::new("people", &w.people, ColumnType::Count));
    }
    let days = cols.len();
    cols.extend([
        Column::new("days", &w.days, ColumnType::Decimal),
        Column::new("share", &w.leave_share, ColumnType::Percent),
    ]);
    let rows = data
        .leave
        .iter()
        .map(|(kind, days, share, people)| {
            let mut row = vec![Cell::text(kind.as_str())];
            if let Some(n) = people.filter(|_| with_people) {
                row.push(Cell::count(n));
            }
            row.extend([Cell::Decimal(*days), Cell::permille(*share, "—")]);
            row
        })
        .collect();
    let mut footer = vec![Cell::text(w.total.as_str())];
    if with_people {
        footer.push(Cell::Empty);
    }
    footer.extend([
        Cell::Decimal(data.leave_total),
        Cell::permille(data.leave_share, "—"),
    ]);
    TableView {
        rows,
        footer: Some(footer),
        ..TableView::new("leave", w.leave_caption.as_str(), cols)
    }
    .roles(None, 0, Some(days))
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
