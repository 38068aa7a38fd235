//! What is said when a rule of the content fails: disclosure windows and corrections,
//! Markdown, and the rules of each kind (finance, welfare, attendance, congress).

use super::Problem;
use crate::model::accounts::Account;

/// The message of a problem this file speaks about (empty for any other: see
/// `Problem::topic`).
pub(super) fn message(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        DisclosureEndsBeforeStart { from, to } => {
            format!("disclosure ends ({to}) before it starts ({from})")
        }
        CorrectsMissing { target } => format!("`corrects: {target}` names no item"),
        CorrectsSelf => "an item cannot correct itself".into(),
        RawHtml { snippet } => format!("raw HTML in Markdown is not allowed: `{snippet}`"),
        LinkOutsideSite { url } => format!("link `{url}` points outside the site folder"),
        LinkRemoved { url } => {
            format!("link `{url}` would run a script or open embedded data; it is shown as plain text")
        }
        DateOutsidePeriod { date, period } => {
            format!("date {date} lies outside the period {period}")
        }
        ClosingMismatch { given, computed } => format!(
            "closing balance {given} does not equal opening + income - expenses = {computed}"
        ),
        AmountOverflow => {
            "adding this amount makes the sum larger than the largest amount that can be held (92233720368547758.07)".into()
        }
        CategoryWrongSide {
            category,
            is,
            listed_as,
        } => format!("`{category}` is an {is} category but is listed as {listed_as}"),
        UnknownCategory { name } => {
            format!("category `{name}` is not in the union chart of accounts")
        }
        SubAccountCode { code } => format!(
            "`{code}` is not a sub-account code: five digits whose first three are a first-level account"
        ),
        SubAccountParent {
            code,
            parent,
            expected,
        } => format!("sub-account {code} falls under {expected}, not `{parent}`"),
        SubAccountNotStatutory { code, parent } => format!(
            "`{code}` is not a statutory sub-account; it is counted under {parent}"
        ),
        ChainBreak {
            opening,
            previous_closing,
            previous,
        } => format!(
            "opening balance {opening} does not equal the closing balance {previous_closing} of the previous period ({previous})"
        ),
        FinanceOverdue {
            unit,
            periods,
            days,
        } => format!(
            "{unit} has posted no finance report for {} ({days} days after the period closed)",
            periods.join("、")
        ),
        DuplicateTitle {
            title,
            unit,
            period,
            first,
        } => format!("{unit} posts `{title}` for {period} twice (first in {first})"),
        OutsideUnitLifetime { unit, since, until } => {
            let span = match (since, until) {
                (Some(s), Some(u)) => format!("from {s} to {u}"),
                (Some(s), None) => format!("since {s}"),
                (None, Some(u)) => format!("until {u}"),
                (None, None) => String::new(),
            };
            format!("this item is for a period outside {unit}'s existence ({span})")
        }
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
            "program {program} is paid from {}, but funded_by.category is {category}",
            account_text(expected)
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
            files
                .iter()
                .map(|(path, amount)| format!("{path} {amount}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
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
        _ => String::new(),
    }
}

/// The hint of a problem this file speaks about (empty for any other).
pub(super) fn hint(problem: &Problem) -> String {
    use Problem::*;
    match problem {
            DisclosureEndsBeforeStart { .. } => "公示期的结束日期（to）应在开始日期（from）之后。".into(),
            CorrectsMissing { .. } => {
                "corrects 填被更正事项在 content/ 下的路径（含扩展名），例如 2026/finance-q1.yaml。".into()
            }
            CorrectsSelf => "corrects 应指向较早发布的另一个事项。".into(),
            RawHtml { .. } => {
                "正文请用 Markdown 书写；确需 HTML 时在 site.yaml 中设 raw_html: true（脚本仍会被去除）。".into()
            }
            LinkOutsideSite { .. } => "链接和图片只能指向本站文件夹里的文件。".into(),
            LinkRemoved { .. } => {
                "javascript:、vbscript: 和 data: 开头的链接不会生效，页面上只显示链接文字。请改成网页地址（http:// 或 https://）或本站文件，或删去这个链接。".into()
            }
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
            SubAccountCode { .. } | SubAccountParent { .. } => {
                "明细科目编码为五位数字，前三位是它所属的一级科目，如 50301 属于 503 职工服务支出；parent 可以不写。".into()
            }
            SubAccountNotStatutory { code, .. } => format!(
                "这是本单位自设的明细科目，已计入所属一级科目。请在 site.yaml 的 categories 中登记名称，如 categories: {{科目名称: {{code: {code}}}}}。"
            ),
            UnknownCategory { .. } => format!(
                "请使用《工会会计制度》科目名称或编码：{}；确需自设科目时，在 site.yaml 的 categories 中登记，如 categories: {{团建活动: expense}}。",
                accounts_list()
            ),
            ChainBreak { .. } => {
                "同一单位相邻期间应首尾相接：本期的期初余额等于上期的期末余额。请核对两期数据。".into()
            }
            FinanceOverdue { .. } => {
                "厂务公开的经费收支应定期公开：每个期间结束后按时发布该期的经费收支（kind: finance，period 写该期间）。天数在 site.yaml 的 finance_due_days 中设置。".into()
            }
            DuplicateTitle { .. } => {
                "同一单位同一期间的两项公示标题相同，读者分不清。若是更正，请在新文件中写 corrects: 指向原文件；否则请改用不同的标题。".into()
            }
            OutsideUnitLifetime { .. } => {
                "该单位在 _section.yaml 的 since/until 之外不存在。请核对 period 或发布日期，或核对单位的 since、until。".into()
            }
            WelfareTotalMismatch { .. } => {
                "total 应等于名单中各人金额之和。请核对各人金额，或把 total 改为计算值。".into()
            }
            DuplicateRecipient { .. } => {
                "同一份名单中一人只列一次；同名的两人请在姓名后加班组区分，如“张伟（通风一班）”。".into()
            }
            ProgramAccountMismatch { expected, .. } => format!(
                "按《工会会计制度》，该项目应在 {} 科目列支；请核对 funded_by.category，或在经费收支中改用正确科目。",
                account_text(expected)
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
            AttendancePeriodNotMonth { .. } => {
                "出勤公示按月公布，period 写成月份，例如 2026-03。".into()
            }
            AttendanceSumMismatch { .. } => {
                "每人的 出勤天数 + 各类假天数 + 旷工天数 应等于应出勤天数（workdays），请核对这一行的数字。".into()
            }
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
            _ => String::new(),
        }
}

/// The first-level accounts of the chart, for hints.
fn accounts_list() -> String {
    crate::model::accounts::CHART
        .iter()
        .filter(|a| !a.is_sub())
        .map(account_text)
        .collect::<Vec<_>>()
        .join("、")
}

/// An account as messages name it: `50405 送温暖`.
fn account_text(account: &Account) -> String {
    format!("{} {}", account.code, account.name)
}
