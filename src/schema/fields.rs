//! What each key holds, in the clerk's words: its type, a Chinese description and
//! examples, by the context its reader names the mapping with (`finance item`, `income
//! line`, …; `ANY` for the fields every item has).
//!
//! This is not the list of allowed keys: those come from the readers (`probe`). A test
//! checks that every key a reader asks for is described here and that nothing here is
//! left that no reader asks for.

use crate::check::congress::{NOT_PASSED, PASSED, PROGRESS_STATUSES, PROPOSAL_STATUSES};
use crate::load::tabular::PAY_ROLES;
use crate::model::accounts::Side;
use crate::model::sheet::ColumnType;

use super::types::Ty;

/// Matches a key in any context that has no entry of its own (the fields every item has).
pub const ANY: &str = "*";

/// One key: where, what type, what it means, what it looks like.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The reader's context (`ANY` for every item's own fields).
    pub context: &'static str,
    /// The key.
    pub key: &'static str,
    /// What it holds.
    pub ty: Ty,
    /// What it means, in Chinese.
    pub zh: &'static str,
    /// Examples as a clerk writes them.
    pub examples: &'static [&'static str],
}

const fn f(
    context: &'static str,
    key: &'static str,
    ty: Ty,
    zh: &'static str,
    examples: &'static [&'static str],
) -> Field {
    Field {
        context,
        key,
        ty,
        zh,
        examples,
    }
}

const RESULTS: &[&str] = &[PASSED, NOT_PASSED];
const NOTE: &str = "备注（可不填）";

/// Keys a reader asks for only once another is given (`sheet:` with `lines:`), so the
/// probe, in which no key has a value, never sees them asked: (key, companion).
pub const COMPANIONS: &[(&str, &str)] = &[("lines", "sheet")];

/// Every key of every mapping a site's files may hold.
#[rustfmt::skip]
pub static FIELDS: &[Field] = &[
    // site.yaml
    f("site.yaml", "title", Ty::Text, "公开栏名称，显示在每一页顶部（必填）", &["某某煤矿通风队 队务公开栏"]),
    f("site.yaml", "unit", Ty::Text, "发布单位（落款），印在每一份公示上（必填）", &["某某煤矿通风队工会"]),
    f("site.yaml", "language", Ty::Word(&["zh-Hans", "zh-Hant", "en"]), "界面文字语言：zh-Hans 简体（默认）、zh-Hant 繁体、en 英文", &["zh-Hans"]),
    f("site.yaml", "base_url", Ty::BaseUrl, "网址前缀：留空（默认）为相对链接，双击打开或放在任何目录下都能用；也可写从网站根起的路径 /board/ 或 http(s):// 完整地址", &["", "/board/"]),
    f("site.yaml", "theme", Ty::Text, "页面模板（主题）：themes/ 下的文件夹名，默认 default", &["default"]),
    f("site.yaml", "disclosure_days", Ty::Integer(0, 3650), "默认公示期天数（自然日，从发布日算起，首尾两天都算），默认 7", &["7"]),
    f("site.yaml", "supervision", Ty::Map("supervision"), "监督、异议渠道，印在每一份公示上", &[]),
    f("site.yaml", "large_expense_threshold", Ty::Money, "大额资金标准（元）：单笔支出达到或超过此金额时在页面上标注", &["5000.00"]),
    f("site.yaml", "large_penalty_threshold", Ty::Money, "大额处罚标准（元）：单笔处罚达到或超过此金额时在奖惩公示上标注“大额处罚”", &["200.00"]),
    f("site.yaml", "privacy", Ty::Map("privacy"), "隐私保护设置", &[]),
    f("site.yaml", "raw_html", Ty::Bool, "是否允许在 Markdown 中直接写 HTML，默认 false（不允许）", &["false"]),
    f("site.yaml", "signatures", Ty::SiteSignatures, "打印件落款处的签字栏：按公示种类分别列出角色，或只写一个列表（各类通用）", &[]),
    f("site.yaml", "print", Ty::Map("print"), "打印设置：纸张和方向", &[]),
    f("site.yaml", "print_url", Ty::WebAddress, "打印件二维码指向的网址前缀（http:// 或 https://），base_url 留空时用", &["https://intranet.example/board/"]),
    f("site.yaml", "categories", Ty::ExtraCategories, "科目表以外本单位自设的收支科目：名称: income（收入）或 expense（支出）；自设的明细科目：名称: {code: 50301, parent: 503}", &[]),
    f("site.yaml", "site_id", Ty::Text, "本公开栏独有的名称（可不填），用于订阅源（feed）里各条目的编号，使之不与别的公开栏重复；设定后不要再改。不填时按网址或 title 和 unit 生成", &["tongfeng.mine.example"]),
    f("site.yaml", "hosting", Ty::Word(&["iis", "nginx", "apache", "none"]), "内网服务器的类型，gongkai 为它写出配置文件（IIS 的 web.config、Apache 的 .htaccess、nginx 的配置片段）；默认 none 不写", &["iis"]),
    f("site.yaml", "holidays", Ty::Dates, "法定节假日中落在周一至周五的日子（gongkai new 计算应出勤天数时扣除）", &["2026-10-01"]),
    f("site.yaml", "workdays_extra", Ty::Dates, "调休上班的周六、周日（gongkai new 计算应出勤天数时加上）", &["2026-09-27"]),
    f("site.yaml", "finance_due_days", Ty::Integer(0, 3650), "经费收支按期公开的期限：一个期间结束后超过这么多天仍没有覆盖它的经费收支公示，check 提示逾期；有单位公开栏时默认 30，写了也检查没有单位公开栏的站点", &["30"]),
    f("supervision", "contact", Ty::Text, "受理部门及地点", &["工会办公室"]),
    f("supervision", "phone", Ty::Text, "办公固定电话；不得填写个人手机号", &["0537-1234567"]),
    f("supervision", "email", Ty::Text, "监督邮箱", &["jiandu@example.com"]),
    f("privacy", "mask_names", Ty::Bool, "福利名单姓名打码（张德营 显示为 张*营），默认 true", &["true"]),
    f("privacy", "show_reasons", Ty::Bool, "是否在个人姓名旁显示困难原因，默认 false（只按原因汇总）", &["false"]),
    f("privacy", "attendance", Ty::Word(&["individual", "totals"]), "出勤公示方式：individual 逐人公示（默认）、totals 只公示合计", &["individual"]),
    f("privacy", "pay", Ty::Word(&["individual", "totals"]), "工资奖金分配公示方式：individual 逐人公示（默认）、totals 只公示人数和各列合计", &["individual"]),
    f("privacy", "allow", Ty::Texts, "允许出现的特定号码（如公开热线），逐条写出完整号码", &[]),
    f("signatures", "finance", Ty::Texts, "经费收支公示的签字角色", &["工会主席"]),
    f("signatures", "welfare", Ty::Texts, "福利发放公示的签字角色", &["经办人"]),
    f("signatures", "attendance", Ty::Texts, "出勤公示的签字角色", &["考勤员"]),
    f("signatures", "congress", Ty::Texts, "职代会公告的签字角色", &["大会主席团"]),
    f("signatures", "pay", Ty::Texts, "工资奖金分配公示的签字角色", &["队长", "工会小组长"]),
    f("signatures", "merits", Ty::Texts, "奖惩公示的签字角色", &["队长"]),
    f("signatures", "assessment", Ty::Texts, "综合考核结果公示的签字角色", &["考核小组组长"]),
    f("signatures", "table", Ty::Texts, "其他公开事项表格的签字角色", &["经办人"]),
    f("signatures", "notice", Ty::Texts, "通知公告的签字角色（[] 表示不留签字栏）", &[]),
    f("print", "paper", Ty::Word(&["A4", "A3"]), "纸张：A4 或 A3", &["A4"]),
    f("print", "orientation", Ty::Word(&["portrait", "landscape"]), "方向：portrait 纵向、landscape 横向", &["portrait"]),
    // _section.yaml
    f("_section.yaml", "title", Ty::Text, "栏目名称（不写时用文件夹名）；单位公开栏的标题（不写时用单位名称）", &["2026年", "通风队 队务公开栏"]),
    f("_section.yaml", "unit", Ty::Text, "本栏目各项公示的发布单位（覆盖 site.yaml 的 unit）", &["某某煤矿通风队工会"]),
    f("_section.yaml", "order", Ty::Integer(i64::MIN, i64::MAX), "在同级栏目中的顺序，小的在前", &["1"]),
    f("_section.yaml", "board", Ty::Bool, "true 表示这个文件夹是该单位（unit）自己的公开栏：有自己的首页、打印件、订阅源和搜索范围", &["true"]),
    f("_section.yaml", "supervision", Ty::Map("supervision"), "本单位公示上印的监督、异议渠道（代替 site.yaml 的 supervision）", &[]),
    f("_section.yaml", "signatures", Ty::SiteSignatures, "本单位公示的签字角色（代替 site.yaml 的 signatures；各项自己的 signatures 仍优先）", &[]),
    f("_section.yaml", "since", Ty::Date, "本单位成立之日（可不写）：此前的期间不算逾期，此前的公示会被提示", &["2025-07-01"]),
    f("_section.yaml", "until", Ty::Date, "本单位撤销之日（可不写）：此后的期间不算逾期，此后的公示会被提示", &["2027-12-31"]),
    // Every item.
    f("finance item", "kind", Ty::Kind("finance"), "公示种类：finance 经费收支", &["finance"]),
    f("welfare item", "kind", Ty::Kind("welfare"), "公示种类：welfare 福利发放", &["welfare"]),
    f("attendance item", "kind", Ty::Kind("attendance"), "公示种类：attendance 出勤公示", &["attendance"]),
    f("congress item", "kind", Ty::Kind("congress"), "公示种类：congress 职代会决议、提案", &["congress"]),
    f("pay item", "kind", Ty::Kind("pay"), "公示种类：pay 工资奖金分配", &["pay"]),
    f("merits item", "kind", Ty::Kind("merits"), "公示种类：merits 奖惩", &["merits"]),
    f("assessment item", "kind", Ty::Kind("assessment"), "公示种类：assessment 综合考核结果", &["assessment"]),
    f("table item", "kind", Ty::Kind("table"), "公示种类：table 其他公开事项的表格（合理化建议、隐患排查、劳保用品发放……）", &["table"]),
    f("notice front matter", "kind", Ty::Word(&["notice"]), "通知公告可写 kind: notice，也可不写", &["notice"]),
    f(ANY, "title", Ty::Text, "标题（必填）", &["2026年第一季度工会经费收支情况"]),
    f(ANY, "published", Ty::Date, "发布日期，年-月-日（必填）", &["2026-04-05"]),
    f(ANY, "disclosure", Ty::Map("disclosure"), "公示期；不写时从发布日起按 site.yaml 的 disclosure_days 计算", &[]),
    f(ANY, "unit", Ty::Text, "发布单位；不写时用所在栏目（_section.yaml）或 site.yaml 的 unit", &[]),
    f(ANY, "period", Ty::Period, "所属期间：年 2026、半年 2026-H1、季度 2026-Q1、月 2026-03", &["2026-Q1"]),
    f("attendance item", "period", Ty::Month, "所属月份，年-月（必填）", &["2026-03"]),
    f(ANY, "corrects", Ty::Text, "本项更正的早先一项：content/ 下的路径，带扩展名", &["2026/finance-q1.yaml"]),
    f(ANY, "draft", Ty::Bool, "true 表示草稿：build 时不发布（加 --drafts 才发布）", &["true"]),
    f(ANY, "print", Ty::Map("print"), "本项的打印设置，覆盖 site.yaml 的 print", &[]),
    f(ANY, "signatures", Ty::ItemSignatures, "本项的签字角色，代替 site.yaml 中该种类的设置；[] 表示不留签字栏", &[]),
    f("disclosure", "from", Ty::Date, "公示开始日（含），默认为发布日", &["2026-04-05"]),
    f("disclosure", "to", Ty::Date, "公示结束日（含），默认为开始日加 disclosure_days 天", &["2026-04-12"]),
    f("notice front matter", "category", Ty::Text, "通知类别", &["通知", "公告", "公示"]),
    // finance
    f("finance item", "opening_balance", Ty::Money, "期初余额（元，最多两位小数，必填）", &["12345.67"]),
    f("finance item", "lines", Ty::Text, "收支明细改记在旁边的电子表格里时，写它的文件名（.xlsx、.xls、.ods、.csv，相对于本文件所在文件夹），代替 income 和 expenses", &["ledger-2026-q1.xlsx"]),
    f("finance item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["2026一季度"]),
    f("finance item", "income", Ty::List("income line"), "收入明细，每笔一行", &[]),
    f("finance item", "expenses", Ty::List("expense line"), "支出明细，每笔一行", &[]),
    f("finance item", "closing_balance", Ty::Money, "期末余额；写了就必须等于 期初 + 收入 - 支出", &["14045.67"]),
    f("finance item", "budget", Ty::Map("budget"), "预算，按科目", &[]),
    f("income line", "date", Ty::Date, "日期，须在 period 之内", &["2026-01-15"]),
    f("income line", "category", Ty::Category(Side::Income), "收入科目：名称或编码（401 会费收入、402 拨缴经费收入、403 上级补助收入、405 行政补助收入、408 其他收入）", &["会费收入"]),
    f("income line", "amount", Ty::Money, "金额（元，最多两位小数）", &["3200.00"]),
    f("income line", "payee", Ty::Text, "交款单位或收款对象", &[]),
    f("income line", "voucher", Ty::Text, "凭证号", &["记-011"]),
    f("income line", "note", Ty::Text, NOTE, &["1月会费"]),
    f("expense line", "date", Ty::Date, "日期，须在 period 之内", &["2026-02-03"]),
    f("expense line", "category", Ty::Category(Side::Expense), "支出科目：名称或编码（501 职工活动支出、503 职工服务支出、504 维权支出、505 业务支出、507 资本性支出、510 其他支出及其明细科目，如 50405 送温暖）", &["职工活动支出", "送温暖"]),
    f("expense line", "amount", Ty::Money, "金额（元，最多两位小数）", &["1500.00"]),
    f("expense line", "payee", Ty::Text, "收款单位", &["某某酒店"]),
    f("expense line", "voucher", Ty::Text, "凭证号", &["记-012"]),
    f("expense line", "note", Ty::Text, NOTE, &["春节联欢"]),
    f("budget", "income", Ty::Budget(Side::Income), "收入预算：科目: 金额", &[]),
    f("budget", "expenses", Ty::Budget(Side::Expense), "支出预算：科目: 金额", &[]),
    // welfare
    f("welfare item", "program", Ty::Text, "发放项目（必填）", &["送温暖", "困难职工帮扶", "会员生日慰问"]),
    f("welfare item", "funded_by", Ty::Map("funded_by"), "资金来源：哪一份经费收支公示的哪个支出科目", &[]),
    f("welfare item", "lines", Ty::Text, "发放名单改记在旁边的电子表格里时，写它的文件名（相对于本文件所在文件夹），代替 recipients", &["名单.xlsx"]),
    f("welfare item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["Sheet1"]),
    f("welfare item", "recipients", Ty::List("recipient"), "发放名单，每人一行（必填）", &[]),
    f("welfare item", "total", Ty::Money, "合计；写了就必须等于各人金额之和", &["12000.00"]),
    f("funded_by", "item", Ty::Text, "经费收支公示在 content/ 下的路径，带扩展名", &["2026/finance-q1.yaml"]),
    f("funded_by", "category", Ty::Category(Side::Expense), "支出科目", &["送温暖", "504"]),
    f("recipient", "name", Ty::Text, "姓名（公示时默认打码）", &["张德营"]),
    f("recipient", "team", Ty::Text, "班组", &["通风一班"]),
    f("recipient", "reason", Ty::Text, "困难原因（默认只按原因汇总公示，不列在姓名旁）", &["因病致困"]),
    f("recipient", "amount", Ty::Money, "金额（元）", &["800.00"]),
    f("recipient", "goods", Ty::Text, "慰问品", &["米、面、油"]),
    f("recipient", "note", Ty::Text, NOTE, &["节前送达"]),
    // attendance
    f("attendance item", "team", Ty::Text, "班组（队）名称", &["通风队"]),
    f("attendance item", "workdays", Ty::Decimal, "应出勤天数（必填）", &["22"]),
    f("attendance item", "lines", Ty::Text, "出勤记录改记在旁边的电子表格里时，写它的文件名（相对于本文件所在文件夹），代替 records", &["考勤.xlsx"]),
    f("attendance item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["Sheet1"]),
    f("attendance item", "records", Ty::List("attendance record"), "每人一行（必填）", &[]),
    f("attendance record", "name", Ty::Text, "姓名（每人只出现一次）", &["张三"]),
    f("attendance record", "present", Ty::Decimal, "出勤天数（必填）；出勤 + 各类假 + 缺勤 = 应出勤天数", &["21"]),
    f("attendance record", "leave", Ty::Leave, "请假天数，按假别：事假、病假、年休假……", &[]),
    f("attendance record", "absent", Ty::Decimal, "缺勤（旷工）天数", &["1"]),
    f("attendance record", "overtime_hours", Ty::Decimal, "加班小时数", &["8"]),
    f("attendance record", "note", Ty::Text, NOTE, &["旷工1天"]),
    // congress
    f("congress item", "meeting", Ty::Map("meeting"), "会议（必填）", &[]),
    f("congress item", "representatives", Ty::Map("representatives"), "代表人数（必填）", &[]),
    f("congress item", "resolutions", Ty::List("resolution"), "决议", &[]),
    f("congress item", "proposals", Ty::List("proposal"), "提案", &[]),
    f("meeting", "name", Ty::Text, "会议名称", &["五届三次职代会"]),
    f("meeting", "date", Ty::Date, "会议日期", &["2026-03-28"]),
    f("representatives", "total", Ty::Integer(1, i64::MAX), "应到代表总数", &["120"]),
    f("representatives", "present", Ty::Integer(0, i64::MAX), "实到代表人数；不少于总数的三分之二会议才有效", &["96"]),
    f("resolution", "title", Ty::Text, "决议标题", &["关于《2026年工资集体协商方案》的决议"]),
    f("resolution", "votes", Ty::Map("votes"), "表决票数", &[]),
    f("resolution", "text", Ty::Text, "决议正文（Markdown）", &[]),
    f("resolution", "result", Ty::Word(RESULTS), "表决结果（可不写，由票数计算；写了须与票数一致）", &[PASSED]),
    f("resolution", "progress", Ty::Map("progress"), "落实情况", &[]),
    f("votes", "for", Ty::Integer(0, i64::MAX), "赞成票；超过全体代表半数才通过", &["88"]),
    f("votes", "against", Ty::Integer(0, i64::MAX), "反对票", &["5"]),
    f("votes", "abstain", Ty::Integer(0, i64::MAX), "弃权票", &["3"]),
    f("progress", "status", Ty::Word(&PROGRESS_STATUSES), "落实状态", &["落实中"]),
    f("progress", "percent", Ty::Integer(0, 100), "完成百分比，0 到 100", &["40"]),
    f("progress", "note", Ty::Text, "落实情况说明", &["已完成一线岗位测算"]),
    f("progress", "updates", Ty::List("progress update"), "落实进展，按日期", &[]),
    f("progress update", "date", Ty::Date, "日期（不早于会议日期）", &["2026-04-20"]),
    f("progress update", "note", Ty::Text, "进展", &["完成一线岗位测算"]),
    f("proposal", "number", Ty::Text, "提案编号（不重复）", &["2026-07"]),
    f("proposal", "title", Ty::Text, "提案标题", &["关于改善井下班中餐的提案"]),
    f("proposal", "by", Ty::Text, "提案人", &["张三等5名代表"]),
    f("proposal", "handler", Ty::Text, "承办部门", &["后勤部"]),
    f("proposal", "status", Ty::Word(&PROPOSAL_STATUSES), "办理状态；已办结须写 reply，不予立案须写 reason", &["已办结"]),
    f("proposal", "reply", Ty::Text, "答复", &["自4月起增加热菜品种。"]),
    f("proposal", "reason", Ty::Text, "不予立案的理由", &[]),
    // pay, merits, assessment, table: the declared table
    f("pay item", "team", Ty::Text, "班组（队）名称；与 period 一起找到同队同月的出勤公示，核对出勤天数", &["通风队"]),
    f("pay item", "workdays", Ty::Decimal, "应出勤天数；各人出勤天数不得超过它", &["22"]),
    f("pay item", "pool", Ty::Money, "奖金（工资）总额（元）；分配列（应发，没有时实发）合计须等于它", &["39000.00"]),
    f("pay item", "share", Ty::Word(&["points", "typed"]), "分配方式：points 按工分分配（gongkai 按最大余额法重算每人金额），typed 照填（默认）", &["points"]),
    f("pay item", "remainder", Ty::Word(&["none", "balance"]), "balance：分配合计可少于总额，差额公示为“结余”；none（默认）须分完", &["balance"]),
    f("pay item", "columns", Ty::List("column"), "表格的列，按本队自己的表头（必填）；第一个 name 列为姓名", &[]),
    f("pay item", "rules", Ty::Texts, "各行须满足的等式，用列名和 + - 写，如 实发 = 应发 - 扣款", &["实发 = 应发 - 扣款"]),
    f("pay item", "rows", Ty::Rows, "每人一行，按列名写（必填）", &[]),
    f("pay item", "lines", Ty::Text, "分配表改记在旁边的电子表格里时，写它的文件名（相对于本文件所在文件夹），代替 rows；不写 columns 时由表头定出各列", &["分配表.xlsx"]),
    f("pay item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["Sheet1"]),
    f("column", "name", Ty::Text, "列名（表头），行里用它作键（必填，不重复）", &["应发"]),
    f("column", "type", Ty::Word(&ColumnType::KEYS), "列的类型（必填）：text 文字、name 姓名（打码）、money 金额（元）、number 数字（最多两位小数）、date 日期、percent 百分比", &["money"]),
    f("column", "total", Ty::Bool, "true：表格末尾合计这一列", &["true"]),
    f("column", "min", Ty::Bound, "最小值（只用于数字类的列）；低于它报错", &["0"]),
    f("column", "max", Ty::Bound, "最大值（只用于数字类的列）；高于它报错", &["100"]),
    f("column", "role", Ty::Word(&PAY_ROLES), "这一列在分配表里的作用：days 出勤天数、points 工分、coefficient 考核系数（与关联的综合考核名次核对）、gross 应发、deduction 扣款、net 实发（每种最多一列）", &["net"]),
    f("merits item", "team", Ty::Text, "班组（队）名称", &["通风队"]),
    f("merits item", "entries", Ty::MeritsEntries, "奖惩记录，每条一行（必填）：date、name、team、type、reason、amount、basis", &[]),
    f("merits item", "lines", Ty::Text, "奖惩记录改记在旁边的电子表格里时，写它的文件名（相对于本文件所在文件夹），代替 entries", &["奖惩.xlsx"]),
    f("merits item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["Sheet1"]),
    f("assessment item", "team", Ty::Text, "班组（队）名称", &["通风队"]),
    f("assessment item", "components", Ty::List("component"), "考核项目及各自满分（必填）；scores 里按项目名写分数", &[]),
    f("assessment item", "last_place", Ty::Word(&["flag", "none"]), "flag：标出总分最低者“末位”；none（默认）不标", &["flag"]),
    f("assessment item", "pay", Ty::Text, "考核结果所用于的工资奖金分配公示：content/ 下的路径，带扩展名", &["2026/pay-03.yaml"]),
    f("assessment item", "coefficients", Ty::List("coefficient band"), "按名次定的分配系数：每段 {from: 起始名次, to: 截止名次, coefficient: 系数}；不写 to 即到最后一名。写了 pay 时，分配表的工分（系数）列须与之一致", &[]),
    f("assessment item", "last_coefficient", Ty::Decimal, "末位（last_place: flag 标出的人）的系数，优先于其名次段的系数", &["0.8"]),
    f("coefficient band", "from", Ty::Integer(1, 100_000), "这一段的起始名次", &["1"]),
    f("coefficient band", "to", Ty::Integer(1, 100_000), "这一段的截止名次（含）；不写即到最后一名", &["2"]),
    f("coefficient band", "coefficient", Ty::Decimal, "这一段的分配系数", &["1.2"]),
    f("assessment item", "scores", Ty::Rows, "每人一行（必填）：name 和各项目的分数；total 可不写，写了须等于各项之和", &[]),
    f("assessment item", "lines", Ty::Text, "得分改记在旁边的电子表格里时，写它的文件名（相对于本文件所在文件夹），代替 scores；表头须写出 components 中的各项目", &["考核.xlsx"]),
    f("assessment item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["Sheet1"]),
    f("component", "name", Ty::Text, "考核项目名称（不重复，不能叫 total）", &["领导考核"]),
    f("component", "max", Ty::Decimal, "满分；分数在 0 与它之间", &["20"]),
    f("table item", "caption", Ty::Text, "表格标题（可不填）", &["劳保用品发放明细"]),
    f("table item", "columns", Ty::List("column"), "表格的列（必填）", &[]),
    f("table item", "rules", Ty::Texts, "各行须满足的等式，用列名和 + - 写，如 未领 = 应发 - 实发", &["未领 = 应发 - 实发"]),
    f("table item", "rows", Ty::Rows, "每行一条，按列名写（必填）", &[]),
    f("table item", "lines", Ty::Text, "表格改记在旁边的电子表格里时，写它的文件名（相对于本文件所在文件夹），代替 rows；不写 columns 时由表头定出各列", &["明细.xlsx"]),
    f("table item", "sheet", Ty::Text, "lines 表格中的工作表名称（可不写，默认第一张）", &["Sheet1"]),
];

/// The entry for `key` read under `context`: its own, else, in an item (`finance item`,
/// `notice front matter` …), the one every item has.
pub fn find(context: &str, key: &str) -> Option<&'static Field> {
    let own = FIELDS.iter().find(|f| f.context == context && f.key == key);
    let item = context.ends_with(" item") || context == "notice front matter";
    own.or_else(|| {
        FIELDS
            .iter()
            .find(|f| item && f.context == ANY && f.key == key)
    })
}
