//! The words of the workers' congress page (职代会), per language: the meeting facts, the
//! quorum sentence, each resolution's result and why it failed, and the table headings.
//!
//! Not translated yet: every language shows the Chinese words the pages have always
//! shown, so zh-Hant and en copy the zh-Hans entry; a translation overrides fields there.

use crate::check::congress::NotAdopted;
use crate::config::Language;

/// Every fixed word of the congress page.
#[derive(Clone, Copy, Debug)]
pub struct CongressLabels {
    /// Title of the site-wide follow-up of resolutions: 决议落实情况.
    pub resolutions_title: &'static str,
    /// Title of the site-wide follow-up of proposals: 提案办理情况.
    pub proposals_title: &'static str,
    /// The quorum sentence of a valid meeting.
    pub quorum_met: &'static str,
    /// The quorum sentence of a meeting without quorum, from present, needed and total.
    pub quorum_failed: fn(i64, i64, i64) -> String,
    /// 会议.
    pub meeting: &'static str,
    /// 会议日期.
    pub meeting_date: &'static str,
    /// 代表.
    pub representatives: &'static str,
    /// "应到 120 人，实到 96 人", from total and present.
    pub representatives_text: fn(i64, i64) -> String,
    /// 法定人数.
    pub quorum: &'static str,
    /// "80 人（应到代表的三分之二）", from the quorum.
    pub quorum_text: fn(i64) -> String,
    /// 通过: the result of an adopted resolution.
    pub passed: &'static str,
    /// 未通过.
    pub not_passed: &'static str,
    /// Why not adopted: the meeting had no quorum.
    pub no_quorum: &'static str,
    /// Why not adopted: too few votes for.
    pub not_enough_for: &'static str,
    /// 会议决议.
    pub resolutions_caption: &'static str,
    /// 序号.
    pub number: &'static str,
    /// 决议.
    pub resolution: &'static str,
    /// 赞成.
    pub votes_for: &'static str,
    /// 反对.
    pub against: &'static str,
    /// 弃权.
    pub abstain: &'static str,
    /// 表决结果.
    pub result: &'static str,
    /// 未通过原因.
    pub reason: &'static str,
    /// 落实情况.
    pub progress: &'static str,
    /// 落实进度（%）.
    pub percent: &'static str,
    /// 落实说明.
    pub progress_note: &'static str,
    /// 提案办理情况 (the proposals table).
    pub proposals_caption: &'static str,
    /// 编号.
    pub proposal_number: &'static str,
    /// 案由.
    pub proposal_title: &'static str,
    /// 提案人.
    pub by: &'static str,
    /// 承办部门.
    pub handler: &'static str,
    /// 状态.
    pub status: &'static str,
    /// 答复或理由.
    pub reply: &'static str,
}

const ZH_HANS: CongressLabels = CongressLabels {
    resolutions_title: "决议落实情况",
    proposals_title: "提案办理情况",
    quorum_met: "实到代表达到法定人数（应到代表的三分之二），会议有效。",
    quorum_failed: |present, needed, total| {
        format!(
            "实到代表{present}名，不足法定人数{needed}名（应到代表{total}名的三分之二），会议无效，表决事项均未通过。"
        )
    },
    meeting: "会议",
    meeting_date: "会议日期",
    representatives: "代表",
    representatives_text: |total, present| format!("应到 {total} 人，实到 {present} 人"),
    quorum: "法定人数",
    quorum_text: |needed| format!("{needed} 人（应到代表的三分之二）"),
    passed: "通过",
    not_passed: "未通过",
    no_quorum: "会议未达法定人数",
    not_enough_for: "赞成票未过全体代表半数",
    resolutions_caption: "会议决议",
    number: "序号",
    resolution: "决议",
    votes_for: "赞成",
    against: "反对",
    abstain: "弃权",
    result: "表决结果",
    reason: "未通过原因",
    progress: "落实情况",
    percent: "落实进度（%）",
    progress_note: "落实说明",
    proposals_caption: "提案办理情况",
    proposal_number: "编号",
    proposal_title: "案由",
    by: "提案人",
    handler: "承办部门",
    status: "状态",
    reply: "答复或理由",
};

/// Not translated yet: the zh-Hans words.
const ZH_HANT: CongressLabels = CongressLabels { ..ZH_HANS };

/// Not translated yet: the zh-Hans words.
const EN: CongressLabels = CongressLabels { ..ZH_HANS };

impl CongressLabels {
    /// The words of `language`.
    pub fn of(language: Language) -> &'static CongressLabels {
        match language {
            Language::ZhHans => &ZH_HANS,
            Language::ZhHant => &ZH_HANT,
            Language::En => &EN,
        }
    }

    /// The words for why a resolution was not adopted.
    pub fn not_adopted(&self, why: NotAdopted) -> &'static str {
        match why {
            NotAdopted::NoQuorum => self.no_quorum,
            NotAdopted::NotEnoughFor => self.not_enough_for,
        }
    }
}
