//! The words of the workers' congress page (职代会) and of the follow-up pages of
//! resolutions and proposals, from the page catalogue (`congress-*`): the meeting facts,
//! the quorum sentence, each resolution's result and why it failed, the table headings,
//! and the statuses a clerk writes, as readers see them.

use super::{say, words};
use crate::check::congress::{NotAdopted, PROGRESS_STATUSES, PROPOSAL_STATUSES};

words! {
    /// Every fixed word of the congress pages (`t.congress` in templates).
    pub struct CongressLabels {
        /// Title of the site-wide follow-up of resolutions: 决议落实情况.
        resolutions_title: "congress-resolutions-title",
        /// Title of the site-wide follow-up of proposals: 提案办理情况.
        proposals_title: "congress-proposals-title",
        /// The quorum sentence of a valid meeting.
        quorum_met: "congress-quorum-met",
        /// 会议.
        meeting: "congress-meeting",
        /// 会议日期.
        meeting_date: "congress-meeting-date",
        /// 代表.
        representatives: "congress-representatives",
        /// 法定人数.
        quorum: "congress-quorum",
        /// 通过: the result of an adopted resolution.
        passed: "congress-passed",
        /// 未通过.
        not_passed: "congress-not-passed",
        /// Why not adopted: the meeting had no quorum.
        no_quorum: "congress-no-quorum",
        /// Why not adopted: too few votes for.
        not_enough_for: "congress-not-enough-for",
        /// 会议决议.
        resolutions_caption: "congress-resolutions-caption",
        /// 序号.
        number: "congress-number",
        /// 决议.
        resolution: "congress-resolution",
        /// 赞成.
        votes_for: "congress-votes-for",
        /// 反对.
        against: "congress-against",
        /// 弃权.
        abstain: "congress-abstain",
        /// 表决结果.
        result: "congress-result",
        /// 未通过原因.
        reason: "congress-reason",
        /// 原因 (before the reason beside a result).
        reason_short: "congress-reason-short",
        /// 落实情况.
        progress: "congress-progress",
        /// 落实进度（%）.
        percent: "congress-percent",
        /// 落实进度 (the progress bar's name).
        progress_bar: "congress-progress-bar",
        /// 落实说明.
        progress_note: "congress-progress-note",
        /// 最新进展.
        progress_latest: "congress-progress-latest",
        /// 落实进展 (the list of dated steps).
        progress_steps: "congress-progress-steps",
        /// 尚未报告落实情况。
        progress_none: "congress-progress-none",
        /// 决议全文及落实进展 (a resolution's link to its meeting's page).
        resolution_link: "congress-resolution-link",
        /// 本次会议无决议。
        no_resolutions: "congress-no-resolutions",
        /// 本次会议无提案。
        no_proposals: "congress-no-proposals",
        /// 暂无。 (a status group with no proposals).
        none: "congress-none",
        /// 提案办理情况 (the proposals table).
        proposals_caption: "congress-proposals-caption",
        /// 编号.
        proposal_number: "congress-proposal-number",
        /// 案由.
        proposal_title: "congress-proposal-title",
        /// 提案人.
        by: "congress-by",
        /// 承办部门.
        handler: "congress-handler",
        /// 状态.
        status: "congress-status",
        /// 答复或理由.
        reply: "congress-reply",
        /// 答复 (the follow-up page's column).
        reply_short: "congress-reply-short",
        /// 理由 (the same column for proposals not accepted).
        declined_reason: "congress-declined-reason",
        /// 会议 (the follow-up page's column of meetings).
        proposal_meeting: "congress-proposal-meeting",
    }
}

impl CongressLabels {
    /// The words of `language`.
    pub fn of(language: crate::config::Language) -> &'static CongressLabels {
        &super::Labels::of(language).congress
    }

    /// The words for why a resolution was not adopted.
    pub fn not_adopted(&self, why: NotAdopted) -> &str {
        match why {
            NotAdopted::NoQuorum => &self.no_quorum,
            NotAdopted::NotEnoughFor => &self.not_enough_for,
        }
    }

    /// The quorum sentence of a meeting without quorum, from present, needed and total.
    pub fn quorum_failed(&self, present: i64, needed: i64, total: i64) -> String {
        say!(
            self.language,
            "congress-quorum-failed",
            present = present,
            needed = needed,
            total = total
        )
    }

    /// "应到 120 人，实到 96 人", from total and present.
    pub fn representatives_text(&self, total: i64, present: i64) -> String {
        say!(
            self.language,
            "congress-representatives-text",
            total = total,
            present = present
        )
    }

    /// "应到代表120名，实到96名。" (the resolutions page, above a meeting's quorum).
    pub fn attendance_text(&self, total: i64, present: i64) -> String {
        say!(
            self.language,
            "congress-attendance-text",
            total = total,
            present = present
        )
    }

    /// "80 人（应到代表的三分之二）", from the quorum.
    pub fn quorum_text(&self, needed: i64) -> String {
        say!(self.language, "congress-quorum-text", needed = needed)
    }

    /// "会议决议（共 3 项，通过 3 项）".
    pub fn resolutions_heading(&self, count: usize, adopted: usize) -> String {
        say!(
            self.language,
            "congress-resolutions-heading",
            count = count,
            adopted = adopted
        )
    }

    /// "决议须经全体代表过半数（61 票）赞成方为通过。"
    pub fn pass_rule(&self, needed: i64) -> String {
        say!(self.language, "congress-pass-rule", needed = needed)
    }

    /// "提案（共 5 件）".
    pub fn proposals_heading(&self, count: usize) -> String {
        say!(self.language, "congress-proposals-heading", count = count)
    }

    /// "共 3 项决议：".
    pub fn resolutions_tally(&self, count: usize) -> String {
        say!(self.language, "congress-resolutions-tally", count = count)
    }

    /// "通过 3 项".
    pub fn resolutions_tally_part(&self, label: &str, count: usize) -> String {
        say!(
            self.language,
            "congress-resolutions-tally-part",
            label = label,
            count = count
        )
    }

    /// "共 5 件提案：".
    pub fn proposals_tally(&self, count: usize) -> String {
        say!(self.language, "congress-proposals-tally", count = count)
    }

    /// "立案 1 件".
    pub fn proposals_tally_part(&self, label: &str, count: usize) -> String {
        say!(
            self.language,
            "congress-proposals-tally-part",
            label = label,
            count = count
        )
    }

    /// "（1 件）" after a status group's heading.
    pub fn proposals_group_count(&self, count: usize) -> String {
        say!(
            self.language,
            "congress-proposals-group-count",
            count = count
        )
    }

    /// "不予立案的提案": the caption of a status group's table.
    pub fn proposals_group_caption(&self, status: &str) -> String {
        say!(
            self.language,
            "congress-proposals-group-caption",
            status = status
        )
    }

    /// A proposal's status as readers see it, from the one the clerk wrote (立案 办理中
    /// 已办结 不予立案); any other as written.
    pub fn proposal_status(&self, written: &str) -> String {
        let catalog = crate::catalog::Catalog::of(self.language);
        match PROPOSAL_STATUSES.iter().position(|s| *s == written) {
            Some(0) => catalog.text("congress-proposal-filed"),
            Some(1) => catalog.text("congress-proposal-in-progress"),
            Some(2) => catalog.text("congress-proposal-done"),
            Some(_) => catalog.text("congress-proposal-declined"),
            None => written.to_string(),
        }
    }

    /// A resolution's progress as readers see it, from the one the clerk wrote (未开始
    /// 落实中 已落实 已终止); any other as written.
    pub fn progress_status(&self, written: &str) -> String {
        let catalog = crate::catalog::Catalog::of(self.language);
        match PROGRESS_STATUSES.iter().position(|s| *s == written) {
            Some(0) => catalog.text("congress-progress-not-started"),
            Some(1) => catalog.text("congress-progress-in-progress"),
            Some(2) => catalog.text("congress-progress-done"),
            Some(_) => catalog.text("congress-progress-stopped"),
            None => written.to_string(),
        }
    }
}
