//! The fields of the four data kinds (spec section 5), read into typed values; the kinds
//! built on a declared table (pay, merits, assessment, table) are read in `tabular`.
//!
//! Shapes only: a negative leave count or a quorum short of two thirds is read as written
//! and left for `check` to judge.
//!
//! The keys a mapping allows are the keys its reader asks for (see `load::fields`), in
//! the order asked, which is the order messages list them in: read a mapping's keys in
//! the order a clerk should see them.
//!
//! `lines: ledger.xlsx` in a finance, welfare or attendance item keeps its lines in a
//! spreadsheet beside it, read by `load::ledger`, in place of the item's lists; `sheet:`
//! is then allowed too (the kinds of `tabular` do the same with their rows).

use crate::import::Lines;
use crate::load::fields::{self, Ctx, Fields};
use crate::load::ledger::{self, Beside};
use crate::load::tabular;
use crate::model::kinds::{
    AttendanceRecord, Budget, FinanceLine, FundedBy, Meeting, Progress, ProgressUpdate, Proposal,
    Recipient, Resolution, Votes,
};
use crate::model::{Attendance, Body, Congress, Finance, Kind, Spanned, Welfare};
use crate::yaml::Node;

/// The kind-specific body of a data item; `beside` reads the spreadsheet it may keep its
/// lines in (see `load::ledger`).
pub fn body(ctx: &mut Ctx, f: &Fields, kind: Kind, beside: &mut Beside) -> Option<Body> {
    match kind {
        Kind::Finance => finance(ctx, f, beside).map(Body::Finance),
        Kind::Welfare => welfare(ctx, f, beside).map(Body::Welfare),
        Kind::Attendance => attendance(ctx, f, beside).map(Body::Attendance),
        Kind::Congress => congress(ctx, f).map(Body::Congress),
        Kind::Pay => tabular::pay(ctx, f, beside).map(Body::Pay),
        Kind::Merits => tabular::merits(ctx, f, beside).map(Body::Merits),
        Kind::Assessment => tabular::assessment(ctx, f, beside).map(Body::Assessment),
        Kind::Table => tabular::table(ctx, f, beside).map(Body::Table),
        Kind::Notice => None,
    }
}

/// Reads each entry of the list at `key` (absent = empty) with `read`; `None` if any failed.
fn each<T>(
    ctx: &mut Ctx,
    f: &Fields,
    key: &'static str,
    required: bool,
    mut read: impl FnMut(&mut Ctx, &Node) -> Option<T>,
) -> Option<Vec<T>> {
    let node = if required {
        f.required(ctx, key)?
    } else {
        match f.get(key) {
            Some(n) => n,
            None => return Some(Vec::new()),
        }
    };
    let mut ok = true;
    let mut out = Vec::new();
    for entry in fields::list(ctx, node, key) {
        match read(ctx, entry) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn finance(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<Finance> {
    let opening = f
        .required(ctx, "opening_balance")
        .and_then(|n| fields::amount(ctx, n, "opening_balance"));
    let income = each(ctx, f, "income", false, |ctx, n| {
        line(ctx, n, "income line")
    });
    let expenses = each(ctx, f, "expenses", false, |ctx, n| {
        line(ctx, n, "expense line")
    });
    let closing = f
        .get("closing_balance")
        .map(|n| fields::amount(ctx, n, "closing_balance"));
    let budget = f.get("budget").map(|n| budget(ctx, n));
    // `lines: ledger.xlsx` keeps both sides in a spreadsheet, in place of the lists.
    let (income, expenses) =
        match ledger::lines(ctx, f, Kind::Finance, &["income", "expenses"], beside) {
            None => (income, expenses),
            Some(Some(Lines::Finance(sheet))) => {
                if let (Some(open), Some(source)) = (&opening, &beside.sheet) {
                    ledger::agree_opening(ctx, &sheet, source, open);
                }
                (Some(sheet.income), Some(sheet.expenses))
            }
            Some(_) => (None, None),
        };
    Some(Finance {
        opening_balance: opening?,
        income: income?,
        expenses: expenses?,
        closing_balance: closing.map_or(Some(None), |c| c.map(Some))?,
        budget: budget.map_or(Some(None), |b| b.map(Some))?,
    })
}

fn line(ctx: &mut Ctx, node: &Node, context: &str) -> Option<FinanceLine> {
    let f = Fields::of(ctx, node, context)?;
    let date = f
        .required(ctx, "date")
        .and_then(|n| fields::date(ctx, n, "date"));
    let category = fields::req_text(ctx, &f, "category");
    let amount = f
        .required(ctx, "amount")
        .and_then(|n| fields::amount(ctx, n, "amount"));
    let payee = fields::opt_text(ctx, &f, "payee");
    let voucher = fields::opt_text(ctx, &f, "voucher");
    let note = fields::opt_text(ctx, &f, "note");
    f.finish(ctx);
    Some(FinanceLine {
        pos: node.pos,
        date: date?,
        category: category?,
        amount: amount?,
        payee,
        voucher,
        note,
    })
}

fn budget(ctx: &mut Ctx, node: &Node) -> Option<Budget> {
    let f = Fields::of(ctx, node, "budget")?;
    let mut ok = true;
    let mut side = |ctx: &mut Ctx, key: &'static str| {
        let mut lines = Vec::new();
        if let Some(n) = f.get(key) {
            for (k, v) in fields::pairs(ctx, n, key) {
                match (fields::text(ctx, k, key), fields::amount(ctx, v, key)) {
                    (Some(c), Some(a)) => lines.push((c, a)),
                    _ => ok = false,
                }
            }
        }
        lines
    };
    let income = side(ctx, "income");
    let expenses = side(ctx, "expenses");
    f.finish(ctx);
    ok.then_some(Budget { income, expenses })
}

fn welfare(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<Welfare> {
    let program = fields::req_text(ctx, f, "program");
    let funded_by = f.get("funded_by").map(|n| {
        let g = Fields::of(ctx, n, "funded_by")?;
        let item = fields::req_text(ctx, &g, "item");
        let category = fields::req_text(ctx, &g, "category");
        g.finish(ctx);
        Some(FundedBy {
            item: item?,
            category: category?,
        })
    });
    // `lines: 名单.xlsx` keeps the list in a spreadsheet.
    let recipients = match ledger::lines(ctx, f, Kind::Welfare, &["recipients"], beside) {
        None => each(ctx, f, "recipients", true, recipient),
        Some(Some(Lines::Welfare(sheet))) => Some(sheet.recipients),
        Some(_) => None,
    };
    let total = f.get("total").map(|n| fields::amount(ctx, n, "total"));
    Some(Welfare {
        program: program?,
        funded_by: funded_by.map_or(Some(None), |x| x.map(Some))?,
        recipients: recipients?,
        total: total.map_or(Some(None), |t| t.map(Some))?,
    })
}

fn recipient(ctx: &mut Ctx, node: &Node) -> Option<Recipient> {
    let f = Fields::of(ctx, node, "recipient")?;
    let name = fields::req_text(ctx, &f, "name");
    let team = fields::opt_text(ctx, &f, "team");
    let reason = fields::opt_text(ctx, &f, "reason");
    let amount = f
        .required(ctx, "amount")
        .and_then(|n| fields::amount(ctx, n, "amount"));
    let goods = fields::opt_text(ctx, &f, "goods");
    let note = fields::opt_text(ctx, &f, "note");
    f.finish(ctx);
    Some(Recipient {
        pos: node.pos,
        name: name?,
        team,
        reason,
        amount: amount?,
        goods,
        note,
    })
}

fn attendance(ctx: &mut Ctx, f: &Fields, beside: &mut Beside) -> Option<Attendance> {
    let team = f.get("team").and_then(|n| fields::text(ctx, n, "team"));
    let workdays = f
        .required(ctx, "workdays")
        .and_then(|n| fields::decimal(ctx, n, "workdays"));
    // `lines: 考勤.xlsx` keeps the records in a spreadsheet.
    let records = match ledger::lines(ctx, f, Kind::Attendance, &["records"], beside) {
        None => each(ctx, f, "records", true, record),
        Some(Some(Lines::Attendance(sheet))) => {
            if let (Some(days), Some(source)) = (&workdays, &beside.sheet) {
                ledger::agree_workdays(ctx, &sheet, source, days);
            }
            Some(sheet.records)
        }
        Some(_) => None,
    };
    Some(Attendance {
        team,
        workdays: workdays?,
        records: records?,
    })
}

fn record(ctx: &mut Ctx, node: &Node) -> Option<AttendanceRecord> {
    let f = Fields::of(ctx, node, "attendance record")?;
    let name = fields::req_text(ctx, &f, "name");
    let present = f
        .required(ctx, "present")
        .and_then(|n| fields::decimal(ctx, n, "present"));
    let mut leave = Vec::new();
    let mut ok = true;
    if let Some(n) = f.get("leave") {
        for (k, v) in fields::pairs(ctx, n, "leave") {
            match (
                fields::text(ctx, k, "leave"),
                fields::decimal(ctx, v, "leave"),
            ) {
                (Some(kind), Some(days)) => leave.push((kind, days)),
                _ => ok = false,
            }
        }
    }
    let absent = f.get("absent").map(|n| fields::decimal(ctx, n, "absent"));
    let overtime = f
        .get("overtime_hours")
        .map(|n| fields::decimal(ctx, n, "overtime_hours"));
    let note = fields::opt_text(ctx, &f, "note");
    f.finish(ctx);
    if !ok {
        return None;
    }
    Some(AttendanceRecord {
        pos: node.pos,
        name: name?,
        present: present?,
        leave,
        absent: absent.map_or(Some(None), |a| a.map(Some))?,
        overtime_hours: overtime.map_or(Some(None), |o| o.map(Some))?,
        note,
    })
}

fn congress(ctx: &mut Ctx, f: &Fields) -> Option<Congress> {
    let meeting = f.required(ctx, "meeting").and_then(|n| {
        let m = Fields::of(ctx, n, "meeting")?;
        let name = fields::req_text(ctx, &m, "name");
        let date = m
            .required(ctx, "date")
            .and_then(|n| fields::date(ctx, n, "date"));
        m.finish(ctx);
        Some(Meeting {
            name: name?,
            date: date?,
        })
    });
    let reps_node = f.required(ctx, "representatives");
    let reps = reps_node.and_then(|n| {
        let r = Fields::of(ctx, n, "representatives")?;
        let total = r
            .required(ctx, "total")
            .and_then(|n| fields::integer(ctx, n, "total"));
        let present = r
            .required(ctx, "present")
            .and_then(|n| fields::integer(ctx, n, "present"));
        r.finish(ctx);
        Some((n.pos, total?, present?))
    });
    let resolutions = each(ctx, f, "resolutions", false, resolution);
    let proposals = each(ctx, f, "proposals", false, proposal);
    let (representatives_pos, total, present) = reps?;
    Some(Congress {
        meeting: meeting?,
        representatives_pos,
        total,
        present,
        resolutions: resolutions?,
        proposals: proposals?,
    })
}

fn resolution(ctx: &mut Ctx, node: &Node) -> Option<Resolution> {
    let f = Fields::of(ctx, node, "resolution")?;
    let title = fields::req_text(ctx, &f, "title");
    let votes = f.required(ctx, "votes").and_then(|n| votes(ctx, n));
    let text = f.get("text").and_then(|n| fields::text(ctx, n, "text"));
    let result = f.get("result").and_then(|n| fields::text(ctx, n, "result"));
    let progress = f.get("progress").map(|n| progress(ctx, n));
    f.finish(ctx);
    Some(Resolution {
        pos: node.pos,
        title: title?,
        votes: votes?,
        text,
        result,
        progress: progress.map_or(Some(None), |p| p.map(Some))?,
    })
}

fn votes(ctx: &mut Ctx, node: &Node) -> Option<Votes> {
    let f = Fields::of(ctx, node, "votes")?;
    let count = |ctx: &mut Ctx, key: &'static str| match f.get(key) {
        Some(n) => fields::integer(ctx, n, key),
        None => Some(Spanned::new(0, f.pos)),
    };
    let for_ = count(ctx, "for");
    let against = count(ctx, "against");
    let abstain = count(ctx, "abstain");
    if f.get("for").is_none() {
        f.required(ctx, "for");
    }
    f.finish(ctx);
    Some(Votes {
        pos: node.pos,
        for_: for_?,
        against: against?,
        abstain: abstain?,
    })
}

fn progress(ctx: &mut Ctx, node: &Node) -> Option<Progress> {
    let f = Fields::of(ctx, node, "progress")?;
    let status = fields::req_text(ctx, &f, "status");
    let percent = f.get("percent").map(|n| fields::integer(ctx, n, "percent"));
    let note = fields::opt_text(ctx, &f, "note");
    let updates = each(ctx, &f, "updates", false, |ctx, n| {
        let u = Fields::of(ctx, n, "progress update")?;
        let date = u
            .required(ctx, "date")
            .and_then(|n| fields::date(ctx, n, "date"));
        let note = fields::req_text(ctx, &u, "note");
        u.finish(ctx);
        Some(ProgressUpdate {
            date: date?,
            note: note?.value,
        })
    });
    f.finish(ctx);
    Some(Progress {
        status: status?,
        percent: percent.map_or(Some(None), |p| p.map(Some))?,
        note,
        updates: updates?,
    })
}

fn proposal(ctx: &mut Ctx, node: &Node) -> Option<Proposal> {
    let f = Fields::of(ctx, node, "proposal")?;
    let number = fields::req_text(ctx, &f, "number");
    let title = fields::req_text(ctx, &f, "title");
    let by = fields::opt_text(ctx, &f, "by");
    let handler = fields::opt_text(ctx, &f, "handler");
    let status = fields::req_text(ctx, &f, "status");
    let reply = fields::opt_text(ctx, &f, "reply");
    let reason = fields::opt_text(ctx, &f, "reason");
    f.finish(ctx);
    Some(Proposal {
        pos: node.pos,
        number: number?,
        title: title?,
        by,
        handler,
        status: status?,
        reply,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use crate::load::fields::allowed_lists;
    use crate::model::SourceFile;

    fn item_lists(yaml: &str) -> Vec<(String, String)> {
        let source = SourceFile {
            path: "content/x.yaml".into(),
            text: yaml.into(),
        };
        let mut diagnostics = Vec::new();
        let mut nothing = |_: &str| Err(std::io::ErrorKind::NotFound.into());
        let mut beside = crate::load::ledger::Beside::new("content/x.yaml", &mut nothing);
        crate::load::item::yaml_item(&source, "x.yaml".into(), &mut beside, &mut diagnostics);
        allowed_lists(&diagnostics)
    }

    /// `expected` as (context, keys) pairs, sorted like `allowed_lists`.
    fn sorted(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut lists: Vec<(String, String)> = expected
            .iter()
            .map(|(c, k)| (c.to_string(), k.to_string()))
            .collect();
        lists.sort();
        lists
    }

    const COMMON: &str =
        "kind、title、published、disclosure、unit、period、corrects、draft、print、signatures";

    /// The keys a reader asks for are the keys allowed, in the order messages have always
    /// listed them.
    #[test]
    fn allowed_keys_are_what_the_readers_ask_for() {
        let lists = item_lists(
            "kind: finance\ntitle: t\npublished: 2026-01-01\nperiod: 2026\nzz: 1\n\
             disclosure: {from: 2026-01-01, zz: 1}\nprint: {paper: A4, zz: 1}\n\
             opening_balance: 1\nincome:\n  - {date: 2026-01-01, category: c, amount: 1, zz: 1}\n\
             budget: {income: {a: 1}, zz: 1}\n",
        );
        assert_eq!(
            lists,
            sorted(&[
                (
                    "finance item",
                    &format!(
                        "{COMMON}、opening_balance、income、expenses、closing_balance、budget、lines"
                    )
                ),
                ("disclosure", "from、to"),
                ("print", "paper、orientation"),
                (
                    "income line",
                    "date、category、amount、payee、voucher、note"
                ),
                ("budget", "income、expenses"),
            ])
        );
        let lists = item_lists(
            "kind: welfare\ntitle: t\npublished: 2026-01-01\nprogram: p\nzz: 1\n\
             funded_by: {item: i, category: c, zz: 1}\n\
             recipients:\n  - {name: n, amount: 1, zz: 1}\n",
        );
        assert_eq!(
            lists,
            sorted(&[
                (
                    "welfare item",
                    &format!("{COMMON}、program、funded_by、lines、recipients、total")
                ),
                ("funded_by", "item、category"),
                ("recipient", "name、team、reason、amount、goods、note"),
            ])
        );
        let lists = item_lists(
            "kind: attendance\ntitle: t\npublished: 2026-01-01\nperiod: 2026-03\nzz: 1\n\
             workdays: 20\nrecords:\n  - {name: n, present: 20, zz: 1}\n",
        );
        assert_eq!(
            lists,
            sorted(&[
                (
                    "attendance item",
                    &format!("{COMMON}、team、workdays、lines、records")
                ),
                (
                    "attendance record",
                    "name、present、leave、absent、overtime_hours、note"
                ),
            ])
        );
        let lists = item_lists(
            "kind: congress\ntitle: t\npublished: 2026-01-01\nzz: 1\n\
             meeting: {name: m, date: 2026-01-01, zz: 1}\n\
             representatives: {total: 10, present: 9, zz: 1}\n\
             resolutions:\n  - title: r\n    zz: 1\n    votes: {for: 9, zz: 1}\n    \
             progress:\n      status: s\n      zz: 1\n      updates:\n        \
             - {date: 2026-01-01, note: n, zz: 1}\n\
             proposals:\n  - {number: '1', title: t, status: s, zz: 1}\n",
        );
        assert_eq!(
            lists,
            sorted(&[
                (
                    "congress item",
                    &format!("{COMMON}、meeting、representatives、resolutions、proposals")
                ),
                ("meeting", "name、date"),
                ("representatives", "total、present"),
                ("votes", "for、against、abstain"),
                ("progress update", "date、note"),
                ("progress", "status、percent、note、updates"),
                ("resolution", "title、votes、text、result、progress"),
                (
                    "proposal",
                    "number、title、by、handler、status、reply、reason"
                ),
            ])
        );
    }
}
