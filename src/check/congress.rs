//! Workers' congress rules (职代会决议 / 提案, spec section 5) and the computed results.
//!
//! The meeting is valid when present >= ceil(2 × total / 3); a resolution is adopted when
//! the meeting is valid and `for` >= floor(total / 2) + 1, counted against **all**
//! representatives, not those present. Everything is integer arithmetic. A typed
//! `result:` is only a cross-check: the page always shows the computed outcome, which is
//! carried on the checked item. The words the page shows for it are in `render::labels`;
//! the words here are those a clerk types (`result:`, statuses).

use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::{CongressProblem, Problem};
use crate::model::{Congress, Item, Spanned};

/// What `result:` may say.
pub const RESULTS: [&str; 2] = [PASSED, NOT_PASSED];
/// `result: 通过`.
pub const PASSED: &str = "通过";
/// `result: 未通过`.
pub const NOT_PASSED: &str = "未通过";
/// Proposal statuses: filed, in hand, answered, not filed.
pub const PROPOSAL_STATUSES: [&str; 4] = ["立案", "办理中", "已办结", "不予立案"];
/// Progress statuses of a resolution's follow-up.
pub const PROGRESS_STATUSES: [&str; 4] = ["未开始", "落实中", "已落实", "已终止"];
/// Why a resolution was not adopted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAdopted {
    /// The meeting had no quorum (checked first).
    NoQuorum,
    /// Fewer than floor(total / 2) + 1 representatives voted for it.
    NotEnoughFor,
}

/// Why a resolution of a meeting without quorum is not adopted.
pub const NO_QUORUM: NotAdopted = NotAdopted::NoQuorum;
/// Why a resolution without enough votes for it is not adopted.
pub const NOT_ENOUGH_FOR: NotAdopted = NotAdopted::NotEnoughFor;

/// The computed result of a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// ceil(2 × total / 3): representatives present for the meeting to be valid.
    pub quorum_needed: i64,
    /// present >= quorum_needed.
    pub quorum_met: bool,
    /// floor(total / 2) + 1: votes for a resolution to pass.
    pub pass_needed: i64,
    /// One per resolution, in order.
    pub resolutions: Vec<ResolutionOutcome>,
}

/// The computed result of one resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolutionOutcome {
    /// The meeting was valid and enough representatives voted for it.
    pub adopted: bool,
    /// Why not, when not adopted: [`NO_QUORUM`] (checked first) or [`NOT_ENOUGH_FOR`].
    pub reason: Option<NotAdopted>,
}

/// ceil(2 × total / 3), exact for any sign.
pub fn quorum_needed(total: i64) -> i64 {
    let twice = i128::from(total) * 2;
    let q = twice.div_euclid(3) + i128::from(twice.rem_euclid(3) != 0);
    i64::try_from(q).unwrap_or(i64::MAX)
}

/// floor(total / 2) + 1.
pub fn pass_needed(total: i64) -> i64 {
    total.div_euclid(2).saturating_add(1)
}

/// The quorum and every resolution's result.
pub fn outcome(c: &Congress) -> Outcome {
    let total = c.total.value;
    let quorum_needed = quorum_needed(total);
    let quorum_met = c.present.value >= quorum_needed;
    let pass_needed = pass_needed(total);
    let resolutions = c
        .resolutions
        .iter()
        .map(|r| {
            let reason = if !quorum_met {
                Some(NO_QUORUM)
            } else if r.votes.for_.value < pass_needed {
                Some(NOT_ENOUGH_FOR)
            } else {
                None
            };
            ResolutionOutcome {
                adopted: reason.is_none(),
                reason,
            }
        })
        .collect();
    Outcome {
        quorum_needed,
        quorum_met,
        pass_needed,
        resolutions,
    }
}

/// Every rule of one congress item, each located at the value it concerns:
///
/// - `representatives.total` not above 0: at total; `present` above total: at present;
/// - a negative count (`present`, `for`, `against`, `abstain`): at that count;
/// - for + against + abstain above present: at the `votes` mapping;
/// - `result:` other than 通过 / 未通过, or contradicting the computed outcome: at the
///   result value, with the numbers in the message;
/// - a proposal number used twice: at the second number, naming the first's line; an
///   unknown status at the status; 不予立案 without `reason` and 已办结 without `reply`
///   at the status;
/// - a progress status outside the four: at it; percent outside 0-100: at it; an update
///   dated before the meeting: a warning at its date.
///
/// `computed` is the meeting's [`outcome`], which its page shows.
pub fn check(item: &Item, c: &Congress, computed: &Outcome) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let mut report = |problem: Problem, pos: Pos| out.push(problem.at(item.at(pos)));

    let (total, present) = (&c.total, &c.present);
    if total.value <= 0 {
        report(
            Problem::from(CongressProblem::NoRepresentatives { total: total.value }),
            total.pos,
        );
    }
    if let Some(problem) = negative("present", present) {
        report(problem, present.pos);
    } else if total.value > 0 && present.value > total.value {
        report(
            Problem::from(CongressProblem::PresentOverTotal {
                present: present.value,
                total: total.value,
            }),
            present.pos,
        );
    }

    for (resolution, result) in c.resolutions.iter().zip(&computed.resolutions) {
        let votes = &resolution.votes;
        let counts = [
            ("for", &votes.for_),
            ("against", &votes.against),
            ("abstain", &votes.abstain),
        ];
        let mut any_negative = false;
        for (key, count) in counts {
            if let Some(problem) = negative(key, count) {
                any_negative = true;
                report(problem, count.pos);
            }
        }
        let cast = votes
            .for_
            .value
            .saturating_add(votes.against.value)
            .saturating_add(votes.abstain.value);
        if !any_negative && cast > present.value {
            report(
                Problem::from(CongressProblem::VotesOverPresent {
                    for_: votes.for_.value,
                    against: votes.against.value,
                    abstain: votes.abstain.value,
                    present: present.value,
                }),
                votes.pos,
            );
        }

        if let Some(said) = &resolution.result {
            if !RESULTS.contains(&said.value.as_str()) {
                report(bad_choice("result", &said.value, &RESULTS), said.pos);
            } else if (said.value == PASSED) != result.adopted {
                report(
                    Problem::from(CongressProblem::ResultContradicts {
                        said: said.value.clone(),
                        total: total.value,
                        present: present.value,
                        quorum_needed: computed.quorum_needed,
                        for_: votes.for_.value,
                        pass_needed: computed.pass_needed,
                    }),
                    said.pos,
                );
            }
        }

        if let Some(progress) = &resolution.progress {
            let status = &progress.status;
            if !PROGRESS_STATUSES.contains(&status.value.as_str()) {
                report(
                    bad_choice("status", &status.value, &PROGRESS_STATUSES),
                    status.pos,
                );
            }
            if let Some(percent) = &progress.percent
                && !(0..=100).contains(&percent.value)
            {
                report(
                    Problem::from(CongressProblem::PercentOutOfRange {
                        percent: percent.value,
                    }),
                    percent.pos,
                );
            }
            for update in &progress.updates {
                if update.date.value < c.meeting.date.value {
                    warnings.push(
                        Problem::from(CongressProblem::UpdateBeforeMeeting {
                            date: update.date.value.to_string(),
                            meeting: c.meeting.date.value.to_string(),
                        })
                        .at(item.at(update.date.pos)),
                    );
                }
            }
        }
    }

    let mut numbers: Vec<(&str, usize)> = Vec::new();
    for proposal in &c.proposals {
        let number = &proposal.number;
        match numbers.iter().find(|(n, _)| *n == number.value) {
            Some((_, first_line)) => report(
                Problem::from(CongressProblem::DuplicateProposalNumber {
                    number: number.value.clone(),
                    first_line: *first_line,
                }),
                number.pos,
            ),
            None => numbers.push((&number.value, number.pos.line())),
        }
        let status = &proposal.status;
        let missing = match status.value.as_str() {
            "不予立案" if proposal.reason.is_none() => Some("reason"),
            "已办结" if proposal.reply.is_none() => Some("reply"),
            s if !PROPOSAL_STATUSES.contains(&s) => {
                report(
                    bad_choice("status", &status.value, &PROPOSAL_STATUSES),
                    status.pos,
                );
                None
            }
            _ => None,
        };
        if let Some(key) = missing {
            report(
                Problem::from(CongressProblem::ProposalNeeds {
                    status: status.value.clone(),
                    key,
                }),
                status.pos,
            );
        }
    }
    out.extend(warnings);
    out
}

fn negative(key: &str, count: &Spanned<i64>) -> Option<Problem> {
    (count.value < 0).then(|| Problem::NegativeNumber {
        key: key.to_string(),
        value: count.value.to_string(),
    })
}

fn bad_choice(key: &str, value: &str, allowed: &[&'static str]) -> Problem {
    Problem::BadChoice {
        key: key.to_string(),
        value: value.to_string(),
        allowed: allowed.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use jiff::civil::date;

    use super::*;
    use crate::diagnostic::Severity;
    use crate::model::kinds::{Meeting, Progress, ProgressUpdate, Proposal, Resolution, Votes};
    use crate::model::{Body, Common, SourceFile};

    fn at<T>(value: T, line: usize, column: usize) -> Spanned<T> {
        Spanned::new(value, Pos::new(line, column, 1))
    }

    /// A resolution on `line`: votes mapping at column 12, for/against/abstain at 18/31/44,
    /// result on the next line at column 13.
    fn resolution(line: usize, votes: (i64, i64, i64), result: Option<&str>) -> Resolution {
        Resolution {
            pos: Pos::new(line - 1, 5, 1),
            title: at("关于……的决议".to_string(), line - 1, 12),
            votes: Votes {
                pos: Pos::new(line, 12, 1),
                for_: at(votes.0, line, 18),
                against: at(votes.1, line, 31),
                abstain: at(votes.2, line, 44),
            },
            text: None,
            result: result.map(|r| at(r.to_string(), line + 1, 13)),
            progress: None,
        }
    }

    fn proposal(
        line: usize,
        number: &str,
        status: &str,
        reply: Option<&str>,
        reason: Option<&str>,
    ) -> Proposal {
        Proposal {
            pos: Pos::new(line, 5, 1),
            number: at(number.to_string(), line, 14),
            title: at("关于……的提案".to_string(), line, 30),
            by: None,
            handler: None,
            status: at(status.to_string(), line, 60),
            reply: reply.map(str::to_string),
            reason: reason.map(str::to_string),
        }
    }

    fn meeting(total: i64, present: i64, resolutions: Vec<Resolution>) -> Congress {
        Congress {
            meeting: Meeting {
                name: at("五届三次职代会".to_string(), 5, 16),
                date: at(date(2026, 3, 28), 5, 33),
            },
            representatives_pos: Pos::new(6, 18, 1),
            total: at(total, 6, 26),
            present: at(present, 6, 42),
            resolutions,
            proposals: Vec::new(),
        }
    }

    fn item(c: &Congress) -> Item {
        Item {
            content_path: "2026/congress.yaml".into(),
            source: SourceFile {
                path: "content/2026/congress.yaml".into(),
                text: Arc::from("kind: congress\n"),
            },
            common: Common {
                title: at("决议公告".to_string(), 2, 8),
                published: at(date(2026, 3, 30), 3, 12),
                disclosure: None,
                unit: None,
                period: None,
                corrects: None,
                draft: false,
                print: Default::default(),
            },
            body: Body::Congress(c.clone()),
            sheet: None,
        }
    }

    fn run(c: &Congress) -> Vec<(Severity, usize, usize, String)> {
        check(&item(c), c, &outcome(c))
            .into_iter()
            .map(|d| {
                let pos = d.location.as_ref().unwrap().pos.unwrap();
                (
                    d.severity,
                    pos.line(),
                    pos.column(),
                    d.message(crate::config::Language::En),
                )
            })
            .collect()
    }

    fn adopted(total: i64, present: i64, for_: i64) -> ResolutionOutcome {
        let c = meeting(total, present, vec![resolution(10, (for_, 0, 0), None)]);
        outcome(&c).resolutions.remove(0)
    }

    #[test]
    fn quorum_with_an_even_total() {
        assert_eq!(quorum_needed(120), 80);
        assert!(outcome(&meeting(120, 80, vec![])).quorum_met);
        assert!(!outcome(&meeting(120, 79, vec![])).quorum_met);
    }

    #[test]
    fn quorum_with_an_odd_total() {
        // 2 × 121 / 3 = 80.67 -> 81.
        assert_eq!(quorum_needed(121), 81);
        assert!(outcome(&meeting(121, 81, vec![])).quorum_met);
        assert!(!outcome(&meeting(121, 80, vec![])).quorum_met);
    }

    #[test]
    fn passing_counts_all_representatives_even_total() {
        assert_eq!(pass_needed(120), 61);
        assert!(!adopted(120, 96, 60).adopted);
        assert_eq!(adopted(120, 96, 60).reason, Some(NOT_ENOUGH_FOR));
        assert_eq!(
            adopted(120, 96, 61),
            ResolutionOutcome {
                adopted: true,
                reason: None
            }
        );
        // 60 of 80 present is three quarters of those present, but not half of all.
        assert!(!adopted(120, 80, 60).adopted);
    }

    #[test]
    fn passing_counts_all_representatives_odd_total() {
        assert_eq!(pass_needed(121), 61);
        assert!(adopted(121, 100, 61).adopted);
        assert!(!adopted(121, 100, 60).adopted);
    }

    #[test]
    fn a_meeting_without_quorum_adopts_nothing() {
        let r = adopted(120, 79, 79);
        assert!(!r.adopted);
        assert_eq!(r.reason, Some(NO_QUORUM));
    }

    #[test]
    fn small_totals() {
        assert_eq!((quorum_needed(1), pass_needed(1)), (1, 1));
        assert_eq!((quorum_needed(2), pass_needed(2)), (2, 2));
        assert_eq!((quorum_needed(3), pass_needed(3)), (2, 2));
        assert_eq!((quorum_needed(0), pass_needed(0)), (0, 1));
        assert_eq!(quorum_needed(-3), -2);
    }

    #[test]
    fn the_spec_example_is_clean() {
        let mut c = meeting(120, 96, vec![resolution(10, (88, 5, 3), Some("通过"))]);
        c.proposals = vec![
            proposal(20, "2026-07", "已办结", Some("自4月起增加热菜品种。"), None),
            proposal(21, "2026-08", "不予立案", None, Some("已纳入年度计划")),
            proposal(22, "2026-09", "立案", None, None),
            proposal(23, "2026-10", "办理中", None, None),
        ];
        assert_eq!(run(&c), vec![]);
    }

    #[test]
    fn a_contradicting_result_names_the_numbers() {
        let c = meeting(
            120,
            96,
            vec![
                resolution(10, (60, 20, 10), Some("通过")),
                resolution(20, (61, 20, 10), Some("未通过")),
                resolution(30, (61, 20, 10), Some("通过")),
                resolution(40, (60, 20, 10), Some("未通过")),
            ],
        );
        let found = run(&c);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].1, found[0].2), (11, 13));
        assert_eq!(
            found[0].3,
            "result says 通过 but for 60 < 61 needed (floor(120/2)+1)"
        );
        assert_eq!((found[1].1, found[1].2), (21, 13));
        assert!(
            found[1].3.contains("result says 未通过 but for 61 >= 61"),
            "{}",
            found[1].3
        );
    }

    #[test]
    fn result_of_a_meeting_without_quorum() {
        let c = meeting(121, 80, vec![resolution(10, (70, 5, 5), Some("通过"))]);
        let found = run(&c);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].3,
            "result says 通过 but the meeting is not valid: present 80 < 81 needed (ceil(2*121/3))"
        );
    }

    #[test]
    fn an_unknown_result_lists_the_allowed_ones() {
        let c = meeting(120, 96, vec![resolution(10, (88, 5, 3), Some("同意"))]);
        let found = run(&c);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].1, found[0].2), (11, 13));
        assert!(found[0].3.contains("通过, 未通过"), "{}", found[0].3);
    }

    #[test]
    fn votes_over_present_are_reported_at_the_votes() {
        let c = meeting(120, 96, vec![resolution(10, (88, 5, 4), None)]);
        let found = run(&c);
        assert_eq!(
            found,
            vec![(
                Severity::Error,
                10,
                12,
                "votes for 88 + against 5 + abstain 4 = 97, more than the 96 representatives present"
                    .to_string()
            )]
        );
        // Exactly present is fine.
        assert_eq!(
            run(&meeting(120, 96, vec![resolution(10, (88, 5, 3), None)])),
            vec![]
        );
    }

    #[test]
    fn representatives_and_votes_must_make_sense() {
        let found = run(&meeting(120, 121, vec![]));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].1, found[0].2), (6, 42));
        assert_eq!(
            found[0].3,
            "present 121 is more than the total of 120 representatives"
        );

        let found = run(&meeting(0, 0, vec![]));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].1, found[0].2), (6, 26));

        let found = run(&meeting(120, 96, vec![resolution(10, (88, -1, 3), None)]));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1, found[0].2), (10, 31));
        assert_eq!(found[0].3, "`against` is -1; it must not be negative");
    }

    #[test]
    fn proposal_rules() {
        let mut c = meeting(120, 96, vec![]);
        c.proposals = vec![
            proposal(20, "2026-07", "已办结", None, None),
            proposal(21, "2026-08", "不予立案", None, None),
            proposal(22, "2026-07", "立案", None, None),
            proposal(23, "2026-09", "已受理", None, None),
        ];
        let found = run(&c);
        let got: Vec<(usize, usize, &str)> = found
            .iter()
            .map(|(_, l, col, m)| (*l, *col, m.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (20, 60, "proposal status 已办结 requires `reply`"),
                (21, 60, "proposal status 不予立案 requires `reason`"),
                (
                    22,
                    14,
                    "proposal number 2026-07 is used twice; first on line 20"
                ),
                (
                    23,
                    60,
                    "`已受理` is not allowed for `status`; allowed: 立案, 办理中, 已办结, 不予立案"
                ),
            ]
        );
    }

    #[test]
    fn progress_rules() {
        let mut r = resolution(10, (88, 5, 3), None);
        r.progress = Some(Progress {
            status: at("进行中".to_string(), 12, 15),
            percent: Some(at(120, 13, 16)),
            note: None,
            updates: vec![
                ProgressUpdate {
                    date: at(date(2026, 3, 27), 15, 18),
                    note: "提前准备".into(),
                },
                ProgressUpdate {
                    date: at(date(2026, 3, 28), 16, 18),
                    note: "当天启动".into(),
                },
            ],
        });
        let found = run(&meeting(120, 96, vec![r]));
        let got: Vec<(Severity, usize, usize)> =
            found.iter().map(|(s, l, c, _)| (*s, *l, *c)).collect();
        assert_eq!(
            got,
            vec![
                (Severity::Error, 12, 15),
                (Severity::Error, 13, 16),
                (Severity::Warning, 15, 18),
            ],
            "{found:?}"
        );
        assert!(found[0].3.contains("未开始, 落实中, 已落实, 已终止"));
        assert_eq!(found[1].3, "progress percent 120 is not between 0 and 100");
        assert_eq!(
            found[2].3,
            "progress update dated 2026-03-27 is before the meeting date 2026-03-28"
        );
    }

    #[test]
    fn percent_bounds_are_inclusive() {
        for (percent, ok) in [(0, true), (100, true), (-1, false), (101, false)] {
            let mut r = resolution(10, (88, 5, 3), None);
            r.progress = Some(Progress {
                status: at("落实中".to_string(), 12, 15),
                percent: Some(at(percent, 13, 16)),
                note: None,
                updates: vec![],
            });
            assert_eq!(run(&meeting(120, 96, vec![r])).is_empty(), ok, "{percent}");
        }
    }
}
