//! The words of the welfare page (福利发放) and the welfare year summary, from the page
//! catalogue (`welfare-*`).

use super::{say, words};

words! {
    /// Every fixed word of the welfare page and year summary (`t.welfare` in templates).
    pub struct WelfareLabels {
        /// 项目 (a fact, and a year-summary column).
        program: "welfare-program",
        /// 资金来源.
        funding: "welfare-funding",
        /// 人数 (a fact and a column).
        people: "welfare-people",
        /// 发放合计.
        total_figure: "welfare-total-figure",
        /// 序号.
        number: "welfare-number",
        /// 姓名.
        name: "welfare-name",
        /// 班组.
        team: "welfare-team",
        /// 困难原因.
        reason: "welfare-reason",
        /// 金额.
        amount: "welfare-amount",
        /// 物品.
        goods: "welfare-goods",
        /// 备注.
        note: "welfare-note",
        /// 合计.
        total: "welfare-total",
        /// 发放名单.
        recipients_caption: "welfare-recipients-caption",
        /// 按困难原因汇总.
        by_reason_caption: "welfare-by-reason-caption",
        /// 未注明: recipients without a reason, in the per-reason table.
        no_reason: "welfare-no-reason",
        /// The note under a list with names masked and reasons only summed.
        masked_and_summed: "welfare-masked-and-summed",
        /// The note under a list with names masked.
        masked: "welfare-masked",
        /// The note under a list whose reasons are only summed.
        summed: "welfare-summed",
        /// 按项目汇总.
        by_program_caption: "welfare-by-program-caption",
        /// 次数: distributions of a program.
        times: "welfare-times",
        /// 人次: people over all distributions.
        person_times: "welfare-person-times",
        /// 发放明细.
        distributions_caption: "welfare-distributions-caption",
        /// 发布日期.
        published: "welfare-published",
        /// 名单: the list of one distribution.
        list: "welfare-list",
    }
}

impl WelfareLabels {
    /// The words of `language`.
    pub fn of(language: crate::config::Language) -> &'static WelfareLabels {
        &super::Labels::of(language).welfare
    }

    /// "12 人", from the number of people.
    pub fn people_text(&self, count: usize) -> String {
        say!(self.language, "welfare-people-text", count = count)
    }
}
