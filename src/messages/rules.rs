//! What is said when a rule of the content fails: disclosure windows and corrections,
//! Markdown, references between items, and the rules of each kind (finance, welfare,
//! attendance, congress).

use super::Problem;
use super::words::{self, list, word};
use crate::catalog::{Args, Catalog};
use crate::model::accounts::Account;

/// The arguments of a problem this file speaks about; `None` for any other.
pub(super) fn args(problem: &Problem, cat: &Catalog) -> Option<Args<'static>> {
    use Problem::*;
    let s = |v: &dyn ToString| v.to_string();
    let pairs: Vec<(&'static str, String)> = match problem {
        CorrectsSelf | AmountOverflow => vec![],
        DisclosureEndsBeforeStart { from, to } => vec![("from", from.clone()), ("to", to.clone())],
        CorrectsMissing { target } | FundedByMissing { target } => {
            vec![("target", target.clone())]
        }
        RefersToUnreadable { key, target } => vec![("key", s(key)), ("target", target.clone())],
        RawHtml { snippet } => vec![("snippet", snippet.clone())],
        LinkOutsideSite { url } | LinkRemoved { url } => vec![("url", url.clone())],
        DateOutsidePeriod { date, period } => {
            vec![("date", date.clone()), ("period", period.clone())]
        }
        ClosingMismatch { given, computed } => {
            vec![("given", given.clone()), ("computed", computed.clone())]
        }
        CategoryWrongSide {
            category,
            is,
            listed_as,
        } => vec![
            ("category", category.clone()),
            ("is", word(cat, is)),
            ("listed", word(cat, listed_as)),
        ],
        UnknownCategory { name } => vec![("name", name.clone()), ("accounts", accounts_list(cat))],
        SubAccountCode { code } => vec![("code", code.clone())],
        SubAccountParent {
            code,
            parent,
            expected,
        } => vec![
            ("code", code.clone()),
            ("parent", parent.clone()),
            ("expected", expected.clone()),
        ],
        SubAccountNotStatutory { code, parent } => {
            vec![("code", code.clone()), ("parent", parent.clone())]
        }
        ChainBreak {
            opening,
            previous_closing,
            previous,
        } => vec![
            ("opening", opening.clone()),
            ("closing", previous_closing.clone()),
            ("previous", previous.clone()),
        ],
        FinanceOverdue {
            unit,
            periods,
            days,
        } => vec![
            ("unit", unit.clone()),
            ("periods", {
                let named: Vec<String> = periods.iter().map(|p| period_name(cat, *p)).collect();
                list(cat, &named)
            }),
            ("days", s(days)),
        ],
        DuplicateTitle {
            title,
            unit,
            period,
            first,
        } => vec![
            ("title", title.clone()),
            ("unit", unit.clone()),
            ("period", period_name(cat, *period)),
            ("first", first.clone()),
        ],
        ChangedSincePublished { recorded, now } => {
            vec![("recorded", recorded.clone()), ("now", now.clone())]
        }
        OutsideUnitLifetime { unit, since, until } => {
            let span = match (since, until) {
                (Some(_), Some(_)) => "both",
                (Some(_), None) => "since",
                (None, Some(_)) => "until",
                (None, None) => "none",
            };
            vec![
                ("unit", unit.clone()),
                ("span", span.to_string()),
                ("since", since.clone().unwrap_or_default()),
                ("until", until.clone().unwrap_or_default()),
            ]
        }
        WelfareTotalMismatch {
            given,
            computed,
            count,
        } => vec![
            ("given", given.clone()),
            ("computed", computed.clone()),
            ("count", s(count)),
        ],
        DuplicateRecipient { masked, first_line } => {
            vec![("name", masked.clone()), ("first", s(first_line))]
        }
        ProgramAccountMismatch {
            program,
            expected,
            category,
        } => vec![
            ("program", program.clone()),
            ("account", account_text(expected)),
            ("category", category.clone()),
        ],
        FundedByNotFinance { target, kind } => vec![
            ("target", target.clone()),
            ("kind", word(cat, &format!("{kind} item"))),
        ],
        FundingExceeded {
            finance,
            category,
            spent,
            paid,
            files,
        } => {
            let each: Vec<String> = files
                .iter()
                .map(|(path, amount)| format!("{path} {amount}"))
                .collect();
            vec![
                ("finance", finance.clone()),
                ("category", category.clone()),
                ("spent", spent.clone()),
                ("paid", paid.clone()),
                ("files", list(cat, &each)),
            ]
        }
        AttendancePeriodNotMonth { period } => vec![("period", period.clone())],
        AttendanceSumMismatch {
            name,
            present,
            leave,
            leave_total,
            absent,
            sum,
            workdays,
        } => {
            let kinds = if leave.len() > 1 {
                let each: Vec<String> = leave.iter().map(|(k, d)| format!("{k} {d}")).collect();
                cat.format(
                    "attendance-sum-mismatch-kinds",
                    Some(&words::args([("kinds", list(cat, &each))])),
                )
            } else {
                String::new()
            };
            vec![
                ("name", name.clone()),
                ("present", s(present)),
                ("leave", s(leave_total)),
                ("kinds", kinds),
                ("absent", s(absent)),
                ("sum", s(sum)),
                ("workdays", s(workdays)),
            ]
        }
        WorkdaysOverMonth {
            workdays,
            days,
            period,
        } => vec![
            ("workdays", s(workdays)),
            ("days", s(days)),
            ("period", period.clone()),
        ],
        DuplicateName { name, first_line } => {
            vec![("name", name.clone()), ("first", s(first_line))]
        }
        NoRepresentatives { total } => vec![("total", s(total))],
        PresentOverTotal { present, total } => vec![("present", s(present)), ("total", s(total))],
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
        _ => return None,
    };
    Some(words::args(pairs))
}

/// The first-level accounts of the chart, for hints.
fn accounts_list(cat: &Catalog) -> String {
    let accounts: Vec<String> = crate::model::accounts::CHART
        .iter()
        .filter(|a| !a.is_sub())
        .map(account_text)
        .collect();
    list(cat, &accounts)
}

/// An account as messages name it: `50405 送温暖`.
fn account_text(account: &Account) -> String {
    format!("{} {}", account.code, account.name)
}

/// `period` named as the pages of the catalogue's language name it (`2026年第一季度`,
/// `Q1 2026`).
fn period_name(cat: &Catalog, period: crate::model::Period) -> String {
    crate::render::labels::period_label(period, cat.language())
}
