//! How bad a problem is (error, warning, note) and where it stands among the causes of a
//! run's problems (`Tier`): the order `Diagnostics::sorted` shows them in, root causes
//! first. No words here: those are in `codes` and the catalogues.

use super::{CongressProblem, Problem, SpreadsheetProblem, TableProblem};
use crate::diagnostic::Severity;

/// Where a problem stands among the causes of a run's problems: the order in which
/// they are shown (see `Diagnostics::sorted`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// A file's own problem: it says what is wrong in that file alone.
    Own,
    /// A problem between files: a reference, a chain, a sum over items, a shared page.
    Across,
    /// A consequence of another file's error (a reference to a file that could not be
    /// read): shown last, it points back at the root cause.
    Consequence,
}

impl Problem {
    /// Errors stop the build; warnings do not; notes point at an error elsewhere.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::UnknownCategory { .. }
            | Problem::SubAccountNotStatutory { .. }
            | Problem::Congress(CongressProblem::UpdateBeforeMeeting { .. })
            | Problem::ProgramAccountMismatch { .. }
            | Problem::DuplicateRecipient { .. }
            | Problem::FinanceOverdue { .. }
            | Problem::DuplicateTitle { .. }
            | Problem::OutsideUnitLifetime { .. }
            | Problem::ChangedSincePublished { .. }
            | Problem::PrintUrlNotAbsolute { .. }
            | Problem::LinkRemoved { .. }
            | Problem::AttachmentUnread { .. }
            | Problem::Spreadsheet(SpreadsheetProblem::SheetColumnNotRead { .. }) => {
                Severity::Warning
            }
            Problem::RefersToUnreadable { .. } => Severity::Note,
            _ => Severity::Error,
        }
    }

    /// Whether the problem is a file's own, between files, or a consequence.
    pub fn tier(&self) -> Tier {
        use Problem::*;
        match self {
            RefersToUnreadable { .. } => Tier::Consequence,
            CorrectsMissing { .. }
            | DuplicateUrl { .. }
            | ChainBreak { .. }
            | FinanceOverdue { .. }
            | DuplicateTitle { .. }
            | OutsideUnitLifetime { .. }
            | ChangedSincePublished { .. }
            | FundedByMissing { .. }
            | FundedByNotFinance { .. }
            | FundingExceeded { .. } => Tier::Across,
            Table(table) => match table.as_ref() {
                TableProblem::PayDaysDiffer { .. }
                | TableProblem::PayNotInAttendance { .. }
                | TableProblem::LinkedPayMissing { .. }
                | TableProblem::PayCoefficientMismatch { .. }
                | TableProblem::PayMissingAssessed { .. } => Tier::Across,
                _ => Tier::Own,
            },
            _ => Tier::Own,
        }
    }
}
