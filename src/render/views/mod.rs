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

pub mod assessment;
pub mod attendance;
pub mod congress;
pub mod corrections;
pub mod finance;
pub mod merits;
pub mod pay;
pub mod sheet;
pub mod table;
pub mod table_html;
pub mod team_years;
pub mod welfare;

pub use table::{
    Cell, Column, ColumnType, PageTable, Phone, Role, RowRole, SplicedTable, TableView, columns,
};

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

/// A labelled figure for summary boxes.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    /// Stable key in `data.json` (`opening`, `income`, `total` …).
    pub key: &'static str,
    /// 期初余额 …
    pub label: String,
    /// `¥12,345.67`.
    pub value: String,
    /// 大写, when it is a total.
    pub in_words: Option<String>,
    /// The amount in integer fen.
    pub fen: i64,
}

/// The kind-specific part of an item page (templates see it as `PageBody`).
#[derive(Clone, Debug, Default)]
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
    pub congress: Option<congress::CongressView>,
    /// An attendance item's team totals and archive link (page and `data.json`).
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

/// A body as templates see it: its tables as the page shows them (see `PageTable`),
/// serialised from the body itself, without a copy. The second field, when not empty,
/// holds for each table the number of the splice it goes into (`table_html::Splice`:
/// the table comes as its marker).
pub struct PageBody<'a>(pub &'a BodyView, pub &'a [Option<u64>]);

/// A table of a body as templates see it.
enum ShownTable<'a> {
    Page(PageTable<'a>),
    Spliced(SplicedTable<'a>),
}

impl Serialize for ShownTable<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ShownTable::Page(t) => t.serialize(s),
            ShownTable::Spliced(t) => t.serialize(s),
        }
    }
}

impl Serialize for PageBody<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown<'a> {
            html: &'a str,
            figures: &'a [Figure],
            tables: Vec<ShownTable<'a>>,
            facts: &'a [Fact],
            charts: &'a [ChartView],
            notes: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            congress: Option<&'a congress::CongressView>,
            #[serde(skip_serializing_if = "Option::is_none")]
            attendance: Option<&'a attendance::AttendanceView>,
            words: &'a BodyWords,
        }
        let b = self.0;
        Shown {
            html: &b.html,
            figures: &b.figures,
            tables: b
                .tables
                .iter()
                .enumerate()
                .map(|(i, t)| match self.1.get(i) {
                    Some(Some(id)) => ShownTable::Spliced(SplicedTable(t, *id)),
                    _ => ShownTable::Page(PageTable(t)),
                })
                .collect(),
            facts: &b.facts,
            charts: &b.charts,
            notes: &b.notes,
            congress: b.congress.as_ref(),
            attendance: b.attendance.as_ref(),
            words: &b.words,
        }
        .serialize(s)
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
        unit: checked.unit.to_string(),
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
        Derived::Pay(d) => &d.sheet.title,
        Derived::Merits(d) => &d.sheet.title,
        Derived::Assessment(d) => &d.sheet.title,
        Derived::Table(d) => &d.title,
        _ => &checked.item.common.title.value,
    }
}

/// The sum of amounts (zero on overflow, which the rules report).
pub fn total(amounts: impl IntoIterator<Item = Fen>) -> Fen {
    Fen::sum(amounts).unwrap_or_default()
}

/// A key figure (`key` in `data.json`), with 大写 in `language` when `words` (and the
/// language writes it).
pub fn figure(
    key: &'static str,
    label: &str,
    amount: Fen,
    words: bool,
    language: Language,
) -> Figure {
    Figure {
        key,
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
    let mut view = kind_body(checked, config, titles);
    // How a phone shows each table is measured once, on the finished rows.
    view.tables = view.tables.into_iter().map(TableView::laid_out).collect();
    view
}

/// How to make the table `id` of `checked`'s page body again from its typed values (see
/// `table_html::Splice`): only a ledger's lines, the one table that grows with the
/// input and is made of values the item keeps anyway.
pub fn remake(checked: &CheckedItem, config: &Config, id: &str) -> Option<table_html::Remake> {
    if !matches!(&*checked.derived, Derived::Finance(_)) || id != finance::LINES {
        return None;
    }
    let (item, derived) = (checked.item.clone(), checked.derived.clone());
    let language = config.language;
    Some(Box::new(move || match (&item.body, &*derived) {
        (Body::Finance(f), Derived::Finance(d)) => {
            finance::lines_table(f, d, FinanceLabels::of(language)).laid_out()
        }
        _ => TableView::new("", "", Vec::new()),
    }))
}

/// The body view of `data_body`, its tables not yet measured for a phone.
fn kind_body(checked: &CheckedItem, config: &Config, titles: &dyn Fn(&str) -> String) -> BodyView {
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
        (Body::Pay(p), Derived::Pay(d)) => pay::pay(p, d, config),
        (Body::Merits(m), Derived::Merits(d)) => merits::merits(m, d, config),
        (Body::Assessment(a), Derived::Assessment(d)) => {
            let pay = a.pay.as_ref().map(|p| {
                (
                    titles(&p.value),
                    crate::render::link(config, &crate::check::paths::page_path_of(&p.value)),
                )
            });
            assessment::assessment(a, d, config, pay)
        }
        (Body::Table(t), Derived::Table(d)) => sheet::body(t, d, config),
        // Check computes the values of every item's own kind, so this is never reached.
        (
            Body::Finance(_)
            | Body::Welfare(_)
            | Body::Attendance(_)
            | Body::Congress(_)
            | Body::Pay(_)
            | Body::Merits(_)
            | Body::Assessment(_)
            | Body::Table(_),
            _,
        ) => BodyView::default(),
    }
}
