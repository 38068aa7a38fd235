//! What templates see: small `*View` values made from the checked board.
//!
//! Templates only ever get these, never model types, so private data cannot reach a page
//! by accident: a welfare recipient's name comes masked from the rules, and the full name
//! is not a field of any view. Views only lay out: what is computed (outcomes, totals,
//! classifications, masked names) comes from the checked item (`CheckedItem::derived`),
//! and every fixed word from `labels`. Tables are one generic shape (`TableView`) so the
//! same rows feed the HTML table and the CSV download.

use serde::Serialize;

use crate::check::{CheckedItem, Derived};
use crate::config::{Config, Language};
use crate::model::{Body, Fen};
use crate::render::labels::finance::FinanceLabels;
use crate::render::labels::{amounts, date_label, kind_label, period_label, status_label};

pub mod attendance;
pub mod congress;
pub mod finance;
pub mod table;
pub mod welfare;

pub use table::{Phone, Role};

/// A link to another page, site-relative (templates prefix `page.root`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LinkView {
    /// Site-relative address.
    pub href: String,
    /// Link text.
    pub title: String,
}

/// One item as lists and its own page show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
    /// The amount in integer fen, for money cells (in `data.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fen: Option<i64>,
    /// A site-relative link for the cell's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        Cell {
            csv: s.clone(),
            text: s,
            numeric: false,
            fen: None,
            href: None,
        }
    }

    /// A text cell linking to a page.
    pub fn link(s: impl Into<String>, href: String) -> Cell {
        Cell {
            href: Some(href),
            ..Cell::text(s)
        }
    }

    /// An amount: `¥1,234.56` shown, `1234.56` in the CSV.
    pub fn money(f: Fen) -> Cell {
        Cell {
            text: f.display(),
            csv: f.yuan_text(),
            numeric: true,
            fen: Some(f.0),
            href: None,
        }
    }

    /// A count.
    pub fn number(n: impl ToString) -> Cell {
        let s = n.to_string();
        Cell {
            csv: s.clone(),
            text: s,
            numeric: true,
            fen: None,
            href: None,
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
    /// What the column is to a row on a phone (page only, not in `data.json`).
    pub role: Role,
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
    /// How a phone shows it (page only, not in `data.json`; see `laid_out`).
    pub phone: Phone,
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

/// Column headings from (label, numeric) pairs; the first names the row on a phone
/// until the view says otherwise (`TableView::roles`).
pub fn columns(spec: &[(&str, bool)]) -> Vec<Column> {
    spec.iter()
        .enumerate()
        .map(|(i, (label, numeric))| Column {
            label: (*label).to_string(),
            numeric: *numeric,
            role: if i == 0 { Role::Key } else { Role::Detail },
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
    /// The amount in integer fen.
    pub fen: i64,
}

/// The kind-specific part of an item page.
#[derive(Clone, Debug, Default, Serialize)]
pub struct BodyView {
    /// Rendered Markdown (notices, resolution texts joined), already sanitised.
    pub html: String,
    /// Key figures shown above the tables.
    pub figures: Vec<Figure>,
    /// Tables, each also offered as CSV.
    pub tables: Vec<TableView>,
    /// Plain facts (program, meeting, funding).
    pub facts: Vec<Fact>,
    /// Charts drawn at build time, each with its caption.
    pub charts: Vec<ChartView>,
    /// Short remarks under the tables (why reasons are only summed).
    pub notes: Vec<String>,
    /// A congress item's meeting, quorum and computed results (page and `data.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub congress: Option<congress::CongressView>,
    /// An attendance item's team totals and archive link (page and `data.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<attendance::AttendanceView>,
    /// Sentences around the figures, in the page's language (page only).
    pub words: BodyWords,
}

/// Sentences a kind's body shows around its figures, in the page's language (pages only:
/// `data.json` carries the figures, not these).
#[derive(Clone, Debug, Default, Serialize)]
pub struct BodyWords {
    /// Attendance: the heading of the team totals, "通风队 合计".
    pub attendance_heading: String,
    /// Attendance: how the rate is reckoned.
    pub rate_formula: String,
    /// Congress: "会议决议（共 3 项，通过 3 项）".
    pub resolutions_heading: String,
    /// Congress: the majority a resolution needs.
    pub pass_rule: String,
    /// Congress: "提案（共 5 件）".
    pub proposals_heading: String,
}

impl BodyView {
    /// The page's copy: tables without all-empty text columns, laid out for a phone.
    /// Downloads keep every column, so CSV files of one kind always have the same columns.
    pub fn for_page(&self) -> BodyView {
        let mut view = self.clone();
        view.tables = view
            .tables
            .into_iter()
            .map(|t| t.without_empty_columns().laid_out())
            .collect();
        view
    }
}

/// A chart: its caption, shown above it, and the inline SVG (already escaped markup).
#[derive(Clone, Debug, Serialize)]
pub struct ChartView {
    /// 支出按科目 …
    pub caption: String,
    /// The `<svg>` element.
    pub svg: String,
}

/// A labelled plain fact: 项目 送温暖.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    /// 项目 …
    pub label: String,
    /// 送温暖 …
    pub value: String,
    /// A site-relative link for the value (the funding finance page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

impl Fact {
    /// A fact.
    pub fn new(label: &str, value: impl Into<String>) -> Fact {
        Fact {
            label: label.into(),
            value: value.into(),
            href: None,
        }
    }

    /// A fact whose value links to another page.
    pub fn link(label: &str, value: impl Into<String>, href: String) -> Fact {
        Fact {
            href: Some(href),
            ..Fact::new(label, value)
        }
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
        href: link(&crate::check::paths::page_path_of(content_path)),
        title: titles(content_path),
    };
    ItemSummary {
        href: link(&checked.page_path),
        title: public_title(checked).to_string(),
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
            .map(|p| period_label(p.value, lang))
            .unwrap_or_default(),
        category,
        corrected_by: checked.corrected_by.iter().map(|p| link_to(p)).collect(),
        corrects: checked.corrects.as_deref().map(link_to),
        draft: item.common.draft,
    }
}

/// An item's title as pages may show it: a welfare recipient's full name in it is masked
/// (by the rules, see `check::welfare::figures`).
pub fn public_title(checked: &CheckedItem) -> &str {
    match &*checked.derived {
        Derived::Welfare(d) => &d.title,
        _ => &checked.item.common.title.value,
    }
}

/// The sum of amounts (zero on overflow, which the rules report).
pub fn total(amounts: impl IntoIterator<Item = Fen>) -> Fen {
    Fen::sum(amounts).unwrap_or_default()
}

/// A key figure, with 大写 in `language` when `words` (and the language writes it).
pub fn figure(label: &str, amount: Fen, words: bool, language: Language) -> Figure {
    Figure {
        label: label.into(),
        value: amount.display(),
        in_words: if words {
            amounts::in_words(amount, language)
        } else {
            None
        },
        fen: amount.0,
    }
}

/// The body view of a data item. Notices get theirs from Markdown in `render`. Views get
/// the checked item, so they show what the check computed (`CheckedItem::derived`:
/// outcomes, totals, classifications, masked names) instead of computing it, and `titles`
/// (content path -> public title) to name the items they link.
pub fn data_body(
    checked: &CheckedItem,
    config: &Config,
    titles: &dyn Fn(&str) -> String,
) -> BodyView {
    match (&checked.item.body, &*checked.derived) {
        (Body::Notice(_), _) => BodyView::default(),
        (Body::Finance(f), Derived::Finance(d)) => finance::body(f, d, config),
        (Body::Welfare(w), Derived::Welfare(d)) => {
            let funding = w.funded_by.as_ref().zip(d.funding.as_ref());
            let funding = funding.map(|(f, category)| {
                (
                    format!(
                        "{} · {}",
                        titles(&f.item.value),
                        FinanceLabels::of(config.language).category(category)
                    ),
                    crate::render::link(config, &crate::check::paths::page_path_of(&f.item.value)),
                )
            });
            welfare::welfare(w, d, config, funding)
        }
        (Body::Attendance(a), Derived::Attendance(d)) => attendance::attendance(a, d, config),
        (Body::Congress(c), Derived::Congress(computed)) => congress::congress(c, computed, config),
        // Check computes the values of every item's own kind, so this is never reached.
        (Body::Finance(_) | Body::Welfare(_) | Body::Attendance(_) | Body::Congress(_), _) => {
            BodyView::default()
        }
    }
}
