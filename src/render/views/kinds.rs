//! Views of the welfare, attendance and congress pages (plain tables for now; each
//! kind's own issue makes its page richer).

use super::{BodyView, Cell, Fact, TableView, columns, figure, mask_name, total};
use crate::config::Config;
use crate::model::{Attendance, Congress, Decimal2, Welfare};
use crate::render::labels::date_label;

/// 福利发放: recipients with masked names.
pub fn welfare(w: &Welfare, config: &Config) -> BodyView {
    let mut view = BodyView::default();
    let sum = total(w.recipients.iter().map(|r| r.amount.value));
    view.facts.push(Fact::new("项目", w.program.value.clone()));
    view.facts
        .push(Fact::new("人数", format!("{} 人", w.recipients.len())));
    view.figures = vec![figure("发放合计", sum, true)];
    let show_names = |n: &str| {
        if config.privacy.mask_names {
            mask_name(n)
        } else {
            n.to_string()
        }
    };
    let mut cols = vec![("序号", true), ("姓名", false), ("班组", false)];
    if config.privacy.show_reasons {
        cols.push(("困难原因", false));
    }
    cols.extend([("金额", true), ("物品", false), ("备注", false)]);
    let rows = w
        .recipients
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = vec![
                Cell::number(i + 1),
                Cell::text(show_names(&r.name.value)),
                Cell::text(r.team.clone().unwrap_or_default()),
            ];
            if config.privacy.show_reasons {
                row.push(Cell::text(r.reason.clone().unwrap_or_default()));
            }
            row.extend([
                Cell::money(r.amount.value),
                Cell::text(r.goods.clone().unwrap_or_default()),
                Cell::text(r.note.clone().unwrap_or_default()),
            ]);
            row
        })
        .collect();
    view.tables.push(TableView {
        id: "recipients".into(),
        caption: "发放名单".into(),
        columns: columns(&cols),
        rows,
        footer: None,
    });
    view
}

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

/// 职代会: resolutions and proposals.
pub fn congress(c: &Congress, config: &Config) -> BodyView {
    let mut view = BodyView::default();
    view.facts
        .push(Fact::new("会议", c.meeting.name.value.clone()));
    view.facts.push(Fact::new(
        "会议日期",
        date_label(c.meeting.date.value, config.language),
    ));
    view.facts.push(Fact::new(
        "代表",
        format!("应到 {} 人，实到 {} 人", c.total.value, c.present.value),
    ));
    let rows = c
        .resolutions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                Cell::number(i + 1),
                Cell::text(r.title.value.clone()),
                Cell::number(r.votes.for_.value),
                Cell::number(r.votes.against.value),
                Cell::number(r.votes.abstain.value),
                Cell::text(
                    r.progress
                        .as_ref()
                        .map(|p| p.status.value.clone())
                        .unwrap_or_default(),
                ),
            ]
        })
        .collect();
    view.tables.push(TableView {
        id: "resolutions".into(),
        caption: "会议决议".into(),
        columns: columns(&[
            ("序号", true),
            ("决议", false),
            ("赞成", true),
            ("反对", true),
            ("弃权", true),
            ("落实情况", false),
        ]),
        rows,
        footer: None,
    });
    let rows = c
        .proposals
        .iter()
        .map(|p| {
            vec![
                Cell::text(p.number.value.clone()),
                Cell::text(p.title.value.clone()),
                Cell::text(p.by.clone().unwrap_or_default()),
                Cell::text(p.handler.clone().unwrap_or_default()),
                Cell::text(p.status.value.clone()),
                Cell::text(
                    p.reply
                        .clone()
                        .or_else(|| p.reason.clone())
                        .unwrap_or_default(),
                ),
            ]
        })
        .collect();
    view.tables.push(TableView {
        id: "proposals".into(),
        caption: "提案办理情况".into(),
        columns: columns(&[
            ("编号", false),
            ("案由", false),
            ("提案人", false),
            ("承办部门", false),
            ("状态", false),
            ("答复或理由", false),
        ]),
        rows,
        footer: None,
    });
    view
}
