//! The text `gongkai new` writes for each kind: what can be known filled in (dates,
//! period, carried balance, workdays, names), what only the clerk knows left empty with
//! a commented example to copy, so `check` names what is still missing.

use std::fmt::Write as _;

use jiff::civil::Date;

use crate::check::{CheckedItem, Derived};
use crate::config::Config;
use crate::model::{Body, Kind, Period};
use crate::schema::{self, Schema};

use super::{Note, calendar};

/// What a new file is made from.
pub struct Context<'a> {
    /// The publishing date written: today.
    pub today: Date,
    /// The site's settings (disclosure days, holidays).
    pub config: &'a Config,
    /// Where the file goes, from the site root (`content/2026/finance-q2.yaml`).
    pub site_path: &'a str,
    /// The unit's latest item of the same kind.
    pub previous: Option<&'a CheckedItem>,
    /// The unit's latest finance item (a welfare list's source of funds).
    pub finance: Option<&'a CheckedItem>,
}

/// The file's text, and what to tell the clerk about it.
pub struct Skeleton {
    /// The file as written.
    pub text: String,
    /// Where the figures came from, one fact each.
    pub notes: Vec<Note>,
}

/// The skeleton of an item of `kind`.
pub fn skeleton(kind: Kind, cx: &Context) -> Skeleton {
    let mut out = Skeleton {
        text: String::new(),
        notes: Vec::new(),
    };
    match kind {
        Kind::Notice => notice(cx, &mut out),
        _ => {
            out.text = format!(
                "{}\n",
                schema::modeline(cx.site_path, Schema::of_kind(kind))
            );
            match kind {
                Kind::Finance => finance(cx, &mut out),
                Kind::Welfare => welfare(cx, &mut out),
                Kind::Attendance => attendance(cx, &mut out),
                Kind::Pay => super::sheets::pay(cx, &mut out),
                Kind::Merits => super::sheets::merits(cx, &mut out),
                Kind::Assessment => super::sheets::assessment(cx, &mut out),
                Kind::Table => super::sheets::table(cx, &mut out),
                _ => congress(cx, &mut out),
            }
        }
    }
    out
}

/// The period after the previous item's, else `fallback`; says which in the notes.
pub(super) fn next_period(cx: &Context, fallback: Period, out: &mut Skeleton) -> Period {
    let previous = cx.previous.and_then(|p| {
        p.item
            .common
            .period
            .as_ref()
            .map(|period| (p, period.value))
    });
    match previous {
        Some((item, period)) => {
            let next = calendar::next(period);
            out.notes.push(Note::PeriodAfter {
                next,
                previous: period,
                file: format!("content/{}", item.item.content_path),
            });
            next
        }
        None => {
            out.notes.push(Note::PeriodFallback {
                period: fallback,
                today: cx.today,
            });
            fallback
        }
    }
}

/// The period after the previous item's, for kinds whose items need not have one (a
/// monthly birthday list, a yearly congress): none when the previous item had none.
fn carried_period(cx: &Context, out: &mut Skeleton) -> Option<Period> {
    let previous = cx.previous?;
    let period = previous.item.common.period.as_ref()?.value;
    let next = calendar::next(period);
    out.notes.push(Note::PeriodAfter {
        next,
        previous: period,
        file: format!("content/{}", previous.item.content_path),
    });
    Some(next)
}

/// The previous item's title with its period's name changed to `period`'s, if it names
/// that period.
fn carried_title(cx: &Context, period: Period) -> Option<String> {
    let p = cx.previous?;
    let old = p.item.common.period.as_ref()?.value.label_zh();
    let title = &p.item.common.title.value;
    title
        .contains(&old)
        .then(|| title.replace(&old, &period.label_zh()))
}

/// The previous item's title with its period's name changed to `period`'s, else `default`.
pub(super) fn title_for(cx: &Context, period: Period, default: String) -> String {
    carried_title(cx, period).unwrap_or(default)
}

/// `period:` when the previous item had one; its title follows when it named the period.
fn optional_period(cx: &Context, kind: Kind, what: &str, out: &mut Skeleton) {
    let period = carried_period(cx, out);
    let title = period.and_then(|p| carried_title(cx, p));
    head(cx, kind, what, title.as_deref(), &mut out.text);
    if let Some(period) = period {
        let _ = writeln!(out.text, "period: {period}");
    }
}

/// `kind:`, `title:`, `published:` and the disclosure window, with comments.
pub(super) fn head(cx: &Context, kind: Kind, what: &str, title: Option<&str>, out: &mut String) {
    let _ = writeln!(
        out,
        "# {what}（由 gongkai new 于 {} 生成）。填好后运行 gongkai check 检查。",
        cx.today
    );
    if kind != Kind::Notice {
        let _ = writeln!(out, "kind: {}", kind.key());
    }
    match title {
        Some(t) => {
            let _ = writeln!(out, "title: {}", text(t));
        }
        None => out.push_str("title:                 # 标题（必填）\n"),
    }
    let _ = writeln!(out, "published: {}", cx.today);
    let days = cx.config.disclosure_days;
    let to = cx
        .today
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(cx.today);
    let _ = writeln!(
        out,
        "# 公示期：{} 至 {to}，即发布日加 site.yaml 的 disclosure_days（{days} 天）。\n\
         # 改了发布日期，请一并修改下面一行，或删去它（删去则按默认计算）。\n\
         disclosure: {{from: {}, to: {to}}}",
        cx.today, cx.today
    );
}

fn finance(cx: &Context, out: &mut Skeleton) {
    let period = next_period(cx, calendar::last_quarter(cx.today), out);
    let title = title_for(cx, period, format!("{}工会经费收支情况", period.label_zh()));
    head(
        cx,
        Kind::Finance,
        "经费收支公示",
        Some(&title),
        &mut out.text,
    );
    let _ = writeln!(out.text, "period: {period}");
    let closing = cx.previous.and_then(|p| match &*p.derived {
        Derived::Finance(f) => Some((p, f.computed_closing.unwrap_or(f.closing))),
        _ => None,
    });
    match closing {
        Some((p, fen)) => {
            let _ = writeln!(
                out.text,
                "# 期初余额：接上期 {} 的期末余额（期初 + 收入 - 支出）\nopening_balance: \"{}\"",
                p.item.content_path,
                fen.yuan_text()
            );
            out.notes.push(Note::OpeningBalance {
                amount: fen.yuan_text(),
                file: format!("content/{}", p.item.content_path),
            });
        }
        None => out
            .text
            .push_str("# 期初余额：上期账面期末余额（元）\nopening_balance: \"0.00\"\n"),
    }
    let day = example_day(period);
    let _ = write!(
        out.text,
        "# 收入，每笔一行，照下面的样子写（去掉行首的 #）：\n\
         #  - {{date: {day}, category: 会费收入, amount: \"1200.00\", note: 会费}}\n\
         income:\n\
         # 支出，每笔一行：\n\
         #  - {{date: {day}, category: 职工活动支出, amount: \"800.00\", payee: 某某商店, voucher: 记-001, note: 用途}}\n\
         expenses:\n\
         # 期末余额可不写；写了，gongkai 核对它等于 期初 + 收入 - 支出：\n\
         # closing_balance: \"0.00\"\n"
    );
}

fn welfare(cx: &Context, out: &mut Skeleton) {
    optional_period(cx, Kind::Welfare, "福利发放公示", out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Welfare(w) => Some(w),
        _ => None,
    });
    match previous {
        Some(w) => {
            let _ = writeln!(out.text, "program: {}", text(&w.program.value));
        }
        None => out.text.push_str(
            "program:               # 发放项目，例如 送温暖、困难职工帮扶、会员生日慰问\n",
        ),
    }
    let source = cx
        .finance
        .map_or("2026/finance-q1.yaml", |f| f.item.content_path.as_str());
    let category = previous
        .and_then(|w| w.funded_by.as_ref())
        .map_or("送温暖", |f| f.category.value.as_str());
    let _ = write!(
        out.text,
        "# 资金来源（可不写）：哪一份经费收支公示的哪个支出科目\n\
         # funded_by: {{item: {}, category: {}}}\n\
         # 发放名单，每人一行（公示时姓名自动打码），照下面的样子写（去掉行首的 #）：\n\
         #  - {{name: 张三, team: 一班, reason: 因病致困, amount: \"800.00\", goods: 米、面、油}}\n\
         recipients:\n\
         # 合计可不写；写了，gongkai 核对它等于各人金额之和：\n\
         # total: \"0.00\"\n",
        text(source),
        text(category)
    );
}

fn attendance(cx: &Context, out: &mut Skeleton) {
    let period = next_period(cx, calendar::last_month(cx.today), out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Attendance(a) => Some(a),
        _ => None,
    });
    let team = previous
        .and_then(|a| a.team.as_ref())
        .map(|t| t.value.as_str());
    let title = title_for(
        cx,
        period,
        format!("{}{}出勤公示", period.label_zh(), team.unwrap_or("")),
    );
    head(
        cx,
        Kind::Attendance,
        "出勤公示",
        Some(&title),
        &mut out.text,
    );
    let _ = writeln!(out.text, "period: {period}");
    if let Some(team) = team {
        let _ = writeln!(out.text, "team: {}", text(team));
    }
    let w = calendar::workdays(period, &cx.config.holidays, &cx.config.workdays_extra);
    let dates = |ds: &[Date]| {
        ds.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("、")
    };
    let _ = writeln!(
        out.text,
        "# 应出勤天数：{}的周一至周五共 {} 天，减去 site.yaml holidays 中的 {} 天{}，\
         加上 workdays_extra 中的 {} 天{}。\nworkdays: {}",
        period.label_zh(),
        w.weekdays,
        w.holidays.len(),
        paren(&dates(&w.holidays)),
        w.extra.len(),
        paren(&dates(&w.extra)),
        w.count()
    );
    out.notes.push(Note::Workdays {
        count: w.count(),
        weekdays: w.weekdays,
        holidays: w.holidays.len(),
        extra: w.extra.len(),
    });
    let names: Vec<&str> = previous.map_or(Vec::new(), |a| {
        a.records.iter().map(|r| r.name.value.as_str()).collect()
    });
    if names.is_empty() {
        out.text.push_str(
            "# 每人一行，照下面的样子写（去掉行首的 #）；出勤 + 各类假 + 缺勤 = 应出勤天数：\n\
             #  - {name: 张三, present: 20, leave: {事假: 1}, absent: 1, note: 旷工1天}\n\
             records:\n",
        );
        return;
    }
    let _ = writeln!(
        out.text,
        "# 每人一行（名单接上期 {}），先按全勤写好；有请假、缺勤的改 present 并写上\n\
         # leave: {{事假: 1}}、absent: 1。出勤 + 各类假 + 缺勤 = 应出勤天数。\nrecords:",
        cx.previous.map_or("", |p| p.item.content_path.as_str())
    );
    for name in &names {
        let _ = writeln!(
            out.text,
            "  - {{name: {}, present: {}}}",
            text(name),
            w.count()
        );
    }
    out.notes.push(Note::NamesCarried { count: names.len() });
}

fn congress(cx: &Context, out: &mut Skeleton) {
    optional_period(cx, Kind::Congress, "职代会决议、提案公告", out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Congress(c) => Some(c),
        _ => None,
    });
    let last_name = previous.map_or(String::new(), |c| {
        format!("，上次是 {}", c.meeting.name.value)
    });
    let _ = writeln!(
        out.text,
        "meeting:\n  name:                 # 会议名称{last_name}\n  date: {}\nrepresentatives:",
        cx.today
    );
    match previous {
        Some(c) => {
            let _ = writeln!(
                out.text,
                "  total: {}            # 代表总数（接上次职代会）",
                c.total.value
            );
        }
        None => out.text.push_str("  total:                # 代表总数\n"),
    }
    out.text.push_str(
        "  present:              # 实到人数，不少于总数的三分之二会议才有效\n\
         # 决议，每项照下面的样子写（去掉行首的 #）：\n\
         #  - title: 关于……的决议\n\
         #    votes: {for: 88, against: 5, abstain: 3}\n\
         #    text: 会议审议通过……\n\
         resolutions:\n\
         # 提案：状态为 立案、办理中、已办结（写 reply 答复）或 不予立案（写 reason 理由）\n\
         #  - {number: \"2026-01\", title: 关于……的提案, by: 张三等5名代表, handler: 后勤部, status: 立案}\n\
         proposals:\n",
    );
}

fn notice(cx: &Context, out: &mut Skeleton) {
    out.text.push_str("---\n");
    head(cx, Kind::Notice, "通知公告", None, &mut out.text);
    out.text
        .push_str("category: 通知\n---\n正文写在第二条 --- 下面，空一行即另起一段。\n");
}

/// A day inside `period` for the commented examples.
pub(super) fn example_day(period: Period) -> Date {
    period
        .start()
        .checked_add(jiff::Span::new().days(14))
        .unwrap_or_else(|_| period.start())
}

/// `（a、b）`, or nothing for no dates.
fn paren(list: &str) -> String {
    if list.is_empty() {
        String::new()
    } else {
        format!("（{list}）")
    }
}

/// A text value as YAML: plain when YAML cannot read it as anything but text (Chinese,
/// letters, digits and a few marks; not a number, date or YAML word), else
/// double-quoted.
pub fn text(value: &str) -> String {
    let safe_char = |c: char| {
        c.is_alphanumeric()
            || matches!(
                c,
                '-' | '_' | '.' | '/' | '·' | '（' | '）' | '、' | '《' | '》' | '“' | '”'
            )
    };
    let first = value.chars().next().unwrap_or('-');
    let wordy = !value.is_ascii()
        || (value.bytes().any(|b| b.is_ascii_alphabetic()) && !first.is_ascii_digit());
    let plain = value.chars().all(safe_char)
        && !matches!(first, '-' | '.' | '/')
        && wordy
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        return value.to_string();
    }
    let mut quoted = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", c as u32);
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn texts_are_quoted_when_yaml_would_read_them_otherwise() {
        assert_eq!(text("张德营"), "张德营");
        assert_eq!(text("通风一班"), "通风一班");
        assert_eq!(text("2026年3月通风队出勤公示"), "2026年3月通风队出勤公示");
        assert_eq!(text("2026"), "\"2026\"");
        assert_eq!(text("1e3"), "\"1e3\"");
        assert_eq!(text("a: b"), "\"a: b\"");
        assert_eq!(text("yes"), "\"yes\"");
        assert_eq!(text("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(text("#1"), "\"#1\"");
        assert_eq!(text("2026/finance-q1.yaml"), "\"2026/finance-q1.yaml\"");
    }
}
