//! The words of the attendance page (出勤公示), per language.
//!
//! Not translated yet: every language shows the Chinese words the pages have always
//! shown, so zh-Hant and en copy the zh-Hans entry; a translation overrides fields there.

use crate::config::Language;

/// Every fixed word of the attendance page.
#[derive(Clone, Copy, Debug)]
pub struct AttendanceLabels {
    /// What an item without `team:` is filed under: 未注明班组.
    pub no_team: &'static str,
    /// Title of a team's monthly archive, from the team.
    pub archive_title: fn(&str) -> String,
    /// 班组.
    pub team: &'static str,
    /// 应出勤天数.
    pub workdays: &'static str,
    /// 公示方式.
    pub mode: &'static str,
    /// 只公示班组合计: the mode of `privacy.attendance: totals`.
    pub totals_only: &'static str,
    /// 人数.
    pub people: &'static str,
    /// 应出勤（人·天）.
    pub person_days: &'static str,
    /// 出勤（人·天）.
    pub present_days: &'static str,
    /// 旷工.
    pub absent: &'static str,
    /// 加班（小时）.
    pub overtime: &'static str,
    /// 出勤率.
    pub rate: &'static str,
    /// 班组出勤合计.
    pub totals_caption: &'static str,
    /// 姓名.
    pub name: &'static str,
    /// 出勤.
    pub present: &'static str,
    /// 备注.
    pub note: &'static str,
    /// The people table's totals row, from the number of people.
    pub people_total: fn(usize) -> String,
    /// 出勤明细.
    pub people_caption: &'static str,
    /// 假别.
    pub leave_kind: &'static str,
    /// 天数.
    pub days: &'static str,
    /// 占应出勤.
    pub leave_share: &'static str,
    /// 合计.
    pub total: &'static str,
    /// 请假分类统计.
    pub leave_caption: &'static str,
}

const ZH_HANS: AttendanceLabels = AttendanceLabels {
    no_team: "未注明班组",
    archive_title: |team| format!("{team}历月出勤公示"),
    team: "班组",
    workdays: "应出勤天数",
    mode: "公示方式",
    totals_only: "只公示班组合计",
    people: "人数",
    person_days: "应出勤（人·天）",
    present_days: "出勤（人·天）",
    absent: "旷工",
    overtime: "加班（小时）",
    rate: "出勤率",
    totals_caption: "班组出勤合计",
    name: "姓名",
    present: "出勤",
    note: "备注",
    people_total: |people| format!("合计（{people}人）"),
    people_caption: "出勤明细",
    leave_kind: "假别",
    days: "天数",
    leave_share: "占应出勤",
    total: "合计",
    leave_caption: "请假分类统计",
};

/// Not translated yet: the zh-Hans words.
const ZH_HANT: AttendanceLabels = AttendanceLabels { ..ZH_HANS };

/// Not translated yet: the zh-Hans words.
const EN: AttendanceLabels = AttendanceLabels { ..ZH_HANS };

impl AttendanceLabels {
    /// The words of `language`.
    pub fn of(language: Language) -> &'static AttendanceLabels {
        match language {
            Language::ZhHans => &ZH_HANS,
            Language::ZhHant => &ZH_HANT,
            Language::En => &EN,
        }
    }
}
