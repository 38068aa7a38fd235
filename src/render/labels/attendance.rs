//! The words of the attendance page (出勤公示) and of each team's archive of months, from
//! the page catalogue (`attendance-*`).

use super::{say, words};

words! {
    /// Every fixed word of the attendance page and archive (`t.attendance` in templates).
    pub struct AttendanceLabels {
        /// What an item without `team:` is filed under: 未注明班组.
        no_team: "attendance-no-team",
        /// 班组.
        team: "attendance-team",
        /// 应出勤天数.
        workdays: "attendance-workdays",
        /// 公示方式.
        mode: "attendance-mode",
        /// 只公示班组合计: the mode of `privacy.attendance: totals`.
        totals_only: "attendance-totals-only",
        /// 人数.
        people: "attendance-people",
        /// 应出勤（人·天）.
        person_days: "attendance-person-days",
        /// 出勤（人·天）.
        present_days: "attendance-present-days",
        /// 旷工.
        absent: "attendance-absent",
        /// 加班（小时）.
        overtime: "attendance-overtime",
        /// 出勤率.
        rate: "attendance-rate",
        /// 班组出勤合计.
        totals_caption: "attendance-totals-caption",
        /// 姓名.
        name: "attendance-name",
        /// 出勤.
        present: "attendance-present",
        /// 备注.
        note: "attendance-note",
        /// 出勤明细.
        people_caption: "attendance-people-caption",
        /// 假别.
        leave_kind: "attendance-leave-kind",
        /// 天数.
        days: "attendance-days",
        /// 占应出勤.
        leave_share: "attendance-leave-share",
        /// 合计.
        total: "attendance-total",
        /// 请假分类统计.
        leave_caption: "attendance-leave-caption",
        /// 请假（天）.
        leave_days: "attendance-leave-days",
        /// 旷工（天）.
        absent_days: "attendance-absent-days",
        /// The note of a page that shows team totals only.
        totals_only_banner: "attendance-totals-only-banner",
        /// 本月无请假。
        no_leave: "attendance-no-leave",
        /// 月份 (an archive's first column).
        month: "attendance-month",
        /// 公示 (an archive's column of items).
        item: "attendance-item",
        /// 发布日期.
        published: "attendance-published",
    }
}

impl AttendanceLabels {
    /// The words of `language`.
    pub fn of(language: crate::config::Language) -> &'static AttendanceLabels {
        &super::Labels::of(language).attendance
    }

    /// Title of a team's monthly archive, from the team.
    pub fn archive_title(&self, team: &str) -> String {
        say!(self.language, "attendance-archive-title", team = team)
    }

    /// The people table's totals row, from the number of people.
    pub fn people_total(&self, count: usize) -> String {
        say!(self.language, "attendance-people-total", count = count)
    }

    /// The heading of a page's team totals: "通风队 合计".
    pub fn summary_heading(&self, team: &str) -> String {
        say!(self.language, "attendance-summary-heading", team = team)
    }

    /// How the rate is reckoned: "出勤 283 人·天 ÷ 应出勤 286 人·天（13 人 × 22 天）".
    pub fn rate_formula(
        &self,
        present: &str,
        person_days: &str,
        people: usize,
        workdays: &str,
    ) -> String {
        say!(
            self.language,
            "attendance-rate-formula",
            present = present,
            person_days = person_days,
            people = people,
            workdays = workdays
        )
    }

    /// The caption of a year of a team's archive: "通风队 2026年各月出勤合计".
    pub fn archive_caption(&self, team: &str, year: &str) -> String {
        say!(
            self.language,
            "attendance-archive-caption",
            team = team,
            year = year
        )
    }
}
