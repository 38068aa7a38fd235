//! UI labels of the pages in the site's `language` (zh-Hans by default).
//!
//! Templates read them as `t.<name>`; kind and status names come from here too, so a page
//! never mixes languages. The words the views put into each kind's tables, facts and
//! charts are in one submodule per kind. Diagnostic texts are not here (see `messages`).

pub mod attendance;
pub mod congress;
pub mod finance;
pub mod welfare;

use serde::Serialize;

use crate::check::Status;
use crate::config::Language;
use crate::model::Kind;

/// Every fixed word a page shows.
#[derive(Clone, Debug, Serialize)]
pub struct Labels {
    /// 首页.
    pub home: &'static str,
    /// 公示中的事项.
    pub open_now: &'static str,
    /// 最新发布.
    pub latest: &'static str,
    /// 全部.
    pub all: &'static str,
    /// 发布日期.
    pub published: &'static str,
    /// 公示期.
    pub disclosure: &'static str,
    /// 发布单位.
    pub unit: &'static str,
    /// 所属期间.
    pub period: &'static str,
    /// 状态.
    pub status: &'static str,
    /// 标题.
    pub title: &'static str,
    /// 类别.
    pub kind: &'static str,
    /// 至.
    pub to: &'static str,
    /// 监督电话.
    pub phone: &'static str,
    /// 监督邮箱.
    pub email: &'static str,
    /// 异议受理.
    pub objections: &'static str,
    /// Sentence before the contact.
    pub objection_text: &'static str,
    /// 本事项已被更正.
    pub corrected_banner: &'static str,
    /// 更正说明.
    pub corrects_banner: &'static str,
    /// 按年份.
    pub by_year: &'static str,
    /// 栏目.
    pub sections: &'static str,
    /// 暂无.
    pub none_yet: &'static str,
    /// 搜索.
    pub search: &'static str,
    /// Shown while the search script is off.
    pub search_needs_script: &'static str,
    /// Placeholder of the search box (short enough for a phone).
    pub search_placeholder: &'static str,
    /// The line under the search box: what to type, with examples.
    pub search_hint: &'static str,
    /// 订阅.
    pub feed: &'static str,
    /// What the welfare year page sums.
    pub welfare_year_note: &'static str,
    /// 下载数据.
    pub downloads: &'static str,
    /// 生成日期.
    pub built_on: &'static str,
    /// 跳到正文.
    pub skip: &'static str,
    /// 事项.
    pub items: &'static str,
    /// 合计.
    pub total: &'static str,
    /// 大写.
    pub in_words: &'static str,
    /// 打印本公示 (the print button of an item page).
    pub print_this: &'static str,
    /// 打印公开栏 (the board page of every open item, and links to it).
    pub print_board: &'static str,
    /// Sentence at the top of the board page.
    pub board_intro: &'static str,
    /// 核验码.
    pub fingerprint: &'static str,
    /// Sentence explaining the 核验码 on the web page.
    pub fingerprint_note: &'static str,
    /// 扫码查看网上公示 (under the printed QR code).
    pub qr_note: &'static str,
    /// 签字 (signature line).
    pub sign: &'static str,
    /// 日期 (beside the signature line).
    pub sign_date: &'static str,
    /// 盖章 (the seal area).
    pub seal: &'static str,
    /// CSS `content` value of the printed page number, "第 x 页 共 y 页".
    pub page_counter: &'static str,
    /// CSS `content` value of a page number on the board, "第 x 页", counted within one
    /// notice by the counter named in place of `COUNTER` (a document of several notices
    /// cannot know one notice's total).
    pub sheet_counter: &'static str,
    /// 单独打印本项 (a board sheet's link to its own page, which prints 第 x 页 共 y 页).
    pub print_alone: &'static str,
    /// Above a table that scrolls sideways: 左右滑动查看全表.
    pub scroll_cue: &'static str,
    /// 全部出勤公示 (a team archive's link back to the attendance list).
    pub all_attendance: &'static str,
    /// 全部职代会公告 (the congress follow-up pages' link back to the congress list).
    pub all_congress: &'static str,
    /// 通过 (resolutions adopted, on the resolutions page).
    pub adopted: &'static str,
    /// 未通过 (resolutions not adopted).
    pub not_adopted: &'static str,
    /// 未报告落实情况 (resolutions with no progress reported).
    pub progress_unreported: &'static str,
    /// 预算 (the budget bars of a finance chart).
    pub chart_budget: &'static str,
    /// 实际 (the actual bars of a finance chart).
    pub chart_actual: &'static str,
    /// 执行率 (the execution rate column of a finance chart).
    pub chart_rate: &'static str,
    /// 暂无数据 (a chart with nothing to draw).
    pub chart_no_data: &'static str,
}

impl Labels {
    /// The labels of `language`.
    pub fn of(language: Language) -> Labels {
        match language {
            Language::ZhHans => Labels {
                home: "首页",
                open_now: "正在公示",
                latest: "最新发布",
                all: "全部",
                published: "发布日期",
                disclosure: "公示期",
                unit: "发布单位",
                period: "所属期间",
                status: "状态",
                title: "标题",
                kind: "类别",
                to: "至",
                phone: "监督电话",
                email: "监督邮箱",
                objections: "异议受理",
                objection_text: "对公示内容如有异议，请在公示期内向以下渠道反映：",
                corrected_banner: "本事项已更正，请以更正后的内容为准：",
                corrects_banner: "本事项是对以下事项的更正：",
                by_year: "按年份",
                sections: "栏目",
                none_yet: "暂无公示事项。",
                search: "搜索",
                search_needs_script: "搜索需要浏览器启用脚本；也可以按栏目、年份浏览。",
                search_placeholder: "标题、单位或正文中的词",
                search_hint: "例如：体检、送温暖、一季度",
                feed: "订阅（Atom）",
                welfare_year_note: "本年度各次发放按项目和困难原因汇总；名单详见各次公示。",
                downloads: "数据下载",
                built_on: "生成日期",
                skip: "跳到正文",
                items: "项",
                total: "合计",
                in_words: "大写",
                print_this: "打印本公示",
                print_board: "打印公开栏",
                board_intro: "本页收录正在公示的全部事项，每项单独成页、从第 1 页编起页码，可一次打印后张贴。页码要带“共几页”的，请点该项的“单独打印本项”。",
                fingerprint: "核验码",
                fingerprint_note: "纸质公示上印有相同核验码，即与本页内容一致。",
                qr_note: "扫码查看网上公示",
                sign: "签字",
                sign_date: "日期",
                seal: "盖章",
                page_counter: "\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\"",
                sheet_counter: "\"第 \" counter(COUNTER) \" 页\"",
                print_alone: "单独打印本项",
                scroll_cue: "← 左右滑动查看全表 →",
                all_attendance: "全部出勤公示",
                all_congress: "全部职代会公告",
                adopted: "通过",
                not_adopted: "未通过",
                progress_unreported: "未报告落实情况",
                chart_budget: "预算",
                chart_actual: "实际",
                chart_rate: "执行率",
                chart_no_data: "暂无数据",
            },
            Language::ZhHant => Labels {
                home: "首頁",
                open_now: "正在公示",
                latest: "最新發布",
                all: "全部",
                published: "發布日期",
                disclosure: "公示期",
                unit: "發布單位",
                period: "所屬期間",
                status: "狀態",
                title: "標題",
                kind: "類別",
                to: "至",
                phone: "監督電話",
                email: "監督郵箱",
                objections: "異議受理",
                objection_text: "對公示內容如有異議，請在公示期內向以下渠道反映：",
                corrected_banner: "本事項已更正，請以更正後的內容為準：",
                corrects_banner: "本事項是對以下事項的更正：",
                by_year: "按年份",
                sections: "欄目",
                none_yet: "暫無公示事項。",
                search: "搜尋",
                search_needs_script: "搜尋需要瀏覽器啟用腳本；也可以按欄目、年份瀏覽。",
                search_placeholder: "標題、單位或正文中的詞",
                search_hint: "例如：體檢、送溫暖、一季度",
                feed: "訂閱（Atom）",
                welfare_year_note: "本年度各次發放按項目和困難原因匯總；名單詳見各次公示。",
                downloads: "數據下載",
                built_on: "生成日期",
                skip: "跳到正文",
                items: "項",
                total: "合計",
                in_words: "大寫",
                print_this: "列印本公示",
                print_board: "列印公開欄",
                board_intro: "本頁收錄正在公示的全部事項，每項單獨成頁、從第 1 頁編起頁碼，可一次列印後張貼。頁碼要帶「共幾頁」的，請點該項的「單獨列印本項」。",
                fingerprint: "核驗碼",
                fingerprint_note: "紙本公示上印有相同核驗碼，即與本頁內容一致。",
                qr_note: "掃碼查看網上公示",
                sign: "簽字",
                sign_date: "日期",
                seal: "蓋章",
                page_counter: "\"第 \" counter(page) \" 頁 共 \" counter(pages) \" 頁\"",
                sheet_counter: "\"第 \" counter(COUNTER) \" 頁\"",
                print_alone: "單獨列印本項",
                scroll_cue: "← 左右滑動查看全表 →",
                // Not translated yet: the zh-Hans words, as these pages showed them so far.
                all_attendance: "全部出勤公示",
                all_congress: "全部职代会公告",
                adopted: "通过",
                not_adopted: "未通过",
                progress_unreported: "未报告落实情况",
                chart_budget: "预算",
                chart_actual: "实际",
                chart_rate: "执行率",
                chart_no_data: "暂无数据",
            },
            Language::En => Labels {
                home: "Home",
                open_now: "Open for comment",
                latest: "Latest",
                all: "All",
                published: "Published",
                disclosure: "Disclosure period",
                unit: "Issued by",
                period: "Period",
                status: "Status",
                title: "Title",
                kind: "Kind",
                to: "to",
                phone: "Phone",
                email: "E-mail",
                objections: "Objections",
                objection_text: "Objections to this notice may be raised during the disclosure period with:",
                corrected_banner: "This item has been corrected; see:",
                corrects_banner: "This item corrects:",
                by_year: "By year",
                sections: "Sections",
                none_yet: "Nothing published yet.",
                search: "Search",
                search_needs_script: "Search needs scripts enabled; you can also browse by section or year.",
                search_placeholder: "Title, unit or notice words",
                search_hint: "For example: medical, welfare, first quarter",
                feed: "Feed (Atom)",
                welfare_year_note: "This year's distributions, summed by program and by reason; each list has its own page.",
                downloads: "Data downloads",
                built_on: "Built on",
                skip: "Skip to content",
                items: "items",
                total: "Total",
                in_words: "In words",
                print_this: "Print this notice",
                print_board: "Print the board",
                board_intro: "Every item now open for comment, one per sheet, each numbered from page 1, ready to print in one go and post. For page numbers with the total (page 1 of 2), print an item alone.",
                fingerprint: "Check code",
                fingerprint_note: "A printed notice showing the same check code says the same as this page.",
                qr_note: "Scan for the online page",
                sign: "Signature",
                sign_date: "Date",
                seal: "Seal",
                page_counter: "\"Page \" counter(page) \" of \" counter(pages)",
                sheet_counter: "\"Page \" counter(COUNTER)",
                print_alone: "Print this item alone",
                scroll_cue: "← Scroll sideways for the whole table →",
                // Not translated yet: the zh-Hans words, as these pages showed them so far.
                all_attendance: "全部出勤公示",
                all_congress: "全部职代会公告",
                adopted: "通过",
                not_adopted: "未通过",
                progress_unreported: "未报告落实情况",
                chart_budget: "预算",
                chart_actual: "实际",
                chart_rate: "执行率",
                chart_no_data: "暂无数据",
            },
        }
    }
}

impl Labels {
    /// The accessible name of a printed notice's QR code: the note under it and the
    /// address it holds.
    pub fn qr_label(&self, url: &str) -> String {
        format!("{}：{url}", self.qr_note)
    }
}

/// The name of a kind in `language`.
pub fn kind_label(kind: Kind, language: Language) -> &'static str {
    let zh = matches!(language, Language::ZhHans | Language::ZhHant);
    match (kind, zh) {
        (Kind::Finance, true) => "经费收支",
        (Kind::Welfare, true) => "福利发放",
        (Kind::Attendance, true) => "出勤公示",
        (Kind::Congress, true) => "职代会",
        (Kind::Notice, true) => "通知公告",
        (Kind::Finance, false) => "Union finances",
        (Kind::Welfare, false) => "Welfare",
        (Kind::Attendance, false) => "Attendance",
        (Kind::Congress, false) => "Workers' congress",
        (Kind::Notice, false) => "Notices",
    }
}

/// The name of a status in `language`.
pub fn status_label(status: Status, language: Language) -> &'static str {
    let zh = matches!(language, Language::ZhHans | Language::ZhHant);
    match (status, zh) {
        (Status::Open, true) => "公示中",
        (Status::Upcoming, true) => "即将公示",
        (Status::Closed, true) => "公示期满",
        (Status::Open, false) => "Open",
        (Status::Upcoming, false) => "Upcoming",
        (Status::Closed, false) => "Closed",
    }
}

/// A year as a title: `2026年` (English: `2026`).
pub fn year_title(year: i16, language: Language) -> String {
    match language {
        Language::En => year.to_string(),
        _ => format!("{year}年"),
    }
}

/// A date as on official documents: 2026年4月5日 (English: 2026-04-05).
pub fn date_label(date: jiff::civil::Date, language: Language) -> String {
    match language {
        Language::En => date.to_string(),
        _ => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
    }
}

/// The title of a year's list page, `year/2026/`: 2026年发布的公示 (the year alone would be
/// the title of a section folder named for the year, `2026/`, too).
pub fn year_list_title(year: i16, language: Language) -> String {
    match language {
        Language::ZhHans => format!("{year}年发布的公示"),
        Language::ZhHant => format!("{year}年發布的公示"),
        Language::En => format!("Published in {year}"),
    }
}

/// The title of a year's finance summary page: 2026年经费收支汇总.
pub fn finance_year_title(year: i16, language: Language) -> String {
    match language {
        Language::ZhHans => format!("{year}年经费收支汇总"),
        // Not translated yet: the zh-Hans words, as the page showed them so far.
        Language::ZhHant | Language::En => format!("{year}年经费收支汇总"),
    }
}

/// The title of a year's welfare summary page: 2026年福利发放汇总.
pub fn welfare_year_title(year: i16, language: Language) -> String {
    match language {
        Language::ZhHans => format!("{year}年福利发放汇总"),
        // Not translated yet: the zh-Hans words, as the page showed them so far.
        Language::ZhHant | Language::En => format!("{year}年福利发放汇总"),
    }
}

/// An item's summary line in the Atom feed: its kind, unit and 公示期.
pub fn feed_summary(kind: &str, unit: &str, from: &str, to: &str, language: Language) -> String {
    match language {
        Language::ZhHans => format!("{kind} · {unit} · 公示期 {from} 至 {to}"),
        // Not translated yet: the zh-Hans words, as the feed showed them so far.
        Language::ZhHant | Language::En => format!("{kind} · {unit} · 公示期 {from} 至 {to}"),
    }
}
