//! Three UI languages: the sample board (site.yaml and content/ of the repository) built
//! in zh-Hans, zh-Hant and en, and every word of every output file (page text and
//! labelling attributes, inline styles, CSV cells, data.json strings, the feed, the search
//! index and script) checked against explicit lists of words of the other languages.
//!
//! The clerk's content stays as written in every language, so it is taken out first: the
//! words of site.yaml and content/ (titles, names, notes; masked names match their full
//! form), and the rendered Markdown of notices and resolutions. What is left is the
//! tool's: in zh-Hant no Simplified-only character, in zh-Hans no Traditional-only one, in
//! English no Han character and no full-width punctuation, and in Chinese no English word.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use scraper::{ElementRef, Html, Node};

/// Characters only Simplified Chinese writes (their Traditional forms differ): every such
/// character of the zh-Hans page catalogue, and the 大写 numerals. None may be in a zh-Hant
/// page outside the content.
const SIMPLIFIED_ONLY: &str = "万与专业个为亿从会传体余关内写决况准几凭别办务动劳协单占历叁发号后启员备复实对将属带帮应开异弃张录态总执扫护报拨据数无时旷暂权来标栏检汇没浏温满点状独电监盖码称笔签简类级纸组细终经结统维编缴网职脚补见览计订训议证词话该详说请调质贰贴费资赞载达过进邮门间阅际陆隐难页项须预题额验";

/// Characters only Traditional Chinese writes: every such character of the zh-Hant page
/// catalogue, and the 大寫 numerals. None may be in a zh-Hans page.
const TRADITIONAL_ONLY: &str = "佔來係個備傳億內別動務勞協參員啟單執報實寫將專尋對屬帶幫幾張彙後從態憑應掃撥數時暫曠會棄業標檢欄權歷決沒況準溫滿瀏為無狀獨異發監碼稱筆簽紙級細終組結統經維網編總繳職腳與萬蓋號補見覽訂計訓註詞話該詳說調請證議護貳費貼資贊載辦進過達郵錄門開間閱關陸際隱難電頁項須預題額類餘驗體點";

/// Full-width punctuation and spaces of Chinese text, none of which an English page may
/// show outside the content.
const FULL_WIDTH: &str = "（）：，。；、　“”「」《》！？【】";

/// English words a Chinese page may show: the feed's format and the data files' names.
const ENGLISH_IN_CHINESE: &[&str] = &[
    "Atom",
    "data",
    "json",
    "csv",
    "income",
    "expenses",
    "budget",
    "large",
    "lines",
    "recipients",
    "by_reason",
    "by",
    "reason",
    "attendance",
    "leave",
    "resolutions",
    "proposals",
    // The year pages' tables (`pay-year.csv`, `year-1.csv`, `distributions.csv`).
    "year",
    "pay",
    "merits",
    "by_program",
    "program",
    "distributions",
];

/// Keys of the content whose values are vocabulary the pages show in their own language
/// (statuses, results, accounts), or settings; they are not content text.
const VOCABULARY_KEYS: &[&str] = &[
    "kind",
    "category",
    "status",
    "result",
    "language",
    "theme",
    "paper",
    "orientation",
];

/// The words of the content: pieces of text between YAML and Markdown syntax, two
/// characters or longer, longest first.
struct Content {
    pieces: Vec<Vec<char>>,
}

impl Content {
    /// The content of the site at `root` (site.yaml and every file under content/).
    fn of(root: &Path) -> Content {
        // (text, whether it is YAML, whose vocabulary keys are not content).
        let mut texts = vec![(fs::read_to_string(root.join("site.yaml")).unwrap(), true)];
        for (path, bytes) in tree(&root.join("content")) {
            if [".yaml", ".yml", ".md"].iter().any(|e| path.ends_with(e)) {
                texts.push((String::from_utf8(bytes).unwrap(), !path.ends_with(".md")));
            }
        }
        let mut pieces: Vec<Vec<char>> = Vec::new();
        for (text, yaml) in texts {
            for line in text.lines() {
                // A YAML comment is not shown; neither is the value of a vocabulary key.
                let line = match line.find(" #") {
                    Some(at) if yaml => &line[..at],
                    _ if yaml && line.trim_start().starts_with("# ") => "",
                    _ => line,
                };
                let line = if yaml {
                    without_vocabulary(line)
                } else {
                    line.to_string()
                };
                let separators = |c: char| "{}[](),:#\"'*_>`|\t".contains(c);
                for piece in line.split(separators) {
                    let piece = without_list_marker(piece.trim());
                    // Numbers are not words (and would eat the digits of a check code).
                    if piece.chars().count() >= 2 && piece.chars().any(char::is_alphabetic) {
                        pieces.push(piece.chars().collect());
                    }
                }
            }
        }
        pieces.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        pieces.dedup();
        Content { pieces }
    }

    /// `text` with every piece of content in it taken out (a `*` in `text` stands for any
    /// character: a masked name).
    fn leftover(&self, text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for piece in &self.pieces {
            let mut i = 0;
            while i + piece.len() <= chars.len() {
                let here = &chars[i..i + piece.len()];
                if here.iter().zip(piece).all(|(c, p)| c == p || *c == '*') {
                    chars.splice(i..i + piece.len(), ['\u{1}']);
                }
                i += 1;
            }
        }
        chars.into_iter().collect()
    }
}

/// `piece` without a Markdown or YAML list marker (`- `, `1. `) before it.
fn without_list_marker(piece: &str) -> &str {
    let piece = piece.trim_start_matches("- ");
    match piece.split_once(". ") {
        Some((number, rest)) if number.bytes().all(|b| b.is_ascii_digit()) => rest.trim(),
        _ => piece.trim(),
    }
}

/// `line` without the values of `VOCABULARY_KEYS` (`status: 立案` -> `status: `).
fn without_vocabulary(line: &str) -> String {
    let mut out = line.to_string();
    for key in VOCABULARY_KEYS {
        let mut from = 0;
        while let Some(at) = out[from..].find(&format!("{key}:")) {
            let start = from + at + key.len() + 1;
            let before = out[..from + at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                from = start;
                continue;
            }
            let end = out[start..]
                .find([',', '}', ']'])
                .map_or(out.len(), |e| start + e);
            out.replace_range(start..end, " ");
            from = start;
        }
    }
    out
}

/// What is wrong with `leftover` (the tool's words of one text) in `language`.
fn problems(language: &str, leftover: &str) -> Vec<String> {
    let mut found = Vec::new();
    match language {
        "en" => {
            for c in leftover.chars() {
                let han = ('\u{3400}'..='\u{9fff}').contains(&c)
                    || ('\u{f900}'..='\u{faff}').contains(&c);
                if han || FULL_WIDTH.contains(c) {
                    found.push(format!("{c:?} in English"));
                }
            }
        }
        chinese => {
            let other = match chinese {
                "zh-Hant" => SIMPLIFIED_ONLY,
                _ => TRADITIONAL_ONLY,
            };
            for c in leftover.chars().filter(|c| other.contains(*c)) {
                found.push(format!("{c:?} is not {chinese}"));
            }
            // Check codes (8 hex digits) are not words.
            let hex = |t: &&str| t.len() == 8 && t.bytes().all(|b| b.is_ascii_hexdigit());
            let tokens = leftover.split(char::is_whitespace).filter(|t| !hex(t));
            let words =
                tokens.flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic() && c != '_'));
            for word in words {
                if word.chars().filter(char::is_ascii_alphabetic).count() > 1
                    && !ENGLISH_IN_CHINESE.contains(&word)
                {
                    found.push(format!("English word {word:?}"));
                }
            }
        }
    }
    found
}

/// Every text of an output file a reader sees or a tool reads, by kind of file.
fn texts_of(path: &str, bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    if path.ends_with(".html") {
        html_texts(&Html::parse_document(&text))
    } else if path.ends_with(".csv") {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
            .collect()
    } else if path == "version.json" {
        // Which build this is, for `gongkai publish --status` and scripts: no words.
        Vec::new()
    } else if path.ends_with(".json") {
        let mut out = Vec::new();
        json_strings(&serde_json::from_str(&text).unwrap(), &mut out);
        out
    } else if path.starts_with("search/t/") {
        // The search index's terms: pieces cut from the content's text, no page words.
        Vec::new()
    } else if path == "search/index.js" {
        let json = text
            .trim()
            .trim_start_matches("window.GONGKAI_SEARCH = ")
            .trim_end_matches(';');
        let mut out = Vec::new();
        json_strings(&serde_json::from_str(json).unwrap(), &mut out);
        out
    } else if path.ends_with(".xml") {
        let doc = roxmltree::Document::parse(&text).unwrap();
        // Ids, the generator's name and addresses are for machines.
        let machine = |n: &roxmltree::Node| {
            n.parent_element()
                .is_some_and(|p| matches!(p.tag_name().name(), "id" | "generator" | "loc"))
        };
        let mut out: Vec<String> = doc
            .descendants()
            .filter(|n| n.is_text() && !machine(n))
            .filter_map(|n| n.text().map(String::from))
            .collect();
        out.extend(
            doc.descendants()
                .filter_map(|n| n.attribute("label").map(String::from)),
        );
        out
    } else if path.ends_with(".js") {
        // The theme's script: its words come from the page, it has none of its own. The
        // search reads dates as clerks type them (2026年4月5日, 5号): those four characters
        // are its syntax, not words it shows.
        let syntax = ['年', '月', '日', '号'];
        // (Also under its hashed name, `theme/search.1a2b3c4d5e.js`.)
        match path.starts_with("theme/search.") {
            true => vec![text.replace(syntax, "")],
            false => vec![text],
        }
    } else if path.ends_with(".css") {
        css_contents(&text)
    } else {
        Vec::new()
    }
}

/// Keys of data.json and the search index whose values are for machines: addresses,
/// stable keys, the format's name (and in `gongkai-data/2` a column's `key` and `type`,
/// the attendance archive's address; `shards` and `chunks` in `search/index.js` are
/// fingerprints of the index's files).
const MACHINE_KEYS: &[&str] = &[
    "u",
    "href",
    "format",
    "kind",
    "status",
    "status_key",
    "key",
    "type",
    "archive",
    "shards",
    "chunks",
    // Each item's board number, on a site of unit boards; the addresses of corrections.
    "scope",
    "corrected_by",
    "corrects",
];

/// The strings of a JSON value, but those of `MACHINE_KEYS`; of a `data.json` table's
/// rows only the cells of `text` columns (the others hold keys: a fixed word's, an
/// account's code).
fn json_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(map) => {
            let text_columns: Option<Vec<bool>> = map.get("columns").and_then(|c| {
                c.as_array()?
                    .iter()
                    .map(|c| Some(c.get("type")?.as_str()? == "text"))
                    .collect()
            });
            for (key, v) in map {
                if MACHINE_KEYS.contains(&key.as_str()) {
                    continue;
                }
                match (&text_columns, key.as_str()) {
                    (Some(text), "rows" | "subtotals") => {
                        for row in v.as_array().into_iter().flatten() {
                            table_row_strings(row, text, out);
                        }
                    }
                    (Some(text), "total") => {
                        if let Some(label) = v.get("label") {
                            json_strings(label, out);
                        }
                        if let Some(values) = v.get("values") {
                            table_row_strings(values, text, out);
                        }
                    }
                    _ => json_strings(v, out),
                }
            }
        }
        _ => {}
    }
}

/// The strings of a table row's cells in `text` columns.
fn table_row_strings(row: &serde_json::Value, text: &[bool], out: &mut Vec<String>) {
    for (cell, is_text) in row.as_array().into_iter().flatten().zip(text) {
        if *is_text {
            json_strings(cell, out);
        }
    }
}

/// The strings of the `content:` declarations of a style sheet, and of `--colon` (font
/// names are not words).
fn css_contents(css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for declaration in css.split([';', '{', '}']) {
        let declaration = declaration.trim();
        if declaration.starts_with("content:") || declaration.starts_with("--colon:") {
            out.extend(declaration.split('"').skip(1).step_by(2).map(String::from));
        }
    }
    out
}

/// The text nodes of a page (but the rendered Markdown of notices and resolutions, which
/// is content), its labelling attributes and its inline styles' strings.
fn html_texts(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    let markdown = |el: &ElementRef| {
        el.value()
            .classes()
            .any(|c| c == "prose" || c == "res-text")
    };
    fn walk(el: ElementRef, out: &mut Vec<String>, markdown: &dyn Fn(&ElementRef) -> bool) {
        if markdown(&el) {
            return;
        }
        let name = el.value().name();
        for attr in ["aria-label", "title", "placeholder", "alt", "data-label"] {
            out.extend(el.value().attr(attr).map(String::from));
        }
        for (attr, value) in el.value().attrs() {
            if attr.starts_with("data-found") || attr == "data-none" {
                out.push(value.to_string());
            }
        }
        for child in el.children() {
            match child.value() {
                Node::Text(t) if name == "style" => out.extend(css_contents(t)),
                // The parser keeps what <noscript> holds as text: read it as HTML.
                Node::Text(t) if name == "noscript" => {
                    let inner = Html::parse_fragment(t);
                    walk(inner.root_element(), out, markdown);
                }
                Node::Text(t) if name != "script" => out.push(t.to_string()),
                Node::Element(_) => walk(ElementRef::wrap(child).unwrap(), out, markdown),
                _ => {}
            }
        }
    }
    walk(doc.root_element(), &mut out, &markdown);
    out.retain(|t| !t.trim().is_empty());
    out
}

/// Builds the sample in `language` (with the tests' date) and returns the site.
fn sample_in(language: &str) -> tempfile::TempDir {
    let site = sample_site();
    edit(
        site.path(),
        "site.yaml",
        "language: zh-Hans",
        &format!("language: {language}"),
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

/// Every problem of every output file of the sample built in `language`.
fn all_problems(language: &str) -> Vec<String> {
    let site = sample_in(language);
    let content = Content::of(site.path());
    let mut found = Vec::new();
    for (path, bytes) in tree(&site.path().join("public")) {
        // The theme's scripts hold no words of any language (the page hands them theirs).
        let rule = match path.ends_with(".js") && path != "search/index.js" {
            true => "en",
            false => language,
        };
        for text in texts_of(&path, &bytes) {
            let leftover = content.leftover(&text);
            for p in problems(rule, &leftover) {
                found.push(format!("{path}: {:?}: {p}", text.trim()));
            }
        }
    }
    found
}

fn assert_clean(language: &str) {
    let found = all_problems(language);
    assert!(
        found.is_empty(),
        "{} words of another language in the {language} sample:\n{}",
        found.len(),
        found
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_sample_in_zh_hans_has_no_word_of_another_language() {
    assert_clean("zh-Hans");
}

#[test]
fn the_sample_in_zh_hant_has_no_simplified_label() {
    assert_clean("zh-Hant");
}

#[test]
fn the_sample_in_english_has_no_chinese_label() {
    assert_clean("en");
}

#[test]
fn the_lists_catch_what_they_are_for() {
    let content = Content::of(&manifest_dir());
    // The labels the issue found: Simplified in zh-Hant, Chinese in English.
    for (language, label) in [
        ("zh-Hant", "经费收支"),
        ("zh-Hant", "公示期满"),
        ("zh-Hant", "贰万叁仟元整"),
        ("zh-Hans", "經費收支"),
        ("en", "出勤明细"),
        ("en", "In words："),
        ("zh-Hant", "Union finances"),
    ] {
        assert!(
            !problems(language, &content.leftover(label)).is_empty(),
            "{language}: {label} passes"
        );
    }
    // The clerk's words are content in every language, masked names too.
    for text in ["2026年第一季度工会经费收支情况", "张*营", "通风队"] {
        assert_eq!(content.leftover(text).trim_matches('\u{1}'), "", "{text}");
    }
    assert!(problems("zh-Hant", &content.leftover("通风队 合計")).is_empty());
    assert!(!problems("zh-Hant", &content.leftover("通风队 合计")).is_empty());
}

#[test]
fn each_language_reads_naturally() {
    let en = sample_in("en");
    let out = en.path().join("public");
    let home = parse_html(&out.join("index.html"));
    let more = texts(home.root_element(), ".more a");
    assert!(
        more.contains(&"All union finances →".to_string()),
        "{more:?}"
    );
    let finance = parse_html(&out.join("2026/finance-q1/index.html"));
    assert_eq!(text(one(&finance, ".meta time")), "5 April 2026");
    assert!(
        fs::read_to_string(out.join("index.html"))
            .unwrap()
            .contains("--colon: \": \";"),
        "English labels end in an ASCII colon and a space"
    );
    assert!(
        finance.select(&sel(".figure-words")).next().is_none(),
        "no 大写 in English"
    );
    let lines = fs::read_to_string(out.join("2026/finance-q1/lines.csv")).unwrap();
    assert!(
        lines.starts_with("\u{feff}Type,Date,Account,Amount,"),
        "{lines}"
    );
    let welfare = parse_html(&out.join("2026/welfare-spring/index.html"));
    let facts = texts(welfare.root_element(), ".facts dd");
    assert!(facts.iter().any(|f| f == "10 people"), "{facts:?}");
    // The content is as the clerk wrote it.
    assert_eq!(text(one(&finance, "h1")), "2026年第一季度工会经费收支情况");

    let hant = sample_in("zh-Hant");
    let finance = parse_html(&hant.path().join("public/2026/finance-q1/index.html"));
    let words = texts(finance.root_element(), ".figure-words");
    assert!(
        words.contains(&"大寫：貳萬陸仟貳佰壹拾陸元整".to_string()),
        "{words:?}"
    );
    assert_eq!(text(one(&finance, ".kicker")), "經費收支");

    let hans = sample_in("zh-Hans");
    let finance = parse_html(&hans.path().join("public/2026/finance-q1/index.html"));
    let words = texts(finance.root_element(), ".figure-words");
    assert!(
        words.contains(&"大写：贰万陆仟贰佰壹拾陆元整".to_string()),
        "{words:?}"
    );
    assert_eq!(text(one(&finance, ".meta time")), "2026年4月5日");
}

#[test]
fn page_words_and_messages_never_share_a_key() {
    // Both files of a language load into one catalogue: a key in both would lose one.
    for language in ["zh-Hans", "zh-Hant", "en"] {
        let ids = |file: &str| -> Vec<String> {
            let path = manifest_dir().join("locales").join(language).join(file);
            let text = fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
            resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect()
        };
        let messages = ids("messages.ftl");
        let shared: Vec<String> = ids("pages.ftl")
            .into_iter()
            .filter(|id| messages.contains(id))
            .collect();
        assert!(shared.is_empty(), "{language}: {shared:?}");
    }
}

/// Words of the command line a Chinese message may show: the commands and flags it
/// names (`gongkai check`, `--today`, a `schema` file), and the severity tag, ASCII in
/// every language by the spec.
const COMMAND_WORDS: &[&str] = &["gongkai", "check", "publish", "today", "schema", "error"];

/// What is wrong with `said` (what a command printed) in `language`: paths and file
/// names (anything with `/` or `.`), digests and the command words are not words.
fn command_problems(language: &str, said: &str) -> Vec<String> {
    let mut kept = String::new();
    for token in said.split(|c: char| c.is_whitespace() || "`（）：，、".contains(c)) {
        let hex = token.len() >= 8 && token.bytes().all(|b| b.is_ascii_hexdigit());
        let path = token.contains(['/', '.']) && token.is_ascii();
        let word = token.trim_start_matches('-').trim_end_matches(':');
        if !hex && !path && !COMMAND_WORDS.contains(&word) {
            kept.push_str(token);
            kept.push(' ');
        }
    }
    problems(language, &kept)
}

/// Everything the commands of issue 15 print, on the sample in `language`: `publish
/// --status` (before and after), `--dry-run`, a publish with `--progress` and
/// `--timings`, `new` and `schema`, and a refused `--today`. Returns (what, exit code,
/// stdout and stderr).
fn command_outputs(language: &str) -> Vec<(String, Option<i32>, String)> {
    let site = sample_in(language);
    let root = site.path();
    let dest = tempfile::tempdir().unwrap();
    let dest = dest.path().join("board");
    let publish = |extra: &[&str]| {
        let mut cmd = gongkai();
        cmd.arg("publish")
            .arg(&dest)
            .arg("--root")
            .arg(root)
            .args(["--today", TODAY])
            .args(extra);
        cmd
    };
    let mut said = Vec::new();
    let mut record = |what: &str, mut cmd: assert_cmd::Command| {
        let out = run(&mut cmd);
        said.push((
            what.to_string(),
            out.code,
            format!("{}{}", out.stdout, out.stderr),
        ));
    };
    record("status before", publish(&["--status"]));
    record("dry run", publish(&["--dry-run"]));
    record("publish", publish(&["--progress", "--timings"]));
    record("status after", publish(&["--status"]));
    edit(root, "content/notices/2026-04-dragon-boat.md", "\n", "\n\n");
    record("status of a change", publish(&["--status"]));
    for (kind, path) in [
        ("finance", "2026/finance-q2"),
        ("attendance", "2026/attendance-04"),
    ] {
        let mut cmd = gongkai();
        cmd.args(["new", kind, path, "--today", "2026-07-03", "--root"])
            .arg(root);
        record(&format!("new {kind}"), cmd);
    }
    let mut cmd = gongkai();
    cmd.arg("schema").arg(root);
    record("schema", cmd);
    let mut cmd = gongkai();
    cmd.args(["check", "--today", "2026-4-31", "--root"])
        .arg(root);
    record("a bad --today", cmd);
    said
}

/// Runs the commands on the sample in `language`, checks their exit codes and words, and
/// returns what they said.
fn assert_commands_speak(language: &str) -> Vec<(String, Option<i32>, String)> {
    let said = command_outputs(language);
    let codes: Vec<(&str, Option<i32>)> = said.iter().map(|(w, c, _)| (w.as_str(), *c)).collect();
    assert_eq!(
        codes,
        [
            ("status before", Some(1)),
            ("dry run", Some(0)),
            ("publish", Some(0)),
            ("status after", Some(0)),
            ("status of a change", Some(1)),
            ("new finance", Some(0)),
            ("new attendance", Some(0)),
            ("schema", Some(0)),
            ("a bad --today", Some(2)),
        ]
    );
    let mut found = Vec::new();
    for (what, _, text) in &said {
        for p in command_problems(language, text) {
            found.push(format!("{what}: {p}\n{text}"));
        }
    }
    assert!(found.is_empty(), "{language}:\n{}", found.join("\n"));
    said
}

#[test]
fn the_commands_speak_zh_hans() {
    assert_commands_speak("zh-Hans");
}

#[test]
fn the_commands_speak_zh_hant() {
    assert_commands_speak("zh-Hant");
}

#[test]
fn the_commands_speak_english() {
    let said = assert_commands_speak("en");
    let text = |what: &str| {
        said.iter()
            .find(|(w, _, _)| w == what)
            .map(|(_, _, t)| t.clone())
            .unwrap()
    };
    // Counts in the singular and plural.
    assert!(
        text("status after").contains(" items, "),
        "{}",
        text("status after")
    );
    let attendance = text("new attendance");
    assert!(
        attendance.contains("period 2026-04 (April 2026)"),
        "{attendance}"
    );
    assert!(
        attendance.contains(" names from the previous month"),
        "{attendance}"
    );
    assert!(
        text("schema").contains("wrote 12 schemas to "),
        "{}",
        text("schema")
    );
    assert!(
        text("a bad --today").contains("error: `--today 2026-4-31` is not a date"),
        "{}",
        text("a bad --today")
    );
    assert!(
        text("publish").contains("timings: load "),
        "{}",
        text("publish")
    );
}

#[test]
fn the_command_check_catches_english_in_chinese_and_chinese_in_english() {
    let english = "published 2 added, 0 changed, 0 removed in 0.1 s to /tmp/board";
    assert!(!command_problems("zh-Hans", english).is_empty());
    assert!(!command_problems("en", "期间 2026-Q2（2026年第二季度）").is_empty());
    // Paths, digests, the commands and the severity tag are not words.
    let fine = "error: /tmp/board 已是本次生成的版本：摘要 f49a76cb0be8，运行 `gongkai check`";
    assert_eq!(command_problems("zh-Hans", fine), Vec::<String>::new());
}
