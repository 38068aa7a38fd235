//! The words that go with every diagnostic rather than with one problem: the label of
//! the hint and of the other places a diagnostic points to. (The severity tag before a
//! message is the spec's `error` / `warning` / `note` in every language: `Severity::tag`.)

use crate::catalog::Catalog;
use crate::config::Language;

/// Another place a diagnostic points to, besides its own; `label` says what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Related {
    /// The other file of a page two files take.
    OtherFile,
    /// Another welfare item paid from the same finance category.
    AlsoFunded,
    /// The finance item the welfare items are paid from.
    FinanceItem,
    /// The other name of a pair that differs only in letter case.
    OtherCase,
    /// The file that could not be read, whose own error says why.
    Unreadable,
    /// Where the previous period's closing balance is.
    PreviousPeriod,
    /// The item's 核验码 as first published (its entry of `published.yaml`).
    FirstPublished,
}

impl Related {
    /// What the place is, as shown beside it.
    pub fn label(self, language: Language) -> String {
        let id = match self {
            Related::OtherFile => "related-other-file",
            Related::AlsoFunded => "related-also-funded",
            Related::FinanceItem => "related-finance-item",
            Related::OtherCase => "related-other-case",
            Related::Unreadable => "related-unreadable",
            Related::PreviousPeriod => "related-previous-period",
            Related::FirstPublished => "related-first-published",
        };
        Catalog::of(language).text(id)
    }
}

/// How a diagnostic drawn for the terminal introduces its hint (`= 提示: …`).
pub fn hint_label(language: Language) -> String {
    Catalog::of(language).text("hint-label")
}
