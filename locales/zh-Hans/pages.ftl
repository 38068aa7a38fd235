# zh-Hans words for readers of the board (Project Fluent syntax: https://projectfluent.org/).
#
# Every fixed word of the pages, print sheets, charts, CSV headers, the feed and the search
# page. Content (titles, names, notes, programs, leave kinds) is the clerk's and never here.
# Keys are grouped by page family; `{ $name }` is filled in by gongkai; a value that must
# keep a space at either end is written as a string literal: {" (Atom)"}.

catalog-language = 简体中文

## The frame of every page: menu, footer, contact lines.

site-home = 首页
site-open-now = 正在公示
site-latest = 最新发布
site-all = 全部
site-sections = 栏目
site-by-year = 按年份
site-search = 搜索
site-feed = 订阅（Atom）
site-built-on = 生成日期
site-skip = 跳到正文
site-print-board = 打印公开栏
site-none-yet = 暂无公示事项。
site-items = 项
site-total = 合计
# After a label: 栏目：, 大写：. CSS draws it after the labels of facts and of a table's
# cells on a phone.
site-colon = ：
# Between the items of a run-on list: 立案 1 件，办理中 1 件.
site-list-separator = ，
# Between two lists in one sentence.
site-list-break = ；
site-sentence-end = 。
# Around a file name after a link: 收支明细（lines.csv）.
site-paren-open = （
site-paren-close = ）
# Above a table that scrolls sideways.
site-scroll-cue = ← 左右滑动查看全表 →
contact-text = 对公示内容如有异议，请在公示期内向以下渠道反映：
contact-objections = 异议受理
contact-phone = 监督电话
contact-email = 监督邮箱

## The kinds of items and where an item stands.

kind-finance = 经费收支
kind-welfare = 福利发放
kind-attendance = 出勤公示
kind-congress = 职代会
kind-pay = 工资奖金
kind-merits = 奖惩公示
kind-assessment = 综合考核
kind-table = 其他公开
kind-notice = 通知公告
# The home page's link under each kind's latest items.
kind-finance-all = 全部经费收支
kind-welfare-all = 全部福利发放
kind-attendance-all = 全部出勤公示
kind-congress-all = 全部职代会
kind-pay-all = 全部工资奖金分配
kind-merits-all = 全部奖惩公示
kind-assessment-all = 全部综合考核
kind-table-all = 全部其他公开
kind-notice-all = 全部通知公告
status-open = 公示中
status-upcoming = 即将公示
status-closed = 公示期满

## Dates and periods. $month is 1 to 12.

date = { $year }年{ $month }月{ $day }日
year-title = { $year }年
period-year = { $year }年
period-half = { $year }年{ $half ->
    [1] 上半年
   *[2] 下半年
}
period-quarter = { $year }年第{ $quarter ->
    [1] 一
    [2] 二
    [3] 三
   *[4] 四
}季度
period-month = { $year }年{ $month }月

## Amounts in words (大写) under totals and on print sheets, in four groups separated by
## spaces: the digits 0 to 9; the places 10, 100, 1000 inside a group of four digits; the
## words closing a group of 10^4 and of 10^8; the words for yuan, jiao, fen and "whole".
## Empty ({""}) shows no amount in words.

money-numerals = 零壹贰叁肆伍陆柒捌玖 拾佰仟 万亿 元角分整

## Lists: by year, by kind, by section folder.

year-list-title = { $year }年发布的公示
finance-year-title = { $year }年经费收支汇总
welfare-year-title = { $year }年福利发放汇总
welfare-year-note = 本年度各次发放按项目和困难原因汇总；名单详见各次公示。
pay-year-title = { $year }年工资奖金分配汇总
merits-year-title = { $year }年奖惩汇总
pay-year-note = 本年度各期工资奖金分配按班组汇总，只列合计，不列个人；明细详见各期公示。
merits-year-note = 本年度奖惩按班组汇总；每一项奖惩及其依据详见各次公示。

## An item's page: its head, foot and downloads.

item-published = 发布日期
item-disclosure = 公示期
item-unit = 发布单位
item-period = 所属期间
item-status = 状态
item-title = 标题
item-kind = 类别
item-to = 至
item-draft = 草稿
item-corrected = 已更正
item-corrected-banner = 本事项已更正，请以更正后的内容为准：
item-corrects-banner = 本事项是对以下事项的更正：
item-in-words = 大写
item-downloads = 数据下载
item-print-this = 打印本公示
page-print-this = 打印本页
item-fingerprint = 核验码
item-fingerprint-note = 纸质公示上印有相同核验码，即与本页内容一致。

## Print sheets and the board page (every open item, ready to print).

print-qr-note = 扫码查看网上公示
# The accessible name of the printed QR code.
print-qr-label = 扫码查看网上公示：{ $url }
print-sign = 签字
print-sign-date = 日期
print-seal = 盖章
print-seal-mark = （盖章）
# CSS `content` values of the printed page number: with the total, and on the board,
# where COUNTER stands for each notice's own counter.
print-page-counter = "第 " counter(page) " 页 共 " counter(pages) " 页"
print-sheet-counter = "第 " counter(COUNTER) " 页"
print-alone = 单独打印本项
board-intro = 本页收录正在公示的全部事项，每项单独成页、从第 1 页编起页码，可一次打印后张贴。页码要带“共几页”的，请点该项的“单独打印本项”。
units-title = 各单位公开情况
units-unit = 单位
units-open = 正在公示
units-latest = 最近发布
units-overdue = 逾期未公开的经费收支
units-none = 无
unit-all = 本单位全部公示
unit-up = 上级
search-scope = 范围
search-all-units = 全部单位
corrections-title = 更正记录
corrections-intro = 本页列出本公开栏的全部更正：原公示和更正公示都保留在网上，可对照查看。
corrections-date = 更正日期
corrections-corrected = 原公示
corrections-correcting = 更正公示
corrections-added = 新增
corrections-removed = 删除
corrections-changed = 修改
corrections-before = 更正前
corrections-after = 更正后
corrections-not-compared = 两个版本的公示种类不同，不逐项比较，请打开两个版本对照。
corrections-same = 两个版本的数据相同。
corrections-diff = 更正内容：与更正公示的差异
corrections-recipient = 受助人
corrections-person = 人员
corrections-proposal = 提案
corrections-paragraph = 段落
corrections-attending = 出席代表

## The search page and its script.

search-needs-script = 搜索需要浏览器启用脚本；也可以按栏目、年份浏览。
search-placeholder = 标题、单位或正文中的词
search-hint = 例如：体检、送温暖、一季度
# The script's line over the results: one found, more found ({ $count } stays as it is:
# the script puts the number there), none found.
search-found-one = 共 1 项
search-found-many = 共 { $count } 项
search-none = 没有找到
search-more = 显示更多
search-failed = 搜索索引未能加载

## The feed (feed.xml): each entry's summary.

feed-summary = { $kind } · { $unit } · 公示期 { $from } 至 { $to }

## Charts on the finance page.

chart-budget = 预算
chart-actual = 实际
chart-rate = 执行率
chart-no-data = 暂无数据

## The finance page (经费收支) and the finance year summary. Account names are the
## statutory chart's (《工会会计制度》), by code.

finance-opening = 期初余额
finance-period-income = 本期收入
finance-period-expenses = 本期支出
finance-closing = 期末余额
finance-line-count = 收支笔数
finance-line-count-text = 收入 { $income } 笔，支出 { $expenses } 笔
finance-income = 收入
finance-expense = 支出
finance-side = 收支
finance-account-code = 科目编码
finance-account-name = 科目名称
finance-account = 科目
finance-level = 级次
finance-parent = 上级科目
finance-amount = 金额
finance-share = 占比
finance-total = 合计
finance-income-by-account = 收入分类汇总
finance-expenses-by-account = 支出分类汇总
finance-expenses-chart = 支出按科目
finance-expenses-chart-text = 本期支出合计 { $total }，按一级科目分列。
finance-budget-caption = 预算执行情况
finance-budget = 预算
finance-actual = 实际
finance-rate = 执行率
finance-remark = 说明
finance-unbudgeted = 未列预算
finance-budget-chart = 支出预算执行情况
finance-budget-chart-text = 各支出科目的预算与实际支出对比。
finance-large-caption = 大额资金支出（单笔 { $threshold } 及以上）
finance-large = 大额资金
finance-date = 日期
finance-payee = 收付对象
finance-voucher = 凭证号
finance-note = 摘要
finance-mark = 标注
finance-lines-caption = 收支明细
finance-year-caption = { $unit } 经费收支汇总
finance-period = 期间
finance-year-total = 全年合计
finance-undeclared-sub = { $code } 不是《工会会计制度》规定的明细科目，也未在本站登记，已计入 { $parent }。
# Before a sub-account's name in the tables by account.
finance-sub-indent = {"　　"}
account-401 = 会费收入
account-402 = 拨缴经费收入
account-403 = 上级补助收入
account-404 = 政府补助收入
account-405 = 行政补助收入
account-406 = 附属单位上缴收入
account-407 = 投资收益
account-408 = 其他收入
account-501 = 职工活动支出
account-50101 = 职工教育支出
account-50102 = 文体活动支出
account-50103 = 宣传活动支出
account-50104 = 劳模职工疗休养支出
account-50105 = 会员活动支出
account-50106 = 其他活动支出
account-503 = 职工服务支出
account-504 = 维权支出
account-50401 = 劳动关系协调支出
account-50402 = 劳动保护支出
account-50403 = 法律援助支出
account-50404 = 困难职工帮扶支出
account-50405 = 送温暖支出
account-50406 = 其他维权支出
account-505 = 业务支出
account-50501 = 培训支出
account-50502 = 会议支出
account-50503 = 专项业务支出
account-50504 = 其他业务支出
account-506 = 行政支出
account-507 = 资本性支出
account-508 = 补助下级支出
account-509 = 对附属单位的支出
account-510 = 其他支出

## The welfare page (福利发放) and the welfare year summary.

welfare-program = 项目
welfare-funding = 资金来源
welfare-people = 人数
welfare-people-text = { $count } 人
welfare-total-figure = 发放合计
welfare-number = 序号
welfare-name = 姓名
welfare-team = 班组
welfare-reason = 困难原因
welfare-amount = 金额
welfare-goods = 物品
welfare-note = 备注
welfare-total = 合计
welfare-recipients-caption = 发放名单
welfare-by-reason-caption = 按困难原因汇总
welfare-no-reason = 未注明
welfare-masked-and-summed = 为保护受助职工隐私，姓名已部分隐去，困难原因只按类别汇总公示。
welfare-masked = 为保护受助职工隐私，姓名已部分隐去。
welfare-summed = 为保护受助职工隐私，困难原因只按类别汇总公示。
welfare-by-program-caption = 按项目汇总
welfare-times = 次数
welfare-person-times = 人次
welfare-distributions-caption = 发放明细
welfare-published = 发布日期
welfare-list = 名单

## The attendance page (出勤公示) and each team's archive of months.

attendance-no-team = 未注明班组
attendance-archive-title = { $team }历月出勤公示
attendance-all = 全部出勤公示
attendance-team = 班组
attendance-workdays = 应出勤天数
attendance-mode = 公示方式
attendance-totals-only = 只公示班组合计
attendance-people = 人数
attendance-person-days = 应出勤（人·天）
attendance-present-days = 出勤（人·天）
attendance-absent = 旷工
attendance-overtime = 加班（小时）
attendance-rate = 出勤率
attendance-totals-caption = 班组出勤合计
attendance-name = 姓名
attendance-present = 出勤
attendance-note = 备注
attendance-people-total = 合计（{ $count }人）
attendance-people-caption = 出勤明细
attendance-leave-kind = 假别
attendance-days = 天数
attendance-leave-share = 占应出勤
attendance-total = 合计
attendance-leave-caption = 请假分类统计
attendance-summary-heading = { $team } 合计
attendance-rate-formula = 出勤 { $present } 人·天 ÷ 应出勤 { $person_days } 人·天（{ $people } 人 × { $workdays } 天）
attendance-leave-days = 请假（天）
attendance-absent-days = 旷工（天）
attendance-totals-only-banner = 本栏出勤情况只公示班组合计，不列个人明细。
attendance-no-leave = 本月无请假。
attendance-archive-caption = { $team } { $year }各月出勤合计
attendance-month = 月份
attendance-item = 公示
attendance-published = 发布日期

## The workers' congress page (职代会) and the follow-up of resolutions and proposals.

congress-all = 全部职代会公告
congress-resolutions-title = 决议落实情况
congress-proposals-title = 提案办理情况
congress-quorum-met = 实到代表达到法定人数（应到代表的三分之二），会议有效。
congress-quorum-failed = 实到代表{ $present }名，不足法定人数{ $needed }名（应到代表{ $total }名的三分之二），会议无效，表决事项均未通过。
congress-meeting = 会议
congress-meeting-date = 会议日期
congress-representatives = 代表
congress-representatives-text = 应到 { $total } 人，实到 { $present } 人
# The resolutions page's line above each meeting's quorum sentence.
congress-attendance-text = 应到代表{ $total }名，实到{ $present }名。
congress-quorum = 法定人数
congress-quorum-text = { $needed } 人（应到代表的三分之二）
congress-passed = 通过
congress-not-passed = 未通过
congress-no-quorum = 会议未达法定人数
congress-not-enough-for = 赞成票未过全体代表半数
congress-resolutions-caption = 会议决议
congress-resolutions-heading = 会议决议（共 { $count } 项，通过 { $adopted } 项）
congress-pass-rule = 决议须经全体代表过半数（{ $needed } 票）赞成方为通过。
congress-proposals-heading = 提案（共 { $count } 件）
congress-number = 序号
congress-resolution = 决议
congress-votes-for = 赞成
congress-against = 反对
congress-abstain = 弃权
congress-result = 表决结果
congress-reason = 未通过原因
congress-reason-short = 原因
congress-progress = 落实情况
congress-percent = 落实进度（%）
congress-progress-bar = 落实进度
congress-progress-note = 落实说明
congress-progress-latest = 最新进展
congress-progress-steps = 落实进展
congress-progress-none = 尚未报告落实情况。
congress-progress-unreported = 未报告落实情况
congress-resolution-link = 决议全文及落实进展
congress-no-resolutions = 本次会议无决议。
congress-no-proposals = 本次会议无提案。
congress-none = 暂无。
congress-proposals-caption = 提案办理情况
congress-proposal-number = 编号
congress-proposal-title = 案由
congress-by = 提案人
congress-handler = 承办部门
congress-status = 状态
congress-reply = 答复或理由
congress-reply-short = 答复
congress-declined-reason = 理由
congress-proposal-meeting = 会议
# The tallies at the top of the follow-up pages.
congress-resolutions-tally = 共 { $count } 项决议：
congress-resolutions-tally-part = { $label } { $count } 项
congress-proposals-tally = 共 { $count } 件提案：
congress-proposals-tally-part = { $label } { $count } 件
congress-proposals-group-count = （{ $count } 件）
congress-proposals-group-caption = { $status }的提案
# The statuses a clerk writes (立案 办理中 已办结 不予立案; 未开始 落实中 已落实 已终止), as
# readers see them.
congress-proposal-filed = 立案
congress-proposal-in-progress = 办理中
congress-proposal-done = 已办结
congress-proposal-declined = 不予立案
congress-progress-not-started = 未开始
congress-progress-in-progress = 落实中
congress-progress-done = 已落实
congress-progress-stopped = 已终止

## The kinds built on a declared table: pay (工资奖金分配), merits (奖惩), assessments
## (综合考核) and other tables.

table-number = 序号
table-total = 合计
table-people = 人数
table-people-text = { $count } 人
table-masked = 为保护职工隐私，姓名已部分隐去。
table-rows-caption = 明细
table-totals-caption = 合计
pay-team = 班组
pay-workdays = 应出勤天数
pay-method = 分配方式
pay-method-points = 按工分分配
pay-method-typed = 按表列金额
pay-pool = 奖金总额
pay-distributed = 分配合计
pay-balance = 结余
pay-deductions = 扣款合计
pay-net = 实发合计
pay-points-total = 工分合计
pay-caption = 分配明细
pay-mode = 公示方式
pay-totals-only = 只公示合计
pay-totals-only-banner = 本栏工资奖金分配只公示合计，不列个人明细。
pay-rounding = 按工分分配：每人金额 = 奖金总额 × 本人工分 ÷ 全部工分，舍去分以下的零头；余下的几分钱按零头从大到小（相同时按名单先后）每人补一分，各人金额之和正好等于奖金总额。
merits-date = 日期
merits-name = 姓名
merits-team = 班组
merits-type = 类别
merits-reason = 事由
merits-amount = 金额
merits-basis = 依据
merits-reward = 奖励
merits-penalty = 处罚
merits-rewards-total = 奖励合计
merits-penalties-total = 处罚合计
merits-large = 大额处罚
merits-caption = 奖惩明细
merits-count = 项数
merits-count-text = 奖励 { $rewards } 项，处罚 { $penalties } 项
merits-large-note = 处罚金额达到或超过 { $threshold } 的，标为大额处罚。
merits-rewards-count = 奖励项数
merits-rewards-amount = 奖励金额
merits-penalties-count = 处罚项数
merits-penalties-amount = 处罚金额
merits-large-count = 大额处罚项数
team-year-period = 期间
team-year-total = 全年合计
team-year-all = 全年合计（各班组）
team-unit-year-all = 本单位全年合计
team-of-unit = { $unit } { $team }
pay-year-caption = { $team } 工资奖金分配汇总
merits-year-caption = { $team } 奖惩汇总
assessment-components = 考核项目
assessment-components-text = { $parts }，满分 { $full }
assessment-name = 姓名
assessment-total = 总分
assessment-rank = 名次
assessment-last = 末位
assessment-caption = 考核结果
assessment-chart = 总分分布
assessment-chart-text = { $count } 人的总分按分数段统计的人数
assessment-band = { $from }–{ $to }
assessment-average = 平均分
assessment-pay = 关联分配
assessment-rank-rule = 名次按总分从高到低排列，总分相同的名次相同，其后的名次顺延。
assessment-coefficient = 系数
assessment-coefficient-rule = 分配系数按名次：{ $bands }。
assessment-coefficient-band = 第 { $from }–{ $to } 名 { $coefficient }
assessment-coefficient-band-open = 第 { $from } 名起 { $coefficient }
assessment-coefficient-last = 末位 { $coefficient }
table-rows-count = 行数
table-column-total = { $column }合计
table-rules-note = 每一行均已按以下规则核对：{ $rules }。
