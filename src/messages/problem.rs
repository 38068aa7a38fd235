//! `Problem`: what went wrong in a site, with the facts its words need; how bad it is,
//! and whether it is a root cause. Its code and words are in `codes`.

use super::files::{LinkLeads, NameFault, PageClaim};
use super::import::LedgerFault;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::model::Decimal2;
use crate::model::accounts::Account;
use crate::model::money::MoneyError;

/// What went wrong, with the facts the message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is UTF-16.
    FileUtf16,
    /// The file is not UTF-8.
    FileNotUtf8 {
        /// It decodes as GBK.
        gbk: bool,
    },
    /// YAML syntax error.
    YamlSyntax {
        /// The parser's description.
        detail: String,
    },
    /// A full-width `：` `，` `“` `”` (typed with a Chinese input method) where YAML needs
    /// its ASCII mark: after a key, between the items of `{…}` or `[…]`, around a value.
    FullWidthPunctuation {
        /// The mark as typed.
        mark: char,
    },
    /// A tab used to indent a line (YAML indents with spaces only).
    TabIndent,
    /// A full-width space `　` (U+3000) where YAML needs a plain one: before a key, in the
    /// indentation of a line.
    FullWidthSpace,
    /// `key:value` with no space after the colon.
    NoSpaceAfterColon {
        /// The key.
        key: String,
    },
    /// An unquoted value starting with a character YAML reserves (`*`, `@`, `` ` ``).
    ReservedCharacter {
        /// The character.
        mark: char,
    },
    /// A mapping was expected as the value of a key (budget lines, leave kinds).
    ExpectedPairs {
        /// The key.
        key: String,
        /// What was found.
        found: &'static str,
    },
    /// A mapping was expected.
    ExpectedMapping {
        /// What should be a mapping: `site.yaml`, `disclosure`, …
        what: String,
        /// What was found.
        found: &'static str,
    },
    /// A list was expected.
    ExpectedList {
        /// The key.
        key: String,
        /// What was found.
        found: &'static str,
    },
    /// A single value (text, number, date) was expected.
    ExpectedScalar {
        /// The key.
        key: String,
        /// What was found.
        found: &'static str,
    },
    /// A key that the format does not have.
    UnknownKey {
        /// The key as written.
        key: String,
        /// Where: `site.yaml`, `finance item`, `income line` …
        context: String,
        /// The keys allowed there.
        known: Vec<&'static str>,
    },
    /// A key given twice in one mapping.
    DuplicateKey {
        /// The key.
        key: String,
    },
    /// A required key is missing.
    MissingField {
        /// The key.
        key: String,
        /// Where it is required.
        context: String,
    },
    /// A required value is empty.
    EmptyValue {
        /// The key.
        key: String,
    },
    /// Not a date.
    BadDate {
        /// As written.
        text: String,
    },
    /// Written as a date, but no such day: `2026-4-31`, `2026-02-29`, `2026-13-01`.
    ImpossibleDate {
        /// As written.
        text: String,
        /// The year.
        year: i64,
        /// The month as written.
        month: i64,
        /// The day as written.
        day: i64,
        /// The days of that month; `None` when there is no such month.
        days: Option<i64>,
    },
    /// Not a period.
    BadPeriod {
        /// As written.
        text: String,
    },
    /// Not an amount.
    BadMoney {
        /// As written.
        text: String,
        /// Why.
        error: MoneyError,
    },
    /// Not a whole number.
    BadInteger {
        /// As written.
        text: String,
    },
    /// A whole number outside what the field allows.
    IntegerOutOfRange {
        /// The key.
        key: String,
        /// As written.
        text: String,
        /// Above the range (else below it).
        too_large: bool,
        /// The allowed range, when the field has one.
        range: Option<(i64, i64)>,
    },
    /// A number, amount or date typed with full-width digits (`１２３４.５６`).
    FullWidthDigits {
        /// As written.
        text: String,
    },
    /// A Chinese punctuation mark among the half-width digits of a number, amount or date
    /// (`1，800.00`, `800。00`, `2026－04－05`).
    FullWidthMark {
        /// As written.
        text: String,
        /// The first such mark.
        mark: char,
    },
    /// Not a number with at most two decimals.
    BadNumber {
        /// As written.
        text: String,
    },
    /// Not true/false.
    BadBool {
        /// As written.
        text: String,
    },
    /// A value outside a fixed list.
    BadChoice {
        /// The key.
        key: String,
        /// As written.
        value: String,
        /// Allowed values.
        allowed: Vec<&'static str>,
    },
    /// `kind:` missing in a YAML item.
    MissingKind,
    /// `kind:` names no kind.
    UnknownKind {
        /// As written.
        kind: String,
    },
    /// A `.md` file without `---` front matter.
    NoFrontMatter,
    /// Front matter opened with `---` but never closed.
    UnclosedFrontMatter,
    /// `disclosure.to` before `disclosure.from`.
    DisclosureEndsBeforeStart {
        /// From.
        from: String,
        /// To.
        to: String,
    },
    /// `corrects:` names no item.
    CorrectsMissing {
        /// As written.
        target: String,
    },
    /// `corrects:` names the item itself.
    CorrectsSelf,
    /// Two items map to the same page.
    DuplicateUrl {
        /// The page path.
        url: String,
        /// What else takes the page, in the order to name them.
        others: Vec<PageClaim>,
    },
    /// Raw HTML in Markdown with `raw_html: false`.
    RawHtml {
        /// The start of the HTML.
        snippet: String,
    },
    /// A `javascript:`, `vbscript:` or non-image `data:` link in Markdown, shown as text.
    LinkRemoved {
        /// As written (shortened).
        url: String,
    },
    /// A link or image that points outside the site folder.
    LinkOutsideSite {
        /// As written.
        url: String,
    },
    /// A resident ID, mobile or bank card number in a content file.
    PersonalData {
        /// Which kind of number.
        kind: &'static str,
        /// The number masked.
        masked: String,
    },
    /// A mobile number as the supervision phone, even when allowed.
    SupervisionMobile {
        /// The number masked.
        masked: String,
    },
    /// Such a number in a file name.
    PersonalDataInName {
        /// Which kind of number.
        kind: &'static str,
        /// The number masked.
        masked: String,
    },
    /// A spreadsheet or document under `content/` that the privacy guard could not open.
    AttachmentUnread {
        /// `spreadsheet` or `document`.
        what: &'static str,
    },
    /// Such a number in a folder name.
    PersonalDataInFolderName {
        /// Which kind of number.
        kind: &'static str,
        /// The number masked.
        masked: String,
    },
    /// Such a number in the rendered output (from a template or static file).
    PersonalDataInOutput {
        /// Which kind of number.
        kind: &'static str,
        /// The number masked.
        masked: String,
    },
    /// An attendance item whose `period` is not a single month.
    AttendancePeriodNotMonth {
        /// The period as written (`2026-Q1`).
        period: String,
    },
    /// A person's present + leave + absent days differ from the item's workdays.
    AttendanceSumMismatch {
        /// The person.
        name: String,
        /// Days present.
        present: crate::model::Decimal2,
        /// Each leave kind with its days, in the order written.
        leave: Vec<(String, crate::model::Decimal2)>,
        /// All leave days together.
        leave_total: crate::model::Decimal2,
        /// Days absent (0 when not given).
        absent: crate::model::Decimal2,
        /// present + leave + absent.
        sum: crate::model::Decimal2,
        /// 应出勤天数.
        workdays: crate::model::Decimal2,
    },
    /// A day, hour, head or vote count below zero.
    NegativeNumber {
        /// The key: `present`, `leave.事假`, `for` …
        key: String,
        /// The value as shown.
        value: String,
    },
    /// More workdays than the month has days.
    WorkdaysOverMonth {
        /// 应出勤天数.
        workdays: crate::model::Decimal2,
        /// Days in the month.
        days: i64,
        /// The month (`2026-02`).
        period: String,
    },
    /// A name given a second time in one attendance item.
    DuplicateName {
        /// The name.
        name: String,
        /// The line of its first occurrence.
        first_line: usize,
    },
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
    /// `theme: NAME` with no `themes/NAME/` folder.
    ThemeMissing {
        /// The theme name.
        name: String,
    },
    /// A template could not be compiled or rendered.
    Template {
        /// Tera's own message.
        detail: String,
        /// The unknown name it speaks of (a filter, variable, template, tag), if any.
        unknown: Option<String>,
        /// The names known there, for a did-you-mean.
        known: Vec<String>,
    },
    /// A finance line dated outside the item's period.
    DateOutsidePeriod {
        /// The date.
        date: String,
        /// The period.
        period: String,
    },
    /// Closing balance does not reconcile.
    ClosingMismatch {
        /// As written.
        given: String,
        /// Opening + income - expenses.
        computed: String,
    },
    /// Sums too large to hold.
    AmountOverflow,
    /// An income category under expenses or the reverse.
    CategoryWrongSide {
        /// `401 会费收入`.
        category: String,
        /// `income` or `expense`.
        is: &'static str,
        /// Where it was listed.
        listed_as: &'static str,
    },
    /// A declared sub-account's code is not five digits under a first-level account.
    SubAccountCode {
        /// As written.
        code: String,
    },
    /// A declared sub-account's `parent` is not the account its code falls under.
    SubAccountParent {
        /// The code.
        code: String,
        /// `parent:` as written.
        parent: String,
        /// The first-level account of the code (`503 职工服务支出`).
        expected: String,
    },
    /// A five-digit code the chart does not list and the site does not declare: counted
    /// under its first-level account.
    SubAccountNotStatutory {
        /// The code.
        code: String,
        /// Its first-level account (`503 职工服务支出`).
        parent: String,
    },
    /// A category outside the chart and the site's `categories:`.
    UnknownCategory {
        /// As written.
        name: String,
    },
    /// A unit's finance periods closed long enough ago with no report posted.
    FinanceOverdue {
        /// The unit.
        unit: String,
        /// The periods (named in the reader's words of the site's language).
        periods: Vec<crate::model::Period>,
        /// Days a report is due after its period.
        days: i64,
    },
    /// Two items of one unit and one period with one title.
    DuplicateTitle {
        /// The title.
        title: String,
        /// The unit.
        unit: String,
        /// The period (named in the reader's words of the site's language).
        period: crate::model::Period,
        /// The first item's file.
        first: String,
    },
    /// An item for a period outside its unit's `since:`/`until:`.
    OutsideUnitLifetime {
        /// The unit.
        unit: String,
        /// Its `since:`.
        since: Option<String>,
        /// Its `until:`.
        until: Option<String>,
    },
    /// Consecutive periods do not chain.
    ChainBreak {
        /// This item's opening balance.
        opening: String,
        /// The previous period's closing balance.
        previous_closing: String,
        /// The previous item's file.
        previous: String,
    },
    /// A file or folder under `content/` whose name cannot be part of a page address.
    BadName {
        /// As written (lossy when it is not Unicode).
        name: String,
        /// A folder rather than a file.
        folder: bool,
        /// What is wrong with it.
        fault: NameFault,
    },
    /// Two names in one folder that Windows and macOS take for one (`Case.md`, `case.md`).
    NameCaseClash {
        /// This entry's name.
        name: String,
        /// The other entry's name.
        other: String,
    },
    /// A welfare `total:` that is not the sum of the recipients' amounts.
    WelfareTotalMismatch {
        /// As written.
        given: String,
        /// The sum.
        computed: String,
        /// How many recipients.
        count: usize,
    },
    /// A recipient name listed twice in one welfare item.
    DuplicateRecipient {
        /// The name, masked.
        masked: String,
        /// Line of the first entry.
        first_line: usize,
    },
    /// `funded_by.category` is not the account the program is paid from.
    ProgramAccountMismatch {
        /// `送温暖`.
        program: String,
        /// The account: `50405 送温暖`.
        expected: Account,
        /// The category as classified.
        category: String,
    },
    /// `funded_by.item` names no item.
    FundedByMissing {
        /// As written.
        target: String,
    },
    /// A reference (`funded_by.item`, `corrects`) to an item file that could not be read:
    /// a note pointing at that file's own error.
    RefersToUnreadable {
        /// The key: `funded_by.item` or `corrects`.
        key: &'static str,
        /// As written.
        target: String,
    },
    /// `funded_by.item` names an item that is not a finance item.
    FundedByNotFinance {
        /// As written.
        target: String,
        /// Its kind.
        kind: &'static str,
    },
    /// Welfare items funded by one finance category pay out more than it spent.
    FundingExceeded {
        /// The finance item's content path.
        finance: String,
        /// The category as classified.
        category: String,
        /// That category's expenses in the finance item.
        spent: String,
        /// What the welfare items add up to.
        paid: String,
        /// Every welfare item involved: its file and what it pays out (`8000.00`).
        files: Vec<(String, String)>,
    },
    /// A symbolic link where the site publishes from (`content/`, `static/`, a theme).
    SymbolicLink {
        /// What it points to, as written in the link.
        target: String,
        /// Where that is.
        leads: LinkLeads,
        /// It points to a folder.
        folder: bool,
    },
    /// `theme:` that is not the name of a folder under `themes/`.
    ThemeNameInvalid {
        /// As written.
        name: String,
    },
    /// `base_url:` that is neither empty, a `/path/` nor an `http(s)://` address.
    BaseUrlInvalid {
        /// As written.
        value: String,
    },
    /// `print_url:` that a phone could not open from a QR code.
    PrintUrlNotAbsolute {
        /// As written.
        value: String,
    },
    /// A YAML alias whose copy would pass what aliases may copy in one file.
    YamlAliasTooLarge {
        /// The alias as written: `*a`.
        alias: String,
    },
    /// A YAML text larger than a file may be.
    YamlTooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// A file that is not a spreadsheet gongkai reads, by its extension.
    SheetFormat {
        /// Its name.
        file: String,
    },
    /// A spreadsheet that cannot be opened (damaged, or with a password).
    SheetUnreadable,
    /// A CSV file in an encoding that is neither UTF-8 nor GB18030.
    SheetEncoding,
    /// `--sheet` / `sheet:` names no sheet of the workbook.
    SheetMissing {
        /// As asked.
        sheet: String,
        /// The workbook's sheets.
        sheets: Vec<String>,
    },
    /// No row of the sheet is a header with the columns its kind needs.
    HeaderMissing {
        /// `finance`, `welfare`, `attendance`.
        kind: &'static str,
        /// The columns needed, alternatives joined: `收入/支出/金额`.
        needs: Vec<String>,
    },
    /// Two header cells claim one field equally.
    ColumnTwice {
        /// This header, as shown.
        header: String,
        /// The other one.
        first: String,
        /// The other one's column letter.
        first_column: String,
    },
    /// A mapping file names a column the sheet does not have.
    MappingColumn {
        /// The mapping's key (`amount`, `leave.事假`).
        key: String,
        /// The header text it gives (empty for a column letter).
        header: String,
        /// The header row (1-based).
        row: usize,
    },
    /// A cell that is not an amount.
    CellAmount {
        /// What it holds.
        text: String,
        /// Why.
        error: MoneyError,
        /// It holds a number (typed or computed), not text.
        computed: bool,
    },
    /// A cell that is not a number of days or hours.
    CellNumber {
        /// What it holds.
        text: String,
    },
    /// A cell that is not a date.
    CellDate {
        /// What it holds.
        text: String,
    },
    /// A cell every line must fill, empty.
    CellEmpty {
        /// Its column's header.
        header: String,
    },
    /// A 收支 cell that says neither income nor expense.
    CellDirection {
        /// What it holds.
        text: String,
    },
    /// A single amount column, no 收支 column, and a category outside the chart.
    CellSideUnknown {
        /// The category.
        category: String,
    },
    /// A line with an amount in both the income and the expense column.
    LineBothSides {
        /// The income, shown.
        income: String,
        /// The expense, shown.
        expense: String,
    },
    /// A 余额 cell that is not the balance before plus this line.
    BalanceMismatch {
        /// As written.
        given: String,
        /// What it should be.
        computed: String,
        /// The balance before the line.
        before: String,
    },
    /// A 合计 cell that is not the sum of its lines.
    TotalMismatch {
        /// Its column's header.
        header: String,
        /// As written.
        given: String,
        /// The sum.
        computed: String,
        /// The rows summed (1-based, inclusive).
        rows: Option<(usize, usize)>,
    },
    /// An 应出勤 cell that differs from the first line's.
    WorkdaysDiffer {
        /// This line's.
        found: Decimal2,
        /// The first line's.
        first: Decimal2,
        /// The first line's row.
        first_row: usize,
    },
    /// `gongkai import` would replace an existing file.
    ImportWouldOverwrite {
        /// The file.
        path: String,
    },
    /// The spreadsheet an item names (`lines: ledger.xlsx`) cannot be read as its lines.
    LedgerFile {
        /// As written.
        file: String,
        /// Why.
        fault: LedgerFault,
    },
    /// An item lists lines in its own text and names a spreadsheet of them.
    LedgerAndList {
        /// The key naming the spreadsheet (`lines`).
        key: String,
        /// The key listing lines (`income`).
        list: String,
    },
    /// The balance a ledger sheet starts from differs from `opening_balance:`.
    SheetOpeningMismatch {
        /// The sheet's, shown.
        sheet: String,
        /// The item's, shown.
        item: String,
    },
    /// An attendance sheet's 应出勤 differs from `workdays:`.
    SheetWorkdaysMismatch {
        /// The sheet's.
        sheet: Decimal2,
        /// The item's.
        item: Decimal2,
    },
    /// An item listed in `published.yaml` now has another 核验码 and no item corrects it:
    /// it was changed in place after it was published.
    ChangedSincePublished {
        /// The 核验码 as first published.
        recorded: String,
        /// The 核验码 now.
        now: String,
    },
}

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
            | Problem::UpdateBeforeMeeting { .. }
            | Problem::ProgramAccountMismatch { .. }
            | Problem::DuplicateRecipient { .. }
            | Problem::FinanceOverdue { .. }
            | Problem::DuplicateTitle { .. }
            | Problem::OutsideUnitLifetime { .. }
            | Problem::ChangedSincePublished { .. }
            | Problem::PrintUrlNotAbsolute { .. }
            | Problem::LinkRemoved { .. }
            | Problem::AttachmentUnread { .. } => Severity::Warning,
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
            _ => Tier::Own,
        }
    }

    /// The diagnostic for this problem at `location`.
    pub fn at(self, location: Location) -> Diagnostic {
        Diagnostic::new(self, location)
    }
}
