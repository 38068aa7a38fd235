//! What templates see: small `*View` values made from the checked board.
//!
//! Templates only ever get these, never model types, so private data cannot reach a page
//! by accident: a welfare recipient's name is masked here, and the full name is not a
//! field of any view. Tables are one generic shape (`TableView`) so the same rows feed the
//! HTML table and the CSV download.

use serde::Serialize;

use crate::check::CheckedItem;
use crate::config::{Config, Language};
use crate::model::kinds::FinanceLine;
use crate::model::{Body, Decimal2, Fen};
use crate::render::labels::{date_label, kind_label, status_label};

/// A link to another page, site-relative (templates prefix `page.root`).
#[derive(Clone, Debug, Serialize)]
pub struct LinkView {
    /// Site-relative address.
    pub href: String,
    /// Link text.
    pub title: String,
}

/// One item as lists and its own page show it.
#[derive(Clone, Debug, Serialize)]
pub struct ItemSummary {
    /// Site-relative address of its page.
    pub href: String,
    /// Title.
    pub title: String,
    /// `finance`, `notice` …
    pub kind: &'static str,
    /// 经费收支 …
    pub kind_label: &'static str,
    /// `2026-04-05`.
    pub published: String,
    /// 2026年4月5日.
    pub published_label: String,
    /// `open`, `upcoming`, `closed`.
    pub status: &'static str,
    /// 公示中 …
    pub status_label: &'static str,
    /// 公示期 first day, `2026-04-05`.
    pub window_from: String,
    /// 公示期 last day.
    pub window_to: String,
    /// 2026年4月5日.
    pub window_from_label: String,
    /// 2026年4月12日.
    pub window_to_label: String,
    /// Issuing body.
    pub unit: String,
    /// 2026年第一季度, or empty.
    pub period_label: String,
    /// A notice's category (通知, 公告) or empty.
    pub category: String,
    /// Items that correct this one.
    pub corrected_by: Vec<LinkView>,
    /// The item this one corrects.
    pub corrects: Option<LinkView>,
    /// A draft (only in `--drafts` builds).
    pub draft: bool,
}

/// One cell: what the page shows and what the CSV carries.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    /// Shown on the page: `¥1,234.56`.
    pub text: String,
    /// In the CSV: `1234.56`.
    pub csv: String,
    /// Right-aligned (amounts, counts).
    pub numeric: bool,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        Cell {
            csv: s.clone(),
            text: s,
            numeric: false,
        }
    }

    /// An amount: `¥1,234.56` shown, `1234.56` in the CSV.
    pub fn money(f: Fen) -> Cell {
        Cell {
            text: f.display(),
            csv: f.yuan_text(),
            numeric: true,
        }
    }

    /// A count.
    pub fn number(n: impl ToString) -> Cell {
        let s = n.to_string();
        Cell {
            csv: s.clone(),
            text: s,
            numeric: true,
        }
    }
}

/// A column heading.
#[derive(Clone, Debug, Serialize)]
pub struct Column {
    /// Heading text.
    pub label: String,
    /// Right-aligned.
    pub numeric: bool,
}

/// A table on a page and in a CSV file.
#[derive(Clone, Debug, Serialize)]
pub struct TableView {
    /// File stem of the CSV (`lines` -> `lines.csv`) and the table's HTML id.
    pub id: String,
    /// `<caption>`.
    pub caption: String,
    /// Headings.
    pub columns: Vec<Column>,
    /// Rows of cells.
    pub rows: Vec<Vec<Cell>>,
    /// A totals row, if any.
    pub footer: Option<Vec<Cell>>,
}

impl TableView {
    /// Removes text columns that are empty in every row (a finance table without payees).
    pub fn without_empty_columns(mut self) -> TableView {
        let keep: Vec<bool> = (0..self.columns.len())
            .map(|i| {
                self.columns[i].numeric
                    || self
                        .rows
                        .iter()
                        .any(|r| r.get(i).is_some_and(|c| !c.text.is_empty()))
            })
            .collect();
        let filter = |cells: Vec<Cell>| -> Vec<Cell> {
            cells
                .into_iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(c, _)| c)
                .collect()
        };
        self.columns = self
            .columns
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(c, _)| c)
            .collect();
        self.rows = self.rows.into_iter().map(filter).collect();
        self.footer = self.footer.map(filter);
        self
    }
}

fn columns(spec: &[(&str, bool)]) -> Vec<Column> {
    spec.iter()
        .map(|(label, numeric)| Column {
            label: (*label).to_string(),
            numeric: *numeric,
        })
        .collect()
}

/// A labelled figure for summary boxes.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    /// 期初余额 …
    pub label: String,
    /// `¥12,345.67`.
    pub value: String,
    /// 大写, when it is a total.
    pub in_words: Option<String>,
}

/// The kind-specific part of an item page.
#[derive(Clone, Debug, Serialize)]
pub struct BodyView {
    /// Rendered Markdown (notices, resolution texts joined), already sanitised.
    pub html: String,
    /// Key figures shown above the tables.
    pub figures: Vec<Figure>,
    /// Tables, each also offered as CSV.
    pub tables: Vec<TableView>,
    /// Plain facts (program, meeting, funding).
    pub facts: Vec<Fact>,
}

impl BodyView {
    /// The page's copy: tables without all-empty text columns. Downloads keep every
    /// column, so CSV files of one kind always have the same columns.
    pub fn for_page(&self) -> BodyView {
        let mut view = self.clone();
        view.tables = view
            .tables
            .into_iter()
            .map(TableView::without_empty_columns)
            .collect();
        view
    }
}

/// A labelled plain fact: 项目 送温暖.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    /// 项目 …
    pub label: String,
    /// 送温暖 …
    pub value: String,
}

impl Fact {
    /// A fact.
    pub fn new(label: &str, value: impl Into<String>) -> Fact {
        Fact {
            label: label.into(),
            value: value.into(),
        }
    }
}

/// `张德营` -> `张*营`, `李四` -> `李*`, `欧阳明华` -> `欧**华`.
pub fn mask_name(name: &str) -> String {
    let chars: Vec<char> = name.trim().chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".into(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

/// The summary of an item for lists and its header.
pub fn summary(
    checked: &CheckedItem,
    config: &Config,
    link: &dyn Fn(&str) -> String,
    titles: &dyn Fn(&str) -> String,
) -> ItemSummary {
    let item = &checked.item;
    let lang = config.language;
    let kind = item.body.kind();
    let category = match &item.body {
        Body::Notice(n) => n.category.clone().unwrap_or_default(),
        _ => String::new(),
    };
    let link_to = |content_path: &str| LinkView {
        href: link(&crate::model::page_path_of(content_path)),
        title: titles(content_path),
    };
    ItemSummary {
        href: link(&item.page_path()),
        title: item.common.title.value.clone(),
        kind: kind.key(),
        kind_label: kind_label(kind, lang),
        published: item.common.published.value.to_string(),
        published_label: date_label(item.common.published.value, lang),
        status: checked.status.key(),
        status_label: status_label(checked.status, lang),
        window_from: checked.window.from.to_string(),
        window_to: checked.window.to.to_string(),
        window_from_label: date_label(checked.window.from, lang),
        window_to_label: date_label(checked.window.to, lang),
        unit: checked.unit.clone(),
        period_label: item
            .common
            .period
            .as_ref()
            .map(|p| match lang {
                Language::En => p.value.to_string(),
                _ => p.value.label_zh(),
            })
            .unwrap_or_default(),
        category,
        corrected_by: checked.corrected_by.iter().map(|p| link_to(p)).collect(),
        corrects: checked.corrects.as_deref().map(link_to),
        draft: item.common.draft,
    }
}

fn total(amounts: impl IntoIterator<Item = Fen>) -> Fen {
    Fen::sum(amounts).unwrap_or_default()
}

fn figure(label: &str, amount: Fen, words: bool) -> Figure {
    Figure {
        label: label.into(),
        value: amount.display(),
        in_words: if words { amount.daxie() } else { None },
    }
}

fn finance_table(id: &str, caption: &str, lines: &[FinanceLine]) -> TableView {
    let rows = lines
        .iter()
        .map(|l| {
            vec![
                Cell::text(l.date.value.to_string()),
                Cell::text(l.category.value.clone()),
                Cell::money(l.amount.value),
                Cell::text(l.payee.clone().unwrap_or_default()),
                Cell::text(l.voucher.clone().unwrap_or_default()),
                Cell::text(l.note.clone().unwrap_or_default()),
            ]
        })
        .collect();
    let sum = total(lines.iter().map(|l| l.amount.value));
    TableView {
        id: id.into(),
        caption: caption.into(),
        columns: columns(&[
            ("日期", false),
            ("科目", false),
            ("金额", true),
            ("收付对象", false),
            ("凭证号", false),
            ("摘要", false),
        ]),
        rows,
        footer: Some(vec![
            Cell::text("合计"),
            Cell::text(""),
            Cell::money(sum),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
        ]),
    }
}

/// The body view of a data item. Notices get theirs from Markdown in `pages`.
pub fn data_body(body: &Body, config: &Config) -> BodyView {
    let mut view = BodyView {
        html: String::new(),
        figures: Vec::new(),
        tables: Vec::new(),
        facts: Vec::new(),
    };
    match body {
        Body::Notice(_) => {}
        Body::Finance(f) => {
            let income = total(f.income.iter().map(|l| l.amount.value));
            let expenses = total(f.expenses.iter().map(|l| l.amount.value));
            let closing = f
                .opening_balance
                .value
                .checked_add(income)
                .and_then(|x| x.checked_sub(expenses))
                .unwrap_or_default();
            view.figures = vec![
                figure("期初余额", f.opening_balance.value, false),
                figure("本期收入", income, true),
                figure("本期支出", expenses, true),
                figure("期末余额", closing, true),
            ];
            view.tables
                .push(finance_table("income", "收入明细", &f.income));
            view.tables
                .push(finance_table("expenses", "支出明细", &f.expenses));
        }
        Body::Welfare(w) => {
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
        }
        Body::Attendance(a) => {
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
        }
        Body::Congress(c) => {
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
        }
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_names() {
        assert_eq!(mask_name("张德营"), "张*营");
        assert_eq!(mask_name("李四"), "李*");
        assert_eq!(mask_name("欧阳明华"), "欧**华");
        assert_eq!(mask_name("王"), "*");
    }
}
