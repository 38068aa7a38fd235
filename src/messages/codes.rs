//! The stable machine code of each kind of problem, and its words.
//!
//! The code names the kind of problem in `--message-format json` (`"code": "bad-date"`)
//! and is the id of its entries in the catalogues: the message at the code, the hint at
//! `CODE-hint`. Codes are kept from one version to the next (the README lists them):
//! tools may match them where the words change with the language and over time.

use super::{Problem, files, privacy, rules, values};
use crate::catalog::{Args, Catalog};
use crate::config::Language;

impl Problem {
    /// The stable code of this kind of problem.
    pub fn code(&self) -> &'static str {
        use Problem::*;
        match self {
            FileUtf16 => "file-utf16",
            FileNotUtf8 { .. } => "file-not-utf8",
            YamlSyntax { .. } => "yaml-syntax",
            FullWidthPunctuation { .. } => "full-width-punctuation",
            TabIndent => "tab-indent",
            FullWidthSpace => "full-width-space",
            NoSpaceAfterColon { .. } => "no-space-after-colon",
            ReservedCharacter { .. } => "reserved-character",
            ExpectedPairs { .. } => "expected-pairs",
            ExpectedMapping { .. } => "expected-mapping",
            ExpectedList { .. } => "expected-list",
            ExpectedScalar { .. } => "expected-value",
            UnknownKey { .. } => "unknown-key",
            DuplicateKey { .. } => "duplicate-key",
            MissingField { .. } => "missing-field",
            EmptyValue { .. } => "empty-value",
            BadDate { .. } => "bad-date",
            ImpossibleDate { .. } => "impossible-date",
            BadPeriod { .. } => "bad-period",
            BadMoney { .. } => "bad-amount",
            BadInteger { .. } => "bad-integer",
            IntegerOutOfRange { .. } => "integer-out-of-range",
            FullWidthDigits { .. } => "full-width-digits",
            FullWidthMark { .. } => "full-width-mark",
            BadNumber { .. } => "bad-number",
            BadBool { .. } => "bad-bool",
            BadChoice { .. } => "bad-choice",
            MissingKind => "missing-kind",
            UnknownKind { .. } => "unknown-kind",
            NoFrontMatter => "no-front-matter",
            UnclosedFrontMatter => "unclosed-front-matter",
            DisclosureEndsBeforeStart { .. } => "disclosure-ends-before-start",
            CorrectsMissing { .. } => "corrects-missing",
            CorrectsSelf => "corrects-self",
            DuplicateUrl { .. } => "duplicate-page",
            RawHtml { .. } => "raw-html",
            LinkRemoved { .. } => "link-removed",
            LinkOutsideSite { .. } => "link-outside-site",
            PersonalData { .. } => "personal-number",
            SupervisionMobile { .. } => "supervision-mobile",
            PersonalDataInName { .. } => "personal-number-in-file-name",
            AttachmentUnread { .. } => "attachment-unread",
            PersonalDataInFolderName { .. } => "personal-number-in-folder-name",
            PersonalDataInOutput { .. } => "personal-number-in-output",
            AttendancePeriodNotMonth { .. } => "attendance-period-not-month",
            AttendanceSumMismatch { .. } => "attendance-sum-mismatch",
            NegativeNumber { .. } => "negative-number",
            WorkdaysOverMonth { .. } => "workdays-over-month",
            DuplicateName { .. } => "duplicate-name",
            ThemeMissing { .. } => "theme-missing",
            Template { .. } => "template-error",
            DateOutsidePeriod { .. } => "date-outside-period",
            ClosingMismatch { .. } => "closing-mismatch",
            AmountOverflow => "amount-overflow",
            CategoryWrongSide { .. } => "category-wrong-side",
            UnknownCategory { .. } => "unknown-category",
            SubAccountCode { .. } => "sub-account-code",
            SubAccountParent { .. } => "sub-account-parent",
            SubAccountNotStatutory { .. } => "sub-account-not-statutory",
            ChainBreak { .. } => "chain-break",
            FinanceOverdue { .. } => "finance-overdue",
            DuplicateTitle { .. } => "duplicate-title",
            OutsideUnitLifetime { .. } => "outside-unit-lifetime",
            ChangedSincePublished { .. } => "changed-since-published",
            BadName { .. } => "bad-name",
            NameCaseClash { .. } => "name-case-clash",
            WelfareTotalMismatch { .. } => "welfare-total-mismatch",
            DuplicateRecipient { .. } => "duplicate-recipient",
            ProgramAccountMismatch { .. } => "program-account-mismatch",
            FundedByMissing { .. } => "funded-by-missing",
            RefersToUnreadable { .. } => "refers-to-unreadable",
            FundedByNotFinance { .. } => "funded-by-not-finance",
            FundingExceeded { .. } => "funding-exceeded",
            SymbolicLink { .. } => "symbolic-link",
            ThemeNameInvalid { .. } => "theme-name-invalid",
            BaseUrlInvalid { .. } => "base-url-invalid",
            PrintUrlNotAbsolute { .. } => "print-url-not-absolute",
            YamlAliasTooLarge { .. } => "yaml-alias-too-large",
            YamlTooLarge { .. } => "yaml-too-large",
            Congress(problem) => problem.code(),
            Spreadsheet(problem) => problem.code(),
            Table(problem) => problem.code(),
        }
    }

    /// The arguments of the problem's entries, from the file that speaks about it.
    fn args(&self, cat: &Catalog) -> Args<'static> {
        match self {
            Problem::Congress(problem) => return problem.args(cat),
            Problem::Spreadsheet(problem) => return problem.args(cat),
            Problem::Table(problem) => return problem.args(cat),
            _ => {}
        }
        files::args(self, cat)
            .or_else(|| values::args(self, cat))
            .or_else(|| rules::args(self, cat))
            .or_else(|| privacy::args(self, cat))
            .unwrap_or_default()
    }

    /// What is wrong, in `language`.
    pub fn message(&self, language: Language) -> String {
        let cat = Catalog::of(language);
        cat.format(self.code(), Some(&self.args(cat)))
    }

    /// What to do about it, in `language`.
    pub fn hint(&self, language: Language) -> Option<String> {
        let cat = Catalog::of(language);
        let id = format!("{}-hint", self.code());
        Catalog::of(Language::ZhHans)
            .has(&id)
            .then(|| cat.format(&id, Some(&self.args(cat))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{LinkLeads, NameFault, PageClaim};
    use crate::model::money::MoneyError;

    /// Every problem has a code of its own, and a message and a hint in every language
    /// with every argument filled in.
    #[test]
    fn every_problem_has_a_message_and_a_hint() {
        use crate::messages::{CongressProblem as C, SpreadsheetProblem as S};
        use crate::model::Decimal2;
        use Problem::*;
        let all: [Problem; _] = [
            FileUtf16,
            FileNotUtf8 { gbk: false },
            YamlSyntax { detail: "x".into() },
            ExpectedPairs {
                key: "x".into(),
                found: "x",
            },
            ExpectedMapping {
                what: "x".into(),
                found: "x",
            },
            ExpectedList {
                key: "x".into(),
                found: "x",
            },
            ExpectedScalar {
                key: "x".into(),
                found: "x",
            },
            UnknownKey {
                key: "x".into(),
                context: "x".into(),
                known: vec!["a"],
            },
            DuplicateKey { key: "x".into() },
            MissingField {
                key: "x".into(),
                context: "x".into(),
            },
            EmptyValue { key: "x".into() },
            BadDate { text: "x".into() },
            ImpossibleDate {
                text: "x".into(),
                year: 2026,
                month: 2,
                day: 29,
                days: Some(28),
            },
            FullWidthPunctuation { mark: '：' },
            TabIndent,
            FullWidthSpace,
            FullWidthMark {
                text: "1，800.00".into(),
                mark: '，',
            },
            NoSpaceAfterColon { key: "x".into() },
            ReservedCharacter { mark: '@' },
            RefersToUnreadable {
                key: "corrects",
                target: "x".into(),
            },
            BadPeriod { text: "x".into() },
            BadMoney {
                text: "x".into(),
                error: MoneyError::Empty,
            },
            BadInteger { text: "x".into() },
            IntegerOutOfRange {
                key: "x".into(),
                text: "x".into(),
                too_large: true,
                range: Some((0, 1)),
            },
            FullWidthDigits { text: "x".into() },
            BadNumber { text: "x".into() },
            BadBool { text: "x".into() },
            BadChoice {
                key: "x".into(),
                value: "x".into(),
                allowed: vec!["a"],
            },
            MissingKind,
            UnknownKind { kind: "x".into() },
            NoFrontMatter,
            UnclosedFrontMatter,
            DisclosureEndsBeforeStart {
                from: "x".into(),
                to: "x".into(),
            },
            CorrectsMissing { target: "x".into() },
            CorrectsSelf,
            DuplicateUrl {
                url: "x".into(),
                others: vec![PageClaim::Reserved("list".into())],
            },
            RawHtml {
                snippet: "x".into(),
            },
            LinkOutsideSite { url: "x".into() },
            LinkRemoved { url: "x".into() },
            PersonalData {
                kind: "x",
                masked: "x".into(),
            },
            SupervisionMobile { masked: "x".into() },
            PersonalDataInName {
                kind: "x",
                masked: "x".into(),
            },
            PersonalDataInFolderName {
                kind: "x",
                masked: "x".into(),
            },
            AttachmentUnread { what: "x" },
            PersonalDataInOutput {
                kind: "x",
                masked: "x".into(),
            },
            AttendancePeriodNotMonth { period: "x".into() },
            AttendanceSumMismatch {
                name: "x".into(),
                present: Decimal2(1),
                leave: vec![("x".into(), Decimal2(1))],
                leave_total: Decimal2(1),
                absent: Decimal2(1),
                sum: Decimal2(1),
                workdays: Decimal2(1),
            },
            NegativeNumber {
                key: "x".into(),
                value: "x".into(),
            },
            WorkdaysOverMonth {
                workdays: Decimal2(1),
                days: 1,
                period: "x".into(),
            },
            DuplicateName {
                name: "x".into(),
                first_line: 1,
            },
            C::NoRepresentatives { total: 1 }.into(),
            C::PresentOverTotal {
                present: 1,
                total: 1,
            }
            .into(),
            C::VotesOverPresent {
                for_: 1,
                against: 1,
                abstain: 1,
                present: 1,
            }
            .into(),
            C::ResultContradicts {
                said: "x".into(),
                total: 1,
                present: 1,
                quorum_needed: 1,
                for_: 1,
                pass_needed: 1,
            }
            .into(),
            C::DuplicateProposalNumber {
                number: "x".into(),
                first_line: 1,
            }
            .into(),
            C::ProposalNeeds {
                status: "x".into(),
                key: "x",
            }
            .into(),
            C::PercentOutOfRange { percent: 1 }.into(),
            C::UpdateBeforeMeeting {
                date: "x".into(),
                meeting: "x".into(),
            }
            .into(),
            ThemeMissing { name: "x".into() },
            Template {
                detail: "x".into(),
                unknown: None,
                known: Vec::new(),
            },
            DateOutsidePeriod {
                date: "x".into(),
                period: "x".into(),
            },
            ClosingMismatch {
                given: "x".into(),
                computed: "x".into(),
            },
            AmountOverflow,
            CategoryWrongSide {
                category: "x".into(),
                is: "x",
                listed_as: "x",
            },
            UnknownCategory { name: "x".into() },
            SubAccountCode { code: "x".into() },
            SubAccountParent {
                code: "x".into(),
                parent: "x".into(),
                expected: "x".into(),
            },
            SubAccountNotStatutory {
                code: "x".into(),
                parent: "x".into(),
            },
            ChainBreak {
                opening: "x".into(),
                previous_closing: "x".into(),
                previous: "x".into(),
            },
            FinanceOverdue {
                unit: "x".into(),
                periods: vec![
                    crate::model::Period::Year(2026),
                    crate::model::Period::Month(2026, 4),
                ],
                days: 30,
            },
            DuplicateTitle {
                title: "x".into(),
                unit: "x".into(),
                period: crate::model::Period::Quarter(2026, 1),
                first: "x".into(),
            },
            OutsideUnitLifetime {
                unit: "x".into(),
                since: None,
                until: Some("x".into()),
            },
            ChangedSincePublished {
                recorded: "x".into(),
                now: "y".into(),
            },
            BadName {
                name: "x".into(),
                folder: false,
                fault: NameFault::Character(':'),
            },
            NameCaseClash {
                name: "x".into(),
                other: "X".into(),
            },
            BaseUrlInvalid { value: "x".into() },
            SymbolicLink {
                target: "x".into(),
                leads: LinkLeads::Outside,
                folder: false,
            },
            ThemeNameInvalid { name: "x".into() },
            WelfareTotalMismatch {
                given: "x".into(),
                computed: "x".into(),
                count: 1,
            },
            DuplicateRecipient {
                masked: "x".into(),
                first_line: 1,
            },
            ProgramAccountMismatch {
                program: "x".into(),
                expected: crate::model::accounts::CHART[0],
                category: "x".into(),
            },
            FundedByMissing { target: "x".into() },
            FundedByNotFinance {
                target: "x".into(),
                kind: "x",
            },
            FundingExceeded {
                finance: "x".into(),
                category: "x".into(),
                spent: "x".into(),
                paid: "x".into(),
                files: vec![("x".into(), "1.00".into())],
            },
            PrintUrlNotAbsolute { value: "x".into() },
            YamlAliasTooLarge { alias: "*a".into() },
            YamlTooLarge { bytes: 1 },
            S::SheetFormat { file: "x".into() }.into(),
            S::SheetUnreadable.into(),
            S::SheetEncoding.into(),
            S::SheetMissing {
                sheet: "x".into(),
                sheets: vec!["y".into()],
            }
            .into(),
            S::HeaderMissing {
                kind: "finance",
                needs: vec!["日期".into()],
            }
            .into(),
            S::ColumnTwice {
                header: "x".into(),
                first: "x".into(),
                first_column: "A".into(),
            }
            .into(),
            S::MappingColumn {
                key: "x".into(),
                header: "x".into(),
                row: 1,
            }
            .into(),
            S::CellAmount {
                text: "x".into(),
                error: MoneyError::Invalid,
                computed: false,
            }
            .into(),
            S::CellNumber { text: "x".into() }.into(),
            S::CellDate { text: "x".into() }.into(),
            S::CellEmpty { header: "x".into() }.into(),
            S::CellDirection { text: "x".into() }.into(),
            S::CellSideUnknown {
                category: "x".into(),
            }
            .into(),
            S::LineBothSides {
                income: "x".into(),
                expense: "x".into(),
            }
            .into(),
            S::BalanceMismatch {
                given: "x".into(),
                computed: "x".into(),
                before: "x".into(),
            }
            .into(),
            S::TotalMismatch {
                header: "x".into(),
                given: "x".into(),
                computed: "x".into(),
                rows: Some((1, 2)),
            }
            .into(),
            S::WorkdaysDiffer {
                found: Decimal2(1),
                first: Decimal2(2),
                first_row: 3,
            }
            .into(),
            S::ImportWouldOverwrite { path: "x".into() }.into(),
            S::LedgerFile {
                file: "x".into(),
                fault: crate::messages::LedgerFault::Missing,
            }
            .into(),
            S::LedgerAndList {
                key: "lines".into(),
                list: "income".into(),
            }
            .into(),
            S::SheetOpeningMismatch {
                sheet: "x".into(),
                item: "y".into(),
            }
            .into(),
            S::SheetWorkdaysMismatch {
                sheet: Decimal2(1),
                item: Decimal2(2),
            }
            .into(),
            S::SheetColumnMissing {
                column: "x".into(),
                sheet: "y".into(),
            }
            .into(),
            S::SheetColumnExtra {
                header: "x".into(),
                known: vec!["y".into()],
            }
            .into(),
            S::SheetColumnNotRead {
                header: "x".into(),
                known: vec!["y".into()],
            }
            .into(),
            S::SheetPoolMismatch {
                sheet: "x".into(),
                item: "y".into(),
            }
            .into(),
            S::SheetScoreTotalMismatch {
                name: "x".into(),
                given: Decimal2(1),
                computed: Decimal2(2),
            }
            .into(),
        ];
        let mut codes = std::collections::BTreeSet::new();
        for problem in all {
            let code = problem.code();
            assert!(codes.insert(code), "code {code} given twice");
            for language in [Language::ZhHans, Language::ZhHant, Language::En] {
                let cat = Catalog::of(language);
                assert!(cat.has(code), "{code} has no message in {language:?}");
                assert!(
                    cat.has(&format!("{code}-hint")),
                    "{code} has no hint in {language:?}"
                );
                let message = problem.message(language);
                let hint = problem.hint(language).unwrap_or_default();
                // A placeable Fluent could not fill shows as `{$name}`.
                for text in [&message, &hint] {
                    assert!(
                        !text.is_empty() && !text.contains("{$"),
                        "{problem:?}: {text}"
                    );
                }
            }
        }
    }

    /// The YAML parser's common errors are told in the clerk's words, its own English
    /// quoted only for the rare rest.
    #[test]
    fn yaml_syntax_errors_in_the_clerks_words() {
        let details = [
            "mapping values are not allowed in this context",
            "simple key expected ':'",
            "while parsing a flow mapping, did not find expected ',' or '}'",
            "while parsing a flow sequence, expected ',' or ']'",
            "unclosed bracket '['",
            "unclosed quote",
            "tabs disallowed within this context (block indentation)",
            "invalid indentation",
            "while parsing a block mapping, did not find expected key",
            "while parsing node, found unknown anchor",
            "unexpected character: `@'",
        ];
        for detail in details {
            let problem = Problem::YamlSyntax {
                detail: detail.into(),
            };
            for language in [Language::ZhHans, Language::ZhHant] {
                let message = problem.message(language);
                assert!(
                    !message.contains(detail) && !message.contains("{$"),
                    "{detail}: {message}"
                );
            }
        }
        let rare = Problem::YamlSyntax {
            detail: "recursion limit exceeded".into(),
        };
        assert!(
            rare.message(Language::ZhHans)
                .contains("解析器原文：recursion limit exceeded")
        );
    }
}

#[cfg(test)]
mod catalogue_tests {
    /// The ids a catalogue file defines: `id = …` lines.
    fn ids(text: &str) -> Vec<&str> {
        text.lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id)
            .filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase()))
            .collect()
    }

    /// Messages and page words share one bundle per language: an id in both files would
    /// silently show the other file's words.
    #[test]
    fn message_ids_are_not_page_word_ids() {
        let files = [
            (
                include_str!("../../locales/zh-Hans/messages.ftl"),
                include_str!("../../locales/zh-Hans/pages.ftl"),
            ),
            (
                include_str!("../../locales/zh-Hant/messages.ftl"),
                include_str!("../../locales/zh-Hant/pages.ftl"),
            ),
            (
                include_str!("../../locales/en/messages.ftl"),
                include_str!("../../locales/en/pages.ftl"),
            ),
        ];
        for (messages, pages) in files {
            let pages = ids(pages);
            let shared: Vec<&str> = ids(messages)
                .into_iter()
                .filter(|id| pages.contains(id))
                .collect();
            assert!(shared.is_empty(), "ids in both files: {shared:?}");
        }
    }
}
