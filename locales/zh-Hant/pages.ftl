# zh-Hant words for readers of the board (Project Fluent syntax: https://projectfluent.org/).
#
# Every fixed word of the pages, print sheets, charts, CSV headers, the feed and the search
# page. Content (titles, names, notes, programs, leave kinds) is the clerk's and never here.
# Keys are grouped by page family; `{ $name }` is filled in by gongkai; a value that must
# keep a space at either end is written as a string literal: {" (Atom)"}.

catalog-language = 繁體中文

## The frame of every page: menu, footer, contact lines.

site-home = 首頁
site-open-now = 正在公示
site-latest = 最新發布
site-all = 全部
site-sections = 欄目
site-by-year = 按年份
site-search = 搜尋
site-feed = 訂閱（Atom）
site-built-on = 生成日期
site-skip = 跳到正文
site-print-board = 列印公開欄
site-none-yet = 暫無公示事項。
site-items = 項
site-total = 合計
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
site-scroll-cue = ← 左右滑動查看全表 →
contact-text = 對公示內容如有異議，請在公示期內向以下渠道反映：
contact-objections = 異議受理
contact-phone = 監督電話
contact-email = 監督郵箱

## The kinds of items and where an item stands.

kind-finance = 經費收支
kind-welfare = 福利發放
kind-attendance = 出勤公示
kind-congress = 職代會
kind-pay = 工資獎金
kind-merits = 獎懲公示
kind-assessment = 綜合考核
kind-table = 其他公開
kind-notice = 通知公告
# The home page's link under each kind's latest items.
kind-finance-all = 全部經費收支
kind-welfare-all = 全部福利發放
kind-attendance-all = 全部出勤公示
kind-congress-all = 全部職代會
kind-pay-all = 全部工資獎金分配
kind-merits-all = 全部獎懲公示
kind-assessment-all = 全部綜合考核
kind-table-all = 全部其他公開
kind-notice-all = 全部通知公告
status-open = 公示中
status-upcoming = 即將公示
status-closed = 公示期滿

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

## Amounts in words (大寫) under totals and on print sheets, in four groups separated by
## spaces: the digits 0 to 9; the places 10, 100, 1000 inside a group of four digits; the
## words closing a group of 10^4 and of 10^8; the words for yuan, jiao, fen and "whole".
## Empty ({""}) shows no amount in words.

# Traditional forms (壹貳參…萬億). The unit is 元, as most cheque, receipt and invoice forms
# in Taiwan and Hong Kong print it (…元整); 圓, the form of the unit in legal texts, may
# stand in its place. 整 closes a whole amount.
money-numerals = 零壹貳參肆伍陸柒捌玖 拾佰仟 萬億 元角分整

## Lists: by year, by kind, by section folder.

year-list-title = { $year }年發布的公示
finance-year-title = { $year }年經費收支彙總
welfare-year-title = { $year }年福利發放彙總
welfare-year-note = 本年度各次發放按項目和困難原因彙總；名單詳見各次公示。
pay-year-title = { $year }年工資獎金分配彙總
merits-year-title = { $year }年獎懲彙總
pay-year-note = 本年度各期工資獎金分配按班組彙總，只列合計，不列個人；明細詳見各期公示。
merits-year-note = 本年度獎懲按班組彙總；每一項獎懲及其依據詳見各次公示。

## An item's page: its head, foot and downloads.

item-published = 發布日期
item-disclosure = 公示期
item-unit = 發布單位
item-period = 所屬期間
item-status = 狀態
item-title = 標題
item-kind = 類別
item-to = 至
item-draft = 草稿
item-corrected = 已更正
item-corrected-banner = 本事項已更正，請以更正後的內容為準：
item-corrects-banner = 本事項是對以下事項的更正：
item-in-words = 大寫
item-downloads = 資料下載
item-print-this = 列印本公示
page-print-this = 列印本頁
item-fingerprint = 核驗碼
item-fingerprint-note = 紙本公示上印有相同核驗碼，即與本頁內容一致。

## Print sheets and the board page (every open item, ready to print).

print-qr-note = 掃碼查看網上公示
# The accessible name of the printed QR code.
print-qr-label = 掃碼查看網上公示：{ $url }
print-sign = 簽字
print-sign-date = 日期
print-seal = 蓋章
print-seal-mark = （蓋章）
# CSS `content` values of the printed page number: with the total, and on the board,
# where COUNTER stands for each notice's own counter.
print-page-counter = "第 " counter(page) " 頁 共 " counter(pages) " 頁"
print-sheet-counter = "第 " counter(COUNTER) " 頁"
print-alone = 單獨列印本項
board-intro = 本頁收錄正在公示的全部事項，每項單獨成頁、從第 1 頁編起頁碼，可一次列印後張貼。頁碼要帶「共幾頁」的，請點該項的「單獨列印本項」。
units-title = 各單位公開情況
units-unit = 單位
units-open = 正在公示
units-latest = 最近發布
units-overdue = 逾期未公開的經費收支
units-none = 無
unit-all = 本單位全部公示
unit-up = 上級
search-scope = 範圍
search-all-units = 全部單位
corrections-title = 更正記錄
corrections-intro = 本頁列出本公開欄的全部更正：原公示和更正公示都保留在網上，可對照查看。
corrections-date = 更正日期
corrections-corrected = 原公示
corrections-correcting = 更正公示
corrections-added = 新增
corrections-removed = 刪除
corrections-changed = 修改
corrections-before = 更正前
corrections-after = 更正後
corrections-not-compared = 兩個版本的公示種類不同，不逐項比較，請打開兩個版本對照。
corrections-same = 兩個版本的資料相同。
corrections-diff = 更正內容：與更正公示的差異
corrections-recipient = 受助人
corrections-person = 人員
corrections-proposal = 提案
corrections-paragraph = 段落
corrections-attending = 出席代表

## The search page and its script.

search-needs-script = 搜尋需要瀏覽器啟用腳本；也可以按欄目、年份瀏覽。
search-placeholder = 標題、單位或正文中的詞
search-hint = 例如：體檢、送溫暖、一季度
# The script's line over the results: one found, more found ({ $count } stays as it is:
# the script puts the number there), none found.
search-found-one = 共 1 項
search-found-many = 共 { $count } 項
search-none = 沒有找到
search-more = 顯示更多
search-failed = 搜尋索引未能載入

## The feed (feed.xml): each entry's summary.

feed-summary = { $kind } · { $unit } · 公示期 { $from } 至 { $to }

## Charts on the finance page.

chart-budget = 預算
chart-actual = 實際
chart-rate = 執行率
chart-no-data = 暫無資料

## The finance page (經費收支) and the finance year summary. Account names are the
## statutory chart's (《工會會計制度》), by code.

finance-opening = 期初餘額
finance-period-income = 本期收入
finance-period-expenses = 本期支出
finance-closing = 期末餘額
finance-line-count = 收支筆數
finance-line-count-text = 收入 { $income } 筆，支出 { $expenses } 筆
finance-income = 收入
finance-expense = 支出
finance-side = 收支
finance-account-code = 科目編碼
finance-account-name = 科目名稱
finance-account = 科目
finance-level = 級次
finance-parent = 上級科目
finance-amount = 金額
finance-share = 佔比
finance-total = 合計
finance-income-by-account = 收入分類彙總
finance-expenses-by-account = 支出分類彙總
finance-expenses-chart = 支出按科目
finance-expenses-chart-text = 本期支出合計 { $total }，按一級科目分列。
finance-budget-caption = 預算執行情況
finance-budget = 預算
finance-actual = 實際
finance-rate = 執行率
finance-remark = 說明
finance-unbudgeted = 未列預算
finance-budget-chart = 支出預算執行情況
finance-budget-chart-text = 各支出科目的預算與實際支出對比。
finance-large-caption = 大額資金支出（單筆 { $threshold } 及以上）
finance-large = 大額資金
finance-date = 日期
finance-payee = 收付對象
finance-voucher = 憑證號
finance-note = 摘要
finance-mark = 標註
finance-lines-caption = 收支明細
finance-year-caption = { $unit } 經費收支彙總
finance-period = 期間
finance-year-total = 全年合計
finance-undeclared-sub = { $code } 不是《工會會計制度》規定的明細科目，也未在本站登記，已計入 { $parent }。
# Before a sub-account's name in the tables by account.
finance-sub-indent = {"　　"}
account-401 = 會費收入
account-402 = 撥繳經費收入
account-403 = 上級補助收入
account-404 = 政府補助收入
account-405 = 行政補助收入
account-406 = 附屬單位上繳收入
account-407 = 投資收益
account-408 = 其他收入
account-501 = 職工活動支出
account-50101 = 職工教育支出
account-50102 = 文體活動支出
account-50103 = 宣傳活動支出
account-50104 = 勞模職工療休養支出
account-50105 = 會員活動支出
account-50106 = 其他活動支出
account-503 = 職工服務支出
account-504 = 維權支出
account-50401 = 勞動關係協調支出
account-50402 = 勞動保護支出
account-50403 = 法律援助支出
account-50404 = 困難職工幫扶支出
account-50405 = 送溫暖支出
account-50406 = 其他維權支出
account-505 = 業務支出
account-50501 = 培訓支出
account-50502 = 會議支出
account-50503 = 專項業務支出
account-50504 = 其他業務支出
account-506 = 行政支出
account-507 = 資本性支出
account-508 = 補助下級支出
account-509 = 對附屬單位的支出
account-510 = 其他支出

## The welfare page (福利發放) and the welfare year summary.

welfare-program = 項目
welfare-funding = 資金來源
welfare-people = 人數
welfare-people-text = { $count } 人
welfare-total-figure = 發放合計
welfare-number = 序號
welfare-name = 姓名
welfare-team = 班組
welfare-reason = 困難原因
welfare-amount = 金額
welfare-goods = 物品
welfare-note = 備註
welfare-total = 合計
welfare-recipients-caption = 發放名單
welfare-by-reason-caption = 按困難原因彙總
welfare-no-reason = 未註明
welfare-masked-and-summed = 為保護受助職工隱私，姓名已部分隱去，困難原因只按類別彙總公示。
welfare-masked = 為保護受助職工隱私，姓名已部分隱去。
welfare-summed = 為保護受助職工隱私，困難原因只按類別彙總公示。
welfare-by-program-caption = 按項目彙總
welfare-times = 次數
welfare-person-times = 人次
welfare-distributions-caption = 發放明細
welfare-published = 發布日期
welfare-list = 名單

## The attendance page (出勤公示) and each team's archive of months.

attendance-no-team = 未註明班組
attendance-archive-title = { $team }歷月出勤公示
attendance-all = 全部出勤公示
attendance-team = 班組
attendance-workdays = 應出勤天數
attendance-mode = 公示方式
attendance-totals-only = 只公示班組合計
attendance-people = 人數
attendance-person-days = 應出勤（人·天）
attendance-present-days = 出勤（人·天）
attendance-absent = 曠工
attendance-overtime = 加班（小時）
attendance-rate = 出勤率
attendance-totals-caption = 班組出勤合計
attendance-name = 姓名
attendance-present = 出勤
attendance-note = 備註
attendance-people-total = 合計（{ $count }人）
attendance-people-caption = 出勤明細
attendance-leave-kind = 假別
attendance-days = 天數
attendance-leave-share = 佔應出勤
attendance-total = 合計
attendance-leave-caption = 請假分類統計
attendance-summary-heading = { $team } 合計
attendance-rate-formula = 出勤 { $present } 人·天 ÷ 應出勤 { $person_days } 人·天（{ $people } 人 × { $workdays } 天）
attendance-leave-days = 請假（天）
attendance-absent-days = 曠工（天）
attendance-totals-only-banner = 本欄出勤情況只公示班組合計，不列個人明細。
attendance-no-leave = 本月無請假。
attendance-archive-caption = { $team } { $year }各月出勤合計
attendance-month = 月份
attendance-item = 公示
attendance-published = 發布日期

## The workers' congress page (職代會) and the follow-up of resolutions and proposals.

congress-all = 全部職代會公告
congress-resolutions-title = 決議落實情況
congress-proposals-title = 提案辦理情況
congress-quorum-met = 實到代表達到法定人數（應到代表的三分之二），會議有效。
congress-quorum-failed = 實到代表{ $present }名，不足法定人數{ $needed }名（應到代表{ $total }名的三分之二），會議無效，表決事項均未通過。
congress-meeting = 會議
congress-meeting-date = 會議日期
congress-representatives = 代表
congress-representatives-text = 應到 { $total } 人，實到 { $present } 人
# The resolutions page's line above each meeting's quorum sentence.
congress-attendance-text = 應到代表{ $total }名，實到{ $present }名。
congress-quorum = 法定人數
congress-quorum-text = { $needed } 人（應到代表的三分之二）
congress-passed = 通過
congress-not-passed = 未通過
congress-no-quorum = 會議未達法定人數
congress-not-enough-for = 贊成票未過全體代表半數
congress-resolutions-caption = 會議決議
congress-resolutions-heading = 會議決議（共 { $count } 項，通過 { $adopted } 項）
congress-pass-rule = 決議須經全體代表過半數（{ $needed } 票）贊成方為通過。
congress-proposals-heading = 提案（共 { $count } 件）
congress-number = 序號
congress-resolution = 決議
congress-votes-for = 贊成
congress-against = 反對
congress-abstain = 棄權
congress-result = 表決結果
congress-reason = 未通過原因
congress-reason-short = 原因
congress-progress = 落實情況
congress-percent = 落實進度（%）
congress-progress-bar = 落實進度
congress-progress-note = 落實說明
congress-progress-latest = 最新進展
congress-progress-steps = 落實進展
congress-progress-none = 尚未報告落實情況。
congress-progress-unreported = 未報告落實情況
congress-resolution-link = 決議全文及落實進展
congress-no-resolutions = 本次會議無決議。
congress-no-proposals = 本次會議無提案。
congress-none = 暫無。
congress-proposals-caption = 提案辦理情況
congress-proposal-number = 編號
congress-proposal-title = 案由
congress-by = 提案人
congress-handler = 承辦部門
congress-status = 狀態
congress-reply = 答覆或理由
congress-reply-short = 答覆
congress-declined-reason = 理由
congress-proposal-meeting = 會議
# The tallies at the top of the follow-up pages.
congress-resolutions-tally = 共 { $count } 項決議：
congress-resolutions-tally-part = { $label } { $count } 項
congress-proposals-tally = 共 { $count } 件提案：
congress-proposals-tally-part = { $label } { $count } 件
congress-proposals-group-count = （{ $count } 件）
congress-proposals-group-caption = { $status }的提案
# The statuses a clerk writes (立案 办理中 已办结 不予立案; 未开始 落实中 已落实 已终止), as
# readers see them.
congress-proposal-filed = 立案
congress-proposal-in-progress = 辦理中
congress-proposal-done = 已辦結
congress-proposal-declined = 不予立案
congress-progress-not-started = 未開始
congress-progress-in-progress = 落實中
congress-progress-done = 已落實
congress-progress-stopped = 已終止

## The kinds built on a declared table: pay (工资奖金分配), merits (奖惩), assessments
## (综合考核) and other tables.

table-number = 序號
table-total = 合計
table-people = 人數
table-people-text = { $count } 人
table-masked = 為保護職工隱私，姓名已部分隱去。
table-rows-caption = 明細
table-totals-caption = 合計
pay-team = 班組
pay-workdays = 應出勤天數
pay-method = 分配方式
pay-method-points = 按工分分配
pay-method-typed = 按表列金額
pay-pool = 獎金總額
pay-distributed = 分配合計
pay-balance = 結餘
pay-deductions = 扣款合計
pay-net = 實發合計
pay-points-total = 工分合計
pay-caption = 分配明細
pay-mode = 公示方式
pay-totals-only = 只公示合計
pay-totals-only-banner = 本欄工資獎金分配只公示合計，不列個人明細。
pay-rounding = 按工分分配：每人金額 = 獎金總額 × 本人工分 ÷ 全部工分，捨去分以下的零頭；餘下的幾分錢按零頭從大到小（相同時按名單先後）每人補一分，各人金額之和正好等於獎金總額。
merits-date = 日期
merits-name = 姓名
merits-team = 班組
merits-type = 類別
merits-reason = 事由
merits-amount = 金額
merits-basis = 依據
merits-reward = 獎勵
merits-penalty = 處罰
merits-rewards-total = 獎勵合計
merits-penalties-total = 處罰合計
merits-large = 大額處罰
merits-caption = 獎懲明細
merits-count = 項數
merits-count-text = 獎勵 { $rewards } 項，處罰 { $penalties } 項
merits-large-note = 處罰金額達到或超過 { $threshold } 的，標為大額處罰。
merits-rewards-count = 獎勵項數
merits-rewards-amount = 獎勵金額
merits-penalties-count = 處罰項數
merits-penalties-amount = 處罰金額
merits-large-count = 大額處罰項數
team-year-period = 期間
team-year-total = 全年合計
team-year-all = 全年合計（各班組）
team-unit-year-all = 本單位全年合計
team-of-unit = { $unit } { $team }
pay-year-caption = { $team } 工資獎金分配彙總
merits-year-caption = { $team } 獎懲彙總
assessment-components = 考核項目
assessment-components-text = { $parts }，滿分 { $full }
assessment-name = 姓名
assessment-total = 總分
assessment-rank = 名次
assessment-last = 末位
assessment-caption = 考核結果
assessment-chart = 總分分佈
assessment-chart-text = { $count } 人的總分按分數段統計的人數
assessment-band = { $from }–{ $to }
assessment-average = 平均分
assessment-pay = 關聯分配
assessment-rank-rule = 名次按總分從高到低排列，總分相同的名次相同，其後的名次順延。
assessment-coefficient = 係數
assessment-coefficient-rule = 分配係數按名次：{ $bands }。
assessment-coefficient-band = 第 { $from }–{ $to } 名 { $coefficient }
assessment-coefficient-band-open = 第 { $from } 名起 { $coefficient }
assessment-coefficient-last = 末位 { $coefficient }
table-rows-count = 行數
table-column-total = { $column }合計
table-rules-note = 每一行均已按以下規則核對：{ $rules }。
