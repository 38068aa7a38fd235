//! The kinds built on a declared table (pay, merits, assessment, table) on paper: each
//! sample page printed to PDF in headless Chromium and read back with `pdftotext`, with
//! its issuing body, title, totals and 大写, the objection channel and its kind's signing
//! roles. Fails without Chromium, a CJK font or poppler, saying what to install, unless
//! `GONGKAI_SKIP_BROWSER_TESTS` is set (as the other print tests).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// Prints `page` to `pdf` as Chromium's print dialog would, without its own header and
/// footer.
fn print_to_pdf(browser: &Path, page: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args(CHROMIUM_FLAGS)
        .arg("--no-pdf-header-footer")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    // A guard against a hung browser, not a timing assertion.
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish printing {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The PDF's text without whitespace (`pdftotext` adds or drops spaces between CJK glyphs).
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn the_new_kinds_print_as_official_notices() {
    let Some(browser) = browser_for("the_new_kinds_print_as_official_notices", BrowserUse::Print)
    else {
        return;
    };
    let site = sample_site();
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let out = site.path().join("public");
    let cases: [(&str, &[&str]); 4] = [
        (
            "2026/pay-03",
            &[
                "2026年3月通风队奖金分配公示",
                "¥39,000.00",
                "大写：叁万玖仟元整",
                "大写：叁万捌仟玖佰伍拾元整",
                "周*涛",
                "旷工1天",
                "班组长",
                "工会小组长",
                "职工代表",
            ],
        ),
        (
            "2026/merits-03",
            &[
                "2026年3月通风队奖惩公示",
                "大写：捌佰元整",
                "大写：贰佰伍拾元整",
                "《通风队考勤管理办法》第八条",
                "大额处罚",
                "队长",
            ],
        ),
        (
            "2026/assessment-03",
            &["二四四考核", "总分", "名次", "末位", "考核小组组长"],
        ),
        (
            "2026/suggestions-q1",
            &["合理化建议", "大写：壹仟叁佰元整", "经办人"],
        ),
    ];
    for (page, wants) in cases {
        let pdf = site.path().join(format!("{}.pdf", page.replace('/', "-")));
        print_to_pdf(&browser, &out.join(page).join("index.html"), &pdf);
        let text = pdf_text(&pdf);
        for want in wants.iter().chain(&[
            "某某煤矿工会",
            "矿工会办公室（综合楼203室）",
            "0537-1234567",
        ]) {
            let want: String = want.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                text.contains(&want),
                "{page}: no {want:?} on paper:\n{text}"
            );
        }
    }
}
