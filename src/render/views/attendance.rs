//! View of a monthly attendance page (出勤公示).

use super::{BodyView, Cell, Fact, TableView, columns};
use crate::model::{Attendance, Decimal2};

/// 出勤: one row per person.
pub fn attendance(a: &Attendance) -> BodyView {
    let mut view = BodyView::default();
    if let Some(team) = &a.team {
        view.facts.push(Fact::new("班组", team.value.clone()));
    }
    view.facts
        .push(Fact::new("应出勤天数", a.workdays.value.to_string()));
    let mut leave_kinds: Vec<&str> = Vec::new();
    for r in &a.records {
        for (k, _) in &r.leave {
            if !leave_kinds.contains(&k.value.as_str()) {
                leave_kinds.push(&k.value);
            }
        }
    }
    let mut cols: Vec<(&str, bool)> = vec![("姓名", false), ("出勤", true)];
    cols.extend(leave_kinds.iter().map(|k| (*k, true)));
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
            for k in &leave_kinds {
                let days = r
                    .leave
                    .iter()
                    .find(|(n, _)| n.value == *k)
                    .map(|(_, d)| d.value);
                row.push(Cell::number(show(days)));
            }
            row.push(Cell::number(show(r.absent.as_ref().map(|a| a.value))));
            row.push(Cell::number(show(
                r.overtime_hours.as_ref().map(|o| o.value),
            )));
            row.push(Cell::text(r.note.clone().unwrap_or_default()));
            row
        })
        .collect();
    view.tables.push(TableView {
        id: "attendance".into(),
        caption: "出勤明细".into(),
        columns: columns(&cols),
        rows,
        footer: None,
    });
    view
}
