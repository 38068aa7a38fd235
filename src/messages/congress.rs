//! What is said about a workers' congress (职代会): representatives present, the votes
//! on a resolution and the result they give, proposals and their progress. The words are
//! the catalogue's; this file lists the problems and turns their facts into arguments.

use super::words;
use crate::catalog::{Args, Catalog};

/// A problem of a congress item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CongressProblem {
    /// `representatives.total` is zero or negative.
    NoRepresentatives {
        /// As written.
        total: i64,
    },
    /// More representatives present than there are.
    PresentOverTotal {
        /// 实到.
        present: i64,
        /// 应到.
        total: i64,
    },
    /// A resolution's votes add up to more than the representatives present.
    VotesOverPresent {
        /// 赞成.
        for_: i64,
        /// 反对.
        against: i64,
        /// 弃权.
        abstain: i64,
        /// 实到.
        present: i64,
    },
    /// A typed `result:` that the votes contradict.
    ResultContradicts {
        /// What `result:` says: 通过 or 未通过.
        said: String,
        /// 代表总数.
        total: i64,
        /// 实到.
        present: i64,
        /// ceil(2*total/3).
        quorum_needed: i64,
        /// 赞成.
        for_: i64,
        /// floor(total/2)+1.
        pass_needed: i64,
    },
    /// A proposal number given twice in one meeting.
    DuplicateProposalNumber {
        /// The number.
        number: String,
        /// The line of its first use.
        first_line: usize,
    },
    /// A proposal status that needs a field the proposal lacks.
    ProposalNeeds {
        /// The status: 不予立案 or 已办结.
        status: String,
        /// The missing key: `reason` or `reply`.
        key: &'static str,
    },
    /// A progress percent outside 0-100.
    PercentOutOfRange {
        /// As written.
        percent: i64,
    },
    /// A progress update dated before the meeting (a warning).
    UpdateBeforeMeeting {
        /// The update's date.
        date: String,
        /// The meeting's date.
        meeting: String,
    },
}

impl CongressProblem {
    /// The stable code of this kind of problem (see `codes`).
    pub(super) fn code(&self) -> &'static str {
        use CongressProblem::*;
        match self {
            NoRepresentatives { .. } => "no-representatives",
            PresentOverTotal { .. } => "present-over-total",
            VotesOverPresent { .. } => "votes-over-present",
            ResultContradicts { .. } => "result-contradicts",
            DuplicateProposalNumber { .. } => "duplicate-proposal-number",
            ProposalNeeds { .. } => "proposal-needs",
            PercentOutOfRange { .. } => "percent-out-of-range",
            UpdateBeforeMeeting { .. } => "update-before-meeting",
        }
    }

    /// The arguments of its entries.
    pub(super) fn args(&self, _cat: &Catalog) -> Args<'static> {
        use CongressProblem::*;
        let s = |v: &dyn ToString| v.to_string();
        let pairs: Vec<(&'static str, String)> = match self {
            NoRepresentatives { total } => vec![("total", s(total))],
            PresentOverTotal { present, total } => {
                vec![("present", s(present)), ("total", s(total))]
            }
            VotesOverPresent {
                for_,
                against,
                abstain,
                present,
            } => vec![
                ("for", s(for_)),
                ("against", s(against)),
                ("abstain", s(abstain)),
                (
                    "sum",
                    s(&for_.saturating_add(*against).saturating_add(*abstain)),
                ),
                ("present", s(present)),
            ],
            ResultContradicts {
                said,
                total,
                present,
                quorum_needed,
                for_,
                pass_needed,
            } => {
                let why = if present < quorum_needed {
                    "quorum"
                } else if for_ < pass_needed {
                    "votes"
                } else {
                    "passes"
                };
                vec![
                    ("said", said.clone()),
                    ("why", s(&why)),
                    ("total", s(total)),
                    ("present", s(present)),
                    ("quorum", s(quorum_needed)),
                    ("for", s(for_)),
                    ("pass", s(pass_needed)),
                ]
            }
            DuplicateProposalNumber { number, first_line } => {
                vec![("number", number.clone()), ("first", s(first_line))]
            }
            ProposalNeeds { status, key } => vec![("status", status.clone()), ("key", s(key))],
            PercentOutOfRange { percent } => vec![("percent", s(percent))],
            UpdateBeforeMeeting { date, meeting } => {
                vec![("date", date.clone()), ("meeting", meeting.clone())]
            }
        };
        words::args(pairs)
    }
}
