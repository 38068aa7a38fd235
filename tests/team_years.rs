//! The pay and merits year pages (`list/pay/<year>/`, `list/merits/<year>/`) on the
//! binary: a board of several teams and months is built, and each team's rows and year
//! totals are compared with sums the test makes itself from the figures it wrote into
//! the files; no name is on the pages (and under `privacy.pay: totals` nowhere in the
//! output); the words follow `language:`; the pages are linked from the kind's list and
//! the year's list, and link each item.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use scraper::{ElementRef, Html};

/// One pay sheet as the test writes it: amounts in fen.
struct PaySheet {
    file: &'static str,
    team: Option<&'static str>,
    period: &'static str,
    /// 奖金总额; with `balance` what the rows leave of it is kept as 结余.
    pool: Option<i64>,
    balance: bool,
    /// (姓名, 应发, 扣款).
    rows: &'static [(&'static str, i64, i64)],
}

const PAY: &[PaySheet] = &[
    PaySheet {
        file: "2026/tf-pay-02.yaml",
        team: Some("通风队"),
        period: "2026-02",
        pool: Some(600_000),
        balance: false,
        rows: &[("司马青云", 350_000, 5_000), ("欧阳明月", 250_000, 0)],
    },
    PaySheet {
        file: "2026/tf-pay-03.yaml",
        team: Some("通风队"),
        period: "2026-03",
        pool: Some(400_001),
        balance: true,
        rows: &[
            ("司马青云", 200_000, 1_234),
            ("欧阳明月", 150_000, 0),
            ("诸葛长风", 49_999, 0),
        ],
    },
    PaySheet {
        file: "2026/jj-pay-03.yaml",
        team: Some("掘进队"),
        period: "2026-03",
        pool: None,
        balance: false,
        rows: &[("上官飞燕", 123_456, 0)],
    },
    // No team: summed under the unit that issues it.
    PaySheet {
        file: "2026/office-pay-01.yaml",
        team: None,
        period: "2026-01",
        pool: Some(100_000),
        balance: false,
        rows: &[("东方既白", 100_000, 300)],
    },
    // Another year: its own page, not in 2026's sums.
    PaySheet {
        file: "2025/tf-pay-12.yaml",
        team: Some("通风队"),
        period: "2025-12",
        pool: Some(900_000),
        balance: false,
        rows: &[("司马青云", 900_000, 0)],
    },
];

/// One merits notice: (姓名, 奖励?, 金额 in fen).
struct MeritsNotice {
    file: &'static str,
    team: Option<&'static str>,
    period: &'static str,
    entries: &'static [(&'static str, bool, i64)],
}

const MERITS: &[MeritsNotice] = &[
    MeritsNotice {
        file: "2026/tf-merits-02.yaml",
        team: Some("通风队"),
        period: "2026-02",
        entries: &[
            ("令狐冲", true, 20_000),
            ("任盈盈", false, 5_000),
            ("岳灵珊", false, 30_000),
        ],
    },
    MeritsNotice {
        file: "2026/tf-merits-03.yaml",
        team: Some("通风队"),
        period: "2026-03",
        entries: &[("令狐冲", false, 20_000), ("任盈盈", true, 8_800)],
    },
    MeritsNotice {
        file: "2026/jj-merits-03.yaml",
        team: Some("掘进队"),
        period: "2026-03",
        entries: &[("林平之", true, 10_000)],
    },
];

/// The large penalty threshold of the site, in fen.
const LARGE: i64 = 20_000;
const UNIT: &str = "测试矿工会";

/// `1234567` fen as pages write it: `¥12,345.67`.
fn yuan(fen: i64) -> String {
    let whole = (fen / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("¥{grouped}.{:02}", fen % 100)
}

/// `1234567` fen as YAML: `"12345.67"`.
fn yaml_yuan(fen: i64) -> String {
    format!("\"{}.{:02}\"", fen / 100, fen % 100)
}

fn write_site(root: &Path, extra: &str) {
    write(
        root,
        "site.yaml",
        format!(
            "title: 测试公开栏\nunit: {UNIT}\nlarge_penalty_threshold: {}\n{extra}",
            yaml_yuan(LARGE)
        ),
    );
    for p in PAY {
        let mut y = format!(
            "kind: pay\ntitle: {} 分配公示\npublished: {}-05\nperiod: {}\n",
            p.period,
            next_month(p.period),
            p.period
        );
        if let Some(team) = p.team {
            y += &format!("team: {team}\n");
        }
        if let Some(pool) = p.pool {
            y += &format!("pool: {}\n", yaml_yuan(pool));
        }
        if p.balance {
            y += "remainder: balance\n";
        }
        y += "columns:\n  - {name: 姓名, type: name}\n  - {name: 应发, type: money, role: gross}\n\
              \x20 - {name: 扣款, type: money, role: deduction}\n  - {name: 实发, type: money, role: net}\nrows:\n";
        for (name, gross, cut) in p.rows {
            y += &format!(
                "  - {{姓名: {name}, 应发: {}, 扣款: {}, 实发: {}}}\n",
                yaml_yuan(*gross),
                yaml_yuan(*cut),
                yaml_yuan(gross - cut)
            );
        }
        write(root, &format!("content/{}", p.file), y);
    }
    for m in MERITS {
        let mut y = format!(
            "kind: merits\ntitle: {} 奖惩公示\npublished: {}-05\nperiod: {}\n",
            m.period,
            next_month(m.period),
            m.period
        );
        if let Some(team) = m.team {
            y += &format!("team: {team}\n");
        }
        y += "entries:\n";
        for (name, reward, amount) in m.entries {
            let kind = if *reward { "奖励" } else { "处罚" };
            y += &format!(
                "  - {{date: {}-10, name: {name}, type: {kind}, reason: 事由, amount: {}, basis: 《办法》第一条}}\n",
                m.period,
                yaml_yuan(*amount)
            );
        }
        write(root, &format!("content/{}", m.file), y);
    }
}

/// `2026-02` -> `2026-03` (the month the test publishes a period's sheet in).
fn next_month(period: &str) -> String {
    let (y, m) = period.split_once('-').unwrap();
    let (y, m): (i32, u32) = (y.parse().unwrap(), m.parse().unwrap());
    if m == 12 {
        format!("{}-01", y + 1)
    } else {
        format!("{y}-{:02}", m + 1)
    }
}

fn built(extra: &str) -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap();
    write_site(site.path(), extra);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    site
}

/// The section of `team` on a year page.
fn team_section<'a>(doc: &'a Html, team: &str) -> ElementRef<'a> {
    doc.select(&sel("section.unit-summary"))
        .find(|s| text(one_in(*s, "h2")) == team)
        .unwrap_or_else(|| panic!("no section for {team}"))
}

/// The rows of a section's table (body, then footer), each as its cells' texts.
fn rows(section: ElementRef) -> (Vec<Vec<String>>, Vec<String>) {
    let body = section
        .select(&sel("tbody tr"))
        .map(|tr| texts(tr, "td, th"))
        .collect();
    (body, texts(one_in(section, "tfoot tr"), "td, th"))
}

/// The figures of an element: label -> (value, 大写).
fn figures(root: ElementRef) -> Vec<(String, String, String)> {
    root.select(&sel(".figures > .figure"))
        .map(|f| {
            let words = f
                .select(&sel(".figure-words"))
                .next()
                .map(text)
                .unwrap_or_default();
            (
                text(one_in(f, ".figure-label")),
                text(one_in(f, ".figure-value")),
                words,
            )
        })
        .collect()
}

/// Where the links of `el` lead, from the site's output.
fn targets(out: &Path, page: &str, el: ElementRef) -> Vec<String> {
    el.select(&sel("a[href]"))
        .map(|a| {
            let file = resolve_relative(out, page, a.value().attr("href").unwrap()).unwrap();
            assert!(file.is_file(), "{page}: link to missing {}", file.display());
            rel_path(out, &file)
        })
        .collect()
}

/// The item page of a content file.
fn page_of(file: &str) -> String {
    format!("{}/index.html", file.trim_end_matches(".yaml"))
}

#[test]
fn pay_year_sums_each_team_from_its_sheets() {
    let site = built("");
    let out = site.path().join("public");
    let page = "list/pay/2026/index.html";
    let doc = parse_html(&out.join(page));
    assert_eq!(text(one(&doc, "h1")), "2026年工资奖金分配汇总");
    let sheets: Vec<&PaySheet> = PAY
        .iter()
        .filter(|p| p.period.starts_with("2026"))
        .collect();
    let mut all_distributed = 0;
    for team in ["通风队", "掘进队", UNIT] {
        let mine: Vec<&&PaySheet> = sheets
            .iter()
            .filter(|p| p.team.unwrap_or(UNIT) == team)
            .collect();
        let section = team_section(&doc, team);
        let headings = texts(section, "thead th");
        let (body, footer) = rows(section);
        assert_eq!(body.len(), mine.len(), "{team}: one row per month");
        // Expected per month, in period order: pool, distributed (应发), 实发, 结余, people.
        let (mut pools, mut gross_sum, mut net_sum, mut balances) = (None, 0, 0, None);
        for (row, p) in body.iter().zip(&mine) {
            let gross: i64 = p.rows.iter().map(|r| r.1).sum();
            let net: i64 = p.rows.iter().map(|r| r.1 - r.2).sum();
            let cell = |h: &str| {
                let i = headings.iter().position(|x| x == h);
                i.map(|i| row[i].clone())
            };
            assert_eq!(cell("分配合计"), Some(yuan(gross)), "{team} {}", p.period);
            assert_eq!(cell("实发合计"), Some(yuan(net)), "{team} {}", p.period);
            assert_eq!(cell("人数"), Some(p.rows.len().to_string()));
            if let Some(pool) = p.pool {
                assert_eq!(cell("奖金总额"), Some(yuan(pool)));
                pools = Some(pools.unwrap_or(0) + pool);
            }
            if p.balance {
                let left = p.pool.unwrap() - gross;
                assert_eq!(cell("结余"), Some(yuan(left)));
                balances = Some(balances.unwrap_or(0) + left);
            }
            gross_sum += gross;
            net_sum += net;
        }
        // A column no month of the team has is left out.
        assert_eq!(headings.contains(&"奖金总额".to_string()), pools.is_some());
        assert_eq!(headings.contains(&"结余".to_string()), balances.is_some());
        let at = |h: &str| headings.iter().position(|x| x == h).unwrap();
        assert_eq!(footer[0], "全年合计");
        assert_eq!(footer[at("分配合计")], yuan(gross_sum), "{team}");
        assert_eq!(footer[at("实发合计")], yuan(net_sum), "{team}");
        if let Some(pool) = pools {
            assert_eq!(footer[at("奖金总额")], yuan(pool), "{team}");
        }
        if let Some(left) = balances {
            assert_eq!(footer[at("结余")], yuan(left), "{team}");
        }
        // The team's figures say the same, with 大写.
        let figs = figures(section);
        let distributed = figs.iter().find(|f| f.0 == "分配合计").unwrap();
        assert_eq!(distributed.1, yuan(gross_sum));
        assert!(distributed.2.starts_with("大写："), "{figs:?}");
        // Each month's row links its sheet.
        let links = targets(&out, page, one_in(section, "tbody"));
        let expected: Vec<String> = mine.iter().map(|p| page_of(p.file)).collect();
        assert_eq!(links, expected, "{team}");
        all_distributed += gross_sum;
    }
    // 通风队 has two months, in period order.
    let (body, _) = rows(team_section(&doc, "通风队"));
    assert_eq!(body[0][0], "2026年2月");
    assert_eq!(body[1][0], "2026年3月");
    // The year's totals over every team: 6000 + 3999.99 + 1234.56 + 1000 = 12234.55.
    assert_eq!(all_distributed, 1_223_455);
    let all = figures(one(&doc, "section.year-all"));
    let distributed = all.iter().find(|f| f.0 == "分配合计").unwrap();
    assert_eq!(distributed.1, yuan(all_distributed));
    assert_eq!(distributed.2, "大写：壹万贰仟贰佰叁拾肆元伍角伍分");
    // No one is named on the year page.
    let html = fs::read_to_string(out.join(page)).unwrap();
    for p in PAY {
        for (name, ..) in p.rows {
            assert!(!html.contains(name), "{name} on the year page");
            let masked: String = name.chars().take(1).collect();
            assert!(!html.contains(&format!("{masked}*")), "{name} masked");
        }
    }
    // 2025 has a page of its own with its one month.
    let old = parse_html(&out.join("list/pay/2025/index.html"));
    let (body, footer) = rows(team_section(&old, "通风队"));
    assert_eq!(body.len(), 1);
    assert!(footer.contains(&yuan(900_000)), "{footer:?}");
}

#[test]
fn merits_year_counts_and_sums_rewards_and_penalties_per_team() {
    let site = built("");
    let out = site.path().join("public");
    let page = "list/merits/2026/index.html";
    let doc = parse_html(&out.join(page));
    assert_eq!(text(one(&doc, "h1")), "2026年奖惩汇总");
    let (mut all_rewards, mut all_penalties) = (0, 0);
    for team in ["通风队", "掘进队"] {
        let mine: Vec<&MeritsNotice> = MERITS.iter().filter(|m| m.team == Some(team)).collect();
        let section = team_section(&doc, team);
        let (body, footer) = rows(section);
        // Per notice: rewards, their sum, penalties, their sum, large penalties.
        let sums = |entries: &[(&str, bool, i64)]| {
            let rewards: Vec<i64> = entries.iter().filter(|e| e.1).map(|e| e.2).collect();
            let penalties: Vec<i64> = entries.iter().filter(|e| !e.1).map(|e| e.2).collect();
            let large = penalties.iter().filter(|a| **a >= LARGE).count();
            (
                rewards.len(),
                rewards.iter().sum::<i64>(),
                penalties.len(),
                penalties.iter().sum::<i64>(),
                large,
            )
        };
        let shown = |s: (usize, i64, usize, i64, usize)| {
            vec![
                s.0.to_string(),
                yuan(s.1),
                s.2.to_string(),
                yuan(s.3),
                s.4.to_string(),
            ]
        };
        assert_eq!(body.len(), mine.len());
        for (row, m) in body.iter().zip(&mine) {
            assert_eq!(
                row[1..].to_vec(),
                shown(sums(m.entries)),
                "{team} {}",
                m.period
            );
        }
        let every: Vec<(&str, bool, i64)> = mine
            .iter()
            .flat_map(|m| m.entries.iter().copied())
            .collect();
        let year = sums(&every);
        assert_eq!(footer[0], "全年合计");
        assert_eq!(footer[1..].to_vec(), shown(year), "{team}");
        let figs = figures(section);
        assert_eq!(figs[0].0, "奖励合计");
        assert_eq!(figs[0].1, yuan(year.1));
        assert_eq!(figs[1].0, "处罚合计");
        assert_eq!(figs[1].1, yuan(year.3));
        assert!(figs.iter().all(|f| f.2.starts_with("大写：")), "{figs:?}");
        let links = targets(&out, page, one_in(section, "tbody"));
        let expected: Vec<String> = mine.iter().map(|m| page_of(m.file)).collect();
        assert_eq!(links, expected);
        all_rewards += year.1;
        all_penalties += year.3;
    }
    // 通风队: two large penalties (300.00 and 200.00, at the threshold), none in 掘进队.
    let (_, footer) = rows(team_section(&doc, "通风队"));
    assert_eq!(footer.last().unwrap(), "2");
    let all = figures(one(&doc, "section.year-all"));
    assert_eq!(all[0].1, yuan(all_rewards));
    assert_eq!(all[1].1, yuan(all_penalties));
    // 200 + 88 + 100 = 388.00 of rewards; 50 + 300 + 200 = 550.00 of penalties.
    assert_eq!(all[0].2, "大写：叁佰捌拾捌元整");
    assert_eq!(all[1].2, "大写：伍佰伍拾元整");
    let html = fs::read_to_string(out.join(page)).unwrap();
    for m in MERITS {
        for (name, ..) in m.entries {
            assert!(!html.contains(name), "{name} on the year page");
        }
    }
}

#[test]
fn the_lists_link_the_year_pages() {
    let site = built("");
    let out = site.path().join("public");
    for (list, expected) in [
        (
            "list/pay/index.html",
            vec!["list/pay/2025/index.html", "list/pay/2026/index.html"],
        ),
        (
            "list/merits/index.html",
            vec!["list/merits/2026/index.html"],
        ),
        // The year's list links the summaries of that year.
        (
            "year/2026/index.html",
            vec!["list/pay/2026/index.html", "list/merits/2026/index.html"],
        ),
    ] {
        let doc = parse_html(&out.join(list));
        assert_eq!(
            targets(&out, list, one(&doc, "p.related")),
            expected,
            "{list}"
        );
    }
}

#[test]
fn under_pay_totals_no_name_is_anywhere_and_the_sums_are_the_same() {
    let site = built("privacy: {pay: totals}\n");
    let out = site.path().join("public");
    let doc = parse_html(&out.join("list/pay/2026/index.html"));
    let (_, footer) = rows(team_section(&doc, "通风队"));
    // 6000.00 + 3999.99 of 应发 in 通风队's two months.
    assert!(footer.contains(&yuan(999_999)), "{footer:?}");
    // No pay name in any file of the output (the merits notices name other people).
    for (path, bytes) in tree(&out) {
        let text = String::from_utf8_lossy(&bytes);
        for p in PAY {
            for (name, ..) in p.rows {
                assert!(!text.contains(name), "{name} in {path}");
            }
        }
    }
}

#[test]
fn the_year_pages_speak_the_site_language() {
    for (language, pay_title, merits_title, net, total) in [
        (
            "zh-Hant",
            "2026年工資獎金分配彙總",
            "2026年獎懲彙總",
            "實發合計",
            "全年合計",
        ),
        (
            "en",
            "Pay and bonuses in 2026",
            "Rewards and penalties in 2026",
            "Paid out",
            "Year total",
        ),
    ] {
        let site = built(&format!("language: {language}\n"));
        let out = site.path().join("public");
        let doc = parse_html(&out.join("list/pay/2026/index.html"));
        assert_eq!(text(one(&doc, "h1")), pay_title);
        let section = team_section(&doc, "通风队");
        assert!(
            texts(section, "thead th").contains(&net.to_string()),
            "{language}"
        );
        assert_eq!(rows(section).1[0], total);
        let doc = parse_html(&out.join("list/merits/2026/index.html"));
        assert_eq!(text(one(&doc, "h1")), merits_title);
        let list = parse_html(&out.join("list/pay/index.html"));
        assert!(
            texts(one(&list, "p.related"), "a").contains(&pay_title.to_string()),
            "{language}"
        );
    }
}

/// Two unit boards that each have a 通风一班 (and one a second team): each unit's team is
/// summed on its own, under its unit, and the unit's and the year's totals add up.
#[test]
fn teams_of_one_name_in_two_units_are_summed_apart() {
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    write(
        root,
        "site.yaml",
        format!("title: 测试公开栏\nunit: {UNIT}\n"),
    );
    // (unit folder, unit, team, 应发 in fen, reward in fen)
    let sheets: &[(&str, &str, &str, i64, i64)] = &[
        ("u1", "一矿工会", "通风一班", 10_100, 1_100),
        ("u2", "二矿工会", "通风一班", 20_200, 2_200),
        ("u2", "二矿工会", "掘进一班", 30_300, 3_300),
    ];
    for (folder, unit, ..) in sheets {
        write(
            root,
            &format!("content/{folder}/_section.yaml"),
            format!("title: {unit}公开栏\nunit: {unit}\nboard: true\n"),
        );
    }
    for (i, (folder, _, team, gross, reward)) in sheets.iter().enumerate() {
        write(
            root,
            &format!("content/{folder}/pay-{i}.yaml"),
            format!(
                "kind: pay\ntitle: 3月分配{i}\npublished: 2026-04-05\nperiod: 2026-03\nteam: {team}\n\
                 columns:\n  - {{name: 姓名, type: name}}\n  - {{name: 应发, type: money, role: gross}}\n\
                 rows:\n  - {{姓名: 张三{i}, 应发: {}}}\n",
                yaml_yuan(*gross)
            ),
        );
        write(
            root,
            &format!("content/{folder}/merits-{i}.yaml"),
            format!(
                "kind: merits\ntitle: 3月奖惩{i}\npublished: 2026-04-05\nperiod: 2026-03\nteam: {team}\n\
                 entries:\n  - {{date: 2026-03-10, name: 李四{i}, type: 奖励, reason: 事由, amount: {}}}\n",
                yaml_yuan(*reward)
            ),
        );
    }
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    for (page, figure, amount_of) in [
        (
            "list/pay/2026/index.html",
            "分配合计",
            (|s: &(&str, &str, &str, i64, i64)| s.3) as fn(&_) -> i64,
        ),
        ("list/merits/2026/index.html", "奖励合计", |s| s.4),
    ] {
        let doc = parse_html(&out.join(page));
        let units: Vec<ElementRef> = doc.select(&sel("section.unit-year")).collect();
        assert_eq!(units.len(), 2, "{page}: one part per unit");
        for unit_section in units {
            let unit = text(one_in(unit_section, "h2"));
            let mine: Vec<_> = sheets.iter().filter(|s| s.1 == unit).collect();
            let teams: Vec<ElementRef> =
                unit_section.select(&sel("section.unit-summary")).collect();
            assert_eq!(teams.len(), mine.len(), "{page} {unit}: {mine:?}");
            for s in &mine {
                let team = teams
                    .iter()
                    .find(|t| text(one_in(**t, "h3")) == s.2)
                    .unwrap_or_else(|| panic!("{page}: no {} in {unit}", s.2));
                let figs = figures(*team);
                let f = figs.iter().find(|f| f.0 == figure).unwrap();
                assert_eq!(f.1, yuan(amount_of(s)), "{page}: {unit} {}", s.2);
                // The caption names the unit: the table stands apart from the headings.
                let caption = text(one_in(*team, "caption"));
                assert!(caption.contains(&unit), "{caption}");
            }
            if mine.len() > 1 {
                // The unit's own total over its teams, above them.
                let all: i64 = mine.iter().map(|s| amount_of(s)).sum();
                let unit_figs: Vec<_> = unit_section
                    .select(&sel(":scope > .figures > .figure .figure-value"))
                    .map(text)
                    .collect();
                assert!(
                    unit_figs.contains(&yuan(all)),
                    "{page} {unit}: {unit_figs:?}"
                );
            }
        }
        let all: i64 = sheets.iter().map(amount_of).sum();
        let year = figures(one(&doc, "section.year-all"));
        assert_eq!(year.iter().find(|f| f.0 == figure).unwrap().1, yuan(all));
    }
}

/// Every year page (finance, welfare, pay, merits) has what an item page has for the
/// reader who prints or takes the numbers: a print button, and `data.json` and a CSV per
/// table beside it, linked from the page, holding the page's own figures.
#[test]
fn year_pages_print_and_offer_their_tables_as_csv_and_data_json() {
    let sample = sample_site();
    run(&mut build_cmd(sample.path(), &[])).expect_code(0);
    let site = built("");
    for (root, page) in [
        (sample.path(), "list/finance/2026"),
        (sample.path(), "list/welfare/2026"),
        (site.path(), "list/pay/2026"),
        (site.path(), "list/merits/2026"),
    ] {
        let out = root.join("public");
        let html = format!("{page}/index.html");
        let doc = parse_html(&out.join(&html));
        assert_eq!(text(one(&doc, "button.print-button")), "打印本页", "{page}");
        let downloads = one(&doc, "section.downloads");
        let files = targets(&out, &html, downloads);
        let tables: Vec<String> = doc
            .select(&sel("main table[id]"))
            .map(|t| t.value().attr("id").unwrap().to_string())
            .collect();
        let mut expected = vec![format!("{page}/data.json")];
        expected.extend(tables.iter().map(|id| format!("{page}/{id}.csv")));
        assert_eq!(files, expected, "{page}");
        // Each CSV: BOM, the page table's headings, and its totals row as the page's.
        for id in &tables {
            let csv = fs::read_to_string(out.join(page).join(format!("{id}.csv"))).unwrap();
            let csv = csv.strip_prefix('\u{feff}').expect("BOM");
            let table = one(&doc, &format!("table#{id}"));
            let heads = texts(table, "thead th");
            assert_eq!(csv.lines().next().unwrap(), heads.join(","), "{page} {id}");
            if let Some(foot) = table.select(&sel("tfoot tr")).next() {
                let last = csv.lines().last().unwrap();
                let page_total = texts(foot, "td, th")[0].clone();
                assert!(last.starts_with(&page_total), "{page} {id}: {last}");
            }
        }
        let json: serde_json::Value =
            serde_json::from_slice(&fs::read(out.join(page).join("data.json")).unwrap()).unwrap();
        assert_eq!(json["format"], "gongkai-summary/1");
        assert_eq!(json["summary"]["year"], 2026);
        assert_eq!(json["summary"]["title"], text(one(&doc, "h1")));
        let ids: Vec<&str> = json["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, tables, "{page}");
    }
    // The pay page's year figures, in fen: 12234.55 distributed over every team.
    let json: serde_json::Value = serde_json::from_slice(
        &fs::read(site.path().join("public/list/pay/2026/data.json")).unwrap(),
    )
    .unwrap();
    let distributed = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "distributed")
        .unwrap();
    assert_eq!(distributed["fen"], 1_223_455);
    // No name in any of them.
    for p in PAY {
        for (name, ..) in p.rows {
            for (path, bytes) in tree(&site.path().join("public/list/pay")) {
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(name),
                    "{name} in {path}"
                );
            }
        }
    }
}
