//! The words that go with every diagnostic rather than with one problem: the label of
//! the hint and the labels of the other places a diagnostic points to.

/// How a diagnostic drawn for the terminal introduces its hint (`= 提示: …`).
pub const HINT_LABEL: &str = "提示";

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
}

impl Related {
    /// What the place is, as shown beside it.
    pub fn label(self) -> &'static str {
        match self {
            Related::OtherFile => "the other file",
            Related::AlsoFunded => "also funded from it",
            Related::FinanceItem => "the finance item",
            Related::OtherCase => "the same name on Windows and macOS",
        }
    }
}
