//! The labels read from the catalogues: every key the code names is in every language,
//! and dates, periods, counts and account names read right in each.

use super::finance::FinanceLabels;
use super::welfare::WelfareLabels;
use super::*;
use crate::catalog::Catalog;
use crate::model::accounts::{CHART, by_code};

const LANGUAGES: [Language; 3] = [Language::ZhHans, Language::ZhHant, Language::En];

/// Every catalogue key the labels name: a field's key or a message a method formats (the
/// kebab-case string literals of this module's files).
fn keys_in_code() -> Vec<String> {
    let sources = [
        include_str!("../labels.rs"),
        include_str!("amounts.rs"),
        include_str!("attendance.rs"),
        include_str!("congress.rs"),
        include_str!("finance.rs"),
        include_str!("welfare.rs"),
    ];
    let kebab = |s: &str| {
        s.contains('-')
            && s.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    };
    let mut keys: Vec<String> = sources
        .iter()
        .flat_map(|source| source.split('"').skip(1).step_by(2))
        .filter(|s| kebab(s))
        .map(String::from)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[test]
fn every_key_the_code_names_is_in_every_language() {
    let keys = keys_in_code();
    assert!(keys.len() > 200, "{} keys found", keys.len());
    for key in [
        "site-home",
        "search-found-many",
        "money-numerals",
        "finance-sub-indent",
    ] {
        assert!(keys.iter().any(|k| k == key), "{key} is not seen");
    }
    for language in LANGUAGES {
        let catalog = Catalog::of(language);
        for key in &keys {
            assert!(catalog.has(key), "{language:?} has no {key}");
        }
        for key in SiteWords::KEYS
            .iter()
            .chain(finance::FinanceLabels::KEYS)
            .chain(welfare::WelfareLabels::KEYS)
            .chain(attendance::AttendanceLabels::KEYS)
            .chain(congress::CongressLabels::KEYS)
        {
            assert!(catalog.has(key), "{language:?} has no {key}");
        }
        for message in ["date", "year-title", "period-month"] {
            assert!(catalog.has(message), "{language:?} has no {message}");
        }
    }
}

#[test]
fn dates_and_periods() {
    let date = jiff::civil::date(2026, 4, 5);
    assert_eq!(date_label(date, Language::ZhHans), "2026年4月5日");
    assert_eq!(date_label(date, Language::ZhHant), "2026年4月5日");
    assert_eq!(date_label(date, Language::En), "5 April 2026");
    assert_eq!(
        date_label(jiff::civil::date(2026, 12, 31), Language::En),
        "31 December 2026"
    );
    let q1 = Period::Quarter(2026, 1);
    assert_eq!(period_label(q1, Language::ZhHans), "2026年第一季度");
    assert_eq!(period_label(q1, Language::ZhHans), q1.label_zh());
    assert_eq!(period_label(q1, Language::En), "Q1 2026");
    assert_eq!(
        period_label(Period::Half(2026, 2), Language::ZhHans),
        "2026年下半年"
    );
    assert_eq!(
        period_label(Period::Half(2026, 1), Language::En),
        "First half of 2026"
    );
    assert_eq!(
        period_label(Period::Month(2026, 3), Language::En),
        "March 2026"
    );
    assert_eq!(period_label(Period::Year(2026), Language::En), "2026");
    assert_eq!(year_title(2026, Language::ZhHant), "2026年");
    assert_eq!(year_title(2026, Language::En), "2026");
}

#[test]
fn counts_take_their_plural_in_english() {
    let en = WelfareLabels::of(Language::En);
    assert_eq!(en.people_text(1), "1 person");
    assert_eq!(en.people_text(10), "10 people");
    assert_eq!(WelfareLabels::of(Language::ZhHans).people_text(10), "10 人");
    assert_eq!(
        FinanceLabels::of(Language::En).line_count_text(1, 5),
        "1 income entry, 5 expense entries"
    );
    assert_eq!(
        FinanceLabels::of(Language::ZhHans).line_count_text(1, 5),
        "收入 1 笔，支出 5 笔"
    );
    assert_eq!(
        Labels::of(Language::En).search_found_many,
        "{n} items found"
    );
    assert_eq!(Labels::of(Language::ZhHans).search_found_many, "共 {n} 项");
}

#[test]
fn english_reads_as_english() {
    let t = &Labels::of(Language::En).site;
    assert_eq!(t.colon, ": ");
    assert_eq!(kind_label(Kind::Finance, Language::En), "Union finances");
    assert_eq!(
        kind_all_label(Kind::Finance, Language::En),
        "All union finances"
    );
    assert_eq!(status_label(Status::Open, Language::En), "Open for comment");
    assert_eq!(status_label(Status::Closed, Language::En), "Closed");
    assert_eq!(kind_label(Kind::Congress, Language::ZhHant), "職代會");
    assert_eq!(status_label(Status::Closed, Language::ZhHant), "公示期滿");
}

#[test]
fn every_account_is_named_in_every_language() {
    for account in CHART {
        let hans = FinanceLabels::of(Language::ZhHans).account_name(account);
        assert_eq!(hans, account.name, "zh-Hans names are the chart's own");
        let hant = FinanceLabels::of(Language::ZhHant).account_name(account);
        assert_eq!(hant.chars().count(), hans.chars().count(), "{hant}");
        let en = FinanceLabels::of(Language::En).account_name(account);
        assert!(en.is_ascii() && !en.is_empty(), "{}: {en}", account.code);
    }
    let warmth = by_code("50405").map(|a| FinanceLabels::of(Language::ZhHant).account_name(&a));
    assert_eq!(warmth.as_deref(), Some("送溫暖支出"));
}

#[test]
fn strong_numbers_sets_counts_apart_and_escapes() {
    assert_eq!(
        strong_numbers("立案 12 件 <a>"),
        "立案 <strong>12</strong> 件 &lt;a&gt;"
    );
}
