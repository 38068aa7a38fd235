//! Themes and Markdown as a reader sees them: a site's own templates override the
//! built-in ones file by file, a broken template is reported at its line, `theme: NAME`
//! picks `themes/NAME/`, and Chinese emphasis comes out bold.

mod common;

use common::*;

const NOTICE: &str = "---\ntitle: 关于中秋慰问的通知\npublished: 2026-04-01\n---\n\
请参加**“中秋慰问”**活动，依据**《财务管理办法》**，按时领取。\n\n\
| 班组 | 人数 |\n|---|---|\n| 通风一班 | 12 |\n";

#[test]
fn chinese_emphasis_tables_are_rendered() {
    let site = minimal_site();
    write(site.path(), "content/notices/a.md", NOTICE);
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let doc = parse_html(&site.path().join("public/notices/a/index.html"));
    let strong: Vec<String> = doc
        .select(&sel(".prose strong"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(strong, ["“中秋慰问”", "《财务管理办法》"]);
    let prose: String = doc.select(&sel(".prose")).flat_map(|e| e.text()).collect();
    assert!(!prose.contains("**"), "asterisks left in: {prose}");
    assert_eq!(doc.select(&sel(".prose table td")).count(), 2);
}

#[test]
fn site_templates_override_one_file_and_keep_the_rest() {
    let site = minimal_site();
    write(site.path(), "content/notices/a.md", NOTICE);
    write(
        site.path(),
        "templates/notice.html",
        "{% extends \"item.html\" %}{% block body %}<div class=\"mine\">{{ body.html | safe }}</div>{% endblock %}",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let doc = parse_html(&site.path().join("public/notices/a/index.html"));
    assert_eq!(doc.select(&sel("div.mine strong")).count(), 2);
    // The built-in base template still draws the masthead around it.
    let unit: String = doc
        .select(&sel(".masthead .unit"))
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(unit, "测试工会");
}

#[test]
fn a_broken_site_template_is_reported_at_its_line() {
    let site = minimal_site();
    write(site.path(), "content/notices/a.md", NOTICE);
    write(
        site.path(),
        "templates/notice.html",
        "{% extends \"item.html\" %}\n{% block body %}\n{{ body.html | safe \n{% endblock %}",
    );
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    let places: Vec<String> = json_lines(&out.stdout).iter().map(place).collect();
    assert_eq!(places.len(), 1, "{places:?}");
    assert!(
        places[0].starts_with("templates/notice.html:"),
        "{places:?}"
    );
    assert!(!places[0].ends_with(":-:-"), "no line: {places:?}");
}

#[test]
fn theme_name_picks_its_folder_and_a_missing_one_is_an_error() {
    let site = minimal_site();
    write(site.path(), "content/notices/a.md", NOTICE);
    write(
        site.path(),
        "site.yaml",
        "title: 测试公开栏\nunit: 测试工会\ntheme: plain\n",
    );
    let out = run(&mut check_cmd(site.path(), &["--message-format", "json"]));
    out.expect_code(1);
    assert!(out.stdout.contains("找不到主题 `plain`"), "{}", out.stdout);

    write(
        site.path(),
        "themes/plain/static/style.css",
        "body{color:#000}",
    );
    write(
        site.path(),
        "themes/plain/templates/list.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"plain-list\">{{ list.title }}</p>{% endblock %}",
    );
    run(&mut build_cmd(site.path(), &[])).expect_code(0);
    let css = std::fs::read_to_string(site.path().join("public/theme/style.css")).unwrap();
    assert_eq!(css, "body{color:#000}");
    let doc = parse_html(&site.path().join("public/list/notice/index.html"));
    assert_eq!(doc.select(&sel("p.plain-list")).count(), 1);
}
