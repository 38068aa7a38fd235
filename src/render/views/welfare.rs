//! View of a welfare distribution page (福利发放): masked recipients.

use super::{BodyView, Cell, Fact, TableView, columns, figure, mask_name, total};
use crate::config::Config;
use crate::model::Welfare;

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
