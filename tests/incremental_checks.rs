//! The preview keeps what the rules across items found, by unit, board and funding link,
//! and after a save runs again only the groups the edited file was or is in. Whatever
//! the edit, the result must be a fresh check's: after each edit of a board of units
//! (balances carried from quarter to quarter, overdue reports, duplicate titles, posting
//! outside a unit's lifetime, welfare paid from a finance report) the incremental
//! rebuild and a full build must give the same diagnostics and the same files.

mod common;

use std::path::Path;

use common::{build_options, diagnostic_lines, edit, write};
use gongkai::build::{self, Mode};
use gongkai::serve::incremental::Incremental;

/// A finance report: one income line, one expense line of 会员活动支出.
fn finance(title: &str, period: &str, published: &str, opening: u32, spent: u32) -> String {
    let closing = opening + 50 - spent;
    format!(
        "kind: finance\ntitle: {title}\npublished: {published}\nperiod: {period}\n\
         opening_balance: \"{opening}.00\"\n\
         income:\n  - {{date: {published}, category: 会费收入, amount: \"50.00\"}}\n\
         expenses:\n  - {{date: {published}, category: 会员活动支出, amount: \"{spent}.00\", payee: 蛋糕房}}\n\
         closing_balance: \"{closing}.00\"\n"
    )
}

/// A notice of a period.
fn notice(title: &str, period: &str, published: &str) -> String {
    format!("---\ntitle: {title}\npublished: {published}\nperiod: {period}\n---\n特此通知。\n")
}

/// Two unit boards under the site, each with finance reports and notices, a welfare list
/// paid from one report, and a unit that began in 2026.
fn units_site(root: &Path) {
    write(
        root,
        "site.yaml",
        "title: 某某矿 厂务公开栏\nunit: 某某矿工会\nfinance_due_days: 30\n",
    );
    write(
        root,
        "content/tf/_section.yaml",
        "title: 通风队\nunit: 通风队工会\nboard: true\nsince: 2025-10-01\n",
    );
    write(
        root,
        "content/jd/_section.yaml",
        "title: 机电队\nunit: 机电队工会\nboard: true\n",
    );
    write(
        root,
        "content/tf/finance-q4.yaml",
        finance("通风队经费收支", "2025-Q4", "2026-01-10", 100, 20),
    );
    write(
        root,
        "content/tf/finance-q1.yaml",
        finance("通风队经费收支", "2026-Q1", "2026-04-02", 130, 48),
    );
    write(
        root,
        "content/jd/finance-q1.yaml",
        finance("机电队经费收支", "2026-Q1", "2026-04-03", 500, 10),
    );
    write(
        root,
        "content/tf/notice-a.md",
        notice("通风队安全通知", "2026-Q1", "2026-04-01"),
    );
    write(
        root,
        "content/tf/notice-b.md",
        notice("通风队学习通知", "2026-Q1", "2026-04-04"),
    );
    write(
        root,
        "content/jd/notice.md",
        notice("机电队安全通知", "2026-Q1", "2026-04-05"),
    );
    write(
        root,
        "content/tf/welfare.yaml",
        "kind: welfare\ntitle: 生日慰问\npublished: 2026-04-03\nprogram: 会员生日慰问\n\
         funded_by: {item: tf/finance-q1.yaml, category: 会员活动支出}\n\
         recipients:\n  - {name: 张三, team: 一班, amount: \"48.00\"}\n",
    );
}

/// Rebuilds after `rel` changed and asserts the preview agrees with a full build.
fn step(engine: &mut Incremental, root: &Path, what: &str, rel: &str) -> Vec<String> {
    let inc = engine
        .rebuild(Some(&[rel.to_string()]))
        .unwrap_or_else(|e| panic!("{what}: {e}"))
        .result;
    let full = build::run(root, &build_options(), Mode::Render, &|_| {}).unwrap();
    let lines = diagnostic_lines(&inc);
    assert_eq!(lines, diagnostic_lines(&full), "{what}: diagnostics differ");
    assert_eq!(
        inc.item_count, full.item_count,
        "{what}: item counts differ"
    );
    match (&inc.output, &full.output) {
        (Some(a), Some(b)) => {
            assert_eq!(
                a.files.keys().collect::<Vec<_>>(),
                b.files.keys().collect::<Vec<_>>(),
                "{what}: the file sets differ"
            );
            for (path, bytes) in &a.files {
                assert!(**bytes == *b.files[path], "{what}: {path} differs");
            }
        }
        (None, None) => {}
        _ => panic!("{what}: one build published and the other did not"),
    }
    lines
}

/// True when some diagnostic line carries `code`.
fn has(lines: &[String], code: &str) -> bool {
    lines.iter().any(|l| l.contains(&format!("\"{code}\"")))
}

#[test]
fn rules_across_items_after_each_kind_of_edit_equal_a_fresh_check() {
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    units_site(root);
    let mut engine = Incremental::new(root, &build_options());
    let first = engine.rebuild(None).unwrap().result;
    let lines = diagnostic_lines(&first);
    assert!(!has(&lines, "duplicate-title"), "{lines:#?}");

    // A notice's text: nothing across items changes.
    let rel = "content/tf/notice-a.md";
    edit(root, rel, "特此通知。", "特此通知！");
    step(&mut engine, root, "notice text", rel);

    // A title that another notice of the unit has in the same period, then back.
    edit(root, rel, "通风队安全通知", "通风队学习通知");
    let lines = step(&mut engine, root, "duplicate title", rel);
    assert!(has(&lines, "duplicate-title"), "{lines:#?}");
    edit(root, rel, "通风队学习通知", "通风队安全通知");
    let lines = step(&mut engine, root, "title back", rel);
    assert!(!has(&lines, "duplicate-title"), "{lines:#?}");

    // The same title in the other unit is no duplicate; moved into the unit, it is.
    let rel = "content/jd/notice.md";
    edit(root, rel, "机电队安全通知", "通风队安全通知");
    let lines = step(&mut engine, root, "title of another unit", rel);
    assert!(!has(&lines, "duplicate-title"), "{lines:#?}");
    edit(
        root,
        rel,
        "period: 2026-Q1",
        "period: 2026-Q1\nunit: 通风队工会",
    );
    let lines = step(&mut engine, root, "unit changed", rel);
    assert!(has(&lines, "duplicate-title"), "{lines:#?}");
    edit(root, rel, "\nunit: 通风队工会", "");
    step(&mut engine, root, "unit changed back", rel);

    // A finance line: the chain of balances breaks, the welfare list's funding is short.
    let rel = "content/tf/finance-q1.yaml";
    edit(
        root,
        rel,
        "opening_balance: \"130.00\"",
        "opening_balance: \"131.00\"",
    );
    let lines = step(&mut engine, root, "opening balance", rel);
    assert!(lines.len() > diagnostic_lines(&first).len(), "{lines:#?}");
    edit(
        root,
        rel,
        "opening_balance: \"131.00\"",
        "opening_balance: \"130.00\"",
    );
    edit(
        root,
        rel,
        "amount: \"48.00\", payee",
        "amount: \"40.00\", payee",
    );
    edit(
        root,
        rel,
        "closing_balance: \"132.00\"",
        "closing_balance: \"140.00\"",
    );
    step(&mut engine, root, "expense line", rel);
    edit(
        root,
        rel,
        "amount: \"40.00\", payee",
        "amount: \"48.00\", payee",
    );
    edit(
        root,
        rel,
        "closing_balance: \"140.00\"",
        "closing_balance: \"132.00\"",
    );
    step(&mut engine, root, "expense line back", rel);

    // A report's period: the quarter it leaves is overdue, then posted again.
    let rel = "content/tf/finance-q4.yaml";
    edit(root, rel, "period: 2025-Q4", "period: 2025-Q3");
    let lines = step(&mut engine, root, "period moved", rel);
    assert!(has(&lines, "finance-overdue"), "{lines:#?}");
    assert!(has(&lines, "outside-unit-lifetime"), "{lines:#?}");
    edit(root, rel, "period: 2025-Q3", "period: 2025-Q4");
    step(&mut engine, root, "period back", rel);

    // The welfare list: paid from another report, then from a notice.
    let rel = "content/tf/welfare.yaml";
    edit(root, rel, "tf/finance-q1.yaml", "jd/finance-q1.yaml");
    step(&mut engine, root, "funded by another report", rel);
    edit(root, rel, "jd/finance-q1.yaml", "jd/notice.md");
    let lines = step(&mut engine, root, "funded by a notice", rel);
    assert!(lines.iter().any(|l| l.contains("funded")), "{lines:#?}");
    // The notice breaks (it cannot be read), and is mended.
    let notice_rel = "content/jd/notice.md";
    edit(
        root,
        notice_rel,
        "published: 2026-04-05",
        "published: 2026-04-55",
    );
    step(&mut engine, root, "named notice broken", notice_rel);
    edit(
        root,
        notice_rel,
        "published: 2026-04-55",
        "published: 2026-04-05",
    );
    step(&mut engine, root, "named notice mended", notice_rel);
    edit(root, rel, "jd/notice.md", "tf/finance-q1.yaml");
    step(&mut engine, root, "funding back", rel);

    // A unit's section: its lifetime and its name.
    let rel = "content/tf/_section.yaml";
    edit(root, rel, "since: 2025-10-01", "since: 2026-01-01");
    let lines = step(&mut engine, root, "lifetime", rel);
    assert!(has(&lines, "outside-unit-lifetime"), "{lines:#?}");
    edit(root, rel, "unit: 通风队工会", "unit: 通风一队工会");
    step(&mut engine, root, "unit renamed", rel);

    // A file added and one removed.
    let rel = "content/jd/finance-q4.yaml";
    write(
        root,
        rel,
        finance("机电队经费收支", "2025-Q4", "2026-01-08", 460, 10),
    );
    step(&mut engine, root, "report added", rel);
    std::fs::remove_file(root.join(rel)).unwrap();
    step(&mut engine, root, "report removed", rel);
}
