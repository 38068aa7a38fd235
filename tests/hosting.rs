//! The web server's settings (`hosting:` in site.yaml): written only when asked for, and
//! IIS's `web.config` is well-formed XML with the default document, no folder listing,
//! a MIME map giving every text type `charset=utf-8`, and a year's cache for each theme
//! file whose name carries its hash; a real Apache serves a board with its `.htaccess` and
//! caches only theme files for a year. (nginx is checked serving a board in `publish_dest`.)

mod common;

use std::path::Path;

use common::{build_cmd, minimal_site, run, tree, write};

const NOTICE: &str = "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文。\n";

/// Builds a small site with `hosting:` set to `hosting` (none when empty); returns the
/// site and its output folder.
fn built(hosting: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let site = minimal_site();
    let root = site.path();
    write(root, "content/n.md", NOTICE);
    if !hosting.is_empty() {
        let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
        write(root, "site.yaml", format!("{yaml}hosting: {hosting}\n"));
    }
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    (site, out)
}

/// The first child element of `parent` named `name`.
fn child<'a, 'i>(parent: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    parent
        .children()
        .find(|n| n.has_tag_name(name))
        .unwrap_or_else(|| panic!("no <{name}>"))
}

const SETTINGS: [&str; 3] = ["web.config", ".htaccess", "gongkai-nginx.conf"];

fn settings_in(out: &Path) -> Vec<String> {
    tree(out)
        .into_keys()
        .filter(|p| SETTINGS.contains(&p.as_str()))
        .collect()
}

#[test]
fn nothing_is_written_unless_asked_for() {
    for hosting in ["", "none"] {
        let (_site, out) = built(hosting);
        assert_eq!(
            settings_in(&out),
            Vec::<String>::new(),
            "hosting: {hosting:?}"
        );
    }
    for (hosting, file) in [
        ("iis", "web.config"),
        ("apache", ".htaccess"),
        ("nginx", "gongkai-nginx.conf"),
    ] {
        let (_site, out) = built(hosting);
        assert_eq!(
            settings_in(&out),
            vec![file.to_string()],
            "hosting: {hosting}"
        );
    }
}

#[test]
fn web_config_is_well_formed_with_the_mime_map() {
    let (_site, out) = built("iis");
    let text = std::fs::read_to_string(out.join("web.config")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("web.config is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "configuration");
    let web_server = root
        .children()
        .find(|n| n.has_tag_name("system.webServer"))
        .expect("system.webServer");

    let default = child(web_server, "defaultDocument");
    let files: Vec<_> = child(default, "files")
        .children()
        .filter(|n| n.is_element())
        .map(|n| (n.tag_name().name().to_string(), n.attribute("value")))
        .collect();
    assert_eq!(
        files,
        [("clear".into(), None), ("add".into(), Some("index.html"))]
    );
    assert_eq!(
        child(web_server, "directoryBrowse").attribute("enabled"),
        Some("false")
    );

    let content = child(web_server, "staticContent");
    let entries: Vec<roxmltree::Node> = content.children().filter(|n| n.is_element()).collect();
    for ext in [
        ".json", ".csv", ".js", ".xml", ".svg", ".txt", ".html", ".css",
    ] {
        let map = entries
            .iter()
            .position(|n| n.has_tag_name("mimeMap") && n.attribute("fileExtension") == Some(ext))
            .unwrap_or_else(|| panic!("no mimeMap for {ext}"));
        let mime = entries[map].attribute("mimeType").unwrap();
        assert!(mime.ends_with("; charset=utf-8"), "{ext}: {mime}");
        // Removed first, so a type the server already knows is not a duplicate.
        let removed = entries[..map]
            .iter()
            .any(|n| n.has_tag_name("remove") && n.attribute("fileExtension") == Some(ext));
        assert!(removed, "{ext} is not removed before it is mapped");
    }
    for (ext, mime) in [(".csv", "text/csv"), (".json", "application/json")] {
        let found = entries
            .iter()
            .find(|n| n.attribute("fileExtension") == Some(ext) && n.has_tag_name("mimeMap"))
            .and_then(|n| n.attribute("mimeType"));
        assert_eq!(found, Some(format!("{mime}; charset=utf-8").as_str()));
    }
    assert_eq!(
        child(content, "clientCache").attribute("cacheControlMode"),
        Some("DisableCache"),
        "pages are revalidated"
    );

    // Every theme file the home page links by its hashed name is cached for a year.
    let long: Vec<&str> = root
        .children()
        .filter(|n| n.has_tag_name("location"))
        .filter_map(|n| n.attribute("path"))
        .collect();
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let stylesheet = long
        .iter()
        .find(|p| p.starts_with("theme/style.") && p.ends_with(".css"))
        .expect("the stylesheet is cached long");
    assert!(
        home.contains(stylesheet),
        "{stylesheet} is what the home page links"
    );
    for path in &long {
        assert!(out.join(path).is_file(), "{path}");
    }
}

/// Makes `dir` and every folder above it readable by Apache's worker user.
#[cfg(unix)]
fn open_to_workers(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let mode = if entry.file_type().is_dir() {
            0o755
        } else {
            0o644
        };
        std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(mode)).unwrap();
    }
    for parent in dir.ancestors().skip(1) {
        let meta = std::fs::metadata(parent).unwrap();
        let mode = meta.permissions().mode();
        if mode & 0o005 != 0o005 {
            let mut perms = meta.permissions();
            perms.set_mode(mode | 0o005);
            std::fs::set_permissions(parent, perms).unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn apache_caches_only_theme_files_for_a_year() {
    let Some(apache) = common::nginx::server_for(
        "apache_caches_only_theme_files_for_a_year",
        "apache2",
        "apache2",
    ) else {
        return;
    };
    let site = minimal_site();
    let root = site.path();
    write(root, "content/n.md", NOTICE);
    // An attachment whose name looks hashed: it may change under the same name, so it
    // must be revalidated like a page, never cached for a year.
    write(root, "content/report.0123456789.txt", "第一版\n");
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    write(root, "site.yaml", format!("{yaml}hosting: apache\n"));
    run(&mut build_cmd(root, &[])).expect_code(0);
    let out = root.join("public");
    open_to_workers(&out);
    let server = common::apache::Apache::start(&apache, &out);
    let get = |path: &str| common::nginx::get(server.port, path);

    let stylesheet = tree(&out)
        .into_keys()
        .find(|p| {
            p.starts_with("theme/style.") && p.ends_with(".css") && p.as_str() != "theme/style.css"
        })
        .expect("a hashed stylesheet");
    let css = get(&format!("/{stylesheet}"));
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));

    let home = get("/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("cache-control"), Some("no-cache"));
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );

    let report = get("/report.0123456789.txt");
    assert_eq!(report.status, 200);
    assert_eq!(report.header("cache-control"), Some("no-cache"));

    assert_eq!(
        get("/.gongkai-output").status,
        403,
        "gongkai's marker is hidden"
    );
    assert_eq!(get("/theme/").status, 403, "folders are not listed");
}
