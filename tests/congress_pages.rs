//! Workers' congress pages through the command line, on `tests/fixtures/congress_pages/`:
//! a valid meeting (60 representatives, 45 present; one resolution adopted with 40 for,
//! one not with 30 for: a majority of those present, not of all) and an invalid one (39
//! present, under the quorum of 40, so its resolution fails whatever the votes).
//!
//! Checks the meeting page (quorum, results with reasons, progress bar, dated timeline,
//! proposals), `data.json` and `resolutions.csv` (the computed results), and the
//! site-wide 决议落实情况 and 提案办理情况 pages (order, groups, counts, links).

mod common;

use std::fs;
use std::path::Path;

use common::*;
use scraper::{ElementRef, Html};
use serde_json::Value;

fn built() -> tempfile::TempDir {
    let site = fixture("congress_pages");
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// The fact `label` of an item page.
fn fact(doc: &Html, label: &str) -> String {
    doc.select(&sel("dl.facts > div"))
        .find(|d| texts(*d, "dt") == [label])
        .map(|d| texts(d, "dd").concat())
        .unwrap_or_else(|| panic!("no fact {label}"))
}

/// Where the links of `el` lead, as output-relative paths.
fn targets(out: &Path, page: &str, el: ElementRef) -> Vec<String> {
    el.select(&sel("a[href]"))
        .map(|a| {
            let file = resolve_relative(out, page, a.value().attr("href").unwrap()).unwrap();
            assert!(file.is_file(), "{page}: link to missing {}", file.display());
            rel_path(out, &file)
        })
        .collect()
}

#[test]
fn valid_meeting_page_shows_quorum_results_progress_and_timeline() {
    let site = built();
    let doc = parse_html(&site.path().join("public/2026/meeting/index.html"));
    assert_eq!(fact(&doc, "代表"), "应到 60 人，实到 45 人");
    assert_eq!(fact(&doc, "法定人数"), "40 人（应到代表的三分之二）");
    let quorum = one(&doc, "p.quorum");
    assert!(quorum.value().classes().any(|c| c == "quorum-met"));
    assert!(text(quorum).contains("会议有效"), "{}", text(quorum));

    let r1 = one(&doc, "article#r1");
    assert_eq!(text(one_in(r1, "h3")), "1. 关于食堂改造方案的决议");
    assert_eq!(text(one_in(r1, ".result")), "通过");
    assert!(r1.select(&sel(".res-reason")).next().is_none());
    assert_eq!(texts(r1, ".votes dd"), ["40", "3", "2"]);
    // The Markdown text, rendered.
    assert_eq!(text(one_in(r1, ".res-text strong")), "二季度");
    let bar = one_in(r1, "[role=progressbar]");
    assert_eq!(bar.value().attr("aria-valuenow"), Some("35"));
    assert_eq!(bar.value().attr("aria-valuemin"), Some("0"));
    assert_eq!(bar.value().attr("aria-valuemax"), Some("100"));
    let fill = one_in(bar, ".progress-bar");
    assert_eq!(fill.value().attr("style"), Some("width:35%"));
    // The percentage is text too, for grayscale print.
    assert_eq!(text(one_in(r1, ".progress-text")), "35%");
    assert!(text(one_in(r1, ".progress-status")).contains("落实中"));
    let times: Vec<(String, String)> = r1
        .select(&sel("ol.timeline li"))
        .map(|li| {
            let t = one_in(li, "time");
            (t.value().attr("datetime").unwrap().to_string(), text(li))
        })
        .collect();
    assert_eq!(
        times,
        [
            ("2026-04-05".into(), "2026年4月5日 设计方案定稿".into()),
            ("2026-04-20".into(), "2026年4月20日 完成招标".into()),
        ]
    );

    let r2 = one(&doc, "article#r2");
    assert_eq!(text(one_in(r2, ".result")), "未通过");
    assert!(text(one_in(r2, ".res-reason")).contains("赞成票未过全体代表半数"));
    assert!(text(one_in(r2, ".progress-none")).contains("尚未报告"));

    let heading = text(one(&doc, "#resolutions-head"));
    assert_eq!(heading, "会议决议（共 2 项，通过 1 项）");
    assert!(text(one(&doc, ".res-rule")).contains("31 票"));
    let proposals = one(&doc, "table#proposals");
    let numbers: Vec<String> = proposals
        .select(&sel("tbody tr"))
        .map(|tr| texts(tr, "td")[0].clone())
        .collect();
    assert_eq!(numbers, ["2026-01", "2026-02", "2026-03"]);

    let page = "2026/meeting/index.html";
    let links = targets(
        &site.path().join("public"),
        page,
        one(&doc, "main p.related"),
    );
    assert_eq!(
        links,
        ["list/resolutions/index.html", "list/proposals/index.html"]
    );
}

#[test]
fn resolutions_of_an_invalid_meeting_are_not_adopted_with_the_reason() {
    let site = built();
    let doc = parse_html(&site.path().join("public/2025/meeting/index.html"));
    let quorum = one(&doc, "p.quorum");
    assert!(quorum.value().classes().any(|c| c == "quorum-failed"));
    let said = text(quorum);
    assert!(
        said.contains("实到代表39名") && said.contains("法定人数40名"),
        "{said}"
    );
    assert!(said.contains("会议无效"), "{said}");
    // 38 for of 60 would pass at a valid meeting; here it does not.
    let r1 = one(&doc, "article#r1");
    assert_eq!(text(one_in(r1, ".result")), "未通过");
    assert_eq!(text(one_in(r1, ".res-reason")), "原因：会议未达法定人数");
    assert_eq!(
        one_in(r1, "[role=progressbar]")
            .value()
            .attr("aria-valuenow"),
        Some("0")
    );
    assert!(r1.select(&sel("ol.timeline")).next().is_none());
}

#[test]
fn data_json_and_csv_carry_the_computed_results() {
    let site = built();
    let out = site.path().join("public");
    let data = read_json(&out.join("2026/meeting/data.json"));
    assert_eq!(data["format"], "gongkai-data/2");
    let c = &data["congress"];
    assert_eq!(c["total"], 60);
    assert_eq!(c["present"], 45);
    assert_eq!(c["quorum_needed"], 40);
    assert_eq!(c["quorum_met"], true);
    assert_eq!(c["pass_needed"], 31);
    let r = &c["resolutions"];
    // gongkai-data/2: the result is `adopted`, the reason a stable key (no UI words).
    assert_eq!(r[0]["adopted"], true);
    assert_eq!(r[0]["reason"], Value::Null);
    assert_eq!(r[0]["votes"]["for"], 40);
    assert_eq!(r[0]["text"], "同意食堂改造方案，**二季度**完成。");
    assert!(r[0].get("text_html").is_none(), "page markup in data.json");
    assert_eq!(r[0]["progress"]["percent"], 35);
    assert_eq!(r[0]["progress"]["updates"][0]["date"], "2026-04-05");
    assert_eq!(r[1]["adopted"], false);
    assert_eq!(r[1]["reason"], "not_enough_for");
    assert_eq!(c["proposals"][2]["reason"], "不符合经费使用规定。");

    let data = read_json(&out.join("2025/meeting/data.json"));
    assert_eq!(data["congress"]["quorum_met"], false);
    assert_eq!(data["congress"]["quorum_needed"], 40);
    assert_eq!(data["congress"]["resolutions"][0]["adopted"], false);
    assert_eq!(data["congress"]["resolutions"][0]["reason"], "no_quorum");

    let bytes = fs::read(out.join("2026/meeting/resolutions.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "序号",
            "决议",
            "赞成",
            "反对",
            "弃权",
            "表决结果",
            "未通过原因",
            "落实情况",
            "落实进度（%）",
            "落实说明"
        ]
    );
    assert_eq!(rows[1][5..9], ["通过", "", "落实中", "35"]);
    assert_eq!(rows[2][5..7], ["未通过", "赞成票未过全体代表半数"]);
}

#[test]
fn resolutions_page_lists_every_resolution_newest_meeting_first() {
    let site = built();
    let out = site.path().join("public");
    let page = "list/resolutions/index.html";
    let doc = parse_html(&out.join(page));
    assert_eq!(text(one(&doc, "h1")), "决议落实情况");
    let meetings: Vec<ElementRef> = doc.select(&sel("section.meeting")).collect();
    let names: Vec<String> = meetings.iter().map(|m| text(one_in(*m, "h2 a"))).collect();
    assert_eq!(names, ["二届一次职代会", "一届五次职代会"]);
    assert_eq!(
        targets(&out, page, one_in(meetings[0], "h2")),
        ["2026/meeting/index.html"]
    );
    let results: Vec<Vec<String>> = meetings
        .iter()
        .map(|m| texts(*m, "article .result"))
        .collect();
    assert_eq!(results, [vec!["通过", "未通过"], vec!["未通过"]]);
    assert_eq!(
        texts(meetings[1], "article .res-reason"),
        ["原因：会议未达法定人数"]
    );
    // Progress with its latest step (not the whole timeline) and a link to the text.
    let first = one_in(meetings[0], "article");
    assert_eq!(
        one_in(first, "[role=progressbar]")
            .value()
            .attr("aria-valuenow"),
        Some("35")
    );
    assert!(first.select(&sel("ol.timeline")).next().is_none());
    let latest = one_in(first, ".progress-latest");
    assert_eq!(
        one_in(latest, "time").value().attr("datetime"),
        Some("2026-04-20")
    );
    let link = one_in(first, ".res-link a").value().attr("href").unwrap();
    assert!(link.ends_with("2026/meeting/index.html#r1"), "{link}");
    assert_eq!(
        text(one(&doc, "#tally")),
        "共 3 项决议：通过 1 项，未通过 2 项；落实中 1 项，已终止 1 项，未报告落实情况 1 项。"
    );
}

#[test]
fn proposals_page_groups_by_status_with_counts() {
    let site = built();
    let out = site.path().join("public");
    let page = "list/proposals/index.html";
    let doc = parse_html(&out.join(page));
    assert_eq!(text(one(&doc, "h1")), "提案办理情况");
    let groups: Vec<(String, Vec<String>)> = doc
        .select(&sel("section.proposal-group"))
        .map(|g| {
            let numbers = g
                .select(&sel("tbody tr"))
                .map(|tr| texts(tr, "td")[0].clone())
                .collect();
            (text(one_in(g, "h2")), numbers)
        })
        .collect();
    let expect = |h: &str, n: &[&str]| (h.to_string(), n.iter().map(|s| s.to_string()).collect());
    assert_eq!(
        groups,
        [
            expect("立案（1 件）", &["2026-01"]),
            expect("办理中（1 件）", &["2025-09"]),
            // Newest meeting first within a group.
            expect("已办结（2 件）", &["2026-02", "2025-10"]),
            expect("不予立案（1 件）", &["2026-03"]),
        ]
    );
    assert_eq!(
        text(one(&doc, "#tally")),
        "共 5 件提案：立案 1 件，办理中 1 件，已办结 2 件，不予立案 1 件。"
    );
    let refused = doc.select(&sel("section.proposal-group")).nth(3).unwrap();
    let cells = texts(one_in(refused, "tbody tr"), "td");
    assert_eq!(cells[4], "不符合经费使用规定。");
    assert_eq!(cells[5], "二届一次职代会");
    assert_eq!(
        targets(&out, page, one_in(refused, "tbody tr")),
        ["2026/meeting/index.html"]
    );

    // The congress list links both site-wide pages.
    let list = "list/congress/index.html";
    let doc = parse_html(&out.join(list));
    assert_eq!(
        targets(&out, list, one(&doc, "p.related")),
        ["list/resolutions/index.html", "list/proposals/index.html"]
    );
}

#[test]
fn no_congress_item_no_follow_up_pages() {
    let site = fixture("attendance_pages");
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    assert!(out.join("list/attendance/index.html").is_file());
    assert!(!out.join("list/resolutions").exists());
    assert!(!out.join("list/proposals").exists());
}
