//! Render: the checked board -> every output file, in memory.
//!
//! Decides which pages exist (home, one list per kind, per year and per section folder,
//! one page per item, data downloads), builds the shared site context once, gives each
//! page only its own small context, and renders pages in parallel. Nothing is written to
//! disk here (`publish` does that).

mod attendance_pages;
pub mod board;
pub mod charts;
mod congress_pages;
pub mod exports;
pub mod feeds;
pub mod fingerprint;
pub mod labels;
pub mod markdown;
pub mod print;
pub mod qr;
pub mod search;
pub mod theme;
pub mod views;

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::ToolError;
use crate::check::{Board, CheckedItem, Status};
use crate::config::{Config, Language};
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Problem;
use crate::model::{Body, Kind};
use crate::publish::Output;
use labels::{Labels, date_label, kind_label};
use views::{BodyView, ItemSummary, LinkView};

/// What render needs besides the board.
#[derive(Clone, Copy, Debug)]
pub struct RenderOptions {
    /// The build date, printed in the footer.
    pub today: jiff::civil::Date,
}

/// The site-wide part of every page's context, serialised once per build.
#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    unit: &'a str,
    lang: &'static str,
    contact: &'a str,
    phone: &'a str,
    email: &'a str,
    built_on: String,
    home: String,
    search: String,
    nav: Vec<LinkView>,
    years: Vec<LinkView>,
    sections: Vec<LinkView>,
    /// Roles with a signing line on printed notices.
    signatures: &'a [String],
    /// Link to the board page (every open item, ready to print).
    board: String,
}

/// The page-specific part of a context.
#[derive(Serialize)]
struct PageView {
    /// Prefix that turns a site-relative address into a link from this page.
    root: String,
    /// `<title>` text.
    title: String,
    /// Site-relative address of this page.
    href: String,
    /// Site-relative folder of this page, ending in `/` (empty for the home page), for
    /// files beside it such as `data.json`.
    dir: String,
}

/// A list of items (kind, year, section).
#[derive(Serialize)]
struct ListView {
    title: String,
    items: Vec<ItemSummary>,
    /// Related summary pages (the finance list links its year summaries).
    related: Vec<LinkView>,
}

/// One group of the home page's "latest by kind".
#[derive(Serialize)]
struct KindGroup {
    label: &'static str,
    href: String,
    items: Vec<ItemSummary>,
}

/// One page to render: output path, template and its own context.
struct Job {
    out: String,
    template: String,
    context: Context,
}

/// How many items per kind the home page lists.
const LATEST_PER_KIND: usize = 5;

/// Link form of a page path: `a/b` -> `a/b/index.html` (relative mode, works from disk)
/// or `a/b/` (absolute `base_url`, for servers).
pub(crate) fn link(config: &Config, page_path: &str) -> String {
    match (config.base_url.is_empty(), page_path.is_empty()) {
        (true, true) => "index.html".into(),
        (true, false) => format!("{page_path}/index.html"),
        (false, true) => String::new(),
        (false, false) => format!("{page_path}/"),
    }
}

/// The prefix from the page at `page_path` back to the site root.
fn root_for(config: &Config, page_path: &str) -> String {
    if !config.base_url.is_empty() {
        return config.base_url.clone();
    }
    let depth = page_path.split('/').filter(|s| !s.is_empty()).count();
    "../".repeat(depth)
}

/// What every page builder needs (the board, each item's summary, the link rules) and
/// the pages collected so far. Each family of pages is one function that adds to it.
pub struct PageSet<'a> {
    /// The site settings.
    pub config: &'a Config,
    /// The checked board.
    pub board: &'a Board,
    /// `summaries[i]` describes `board.items[i]`.
    pub summaries: &'a [ItemSummary],
    /// Kinds that have at least one item, in menu order.
    pub kinds: Vec<Kind>,
    /// Each item's public title by content path (recipient names masked).
    titles: &'a BTreeMap<&'a str, String>,
    jobs: Vec<Job>,
    /// Links a list page shows above its items, by list page path (set with `relate`).
    related: BTreeMap<String, Vec<LinkView>>,
}

impl PageSet<'_> {
    /// Link to a page path, in this site's link form.
    pub fn link(&self, page_path: &str) -> String {
        link(self.config, page_path)
    }

    /// The page part of a context for the page at `page_path`.
    fn page(&self, page_path: &str, title: String) -> PageView {
        PageView {
            root: root_for(self.config, page_path),
            title,
            href: self.link(page_path),
            dir: if page_path.is_empty() {
                String::new()
            } else {
                format!("{page_path}/")
            },
        }
    }

    /// Adds the page `page_path/index.html` (or the home page for `""`), rendered with
    /// `template`; `context` gets `page` added.
    pub fn add(&mut self, page_path: &str, title: String, template: &str, mut context: Context) {
        context.insert("page", &self.page(page_path, title));
        let out = if page_path.is_empty() {
            "index.html".to_string()
        } else {
            format!("{page_path}/index.html")
        };
        self.jobs.push(Job {
            out,
            template: template.into(),
            context,
        });
    }

    /// The public title of the item at `content_path` (empty when there is none).
    pub fn title_of(&self, content_path: &str) -> String {
        self.titles.get(content_path).cloned().unwrap_or_default()
    }

    /// Adds links to related pages at the top of the list page `list_path`
    /// (`list/attendance` links each team's archive). Call before the lists are made.
    pub fn relate(&mut self, list_path: &str, links: Vec<LinkView>) {
        self.related
            .entry(list_path.to_string())
            .or_default()
            .extend(links);
    }

    /// Items with their summaries.
    pub fn items(&self) -> impl Iterator<Item = (&CheckedItem, &ItemSummary)> {
        self.board.items.iter().zip(self.summaries)
    }
}

/// Newest first, then by address.
fn by_date(mut list: Vec<ItemSummary>) -> Vec<ItemSummary> {
    list.sort_by(|a, b| b.published.cmp(&a.published).then(a.href.cmp(&b.href)));
    list
}

/// `2026年` or `2026`.
fn year_title(year: i16, lang: Language) -> String {
    match lang {
        Language::En => year.to_string(),
        _ => format!("{year}年"),
    }
}

/// Renders every page and download of `board`.
pub fn render(
    root: &Path,
    config: &Config,
    board: &Board,
    options: RenderOptions,
) -> Result<(Output, Vec<Diagnostic>), ToolError> {
    let mut diagnostics = Vec::new();
    let Some(mut theme) = theme::load(root, config, &mut diagnostics)? else {
        return Ok((Output::default(), diagnostics));
    };
    let lang = config.language;
    let titles: BTreeMap<&str, String> = board
        .items
        .iter()
        .map(|c| {
            (
                c.item.content_path.as_str(),
                views::public_title(&c.item, config),
            )
        })
        .collect();
    let title_of = |p: &str| titles.get(p).cloned().unwrap_or_default();
    let link_of = |p: &str| link(config, p);
    let summaries: Vec<ItemSummary> = board
        .items
        .iter()
        .map(|c| views::summary(c, config, &link_of, &title_of))
        .collect();
    let mut pages = PageSet {
        config,
        board,
        summaries: &summaries,
        kinds: Kind::ALL
            .into_iter()
            .filter(|k| board.items.iter().any(|c| c.item.body.kind() == *k))
            .collect(),
        titles: &titles,
        jobs: Vec::new(),
        related: BTreeMap::new(),
    };
    let global = theme.tera.global_context();
    global.insert("site", &site_view(&pages, options));
    global.insert("t", &Labels::of(lang));
    // Prefix of HTML ids in the body partials: empty on an item's page, one per sheet on
    // the board page, where several items share one document.
    global.insert("ids", "");

    home_page(&mut pages);
    let finance_years = finance_year_pages(&mut pages);
    pages.relate("list/finance", finance_years);
    let welfare_years = welfare_year_pages(&mut pages);
    pages.relate("list/welfare", welfare_years);
    attendance_pages::add(&mut pages);
    congress_pages::add(&mut pages);
    list_pages(&mut pages);
    let mut output = Output::default();
    let sheets = item_pages(&mut pages, &mut output, &mut diagnostics);
    board::add(&mut pages, sheets);
    let search_index = search::add(&mut pages);
    output.insert("search/index.js", search_index);
    output.insert("feed.xml", feeds::atom(&pages));

    let rendered: Vec<(&str, Result<String, tera::Error>)> = pages
        .jobs
        .par_iter()
        .map(|job| {
            (
                job.out.as_str(),
                theme.tera.render(&job.template, &job.context),
            )
        })
        .collect();
    for (out, result) in rendered {
        match result {
            Ok(html) => output.insert(out, html),
            Err(e) => {
                let d = theme.error(&e);
                if !diagnostics.contains(&d) {
                    diagnostics.push(d);
                }
            }
        }
    }
    let sitemap = feeds::sitemap(
        &pages,
        output
            .files
            .keys()
            .map(String::as_str)
            .filter(|p| p.ends_with(".html")),
    );
    output.insert("sitemap.xml", sitemap);
    for (name, bytes) in std::mem::take(&mut theme.statics) {
        output.insert(format!("theme/{name}"), bytes);
    }
    for asset in &board.assets {
        output.insert(asset.content_path.clone(), asset.bytes.to_vec());
    }
    // The site's `static/` folder, copied as it is.
    output
        .files
        .extend(crate::load::read_files(&root.join("static"))?);
    Ok((output, diagnostics))
}

/// Years with items, newest first.
fn years(board: &Board) -> Vec<i16> {
    let mut years: Vec<i16> = board
        .items
        .iter()
        .map(|c| c.item.common.published.value.year())
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// Top-level and nested section folders with their titles (the folder name when the
/// section has none).
fn folders(board: &Board) -> Vec<(&String, String)> {
    board
        .sections
        .iter()
        .filter(|(folder, _)| !folder.is_empty())
        .map(|(folder, s)| {
            let name = folder.rsplit('/').next().unwrap_or(folder).to_string();
            (folder, s.title.clone().unwrap_or(name))
        })
        .collect()
}

/// The site-wide context: names, contact, menus.
fn site_view<'a>(pages: &PageSet<'a>, options: RenderOptions) -> SiteView<'a> {
    let config = pages.config;
    let lang = config.language;
    SiteView {
        title: &config.title,
        unit: &config.unit,
        lang: lang.html_lang(),
        contact: config.supervision.contact.as_deref().unwrap_or(""),
        phone: config
            .supervision
            .phone
            .as_ref()
            .map_or("", |p| p.value.as_str()),
        email: config.supervision.email.as_deref().unwrap_or(""),
        built_on: date_label(options.today, lang),
        home: pages.link(""),
        search: pages.link(search::PAGE),
        nav: pages
            .kinds
            .iter()
            .map(|k| LinkView {
                href: pages.link(&format!("list/{}", k.key())),
                title: kind_label(*k, lang).into(),
            })
            .collect(),
        years: years(pages.board)
            .into_iter()
            .map(|y| LinkView {
                href: pages.link(&format!("year/{y}")),
                title: year_title(y, lang),
            })
            .collect(),
        sections: folders(pages.board)
            .into_iter()
            .filter(|(f, _)| !f.contains('/'))
            .map(|(f, title)| LinkView {
                href: pages.link(f),
                title,
            })
            .collect(),
        signatures: &config.signatures,
        board: pages.link(board::PAGE_PATH),
    }
}

/// Home: open disclosures first (those closing soonest on top), then latest by kind.
fn home_page(pages: &mut PageSet) {
    let lang = pages.config.language;
    let mut open: Vec<ItemSummary> = pages
        .items()
        .filter(|(c, _)| c.status == Status::Open)
        .map(|(_, s)| s.clone())
        .collect();
    open.sort_by(|a, b| a.window_to.cmp(&b.window_to).then(a.href.cmp(&b.href)));
    let groups: Vec<KindGroup> = pages
        .kinds
        .iter()
        .map(|k| {
            let items = pages
                .summaries
                .iter()
                .filter(|s| s.kind == k.key())
                .cloned()
                .collect();
            let mut items = by_date(items);
            items.truncate(LATEST_PER_KIND);
            KindGroup {
                label: kind_label(*k, lang),
                href: pages.link(&format!("list/{}", k.key())),
                items,
            }
        })
        .collect();
    let mut ctx = Context::new();
    ctx.insert("open", &open);
    ctx.insert("groups", &groups);
    let title = pages.config.title.clone();
    pages.add("", title, "home.html", ctx);
}

/// 经费收支 by year and unit, summed; years are those of the periods covered. Returns
/// links to the year pages for the finance list.
fn finance_year_pages(pages: &mut PageSet) -> Vec<LinkView> {
    let mut finance_years: BTreeMap<i16, Vec<_>> = BTreeMap::new();
    for (checked, summary) in pages.items() {
        if let (Body::Finance(f), Some(period)) = (&checked.item.body, &checked.item.common.period)
        {
            finance_years.entry(period.value.year()).or_default().push((
                period.value,
                (
                    checked.unit.clone(),
                    summary.href.clone(),
                    summary.period_label.clone(),
                    f,
                ),
            ));
        }
    }
    let mut links = Vec::new();
    let mut year_pages = Vec::new();
    for (year, mut entries) in finance_years {
        entries.sort_by_key(|(period, _)| (period.start(), period.end()));
        let items: Vec<_> = entries.into_iter().map(|(_, entry)| entry).collect();
        let page_path = format!("list/finance/{year}");
        let title = format!("{year}年经费收支汇总");
        links.push(LinkView {
            href: pages.link(&page_path),
            title: title.clone(),
        });
        let mut ctx = Context::new();
        ctx.insert(
            "list",
            &ListView {
                title: title.clone(),
                items: Vec::new(),
                related: Vec::new(),
            },
        );
        let mut units = views::finance::year_summary(&items);
        if units.len() > 1 {
            // One page holds every unit's table: HTML ids must stay unique.
            for (i, unit) in units.iter_mut().enumerate() {
                unit.table.id = format!("{}-{}", unit.table.id, i + 1);
            }
        }
        ctx.insert("units", &units);
        year_pages.push((page_path, title, ctx));
    }
    for (page_path, title, ctx) in year_pages {
        pages.add(&page_path, title, "finance_year.html", ctx);
    }
    links
}

/// 福利发放 by year and unit, summed per program and per reason. Returns links to the
/// year pages for the welfare list.
fn welfare_year_pages(pages: &mut PageSet) -> Vec<LinkView> {
    type Entry<'b> = (&'b crate::model::Welfare, String, String, String);
    // Unit -> (published, address) -> entry, so each unit's rows are in date order.
    type ByUnit<'b> = BTreeMap<String, BTreeMap<(String, String), Entry<'b>>>;
    let mut by_year: BTreeMap<i16, ByUnit> = BTreeMap::new();
    for (checked, summary) in pages.items() {
        if let Body::Welfare(w) = &checked.item.body {
            by_year
                .entry(checked.item.common.published.value.year())
                .or_default()
                .entry(checked.unit.clone())
                .or_default()
                .insert(
                    (summary.published.clone(), summary.href.clone()),
                    (
                        w,
                        summary.href.clone(),
                        summary.title.clone(),
                        summary.published_label.clone(),
                    ),
                );
        }
    }
    let mut links = Vec::new();
    let mut year_pages = Vec::new();
    for (year, units) in by_year {
        let page_path = format!("list/welfare/{year}");
        let title = format!("{year}年福利发放汇总");
        links.push(LinkView {
            href: pages.link(&page_path),
            title: title.clone(),
        });
        let several = units.len() > 1;
        let units: Vec<UnitSummary<views::welfare::WelfareYearView>> = units
            .into_iter()
            .enumerate()
            .map(|(i, (unit, entries))| {
                let entries: Vec<Entry> = entries.into_values().collect();
                let mut summary = views::welfare::year_summary(&entries, pages.config);
                if several {
                    // One page holds every unit's tables: HTML ids must stay unique.
                    let tables = [Some(&mut summary.by_program), summary.by_reason.as_mut()];
                    for table in tables.into_iter().flatten().chain([&mut summary.items]) {
                        table.id = format!("{}-{}", table.id, i + 1);
                    }
                }
                UnitSummary { unit, summary }
            })
            .collect();
        let mut ctx = Context::new();
        ctx.insert("title", &title);
        ctx.insert("units", &units);
        year_pages.push((page_path, title, ctx));
    }
    for (page_path, title, ctx) in year_pages {
        pages.add(&page_path, title, "welfare_year.html", ctx);
    }
    links
}

/// One unit's part of a year summary page.
#[derive(Serialize)]
struct UnitSummary<T> {
    unit: String,
    summary: T,
}

/// One list per kind, per year and per section folder, each with the related pages set
/// through `PageSet::relate` (year summaries, team archives, follow-up pages).
fn list_pages(pages: &mut PageSet) {
    let lang = pages.config.language;
    let mut lists: Vec<(String, String, Vec<ItemSummary>)> = Vec::new();
    for k in &pages.kinds {
        let items = pages
            .summaries
            .iter()
            .filter(|s| s.kind == k.key())
            .cloned()
            .collect();
        lists.push((
            format!("list/{}", k.key()),
            kind_label(*k, lang).into(),
            items,
        ));
    }
    for y in years(pages.board) {
        let items = pages
            .items()
            .filter(|(c, _)| c.item.common.published.value.year() == y)
            .map(|(_, s)| s.clone())
            .collect();
        lists.push((format!("year/{y}"), year_title(y, lang), items));
    }
    for (folder, title) in folders(pages.board) {
        let prefix = format!("{folder}/");
        let items = pages
            .items()
            .filter(|(c, _)| c.item.content_path.starts_with(&prefix))
            .map(|(_, s)| s.clone())
            .collect();
        lists.push((folder.clone(), title, items));
    }
    for (page_path, title, items) in lists {
        let related = pages.related.remove(&page_path).unwrap_or_default();
        let mut ctx = Context::new();
        ctx.insert(
            "list",
            &ListView {
                title: title.clone(),
                items: by_date(items),
                related,
            },
        );
        pages.add(&page_path, title, "list.html", ctx);
    }
}

/// One page per item, plus `data.json` and a CSV per table for data items. Returns the
/// sheets of the open items for the board page.
fn item_pages(
    pages: &mut PageSet,
    output: &mut Output,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<board::Sheet> {
    let config = pages.config;
    let labels = Labels::of(config.language);
    let mut item_jobs = Vec::new();
    let mut sheets = Vec::new();
    for (checked, summary) in pages.items() {
        let page_path = checked.item.page_path();
        let body = item_body(checked, config, &|p| pages.title_of(p), diagnostics);
        let page_body = body.for_page();
        let data_json = (!matches!(checked.item.body, Body::Notice(_)))
            .then(|| exports::data_json(summary, &body));
        let printing = print::view(checked, &page_body, data_json.as_deref(), config, &labels);
        if let Some(data_json) = data_json {
            output.insert(format!("{page_path}/data.json"), data_json);
            for table in &body.tables {
                output.insert(
                    format!("{page_path}/{}.csv", table.id),
                    exports::table_csv(table),
                );
            }
        }
        let mut ctx = Context::new();
        ctx.insert("item", summary);
        ctx.insert("body", &page_body);
        ctx.insert("printing", &printing);
        if checked.status == Status::Open {
            sheets.push(board::Sheet {
                item: summary.clone(),
                body: page_body,
                printing,
            });
        }
        item_jobs.push((
            page_path,
            summary.title.clone(),
            format!("{}.html", checked.item.body.kind().key()),
            ctx,
        ));
    }
    for (page_path, title, template, ctx) in item_jobs {
        pages.add(&page_path, title, &template, ctx);
    }
    sheets
}

/// The body of an item page; Markdown problems become diagnostics at their file line.
fn item_body(
    checked: &CheckedItem,
    config: &Config,
    titles: &dyn Fn(&str) -> String,
    diagnostics: &mut Vec<Diagnostic>,
) -> BodyView {
    let item = &checked.item;
    let options = markdown::MarkdownOptions {
        raw_html: config.raw_html,
    };
    let mut md = |text: &str, first_line: usize, first_column: usize| {
        let rendered = markdown::render(text, &options);
        let at = |p: &markdown::SourcePos| {
            let column = if p.line == 1 {
                first_column + p.column - 1
            } else {
                p.column
            };
            item.source.at(Pos::new(first_line + p.line - 1, column, 1))
        };
        for raw in &rendered.raw_html {
            diagnostics.push(
                Problem::RawHtml {
                    snippet: raw.snippet.clone(),
                }
                .at(at(&raw.pos)),
            );
        }
        for l in &rendered.links {
            if link_leaves_site(&item.content_path, &l.url) {
                diagnostics.push(Problem::LinkOutsideSite { url: l.url.clone() }.at(at(&l.pos)));
            }
        }
        rendered.html
    };
    match &item.body {
        Body::Notice(n) => BodyView {
            html: md(&n.markdown, n.body_line, 1),
            ..BodyView::default()
        },
        Body::Congress(c) => {
            let mut view = views::data_body(checked, config, titles);
            // Each text goes beside its votes and progress on the meeting page.
            let shown = view.congress.as_mut().map(|v| &mut v.resolutions);
            for (r, shown) in c.resolutions.iter().zip(shown.into_iter().flatten()) {
                if let Some(text) = &r.text {
                    shown.text_html = md(&text.value, text.pos.line, text.pos.column);
                }
            }
            view
        }
        _ => views::data_body(checked, config, titles),
    }
}

/// True when a relative link climbs above the site root or names a local file outside it.
fn link_leaves_site(content_path: &str, url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("file:") || lower.starts_with('\\') || lower.get(1..3) == Some(":\\") {
        return true;
    }
    if lower.contains("://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with('#')
    {
        return false;
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut depth: i64 = if path.starts_with('/') {
        0
    } else {
        // The page of `a/b.md` is `a/b/index.html`: links resolve from there.
        crate::model::page_path_of(content_path).split('/').count() as i64
    };
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => depth += 1,
        }
    }
    false
}

/// Minimal HTML escaping for text we place into HTML ourselves.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_leave_the_site() {
        assert!(!link_leaves_site(
            "notices/a.md",
            "../../2026/finance-q1/index.html"
        ));
        assert!(link_leaves_site("notices/a.md", "../../../secret.txt"));
        assert!(link_leaves_site("a.md", "file:///etc/passwd"));
        assert!(!link_leaves_site("a.md", "https://example.com/"));
        assert!(!link_leaves_site("a.md", "#top"));
    }
}
