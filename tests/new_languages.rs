//! `gongkai new` on an English and a zh-Hant site: every kind's skeleton is commented in
//! the site's language (no Simplified-only character in zh-Hant comments, no Han
//! character or full-width mark in English ones, the vocabulary the rules read aside),
//! and, filled in as a clerk fills it from its commented examples, checks clean.

mod common;

use std::fs;
use std::path::Path;

use common::{gongkai, json_lines, run, write};

/// Characters only Simplified Chinese writes, as in tests/languages.rs.
const SIMPLIFIED_ONLY: &str = "万与专业个为亿从会传体余关内写决况准几凭别办务动劳协单占历叁发号后启员备复实对将属带帮应开异弃张录态总执扫护报拨据数无时旷暂权来标栏检汇没浏温满点状独电监盖码称笔签简类级纸组细终经结统维编缴网职脚补见览计订训议证词话该详说请调质贰贴费资赞载达过进邮门间阅际陆隐难页项须预题额验";

/// Full-width punctuation of Chinese text, as in tests/languages.rs.
const FULL_WIDTH: &str = "（）：，。；、　“”「」《》！？【】";

/// Values the rules read as they are in every language (merits types, leave types,
/// proposal statuses), which comments name to say what to write.
const VOCABULARY: &[&str] = &[
    "不予立案",
    "办理中",
    "已办结",
    "立案",
    "奖励",
    "处罚",
    "事假",
];

const KINDS: [(&str, &str); 9] = [
    ("finance", "2027/finance-q1.yaml"),
    ("welfare", "2027/spring.yaml"),
    ("attendance", "team/2027-03.yaml"),
    ("congress", "2027/congress.yaml"),
    ("notice", "notices/holiday.md"),
    ("pay", "2027/pay-03.yaml"),
    ("merits", "2027/merits-03.yaml"),
    ("assessment", "2027/assessment-03.yaml"),
    ("table", "2027/goods.yaml"),
];

/// A site in `language` with last month's attendance list (whose names the new one
/// carries); `gongkai new` of every kind on 2027-04-06; the files' texts by kind.
fn site_with_every_kind(site: &Path, language: &str) -> Vec<(&'static str, String)> {
    write(
        site,
        "site.yaml",
        format!("title: 测试公开栏\nunit: 测试工会\nlanguage: {language}\n"),
    );
    write(
        site,
        "content/team/2027-02.yaml",
        "kind: attendance\ntitle: 2027年2月出勤\npublished: 2027-03-02\nperiod: 2027-02\n\
         workdays: 20\nrecords:\n  - {name: 张三, present: 20}\n",
    );
    KINDS
        .iter()
        .map(|(kind, path)| {
            run(gongkai()
                .args(["new", kind, path, "--today", "2027-04-06", "--root"])
                .arg(site))
            .expect_code(0);
            let text = fs::read_to_string(site.join("content").join(path)).unwrap();
            (*kind, text)
        })
        .collect()
}

/// The explanatory comments of a skeleton: whole comment lines and comments after a key,
/// less the schema modeline and the commented YAML examples (`# team: …`, `#  - {…}`).
fn comments(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        if line.starts_with("# yaml-language-server:") {
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            let rest = rest.trim_start();
            let yaml = rest.starts_with("- ")
                || rest.split_once(':').is_some_and(|(k, _)| {
                    !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                });
            if !yaml {
                found.push(rest.to_string());
            }
        } else if let Some((_, comment)) = line.split_once(" # ") {
            found.push(comment.trim().to_string());
        }
    }
    found
}

/// What in `comment` is not of `language`.
fn foreign(language: &str, comment: &str) -> Vec<char> {
    let mut comment = comment.to_string();
    for word in VOCABULARY {
        comment = comment.replace(word, "");
    }
    comment
        .chars()
        .filter(|&c| match language {
            "en" => ('\u{3400}'..='\u{9fff}').contains(&c) || FULL_WIDTH.contains(c),
            _ => SIMPLIFIED_ONLY.contains(c),
        })
        .collect()
}

/// `text` as a clerk fills it in: the commented example entries taken in under the list
/// that follows them, and the keys left empty given a value.
fn filled(text: &str) -> String {
    let mut examples = Vec::new();
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(row) = line.strip_prefix("#  - ") {
            examples.push(format!("  - {row}"));
            continue;
        }
        if let Some(more) = line.strip_prefix("#    ") {
            examples.push(format!("    {more}"));
            continue;
        }
        let value = |key: &str| {
            let indent = &line[..line.len() - line.trim_start().len()];
            let empty = line.trim_start().strip_prefix(&format!("{key}:"))?;
            empty
                .trim_start()
                .starts_with('#')
                .then(|| format!("{indent}{key}: "))
        };
        let given = [
            ("title", "劳保用品发放公示"),
            ("program", "送温暖"),
            ("name", "五届三次职代会"),
            ("total", "100"),
            ("present", "96"),
        ]
        .into_iter()
        .find_map(|(key, v)| value(key).map(|k| k + v));
        match given {
            Some(line) => out.push(line),
            None => out.push(line.to_string()),
        }
        if [
            "income:",
            "expenses:",
            "recipients:",
            "resolutions:",
            "proposals:",
            "rows:",
            "entries:",
            "scores:",
        ]
        .contains(&line)
        {
            out.append(&mut examples);
        }
    }
    out.join("\n") + "\n"
}

/// The diagnostics `check` gives for the site, as `file code: message`.
fn problems(site: &Path) -> Vec<String> {
    let out = run(gongkai()
        .args([
            "check",
            "--message-format",
            "json",
            "--today",
            "2027-04-06",
            "--root",
        ])
        .arg(site));
    assert!(matches!(out.code, Some(0 | 1)), "{}", out.stderr);
    json_lines(&out.stdout)
        .into_iter()
        .map(|d| format!("{} {}: {}", d["file"], d["code"], d["message"]))
        .collect()
}

/// Every kind in `language`: comments in it, `expected` among them, and clean once filled.
fn every_kind_speaks(language: &str, expected: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    let texts = site_with_every_kind(site, language);
    for (kind, text) in &texts {
        let said = comments(text);
        assert!(said.len() >= 2, "{kind}: {said:#?}");
        for comment in &said {
            let wrong = foreign(language, comment);
            assert!(wrong.is_empty(), "{kind}: {wrong:?} in {comment:?}\n{text}");
        }
    }
    for (kind, line) in expected {
        let (_, text) = texts.iter().find(|(k, _)| k == kind).unwrap();
        assert!(
            text.lines().any(|l| l == *line),
            "{line:?} in {kind}:\n{text}"
        );
    }
    // As written, what is missing is what only the clerk knows.
    let missing = problems(site);
    assert!(!missing.is_empty());
    for problem in &missing {
        assert!(problem.contains("\"missing-field\""), "{missing:#?}");
    }
    for ((_, path), (_, text)) in KINDS.iter().zip(&texts) {
        write(site, &format!("content/{path}"), filled(text));
    }
    assert_eq!(problems(site), Vec::<String>::new());
}

#[test]
fn english_skeletons_are_commented_in_english_and_check_once_filled() {
    every_kind_speaks(
        "en",
        &[
            (
                "finance",
                "title: \"Union funds: income and expenses, Q1 2027\"",
            ),
            (
                "finance",
                "# Income, one line each, written like this (remove the # at the start):",
            ),
            (
                "welfare",
                "program:               # the programme, like Winter relief, Hardship aid or Members' birthdays",
            ),
            ("attendance", "workdays: 23"),
            (
                "congress",
                "  present:              # representatives present; the meeting is valid with at least two thirds of the total",
            ),
            (
                "notice",
                "Write the text below the second ---; an empty line starts a new paragraph.",
            ),
            ("pay", "  - {name: Days, type: number, role: days}"),
            ("merits", "# Written like this (remove the # at the start):"),
            ("assessment", "  - {name: Leaders, max: 20}"),
            ("table", "title:                 # title (required)"),
        ],
    );
}

#[test]
fn zh_hant_skeletons_are_commented_in_traditional_characters_and_check_once_filled() {
    every_kind_speaks(
        "zh-Hant",
        &[
            ("finance", "title: 2027年第一季度工會經費收支情況"),
            (
                "finance",
                "# 收入，每筆一行，照下面的樣子寫（去掉行首的 #）：",
            ),
            (
                "welfare",
                "program:               # 發放項目，例如 送溫暖、困難職工幫扶、會員生日慰問",
            ),
            ("attendance", "workdays: 23"),
            (
                "congress",
                "  present:              # 實到人數，不少於總數的三分之二會議才有效",
            ),
            ("notice", "正文寫在第二條 --- 下面，空一行即另起一段。"),
            ("pay", "  - {name: 出勤天數, type: number, role: days}"),
            ("merits", "# 照下面的樣子寫（去掉行首的 #）："),
            ("assessment", "  - {name: 領導考核, max: 20}"),
            ("table", "title:                 # 標題（必填）"),
        ],
    );
}
