//! The words of the welfare page (福利发放) and the welfare year summary, per language.
//!
//! Not translated yet: every language shows the Chinese words the pages have always
//! shown, so zh-Hant and en copy the zh-Hans entry; a translation overrides fields there.

use crate::config::Language;

/// Every fixed word of the welfare page and year summary.
#[derive(Clone, Copy, Debug)]
pub struct WelfareLabels {
    /// 项目 (a fact, and a year-summary column).
    pub program: &'static str,
    /// 资金来源.
    pub funding: &'static str,
    /// 人数 (a fact and a column).
    pub people: &'static str,
    /// "12 人", from the number of people.
    pub people_text: fn(usize) -> String,
    /// 发放合计.
    pub total_figure: &'static str,
    /// 序号.
    pub number: &'static str,
    /// 姓名.
    pub name: &'static str,
    /// 班组.
    pub team: &'static str,
    /// 困难原因.
    pub reason: &'static str,
    /// 金额.
    pub amount: &'static str,
    /// 物品.
    pub goods: &'static str,
    /// 备注.
    pub note: &'static str,
    /// 合计.
    pub total: &'static str,
    /// 发放名单.
    pub recipients_caption: &'static str,
    /// 按困难原因汇总.
    pub by_reason_caption: &'static str,
    /// 未注明: recipients without a reason, in the per-reason table.
    pub no_reason: &'static str,
    /// The note under a list with names masked and reasons only summed.
    pub masked_and_summed: &'static str,
    /// The note under a list with names masked.
    pub masked: &'static str,
    /// The note under a list whose reasons are only summed.
    pub summed: &'static str,
    /// 按项目汇总.
    pub by_program_caption: &'static str,
    /// 次数: distributions of a program.
    pub times: &'static str,
    /// 人次: people over all distributions.
    pub person_times: &'static str,
    /// 发放明细.
    pub distributions_caption: &'static str,
    /// 发布日期.
    pub published: &'static str,
    /// 名单: the list of one distribution.
    pub list: &'static str,
}

const ZH_HANS: WelfareLabels = WelfareLabels {
    program: "项目",
    funding: "资金来源",
    people: "人数",
    people_text: |people| format!("{people} 人"),
    total_figure: "发放合计",
    number: "序号",
    name: "姓名",
    team: "班组",
    reason: "困难原因",
    amount: "金额",
    goods: "物品",
    note: "备注",
    total: "合计",
    recipients_caption: "发放名单",
    by_reason_caption: "按困难原因汇总",
    no_reason: "未注明",
    masked_and_summed: "为保护受助职工隐私，姓名已部分隐去，困难原因只按类别汇总公示。",
    masked: "为保护受助职工隐私，姓名已部分隐去。",
    summed: "为保护受助职工隐私，困难原因只按类别汇总公示。",
    by_program_caption: "按项目汇总",
    times: "次数",
    person_times: "人次",
    distributions_caption: "发放明细",
    published: "发布日期",
    list: "名单",
};

/// Not translated yet: the zh-Hans words.
const ZH_HANT: WelfareLabels = WelfareLabels { ..ZH_HANS };

/// Not translated yet: the zh-Hans words.
const EN: WelfareLabels = WelfareLabels { ..ZH_HANS };

impl WelfareLabels {
    /// The words of `language`.
    pub fn of(language: Language) -> &'static WelfareLabels {
        match language {
            Language::ZhHans => &ZH_HANS,
            Language::ZhHant => &ZH_HANT,
            Language::En => &EN,
        }
    }
}
