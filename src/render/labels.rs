//! Every fixed word a page shows, in the site's `language` (zh-Hans by default), as typed
//! views of the page catalogue (`locales/<language>/pages.ftl`, read by `catalog`).
//!
//! No word is written here: each field names its catalogue key, and each sentence with
//! figures in it is one catalogue message filled in by a method (`say!`). Templates read
//! `t.<name>` (`Labels`, with each kind's words under `t.finance`, `t.welfare`,
//! `t.attendance`, `t.congress`, `t.tables`); views read the kind's words (one submodule per kind).
//! The words of a language are read once per run and kept. Diagnostic texts are not here
//! (see `messages`).

pub mod amounts;
pub mod attendance;
pub mod congress;
pub mod finance;
pub mod tables;
pub mod welfare;

use std::sync::OnceLock;

use serde::Serialize;

use crate::check::Status;
use crate::config::Language;
use crate::model::{Kind, Period};

/// Formats the catalogue message `$id` of `$language` with `name = value` arguments:
/// `say!(language, "date", year = 2026, month = 4, day = 5)`.
macro_rules! say {
    ($language:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::catalog::Args::new();
        $( args.set(stringify!($name), $value); )*
        $crate::catalog::Catalog::of($language).format($id, Some(&args))
    }};
}
pub(crate) use say;

/// Declares a struct of words: each field is the text of the catalogue key beside it in
/// the struct's language; `KEYS` lists the keys (the tests check each language has them).
macro_rules! words {
    (
        $(#[$doc:meta])*
        pub struct $name:ident {
            $( $(#[$field_doc:meta])* $field:ident: $key:literal, )*
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, serde::Serialize)]
        pub struct $name {
            /// The language of the words (not shown to templates).
            #[serde(skip)]
            pub language: $crate::config::Language,
            $( $(#[$field_doc])* pub $field: String, )*
        }

        impl $name {
            /// Every catalogue key the struct reads.
            #[allow(dead_code)]
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            /// The words of `language`, read from its catalogue.
            pub(crate) fn read(language: $crate::config::Language) -> $name {
                let catalog = $crate::catalog::Catalog::of(language);
                $name { language, $( $field: catalog.text($key), )* }
            }
        }
    };
}
pub(crate) use words;

words! {
    /// The words of every page's frame, an item's head and foot, print sheets, lists and
    /// the search page (`t.<name>` in templates).
    pub struct SiteWords {
        /// 首页.
        home: "site-home",
        /// 正在公示.
        open_now: "site-open-now",
        /// 最新发布.
        latest: "site-latest",
        /// 全部.
        all: "site-all",
        /// 发布日期.
        published: "item-published",
        /// 公示期.
        disclosure: "item-disclosure",
        /// 发布单位.
        unit: "item-unit",
        /// 所属期间.
        period: "item-period",
        /// 状态.
        status: "item-status",
        /// 标题.
        title: "item-title",
        /// 类别.
        kind: "item-kind",
        /// 至.
        to: "item-to",
        /// 监督电话.
        phone: "contact-phone",
        /// 监督邮箱.
        email: "contact-email",
        /// 异议受理.
        objections: "contact-objections",
        /// Sentence before the contact.
        objection_text: "contact-text",
        /// 本事项已被更正.
        corrected_banner: "item-corrected-banner",
        /// 更正说明.
        corrects_banner: "item-corrects-banner",
        /// 按年份.
        by_year: "site-by-year",
        /// 栏目.
        sections: "site-sections",
        /// 暂无.
        none_yet: "site-none-yet",
        /// 搜索.
        search: "site-search",
        /// Shown while the search script is off.
        search_needs_script: "search-needs-script",
        /// Placeholder of the search box (short enough for a phone).
        search_placeholder: "search-placeholder",
        /// The line under the search box: what to type, with examples.
        search_hint: "search-hint",
        /// The search script's line when one item is found.
        search_found_one: "search-found-one",
        /// The search script's line when nothing is found.
        search_none: "search-none",
        /// The search script's button that shows the next results.
        search_more: "search-more",
        /// The search script's line when the index did not load.
        search_failed: "search-failed",
        /// 订阅.
        feed: "site-feed",
        /// What the welfare year page sums.
        welfare_year_note: "welfare-year-note",
        /// What the pay year page sums (and that it names no one).
        pay_year_note: "pay-year-note",
        /// What the merits year page sums.
        merits_year_note: "merits-year-note",
        /// 下载数据.
        downloads: "item-downloads",
        /// 生成日期.
        built_on: "site-built-on",
        /// 跳到正文.
        skip: "site-skip",
        /// 事项.
        items: "site-items",
        /// 合计.
        total: "site-total",
        /// 大写.
        in_words: "item-in-words",
        /// 打印本公示 (the print button of an item page).
        print_this: "item-print-this",
        /// 打印本页 (the print button of a summary page).
        print_page: "page-print-this",
        /// 打印公开栏 (the board page of every open item, and links to it).
        print_board: "site-print-board",
        /// Sentence at the top of the board page.
        board_intro: "board-intro",
        /// 各单位公开情况 (the home page's table of unit boards).
        units: "units-title",
        /// 单位 (its first column).
        units_unit: "units-unit",
        /// 正在公示 (its count of open items).
        units_open: "units-open",
        /// 最近发布 (its latest publication date).
        units_latest: "units-latest",
        /// 逾期未公开的经费收支 (its overdue finance periods).
        units_overdue: "units-overdue",
        /// 无 (an empty cell of the table).
        units_none: "units-none",
        /// 本单位全部公示 (a unit board's list of all its items).
        unit_all: "unit-all",
        /// 上级 (a unit board's link to the board it sits in).
        unit_up: "unit-up",
        /// 更正记录 (the record of corrections, and links to it).
        corrections: "corrections-title",
        /// Sentence at the top of the record.
        corrections_intro: "corrections-intro",
        /// 更正日期.
        corrections_date: "corrections-date",
        /// 原公示 (the corrected item).
        corrections_corrected: "corrections-corrected",
        /// 更正公示 (the correcting item).
        corrections_correcting: "corrections-correcting",
        /// 新增.
        corrections_added: "corrections-added",
        /// 删除.
        corrections_removed: "corrections-removed",
        /// 修改.
        corrections_changed: "corrections-changed",
        /// 更正前.
        corrections_before: "corrections-before",
        /// 更正后.
        corrections_after: "corrections-after",
        /// Said of a correction whose kind is not compared field by field.
        corrections_not_compared: "corrections-not-compared",
        /// Said of a correction whose data did not change.
        corrections_same: "corrections-same",
        /// Heading of the difference table on a corrected item's page.
        corrections_diff: "corrections-diff",
        /// 受助人 (a welfare recipient's row).
        corrections_recipient: "corrections-recipient",
        /// 人员 (a person's attendance row).
        corrections_person: "corrections-person",
        /// 提案 (a congress proposal's row).
        corrections_proposal: "corrections-proposal",
        /// 段落 (a notice paragraph's row).
        corrections_paragraph: "corrections-paragraph",
        /// 出席代表 (a congress's representatives present).
        corrections_attending: "corrections-attending",
        /// 范围 (the search page's unit filter).
        search_scope: "search-scope",
        /// 全部单位 (the filter's choice of every unit).
        search_all_units: "search-all-units",
        /// 核验码.
        fingerprint: "item-fingerprint",
        /// Sentence explaining the 核验码 on the web page.
        fingerprint_note: "item-fingerprint-note",
        /// 扫码查看网上公示 (under the printed QR code).
        qr_note: "print-qr-note",
        /// 签字 (signature line).
        sign: "print-sign",
        /// 日期 (beside the signature line).
        sign_date: "print-sign-date",
        /// 盖章 (the seal area).
        seal: "print-seal",
        /// （盖章）: the seal area as printed.
        seal_mark: "print-seal-mark",
        /// CSS `content` value of the printed page number, "第 x 页 共 y 页".
        page_counter: "print-page-counter",
        /// CSS `content` value of a page number on the board, "第 x 页", counted within
        /// one notice by the counter named in place of `COUNTER` (a document of several
        /// notices cannot know one notice's total).
        sheet_counter: "print-sheet-counter",
        /// 单独打印本项 (a board sheet's link to its own page, which prints 第 x 页 共 y 页).
        print_alone: "print-alone",
        /// Above a table that scrolls sideways: 左右滑动查看全表.
        scroll_cue: "site-scroll-cue",
        /// 全部出勤公示 (a team archive's link back to the attendance list).
        all_attendance: "attendance-all",
        /// 全部职代会公告 (the congress follow-up pages' link back to the congress list).
        all_congress: "congress-all",
        /// 通过 (resolutions adopted, on the resolutions page).
        adopted: "congress-passed",
        /// 未通过 (resolutions not adopted).
        not_adopted: "congress-not-passed",
        /// 未报告落实情况 (resolutions with no progress reported).
        progress_unreported: "congress-progress-unreported",
        /// 预算 (the budget bars of a finance chart).
        chart_budget: "chart-budget",
        /// 实际 (the actual bars of a finance chart).
        chart_actual: "chart-actual",
        /// 执行率 (the execution rate column of a finance chart).
        chart_rate: "chart-rate",
        /// 暂无数据 (a chart with nothing to draw).
        chart_no_data: "chart-no-data",
        /// 草稿 (a draft's mark, in `--drafts` builds).
        draft: "item-draft",
        /// 已更正 (the mark of an item a later one corrects).
        corrected: "item-corrected",
        /// ： after a label (CSS draws it after facts and a phone's cell labels too).
        colon: "site-colon",
        /// ， between the items of a run-on list.
        list_separator: "site-list-separator",
        /// ； between two lists in one sentence.
        list_break: "site-list-break",
        /// 。 at the end of a sentence made of parts.
        sentence_end: "site-sentence-end",
        /// （ before a file name after a link.
        paren_open: "site-paren-open",
        /// ） after it.
        paren_close: "site-paren-close",
        /// 经费收支.
        kind_finance: "kind-finance",
        /// 福利发放.
        kind_welfare: "kind-welfare",
        /// 出勤公示.
        kind_attendance: "kind-attendance",
        /// 职代会.
        kind_congress: "kind-congress",
        /// 工资奖金分配.
        kind_pay: "kind-pay",
        /// 奖惩公示.
        kind_merits: "kind-merits",
        /// 综合考核.
        kind_assessment: "kind-assessment",
        /// 其他公开.
        kind_table: "kind-table",
        /// 通知公告.
        kind_notice: "kind-notice",
        /// 全部经费收支 (the home page's link to the whole list).
        kind_finance_all: "kind-finance-all",
        /// 全部福利发放.
        kind_welfare_all: "kind-welfare-all",
        /// 全部出勤公示.
        kind_attendance_all: "kind-attendance-all",
        /// 全部职代会.
        kind_congress_all: "kind-congress-all",
        /// 全部工资奖金分配.
        kind_pay_all: "kind-pay-all",
        /// 全部奖惩公示.
        kind_merits_all: "kind-merits-all",
        /// 全部综合考核.
        kind_assessment_all: "kind-assessment-all",
        /// 全部其他公开.
        kind_table_all: "kind-table-all",
        /// 全部通知公告.
        kind_notice_all: "kind-notice-all",
        /// 公示中.
        status_open: "status-open",
        /// 即将公示.
        status_upcoming: "status-upcoming",
        /// 公示期满.
        status_closed: "status-closed",
    }
}

/// Every fixed word a page shows (`t` in templates): the frame's at the top level, each
/// kind's under its name.
#[derive(Clone, Debug, Serialize)]
pub struct Labels {
    /// The frame, item head and foot, lists, print and search.
    #[serde(flatten)]
    pub site: SiteWords,
    /// The search script's line when more than one item is found, with `{n}` where the
    /// script puts the number.
    pub search_found_many: String,
    /// The finance page and year summary.
    pub finance: finance::FinanceLabels,
    /// The welfare page and year summary.
    pub welfare: welfare::WelfareLabels,
    /// The attendance page and team archives.
    pub attendance: attendance::AttendanceLabels,
    /// The congress page and its follow-up pages.
    pub congress: congress::CongressLabels,
    /// The pages of the kinds built on a declared table (pay, merits, assessment, table).
    pub tables: tables::TableLabels,
}

impl Labels {
    /// The labels of `language`, read from its catalogue once per run.
    pub fn of(language: Language) -> &'static Labels {
        static LABELS: [OnceLock<Labels>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = match language {
            Language::ZhHans => 0,
            Language::ZhHant => 1,
            Language::En => 2,
        };
        LABELS[slot].get_or_init(|| Labels {
            site: SiteWords::read(language),
            search_found_many: say!(language, "search-found-many", count = "{n}"),
            finance: finance::FinanceLabels::read(language),
            welfare: welfare::WelfareLabels::read(language),
            attendance: attendance::AttendanceLabels::read(language),
            congress: congress::CongressLabels::read(language),
            tables: tables::TableLabels::read(language),
        })
    }

    /// The accessible name of a printed notice's QR code: the note under it and the
    /// address it holds.
    pub fn qr_label(&self, url: &str) -> String {
        say!(self.site.language, "print-qr-label", url = url)
    }
}

/// The name of a kind in `language`.
pub fn kind_label(kind: Kind, language: Language) -> &'static str {
    let w = &Labels::of(language).site;
    match kind {
        Kind::Finance => &w.kind_finance,
        Kind::Welfare => &w.kind_welfare,
        Kind::Attendance => &w.kind_attendance,
        Kind::Congress => &w.kind_congress,
        Kind::Pay => &w.kind_pay,
        Kind::Merits => &w.kind_merits,
        Kind::Assessment => &w.kind_assessment,
        Kind::Table => &w.kind_table,
        Kind::Notice => &w.kind_notice,
    }
}

/// The home page's link to a kind's whole list: 全部经费收支.
pub fn kind_all_label(kind: Kind, language: Language) -> &'static str {
    let w = &Labels::of(language).site;
    match kind {
        Kind::Finance => &w.kind_finance_all,
        Kind::Welfare => &w.kind_welfare_all,
        Kind::Attendance => &w.kind_attendance_all,
        Kind::Congress => &w.kind_congress_all,
        Kind::Pay => &w.kind_pay_all,
        Kind::Merits => &w.kind_merits_all,
        Kind::Assessment => &w.kind_assessment_all,
        Kind::Table => &w.kind_table_all,
        Kind::Notice => &w.kind_notice_all,
    }
}

/// The name of a status in `language`.
pub fn status_label(status: Status, language: Language) -> &'static str {
    let w = &Labels::of(language).site;
    match status {
        Status::Open => &w.status_open,
        Status::Upcoming => &w.status_upcoming,
        Status::Closed => &w.status_closed,
    }
}

/// A year as a title: `2026年` (English: `2026`).
pub fn year_title(year: i16, language: Language) -> String {
    say!(language, "year-title", year = year)
}

/// A date as on official documents: 2026年4月5日 (English: 5 April 2026).
pub fn date_label(date: jiff::civil::Date, language: Language) -> String {
    say!(
        language,
        "date",
        year = date.year(),
        month = date.month(),
        day = date.day()
    )
}

/// A period as pages show it: 2026年第一季度 (English: Q1 2026).
pub fn period_label(period: Period, language: Language) -> String {
    match period {
        Period::Year(year) => say!(language, "period-year", year = year),
        Period::Half(year, half) => say!(language, "period-half", year = year, half = half),
        Period::Quarter(year, quarter) => {
            say!(language, "period-quarter", year = year, quarter = quarter)
        }
        Period::Month(year, month) => say!(language, "period-month", year = year, month = month),
    }
}

/// The title of a year's list page, `year/2026/`: 2026年发布的公示 (the year alone would be
/// the title of a section folder named for the year, `2026/`, too).
pub fn year_list_title(year: i16, language: Language) -> String {
    say!(language, "year-list-title", year = year)
}

/// The title of a year's finance summary page: 2026年经费收支汇总.
pub fn finance_year_title(year: i16, language: Language) -> String {
    say!(language, "finance-year-title", year = year)
}

/// The title of a year's welfare summary page: 2026年福利发放汇总.
pub fn welfare_year_title(year: i16, language: Language) -> String {
    say!(language, "welfare-year-title", year = year)
}

/// The title of a year's pay summary page: 2026年工资奖金分配汇总.
pub fn pay_year_title(year: i16, language: Language) -> String {
    say!(language, "pay-year-title", year = year)
}

/// The title of a year's merits summary page: 2026年奖惩汇总.
pub fn merits_year_title(year: i16, language: Language) -> String {
    say!(language, "merits-year-title", year = year)
}

/// An item's summary line in the Atom feed: its kind, unit and 公示期.
pub fn feed_summary(kind: &str, unit: &str, from: &str, to: &str, language: Language) -> String {
    say!(
        language,
        "feed-summary",
        kind = kind,
        unit = unit,
        from = from,
        to = to
    )
}

/// `text` as HTML (escaped), each run of digits in it set in `<strong>`: the counts of a
/// tally line (共 5 件提案：立案 <strong>1</strong> 件).
pub fn strong_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (before, from) = rest.split_at(start);
        let end = from
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(from.len());
        out.push_str(&crate::render::escape::escape(before));
        out.push_str(&format!("<strong>{}</strong>", &from[..end]));
        rest = &from[end..];
    }
    out.push_str(&crate::render::escape::escape(rest));
    out
}

#[cfg(test)]
mod tests;
