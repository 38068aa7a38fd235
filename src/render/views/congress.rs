//! View of a workers' congress page (职代会): the meeting and its quorum, each resolution
//! with its votes, computed result and follow-up progress, and the proposals.
//!
//! Results are those the rules computed (`check::congress::Outcome`, carried on the
//! checked item), never a typed `result:`, so the page, the CSV and `data.json` always
//! agree with the rules.

use serde::Serialize;

use super::{BodyView, Cell, ColumnType, Fact, LinkView, TableView, columns};
use crate::check::congress::{NotAdopted, Outcome, PROGRESS_STATUSES, PROPOSAL_STATUSES};
use crate::config::Config;
use crate::model::Congress;
use crate::model::kinds::{Progress, Proposal, Resolution};
use crate::render::labels::congress::CongressLabels;
use crate::render::labels::date_label;

/// Page path of the site-wide 决议落实情况 page.
pub const RESOLUTIONS_PAGE: &str = "list/resolutions";
/// Page path of the site-wide 提案办理情况 page.
pub const PROPOSALS_PAGE: &str = "list/proposals";

/// A meeting with its computed results.
#[derive(Clone, Debug, Serialize)]
pub struct CongressView {
    /// 五届三次职代会.
    pub meeting: String,
    /// `2026-03-28`.
    pub meeting_date: String,
    /// 2026年3月28日.
    pub meeting_date_label: String,
    /// Representatives in all.
    pub total: i64,
    /// Representatives present.
    pub present: i64,
    /// ceil(2 × total / 3).
    pub quorum_needed: i64,
    /// present >= quorum_needed: the meeting is valid.
    pub quorum_met: bool,
    /// floor(total / 2) + 1: votes for a resolution to pass.
    pub pass_needed: i64,
    /// One sentence on the quorum, as the page prints it.
    pub quorum_text: String,
    /// Resolutions in order.
    pub resolutions: Vec<ResolutionView>,
    /// How many were adopted.
    pub adopted_count: usize,
    /// Proposals in order.
    pub proposals: Vec<ProposalView>,
    /// The site-wide follow-up pages.
    pub links: Vec<LinkView>,
}

/// One resolution and its result.
#[derive(Clone, Debug, Serialize)]
pub struct ResolutionView {
    /// 1-based position in the meeting; the page anchor is `r{number}`.
    pub number: usize,
    /// Title.
    pub title: String,
    /// The Markdown text as written.
    pub text: String,
    /// The text rendered (page only; empty in `data.json`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text_html: String,
    /// The votes.
    pub votes: VotesView,
    /// Adopted: valid meeting and enough votes for.
    pub adopted: bool,
    /// 通过 or 未通过.
    pub result: &'static str,
    /// Why not adopted.
    pub reason: Option<&'static str>,
    /// Why not adopted, as a stable key: `no_quorum`, `not_enough_for`.
    pub reason_key: Option<&'static str>,
    /// Follow-up, when reported.
    pub progress: Option<ProgressView>,
}

/// 赞成 / 反对 / 弃权.
#[derive(Clone, Debug, Serialize)]
pub struct VotesView {
    /// 赞成.
    #[serde(rename = "for")]
    pub for_: i64,
    /// 反对.
    pub against: i64,
    /// 弃权.
    pub abstain: i64,
}

/// 落实情况 of a resolution.
#[derive(Clone, Debug, Serialize)]
pub struct ProgressView {
    /// 未开始 | 落实中 | 已落实 | 已终止, as readers see it.
    pub status: String,
    /// Stable word for CSS: `not-started`, `in-progress`, `done`, `stopped`.
    pub status_key: &'static str,
    /// The status as the clerk wrote it (`data.json`, the same in every language).
    #[serde(skip)]
    pub written_status: String,
    /// 0-100, when given.
    pub percent: Option<i64>,
    /// `percent` clamped to 0-100, for the bar's width.
    pub bar: i64,
    /// 说明.
    pub note: String,
    /// Dated steps, oldest first.
    pub updates: Vec<UpdateView>,
    /// The newest step.
    pub latest: Option<UpdateView>,
}

/// One dated step.
#[derive(Clone, Debug, Serialize)]
pub struct UpdateView {
    /// `2026-04-01`.
    pub date: String,
    /// 2026年4月1日.
    pub date_label: String,
    /// What was done.
    pub note: String,
}

/// One proposal.
#[derive(Clone, Debug, Serialize)]
pub struct ProposalView {
    /// 编号.
    pub number: String,
    /// 案由.
    pub title: String,
    /// 提案人.
    pub by: String,
    /// 承办部门.
    pub handler: String,
    /// 立案 | 办理中 | 已办结 | 不予立案, as readers see it.
    pub status: String,
    /// The status as the clerk wrote it (for grouping; not shown, not in `data.json`).
    #[serde(skip)]
    pub written_status: String,
    /// 答复.
    pub reply: String,
    /// 不予立案理由.
    pub reason: String,
}

/// The meeting, its quorum, every resolution's result as `computed` by the rules, and
/// the proposals.
pub fn view(c: &Congress, computed: &Outcome, config: &Config) -> CongressView {
    let lang = config.language;
    let w = CongressLabels::of(lang);
    let resolutions: Vec<ResolutionView> = c
        .resolutions
        .iter()
        .zip(&computed.resolutions)
        .enumerate()
        .map(|(i, (r, o))| resolution(i + 1, r, o.adopted, o.reason, config))
        .collect();
    let quorum_text = if computed.quorum_met {
        w.quorum_met.clone()
    } else {
        w.quorum_failed(c.present.value, computed.quorum_needed, c.total.value)
    };
    CongressView {
        meeting: c.meeting.name.value.clone(),
        meeting_date: c.meeting.date.value.to_string(),
        meeting_date_label: date_label(c.meeting.date.value, lang),
        total: c.total.value,
        present: c.present.value,
        quorum_needed: computed.quorum_needed,
        quorum_met: computed.quorum_met,
        pass_needed: computed.pass_needed,
        quorum_text,
        adopted_count: resolutions.iter().filter(|r| r.adopted).count(),
        resolutions,
        proposals: c.proposals.iter().map(|p| proposal(p, w)).collect(),
        links: vec![
            LinkView {
                href: crate::render::link(config, RESOLUTIONS_PAGE),
                title: w.resolutions_title.as_str().into(),
            },
            LinkView {
                href: crate::render::link(config, PROPOSALS_PAGE),
                title: w.proposals_title.as_str().into(),
            },
        ],
    }
}

fn resolution(
    number: usize,
    r: &Resolution,
    adopted: bool,
    reason: Option<NotAdopted>,
    config: &Config,
) -> ResolutionView {
    let w = CongressLabels::of(config.language);
    ResolutionView {
        number,
        title: r.title.value.clone(),
        text: r.text.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
        text_html: String::new(),
        votes: VotesView {
            for_: r.votes.for_.value,
            against: r.votes.against.value,
            abstain: r.votes.abstain.value,
        },
        adopted,
        result: if adopted {
            w.passed.as_str()
        } else {
            w.not_passed.as_str()
        },
        reason: reason.map(|why| w.not_adopted(why)),
        reason_key: reason.map(|why| match why {
            NotAdopted::NoQuorum => "no_quorum",
            NotAdopted::NotEnoughFor => "not_enough_for",
        }),
        progress: r.progress.as_ref().map(|p| progress(p, config)),
    }
}

fn progress(p: &Progress, config: &Config) -> ProgressView {
    let mut updates: Vec<UpdateView> = p
        .updates
        .iter()
        .map(|u| UpdateView {
            date: u.date.value.to_string(),
            date_label: date_label(u.date.value, config.language),
            note: u.note.clone(),
        })
        .collect();
    // Oldest first; steps of one day keep the order written (stable sort).
    updates.sort_by(|a, b| a.date.cmp(&b.date));
    let percent = p.percent.as_ref().map(|x| x.value);
    ProgressView {
        status_key: match PROGRESS_STATUSES.iter().position(|s| *s == p.status.value) {
            Some(0) => "not-started",
            Some(1) => "in-progress",
            Some(2) => "done",
            Some(_) => "stopped",
            None => "unknown",
        },
        status: CongressLabels::of(config.language).progress_status(&p.status.value),
        written_status: p.status.value.clone(),
        percent,
        bar: percent.unwrap_or(0).clamp(0, 100),
        note: p.note.clone().unwrap_or_default(),
        latest: updates.last().cloned(),
        updates,
    }
}

/// A proposal's status as a stable key (`data.json`): `filed`, `in-progress`, `done`,
/// `declined`; one the rules refused is `unknown`.
fn proposal_key(written: &str) -> &'static str {
    match PROPOSAL_STATUSES.iter().position(|s| *s == written) {
        Some(0) => "filed",
        Some(1) => "in-progress",
        Some(2) => "done",
        Some(_) => "declined",
        None => "unknown",
    }
}

fn proposal(p: &Proposal, w: &CongressLabels) -> ProposalView {
    ProposalView {
        written_status: p.status.value.clone(),
        number: p.number.value.clone(),
        title: p.title.value.clone(),
        by: p.by.clone().unwrap_or_default(),
        handler: p.handler.clone().unwrap_or_default(),
        status: w.proposal_status(&p.status.value),
        reply: p.reply.clone().unwrap_or_default(),
        reason: p.reason.clone().unwrap_or_default(),
    }
}

/// 职代会: the meeting facts, the computed results, and the `resolutions` and
/// `proposals` tables (also the CSV downloads).
pub fn congress(c: &Congress, computed: &Outcome, config: &Config) -> BodyView {
    let v = view(c, computed, config);
    let w = CongressLabels::of(config.language);
    let mut body = BodyView::default();
    body.words.resolutions_heading = w.resolutions_heading(v.resolutions.len(), v.adopted_count);
    body.words.pass_rule = w.pass_rule(v.pass_needed);
    body.words.proposals_heading = w.proposals_heading(v.proposals.len());
    body.facts
        .push(Fact::new(w.meeting.as_str(), v.meeting.clone()));
    body.facts.push(Fact::new(
        w.meeting_date.as_str(),
        v.meeting_date_label.clone(),
    ));
    body.facts.push(Fact::new(
        w.representatives.as_str(),
        w.representatives_text(v.total, v.present),
    ));
    body.facts
        .push(Fact::new(w.quorum.as_str(), w.quorum_text(v.quorum_needed)));
    let rows = v
        .resolutions
        .iter()
        .map(|r| {
            let p = r.progress.as_ref();
            let result = match r.adopted {
                true => Cell::Word("adopted", r.result),
                false => Cell::Word("not_adopted", r.result),
            };
            vec![
                Cell::count(r.number),
                Cell::text(r.title.clone()),
                Cell::Count(r.votes.for_),
                Cell::Count(r.votes.against),
                Cell::Count(r.votes.abstain),
                result,
                r.reason_key
                    .zip(r.reason)
                    .map_or(Cell::Empty, |(key, text)| Cell::Word(key, text)),
                p.map_or(Cell::Empty, |p| {
                    Cell::keyed(Some(p.status_key.to_string()), p.status.clone())
                }),
                p.and_then(|p| p.percent)
                    .map_or(Cell::Missing(""), Cell::Count),
                Cell::opt_text(p.map(|p| &p.note)),
            ]
        })
        .collect();
    body.tables.push(
        TableView {
            rows,
            ..TableView::new(
                "resolutions",
                w.resolutions_caption.as_str(),
                columns(&[
                    ("number", &w.number, ColumnType::Count),
                    ("resolution", &w.resolution, ColumnType::Text),
                    ("for", &w.votes_for, ColumnType::Count),
                    ("against", &w.against, ColumnType::Count),
                    ("abstain", &w.abstain, ColumnType::Count),
                    ("result", &w.result, ColumnType::Word),
                    ("reason", &w.reason, ColumnType::Word),
                    ("progress", &w.progress, ColumnType::Word),
                    ("percent", &w.percent, ColumnType::Percent),
                    ("progress_note", &w.progress_note, ColumnType::Text),
                ]),
            )
        }
        .roles(Some(0), 1, Some(5)),
    );
    let rows = v
        .proposals
        .iter()
        .map(|p| {
            vec![
                Cell::text(p.number.clone()),
                Cell::text(p.title.clone()),
                Cell::text(p.by.clone()),
                Cell::text(p.handler.clone()),
                Cell::keyed(
                    Some(proposal_key(&p.written_status).to_string()),
                    p.status.clone(),
                ),
                Cell::text(if p.reply.is_empty() {
                    p.reason.clone()
                } else {
                    p.reply.clone()
                }),
            ]
        })
        .collect();
    body.tables.push(
        TableView {
            rows,
            ..TableView::new(
                "proposals",
                w.proposals_caption.as_str(),
                columns(&[
                    ("number", &w.proposal_number, ColumnType::Text),
                    ("title", &w.proposal_title, ColumnType::Text),
                    ("by", &w.by, ColumnType::Text),
                    ("handler", &w.handler, ColumnType::Text),
                    ("status", &w.status, ColumnType::Word),
                    ("reply", &w.reply, ColumnType::Text),
                ]),
            )
        }
        // A proposal's number and title, and how far it got.
        .roles(Some(0), 1, Some(4)),
    );
    body.congress = Some(v);
    body
}
