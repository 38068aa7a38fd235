//! Site-wide follow-up of the workers' congress (职代会), so workers see what was promised
//! and what was done:
//!
//! - `list/resolutions/` 决议落实情况: every resolution of every meeting, newest meeting
//!   first, with its votes, computed result (and why not adopted), progress and latest step;
//! - `list/proposals/` 提案办理情况: every proposal grouped by status in the order
//!   立案, 办理中, 已办结, 不予立案, with counts.
//!
//! An item corrected by a later one is left out: the correction supersedes it.

use serde::Serialize;
use tera::Context;

use crate::check::congress::{PROGRESS_STATUSES, PROPOSAL_STATUSES};
use crate::check::{Board, Derived};
use crate::config::Config;
use crate::model::{Body, Kind};
use crate::render::jobs::PageSet;
use crate::render::labels::Labels;
use crate::render::labels::congress::CongressLabels;
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
    status: String,
    count: usize,
    proposals: Vec<ProposalRow>,
}

/// What `proposals.html` sees.
#[derive(Serialize)]
struct ProposalsPage {
    title: String,
    total: usize,
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
            title: pages.labels.all_congress.into(),
        },
        resolutions: LinkView {
            href: pages.link(RESOLUTIONS_PAGE),
            title: CongressLabels::of(config.language).resolutions_title.into(),
        },
        proposals: LinkView {
            href: pages.link(PROPOSALS_PAGE),
            title: CongressLabels::of(config.language).proposals_title.into(),
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
    summaries: &[ItemSummary],
    config: &Config,
    labels: &Labels,
    indices: &[usize],
    links: &Links,
) -> (ResolutionsPage, ProposalsPage) {
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
                pass_needed: v.pass_needed,
                resolutions: v.resolutions,
            },
            v.proposals,
        ));
    }
    // Newest meeting first; items come sorted by path, which breaks ties.
    meetings.sort_by(|a, b| b.0.meeting_date.cmp(&a.0.meeting_date));
    let mut groups: Vec<ProposalGroup> = PROPOSAL_STATUSES
        .iter()
        .map(|s| ProposalGroup {
            status: (*s).into(),
            count: 0,
            proposals: Vec::new(),
        })
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
            let i = match groups.iter().position(|g| g.status == proposal.status) {
                Some(i) => i,
                None => {
                    groups.push(ProposalGroup {
                        status: proposal.status.clone(),
                        count: 0,
                        proposals: Vec::new(),
                    });
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
    let mut progress: Vec<Count> = PROGRESS_STATUSES
        .iter()
        .map(|s| Count {
            label: (*s).into(),
            count: all_resolutions()
                .filter(|r| r.progress.as_ref().is_some_and(|p| p.status == *s))
                .count(),
        })
        .collect();
    progress.push(Count {
        label: labels.progress_unreported.into(),
        count: all_resolutions().filter(|r| r.progress.is_none()).count(),
    });
    progress.retain(|c| c.count > 0);
    let resolutions = ResolutionsPage {
        title: links.resolutions.title.clone(),
        total,
        results: vec![
            Count {
                label: labels.adopted.into(),
                count: adopted,
            },
            Count {
                label: labels.not_adopted.into(),
                count: total - adopted,
            },
        ],
        progress,
        meetings: resolution_groups,
        all: links.all.clone(),
        other: links.proposals.clone(),
    };
    let proposals = ProposalsPage {
        title: links.proposals.title.clone(),
        total: groups.iter().map(|g| g.count).sum(),
        groups,
        all: links.all.clone(),
        other: links.resolutions.clone(),
    };
    (resolutions, proposals)
}
