//! Site-wide follow-up of the workers' congress (职代会), so workers see what was promised
//! and what was done:
//!
//! - `list/resolutions/` 决议落实情况: every resolution of every meeting, newest meeting
//!   first, with its votes, computed result (and why not adopted), progress and latest step;
//! - `list/proposals/` 提案办理情况: every proposal grouped by status in the order
//!   立案, 办理中, 已办结, 不予立案, with counts.
//!
//! An item corrected by a later one is left out: the correction supersedes it.

use std::sync::Arc;

use serde::Serialize;

use tera::Context;

use crate::check::congress::{PROGRESS_STATUSES, PROPOSAL_STATUSES};
use crate::check::{Board, Derived};
use crate::config::Config;
use crate::model::{Body, Kind};
use crate::render::jobs::PageSet;
use crate::render::labels::congress::CongressLabels;
use crate::render::labels::{Labels, strong_numbers};
use crate::render::memo::Members;
use crate::render::views::congress::{
    PROPOSALS_PAGE, ProposalView, RESOLUTIONS_PAGE, ResolutionView, view,
};
use crate::render::views::{ItemSummary, LinkView};

/// One meeting on the resolutions page.
#[derive(Serialize)]
struct MeetingGroup {
    /// The item's page.
    href: String,
    /// The item's title.
    title: String,
    meeting: String,
    meeting_date: String,
    meeting_date_label: String,
    total: i64,
    present: i64,
    quorum_met: bool,
    quorum_text: String,
    /// "应到代表120名，实到96名。"
    attendance_text: String,
    pass_needed: i64,
    resolutions: Vec<ResolutionView>,
}

/// A label and how many.
#[derive(Serialize)]
struct Count {
    label: String,
    count: usize,
}

/// What `resolutions.html` sees.
#[derive(Serialize)]
struct ResolutionsPage {
    title: String,
    total: usize,
    /// The tally line as HTML, its counts in `<strong>`.
    tally: String,
    /// 通过, 未通过.
    results: Vec<Count>,
    /// 未开始, 落实中, 已落实, 已终止, 未报告 (only those that occur).
    progress: Vec<Count>,
    meetings: Vec<MeetingGroup>,
    /// The congress list page.
    all: LinkView,
    /// The proposals page.
    other: LinkView,
}

/// One proposal with its meeting.
#[derive(Serialize)]
struct ProposalRow {
    #[serde(flatten)]
    proposal: ProposalView,
    /// The meeting's page, titled with the meeting's name.
    meeting: LinkView,
}

/// One status group.
#[derive(Serialize)]
struct ProposalGroup {
    /// The status as readers see it.
    status: String,
    /// Stable word for the status: `filed`, `in-progress`, `done`, `declined` (`other`
    /// for a status outside the four).
    key: &'static str,
    /// The status as the clerk writes it.
    #[serde(skip)]
    written: String,
    count: usize,
    /// "（1 件）" after the heading.
    count_text: String,
    /// The caption of the group's table.
    caption: String,
    /// The group's part of the tally line, as HTML.
    tally: String,
    proposals: Vec<ProposalRow>,
}

impl ProposalGroup {
    /// An empty group of the status the clerk writes as `written`.
    fn new(written: &str, key: &'static str, w: &CongressLabels) -> ProposalGroup {
        ProposalGroup {
            status: w.proposal_status(written),
            key,
            written: written.to_string(),
            count: 0,
            count_text: String::new(),
            caption: String::new(),
            tally: String::new(),
            proposals: Vec::new(),
        }
    }
}

/// What `proposals.html` sees.
#[derive(Serialize)]
struct ProposalsPage {
    title: String,
    total: usize,
    /// The start of the tally line: "共 5 件提案：".
    tally: String,
    groups: Vec<ProposalGroup>,
    all: LinkView,
    other: LinkView,
}

/// Adds the resolutions and proposals pages (when there is a congress item) and links
/// them from the congress list. In the preview both are made again only when a congress
/// item changed.
pub(crate) fn add(pages: &mut PageSet) {
    if !pages.kinds.contains(&Kind::Congress) {
        return;
    }
    let (config, board, summaries) = (pages.config, pages.board, pages.summaries);
    let congress: Vec<usize> = (0..board.items.len())
        .filter(|i| matches!(board.items[*i].item.body, Body::Congress(_)))
        .collect();
    let members = pages.members(congress);
    let links = Links {
        all: LinkView {
            href: pages.link("list/congress"),
            title: pages.labels.site.all_congress.clone(),
        },
        resolutions: LinkView {
            href: pages.link(RESOLUTIONS_PAGE),
            title: CongressLabels::of(config.language)
                .resolutions_title
                .clone(),
        },
        proposals: LinkView {
            href: pages.link(PROPOSALS_PAGE),
            title: CongressLabels::of(config.language).proposals_title.clone(),
        },
    };
    let labels = pages.labels;
    let made = |m: &Members| follow_up(board, summaries, config, labels, &m.indices, &links);
    pages.add_keyed(
        RESOLUTIONS_PAGE,
        links.resolutions.title.clone(),
        "resolutions.html",
        members.clone(),
        |m| {
            let mut ctx = Context::new();
            ctx.insert("resolutions", &made(m).0);
            // The progress partial shows the latest step only, not the whole timeline.
            ctx.insert("compact", &true);
            ctx
        },
    );
    pages.add_keyed(
        PROPOSALS_PAGE,
        links.proposals.title.clone(),
        "proposals.html",
        members,
        |m| {
            let mut ctx = Context::new();
            ctx.insert("proposals", &made(m).1);
            ctx
        },
    );
    pages.relate("list/congress", vec![links.resolutions, links.proposals]);
}

/// The links the follow-up pages show.
struct Links {
    /// The congress list page.
    all: LinkView,
    resolutions: LinkView,
    proposals: LinkView,
}

/// Both follow-up pages, made from the congress items at `indices`.
fn follow_up(
    board: &Board,
    summaries: &[Arc<ItemSummary>],
    config: &Config,
    labels: &Labels,
    indices: &[usize],
    links: &Links,
) -> (ResolutionsPage, ProposalsPage) {
    let w = &labels.congress;
    let mut meetings: Vec<(MeetingGroup, Vec<ProposalView>)> = Vec::new();
    for i in indices {
        let (checked, summary) = (&board.items[*i], &summaries[*i]);
        let (Body::Congress(c), Derived::Congress(computed)) =
            (&checked.item.body, &*checked.derived)
        else {
            continue;
        };
        if !checked.corrected_by.is_empty() {
            continue;
        }
        let v = view(c, computed, config);
        meetings.push((
            MeetingGroup {
                href: summary.href.clone(),
                title: summary.title.clone(),
                meeting: v.meeting,
                meeting_date: v.meeting_date,
                meeting_date_label: v.meeting_date_label,
                total: v.total,
                present: v.present,
                quorum_met: v.quorum_met,
                quorum_text: v.quorum_text,
                attendance_text: w.attendance_text(v.total, v.present),
                pass_needed: v.pass_needed,
                resolutions: v.resolutions,
            },
            v.proposals,
        ));
    }
    // Newest meeting first; items come sorted by path, which breaks ties.
    meetings.sort_by(|a, b| b.0.meeting_date.cmp(&a.0.meeting_date));
    let keys = ["filed", "in-progress", "done", "declined"];
    let mut groups: Vec<ProposalGroup> = PROPOSAL_STATUSES
        .iter()
        .zip(keys)
        .map(|(s, key)| ProposalGroup::new(s, key, w))
        .collect();
    let mut resolution_groups = Vec::new();
    for (group, proposals) in meetings {
        let meeting = LinkView {
            href: group.href.clone(),
            title: group.meeting.clone(),
        };
        for proposal in proposals {
            // A status outside the four is an error `check` reports; should a page be
            // drawn anyway, it gets its own group after the four.
            let written = &proposal.written_status;
            let i = match groups.iter().position(|g| g.written == *written) {
                Some(i) => i,
                None => {
                    groups.push(ProposalGroup::new(written, "other", w));
                    groups.len() - 1
                }
            };
            groups[i].count += 1;
            groups[i].proposals.push(ProposalRow {
                proposal,
                meeting: meeting.clone(),
            });
        }
        resolution_groups.push(group);
    }

    let all_resolutions = || resolution_groups.iter().flat_map(|g| &g.resolutions);
    let adopted = all_resolutions().filter(|r| r.adopted).count();
    let total = all_resolutions().count();
    // Counted by the status the clerk wrote (its stable key), shown as readers see it.
    let progress_keys = ["not-started", "in-progress", "done", "stopped"];
    let mut progress: Vec<Count> = PROGRESS_STATUSES
        .iter()
        .zip(progress_keys)
        .map(|(s, key)| Count {
            label: w.progress_status(s),
            count: all_resolutions()
                .filter(|r| r.progress.as_ref().is_some_and(|p| p.status_key == key))
                .count(),
        })
        .collect();
    progress.push(Count {
        label: labels.site.progress_unreported.clone(),
        count: all_resolutions().filter(|r| r.progress.is_none()).count(),
    });
    progress.retain(|c| c.count > 0);
    let results = vec![
        Count {
            label: labels.site.adopted.clone(),
            count: adopted,
        },
        Count {
            label: labels.site.not_adopted.clone(),
            count: total - adopted,
        },
    ];
    let resolutions = ResolutionsPage {
        title: links.resolutions.title.clone(),
        total,
        tally: resolutions_tally(labels, total, &results, &progress),
        results,
        progress,
        meetings: resolution_groups,
        all: links.all.clone(),
        other: links.proposals.clone(),
    };
    for g in &mut groups {
        g.count_text = w.proposals_group_count(g.count);
        g.caption = w.proposals_group_caption(&g.status);
        g.tally = strong_numbers(&w.proposals_tally_part(&g.status, g.count));
    }
    let total = groups.iter().map(|g| g.count).sum();
    let proposals = ProposalsPage {
        title: links.proposals.title.clone(),
        total,
        tally: w.proposals_tally(total),
        groups,
        all: links.all.clone(),
        other: links.resolutions.clone(),
    };
    (resolutions, proposals)
}

/// The resolutions page's tally line as HTML: "共 3 项决议：通过 3 项，未通过 0 项；落实中 1
/// 项。", each count in `<strong>`.
fn resolutions_tally(
    labels: &Labels,
    total: usize,
    results: &[Count],
    progress: &[Count],
) -> String {
    let (w, site) = (&labels.congress, &labels.site);
    let parts = |counts: &[Count]| -> String {
        counts
            .iter()
            .map(|c| strong_numbers(&w.resolutions_tally_part(&c.label, c.count)))
            .collect::<Vec<_>>()
            .join(&strong_numbers(&site.list_separator))
    };
    // The total is not set in <strong>: only the counts of the parts are.
    let mut html = crate::render::escape::escape(&w.resolutions_tally(total));
    html.push_str(&parts(results));
    if !progress.is_empty() {
        html.push_str(&strong_numbers(&site.list_break));
        html.push_str(&parts(progress));
    }
    html.push_str(&strong_numbers(&site.sentence_end));
    html
}
