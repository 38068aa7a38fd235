//! The words of the kinds built on a declared table: pay (工资奖金分配), merits (奖惩),
//! assessment (综合考核) and table, from the page catalogue (`table-*`, `pay-*`,
//! `merits-*`, `assessment-*`).

use super::{say, words};

words! {
    /// Every fixed word of the tabular kinds' pages (`t.tables` in templates).
    pub struct TableLabels {
        /// 序号.
        number: "table-number",
        /// 合计.
        total: "table-total",
        /// 人数.
        people: "table-people",
        /// The note under a table whose names are masked.
        masked: "table-masked",
        /// 明细.
        rows_caption: "table-rows-caption",
        /// 合计 (the caption of a totals-only table).
        totals_caption: "table-totals-caption",
        /// 班组.
        team: "pay-team",
        /// 应出勤天数.
        workdays: "pay-workdays",
        /// 分配方式.
        method: "pay-method",
        /// 按工分分配.
        method_points: "pay-method-points",
        /// 按表列金额.
        method_typed: "pay-method-typed",
        /// 奖金总额.
        pool: "pay-pool",
        /// 分配合计.
        distributed: "pay-distributed",
        /// 结余.
        balance: "pay-balance",
        /// 扣款合计.
        deductions: "pay-deductions",
        /// 实发合计.
        net: "pay-net",
        /// 工分合计.
        points: "pay-points-total",
        /// 分配明细.
        pay_caption: "pay-caption",
        /// 公示方式.
        mode: "pay-mode",
        /// 只公示合计.
        totals_only: "pay-totals-only",
        /// The banner of a pay item under `privacy.pay: totals`.
        totals_only_banner: "pay-totals-only-banner",
        /// How a share by points is rounded.
        rounding: "pay-rounding",
        /// 日期.
        merits_date: "merits-date",
        /// 姓名.
        merits_name: "merits-name",
        /// 班组.
        merits_team: "merits-team",
        /// 类别.
        merits_type: "merits-type",
        /// 事由.
        merits_reason: "merits-reason",
        /// 金额.
        merits_amount: "merits-amount",
        /// 依据.
        merits_basis: "merits-basis",
        /// 奖励.
        reward: "merits-reward",
        /// 处罚.
        penalty: "merits-penalty",
        /// 奖励合计.
        rewards_total: "merits-rewards-total",
        /// 处罚合计.
        penalties_total: "merits-penalties-total",
        /// 大额处罚 (the column and mark of a penalty at or above the threshold).
        large_penalty: "merits-large",
        /// 奖惩明细.
        merits_caption: "merits-caption",
        /// 奖惩项数.
        merits_count: "merits-count",
        /// 奖励项数 (a year summary's column).
        rewards_count: "merits-rewards-count",
        /// 奖励金额 (a year summary's column).
        rewards_amount: "merits-rewards-amount",
        /// 处罚项数 (a year summary's column).
        penalties_count: "merits-penalties-count",
        /// 处罚金额 (a year summary's column).
        penalties_amount: "merits-penalties-amount",
        /// 大额处罚项数 (a year summary's column).
        large_count: "merits-large-count",
        /// 期间 (the first column of a year summary).
        year_period: "team-year-period",
        /// 全年合计 (a year summary's footer and a team's figures).
        year_total: "team-year-total",
        /// 全年合计（各班组）: the heading of the figures over every team.
        year_all: "team-year-all",
        /// 本单位全年合计: the heading of a unit's figures over its teams.
        unit_year_all: "team-unit-year-all",
        /// 考核项目.
        components: "assessment-components",
        /// 姓名.
        assessment_name: "assessment-name",
        /// 总分.
        assessment_total: "assessment-total",
        /// 名次.
        rank: "assessment-rank",
        /// 末位.
        last: "assessment-last",
        /// 考核结果.
        assessment_caption: "assessment-caption",
        /// 总分分布.
        spread_chart: "assessment-chart",
        /// 平均分.
        average: "assessment-average",
        /// 关联分配.
        linked_pay: "assessment-pay",
        /// How ranks are counted.
        rank_rule: "assessment-rank-rule",
        /// 系数 (the pay coefficient of a rank).
        coefficient: "assessment-coefficient",
        /// 行数.
        rows_count: "table-rows-count",
    }
}

impl TableLabels {
    /// The words of `language`.
    pub fn of(language: crate::config::Language) -> &'static TableLabels {
        &super::Labels::of(language).tables
    }

    /// "奖励 3 项，处罚 1 项".
    pub fn merits_count_text(&self, rewards: usize, penalties: usize) -> String {
        say!(
            self.language,
            "merits-count-text",
            rewards = rewards,
            penalties = penalties
        )
    }

    /// The note under a notice with large penalties, naming the threshold.
    pub fn large_note(&self, threshold: &str) -> String {
        say!(self.language, "merits-large-note", threshold = threshold)
    }

    /// "领导考核 20 + 职工代表评分 40 = 60": the components and full marks.
    pub fn components_text(&self, parts: &str, full: &str) -> String {
        say!(
            self.language,
            "assessment-components-text",
            parts = parts,
            full = full
        )
    }

    /// The note naming the coefficients of the ranks: "分配系数按名次：第 1–2 名 1.20；…".
    pub fn coefficients_note(&self, bands: &str) -> String {
        say!(self.language, "assessment-coefficient-rule", bands = bands)
    }

    /// One band of ranks and its coefficient; `to` is none for the band up to the last
    /// rank, and both are none for the 末位 coefficient.
    pub fn coefficient_band(
        &self,
        from: Option<i64>,
        to: Option<i64>,
        coefficient: &str,
    ) -> String {
        match (from, to) {
            (Some(from), Some(to)) => say!(
                self.language,
                "assessment-coefficient-band",
                from = from,
                to = to,
                coefficient = coefficient
            ),
            (Some(from), None) => say!(
                self.language,
                "assessment-coefficient-band-open",
                from = from,
                coefficient = coefficient
            ),
            _ => say!(
                self.language,
                "assessment-coefficient-last",
                coefficient = coefficient
            ),
        }
    }

    /// A band of totals on the chart: "90–100".
    pub fn band(&self, from: i64, to: i64) -> String {
        say!(self.language, "assessment-band", from = from, to = to)
    }

    /// What the chart shows, for readers of the page without the picture.
    pub fn spread_text(&self, people: usize) -> String {
        say!(self.language, "assessment-chart-text", count = people)
    }

    /// The key figure of a summed money column: "奖励金额合计".
    pub fn column_total(&self, column: &str) -> String {
        say!(self.language, "table-column-total", column = column)
    }

    /// The note naming a table's row rules: "每行均按以下规则核对：实发 = 应发 - 扣款".
    pub fn rules_note(&self, rules: &str) -> String {
        say!(self.language, "table-rules-note", rules = rules)
    }

    /// "12 人", from the number of people.
    pub fn people_text(&self, count: usize) -> String {
        say!(self.language, "table-people-text", count = count)
    }

    /// A team named with its unit, where several units' teams share a page: "通风队 通风一班".
    pub fn team_of_unit(&self, unit: &str, team: &str) -> String {
        say!(self.language, "team-of-unit", unit = unit, team = team)
    }

    /// The caption of a team's table on the pay year page.
    pub fn pay_year_caption(&self, team: &str) -> String {
        say!(self.language, "pay-year-caption", team = team)
    }

    /// The caption of a team's table on the merits year page.
    pub fn merits_year_caption(&self, team: &str) -> String {
        say!(self.language, "merits-year-caption", team = team)
    }
}
