//! The fields of the four data kinds (spec section 5), read into typed values.
//!
//! Shapes only: a negative leave count or a quorum short of two thirds is read as written
//! and left for `check` to judge.

use crate::load::fields::{self, Ctx, Fields};
use crate::model::kinds::{
    AttendanceRecord, Budget, FinanceLine, FundedBy, Meeting, Progress, ProgressUpdate, Proposal,
    Recipient, Resolution, Votes,
};
use crate::model::{Attendance, Body, Congress, Finance, Kind, Spanned, Welfare};
use crate::yaml::Node;

macro_rules! item_keys {
    ($($k:literal),*) => {
        &["kind", "title", "published", "disclosure", "unit", "period", "corrects", "draft", "print", $($k),*]
    };
}

const FINANCE_KEYS: &[&str] = item_keys!(
    "opening_balance",
    "income",
    "expenses",
    "closing_balance",
    "budget"
);
const WELFARE_KEYS: &[&str] = item_keys!("program", "funded_by", "recipients", "total");
const ATTENDANCE_KEYS: &[&str] = item_keys!("team", "workdays", "records");
const CONGRESS_KEYS: &[&str] = item_keys!("meeting", "representatives", "resolutions", "proposals");
const LINE_KEYS: &[&str] = &["date", "category", "amount", "payee", "voucher", "note"];
const BUDGET_KEYS: &[&str] = &["income", "expenses"];
const FUNDED_BY_KEYS: &[&str] = &["item", "category"];
const RECIPIENT_KEYS: &[&str] = &["name", "team", "reason", "amount", "goods", "note"];
const RECORD_KEYS: &[&str] = &[
    "name",
    "present",
    "leave",
    "absent",
    "overtime_hours",
    "note",
];
const MEETING_KEYS: &[&str] = &["name", "date"];
const REPRESENTATIVES_KEYS: &[&str] = &["total", "present"];
const RESOLUTION_KEYS: &[&str] = &["title", "votes", "text", "result", "progress"];
const VOTES_KEYS: &[&str] = &["for", "against", "abstain"];
const PROGRESS_KEYS: &[&str] = &["status", "percent", "note", "updates"];
const UPDATE_KEYS: &[&str] = &["date", "note"];
const PROPOSAL_KEYS: &[&str] = &[
    "number", "title", "by", "handler", "status", "reply", "reason",
];

/// The keys an item of `kind` may have.
pub fn keys(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Finance => FINANCE_KEYS,
        Kind::Welfare => WELFARE_KEYS,
        Kind::Attendance => ATTENDANCE_KEYS,
        Kind::Congress => CONGRESS_KEYS,
        Kind::Notice => &[],
    }
}

/// The kind-specific body of a data item.
pub fn body(ctx: &mut Ctx, f: &Fields, kind: Kind) -> Option<Body> {
    match kind {
        Kind::Finance => finance(ctx, f).map(Body::Finance),
        Kind::Welfare => welfare(ctx, f).map(Body::Welfare),
        Kind::Attendance => attendance(ctx, f).map(Body::Attendance),
        Kind::Congress => congress(ctx, f).map(Body::Congress),
        Kind::Notice => None,
    }
}

/// Reads each entry of the list at `key` (absent = empty) with `read`; `None` if any failed.
fn each<T>(
    ctx: &mut Ctx,
    f: &Fields,
    key: &str,
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

fn finance(ctx: &mut Ctx, f: &Fields) -> Option<Finance> {
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
    Some(Finance {
        opening_balance: opening?,
        income: income?,
        expenses: expenses?,
        closing_balance: closing.map_or(Some(None), |c| c.map(Some))?,
        budget: budget.map_or(Some(None), |b| b.map(Some))?,
    })
}

fn line(ctx: &mut Ctx, node: &Node, context: &str) -> Option<FinanceLine> {
    let f = Fields::of(ctx, node, context, LINE_KEYS)?;
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
    let f = Fields::of(ctx, node, "budget", BUDGET_KEYS)?;
    let mut ok = true;
    let mut side = |ctx: &mut Ctx, key: &str| {
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

fn welfare(ctx: &mut Ctx, f: &Fields) -> Option<Welfare> {
    let program = fields::req_text(ctx, f, "program");
    let funded_by = f.get("funded_by").map(|n| {
        let g = Fields::of(ctx, n, "funded_by", FUNDED_BY_KEYS)?;
        let item = fields::req_text(ctx, &g, "item");
        let category = fields::req_text(ctx, &g, "category");
        g.finish(ctx);
        Some(FundedBy {
            item: item?,
            category: category?,
        })
    });
    let recipients = each(ctx, f, "recipients", true, recipient);
    let total = f.get("total").map(|n| fields::amount(ctx, n, "total"));
    Some(Welfare {
        program: program?,
        funded_by: funded_by.map_or(Some(None), |x| x.map(Some))?,
        recipients: recipients?,
        total: total.map_or(Some(None), |t| t.map(Some))?,
    })
}

fn recipient(ctx: &mut Ctx, node: &Node) -> Option<Recipient> {
    let f = Fields::of(ctx, node, "recipient", RECIPIENT_KEYS)?;
    let name = fields::req_text(ctx, &f, "name");
    let amount = f
        .required(ctx, "amount")
        .and_then(|n| fields::amount(ctx, n, "amount"));
    let team = fields::opt_text(ctx, &f, "team");
    let reason = fields::opt_text(ctx, &f, "reason");
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

fn attendance(ctx: &mut Ctx, f: &Fields) -> Option<Attendance> {
    let team = f.get("team").and_then(|n| fields::text(ctx, n, "team"));
    let workdays = f
        .required(ctx, "workdays")
        .and_then(|n| fields::decimal(ctx, n, "workdays"));
    let records = each(ctx, f, "records", true, record);
    Some(Attendance {
        team,
        workdays: workdays?,
        records: records?,
    })
}

fn record(ctx: &mut Ctx, node: &Node) -> Option<AttendanceRecord> {
    let f = Fields::of(ctx, node, "attendance record", RECORD_KEYS)?;
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
        let m = Fields::of(ctx, n, "meeting", MEETING_KEYS)?;
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
        let r = Fields::of(ctx, n, "representatives", REPRESENTATIVES_KEYS)?;
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
    let f = Fields::of(ctx, node, "resolution", RESOLUTION_KEYS)?;
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
    let f = Fields::of(ctx, node, "votes", VOTES_KEYS)?;
    let count = |ctx: &mut Ctx, key: &str| match f.get(key) {
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
    let f = Fields::of(ctx, node, "progress", PROGRESS_KEYS)?;
    let status = fields::req_text(ctx, &f, "status");
    let percent = f.get("percent").map(|n| fields::integer(ctx, n, "percent"));
    let note = fields::opt_text(ctx, &f, "note");
    let updates = each(ctx, &f, "updates", false, |ctx, n| {
        let u = Fields::of(ctx, n, "progress update", UPDATE_KEYS)?;
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
    let f = Fields::of(ctx, node, "proposal", PROPOSAL_KEYS)?;
    let number = fields::req_text(ctx, &f, "number");
    let title = fields::req_text(ctx, &f, "title");
    let status = fields::req_text(ctx, &f, "status");
    let by = fields::opt_text(ctx, &f, "by");
    let handler = fields::opt_text(ctx, &f, "handler");
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
