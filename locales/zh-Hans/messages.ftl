# zh-Hans words for clerks reading a diagnostic (Project Fluent syntax: https://projectfluent.org/).
#
# Each kind of problem has a stable code (README, "Message codes"): its message is the
# entry of that name, its hint the entry CODE-hint. The arguments ($key, $text …) are
# filled in by src/messages/; selectors pick a form by a flag ($gbk: yes / no) or a word.
# Braces that are text are written {"{"} and {"}"}.

## The frame of every diagnostic

# The terminal tags a diagnostic with the spec's `error:`, `warning:` or `note:` in
# every language (not a catalogue word); these two label errors and warnings in the
# preview's browser overlay.
severity-error = 错误
severity-warning = 警告
hint-label = 提示
list-separator = 、

## Related places

related-other-file = 另一个文件
related-also-funded = 同样由这笔经费发放
related-finance-item = 经费收支文件
related-other-case = 在 Windows 和 macOS 上是同一个名字
related-unreadable = 未能读取的文件（错误见该文件）
related-previous-period = 上一期的期末余额在这里
related-first-published = 首次发布时的核验码记在这里

## Words that fill in messages: shapes of YAML values

word-nothing = 空值
word-a-single-value = 一个单独的值
word-a-list = 一个列表
word-a-mapping = 若干“名称: 值”

## Words: what a mapping is

word-site-yaml = site.yaml
word--section-yaml = _section.yaml

word-finance-item = 经费收支文件
word-welfare-item = 福利发放文件
word-attendance-item = 出勤公示文件
word-congress-item = 职代会文件
word-pay-item = 工资奖金分配公示文件
word-merits-item = 奖惩公示文件
word-assessment-item = 综合考核公示文件
word-table-item = 表格公示文件
word-column = 表格的一列
word-component = 考核项目
word-notice-item = 通知
word-income-line = 收入明细
word-expense-line = 支出明细
word-recipient = 发放名单的一项
word-attendance-record = 出勤记录的一项
word-resolution = 决议
word-proposal = 提案
word-progress-update = 落实进展的一项
word-a-data-file = 数据文件
word-mapping-file = 对照表
word-notice-front-matter = 通知开头（--- 之间）的部分
word-income = 收入
word-expense = 支出

## Words: personal numbers and attachments

word-resident-id-number = 身份证号
word-mobile-phone-number = 手机号
word-bank-card-number = 银行卡号
word-spreadsheet = 电子表格
word-document = 文档

## Files, YAML and keys

file-utf16 = 文件是 UTF-16 编码，不是 UTF-8
file-utf16-hint = 这个文件是 UTF-16 编码（记事本里叫“Unicode”或“UTF-16 LE/BE”）。请另存为 UTF-8 编码：记事本选“另存为”→ 编码选“UTF-8”；WPS/VS Code 在右下角或“文件”菜单里选 UTF-8 编码保存。
file-not-utf8 = { $gbk ->
    [yes] 文件不是 UTF-8 编码（看来是 GBK/ANSI 编码）
   *[no] 文件不是 UTF-8 编码的文本
}
file-not-utf8-hint = 请把文件另存为 UTF-8 编码：记事本选“另存为”→ 编码选“UTF-8”；WPS/VS Code 在右下角或“文件”菜单里选 UTF-8 编码保存。

yaml-syntax = { $why ->
    [colon-in-value] YAML 格式有误：这里不能再写“名称: 值”：或者这一行多缩进了，或者值里的“: ”（冒号加空格）要给整个值加英文引号
    [no-colon] YAML 格式有误：这一行不是“名称: 值”，找不到英文冒号“:”
    [flow-mapping] YAML 格式有误：花括号 {"{"}…{"}"} 里少了英文逗号“,”或右花括号
    [flow-sequence] YAML 格式有误：方括号 […] 里少了英文逗号“,”或右方括号
    [bracket] YAML 格式有误：括号没有成对
    [quote] YAML 格式有误：引号没有成对
    [tab] YAML 格式有误：这里不能用 Tab
    [indent] YAML 格式有误：这一行的缩进和同一层的行没有对齐
    [anchor] YAML 格式有误：以 * 开头的值被当成了别名（引用），却找不到它
    [character] YAML 格式有误：值不能以这个符号开头
   *[other] YAML 格式有误（解析器原文：{ $detail }）
}
yaml-syntax-hint = 检查这一行及上一行：冒号后要有空格，同一层的行缩进要对齐（用空格，不要用 Tab），引号要成对。

full-width-punctuation = { $kind ->
    [colon] 这里是中文（全角）冒号“{ $mark }”，YAML 要用英文冒号“:”
    [comma] 这里是中文（全角）逗号“{ $mark }”，YAML 要用英文逗号“,”
   *[quote] 这里是中文引号“{ $mark }”，YAML 要用英文引号 " 或 '
}
full-width-punctuation-hint = { $kind ->
    [colon] 中文输入法会打出全角冒号“：”。请切换到英文（半角）输入法，写成“名称: 值”：冒号是英文冒号，后面加一个空格，例如 title: 春节慰问。
    [comma] 花括号 {"{"}…{"}"} 和方括号 […] 里的各项要用英文逗号“,”隔开，例如 {"{"}name: 张三, amount: 500{"}"}。请切换到英文（半角）输入法重新输入逗号。
   *[quote] 中文引号“”只是普通文字。值里有冒号等符号需要加引号时，请用英文引号，例如 title: "关于: 通知"；不需要引号时直接删去中文引号。
}
tab-indent = 这一行用 Tab 缩进，YAML 只能用空格缩进
tab-indent-hint = 请把行首的 Tab 换成空格（同一层的行用相同个数的空格，一般是 2 个）。很多编辑器可以设置“按 Tab 键插入空格”。
full-width-space = 这里是全角空格“　”，YAML 只认半角空格
full-width-space-hint = 中文输入法打出的全角空格看起来和普通空格一样，YAML 却把它当成文字。请删掉它，在英文（半角）输入法下用空格缩进（同一层的行用相同个数的空格）。
no-space-after-colon = `{ $key }:` 的冒号后面少了一个空格
no-space-after-colon-hint = YAML 的“名称: 值”在冒号后面要有一个空格，例如 published: 2026-04-05。
reserved-character = 值以“{ $mark }”开头，YAML 把这个符号留作特殊用途
reserved-character-hint = 以 * @ ` 开头的值要加英文引号，例如 note: "*以实际到账为准"。

expected-pairs = `{ $key }` 应写成若干行“名称: 值”，这里却是{ $found }
expected-pairs-hint = 这里应写成“名称: 值”的若干行。
expected-mapping = { $what }应写成若干行“名称: 值”，这里却是{ $found }
expected-mapping-hint = 这里应写成“名称: 值”的若干行。
expected-list = `{ $key }` 应是一个列表，这里却是{ $found }
expected-list-hint = 列表的每一项另起一行，以“- ”开头。
expected-value = `{ $key }` 只能填一个值，这里却是{ $found }
expected-value-hint = 这里只填一个值（文字、数字或日期），不要写成列表或子项。

unknown-key = { $context }里没有 `{ $key }` 这一项
unknown-key-hint = { $guess ->
    [yes] 是不是想写 `{ $best }`？这里可以用的项有：{ $known }
   *[no] 这里可以用的项有：{ $known }
}
duplicate-key = `{ $key }` 写了两次
duplicate-key-hint = 同一项只能写一次，请删去重复的一行。
missing-field = { $context }缺少必填项 `{ $key }`
missing-field-hint = 请补上 `{ $key }:` 这一项。
empty-value = `{ $key }` 是空的
empty-value-hint = 请填写内容。

missing-kind = 缺少 `kind:`（finance、welfare、attendance、congress、pay、merits、assessment 或 table）
missing-kind-hint = 数据文件第一行写明种类：kind: finance（经费收支）、welfare（福利发放）、attendance（出勤）、congress（职代会）、pay（工资奖金分配）、merits（奖惩）、assessment（综合考核）或 table（其他公开的表格）。
unknown-kind = 没有 `{ $kind }` 这种种类；可用的种类：finance、welfare、attendance、congress、pay、merits、assessment、table
unknown-kind-hint = 数据文件第一行写明种类：kind: finance（经费收支）、welfare（福利发放）、attendance（出勤）、congress（职代会）、pay（工资奖金分配）、merits（奖惩）、assessment（综合考核）或 table（其他公开的表格）。
no-front-matter = 通知开头没有用 --- 夹住的标题、日期等
no-front-matter-hint =
    通知的开头要有两行 --- 夹住的标题、日期等，例如：
    ---
    title: 关于……的通知
    published: 2026-04-01
    ---
unclosed-front-matter = 通知开头的 --- 没有用另一行 --- 结束
unclosed-front-matter-hint =
    通知的开头要有两行 --- 夹住的标题、日期等，例如：
    ---
    title: 关于……的通知
    published: 2026-04-01
    ---

duplicate-page = 两个事项生成同一个网页 `{ $url }/`：本文件和 { $others }
duplicate-page-folder = 文件夹 content/{ $page }/
duplicate-page-reserved = gongkai 自己的 `{ $first }` 页面
duplicate-page-hint = 两个文件只差扩展名（如 a.yaml 与 a.md）会生成同一个网页，请给其中一个改名。

bad-name = { $folder ->
    [yes] 文件夹
   *[no] 文件
}名 `{ $name }` 不能用作网页地址：{ $fault ->
    [character] 其中有 `{ $mark }`
    [control] 其中有控制字符（{ $mark }）
    [trailing] 最后是点或空格，Windows 会把它去掉
    [device] Windows 把这个名字留给设备
   *[not-unicode] 它不是 Unicode 文字
}
bad-name-hint = { $fault ->
    [trailing] 请给这个{ $folder ->
        [yes] 文件夹
       *[no] 文件
    }改名：名字的最后不要是点或空格（Windows 会把它们去掉，换一台电脑就找不到了）。
    [device] 请给这个{ $folder ->
        [yes] 文件夹
       *[no] 文件
    }改名：CON、PRN、AUX、NUL、COM1～COM9、LPT1～LPT9 是 Windows 的设备名，不能单独用作名字，可以加上别的字，例如 con-会议.md。
   *[other] 请给这个{ $folder ->
        [yes] 文件夹
       *[no] 文件
    }改名：名字里不要有 : \ / ? # % " < > * | 这些符号，也不要有换行、制表符；可以用 - 或 _ 代替，例如 2026-04-通知.md。
}
name-case-clash = { $same ->
    [yes] `{ $name }` 和 `{ $other }` 只差字母大小写，Windows 和 macOS 不区分大小写
   *[no] `{ $name }` 和 `{ $other }` 生成的网页地址只差字母大小写，Windows 和 macOS 不区分大小写
}
name-case-clash-hint = Windows 和 macOS 不区分字母大小写，会把这两个当成同一个。请给其中一个改个名字，不要只改大小写。
symbolic-link = { $leads ->
    [outside] 符号链接指向站点文件夹以外的 `{ $target }`：gongkai 不从那里发布{ $folder ->
        [yes] 文件夹
       *[no] 文件
    }
    [inside] 符号链接指向站点文件夹里的 `{ $target }`：gongkai 不跟随符号链接
   *[nowhere] 符号链接指向不存在的 `{ $target }`：gongkai 不跟随符号链接
}
symbolic-link-hint = gongkai 不使用符号链接（链接到别处的快捷方式）。请把这个{ $folder ->
    [yes] 文件夹
   *[no] 文件
}本身复制到站点文件夹里这个位置，再删除链接。

theme-name-invalid = 主题 `{ $name }` 不是 themes/ 里的一个文件夹名
theme-name-invalid-hint = theme 只填 themes 文件夹里的一个文件夹名，例如 theme: default 或 theme: 红色主题，不要写路径。
theme-missing = 找不到主题 `{ $name }`：没有 themes/{ $name }/ 文件夹
theme-missing-hint = 把主题放在 themes/主题名/ 文件夹里，或在 site.yaml 中写 theme: default。
base-url-invalid = base_url 不能写成 `{ $value }`：只能留空（""，链接相对于每个网页）、写以 / 开头并以 / 结尾的路径（如 /board/），或写 http:// 或 https:// 开头的地址
base-url-invalid-hint = base_url 一般留空（base_url: ""）；网站放在服务器的子目录下时写成 /目录名/，或写完整地址，例如 https://intranet.example/board/。
print-url-not-absolute = print_url `{ $value }` 不是 http:// 或 https:// 开头的地址，打印件上不会有二维码
print-url-not-absolute-hint = print_url 填公开栏网站的完整地址，例如 http://intranet.example/board/，打印件上的二维码指向它。
template-error = 模板有误：{ $detail }
template-error-hint = { $guess ->
    [yes] 是不是想写 `{ $best }`？检查模板这一行：{"{{"} {"}}"} 和 {"{%"} {"%}"} 要成对，用到的变量要存在；可先删去自定义模板，改用内置主题。
   *[no] 检查模板这一行：{"{{"} {"}}"} 和 {"{%"} {"%}"} 要成对，用到的变量要存在；可先删去自定义模板，改用内置主题。
}
yaml-alias-too-large = YAML 别名 `{ $alias }` 展开的内容太多：一个文件里的别名最多展开 { $values } 个值、{ $mb } MB 文字，最多 { $depth } 层
yaml-alias-too-large-hint = 不要用 YAML 锚点 & 和别名 * 展开大量内容；直接写出每一项。
yaml-too-large = 这段 YAML 有 { $mb } MB，超过了一个文件最多 { $max } MB 的限制
yaml-too-large-hint = 文件太大了。请把内容分成几个较小的文件，例如每月或每季度一个。

## Single values

bad-date = `{ $text }` 不是日期
bad-date-hint = 日期写成 年-月-日，例如 2026-04-05。
impossible-date = { $why ->
    [month] `{ $text }` 不是有效日期：没有 { $month } 月
    [not-leap] `{ $text }` 不是有效日期：{ $year } 年不是闰年，2 月只有 28 天
   *[day] `{ $text }` 不是有效日期：{ $month } 月只有 { $days } 天
}
impossible-date-hint = { $why ->
    [month] 月份只能是 1 到 12。请核对原始单据上的日期。
   *[other] { $month }月只有{ $days }天。请核对原始单据上的日期，例如月末写成 { $last }。
}
bad-period = `{ $text }` 不是期间
bad-period-hint = 期间写成 2026（全年）、2026-H1（上半年）、2026-Q1（第一季度）或 2026-03（月份）。
bad-amount = `{ $text }` 不是金额：{ $reason }
bad-amount-empty = 它是空的
bad-amount-decimals = 有 { $decimals } 位小数，最多只能到分（两位小数）
bad-amount-exponent = 不能用科学计数法
bad-amount-special = NaN 和无穷大不是金额
bad-amount-separator = 千位分隔符的位置不对
bad-amount-overflow = 数太大了
bad-amount-negative = 这里不能填负数
bad-amount-invalid = 应写成以元为单位、最多两位小数的数
bad-amount-hint = { $negative ->
    [yes] 这里填不带负号的金额；退款、冲销等请按《工会会计制度》记入相应的收入或支出科目。
   *[no] 金额以元为单位，最多两位小数，例如 1234.56 或 "1,234.56"，不要写“元”字或科学计数法。
}
bad-integer = `{ $text }` 不是整数
bad-integer-hint = 这里填整数，例如 120。
integer-out-of-range = { $ranged ->
    [yes] { $large ->
        [yes] `{ $key }: { $text }` 太大了：最大是 { $max }（{ $min } 到 { $max } 之间的整数）
       *[no] `{ $key }: { $text }` 太小了：最小是 { $min }（{ $min } 到 { $max } 之间的整数）
    }
   *[no] { $large ->
        [yes] `{ $key }: { $text }` 太大了，无法保存
       *[no] `{ $key }: { $text }` 太小了，无法保存
    }
}
integer-out-of-range-hint = { $ranged ->
    [yes] 这里填 { $min } 到 { $max } 之间的整数。
   *[no] 这个数太大了，请核对是否多写了位数。
}
full-width-digits = `{ $text }` 用了全角数字（１２３），数字要用半角（123）
full-width-digits-hint = 这里的数字是全角数字（如 １２３）。请切换到英文（半角）输入法重新输入数字，例如 1234.56；小数点、逗号、减号也用半角。
full-width-mark = `{ $text }` 里有中文标点“{ $mark }”，数字和日期里不能有
full-width-mark-hint = 中文输入法会打出“，”“、”“。”“．”“－”。数字的千位分隔可以不写，要写就用英文逗号并加引号，例如 amount: "1,800.00"；小数点用英文句点“.”；日期用减号“-”，例如 2026-04-05。
bad-number = `{ $text }` 不是数字
bad-number-hint = 这里填数字，最多两位小数，例如 21 或 0.5。
bad-bool = `{ $text }` 不是 true 或 false
bad-bool-hint = 这里填 true（是）或 false（否）。
bad-choice = `{ $key }` 不能填 `{ $value }`；可以填：{ $allowed }
bad-choice-hint = 可以填：{ $allowed }
negative-number = `{ $key }` 是 { $value }，不能是负数
negative-number-hint = 天数、小时数、人数和票数都不能是负数，请核对原始记录。

## Rules of the content

disclosure-ends-before-start = 公示期的结束日期（{ $to }）早于开始日期（{ $from }）
disclosure-ends-before-start-hint = 公示期的结束日期（to）应在开始日期（from）之后。
corrects-missing = `corrects: { $target }` 找不到这个事项
corrects-missing-hint = corrects 填被更正事项在 content/ 下的路径（含扩展名），例如 2026/finance-q1.yaml。
corrects-self = 一个事项不能更正它自己
corrects-self-hint = corrects 应指向较早发布的另一个事项。
refers-to-unreadable = `{ $key }: { $target }` 指向的文件未能读取（原因见该文件的错误）
refers-to-unreadable-hint = 先改正 { $target } 的错误；改好后这里会一并核对。
raw-html = Markdown 正文里不能直接写 HTML：`{ $snippet }`
raw-html-hint = 正文请用 Markdown 书写；确需 HTML 时在 site.yaml 中设 raw_html: true（脚本仍会被去除）。
link-outside-site = 链接 `{ $url }` 指向站点文件夹以外
link-outside-site-hint = 链接和图片只能指向本站文件夹里的文件。
link-removed = 链接 `{ $url }` 会运行脚本或打开内嵌数据，页面上只显示为文字
link-removed-hint = javascript:、vbscript: 和 data: 开头的链接不会生效，页面上只显示链接文字。请改成网页地址（http:// 或 https://）或本站文件，或删去这个链接。

date-outside-period = 日期 { $date } 不在期间 { $period } 之内
date-outside-period-hint = 每一笔收支的日期应在 period 所写的期间之内；跨期的款项请记入对应期间。
closing-mismatch = 期末余额 { $given } 不等于 期初余额 + 收入 - 支出 = { $computed }
closing-mismatch-hint = 期末余额应等于期初余额 + 本期收入 - 本期支出。请核对各笔金额，或把 closing_balance 改为计算值。
amount-overflow = 加上这笔金额后，合计超过了能保存的最大金额（92233720368547758.07）
amount-overflow-hint = 请检查金额是否多写了位数。
category-wrong-side = `{ $category }` 是{ $is }科目，却写在了{ $listed }下
category-wrong-side-hint = 收入科目（4 开头，如 401 会费收入）只能写在 income 下，支出科目（5 开头，如 501 职工活动支出）只能写在 expenses 下。
unknown-category = 科目 `{ $name }` 不在工会会计科目表中
unknown-category-hint = 请使用《工会会计制度》科目名称或编码：{ $accounts }；确需自设科目时，在 site.yaml 的 categories 中登记，如 categories: {"{"}团建活动: expense{"}"}。
sub-account-code = `{ $code }` 不是明细科目编码：应为五位数字，前三位是一级科目的编码
sub-account-code-hint = 明细科目编码为五位数字，前三位是它所属的一级科目，如 50301 属于 503 职工服务支出；parent 可以不写。
sub-account-parent = 明细科目 { $code } 属于 { $expected }，不属于 `{ $parent }`
sub-account-parent-hint = 明细科目编码为五位数字，前三位是它所属的一级科目，如 50301 属于 503 职工服务支出；parent 可以不写。
sub-account-not-statutory = `{ $code }` 不是《工会会计制度》规定的明细科目，已计入 { $parent }
sub-account-not-statutory-hint = 这是本单位自设的明细科目，已计入所属一级科目。请在 site.yaml 的 categories 中登记名称，如 categories: {"{"}科目名称: {"{"}code: { $code }{"}"}{"}"}。
chain-break = 期初余额 { $opening } 不等于上一期（{ $previous }）的期末余额 { $closing }
chain-break-hint = 同一单位相邻期间应首尾相接：本期的期初余额等于上期的期末余额。请核对两期数据。
finance-overdue = { $unit } 还没有公开 { $periods } 的经费收支（期间结束已超过 { $days } 天）
finance-overdue-hint = 厂务公开的经费收支应定期公开：每个期间结束后按时发布该期的经费收支（kind: finance，period 写该期间）。天数在 site.yaml 的 finance_due_days 中设置。
duplicate-title = { $unit } 在 { $period } 有两项标题都是“{ $title }”（第一项在 { $first }）
duplicate-title-hint = 同一单位同一期间的两项公示标题相同，读者分不清。若是更正，请在新文件中写 corrects: 指向原文件；否则请改用不同的标题。
outside-unit-lifetime = 本项的期间不在 { $unit } 存续期内（{ $span ->
    [both] { $since } 至 { $until }
    [since] { $since } 起
    [until] 至 { $until }
   *[none] -
}）
outside-unit-lifetime-hint = 该单位在 _section.yaml 的 since/until 之外不存在。请核对 period 或发布日期，或核对单位的 since、until。

changed-since-published = 本项发布后被改动过：核验码由首次发布时的 { $recorded } 变为 { $now }，且没有更正公示
changed-since-published-hint = 已发布的公示不要原地修改。请恢复原文，另发一项更正公示，写上 corrects: 指向本项；发布后运行 gongkai record。

welfare-total-mismatch = 合计 { $given } 不等于名单中 { $count } 人的金额之和 { $computed }
welfare-total-mismatch-hint = total 应等于名单中各人金额之和。请核对各人金额，或把 total 改为计算值。
duplicate-recipient = { $name } 列了两次（第一次在第 { $first } 行）
duplicate-recipient-hint = 同一份名单中一人只列一次；同名的两人请在姓名后加班组区分，如“张伟（通风一班）”。
program-account-mismatch = 项目“{ $program }”应在 { $account } 列支，但 funded_by.category 是 { $category }
program-account-mismatch-hint = 按《工会会计制度》，该项目应在 { $account } 科目列支；请核对 funded_by.category，或在经费收支中改用正确科目。
funded-by-missing = `funded_by.item: { $target }` 找不到这个事项
funded-by-missing-hint = funded_by.item 填经费收支文件在 content/ 下的路径（含扩展名），例如 2026/finance-q1.yaml。
funded-by-not-finance = `funded_by.item: { $target }` 是{ $kind }，不是经费收支文件
funded-by-not-finance-hint = funded_by.item 应指向 kind: finance 的经费收支文件。
funding-exceeded = { $finance } 的 { $category } 共支出 { $spent }，由它发放的各份福利名单合计 { $paid }，超出了支出：{ $files }
funding-exceeded-hint = 同一笔经费支出发放的各份名单合计不能超过该科目的支出额。请核对名单金额，或核对经费收支中该科目的支出；一级科目（如 504 维权支出）包含其下属明细科目。

attendance-period-not-month = 出勤公示的 `period` 应是一个月（如 2026-03），这里是 { $period }
attendance-period-not-month-hint = 出勤公示按月公布，period 写成月份，例如 2026-03。
attendance-sum-mismatch = { $name }：出勤 { $present } + 请假 { $leave }{ $kinds } + 旷工 { $absent } = { $sum } 天，但应出勤天数是 { $workdays }
attendance-sum-mismatch-kinds = （{ $kinds }）
attendance-sum-mismatch-hint = 每人的 出勤天数 + 各类假天数 + 旷工天数 应等于应出勤天数（workdays），请核对这一行的数字。
workdays-over-month = 应出勤天数 { $workdays } 超过了 { $period } 的 { $days } 天
workdays-over-month-hint = 应出勤天数不能超过当月的天数，一般填当月的工作日数，例如 22。
duplicate-name = 姓名 { $name } 出现了不止一次；第一次在第 { $first } 行
duplicate-name-hint = 每人只写一行；如有同名同姓的职工，请在姓名后加以区分，例如 张伟（机电）。

no-representatives = 代表总数应大于 0，这里是 { $total }
no-representatives-hint = total 填应到代表总数，例如 120。
present-over-total = 实到代表 { $present } 人，超过了代表总数 { $total } 人
present-over-total-hint = 实到代表人数不能超过代表总数，请核对签到人数。
votes-over-present = 赞成 { $for } + 反对 { $against } + 弃权 { $abstain } = { $sum }，超过了实到代表 { $present } 人
votes-over-present-hint = 赞成、反对、弃权票数相加不能超过实到代表人数，请核对计票结果。
result-contradicts = { $why ->
    [quorum] 表决结果写的是“{ $said }”，但会议无效：实到 { $present } 人，少于所需的 { $quorum } 人（代表总数 { $total } 的三分之二）
    [votes] 表决结果写的是“{ $said }”，但赞成 { $for } 票，少于通过所需的 { $pass } 票（超过代表总数 { $total } 的半数）
   *[passes] 表决结果写的是“{ $said }”，但赞成 { $for } 票，达到了通过所需的 { $pass } 票，实到 { $present } 人也达到了 { $quorum } 人：决议通过
}
result-contradicts-hint = 表决结果由程序按票数算出：实到代表须达到代表总数的三分之二，会议才有效；赞成票须超过全体代表（不是实到代表）的半数，决议才通过。请核对票数，或删去 result 这一行。
duplicate-proposal-number = 提案编号 { $number } 用了两次；第一次在第 { $first } 行
duplicate-proposal-number-hint = 同一次会议的提案编号不能重复，请核对编号。
proposal-needs = 提案状态为“{ $status }”时要写 `{ $key }`
proposal-needs-hint = { $key ->
    [reason] 不予立案的提案要写明理由：加一行 reason: ……
   *[other] 已办结的提案要写明办理答复：加一行 reply: ……
}
percent-out-of-range = 落实进度 { $percent }% 不在 0 到 100 之间
percent-out-of-range-hint = percent 填 0 到 100 之间的整数，表示落实进度的百分比。
update-before-meeting = 落实进展的日期 { $date } 早于会议日期 { $meeting }
update-before-meeting-hint = 落实进展的日期应在会议召开之后，请核对日期是否写错。

## Personal numbers

personal-number = 不能公示{ $kind } { $masked }
personal-number-hint = 公示内容不得出现身份证号、手机号、银行卡号，请删去。单位公开的服务热线等号码，可在 site.yaml 的 privacy.allow 中逐个列出。
supervision-mobile = 监督电话 supervision.phone 是手机号 { $masked }；个人手机号不能印在公示上
supervision-mobile-hint = 监督电话请填写办公室固定电话（如 0537-1234567）或单位公开热线，不要填写个人手机号；privacy.allow 也不能放行这里的手机号。
personal-number-in-file-name = 文件名里有{ $kind }（{ $masked }）
personal-number-in-file-name-hint = 公示内容不得出现身份证号、手机号、银行卡号，请删去。单位公开的服务热线等号码，可在 site.yaml 的 privacy.allow 中逐个列出。
personal-number-in-folder-name = 文件夹名里有{ $kind }（{ $masked }）
personal-number-in-folder-name-hint = 公示内容不得出现身份证号、手机号、银行卡号，请删去。单位公开的服务热线等号码，可在 site.yaml 的 privacy.allow 中逐个列出。
personal-number-in-output = 生成的网页里有{ $kind }（{ $masked }），没有发布任何内容
personal-number-in-output-hint = 这个号码来自模板或 static/ 中的文件，请从中删去；公开热线可列入 site.yaml 的 privacy.allow。
attachment-unread = 这个{ $what }打不开，没能检查其中有没有个人号码
attachment-unread-hint = 文件可能已损坏或设了密码。请确认其中没有身份证号、手机号、银行卡号后再公示，或用办公软件另存一份（不设密码）。

## Spreadsheets: gongkai import, and an item's lines kept in one (lines: FILE)

sheet-format = `{ $file }` 不是 gongkai 能读的表格（.xlsx、.xls、.ods 或 .csv）
sheet-format-hint = 请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）或 CSV 文件后再导入。
sheet-unreadable = 表格打不开：文件已损坏，或设有打开密码
sheet-unreadable-hint = 请用 Excel 或 WPS 打开该文件，确认能正常打开；如设有打开密码，请取消密码后另存一份。
sheet-encoding = 这个 CSV 文件既不是 UTF-8，也不是 GBK/GB18030 编码的文本
sheet-encoding-hint = 请在 Excel 或 WPS 中重新“另存为”CSV（逗号分隔）或 CSV UTF-8 文件。
sheet-missing = 没有名为 `{ $sheet }` 的工作表；工作表有：{ $sheets }
sheet-missing-hint = 工作表名写在 Excel 窗口底部的标签上；请照抄名称，或不写，默认读第一张表。
header-missing = 找不到表头：{ $kind ->
    [finance] 经费收支表
    [welfare] 发放名单
    [pay] 工资奖金分配表
    [merits] 奖惩表
    [assessment] 考核表
    [table] 表格
   *[attendance] 出勤表
}需要这些列：{ $needs }
header-missing-hint = 表头（标题行下面写着“日期”“姓名”“金额”等列名的一行）须在表的前 30 行里；列名与常用写法不同时，请改成常用写法，或用对照表（--map）指明各列。
column-twice = `{ $header }` 一列与 { $column } 列（`{ $first }`）说的是同一项；该用哪一列？
column-twice-hint = 请删去或改名其中一列，或用对照表（--map）指明用哪一列。
mapping-column = { $letter ->
    [yes] `{ $key }` 指定的列在表中不存在
   *[no] `{ $key }: { $header }`：第 { $row } 行没有表头 `{ $header }`
}
mapping-column-hint = 对照表中的列名须与表头单元格里的文字一致，或写列号字母（如 C）；表头不在第一行时请写 header_row。
cell-amount = `{ $text }` 不是金额：{ $reason }
cell-amount-hint = { $why ->
    [computed] 这个单元格的数是公式算出来的，带有计算机二进制小数的尾差，不能当作金额。请在表中用 =ROUND(公式,2) 取到分，或直接输入金额。
    [negative] 金额不能是负数：红字冲销请在备注中说明，并把冲回的金额记在另一方（收入或支出）。
   *[other] 金额以元为单位，最多两位小数，例如 1234.56、¥1,234.56 或 1234.56元。
}
cell-number = `{ $text }` 不是数字
cell-number-hint = 填数字，最多两位小数，例如 21 或 0.5。
cell-date = `{ $text }` 不是日期
cell-date-hint = 日期写成 2026-04-05、2026/4/5、2026.4.5 或 2026年4月5日，或把单元格设为日期格式。
cell-empty = 这一行的 `{ $header }` 是空的
cell-empty-hint = 每一行都要填这一项；如果这一行不是明细（如说明文字），请删去或移到表格下方。
cell-direction = `{ $text }` 没有说明这笔是收入还是支出
cell-direction-hint = 收支列填“收入”或“支出”（也可写“收”“支”“借”“贷”）。
cell-side-unknown = `{ $category }` 不在会计科目表中，看不出这笔是收入还是支出
cell-side-unknown-hint = 表中只有一列金额时，需要一列“收支”写明收入或支出，或把科目写成会计科目表中的名称或编码（如 会费收入、501）。
line-both-sides = 这一行既有收入（{ $income }）又有支出（{ $expense }）；一行只能是其中一种
line-both-sides-hint = 一行只记一笔：收入和支出请分成两行。
balance-mismatch = 余额 { $given } 与上一行余额（{ $before }）加减本行后不符：应为 { $computed }
balance-mismatch-hint = 余额应等于上一行的余额加本行收入、减本行支出；请核对本行和上一行的金额与余额。
total-mismatch = { $lines ->
    [yes] `{ $header }` 的合计是 { $given }，但各行（第 { $from } 行到第 { $to } 行）之和是 { $computed }
   *[no] `{ $header }` 的合计是 { $given }，但它上面没有明细行
}
total-mismatch-hint = 合计应等于上面各行之和；请核对合计行的公式是否包含了所有行，以及各行的金额。
workdays-differ = 这里的应出勤天数是 { $found }，第 { $row } 行是 { $first }：同一张表的应出勤天数相同
workdays-differ-hint = 同一张出勤表的应出勤天数相同；请核对这一行的应出勤天数。
import-would-overwrite = { $path } 已经存在；导入不会替换已有文件
import-would-overwrite-hint = 要用新导入的内容替换它，请加上 --force；或用 --out 写到另一个文件。
ledger-file = { $fault ->
    [missing] `{ $file }` 不是本文件旁边的文件
    [outside] `{ $file }` 在 content/ 之外；表格文件须放在 content/ 里
    [ignored] `{ $file }` 是隐藏文件或编辑器留下的临时文件，生成时不会读取
   *[unreadable] `{ $file }` 读不出来：{ $detail }
}
ledger-file-hint = { $fault ->
    [outside] 表格文件须放在 content/ 里，通常与本文件放在同一文件夹，然后只写文件名。
    [ignored] 以 ~$ 或 . 开头的是临时或隐藏文件；请写表格本身的文件名。
   *[other] 写表格文件名时，路径相对于本文件所在的文件夹，例如 ledger-2026-q1.xlsx；请核对文件名和扩展名。
}
ledger-and-list = `{ $list }` 列出了明细，`{ $key }` 又指定了存放明细的表格；明细只能写在一处
ledger-and-list-hint = 明细要么写在本文件里，要么放在表格里，两者选一。
sheet-opening-mismatch = 表中的期初余额是 { $sheet }，但 `opening_balance` 是 { $item }
sheet-opening-mismatch-hint = 表中的期初余额（或第一行余额倒推出的余额）应与 opening_balance 相同；请核对其中之一。
sheet-workdays-mismatch = 表中的应出勤天数是 { $sheet }，但 `workdays` 是 { $item }
sheet-workdays-mismatch-hint = 表中的应出勤天数应与 workdays 相同；请核对其中之一。
sheet-column-missing = 表 { $sheet } 中没有 columns 声明的 `{ $column }` 一列
sheet-column-missing-hint = 表头的列名须与 columns 中声明的列名完全相同（后面可带括号中的单位，如“（元）”）；请改表头或改声明的列名。
sheet-column-extra = 表中的 `{ $header }` 一列没有声明（已声明的列：{ $known }）
sheet-column-extra-hint = 表中每个有表头的列都应是声明过的列：请在 columns 中声明它，或从表中删去这一列。
sheet-column-not-read = 表中的 `{ $header }` 一列不读取，也不公示（读取的列：{ $known }）
sheet-column-not-read-hint = 自己记的备注列可以留在表中；若这一列是要公示的内容，请检查列名是否与上面读取的列一致。
sheet-score-total-mismatch = { $name }：表中的合计 { $given } 不等于各项得分之和 { $computed }
sheet-score-total-mismatch-hint = 合计由各项得分算出，不是填写的：请改正表中的合计（或某项得分）。合计不会写入公示文件。
sheet-pool-mismatch = 表中的奖金总额是 { $sheet }，但 `pool` 是 { $item }
sheet-pool-mismatch-hint = 表中的奖金总额应与 pool 相同；请改正其中之一，或不写 pool 而用表中的总额。

## What gongkai import writes into the item it makes (YAML comments)

import-written-from = 由 gongkai import 从 { $named ->
    [yes] { $file }（工作表“{ $sheet }”）
   *[no] { $file }{" "}
}导入，共 { $lines } 行明细；表中的合计行已核对，未作为明细导入。
import-check-before-publishing = 发布前请核对标题、发布日期和期间，填写下面标注“请填写”的项目。
import-fill-period = 请填写：数据所属期间，如 2026-Q1、2026-03
import-fill-opening = 请填写：期初余额（表中没有期初余额或余额列）
import-fill-program = 请填写：项目名称，如 送温暖、困难职工帮扶
import-fill-workdays = 请填写：应出勤天数（表中没有应出勤一列）
import-fill-max = 请填写：这一项的满分（表头没有写明，如“领导考核(20)”）

## Tool failures (exit code 2)

tool-not-a-site = { $path } 里没有 site.yaml，不是 gongkai 站点（用 `gongkai init` 新建一个，或用 --root 指定站点文件夹）
tool-io = 无法{ $action } { $path }：{ $detail }
word-action-create = 创建
word-action-move-aside = 移开
word-action-move-into-place = 移入
word-action-open = 打开
word-action-read = 读取
word-action-read-folder = 读取文件夹
word-action-remove = 删除
word-action-resolve = 解析路径
word-action-swap-in = 换入
word-action-write = 写入
word-action-listen-on = 监听
word-action-watch = 监视
tool-unsafe-output = 拒绝写入 { $path }：{ $reason }
tool-refusal-site-itself = 它就是站点文件夹本身
tool-refusal-contains-site = 站点文件夹在它里面
tool-refusal-is-a-file = 它是一个文件，不是文件夹
tool-refusal-looks-like-a-site = 它里面有 content/ 或 site.yaml，像是一个站点，而不是输出文件夹
tool-refusal-not-ours = 它里面有不是 gongkai 写的文件（没有 .gongkai-output 标记）；请清空它或换一个文件夹
tool-refusal-exists = 它已经存在；init 从不替换站点的文件
tool-refusal-new-exists = 它已经存在；gongkai new 不会替换已有文件，除非加上 --force
tool-refusal-not-under-content = 新的事项要放在站点的 content/ 文件夹下
tool-refusal-not-an-address = 这个名字不能用作网页地址的一部分（见 README 中的文件名说明）
tool-refusal-no-file-name = 请给出新文件的名字，例如 content/2026/finance-q2.yaml
tool-refusal-notice-md = 通知是 Markdown 文件：文件名以 .md 结尾
tool-refusal-data-yaml = 数据类事项是 YAML 文件：文件名以 .yaml 结尾
tool-refusal-underscore = 以 _ 开头的名字是文件夹的设置，不是事项
tool-port-in-use = 端口 { $port } 已被占用（另一个 gongkai serve？）；可以试试 `--port { $next }`
tool-output-inside-input = 拒绝写入 { $path }：它在站点读取的 { $input }/ 里，每次生成都会把上一次的输出再读进来；请用 content/、static/、templates/ 和 themes/ 以外的文件夹，例如默认的 public/

## What check, build and init say at the end

summary-counts = { $errors } 个错误，{ $warnings } 个警告
summary-checked = 检查了 { $items } 个事项，用时 { $seconds } 秒：{ $counts }
summary-built = 由 { $items } 个事项生成了 { $pages } 个网页，用时 { $seconds } 秒{ $warnings ->
    [0] {""}
   *[other] （{ $warnings } 个警告）
}
summary-not-published = { $counts }；没有发布任何内容，{ $out } 保持不变
record-added = 已记录 { $path }：核验码 { $code }
record-total = { $count ->
    [0] 所有已发布的公示都已记在 { $file } 里，没有新增
   *[other] { $file } 新增 { $count } 项
}（{ $counts }）
record-not-written = { $counts }；有错误，{ $file } 未改动
summary-imported = 已从 { $from } 导入 { $lines } 行明细到 { $out }{ $left ->
    [yes] ；未导入的列：{ $ignored }
   *[no] {""}
}
summary-nothing-written = { $counts }；没有写入任何文件
summary-init =
    已在 { $dir } 新建 gongkai 站点（{ $files } 个文件）
    下一步：修改 site.yaml，然后运行 `gongkai build --root { $dir }`
    预览：在站点文件夹里双击 { $launcher }.bat（Windows）或 { $launcher }.command（macOS）
progress-load = … 正在读取文件（{ $seconds } 秒）
progress-check = … 正在检查（{ $seconds } 秒）
progress-render = … 正在生成网页（{ $seconds } 秒）

## What new and schema say, a refused --today, and --timings

new-wrote = 已写入 { $file }
new-next = 下一步：填好它，然后运行 `gongkai check` 检查
new-period-after = 期间 { $next }（{ $name }）：接 { $file } 的 { $previous }
new-period-fallback = 期间 { $period }（{ $name }）：到 { $today } 为止最近结束的一期（此前没有这一类的事项）
new-opening-balance = 期初余额 { $amount }：即 { $file } 的期末余额
new-workdays = 应出勤 { $count } 天：周一至周五 { $weekdays } 天 - 节假日 { $holidays } 天 + 周末上班 { $extra } 天（site.yaml）
new-names-carried = 名单接上月，共 { $count } 人
new-previous-errors = { $file } 有 { $errors } 个错误：请运行 `gongkai check`，并核对接过来的数字
new-wrote-schemas = 已把编辑器用的 schema 写入 { $folder }
schema-wrote = 已把 { $count } 个 schema 写入 { $folder }
cli-bad-today = `--today { $value }` 不是日期：请写成 2026-04-05 这样的 年-月-日
cli-timings = 各阶段用时：{ $stages }
cli-timings-stage = { $stage ->
    [load] 读取
    [check] 检查
    [render] 生成网页
    [scan] 扫描输出
   *[publish] 发布
} { $seconds } 秒

## What publish says: its progress, its summary, --dry-run and --status

publish-counts = 新增 { $added } 个，修改 { $changed } 个，删除 { $removed } 个，未变 { $unchanged } 个文件
publish-progress = … 正在发布：第 { $done } / { $total } 个文件（{ $seconds } 秒）
publish-summary = 已发布到 { $dest }：{ $counts }，用时 { $seconds } 秒{ $resumed ->
    [yes] ；上次中断的发布现已完成
   *[no] {""}
}
publish-add = 新增
publish-change = 修改
publish-remove = 删除
publish-more = … 另有 { $more } 个
publish-dry-run-resumed = 那里有一次发布中途中断了；发布时会把它完成
publish-dry-run = 若发布到 { $dest }，将会：{ $counts }（本次没有写入任何文件）
publish-version = 生成于 { $date }，{ $items } 个事项，{ $pages } 个网页，摘要 { $digest }，gongkai { $gongkai }
publish-status-not-ours = { $dest } 里没有 gongkai 发布的公开栏（没有 .gongkai-output 标记文件）
publish-status-same = { $dest } 已是本次生成的版本：{ $build }
publish-status-differs = { $dest } 与本次生成的版本不同：
publish-status-live = 线上版本：{ $build }
publish-status-live-unknown = 线上版本：没有 version.json 的旧版本
publish-status-this = 本次生成：{ $build }
publish-status-resumed = 那里有一次发布中途中断了：运行 `gongkai publish` 会把它完成
publish-status-would = 发布将会：{ $counts }

## What serve and watch say

preview-built = { $first ->
    [yes] 首次生成
   *[no] 重新生成
}用时 { $ms } 毫秒：{ $first ->
    [yes] 全部文件
   *[no] { $what }
}（读取 { $read } 个文件，生成 { $rendered } 个网页；共 { $pages } 个网页）
preview-build-failed = 生成失败，发现 { $errors } 个错误（用时 { $ms } 毫秒）：{ $first ->
    [yes] 全部文件
   *[no] { $what }
}；仍显示上一次成功生成的网页
preview-changed = { $count ->
    [0] 没有具名文件改动
   *[other] { $more ->
        [0] { $paths } 有改动
       *[other] { $paths } 等 { $count } 个文件有改动
    }
}{ $rescan ->
    [yes] ；有改动通知丢失，已全部重新读取
   *[no] {""}
}
preview-serving = 预览地址：{ $url }  （按 Ctrl+C 停止）
preview-reachable = 绑定在 { $bind } 上，局域网里的其他电脑也能打开这个预览
preview-watching = 正在监视 { $root } 的改动，发布到 { $out }  （按 Ctrl+C 停止）
preview-reload-off = { $error }；自动刷新已关闭
preview-failed = { $error }
preview-rebuild-failed = { $error }（{ $what }）{ $serving ->
    [yes] ；仍显示上一次成功生成的网页
   *[no] {""}
}
preview-internal-error = 重新生成时出现内部错误；下次保存时会从头生成
preview-no-browser = 无法打开浏览器；请手动打开 { $url }
preview-not-found = 页面不存在
preview-not-found-home = 返回首页
preview-overlay-title = 内容有误，页面仍显示上一次成功生成的内容（共 { $count } 处）

## Declared tables (columns: and rows: in the item) and the kinds built on them: pay, merits, assessment, table

table-duplicate-column = 列名“{ $name }”声明了两次
table-duplicate-column-hint = 每一列的名称（name）只能出现一次。
table-duplicate-role = 有两列都写了 `role: { $role }`
table-duplicate-role-hint = 每种用途（role）只能给一列，例如只有一列是 net（实发）。
table-role-wrong-type = `role: { $role }` 不能用在 { $type } 类型的列上
table-role-wrong-type-hint = gross（应发）、deduction（扣款）、net（实发）用在 money 列上；days（出勤天数）、points（工分）用在 number 列上。
table-bound-on-text = `{ $key }` 只能用在 money、number、percent 列上，不能用在 { $type } 列上
table-bound-on-text-hint = min、max 只能用在 money、number、percent 类型的列上。
table-unknown-column = “{ $key }”不是声明过的列（列：{ $known }）
table-unknown-column-hint = 每一行的项目名要与列名完全一致（分配表等在 columns 中声明列名，奖惩公示的列名是固定的）。可以用的列：{ $known }。
table-rule-syntax = 规则“{ $rule }”不是“列 = 列 + 列 - 列”的形式
table-rule-syntax-hint = 规则写成“列名 = 列名 + 列名 - 列名”，例如 "实发 = 应发 - 扣款"，只用加减。
table-rule-unknown-column = 规则“{ $rule }”中的“{ $column }”不是声明过的列
table-rule-unknown-column-hint = 规则里的列名要与 columns 中声明的列名完全一致。
table-rule-text-column = 规则“{ $rule }”中的“{ $column }”不是金额或数字列
table-rule-text-column-hint = 规则只能计算金额（money）或数字（number、percent）列。
table-rule-mixed-units = 规则“{ $rule }”把金额列和数字列混在一起
table-rule-mixed-units-hint = 一条规则里的列要么都是金额，要么都是数字，不能混用。
table-below-min = { $column } { $value } 小于该列的最小值 { $min }
table-below-min-hint = 这一格的数小于该列规定的最小值（min），请核对。
table-above-max = { $column } { $value } 大于该列的最大值 { $max }
table-above-max-hint = 这一格的数大于该列规定的最大值（max），请核对。
table-rule-broken = { $row }：{ $column } 是 { $given }，但按“{ $rule }”应为 { $computed }
table-rule-broken-hint = 这一行的数字不符合 rules 中的计算规则，请核对各列数字。
table-row-needs = 这一行没有填“{ $column }”
table-row-needs-hint = 每一行都要填写“{ $column }”。
pay-needs-column = { $what ->
    [name] 分配表缺少姓名列
    [points] 按工分分配（share: points）缺少工分列
    [pool] 按工分分配（share: points）缺少奖金总额 pool
   *[amount] 分配表缺少应发或实发金额列
}
pay-needs-column-hint = { $what ->
    [name] 分配表要有一列姓名：在 columns 中加 {"{"}name: 姓名, type: name{"}"}。
    [points] 按工分分配（share: points）时，要有一列 role: points 的工分或系数列。
    [pool] 按工分分配（share: points）时，要写明奖金总额 pool。
   *[amount] 分配表要有一列应发（role: gross）或实发（role: net）金额。
}
pay-net-mismatch = { $name }：实发 { $net } 不等于 应发 { $gross } − 扣款 { $deduction } = { $computed }
pay-net-mismatch-hint = 每人的实发应等于应发减去扣款，请核对这一行的金额。
pay-pool-mismatch = { $count } 行的{ $column }合计 { $sum }，但奖金总额（pool）是 { $pool }
pay-pool-mismatch-hint = 各人金额之和应等于奖金总额（pool），一分不差；确有结余时写 remainder: balance，结余会单独公示。
pay-over-pool = 各行的{ $column }合计 { $sum }，超过了奖金总额 { $pool }
pay-over-pool-hint = 各人金额之和不能超过奖金总额（pool），请核对。
pay-share-mismatch = { $name }：分得 { $given }，但 奖金总额 { $pool } × 工分 { $points } ÷ 总工分 { $total } = { $expected }（最大余额法）
pay-share-mismatch-hint = 按工分分配时，每人金额 = 奖金总额 × 本人工分 ÷ 全部工分，先舍去分以下的零头，再把剩下的几分钱按零头从大到小（一样大时按名单先后）每人补一分。请改为算出的金额。
pay-days-over-workdays = { $name }：出勤 { $days } 天，超过了应出勤天数 { $workdays }
pay-days-over-workdays-hint = 出勤天数不能超过当月应出勤天数（workdays）。
pay-days-differ = { $name }：这里出勤 { $days } 天，但出勤公示 { $attendance } 上出勤 { $present } 天
pay-days-differ-hint = 分配表上的出勤天数要与本班组同月出勤公示上的出勤天数一致，请核对两份公示。
pay-not-in-attendance = { $name } 不在本班组同月的出勤公示 { $attendance } 上
pay-not-in-attendance-hint = 分配表上的人应出现在本班组同月的出勤公示上；姓名写法要一致。
penalty-without-basis = 对 { $name } 的处罚没有写依据（basis）
penalty-without-basis-hint = 每一项处罚都要写明依据（basis），例如 basis: 《安全生产奖惩办法》第十二条，职工才能知道为什么被罚。
merits-date-outside-period = 日期 { $date } 不在公示期间 { $period } 之内
merits-date-outside-period-hint = 每一项的日期应在 period 所写的期间之内；其他期间的奖惩请在那一期公示。
assessment-total-mismatch = { $name }：总分 { $given } 不等于各项得分之和 { $computed }
assessment-total-mismatch-hint = 总分由各项得分相加算出，不用手填；请删去 total，或改为各项之和。
assessment-pay-missing = `pay: { $target }` 找不到这份奖金分配公示
assessment-pay-missing-hint = pay 填同期奖金分配公示在 content/ 下的路径（含扩展名），例如 2026/pay-03.yaml。
assessment-band-empty = 名次段 { $from }–{ $to } 的截止名次在起始名次之前
assessment-band-empty-hint = 每一段写 from（起始名次）和 to（截止名次），to 不能小于 from；到最后一名的一段不写 to。
assessment-band-overlap = 第 { $rank } 名落在两个名次段里
assessment-band-overlap-hint = coefficients 的各段名次不能重叠，每个名次只对应一个系数。
assessment-rank-without-coefficient = { $name } 是第 { $rank } 名，但 coefficients 里没有这个名次的系数
assessment-rank-without-coefficient-hint = coefficients 的各段要覆盖所有名次；最后一段可以不写 to，即到最后一名。
pay-coefficient-mismatch = { $name }：这里的系数是 { $given }，但综合考核 { $assessment } 中第 { $rank } 名的系数是 { $expected }
pay-coefficient-mismatch-hint = 分配表的系数（工分）由同期综合考核的名次得出，请按考核结果改正，或核对考核公示。
pay-missing-assessed = { $name } 参加了综合考核，但不在关联的分配表 { $pay } 上
pay-missing-assessed-hint = 综合考核用于奖金分配（pay）时，参加考核的人都应在那份分配表上，姓名写法要一致。
