//! View of a workers' congress page (职代会): resolutions and proposals.

use super::{BodyView, Cell, Fact, TableView, columns};
use crate::config::Config;
use crate::model::Congress;
use crate::render::labels::date_label;

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
