# zh-Hans words of the files `gongkai new` writes (Project Fluent syntax: https://projectfluent.org/).
#
# Each entry is a comment line (or lines) of a new item's YAML, or a value written into
# it. Keys of the YAML (`date:`, `amount:`, `role: days` …) are the content format's and
# stay English in every language; in the commented examples, values that are the site's
# vocabulary (account names such as 会费收入, 奖励 / 处罚, 事假, 立案) stay as the rules
# read them. Braces that are text are written {"{"} and {"}"}.

## What each kind of item is called in the first line and in the title.

skeleton-what-finance = 经费收支公示
skeleton-what-welfare = 福利发放公示
skeleton-what-attendance = 出勤公示
skeleton-what-congress = 职代会决议、提案公告
skeleton-what-notice = 通知公告
skeleton-what-pay = 工资奖金分配公示
skeleton-what-merits = 奖惩公示
skeleton-what-assessment = 职工综合考核结果公示
skeleton-what-table = 公示表格

## The head of every item.

skeleton-made = { $what }（由 gongkai new 于 { $date } 生成）。填好后运行 gongkai check 检查。
skeleton-title-required = 标题（必填）
skeleton-disclosure =
    公示期：{ $from } 至 { $to }，即发布日加 site.yaml 的 disclosure_days（{ $days } 天）。
    改了发布日期，请一并修改下面一行，或删去它（删去则按默认计算）。
# A title made from the period ($period: 2026年第二季度) and the team ($team, maybe empty).
skeleton-title-finance = { $period }工会经费收支情况
skeleton-title-team = { $period }{ $team }{ $what }

## Dates listed in a comment: （2026-10-01、2026-10-02）.

skeleton-dates = （{ $dates }）

## Finance

skeleton-opening-carried = 期初余额：接上期 { $file } 的期末余额（期初 + 收入 - 支出）
skeleton-opening-empty = 期初余额：上期账面期末余额（元）
skeleton-income = 收入，每笔一行，照下面的样子写（去掉行首的 #）：
skeleton-income-example = {"{"}date: { $day }, category: 会费收入, amount: "1200.00", note: 会费{"}"}
skeleton-expenses = 支出，每笔一行：
skeleton-expenses-example = {"{"}date: { $day }, category: 职工活动支出, amount: "800.00", payee: 某某商店, voucher: 记-001, note: 用途{"}"}
skeleton-closing = 期末余额可不写；写了，gongkai 核对它等于 期初 + 收入 - 支出：

## Welfare

skeleton-program = 发放项目，例如 送温暖、困难职工帮扶、会员生日慰问
skeleton-funded-by = 资金来源（可不写）：哪一份经费收支公示的哪个支出科目
skeleton-recipients = 发放名单，每人一行（公示时姓名自动打码），照下面的样子写（去掉行首的 #）：
skeleton-recipients-example = {"{"}name: 张三, team: 一班, reason: 因病致困, amount: "800.00", goods: 米、面、油{"}"}
skeleton-total = 合计可不写；写了，gongkai 核对它等于各人金额之和：

## Attendance

skeleton-workdays = 应出勤天数：{ $period }的周一至周五共 { $weekdays } 天，减去 site.yaml holidays 中的 { $holidays } 天{ $holidaydates }，加上 workdays_extra 中的 { $extra } 天{ $extradates }。
skeleton-records = 每人一行，照下面的样子写（去掉行首的 #）；出勤 + 各类假 + 缺勤 = 应出勤天数：
skeleton-records-example = {"{"}name: 张三, present: 20, leave: {"{"}事假: 1{"}"}, absent: 1, note: 旷工1天{"}"}
skeleton-records-carried =
    每人一行（名单接上期 { $file }），先按全勤写好；有请假、缺勤的改 present 并写上
    leave: {"{"}事假: 1{"}"}、absent: 1。出勤 + 各类假 + 缺勤 = 应出勤天数。

## Workers' congress

skeleton-meeting-name = 会议名称{ $carried ->
    [yes] ，上次是 { $last }
   *[no] {""}
}
skeleton-total-representatives = 代表总数
skeleton-total-representatives-carried = 代表总数（接上次职代会）
skeleton-present = 实到人数，不少于总数的三分之二会议才有效
skeleton-resolutions = 决议，每项照下面的样子写（去掉行首的 #）：
skeleton-resolution-title = 关于……的决议
skeleton-resolution-text = 会议审议通过……
skeleton-proposals = 提案：状态为 立案、办理中、已办结（写 reply 答复）或 不予立案（写 reason 理由）
skeleton-proposal-example = {"{"}number: "2026-01", title: 关于……的提案, by: 张三等5名代表, handler: 后勤部, status: 立案{"}"}

## Notice

skeleton-notice-category = 通知
skeleton-notice-body = 正文写在第二条 --- 下面，空一行即另起一段。

## The kinds built on a declared table

skeleton-team = 班组（可不写），例如：
skeleton-team-example = 通风队
skeleton-pay-workdays =
    应出勤天数：{ $period }的周一至周五共 { $weekdays } 天，减去节假日 { $holidays } 天，加上周末上班 { $extra } 天（site.yaml）。
    写了 team，gongkai 按同班组同期间的出勤公示核对每人的出勤天数。
skeleton-pool = 奖金总额（元，可不写）；写了，gongkai 核对应发合计等于它：
skeleton-share = 按工分分配时写 share: points，gongkai 按 奖金总额 × 工分 ÷ 全部工分 重算每人金额：
skeleton-pay-columns =
    列是本班组自己的表头，可增删改名；role 说明列的用途：days 出勤天数、points 工分、
    gross 应发、deduction 扣款、net 实发（实发 = 应发 - 扣款，gongkai 逐行核对）。
# The pay sheet's columns: 姓名, 岗位, 出勤天数, 工分, 应发, 扣款, 扣款原因, 实发.
skeleton-pay-column-name = 姓名
skeleton-pay-column-post = 岗位
skeleton-pay-column-days = 出勤天数
skeleton-pay-column-points = 工分
skeleton-pay-column-gross = 应发
skeleton-pay-column-deduction = 扣款
skeleton-pay-column-reason = 扣款原因
skeleton-pay-column-net = 实发
skeleton-pay-rows = 每人一行，键是上面的列名，照下面的样子写（去掉行首的 #）：
skeleton-pay-example = {"{"}姓名: 张三, 岗位: 通风工, 出勤天数: 21, 工分: 21, 应发: "3000.00", 扣款: "50.00", 扣款原因: 旷工1天, 实发: "2950.00"{"}"}
skeleton-merits =
    每条一行，类别 type 写 奖励 或 处罚；处罚必须写明依据 basis，日期须在本期内。
    照下面的样子写（去掉行首的 #）：
skeleton-merits-reward = {"{"}date: { $day }, name: 张三, team: 一班, type: 奖励, reason: 及时排除设备隐患, amount: "200.00", basis: 《安全生产奖惩办法》第五条{"}"}
skeleton-merits-penalty = {"{"}date: { $day }, name: 李四, team: 二班, type: 处罚, reason: 无故旷工1天, amount: "50.00", basis: 《考勤管理办法》第八条{"}"}
skeleton-components = 考核项目及满分：二四四考核，领导考核 20 分、职工代表评分 40 分、硬性指标 40 分
skeleton-components-carried = 考核项目及满分（接上期 { $file }）
skeleton-component-leaders = 领导考核
skeleton-component-representatives = 职工代表评分
skeleton-component-targets = 硬性指标
skeleton-last-place = 总分最低者标为末位（不需要就删去这一行）：
skeleton-coefficients = 名次决定的分配系数（可不写），例如：
skeleton-assessment-pay = 关联的工资奖金分配公示（可不写），例如：
skeleton-scores =
    每人一行，各项得分在 0 到满分之间；总分由 gongkai 计算，不用写。
    照下面的样子写（去掉行首的 #，填上得分）：
skeleton-example-name = 张三
skeleton-caption = 表格标题（可不写）：
skeleton-caption-example = 明细
skeleton-table-columns =
    列：name 列名；type 为 text 文字、name 姓名（公示时打码）、money 金额、number 数量、
    date 日期、percent 百分比；total: true 表示合计行加总这一列。列可增删改名。
skeleton-table-column-name = 姓名
skeleton-table-column-item = 项目
skeleton-table-column-quantity = 数量
skeleton-table-column-amount = 金额
skeleton-table-rules = 逐行核对的规则（可不写），例如 rules: ["实发 = 应发 - 未领"]
skeleton-table-rows = 每行一条，键是上面的列名，照下面的样子写（去掉行首的 #）：
skeleton-table-example = {"{"}姓名: 张三, 项目: 防尘口罩, 数量: 30, 金额: "12.50"{"}"}
