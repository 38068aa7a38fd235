//! The site-wide part of every page's context (`site` in templates): names, contact and
//! menus, made once per render; and the years and section folders that the menus and the
//! lists share.

use serde::Serialize;

use super::labels::{date_label, kind_label, year_title};
use super::links::link;
use super::pages::{board, corrections, search};
use super::views::LinkView;
use crate::check::Board;
use crate::config::Config;
use crate::model::Kind;

/// The site-wide part of every page's context, serialised once per build.
#[derive(Serialize)]
pub(crate) struct SiteView<'a> {
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
    /// Link to the board page (every open item, ready to print).
    board: String,
    /// Link to the record of corrections, when the site has one.
    corrections: String,
}

/// Kinds that have at least one item, in menu order.
pub(crate) fn kinds(board: &Board) -> Vec<Kind> {
    Kind::ALL
        .into_iter()
        .filter(|k| board.items.iter().any(|c| c.item.body.kind() == *k))
        .collect()
}

/// Years with items, newest first.
pub(crate) fn years(board: &Board) -> Vec<i16> {
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
pub(crate) fn folders(board: &Board) -> Vec<(&String, String)> {
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
pub(crate) fn view<'a>(
    config: &'a Config,
    board: &Board,
    kinds: &[Kind],
    today: jiff::civil::Date,
) -> SiteView<'a> {
    let lang = config.language;
    let link = |page_path: &str| link(config, page_path);
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
        built_on: date_label(today, lang),
        home: link(""),
        search: link(search::PAGE),
        nav: kinds
            .iter()
            .map(|k| LinkView {
                href: link(&format!("list/{}", k.key())),
                title: kind_label(*k, lang).into(),
            })
            .collect(),
        years: years(board)
            .into_iter()
            .map(|y| LinkView {
                href: link(&format!("year/{y}")),
                title: year_title(y, lang),
            })
            .collect(),
        sections: folders(board)
            .into_iter()
            .filter(|(f, _)| !f.contains('/'))
            .map(|(f, title)| LinkView {
                href: link(f),
                title,
            })
            .collect(),
        board: link(board::PAGE_PATH),
        corrections: match board.items.iter().any(|c| c.corrects.is_some()) {
            true => link(corrections::PAGE),
            false => String::new(),
        },
    }
}
