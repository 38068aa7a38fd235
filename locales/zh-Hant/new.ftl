# zh-Hant words of the files `gongkai new` writes (Project Fluent syntax: https://projectfluent.org/).
#
# Each entry is a comment line (or lines) of a new item's YAML, or a value written into
# it. Keys of the YAML (`date:`, `amount:`, `role: days` …) are the content format's and
# stay English in every language; in the commented examples, values that are the site's
# vocabulary (account names such as 会费收入, 奖励 / 处罚, 事假, 立案) stay as the rules
# read them, in Simplified characters. Braces that are text are written {"{"} and {"}"}.

## What each kind of item is called in the first line and in the title.

skeleton-what-finance = 經費收支公示
skeleton-what-welfare = 福利發放公示
skeleton-what-attendance = 出勤公示
skeleton-what-congress = 職代會決議、提案公告
skeleton-what-notice = 通知公告
skeleton-what-pay = 工資獎金分配公示
skeleton-what-merits = 獎懲公示
skeleton-what-assessment = 職工綜合考核結果公示
skeleton-what-table = 公示表格

## The head of every item.

skeleton-made = { $what }（由 gongkai new 於 { $date } 生成）。填好後運行 gongkai check 檢查。
skeleton-title-required = 標題（必填）
skeleton-disclosure =
    公示期：{ $from } 至 { $to }，即發佈日加 site.yaml 的 disclosure_days（{ $days } 天）。
    改了發佈日期，請一併修改下面一行，或刪去它（刪去則按默認計算）。
# A title made from the period ($period: 2026年第二季度) and the team ($team, maybe empty).
skeleton-title-finance = { $period }工會經費收支情況
skeleton-title-team = { $period }{ $team }{ $what }

## Dates listed in a comment: （2026-10-01、2026-10-02）.

skeleton-dates = （{ $dates }）

## Finance

skeleton-opening-carried = 期初餘額：接上期 { $file } 的期末餘額（期初 + 收入 - 支出）
skeleton-opening-empty = 期初餘額：上期賬面期末餘額（元）
skeleton-income = 收入，每筆一行，照下面的樣子寫（去掉行首的 #）：
skeleton-income-example = {"{"}date: { $day }, category: 会费收入, amount: "1200.00", note: 會費{"}"}
skeleton-expenses = 支出，每筆一行：
skeleton-expenses-example = {"{"}date: { $day }, category: 职工活动支出, amount: "800.00", payee: 某某商店, voucher: 記-001, note: 用途{"}"}
skeleton-closing = 期末餘額可不寫；寫了，gongkai 核對它等於 期初 + 收入 - 支出：

## Welfare

skeleton-program = 發放項目，例如 送溫暖、困難職工幫扶、會員生日慰問
skeleton-funded-by = 資金來源（可不寫）：哪一份經費收支公示的哪個支出科目
skeleton-recipients = 發放名單，每人一行（公示時姓名自動打碼），照下面的樣子寫（去掉行首的 #）：
skeleton-recipients-example = {"{"}name: 張三, team: 一班, reason: 因病致困, amount: "800.00", goods: 米、麵、油{"}"}
skeleton-total = 合計可不寫；寫了，gongkai 核對它等於各人金額之和：

## Attendance

skeleton-workdays = 應出勤天數：{ $period }的週一至週五共 { $weekdays } 天，減去 site.yaml holidays 中的 { $holidays } 天{ $holidaydates }，加上 workdays_extra 中的 { $extra } 天{ $extradates }。
skeleton-records = 每人一行，照下面的樣子寫（去掉行首的 #）；出勤 + 各類假 + 缺勤 = 應出勤天數：
skeleton-records-example = {"{"}name: 張三, present: 20, leave: {"{"}事假: 1{"}"}, absent: 1, note: 曠工1天{"}"}
skeleton-records-carried =
    每人一行（名單接上期 { $file }），先按全勤寫好；有請假、缺勤的改 present 並寫上
    leave: {"{"}事假: 1{"}"}、absent: 1。出勤 + 各類假 + 缺勤 = 應出勤天數。

## Workers' congress

skeleton-meeting-name = 會議名稱{ $carried ->
    [yes] ，上次是 { $last }
   *[no] {""}
}
skeleton-total-representatives = 代表總數
skeleton-total-representatives-carried = 代表總數（接上次職代會）
skeleton-present = 實到人數，不少於總數的三分之二會議才有效
skeleton-resolutions = 決議，每項照下面的樣子寫（去掉行首的 #）：
skeleton-resolution-title = 關於……的決議
skeleton-resolution-text = 會議審議通過……
skeleton-proposals = 提案：狀態 status 寫 立案、办理中、已办结（寫 reply 答覆）或 不予立案（寫 reason 理由）
skeleton-proposal-example = {"{"}number: "2026-01", title: 關於……的提案, by: 張三等5名代表, handler: 後勤部, status: 立案{"}"}

## Notice

skeleton-notice-category = 通知
skeleton-notice-body = 正文寫在第二條 --- 下面，空一行即另起一段。

## The kinds built on a declared table

skeleton-team = 班組（可不寫），例如：
skeleton-team-example = 通風隊
skeleton-pay-workdays =
    應出勤天數：{ $period }的週一至週五共 { $weekdays } 天，減去節假日 { $holidays } 天，加上週末上班 { $extra } 天（site.yaml）。
    寫了 team，gongkai 按同班組同期間的出勤公示核對每人的出勤天數。
skeleton-pool = 獎金總額（元，可不寫）；寫了，gongkai 核對應發合計等於它：
skeleton-share = 按工分分配時寫 share: points，gongkai 按 獎金總額 × 工分 ÷ 全部工分 重算每人金額：
skeleton-pay-columns =
    列是本班組自己的表頭，可增刪改名；role 說明列的用途：days 出勤天數、points 工分、
    gross 應發、deduction 扣款、net 實發（實發 = 應發 - 扣款，gongkai 逐行核對）。
# The pay sheet's columns: 姓名, 崗位, 出勤天數, 工分, 應發, 扣款, 扣款原因, 實發.
skeleton-pay-column-name = 姓名
skeleton-pay-column-post = 崗位
skeleton-pay-column-days = 出勤天數
skeleton-pay-column-points = 工分
skeleton-pay-column-gross = 應發
skeleton-pay-column-deduction = 扣款
skeleton-pay-column-reason = 扣款原因
skeleton-pay-column-net = 實發
skeleton-pay-rows = 每人一行，鍵是上面的列名，照下面的樣子寫（去掉行首的 #）：
skeleton-pay-example = {"{"}姓名: 張三, 崗位: 通風工, 出勤天數: 21, 工分: 21, 應發: "3000.00", 扣款: "50.00", 扣款原因: 曠工1天, 實發: "2950.00"{"}"}
skeleton-merits =
    每條一行，類別 type 寫 奖励 或 处罚；处罚必須寫明依據 basis，日期須在本期內。
    照下面的樣子寫（去掉行首的 #）：
skeleton-merits-reward = {"{"}date: { $day }, name: 張三, team: 一班, type: 奖励, reason: 及時排除設備隱患, amount: "200.00", basis: 《安全生產獎懲辦法》第五條{"}"}
skeleton-merits-penalty = {"{"}date: { $day }, name: 李四, team: 二班, type: 处罚, reason: 無故曠工1天, amount: "50.00", basis: 《考勤管理辦法》第八條{"}"}
skeleton-components = 考核項目及滿分：二四四考核，領導考核 20 分、職工代表評分 40 分、硬性指標 40 分
skeleton-components-carried = 考核項目及滿分（接上期 { $file }）
skeleton-component-leaders = 領導考核
skeleton-component-representatives = 職工代表評分
skeleton-component-targets = 硬性指標
skeleton-last-place = 總分最低者標為末位（不需要就刪去這一行）：
skeleton-coefficients = 名次決定的分配係數（可不寫），例如：
skeleton-assessment-pay = 關聯的工資獎金分配公示（可不寫），例如：
skeleton-scores =
    每人一行，各項得分在 0 到滿分之間；總分由 gongkai 計算，不用寫。
    照下面的樣子寫（去掉行首的 #，填上得分）：
skeleton-example-name = 張三
skeleton-caption = 表格標題（可不寫）：
skeleton-caption-example = 明細
skeleton-table-columns =
    列：name 列名；type 為 text 文字、name 姓名（公示時打碼）、money 金額、number 數量、
    date 日期、percent 百分比；total: true 表示合計行加總這一列。列可增刪改名。
skeleton-table-column-name = 姓名
skeleton-table-column-item = 項目
skeleton-table-column-quantity = 數量
skeleton-table-column-amount = 金額
skeleton-table-rules = 逐行核對的規則（可不寫），例如 rules: ["實發 = 應發 - 未領"]
skeleton-table-rows = 每行一條，鍵是上面的列名，照下面的樣子寫（去掉行首的 #）：
skeleton-table-example = {"{"}姓名: 張三, 項目: 防塵口罩, 數量: 30, 金額: "12.50"{"}"}
