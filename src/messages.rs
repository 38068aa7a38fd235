//! Every text a clerk can see in a diagnostic, in one place.
//!
//! A `Problem` names what went wrong with the data it needs; `message` says it (in the
//! words of the content-format spec, so tools and docs can match it), `hint` tells a
//! clerk in plain Chinese what to do. Keeping them together keeps the wording consistent
//! and reviewable. No other module writes diagnostic text.

use crate::ToolError;
use crate::diagnostic::{Diagnostic, Location, Severity};
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
        /// The other file.
        other: String,
    },
    /// Raw HTML in Markdown with `raw_html: false`.
    RawHtml {
        /// The start of the HTML.
        snippet: String,
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
    /// A category outside the chart and the site's `categories:`.
    UnknownCategory {
        /// As written.
        name: String,
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
    /// A content file whose name the output cannot carry.
    BadFileName {
        /// As written.
        name: String,
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
        /// `50405 送温暖`.
        expected: String,
        /// The category as classified.
        category: String,
    },
    /// `funded_by.item` names no item.
    FundedByMissing {
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
        /// `content/x.yaml 8000.00` for every welfare item involved.
        files: Vec<String>,
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
}

impl Problem {
    /// Errors stop the build; warnings do not.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::UnknownCategory { .. }
            | Problem::UpdateBeforeMeeting { .. }
            | Problem::ProgramAccountMismatch { .. }
            | Problem::DuplicateRecipient { .. }
            | Problem::PrintUrlNotAbsolute { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The diagnostic for this problem at `location`.
    pub fn at(&self, location: Location) -> Diagnostic {
        let mut d = Diagnostic::error(self.message(), location);
        d.severity = self.severity();
        d.hint = self.hint();
        d
    }

    /// What is wrong, in the spec's words.
    pub fn message(&self) -> String {
        use Problem::*;
        match self {
            FileUtf16 => "file is saved as UTF-16, not UTF-8".into(),
            FileNotUtf8 { gbk: true } => "file is not UTF-8 (it looks like GBK/ANSI)".into(),
            FileNotUtf8 { gbk: false } => "file is not UTF-8 text".into(),
            YamlSyntax { detail } => format!("YAML syntax error: {detail}"),
            ExpectedMapping { what, found } => {
                format!("{what} must be a mapping of `key: value` lines, found {found}")
            }
            ExpectedList { key, found } => format!("`{key}` must be a list, found {found}"),
            ExpectedScalar { key, found } => {
                format!("`{key}` must be a single value, found {found}")
            }
            UnknownKey { key, context, .. } => format!("unknown key `{key}` in {context}"),
            DuplicateKey { key } => format!("key `{key}` is given twice"),
            MissingField { key, context } => format!("missing required field `{key}` in {context}"),
            EmptyValue { key } => format!("`{key}` is empty"),
            BadDate { text } => format!("`{text}` is not a date"),
            BadPeriod { text } => format!("`{text}` is not a period"),
            BadMoney { text, error } => {
                format!("`{text}` is not an amount: {}", money_reason(error))
            }
            BadInteger { text } => format!("`{text}` is not a whole number"),
            BadNumber { text } => format!("`{text}` is not a number"),
            BadBool { text } => format!("`{text}` is not true or false"),
            BadChoice {
                key,
                value,
                allowed,
            } => format!(
                "`{value}` is not allowed for `{key}`; allowed: {}",
                allowed.join(", ")
            ),
            MissingKind => "missing `kind:` (finance, welfare, attendance or congress)".into(),
            UnknownKind { kind } => format!(
                "unknown kind `{kind}`; known kinds: finance, welfare, attendance, congress"
            ),
            NoFrontMatter => "notice has no front matter (a `---` block at the top)".into(),
            UnclosedFrontMatter => "front matter is not closed by a `---` line".into(),
            DisclosureEndsBeforeStart { from, to } => {
                format!("disclosure ends ({to}) before it starts ({from})")
            }
            CorrectsMissing { target } => format!("`corrects: {target}` names no item"),
            CorrectsSelf => "an item cannot correct itself".into(),
            DuplicateUrl { url, other } => {
                format!("two items map to the same page `{url}/`: this file and {other}")
            }
            RawHtml { snippet } => format!("raw HTML in Markdown is not allowed: `{snippet}`"),
            LinkOutsideSite { url } => format!("link `{url}` points outside the site folder"),
            DateOutsidePeriod { date, period } => {
                format!("date {date} lies outside the period {period}")
            }
            ClosingMismatch { given, computed } => format!(
                "closing balance {given} does not equal opening + income - expenses = {computed}"
            ),
            AmountOverflow => "the amounts add up to more than can be held".into(),
            CategoryWrongSide {
                category,
                is,
                listed_as,
            } => format!("`{category}` is an {is} category but is listed as {listed_as}"),
            UnknownCategory { name } => {
                format!("category `{name}` is not in the union chart of accounts")
            }
            ChainBreak {
                opening,
                previous_closing,
                previous,
            } => format!(
                "opening balance {opening} does not equal the closing balance {previous_closing} of the previous period ({previous})"
            ),
            BadFileName { name } => format!("file name `{name}` cannot be published"),
            SupervisionMobile { masked } => format!(
                "supervision.phone {masked} is a mobile number; a person's mobile must not be printed on notices"
            ),
            WelfareTotalMismatch {
                given,
                computed,
                count,
            } => format!(
                "total {given} does not equal the sum of the {count} recipients' amounts = {computed}"
            ),
            DuplicateRecipient { masked, first_line } => {
                format!("{masked} is listed twice (first on line {first_line})")
            }
            ProgramAccountMismatch {
                program,
                expected,
                category,
            } => format!(
                "program {program} is paid from {expected}, but funded_by.category is {category}"
            ),
            FundedByMissing { target } => format!("`funded_by.item: {target}` names no item"),
            FundedByNotFinance { target, kind } => {
                format!("`funded_by.item: {target}` is a {kind} item, not a finance item")
            }
            FundingExceeded {
                finance,
                category,
                spent,
                paid,
                files,
            } => format!(
                "welfare items funded by {category} in {finance} pay out {paid}, more than the {spent} spent there: {}",
                files.join(", ")
            ),
            PersonalData { kind, masked } => {
                format!("{kind} {masked} must not be published")
            }
            PersonalDataInName { kind, masked } => {
                format!("file name contains a {kind} ({masked})")
            }
            PersonalDataInOutput { kind, masked } => {
                format!("the rendered page contains a {kind} ({masked}); nothing was published")
            }
            AttendancePeriodNotMonth { period } => {
                format!("attendance `period` must be one month (like 2026-03), found {period}")
            }
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
                    format!(" ({})", each.join(", "))
                } else {
                    String::new()
                };
                format!(
                    "{name}: present {present} + leave {leave_total}{kinds} + absent {absent} = {sum} days, but workdays is {workdays}"
                )
            }
            NegativeNumber { key, value } => {
                format!("`{key}` is {value}; it must not be negative")
            }
            WorkdaysOverMonth {
                workdays,
                days,
                period,
            } => format!("workdays {workdays} is more than the {days} days of {period}"),
            DuplicateName { name, first_line } => {
                format!("name {name} appears more than once; first on line {first_line}")
            }
            NoRepresentatives { total } => {
                format!("representatives total must be more than 0, found {total}")
            }
            PresentOverTotal { present, total } => {
                format!("present {present} is more than the total of {total} representatives")
            }
            VotesOverPresent {
                for_,
                against,
                abstain,
                present,
            } => format!(
                "votes for {for_} + against {against} + abstain {abstain} = {}, more than the {present} representatives present",
                for_.saturating_add(*against).saturating_add(*abstain)
            ),
            ResultContradicts {
                said,
                total,
                present,
                quorum_needed,
                for_,
                pass_needed,
            } => {
                if present < quorum_needed {
                    format!(
                        "result says {said} but the meeting is not valid: present {present} < {quorum_needed} needed (ceil(2*{total}/3))"
                    )
                } else if for_ < pass_needed {
                    format!(
                        "result says {said} but for {for_} < {pass_needed} needed (floor({total}/2)+1)"
                    )
                } else {
                    format!(
                        "result says {said} but for {for_} >= {pass_needed} needed (floor({total}/2)+1) and present {present} >= {quorum_needed} (ceil(2*{total}/3)): the resolution passes"
                    )
                }
            }
            DuplicateProposalNumber { number, first_line } => {
                format!("proposal number {number} is used twice; first on line {first_line}")
            }
            ProposalNeeds { status, key } => {
                format!("proposal status {status} requires `{key}`")
            }
            PercentOutOfRange { percent } => {
                format!("progress percent {percent} is not between 0 and 100")
            }
            UpdateBeforeMeeting { date, meeting } => {
                format!("progress update dated {date} is before the meeting date {meeting}")
            }
            ThemeMissing { name } => format!("theme `{name}` not found: no folder themes/{name}/"),
            Template { detail } => format!("template error: {detail}"),
            PrintUrlNotAbsolute { value } => format!(
                "print_url `{value}` is not an http:// or https:// address; printed notices get no QR code"
            ),
            YamlAliasTooLarge { alias } => format!(
                "YAML alias `{alias}` copies too much: the aliases of one file may copy at most {} values and {} MB of text, at most {} levels deep",
                crate::yaml::ALIAS_VALUES,
                crate::yaml::ALIAS_TEXT >> 20,
                crate::yaml::MAX_DEPTH
            ),
            YamlTooLarge { bytes } => format!(
                "the YAML text is {} MB, more than the {} MB a file may hold",
                bytes.div_ceil(1 << 20),
                crate::yaml::MAX_DOCUMENT_BYTES >> 20
            ),
        }
    }

    /// What to do, in plain Chinese.
    pub fn hint(&self) -> Option<String> {
        use Problem::*;
        let text = match self {
            FileUtf16 | FileNotUtf8 { .. } => {
                "请把文件另存为 UTF-8 编码：记事本选“另存为”→ 编码选“UTF-8”；WPS/VS Code 在右下角或“文件”菜单里选 UTF-8 编码保存。".into()
            }
            YamlSyntax { .. } => {
                "检查这一行及上一行：冒号后要有空格，同一层的行缩进要对齐（用空格，不要用 Tab），引号要成对。".into()
            }
            ExpectedMapping { .. } => "这里应写成“名称: 值”的若干行。".into(),
            ExpectedList { .. } => "列表的每一项另起一行，以“- ”开头。".into(),
            ExpectedScalar { .. } => "这里只填一个值（文字、数字或日期），不要写成列表或子项。".into(),
            UnknownKey { key, known, .. } => {
                let known_list = known.join("、");
                match did_you_mean(key, known) {
                    Some(best) => format!("是不是想写 `{best}`？这里可以用的项有：{known_list}"),
                    None => format!("这里可以用的项有：{known_list}"),
                }
            }
            DuplicateKey { .. } => "同一项只能写一次，请删去重复的一行。".into(),
            MissingField { key, .. } => format!("请补上 `{key}:` 这一项。"),
            EmptyValue { .. } => "请填写内容。".into(),
            BadDate { .. } => "日期写成 年-月-日，例如 2026-04-05。".into(),
            BadPeriod { .. } => {
                "期间写成 2026（全年）、2026-H1（上半年）、2026-Q1（第一季度）或 2026-03（月份）。".into()
            }
            BadMoney { .. } => {
                "金额以元为单位，最多两位小数，例如 1234.56 或 \"1,234.56\"，不要写“元”字或科学计数法。".into()
            }
            BadInteger { .. } => "这里填整数，例如 120。".into(),
            BadNumber { .. } => "这里填数字，最多两位小数，例如 21 或 0.5。".into(),
            BadBool { .. } => "这里填 true（是）或 false（否）。".into(),
            BadChoice { allowed, .. } => format!("可以填：{}", allowed.join("、")),
            MissingKind | UnknownKind { .. } => {
                "数据文件第一行写明种类：kind: finance（经费收支）、welfare（福利发放）、attendance（出勤）或 congress（职代会）。".into()
            }
            NoFrontMatter | UnclosedFrontMatter => {
                "通知的开头要有两行 --- 夹住的标题、日期等，例如：\n---\ntitle: 关于……的通知\npublished: 2026-04-01\n---".into()
            }
            DisclosureEndsBeforeStart { .. } => "公示期的结束日期（to）应在开始日期（from）之后。".into(),
            CorrectsMissing { .. } => {
                "corrects 填被更正事项在 content/ 下的路径（含扩展名），例如 2026/finance-q1.yaml。".into()
            }
            CorrectsSelf => "corrects 应指向较早发布的另一个事项。".into(),
            DuplicateUrl { .. } => {
                "两个文件只差扩展名（如 a.yaml 与 a.md）会生成同一个网页，请给其中一个改名。".into()
            }
            RawHtml { .. } => {
                "正文请用 Markdown 书写；确需 HTML 时在 site.yaml 中设 raw_html: true（脚本仍会被去除）。".into()
            }
            LinkOutsideSite { .. } => "链接和图片只能指向本站文件夹里的文件。".into(),
            DateOutsidePeriod { .. } => {
                "每一笔收支的日期应在 period 所写的期间之内；跨期的款项请记入对应期间。".into()
            }
            ClosingMismatch { .. } => {
                "期末余额应等于期初余额 + 本期收入 - 本期支出。请核对各笔金额，或把 closing_balance 改为计算值。".into()
            }
            AmountOverflow => "请检查金额是否多写了位数。".into(),
            CategoryWrongSide { .. } => {
                "收入科目（4 开头，如 401 会费收入）只能写在 income 下，支出科目（5 开头，如 501 职工活动支出）只能写在 expenses 下。".into()
            }
            UnknownCategory { .. } => format!(
                "请使用《工会会计制度》科目名称或编码：{}；确需自设科目时，在 site.yaml 的 categories 中登记，如 categories: {{团建活动: expense}}。",
                accounts_list()
            ),
            ChainBreak { .. } => {
                "同一单位相邻期间应首尾相接：本期的期初余额等于上期的期末余额。请核对两期数据。".into()
            }
            BadFileName { .. } => "文件名中不要用 ? # % 等特殊字符，也不要以点开头。".into(),
            SupervisionMobile { .. } => {
                "监督电话请填写办公室固定电话（如 0537-1234567）或单位公开热线，不要填写个人手机号；privacy.allow 也不能放行这里的手机号。".into()
            }
            WelfareTotalMismatch { .. } => {
                "total 应等于名单中各人金额之和。请核对各人金额，或把 total 改为计算值。".into()
            }
            DuplicateRecipient { .. } => {
                "同一份名单中一人只列一次；同名的两人请在姓名后加班组区分，如“张伟（通风一班）”。".into()
            }
            ProgramAccountMismatch { expected, .. } => format!(
                "按《工会会计制度》，该项目应在 {expected} 科目列支；请核对 funded_by.category，或在经费收支中改用正确科目。"
            ),
            FundedByMissing { .. } => {
                "funded_by.item 填经费收支文件在 content/ 下的路径（含扩展名），例如 2026/finance-q1.yaml。".into()
            }
            FundedByNotFinance { .. } => {
                "funded_by.item 应指向 kind: finance 的经费收支文件。".into()
            }
            FundingExceeded { .. } => {
                "同一笔经费支出发放的各份名单合计不能超过该科目的支出额。请核对名单金额，或核对经费收支中该科目的支出；一级科目（如 504 维权支出）包含其下属明细科目。".into()
            }
            PersonalData { .. } | PersonalDataInName { .. } => {
                "公示内容不得出现身份证号、手机号、银行卡号，请删去。单位公开的服务热线等号码，可在 site.yaml 的 privacy.allow 中逐个列出。".into()
            }
            PersonalDataInOutput { .. } => {
                "这个号码来自模板或 static/ 中的文件，请从中删去；公开热线可列入 site.yaml 的 privacy.allow。".into()
            }
            AttendancePeriodNotMonth { .. } => {
                "出勤公示按月公布，period 写成月份，例如 2026-03。".into()
            }
            AttendanceSumMismatch { .. } => {
                "每人的 出勤天数 + 各类假天数 + 旷工天数 应等于应出勤天数（workdays），请核对这一行的数字。".into()
            }
            NegativeNumber { .. } => "天数、小时数、人数和票数都不能是负数，请核对原始记录。".into(),
            WorkdaysOverMonth { .. } => {
                "应出勤天数不能超过当月的天数，一般填当月的工作日数，例如 22。".into()
            }
            DuplicateName { .. } => {
                "每人只写一行；如有同名同姓的职工，请在姓名后加以区分，例如 张伟（机电）。".into()
            }
            NoRepresentatives { .. } => "total 填应到代表总数，例如 120。".into(),
            PresentOverTotal { .. } => "实到代表人数不能超过代表总数，请核对签到人数。".into(),
            VotesOverPresent { .. } => {
                "赞成、反对、弃权票数相加不能超过实到代表人数，请核对计票结果。".into()
            }
            ResultContradicts { .. } => {
                "表决结果由程序按票数算出：实到代表须达到代表总数的三分之二，会议才有效；赞成票须超过全体代表（不是实到代表）的半数，决议才通过。请核对票数，或删去 result 这一行。".into()
            }
            DuplicateProposalNumber { .. } => "同一次会议的提案编号不能重复，请核对编号。".into(),
            ProposalNeeds { key, .. } => {
                if *key == "reason" {
                    "不予立案的提案要写明理由：加一行 reason: ……".into()
                } else {
                    "已办结的提案要写明办理答复：加一行 reply: ……".into()
                }
            }
            PercentOutOfRange { .. } => "percent 填 0 到 100 之间的整数，表示落实进度的百分比。".into(),
            UpdateBeforeMeeting { .. } => {
                "落实进展的日期应在会议召开之后，请核对日期是否写错。".into()
            }
            ThemeMissing { .. } => "把主题放在 themes/主题名/ 文件夹里，或在 site.yaml 中写 theme: default。".into(),
            Template { .. } => {
                "检查模板这一行：{{ }} 和 {% %} 要成对，用到的变量要存在；可先删去自定义模板，改用内置主题。".into()
            }
            PrintUrlNotAbsolute { .. } => {
                "print_url 填公开栏网站的完整地址，例如 http://intranet.example/board/，打印件上的二维码指向它。".into()
            }
            YamlAliasTooLarge { .. } => {
                "不要用 YAML 锚点 & 和别名 * 展开大量内容；直接写出每一项。".into()
            }
            YamlTooLarge { .. } => {
                "文件太大了。请把内容分成几个较小的文件，例如每月或每季度一个。".into()
            }
        };
        Some(text)
    }
}

/// The first-level accounts of the chart, for hints.
fn accounts_list() -> String {
    crate::model::accounts::CHART
        .iter()
        .filter(|a| !a.is_sub())
        .map(|a| format!("{} {}", a.code, a.name))
        .collect::<Vec<_>>()
        .join("、")
}

/// The text of a tool failure (exit code 2).
pub fn tool_error(error: &ToolError) -> String {
    match error {
        ToolError::NotASite(p) => format!(
            "{} has no site.yaml: not a gongkai site (run `gongkai init` to start one, or pass --root)",
            p.display()
        ),
        ToolError::Io {
            action,
            path,
            detail,
        } => format!("cannot {action} {}: {detail}", path.display()),
        ToolError::UnsafeOutput { path, reason } => {
            format!("refusing to write to {}: {reason}", path.display())
        }
        ToolError::PortInUse(port) => format!(
            "port {port} is already in use (another gongkai serve?); try `--port {}`",
            port.saturating_add(1)
        ),
        ToolError::OutputInsideInput { path, input } => format!(
            "refusing to write to {}: it lies in {input}/, which the site reads, so every build would read the last one's output again; use a folder outside content/, static/, templates/ and themes/, such as the default public/",
            path.display()
        ),
    }
}

fn money_reason(error: &MoneyError) -> String {
    use MoneyError::*;
    match error {
        Empty => "it is empty".into(),
        TooManyDecimals { decimals } => {
            format!("it has {decimals} decimals, at most 2 (fen) are allowed")
        }
        Exponent => "exponents are not allowed".into(),
        SpecialFloat => "NaN and infinity are not amounts".into(),
        MisplacedSeparator => "the thousands separators are misplaced".into(),
        Overflow => "it is too large".into(),
        Negative => "a negative amount is not allowed here".into(),
        Invalid => "it is not written as yuan with at most two decimals".into(),
    }
}

/// The known word closest to `word`, when it is close enough to be a likely typo.
fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let p = Problem::UnknownKey {
            key: "titel".into(),
            context: "site.yaml".into(),
            known: vec!["title", "unit", "theme"],
        };
        assert_eq!(p.message(), "unknown key `titel` in site.yaml");
        assert!(p.hint().unwrap().contains("`title`"));
    }
}
