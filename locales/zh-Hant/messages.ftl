# zh-Hant words for clerks reading a diagnostic (Project Fluent syntax: https://projectfluent.org/).
#
# Each kind of problem has a stable code (README, "Message codes"): its message is the
# entry of that name, its hint the entry CODE-hint. The arguments ($key, $text …) are
# filled in by src/messages/; selectors pick a form by a flag ($gbk: yes / no) or a word.
# Braces that are text are written {"{"} and {"}"}.

## The frame of every diagnostic

# The terminal tags a diagnostic with the spec's `error:`, `warning:` or `note:` in
# every language (not a catalogue word); these two label errors and warnings in the
# preview's browser overlay.
severity-error = 錯誤
severity-warning = 警告
hint-label = 提示
list-separator = 、

## Related places

related-other-file = 另一個文件
related-also-funded = 同樣由這筆經費發放
related-finance-item = 經費收支文件
related-other-case = 在 Windows 和 macOS 上是同一個名字
related-unreadable = 未能讀取的文件（錯誤見該文件）
related-previous-period = 上一期的期末餘額在這裡
related-first-published = 首次發布時的核驗碼記在這裡

## Words that fill in messages: shapes of YAML values

word-nothing = 空值
word-a-single-value = 一個單獨的值
word-a-list = 一個列表
word-a-mapping = 若干“名稱: 值”

## Words: what a mapping is

word-site-yaml = site.yaml
word--section-yaml = _section.yaml

word-finance-item = 經費收支文件
word-welfare-item = 福利發放文件
word-attendance-item = 出勤公示文件
word-congress-item = 職代會文件
word-pay-item = 工資獎金分配公示文件
word-merits-item = 獎懲公示文件
word-assessment-item = 綜合考核公示文件
word-table-item = 表格公示文件
word-column = 表格的一列
word-component = 考核項目
word-notice-item = 通知
word-income-line = 收入明細
word-expense-line = 支出明細
word-recipient = 發放名單的一項
word-attendance-record = 出勤記錄的一項
word-resolution = 決議
word-proposal = 提案
word-progress-update = 落實進展的一項
word-a-data-file = 數據文件
word-mapping-file = 對照表
word-notice-front-matter = 通知開頭（--- 之間）的部分
word-income = 收入
word-expense = 支出

## Words: personal numbers and attachments

word-resident-id-number = 身份證號
word-mobile-phone-number = 手機號
word-bank-card-number = 銀行卡號
word-spreadsheet = 電子表格
word-document = 文檔

## Files, YAML and keys

file-utf16 = 文件是 UTF-16 編碼，不是 UTF-8
file-utf16-hint = 這個文件是 UTF-16 編碼（記事本裡叫“Unicode”或“UTF-16 LE/BE”）。請另存為 UTF-8 編碼：記事本選“另存為”→ 編碼選“UTF-8”；WPS/VS Code 在右下角或“文件”菜單裡選 UTF-8 編碼保存。
file-not-utf8 = { $gbk ->
    [yes] 文件不是 UTF-8 編碼（看來是 GBK/ANSI 編碼）
   *[no] 文件不是 UTF-8 編碼的文本
}
file-not-utf8-hint = 請把文件另存為 UTF-8 編碼：記事本選“另存為”→ 編碼選“UTF-8”；WPS/VS Code 在右下角或“文件”菜單裡選 UTF-8 編碼保存。

yaml-syntax = { $why ->
    [colon-in-value] YAML 格式有誤：這裡不能再寫“名稱: 值”：或者這一行多縮進了，或者值裡的“: ”（冒號加空格）要給整個值加英文引號
    [no-colon] YAML 格式有誤：這一行不是“名稱: 值”，找不到英文冒號“:”
    [flow-mapping] YAML 格式有誤：花括號 {"{"}…{"}"} 裡少了英文逗號“,”或右花括號
    [flow-sequence] YAML 格式有誤：方括號 […] 裡少了英文逗號“,”或右方括號
    [bracket] YAML 格式有誤：括號沒有成對
    [quote] YAML 格式有誤：引號沒有成對
    [tab] YAML 格式有誤：這裡不能用 Tab
    [indent] YAML 格式有誤：這一行的縮進和同一層的行沒有對齊
    [anchor] YAML 格式有誤：以 * 開頭的值被當成了別名（引用），卻找不到它
    [character] YAML 格式有誤：值不能以這個符號開頭
   *[other] YAML 格式有誤（解析器原文：{ $detail }）
}
yaml-syntax-hint = 檢查這一行及上一行：冒號後要有空格，同一層的行縮進要對齊（用空格，不要用 Tab），引號要成對。

full-width-punctuation = { $kind ->
    [colon] 這裡是中文（全角）冒號“{ $mark }”，YAML 要用英文冒號“:”
    [comma] 這裡是中文（全角）逗號“{ $mark }”，YAML 要用英文逗號“,”
   *[quote] 這裡是中文引號“{ $mark }”，YAML 要用英文引號 " 或 '
}
full-width-punctuation-hint = { $kind ->
    [colon] 中文輸入法會打出全角冒號“：”。請切換到英文（半角）輸入法，寫成“名稱: 值”：冒號是英文冒號，後面加一個空格，例如 title: 春節慰問。
    [comma] 花括號 {"{"}…{"}"} 和方括號 […] 裡的各項要用英文逗號“,”隔開，例如 {"{"}name: 張三, amount: 500{"}"}。請切換到英文（半角）輸入法重新輸入逗號。
   *[quote] 中文引號“”只是普通文字。值裡有冒號等符號需要加引號時，請用英文引號，例如 title: "關於: 通知"；不需要引號時直接刪去中文引號。
}
tab-indent = 這一行用 Tab 縮進，YAML 只能用空格縮進
tab-indent-hint = 請把行首的 Tab 換成空格（同一層的行用相同個數的空格，一般是 2 個）。很多編輯器可以設置“按 Tab 鍵插入空格”。
full-width-space = 這裡是全角空格“　”，YAML 只認半角空格
full-width-space-hint = 中文輸入法打出的全角空格看起來和普通空格一樣，YAML 卻把它當成文字。請刪掉它，在英文（半角）輸入法下用空格縮進（同一層的行用相同個數的空格）。
no-space-after-colon = `{ $key }:` 的冒號後面少了一個空格
no-space-after-colon-hint = YAML 的“名稱: 值”在冒號後面要有一個空格，例如 published: 2026-04-05。
reserved-character = 值以“{ $mark }”開頭，YAML 把這個符號留作特殊用途
reserved-character-hint = 以 * @ ` 開頭的值要加英文引號，例如 note: "*以實際到賬為準"。

expected-pairs = `{ $key }` 應寫成若干行“名稱: 值”，這裡卻是{ $found }
expected-pairs-hint = 這裡應寫成“名稱: 值”的若干行。
expected-mapping = { $what }應寫成若干行“名稱: 值”，這裡卻是{ $found }
expected-mapping-hint = 這裡應寫成“名稱: 值”的若干行。
expected-list = `{ $key }` 應是一個列表，這裡卻是{ $found }
expected-list-hint = 列表的每一項另起一行，以“- ”開頭。
expected-value = `{ $key }` 只能填一個值，這裡卻是{ $found }
expected-value-hint = 這裡只填一個值（文字、數字或日期），不要寫成列表或子項。

unknown-key = { $context }裡沒有 `{ $key }` 這一項
unknown-key-hint = { $guess ->
    [yes] 是不是想寫 `{ $best }`？這裡可以用的項有：{ $known }
   *[no] 這裡可以用的項有：{ $known }
}
duplicate-key = `{ $key }` 寫了兩次
duplicate-key-hint = 同一項只能寫一次，請刪去重複的一行。
missing-field = { $context }缺少必填項 `{ $key }`
missing-field-hint = 請補上 `{ $key }:` 這一項。
empty-value = `{ $key }` 是空的
empty-value-hint = 請填寫內容。

missing-kind = 缺少 `kind:`（finance、welfare、attendance、congress、pay、merits、assessment 或 table）
missing-kind-hint = 數據文件第一行寫明種類：kind: finance（經費收支）、welfare（福利發放）、attendance（出勤）、congress（職代會）、pay（工資獎金分配）、merits（獎懲）、assessment（綜合考核）或 table（其他公開的表格）。
unknown-kind = 沒有 `{ $kind }` 這種種類；可用的種類：finance、welfare、attendance、congress、pay、merits、assessment、table
unknown-kind-hint = 數據文件第一行寫明種類：kind: finance（經費收支）、welfare（福利發放）、attendance（出勤）、congress（職代會）、pay（工資獎金分配）、merits（獎懲）、assessment（綜合考核）或 table（其他公開的表格）。
no-front-matter = 通知開頭沒有用 --- 夾住的標題、日期等
no-front-matter-hint =
    通知的開頭要有兩行 --- 夾住的標題、日期等，例如：
    ---
    title: 關於……的通知
    published: 2026-04-01
    ---
unclosed-front-matter = 通知開頭的 --- 沒有用另一行 --- 結束
unclosed-front-matter-hint =
    通知的開頭要有兩行 --- 夾住的標題、日期等，例如：
    ---
    title: 關於……的通知
    published: 2026-04-01
    ---

duplicate-page = 兩個事項生成同一個網頁 `{ $url }/`：本文件和 { $others }
duplicate-page-folder = 文件夾 content/{ $page }/
duplicate-page-reserved = gongkai 自己的 `{ $first }` 頁面
duplicate-page-hint = 兩個文件只差擴展名（如 a.yaml 與 a.md）會生成同一個網頁，請給其中一個改名。

bad-name = { $folder ->
    [yes] 文件夾
   *[no] 文件
}名 `{ $name }` 不能用作網頁地址：{ $fault ->
    [character] 其中有 `{ $mark }`
    [control] 其中有控制字符（{ $mark }）
    [trailing] 最後是點或空格，Windows 會把它去掉
    [device] Windows 把這個名字留給設備
   *[not-unicode] 它不是 Unicode 文字
}
bad-name-hint = { $fault ->
    [trailing] 請給這個{ $folder ->
        [yes] 文件夾
       *[no] 文件
    }改名：名字的最後不要是點或空格（Windows 會把它們去掉，換一臺電腦就找不到了）。
    [device] 請給這個{ $folder ->
        [yes] 文件夾
       *[no] 文件
    }改名：CON、PRN、AUX、NUL、COM1～COM9、LPT1～LPT9 是 Windows 的設備名，不能單獨用作名字，可以加上別的字，例如 con-會議.md。
   *[other] 請給這個{ $folder ->
        [yes] 文件夾
       *[no] 文件
    }改名：名字裡不要有 : \ / ? # % " < > * | 這些符號，也不要有換行、製表符；可以用 - 或 _ 代替，例如 2026-04-通知.md。
}
name-case-clash = { $same ->
    [yes] `{ $name }` 和 `{ $other }` 只差字母大小寫，Windows 和 macOS 不區分大小寫
   *[no] `{ $name }` 和 `{ $other }` 生成的網頁地址只差字母大小寫，Windows 和 macOS 不區分大小寫
}
name-case-clash-hint = Windows 和 macOS 不區分字母大小寫，會把這兩個當成同一個。請給其中一個改個名字，不要只改大小寫。
symbolic-link = { $leads ->
    [outside] 符號鏈接指向站點文件夾以外的 `{ $target }`：gongkai 不從那裡發佈{ $folder ->
        [yes] 文件夾
       *[no] 文件
    }
    [inside] 符號鏈接指向站點文件夾裡的 `{ $target }`：gongkai 不跟隨符號鏈接
   *[nowhere] 符號鏈接指向不存在的 `{ $target }`：gongkai 不跟隨符號鏈接
}
symbolic-link-hint = gongkai 不使用符號鏈接（鏈接到別處的快捷方式）。請把這個{ $folder ->
    [yes] 文件夾
   *[no] 文件
}本身複製到站點文件夾裡這個位置，再刪除鏈接。

theme-name-invalid = 主題 `{ $name }` 不是 themes/ 裡的一個文件夾名
theme-name-invalid-hint = theme 只填 themes 文件夾裡的一個文件夾名，例如 theme: default 或 theme: 紅色主題，不要寫路徑。
theme-missing = 找不到主題 `{ $name }`：沒有 themes/{ $name }/ 文件夾
theme-missing-hint = 把主題放在 themes/主題名/ 文件夾裡，或在 site.yaml 中寫 theme: default。
base-url-invalid = base_url 不能寫成 `{ $value }`：只能留空（""，鏈接相對於每個網頁）、寫以 / 開頭並以 / 結尾的路徑（如 /board/），或寫 http:// 或 https:// 開頭的地址
base-url-invalid-hint = base_url 一般留空（base_url: ""）；網站放在服務器的子目錄下時寫成 /目錄名/，或寫完整地址，例如 https://intranet.example/board/。
print-url-not-absolute = print_url `{ $value }` 不是 http:// 或 https:// 開頭的地址，打印件上不會有二維碼
print-url-not-absolute-hint = print_url 填公開欄網站的完整地址，例如 http://intranet.example/board/，打印件上的二維碼指向它。
template-error = 模板有誤：{ $detail }
template-error-hint = { $guess ->
    [yes] 是不是想寫 `{ $best }`？檢查模板這一行：{"{{"} {"}}"} 和 {"{%"} {"%}"} 要成對，用到的變量要存在；可先刪去自定義模板，改用內置主題。
   *[no] 檢查模板這一行：{"{{"} {"}}"} 和 {"{%"} {"%}"} 要成對，用到的變量要存在；可先刪去自定義模板，改用內置主題。
}
yaml-alias-too-large = YAML 別名 `{ $alias }` 展開的內容太多：一個文件裡的別名最多展開 { $values } 個值、{ $mb } MB 文字，最多 { $depth } 層
yaml-alias-too-large-hint = 不要用 YAML 錨點 & 和別名 * 展開大量內容；直接寫出每一項。
yaml-too-large = 這段 YAML 有 { $mb } MB，超過了一個文件最多 { $max } MB 的限制
yaml-too-large-hint = 文件太大了。請把內容分成幾個較小的文件，例如每月或每季度一個。

## Single values

bad-date = `{ $text }` 不是日期
bad-date-hint = 日期寫成 年-月-日，例如 2026-04-05。
impossible-date = { $why ->
    [month] `{ $text }` 不是有效日期：沒有 { $month } 月
    [not-leap] `{ $text }` 不是有效日期：{ $year } 年不是閏年，2 月只有 28 天
   *[day] `{ $text }` 不是有效日期：{ $month } 月只有 { $days } 天
}
impossible-date-hint = { $why ->
    [month] 月份只能是 1 到 12。請核對原始單據上的日期。
   *[other] { $month }月只有{ $days }天。請核對原始單據上的日期，例如月末寫成 { $last }。
}
bad-period = `{ $text }` 不是期間
bad-period-hint = 期間寫成 2026（全年）、2026-H1（上半年）、2026-Q1（第一季度）或 2026-03（月份）。
bad-amount = `{ $text }` 不是金額：{ $reason }
bad-amount-empty = 它是空的
bad-amount-decimals = 有 { $decimals } 位小數，最多隻能到分（兩位小數）
bad-amount-exponent = 不能用科學計數法
bad-amount-special = NaN 和無窮大不是金額
bad-amount-separator = 千位分隔符的位置不對
bad-amount-overflow = 數太大了
bad-amount-negative = 這裡不能填負數
bad-amount-invalid = 應寫成以元為單位、最多兩位小數的數
bad-amount-hint = { $negative ->
    [yes] 這裡填不帶負號的金額；退款、沖銷等請按《工會會計制度》記入相應的收入或支出科目。
   *[no] 金額以元為單位，最多兩位小數，例如 1234.56 或 "1,234.56"，不要寫“元”字或科學計數法。
}
bad-integer = `{ $text }` 不是整數
bad-integer-hint = 這裡填整數，例如 120。
integer-out-of-range = { $ranged ->
    [yes] { $large ->
        [yes] `{ $key }: { $text }` 太大了：最大是 { $max }（{ $min } 到 { $max } 之間的整數）
       *[no] `{ $key }: { $text }` 太小了：最小是 { $min }（{ $min } 到 { $max } 之間的整數）
    }
   *[no] { $large ->
        [yes] `{ $key }: { $text }` 太大了，無法保存
       *[no] `{ $key }: { $text }` 太小了，無法保存
    }
}
integer-out-of-range-hint = { $ranged ->
    [yes] 這裡填 { $min } 到 { $max } 之間的整數。
   *[no] 這個數太大了，請核對是否多寫了位數。
}
full-width-digits = `{ $text }` 用了全角數字（１２３），數字要用半角（123）
full-width-digits-hint = 這裡的數字是全角數字（如 １２３）。請切換到英文（半角）輸入法重新輸入數字，例如 1234.56；小數點、逗號、減號也用半角。
full-width-mark = `{ $text }` 裡有中文標點“{ $mark }”，數字和日期裡不能有
full-width-mark-hint = 中文輸入法會打出“，”“、”“。”“．”“－”。數字的千位分隔可以不寫，要寫就用英文逗號並加引號，例如 amount: "1,800.00"；小數點用英文句點“.”；日期用減號“-”，例如 2026-04-05。
bad-number = `{ $text }` 不是數字
bad-number-hint = 這裡填數字，最多兩位小數，例如 21 或 0.5。
bad-bool = `{ $text }` 不是 true 或 false
bad-bool-hint = 這裡填 true（是）或 false（否）。
bad-choice = `{ $key }` 不能填 `{ $value }`；可以填：{ $allowed }
bad-choice-hint = 可以填：{ $allowed }
negative-number = `{ $key }` 是 { $value }，不能是負數
negative-number-hint = 天數、小時數、人數和票數都不能是負數，請核對原始記錄。

## Rules of the content

disclosure-ends-before-start = 公示期的結束日期（{ $to }）早於開始日期（{ $from }）
disclosure-ends-before-start-hint = 公示期的結束日期（to）應在開始日期（from）之後。
corrects-missing = `corrects: { $target }` 找不到這個事項
corrects-missing-hint = corrects 填被更正事項在 content/ 下的路徑（含擴展名），例如 2026/finance-q1.yaml。
corrects-self = 一個事項不能更正它自己
corrects-self-hint = corrects 應指向較早發佈的另一個事項。
refers-to-unreadable = `{ $key }: { $target }` 指向的文件未能讀取（原因見該文件的錯誤）
refers-to-unreadable-hint = 先改正 { $target } 的錯誤；改好後這裡會一併核對。
raw-html = Markdown 正文裡不能直接寫 HTML：`{ $snippet }`
raw-html-hint = 正文請用 Markdown 書寫；確需 HTML 時在 site.yaml 中設 raw_html: true（腳本仍會被去除）。
link-outside-site = 鏈接 `{ $url }` 指向站點文件夾以外
link-outside-site-hint = 鏈接和圖片只能指向本站文件夾裡的文件。
link-removed = 鏈接 `{ $url }` 會運行腳本或打開內嵌數據，頁面上只顯示為文字
link-removed-hint = javascript:、vbscript: 和 data: 開頭的鏈接不會生效，頁面上只顯示鏈接文字。請改成網頁地址（http:// 或 https://）或本站文件，或刪去這個鏈接。

date-outside-period = 日期 { $date } 不在期間 { $period } 之內
date-outside-period-hint = 每一筆收支的日期應在 period 所寫的期間之內；跨期的款項請記入對應期間。
closing-mismatch = 期末餘額 { $given } 不等於 期初餘額 + 收入 - 支出 = { $computed }
closing-mismatch-hint = 期末餘額應等於期初餘額 + 本期收入 - 本期支出。請核對各筆金額，或把 closing_balance 改為計算值。
amount-overflow = 加上這筆金額後，合計超過了能保存的最大金額（92233720368547758.07）
amount-overflow-hint = 請檢查金額是否多寫了位數。
category-wrong-side = `{ $category }` 是{ $is }科目，卻寫在了{ $listed }下
category-wrong-side-hint = 收入科目（4 開頭，如 401 会费收入）只能寫在 income 下，支出科目（5 開頭，如 501 职工活动支出）只能寫在 expenses 下。
unknown-category = 科目 `{ $name }` 不在工會會計科目表中
unknown-category-hint = 請使用《工會會計制度》科目名稱或編碼：{ $accounts }；確需自設科目時，在 site.yaml 的 categories 中登記，如 categories: {"{"}團建活動: expense{"}"}。
sub-account-code = `{ $code }` 不是明細科目編碼：應為五位數字，前三位是一級科目的編碼
sub-account-code-hint = 明細科目編碼為五位數字，前三位是它所屬的一級科目，如 50301 屬於 503 職工服務支出；parent 可以不寫。
sub-account-parent = 明細科目 { $code } 屬於 { $expected }，不屬於 `{ $parent }`
sub-account-parent-hint = 明細科目編碼為五位數字，前三位是它所屬的一級科目，如 50301 屬於 503 職工服務支出；parent 可以不寫。
sub-account-not-statutory = `{ $code }` 不是《工會會計制度》規定的明細科目，已計入 { $parent }
sub-account-not-statutory-hint = 這是本單位自設的明細科目，已計入所屬一級科目。請在 site.yaml 的 categories 中登記名稱，如 categories: {"{"}科目名稱: {"{"}code: { $code }{"}"}{"}"}。
chain-break = 期初餘額 { $opening } 不等於上一期（{ $previous }）的期末餘額 { $closing }
chain-break-hint = 同一單位相鄰期間應首尾相接：本期的期初餘額等於上期的期末餘額。請核對兩期數據。
finance-overdue = { $unit } 還沒有公開 { $periods } 的經費收支（期間結束已超過 { $days } 天）
finance-overdue-hint = 廠務公開的經費收支應定期公開：每個期間結束後按時發布該期的經費收支（kind: finance，period 寫該期間）。天數在 site.yaml 的 finance_due_days 中設定。
duplicate-title = { $unit } 在 { $period } 有兩項標題都是「{ $title }」（第一項在 { $first }）
duplicate-title-hint = 同一單位同一期間的兩項公示標題相同，讀者分不清。若是更正，請在新文件中寫 corrects: 指向原文件；否則請改用不同的標題。
outside-unit-lifetime = 本項的期間不在 { $unit } 存續期內（{ $span ->
    [both] { $since } 至 { $until }
    [since] { $since } 起
    [until] 至 { $until }
   *[none] -
}）
outside-unit-lifetime-hint = 該單位在 _section.yaml 的 since/until 之外不存在。請核對 period 或發布日期，或核對單位的 since、until。

changed-since-published = 本項發布後被改動過：核驗碼由首次發布時的 { $recorded } 變為 { $now }，且沒有更正公示
changed-since-published-hint = 已發布的公示不要原地修改。請恢復原文，另發一項更正公示，寫上 corrects: 指向本項；發布後執行 gongkai record。

welfare-total-mismatch = 合計 { $given } 不等於名單中 { $count } 人的金額之和 { $computed }
welfare-total-mismatch-hint = total 應等於名單中各人金額之和。請核對各人金額，或把 total 改為計算值。
duplicate-recipient = { $name } 列了兩次（第一次在第 { $first } 行）
duplicate-recipient-hint = 同一份名單中一人只列一次；同名的兩人請在姓名後加班組區分，如“張偉（通風一班）”。
program-account-mismatch = 項目“{ $program }”應在 { $account } 列支，但 funded_by.category 是 { $category }
program-account-mismatch-hint = 按《工會會計制度》，該項目應在 { $account } 科目列支；請核對 funded_by.category，或在經費收支中改用正確科目。
funded-by-missing = `funded_by.item: { $target }` 找不到這個事項
funded-by-missing-hint = funded_by.item 填經費收支文件在 content/ 下的路徑（含擴展名），例如 2026/finance-q1.yaml。
funded-by-not-finance = `funded_by.item: { $target }` 是{ $kind }，不是經費收支文件
funded-by-not-finance-hint = funded_by.item 應指向 kind: finance 的經費收支文件。
funding-exceeded = { $finance } 的 { $category } 共支出 { $spent }，由它發放的各份福利名單合計 { $paid }，超出了支出：{ $files }
funding-exceeded-hint = 同一筆經費支出發放的各份名單合計不能超過該科目的支出額。請核對名單金額，或核對經費收支中該科目的支出；一級科目（如 504 维权支出）包含其下屬明細科目。

attendance-period-not-month = 出勤公示的 `period` 應是一個月（如 2026-03），這裡是 { $period }
attendance-period-not-month-hint = 出勤公示按月公佈，period 寫成月份，例如 2026-03。
attendance-sum-mismatch = { $name }：出勤 { $present } + 請假 { $leave }{ $kinds } + 曠工 { $absent } = { $sum } 天，但應出勤天數是 { $workdays }
attendance-sum-mismatch-kinds = （{ $kinds }）
attendance-sum-mismatch-hint = 每人的 出勤天數 + 各類假天數 + 曠工天數 應等於應出勤天數（workdays），請核對這一行的數字。
workdays-over-month = 應出勤天數 { $workdays } 超過了 { $period } 的 { $days } 天
workdays-over-month-hint = 應出勤天數不能超過當月的天數，一般填當月的工作日數，例如 22。
duplicate-name = 姓名 { $name } 出現了不止一次；第一次在第 { $first } 行
duplicate-name-hint = 每人只寫一行；如有同名同姓的職工，請在姓名後加以區分，例如 張偉（機電）。

no-representatives = 代表總數應大於 0，這裡是 { $total }
no-representatives-hint = total 填應到代表總數，例如 120。
present-over-total = 實到代表 { $present } 人，超過了代表總數 { $total } 人
present-over-total-hint = 實到代表人數不能超過代表總數，請核對簽到人數。
votes-over-present = 贊成 { $for } + 反對 { $against } + 棄權 { $abstain } = { $sum }，超過了實到代表 { $present } 人
votes-over-present-hint = 贊成、反對、棄權票數相加不能超過實到代表人數，請核對計票結果。
result-contradicts = { $why ->
    [quorum] 表決結果寫的是“{ $said }”，但會議無效：實到 { $present } 人，少於所需的 { $quorum } 人（代表總數 { $total } 的三分之二）
    [votes] 表決結果寫的是“{ $said }”，但贊成 { $for } 票，少於通過所需的 { $pass } 票（超過代表總數 { $total } 的半數）
   *[passes] 表決結果寫的是“{ $said }”，但贊成 { $for } 票，達到了通過所需的 { $pass } 票，實到 { $present } 人也達到了 { $quorum } 人：決議通過
}
result-contradicts-hint = 表決結果由程序按票數算出：實到代表須達到代表總數的三分之二，會議才有效；贊成票須超過全體代表（不是實到代表）的半數，決議才通過。請核對票數，或刪去 result 這一行。
duplicate-proposal-number = 提案編號 { $number } 用了兩次；第一次在第 { $first } 行
duplicate-proposal-number-hint = 同一次會議的提案編號不能重複，請核對編號。
proposal-needs = 提案狀態為“{ $status }”時要寫 `{ $key }`
proposal-needs-hint = { $key ->
    [reason] 不予立案的提案要寫明理由：加一行 reason: ……
   *[other] 已辦結的提案要寫明辦理答覆：加一行 reply: ……
}
percent-out-of-range = 落實進度 { $percent }% 不在 0 到 100 之間
percent-out-of-range-hint = percent 填 0 到 100 之間的整數，表示落實進度的百分比。
update-before-meeting = 落實進展的日期 { $date } 早於會議日期 { $meeting }
update-before-meeting-hint = 落實進展的日期應在會議召開之後，請核對日期是否寫錯。

## Personal numbers

personal-number = 不能公示{ $kind } { $masked }
personal-number-hint = 公示內容不得出現身份證號、手機號、銀行卡號，請刪去。單位公開的服務熱線等號碼，可在 site.yaml 的 privacy.allow 中逐個列出。
supervision-mobile = 監督電話 supervision.phone 是手機號 { $masked }；個人手機號不能印在公示上
supervision-mobile-hint = 監督電話請填寫辦公室固定電話（如 0537-1234567）或單位公開熱線，不要填寫個人手機號；privacy.allow 也不能放行這裡的手機號。
personal-number-in-file-name = 文件名裡有{ $kind }（{ $masked }）
personal-number-in-file-name-hint = 公示內容不得出現身份證號、手機號、銀行卡號，請刪去。單位公開的服務熱線等號碼，可在 site.yaml 的 privacy.allow 中逐個列出。
personal-number-in-folder-name = 文件夾名裡有{ $kind }（{ $masked }）
personal-number-in-folder-name-hint = 公示內容不得出現身份證號、手機號、銀行卡號，請刪去。單位公開的服務熱線等號碼，可在 site.yaml 的 privacy.allow 中逐個列出。
personal-number-in-output = 生成的網頁裡有{ $kind }（{ $masked }），沒有發佈任何內容
personal-number-in-output-hint = 這個號碼來自模板或 static/ 中的文件，請從中刪去；公開熱線可列入 site.yaml 的 privacy.allow。
attachment-unread = 這個{ $what }打不開，沒能檢查其中有沒有個人號碼
attachment-unread-hint = 文件可能已損壞或設了密碼。請確認其中沒有身份證號、手機號、銀行卡號後再公示，或用辦公軟件另存一份（不設密碼）。

## Spreadsheets: gongkai import, and an item's lines kept in one (lines: FILE)

sheet-format = `{ $file }` 不是 gongkai 能讀的表格（.xlsx、.xls、.ods 或 .csv）
sheet-format-hint = 請在 Excel 或 WPS 中“另存為”Excel 工作簿（.xlsx）或 CSV 文件後再導入。
sheet-unreadable = 表格打不開：文件已損壞，或設有打開密碼
sheet-unreadable-hint = 請用 Excel 或 WPS 打開該文件，確認能正常打開；如設有打開密碼，請取消密碼後另存一份。
sheet-encoding = 這個 CSV 文件既不是 UTF-8，也不是 GBK/GB18030 編碼的文本
sheet-encoding-hint = 請在 Excel 或 WPS 中重新“另存為”CSV（逗號分隔）或 CSV UTF-8 文件。
sheet-missing = 沒有名為 `{ $sheet }` 的工作表；工作表有：{ $sheets }
sheet-missing-hint = 工作表名寫在 Excel 窗口底部的標籤上；請照抄名稱，或不寫，默認讀第一張表。
header-missing = 找不到表頭：{ $kind ->
    [finance] 經費收支表
    [welfare] 發放名單
    [pay] 工資獎金分配表
    [merits] 獎懲表
    [assessment] 考核表
    [table] 表格
   *[attendance] 出勤表
}需要這些列：{ $needs }
header-missing-hint = 表頭（標題行下面寫著“日期”“姓名”“金額”等列名的一行）須在表的前 30 行裡；列名與常用寫法不同時，請改成常用寫法，或用對照表（--map）指明各列。
column-twice = `{ $header }` 一列與 { $column } 列（`{ $first }`）說的是同一項；該用哪一列？
column-twice-hint = 請刪去或改名其中一列，或用對照表（--map）指明用哪一列。
mapping-column = { $letter ->
    [yes] `{ $key }` 指定的列在表中不存在
   *[no] `{ $key }: { $header }`：第 { $row } 行沒有表頭 `{ $header }`
}
mapping-column-hint = 對照表中的列名須與表頭單元格里的文字一致，或寫列號字母（如 C）；表頭不在第一行時請寫 header_row。
cell-amount = `{ $text }` 不是金額：{ $reason }
cell-amount-hint = { $why ->
    [computed] 這個單元格的數是公式算出來的，帶有計算機二進制小數的尾差，不能當作金額。請在表中用 =ROUND(公式,2) 取到分，或直接輸入金額。
    [negative] 金額不能是負數：紅字沖銷請在備註中說明，並把衝回的金額記在另一方（收入或支出）。
   *[other] 金額以元為單位，最多兩位小數，例如 1234.56、¥1,234.56 或 1234.56元。
}
cell-number = `{ $text }` 不是數字
cell-number-hint = 填數字，最多兩位小數，例如 21 或 0.5。
cell-date = `{ $text }` 不是日期
cell-date-hint = 日期寫成 2026-04-05、2026/4/5、2026.4.5 或 2026年4月5日，或把單元格設為日期格式。
cell-empty = 這一行的 `{ $header }` 是空的
cell-empty-hint = 每一行都要填這一項；如果這一行不是明細（如說明文字），請刪去或移到表格下方。
cell-direction = `{ $text }` 沒有說明這筆是收入還是支出
cell-direction-hint = 收支列填“收入”或“支出”（也可寫“收”“支”“借”“貸”）。
cell-side-unknown = `{ $category }` 不在會計科目表中，看不出這筆是收入還是支出
cell-side-unknown-hint = 表中只有一列金額時，需要一列“收支”寫明收入或支出，或把科目寫成會計科目表中的名稱或編碼（如 會費收入、501）。
line-both-sides = 這一行既有收入（{ $income }）又有支出（{ $expense }）；一行只能是其中一種
line-both-sides-hint = 一行只記一筆：收入和支出請分成兩行。
balance-mismatch = 餘額 { $given } 與上一行餘額（{ $before }）加減本行後不符：應為 { $computed }
balance-mismatch-hint = 餘額應等於上一行的餘額加本行收入、減本行支出；請核對本行和上一行的金額與餘額。
total-mismatch = { $lines ->
    [yes] `{ $header }` 的合計是 { $given }，但各行（第 { $from } 行到第 { $to } 行）之和是 { $computed }
   *[no] `{ $header }` 的合計是 { $given }，但它上面沒有明細行
}
total-mismatch-hint = 合計應等於上面各行之和；請核對合計行的公式是否包含了所有行，以及各行的金額。
workdays-differ = 這裡的應出勤天數是 { $found }，第 { $row } 行是 { $first }：同一張表的應出勤天數相同
workdays-differ-hint = 同一張出勤表的應出勤天數相同；請核對這一行的應出勤天數。
import-would-overwrite = { $path } 已經存在；導入不會替換已有文件
import-would-overwrite-hint = 要用新導入的內容替換它，請加上 --force；或用 --out 寫到另一個文件。
ledger-file = { $fault ->
    [missing] `{ $file }` 不是本文件旁邊的文件
    [outside] `{ $file }` 在 content/ 之外；表格文件須放在 content/ 裡
    [ignored] `{ $file }` 是隱藏文件或編輯器留下的臨時文件，生成時不會讀取
   *[unreadable] `{ $file }` 讀不出來：{ $detail }
}
ledger-file-hint = { $fault ->
    [outside] 表格文件須放在 content/ 裡，通常與本文件放在同一文件夾，然後只寫文件名。
    [ignored] 以 ~$ 或 . 開頭的是臨時或隱藏文件；請寫表格本身的文件名。
   *[other] 寫表格文件名時，路徑相對於本文件所在的文件夾，例如 ledger-2026-q1.xlsx；請核對文件名和擴展名。
}
ledger-and-list = `{ $list }` 列出了明細，`{ $key }` 又指定了存放明細的表格；明細只能寫在一處
ledger-and-list-hint = 明細要麼寫在本文件裡，要麼放在表格裡，兩者選一。
sheet-opening-mismatch = 表中的期初餘額是 { $sheet }，但 `opening_balance` 是 { $item }
sheet-opening-mismatch-hint = 表中的期初餘額（或第一行餘額倒推出的餘額）應與 opening_balance 相同；請核對其中之一。
sheet-workdays-mismatch = 表中的應出勤天數是 { $sheet }，但 `workdays` 是 { $item }
sheet-workdays-mismatch-hint = 表中的應出勤天數應與 workdays 相同；請核對其中之一。
sheet-column-missing = 表 { $sheet } 中沒有 columns 聲明的 `{ $column }` 一列
sheet-column-missing-hint = 表頭的列名須與 columns 中聲明的列名完全相同（後面可帶括號中的單位，如“（元）”）；請改表頭或改聲明的列名。
sheet-column-extra = 表中的 `{ $header }` 一列沒有聲明（已聲明的列：{ $known }）
sheet-column-extra-hint = 表中每個有表頭的列都應是聲明過的列：請在 columns 中聲明它，或從表中刪去這一列。
sheet-column-not-read = 表中的 `{ $header }` 一列不讀取，也不公示（讀取的列：{ $known }）
sheet-column-not-read-hint = 自己記的備註列可以留在表中；若這一列是要公示的內容，請檢查列名是否與上面讀取的列一致。
sheet-score-total-mismatch = { $name }：表中的合計 { $given } 不等於各項得分之和 { $computed }
sheet-score-total-mismatch-hint = 合計由各項得分算出，不是填寫的：請改正表中的合計（或某項得分）。合計不會寫入公示文件。
sheet-pool-mismatch = 表中的獎金總額是 { $sheet }，但 `pool` 是 { $item }
sheet-pool-mismatch-hint = 表中的獎金總額應與 pool 相同；請改正其中之一，或不寫 pool 而用表中的總額。

## What gongkai import writes into the item it makes (YAML comments)

import-written-from = 由 gongkai import 從 { $named ->
    [yes] { $file }（工作表“{ $sheet }”）
   *[no] { $file }{" "}
}導入，共 { $lines } 行明細；表中的合計行已核對，未作為明細導入。
import-check-before-publishing = 發佈前請核對標題、發佈日期和期間，填寫下面標註“請填寫”的項目。
import-fill-period = 請填寫：數據所屬期間，如 2026-Q1、2026-03
import-fill-opening = 請填寫：期初餘額（表中沒有期初餘額或餘額列）
import-fill-program = 請填寫：項目名稱，如 送溫暖、困難職工幫扶
import-fill-workdays = 請填寫：應出勤天數（表中沒有應出勤一列）
import-fill-max = 請填寫：這一項的滿分（表頭沒有寫明，如“領導考核(20)”）

## Tool failures (exit code 2)

tool-not-a-site = { $path } 裡沒有 site.yaml，不是 gongkai 站點（用 `gongkai init` 新建一個，或用 --root 指定站點文件夾）
tool-io = 無法{ $action } { $path }：{ $detail }
word-action-create = 創建
word-action-move-aside = 移開
word-action-move-into-place = 移入
word-action-open = 打開
word-action-read = 讀取
word-action-read-folder = 讀取文件夾
word-action-remove = 刪除
word-action-resolve = 解析路徑
word-action-swap-in = 換入
word-action-write = 寫入
word-action-listen-on = 監聽
word-action-watch = 監視
tool-unsafe-output = 拒絕寫入 { $path }：{ $reason }
tool-refusal-site-itself = 它就是站點文件夾本身
tool-refusal-contains-site = 站點文件夾在它裡面
tool-refusal-is-a-file = 它是一個文件，不是文件夾
tool-refusal-looks-like-a-site = 它裡面有 content/ 或 site.yaml，像是一個站點，而不是輸出文件夾
tool-refusal-not-ours = 它裡面有不是 gongkai 寫的文件（沒有 .gongkai-output 標記）；請清空它或換一個文件夾
tool-refusal-exists = 它已經存在；init 從不替換站點的文件
tool-refusal-new-exists = 它已經存在；gongkai new 不會替換已有文件，除非加上 --force
tool-refusal-not-under-content = 新的事項要放在站點的 content/ 文件夾下
tool-refusal-not-an-address = 這個名字不能用作網頁地址的一部分（見 README 中的文件名說明）
tool-refusal-no-file-name = 請給出新文件的名字，例如 content/2026/finance-q2.yaml
tool-refusal-notice-md = 通知是 Markdown 文件：文件名以 .md 結尾
tool-refusal-data-yaml = 數據類事項是 YAML 文件：文件名以 .yaml 結尾
tool-refusal-underscore = 以 _ 開頭的名字是文件夾的設置，不是事項
tool-port-in-use = 端口 { $port } 已被佔用（另一個 gongkai serve？）；可以試試 `--port { $next }`
tool-output-inside-input = 拒絕寫入 { $path }：它在站點讀取的 { $input }/ 裡，每次生成都會把上一次的輸出再讀進來；請用 content/、static/、templates/ 和 themes/ 以外的文件夾，例如默認的 public/

## What check, build and init say at the end

summary-counts = { $errors } 個錯誤，{ $warnings } 個警告
summary-checked = 檢查了 { $items } 個事項，用時 { $seconds } 秒：{ $counts }
summary-built = 由 { $items } 個事項生成了 { $pages } 個網頁，用時 { $seconds } 秒{ $warnings ->
    [0] {""}
   *[other] （{ $warnings } 個警告）
}
summary-not-published = { $counts }；沒有發佈任何內容，{ $out } 保持不變
record-added = 已記錄 { $path }：核驗碼 { $code }
record-total = { $count ->
    [0] 所有已發布的公示都已記在 { $file } 裡，沒有新增
   *[other] { $file } 新增 { $count } 項
}（{ $counts }）
record-not-written = { $counts }；有錯誤，{ $file } 未改動
summary-imported = 已從 { $from } 導入 { $lines } 行明細到 { $out }{ $left ->
    [yes] ；未導入的列：{ $ignored }
   *[no] {""}
}
summary-nothing-written = { $counts }；沒有寫入任何文件
summary-init =
    已在 { $dir } 新建 gongkai 站點（{ $files } 個文件）
    下一步：修改 site.yaml，然後運行 `gongkai build --root { $dir }`
    預覽：在站點文件夾裡雙擊 { $launcher }.bat（Windows）或 { $launcher }.command（macOS）
progress-load = … 正在讀取文件（{ $seconds } 秒）
progress-check = … 正在檢查（{ $seconds } 秒）
progress-render = … 正在生成網頁（{ $seconds } 秒）

## What new and schema say, a refused --today, and --timings

new-wrote = 已寫入 { $file }
new-next = 下一步：填好它，然後運行 `gongkai check` 檢查
new-period-after = 期間 { $next }（{ $name }）：接 { $file } 的 { $previous }
new-period-fallback = 期間 { $period }（{ $name }）：到 { $today } 為止最近結束的一期（此前沒有這一類的事項）
new-opening-balance = 期初餘額 { $amount }：即 { $file } 的期末餘額
new-workdays = 應出勤 { $count } 天：週一至週五 { $weekdays } 天 - 節假日 { $holidays } 天 + 週末上班 { $extra } 天（site.yaml）
new-names-carried = 名單接上月，共 { $count } 人
new-previous-errors = { $file } 有 { $errors } 個錯誤：請運行 `gongkai check`，並核對接過來的數字
new-wrote-schemas = 已把編輯器用的 schema 寫入 { $folder }
schema-wrote = 已把 { $count } 個 schema 寫入 { $folder }
cli-bad-today = `--today { $value }` 不是日期：請寫成 2026-04-05 這樣的 年-月-日
cli-timings = 各階段用時：{ $stages }
cli-timings-stage = { $stage ->
    [load] 讀取
    [check] 檢查
    [render] 生成網頁
    [scan] 掃描輸出
   *[publish] 發佈
} { $seconds } 秒

## What publish says: its progress, its summary, --dry-run and --status

publish-counts = 新增 { $added } 個，修改 { $changed } 個，刪除 { $removed } 個，未變 { $unchanged } 個文件
publish-progress = … 正在發佈：第 { $done } / { $total } 個文件（{ $seconds } 秒）
publish-summary = 已發佈到 { $dest }：{ $counts }，用時 { $seconds } 秒{ $resumed ->
    [yes] ；上次中斷的發佈現已完成
   *[no] {""}
}
publish-add = 新增
publish-change = 修改
publish-remove = 刪除
publish-more = … 另有 { $more } 個
publish-dry-run-resumed = 那裡有一次發佈中途中斷了；發佈時會把它完成
publish-dry-run = 若發佈到 { $dest }，將會：{ $counts }（本次沒有寫入任何文件）
publish-version = 生成於 { $date }，{ $items } 個事項，{ $pages } 個網頁，摘要 { $digest }，gongkai { $gongkai }
publish-status-not-ours = { $dest } 裡沒有 gongkai 發佈的公開欄（沒有 .gongkai-output 標記文件）
publish-status-same = { $dest } 已是本次生成的版本：{ $build }
publish-status-differs = { $dest } 與本次生成的版本不同：
publish-status-live = 線上版本：{ $build }
publish-status-live-unknown = 線上版本：沒有 version.json 的舊版本
publish-status-this = 本次生成：{ $build }
publish-status-resumed = 那裡有一次發佈中途中斷了：運行 `gongkai publish` 會把它完成
publish-status-would = 發佈將會：{ $counts }

## What serve and watch say

preview-built = { $first ->
    [yes] 首次生成
   *[no] 重新生成
}用時 { $ms } 毫秒：{ $first ->
    [yes] 全部文件
   *[no] { $what }
}（讀取 { $read } 個文件，生成 { $rendered } 個網頁；共 { $pages } 個網頁）
preview-build-failed = 生成失敗，發現 { $errors } 個錯誤（用時 { $ms } 毫秒）：{ $first ->
    [yes] 全部文件
   *[no] { $what }
}；仍顯示上一次成功生成的網頁
preview-changed = { $count ->
    [0] 沒有具名文件改動
   *[other] { $more ->
        [0] { $paths } 有改動
       *[other] { $paths } 等 { $count } 個文件有改動
    }
}{ $rescan ->
    [yes] ；有改動通知丟失，已全部重新讀取
   *[no] {""}
}
preview-serving = 預覽地址：{ $url }  （按 Ctrl+C 停止）
preview-reachable = 綁定在 { $bind } 上，局域網裡的其他電腦也能打開這個預覽
preview-watching = 正在監視 { $root } 的改動，發佈到 { $out }  （按 Ctrl+C 停止）
preview-reload-off = { $error }；自動刷新已關閉
preview-failed = { $error }
preview-rebuild-failed = { $error }（{ $what }）{ $serving ->
    [yes] ；仍顯示上一次成功生成的網頁
   *[no] {""}
}
preview-internal-error = 重新生成時出現內部錯誤；下次保存時會從頭生成
preview-no-browser = 無法打開瀏覽器；請手動打開 { $url }
preview-not-found = 頁面不存在
preview-not-found-home = 返回首頁
preview-overlay-title = 內容有誤，頁面仍顯示上一次成功生成的內容（共 { $count } 處）

## Declared tables (columns: and rows: in the item) and the kinds built on them: pay, merits, assessment, table

table-duplicate-column = 列名“{ $name }”聲明了兩次
table-duplicate-column-hint = 每一列的名稱（name）只能出現一次。
table-duplicate-role = 有兩列都寫了 `role: { $role }`
table-duplicate-role-hint = 每種用途（role）只能給一列，例如只有一列是 net（實發）。
table-role-wrong-type = `role: { $role }` 不能用在 { $type } 類型的列上
table-role-wrong-type-hint = gross（應發）、deduction（扣款）、net（實發）用在 money 列上；days（出勤天數）、points（工分）用在 number 列上。
table-bound-on-text = `{ $key }` 只能用在 money、number、percent 列上，不能用在 { $type } 列上
table-bound-on-text-hint = min、max 只能用在 money、number、percent 類型的列上。
table-unknown-column = “{ $key }”不是聲明過的列（列：{ $known }）
table-unknown-column-hint = 每一行的項目名要與列名完全一致（分配表等在 columns 中聲明列名，獎懲公示的列名是固定的）。可以用的列：{ $known }。
table-rule-syntax = 規則“{ $rule }”不是“列 = 列 + 列 - 列”的形式
table-rule-syntax-hint = 規則寫成“列名 = 列名 + 列名 - 列名”，例如 "實發 = 應發 - 扣款"，只用加減。
table-rule-unknown-column = 規則“{ $rule }”中的“{ $column }”不是聲明過的列
table-rule-unknown-column-hint = 規則裡的列名要與 columns 中聲明的列名完全一致。
table-rule-text-column = 規則“{ $rule }”中的“{ $column }”不是金額或數字列
table-rule-text-column-hint = 規則只能計算金額（money）或數字（number、percent）列。
table-rule-mixed-units = 規則“{ $rule }”把金額列和數字列混在一起
table-rule-mixed-units-hint = 一條規則裡的列要麼都是金額，要麼都是數字，不能混用。
table-below-min = { $column } { $value } 小於該列的最小值 { $min }
table-below-min-hint = 這一格的數小於該列規定的最小值（min），請核對。
table-above-max = { $column } { $value } 大於該列的最大值 { $max }
table-above-max-hint = 這一格的數大於該列規定的最大值（max），請核對。
table-rule-broken = { $row }：{ $column } 是 { $given }，但按“{ $rule }”應為 { $computed }
table-rule-broken-hint = 這一行的數字不符合 rules 中的計算規則，請核對各列數字。
table-row-needs = 這一行沒有填“{ $column }”
table-row-needs-hint = 每一行都要填寫“{ $column }”。
pay-needs-column = { $what ->
    [name] 分配表缺少姓名列
    [points] 按工分分配（share: points）缺少工分列
    [pool] 按工分分配（share: points）缺少獎金總額 pool
   *[amount] 分配表缺少應發或實發金額列
}
pay-needs-column-hint = { $what ->
    [name] 分配表要有一列姓名：在 columns 中加 {"{"}name: 姓名, type: name{"}"}。
    [points] 按工分分配（share: points）時，要有一列 role: points 的工分或係數列。
    [pool] 按工分分配（share: points）時，要寫明獎金總額 pool。
   *[amount] 分配表要有一列應發（role: gross）或實發（role: net）金額。
}
pay-net-mismatch = { $name }：實發 { $net } 不等於 應發 { $gross } − 扣款 { $deduction } = { $computed }
pay-net-mismatch-hint = 每人的實發應等於應發減去扣款，請核對這一行的金額。
pay-pool-mismatch = { $count } 行的{ $column }合計 { $sum }，但獎金總額（pool）是 { $pool }
pay-pool-mismatch-hint = 各人金額之和應等於獎金總額（pool），一分不差；確有結餘時寫 remainder: balance，結餘會單獨公示。
pay-over-pool = 各行的{ $column }合計 { $sum }，超過了獎金總額 { $pool }
pay-over-pool-hint = 各人金額之和不能超過獎金總額（pool），請核對。
pay-share-mismatch = { $name }：分得 { $given }，但 獎金總額 { $pool } × 工分 { $points } ÷ 總工分 { $total } = { $expected }（最大餘額法）
pay-share-mismatch-hint = 按工分分配時，每人金額 = 獎金總額 × 本人工分 ÷ 全部工分，先捨去分以下的零頭，再把剩下的幾分錢按零頭從大到小（一樣大時按名單先後）每人補一分。請改為算出的金額。
pay-days-over-workdays = { $name }：出勤 { $days } 天，超過了應出勤天數 { $workdays }
pay-days-over-workdays-hint = 出勤天數不能超過當月應出勤天數（workdays）。
pay-days-differ = { $name }：這裡出勤 { $days } 天，但出勤公示 { $attendance } 上出勤 { $present } 天
pay-days-differ-hint = 分配表上的出勤天數要與本班組同月出勤公示上的出勤天數一致，請核對兩份公示。
pay-not-in-attendance = { $name } 不在本班組同月的出勤公示 { $attendance } 上
pay-not-in-attendance-hint = 分配表上的人應出現在本班組同月的出勤公示上；姓名寫法要一致。
penalty-without-basis = 對 { $name } 的處罰沒有寫依據（basis）
penalty-without-basis-hint = 每一項處罰都要寫明依據（basis），例如 basis: 《安全生產獎懲辦法》第十二條，職工才能知道為什麼被罰。
merits-date-outside-period = 日期 { $date } 不在公示期間 { $period } 之內
merits-date-outside-period-hint = 每一項的日期應在 period 所寫的期間之內；其他期間的獎懲請在那一期公示。
assessment-total-mismatch = { $name }：總分 { $given } 不等於各項得分之和 { $computed }
assessment-total-mismatch-hint = 總分由各項得分相加算出，不用手填；請刪去 total，或改為各項之和。
assessment-pay-missing = `pay: { $target }` 找不到這份獎金分配公示
assessment-pay-missing-hint = pay 填同期獎金分配公示在 content/ 下的路徑（含擴展名），例如 2026/pay-03.yaml。
assessment-band-empty = 名次段 { $from }–{ $to } 的截止名次在起始名次之前
assessment-band-empty-hint = 每一段寫 from（起始名次）和 to（截止名次），to 不能小於 from；到最後一名的一段不寫 to。
assessment-band-overlap = 第 { $rank } 名落在兩個名次段裡
assessment-band-overlap-hint = coefficients 的各段名次不能重疊，每個名次只對應一個係數。
assessment-rank-without-coefficient = { $name } 是第 { $rank } 名，但 coefficients 裡沒有這個名次的係數
assessment-rank-without-coefficient-hint = coefficients 的各段要覆蓋所有名次；最後一段可以不寫 to，即到最後一名。
pay-coefficient-mismatch = { $name }：這裡的係數是 { $given }，但綜合考核 { $assessment } 中第 { $rank } 名的係數是 { $expected }
pay-coefficient-mismatch-hint = 分配表的係數（工分）由同期綜合考核的名次得出，請按考核結果改正，或核對考核公示。
pay-missing-assessed = { $name } 參加了綜合考核，但不在關聯的分配表 { $pay } 上
pay-missing-assessed-hint = 綜合考核用於獎金分配（pay）時，參加考核的人都應在那份分配表上，姓名寫法要一致。
