# en words for clerks reading a diagnostic (Project Fluent syntax: https://projectfluent.org/).
#
# Each kind of problem has a stable code (README, "Message codes"): its message is the
# entry of that name, its hint the entry CODE-hint. The arguments ($key, $text …) are
# filled in by src/messages/; selectors pick a form by a flag ($gbk: yes / no) or a word.
# Braces that are text are written {"{"} and {"}"}.

## The frame of every diagnostic

# The terminal tags a diagnostic with the spec's `error:`, `warning:` or `note:` in
# every language (not a catalogue word); these two label errors and warnings in the
# preview's browser overlay.
severity-error = error
severity-warning = warning
hint-label = hint
list-separator = {", "}

## Related places

related-other-file = the other file
related-also-funded = also funded from it
related-finance-item = the finance item
related-other-case = the same name on Windows and macOS
related-unreadable = the file that could not be read (see its error)
related-previous-period = the previous period closes here
related-first-published = its verification code as first published is recorded here

## Words that fill in messages: shapes of YAML values

word-nothing = nothing
word-a-single-value = a single value
word-a-list = a list
word-a-mapping = a mapping

## Words: what a mapping is

word-site-yaml = site.yaml
word--section-yaml = _section.yaml

word-finance-item = finance item
word-welfare-item = welfare item
word-attendance-item = attendance item
word-congress-item = congress item
word-pay-item = pay item
word-merits-item = merits item
word-assessment-item = assessment item
word-table-item = table item
word-column = column
word-component = component
word-notice-item = notice
word-income-line = income line
word-expense-line = expense line
word-recipient = recipient
word-attendance-record = attendance record
word-resolution = resolution
word-proposal = proposal
word-progress-update = progress update
word-a-data-file = a data file
word-mapping-file = mapping file
word-notice-front-matter = notice front matter
word-income = income
word-expense = expense

## Words: personal numbers and attachments

word-resident-id-number = resident ID number
word-mobile-phone-number = mobile phone number
word-bank-card-number = bank card number
word-spreadsheet = spreadsheet
word-document = document

## Files, YAML and keys

file-utf16 = file is saved as UTF-16, not UTF-8
file-utf16-hint = This file is saved as UTF-16 (Notepad calls it "Unicode" or "UTF-16 LE/BE"). Save it as UTF-8: in Notepad choose "Save As" and the encoding "UTF-8"; in WPS or VS Code pick UTF-8 in the status bar or the File menu.
file-not-utf8 = { $gbk ->
    [yes] file is not UTF-8 (it looks like GBK/ANSI)
   *[no] file is not UTF-8 text
}
file-not-utf8-hint = Save the file as UTF-8: in Notepad choose "Save As" and the encoding "UTF-8"; in WPS or VS Code pick UTF-8 in the status bar or the File menu.

yaml-syntax = { $why ->
    [colon-in-value] YAML syntax error: "key: value" is not allowed here: either this line is indented too far, or a value holding ": " (a colon and a space) needs ASCII quotes around it
    [no-colon] YAML syntax error: this line is not "key: value", there is no ASCII colon ":"
    [flow-mapping] YAML syntax error: an ASCII comma "," or the closing brace is missing in {"{"}…{"}"}
    [flow-sequence] YAML syntax error: an ASCII comma "," or the closing bracket is missing in […]
    [bracket] YAML syntax error: brackets are not in pairs
    [quote] YAML syntax error: quotes are not in pairs
    [tab] YAML syntax error: a tab is not allowed here
    [indent] YAML syntax error: this line is not indented like the other lines of its level
    [anchor] YAML syntax error: a value starting with * is read as an alias, and there is no such anchor
    [character] YAML syntax error: a value cannot start with this character
   *[other] YAML syntax error: { $detail }
}
yaml-syntax-hint = Check this line and the one above: a space after each colon, lines of one level indented alike (with spaces, not tabs), quotes in pairs.

full-width-punctuation = { $kind ->
    [colon] this is a full-width colon "{ $mark }"; YAML needs the ASCII colon ":"
    [comma] this is a full-width comma "{ $mark }"; YAML needs the ASCII comma ","
   *[quote] this is a typographic quote "{ $mark }"; YAML needs the ASCII quote " or '
}
full-width-punctuation-hint = { $kind ->
    [colon] A Chinese input method types the full-width colon "：". Switch to the English (half-width) input and write "key: value": an ASCII colon and a space after it, e.g. title: Spring visits.
    [comma] The items inside {"{"}…{"}"} and […] are separated by ASCII commas, e.g. {"{"}name: Zhang San, amount: 500{"}"}. Switch to the English (half-width) input and type the comma again.
   *[quote] Typographic quotes “” are ordinary text. Where a value needs quotes (it holds a colon or the like), use ASCII quotes, e.g. title: "Notice: spring visits"; where it does not, delete the quotes.
}
tab-indent = this line is indented with a tab; YAML indents with spaces only
tab-indent-hint = Replace the tab at the start of the line by spaces (lines of one level with the same number of spaces, usually 2). Most editors can be set to insert spaces for the Tab key.
full-width-space = this is a full-width space "　"; YAML only takes the ASCII space
full-width-space-hint = A full-width space typed with a Chinese input method looks like a space, but YAML takes it for text. Delete it and indent with ASCII spaces (lines of one level with the same number of spaces).
no-space-after-colon = the colon of `{ $key }:` needs a space after it
no-space-after-colon-hint = In YAML a "key: value" line has a space after the colon, e.g. published: 2026-04-05.
reserved-character = the value starts with "{ $mark }", which YAML reserves
reserved-character-hint = Put a value that starts with * @ or ` in ASCII quotes, e.g. note: "*as received".

expected-pairs = `{ $key }` must be a mapping of `key: value` lines, found { $found }
expected-pairs-hint = Write "key: value" lines here.
expected-mapping = { $what } must be a mapping of `key: value` lines, found { $found }
expected-mapping-hint = Write "key: value" lines here.
expected-list = `{ $key }` must be a list, found { $found }
expected-list-hint = Start each item of a list on a line of its own with "- ".
expected-value = `{ $key }` must be a single value, found { $found }
expected-value-hint = Write one value here (text, a number or a date), not a list or sub-items.

unknown-key = unknown key `{ $key }` in { $context }
unknown-key-hint = { $guess ->
    [yes] Did you mean `{ $best }`? The keys allowed here: { $known }
   *[no] The keys allowed here: { $known }
}
duplicate-key = key `{ $key }` is given twice
duplicate-key-hint = Give each key once; delete the repeated line.
missing-field = missing required field `{ $key }` in { $context }
missing-field-hint = Add a line `{ $key }: …`.
empty-value = `{ $key }` is empty
empty-value-hint = Fill it in.

missing-kind = missing `kind:` (finance, welfare, attendance, congress, pay, merits, assessment or table)
missing-kind-hint = Name the kind on the first line of a data file: kind: finance, welfare, attendance, congress, pay, merits, assessment or table.
unknown-kind = unknown kind `{ $kind }`; known kinds: finance, welfare, attendance, congress, pay, merits, assessment, table
unknown-kind-hint = Name the kind on the first line of a data file: kind: finance, welfare, attendance, congress, pay, merits, assessment or table.
no-front-matter = notice has no front matter (a `---` block at the top)
no-front-matter-hint =
    A notice starts with its title, date and so on between two --- lines, e.g.:
    ---
    title: Notice of …
    published: 2026-04-01
    ---
unclosed-front-matter = front matter is not closed by a `---` line
unclosed-front-matter-hint =
    A notice starts with its title, date and so on between two --- lines, e.g.:
    ---
    title: Notice of …
    published: 2026-04-01
    ---

duplicate-page = two items map to the same page `{ $url }/`: this file and { $others }
duplicate-page-folder = the folder content/{ $page }/
duplicate-page-reserved = gongkai's own `{ $first }` pages
duplicate-page-hint = Two files that differ only in their extension (a.yaml and a.md) make the same page: rename one of them.

bad-name = { $folder ->
    [yes] folder
   *[no] file
} name `{ $name }` cannot be part of a page address: { $fault ->
    [character] it contains `{ $mark }`
    [control] it contains a control character ({ $mark })
    [trailing] it ends in a dot or a space, which Windows cuts off
    [device] Windows keeps it for a device
   *[not-unicode] it is not Unicode text
}
bad-name-hint = { $fault ->
    [trailing] Rename this { $folder ->
        [yes] folder
       *[no] file
    }: a name must not end in a dot or a space (Windows drops them, and on another computer the file is not found).
    [device] Rename this { $folder ->
        [yes] folder
       *[no] file
    }: CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 are Windows device names and cannot be a name alone; add a word, e.g. con-meeting.md.
   *[other] Rename this { $folder ->
        [yes] folder
       *[no] file
    }: no : \ / ? # % " < > * | in a name, and no line breaks or tabs; use - or _ instead, e.g. 2026-04-notice.md.
}
name-case-clash = { $same ->
    [yes] `{ $name }` and `{ $other }` differ only in letter case, which Windows and macOS do not tell apart
   *[no] `{ $name }` and `{ $other }` make pages whose addresses differ only in letter case, which Windows and macOS do not tell apart
}
name-case-clash-hint = Windows and macOS do not tell upper from lower case and take these two for one. Rename one of them, and not only in case.
symbolic-link = { $leads ->
    [outside] symbolic link to `{ $target }`, outside the site folder: gongkai does not publish a { $folder ->
        [yes] folder
       *[no] file
    } from there
    [inside] symbolic link to `{ $target }` (inside the site folder): gongkai does not follow links
   *[nowhere] symbolic link to `{ $target }`, which does not exist: gongkai does not follow links
}
symbolic-link-hint = gongkai does not use symbolic links (shortcuts to elsewhere). Copy the { $folder ->
    [yes] folder
   *[no] file
} itself to this place in the site folder, then delete the link.

theme-name-invalid = theme `{ $name }` is not the name of a folder in themes/
theme-name-invalid-hint = theme names one folder in the themes folder, e.g. theme: default or theme: red; not a path.
theme-missing = theme `{ $name }` not found: no folder themes/{ $name }/
theme-missing-hint = Put the theme in a folder themes/NAME/, or write theme: default in site.yaml.
base-url-invalid = base_url `{ $value }` is not allowed: it must be "" (links relative to each page), a path starting and ending with `/` such as /board/, or an http:// or https:// address
base-url-invalid-hint = base_url is usually left empty (base_url: ""); for a site in a sub-folder of the server write /folder/, or the whole address, e.g. https://intranet.example/board/.
print-url-not-absolute = print_url `{ $value }` is not an http:// or https:// address; printed notices get no QR code
print-url-not-absolute-hint = print_url is the whole address of the board, e.g. http://intranet.example/board/; the QR code on printed notices leads there.
template-error = template error: { $detail }
template-error-hint = { $guess ->
    [yes] Did you mean `{ $best }`? Check this line of the template: {"{{"} {"}}"} and {"{%"} {"%}"} in pairs, every variable used must exist; to start again, delete the custom template and use the built-in theme.
   *[no] Check this line of the template: {"{{"} {"}}"} and {"{%"} {"%}"} in pairs, every variable used must exist; to start again, delete the custom template and use the built-in theme.
}
yaml-alias-too-large = YAML alias `{ $alias }` copies too much: the aliases of one file may copy at most { $values } values and { $mb } MB of text, at most { $depth } levels deep
yaml-alias-too-large-hint = Do not copy large parts with YAML anchors & and aliases *; write each entry out.
yaml-too-large = the YAML text is { $mb } MB, more than the { $max } MB a file may hold
yaml-too-large-hint = The file is too large. Split it into smaller files, e.g. one per month or quarter.

## Single values

bad-date = `{ $text }` is not a date
bad-date-hint = Write a date as year-month-day, e.g. 2026-04-05.
impossible-date = { $why ->
    [month] `{ $text }` is not a real date: there is no month { $month }
    [not-leap] `{ $text }` is not a real date: { $year } is not a leap year, February has 28 days
   *[day] `{ $text }` is not a real date: month { $month } has { $days } days
}
impossible-date-hint = { $why ->
    [month] A month is 1 to 12. Check the date on the original document.
   *[other] Month { $month } has { $days } days. Check the date on the original document; the month's last day is { $last }.
}
bad-period = `{ $text }` is not a period
bad-period-hint = Write a period as 2026 (the year), 2026-H1 (a half), 2026-Q1 (a quarter) or 2026-03 (a month).
bad-amount = `{ $text }` is not an amount: { $reason }
bad-amount-empty = it is empty
bad-amount-decimals = it has { $decimals } decimals, at most 2 (fen) are allowed
bad-amount-exponent = exponents are not allowed
bad-amount-special = NaN and infinity are not amounts
bad-amount-separator = the thousands separators are misplaced
bad-amount-overflow = it is too large
bad-amount-negative = a negative amount is not allowed here
bad-amount-invalid = it is not written as yuan with at most two decimals
bad-amount-hint = { $negative ->
    [yes] Write the amount without a minus sign; book refunds and reversals under the matching income or expense account.
   *[no] Write amounts in yuan with at most two decimals, e.g. 1234.56 or "1,234.56", without 元 or exponents.
}
bad-integer = `{ $text }` is not a whole number
bad-integer-hint = Write a whole number here, e.g. 120.
integer-out-of-range = { $ranged ->
    [yes] { $large ->
        [yes] `{ $key }: { $text }` is too large: it must be at most { $max } (a whole number from { $min } to { $max })
       *[no] `{ $key }: { $text }` is too small: it must be { $min } or more (a whole number from { $min } to { $max })
    }
   *[no] { $large ->
        [yes] `{ $key }: { $text }` is too large to hold
       *[no] `{ $key }: { $text }` is too small to hold
    }
}
integer-out-of-range-hint = { $ranged ->
    [yes] Write a whole number from { $min } to { $max } here.
   *[no] The number is too large; check for extra digits.
}
full-width-digits = `{ $text }` is written with full-width digits (１２３); numbers are typed with half-width digits (123)
full-width-digits-hint = These are full-width digits (like １２３). Switch to the English (half-width) input and type the number again, e.g. 1234.56; the decimal point, commas and minus sign half-width too.
full-width-mark = `{ $text }` holds the Chinese punctuation mark "{ $mark }", which numbers and dates cannot hold
full-width-mark-hint = A Chinese input method types ， 、 。 ． and －. Leave thousands separators out or write them as ASCII commas in quotes, e.g. amount: "1,800.00"; write the decimal point as "." and dates with "-", e.g. 2026-04-05.
bad-number = `{ $text }` is not a number
bad-number-hint = Write a number with at most two decimals here, e.g. 21 or 0.5.
bad-bool = `{ $text }` is not true or false
bad-bool-hint = Write true (yes) or false (no) here.
bad-choice = `{ $value }` is not allowed for `{ $key }`; allowed: { $allowed }
bad-choice-hint = Allowed: { $allowed }
negative-number = `{ $key }` is { $value }; it must not be negative
negative-number-hint = Days, hours, head counts and votes are never negative; check the original record.

## Rules of the content

disclosure-ends-before-start = disclosure ends ({ $to }) before it starts ({ $from })
disclosure-ends-before-start-hint = The end of the disclosure (to) comes after its start (from).
corrects-missing = `corrects: { $target }` names no item
corrects-missing-hint = corrects is the path under content/ of the item corrected, with its extension, e.g. 2026/finance-q1.yaml.
corrects-self = an item cannot correct itself
corrects-self-hint = corrects names another, earlier item.
refers-to-unreadable = `{ $key }: { $target }` could not be read (see its error)
refers-to-unreadable-hint = Fix the error of { $target } first; this reference is checked once it reads.
raw-html = raw HTML in Markdown is not allowed: `{ $snippet }`
raw-html-hint = Write the text in Markdown; where HTML is really needed, set raw_html: true in site.yaml (scripts are still removed).
link-outside-site = link `{ $url }` points outside the site folder
link-outside-site-hint = Links and images may only point to files in the site folder.
link-removed = link `{ $url }` would run a script or open embedded data; it is shown as plain text
link-removed-hint = Links starting with javascript:, vbscript: or data: do not work; the page shows only their text. Link a web address (http:// or https://) or a file of the site instead, or delete the link.

date-outside-period = date { $date } lies outside the period { $period }
date-outside-period-hint = Each line's date lies within the item's period; book a payment of another period in that period.
closing-mismatch = closing balance { $given } does not equal opening + income - expenses = { $computed }
closing-mismatch-hint = The closing balance is the opening balance + income - expenses. Check each amount, or set closing_balance to the computed value.
amount-overflow = adding this amount makes the sum larger than the largest amount that can be held (92233720368547758.07)
amount-overflow-hint = Check the amount for extra digits.
category-wrong-side = `{ $category }` is an { $is } category but is listed as { $listed }
category-wrong-side-hint = Income accounts (starting with 4, like 401 会费收入) belong under income, expense accounts (starting with 5, like 501 职工活动支出) under expenses.
unknown-category = category `{ $name }` is not in the union chart of accounts
unknown-category-hint = Use an account name or code of the chart (《工会会计制度》): { $accounts }; an account of your own is declared in site.yaml under categories, e.g. categories: {"{"}团建活动: expense{"}"}.
sub-account-code = `{ $code }` is not a sub-account code: five digits whose first three are a first-level account
sub-account-code-hint = A sub-account code has five digits, the first three being the first-level account it falls under: 50301 falls under 503 职工服务支出. `parent` may be left out.
sub-account-parent = sub-account { $code } falls under { $expected }, not `{ $parent }`
sub-account-parent-hint = A sub-account code has five digits, the first three being the first-level account it falls under: 50301 falls under 503 职工服务支出. `parent` may be left out.
sub-account-not-statutory = `{ $code }` is not a statutory sub-account; it is counted under { $parent }
sub-account-not-statutory-hint = This is a sub-account your union sets itself; it is counted under its first-level account. Declare its name in site.yaml under categories, e.g. categories: {"{"}科目名称: {"{"}code: { $code }{"}"}{"}"}.
chain-break = opening balance { $opening } does not equal the closing balance { $closing } of the previous period ({ $previous })
chain-break-hint = Consecutive periods of one unit chain: a period opens with the closing balance of the one before. Check both periods.
finance-overdue = { $unit } has posted no finance report for { $periods } ({ $days } days after the period closed)
finance-overdue-hint = Finance is disclosed regularly: after each period closes, post its finance report in time (kind: finance, period: that period). The days are set by finance_due_days in site.yaml.
duplicate-title = { $unit } posts `{ $title }` for { $period } twice (first in { $first })
duplicate-title-hint = Two items of one unit and one period with one title cannot be told apart. If this is a correction, write corrects: pointing to the earlier file in the new one; otherwise give it a different title.
outside-unit-lifetime = this item is for a period outside { $unit }'s existence ({ $span ->
    [both] from { $since } to { $until }
    [since] since { $since }
    [until] until { $until }
   *[none] -
})
outside-unit-lifetime-hint = The unit does not exist outside the since/until of its _section.yaml. Check the period or the publication date, or the unit's since and until.

changed-since-published = this item was changed after it was published: its verification code was { $recorded } when first published and is { $now } now, and no item corrects it
changed-since-published-hint = Do not edit a published item in place. Put its text back, and publish a new item with corrects: naming this one; run gongkai record after publishing.

welfare-total-mismatch = total { $given } does not equal the sum of the { $count } recipients' amounts = { $computed }
welfare-total-mismatch-hint = total is the sum of the amounts in the list. Check each amount, or set total to the computed value.
duplicate-recipient = { $name } is listed twice (first on line { $first })
duplicate-recipient-hint = List each person once; tell two people of one name apart by their team, e.g. "张伟（通风一班）".
program-account-mismatch = program { $program } is paid from { $account }, but funded_by.category is { $category }
program-account-mismatch-hint = Under the union accounting rules this program is paid from { $account }; check funded_by.category, or book it under that account in the finance item.
funded-by-missing = `funded_by.item: { $target }` names no item
funded-by-missing-hint = funded_by.item is the path under content/ of the finance item, with its extension, e.g. 2026/finance-q1.yaml.
funded-by-not-finance = `funded_by.item: { $target }` is a { $kind }, not a finance item
funded-by-not-finance-hint = funded_by.item names a finance item (kind: finance).
funding-exceeded = welfare items funded by { $category } in { $finance } pay out { $paid }, more than the { $spent } spent there: { $files }
funding-exceeded-hint = The lists paid from one expense may add up to no more than it. Check the amounts of the lists, or the expense in the finance item; a first-level account (like 504 维权支出) includes its sub-accounts.

attendance-period-not-month = attendance `period` must be one month (like 2026-03), found { $period }
attendance-period-not-month-hint = Attendance is published per month: write period as a month, e.g. 2026-03.
attendance-sum-mismatch = { $name }: present { $present } + leave { $leave }{ $kinds } + absent { $absent } = { $sum } days, but workdays is { $workdays }
attendance-sum-mismatch-kinds = {" "}({ $kinds })
attendance-sum-mismatch-hint = Each person's days present + days of each leave + days absent make the workdays; check the numbers of this line.
workdays-over-month = workdays { $workdays } is more than the { $days } days of { $period }
workdays-over-month-hint = Workdays cannot exceed the days of the month; it is usually the month's working days, e.g. 22.
duplicate-name = name { $name } appears more than once; first on line { $first }
duplicate-name-hint = One line per person; tell two people of one name apart, e.g. 张伟（机电）.

no-representatives = representatives total must be more than 0, found { $total }
no-representatives-hint = total is the number of representatives, e.g. 120.
present-over-total = present { $present } is more than the total of { $total } representatives
present-over-total-hint = No more representatives can be present than there are; check the sign-in count.
votes-over-present = votes for { $for } + against { $against } + abstain { $abstain } = { $sum }, more than the { $present } representatives present
votes-over-present-hint = Votes for, against and abstaining add up to no more than the representatives present; check the count.
result-contradicts = { $why ->
    [quorum] result says { $said } but the meeting is not valid: present { $present } < { $quorum } needed (ceil(2*{ $total }/3))
    [votes] result says { $said } but for { $for } < { $pass } needed (floor({ $total }/2)+1)
   *[passes] result says { $said } but for { $for } >= { $pass } needed (floor({ $total }/2)+1) and present { $present } >= { $quorum } (ceil(2*{ $total }/3)): the resolution passes
}
result-contradicts-hint = The result is computed from the votes: a meeting is valid when two thirds of all representatives are present; a resolution passes with more than half of all representatives (not of those present) for it. Check the votes, or delete the result line.
duplicate-proposal-number = proposal number { $number } is used twice; first on line { $first }
duplicate-proposal-number-hint = Proposal numbers of one meeting are unique; check the numbers.
proposal-needs = proposal status { $status } requires `{ $key }`
proposal-needs-hint = { $key ->
    [reason] A proposal not accepted states why: add a line reason: …
   *[other] A proposal dealt with states the answer: add a line reply: …
}
percent-out-of-range = progress percent { $percent } is not between 0 and 100
percent-out-of-range-hint = percent is a whole number from 0 to 100: how far the work has got.
update-before-meeting = progress update dated { $date } is before the meeting date { $meeting }
update-before-meeting-hint = A progress update comes after the meeting; check the date.

## Personal numbers

personal-number = { $kind } { $masked } must not be published
personal-number-hint = Resident ID, mobile and bank card numbers must not be published: delete them. A number the union publishes on purpose (a service hotline) can be listed under privacy.allow in site.yaml.
supervision-mobile = supervision.phone { $masked } is a mobile number; a person's mobile must not be printed on notices
supervision-mobile-hint = Give an office landline (like 0537-1234567) or the union's public hotline as the supervision phone, never a person's mobile; privacy.allow cannot allow a mobile here.
personal-number-in-file-name = file name contains a { $kind } ({ $masked })
personal-number-in-file-name-hint = Resident ID, mobile and bank card numbers must not be published: delete them. A number the union publishes on purpose (a service hotline) can be listed under privacy.allow in site.yaml.
personal-number-in-folder-name = folder name contains a { $kind } ({ $masked })
personal-number-in-folder-name-hint = Resident ID, mobile and bank card numbers must not be published: delete them. A number the union publishes on purpose (a service hotline) can be listed under privacy.allow in site.yaml.
personal-number-in-output = the rendered page contains a { $kind } ({ $masked }); nothing was published
personal-number-in-output-hint = The number comes from a template or a file in static/: delete it there; a public hotline can be listed under privacy.allow in site.yaml.
attachment-unread = this { $what } could not be opened, so it was not checked for personal numbers
attachment-unread-hint = The file may be damaged or protected by a password. Make sure it holds no resident ID, mobile or bank card numbers before publishing it, or save a copy without a password from an office program.

## Spreadsheets: gongkai import, and an item's lines kept in one (lines: FILE)

sheet-format = `{ $file }` is not a spreadsheet gongkai reads (.xlsx, .xls, .ods or .csv)
sheet-format-hint = In Excel or WPS, "Save As" an Excel workbook (.xlsx) or a CSV file, then import that.
sheet-unreadable = the spreadsheet cannot be opened: it is damaged, or protected with a password
sheet-unreadable-hint = Open the file in Excel or WPS to see that it opens; if it asks for a password, remove the password and save a copy.
sheet-encoding = the CSV file is neither UTF-8 nor GBK/GB18030 text
sheet-encoding-hint = In Excel or WPS, "Save As" CSV (comma delimited) or CSV UTF-8 again.
sheet-missing = there is no sheet `{ $sheet }`; the sheets are: { $sheets }
sheet-missing-hint = A sheet's name is on its tab at the bottom of the Excel window; copy it exactly, or leave it out to read the first sheet.
header-missing = no header row with the columns a { $kind ->
    [finance] finance
    [welfare] welfare
    [pay] pay
    [merits] merits
    [assessment] assessment
    [table] table
   *[attendance] attendance
} sheet needs: { $needs }
header-missing-hint = The header (the row under the title naming the columns, like 日期, 姓名, 金额) must be within the sheet's first 30 rows; where a column's name is unusual, rename it to a usual one or name the columns in a mapping file (--map).
column-twice = column `{ $header }` says the same as column { $column } (`{ $first }`); which one holds the values?
column-twice-hint = Delete or rename one of the two columns, or say which one to use in a mapping file (--map).
mapping-column = { $letter ->
    [yes] `{ $key }` names a column the sheet does not have
   *[no] `{ $key }: { $header }`: row { $row } has no header `{ $header }`
}
mapping-column-hint = A column in the mapping file is named as the header cell writes it, or by its letter (like C); write header_row when the header is not the first row.
cell-amount = `{ $text }` is not an amount: { $reason }
cell-amount-hint = { $why ->
    [computed] This cell's number is a formula's result with a binary fraction's tail, which is not an amount. Round it to fen in the sheet with =ROUND(formula,2), or type the amount.
    [negative] An amount cannot be negative: explain a red-ink reversal in the note and book the reversed amount on the other side (income or expense).
   *[other] Amounts are in yuan with at most two decimals, e.g. 1234.56, ¥1,234.56 or 1234.56元.
}
cell-number = `{ $text }` is not a number
cell-number-hint = Write a number with at most two decimals, e.g. 21 or 0.5.
cell-date = `{ $text }` is not a date
cell-date-hint = Write a date as 2026-04-05, 2026/4/5, 2026.4.5 or 2026年4月5日, or format the cell as a date.
cell-empty = the `{ $header }` of this line is empty
cell-empty-hint = Every line fills this in; a row that is not a line (a note, say) is deleted or moved below the table.
cell-direction = `{ $text }` does not say whether the amount is income or expense
cell-direction-hint = The 收支 column says 收入 or 支出 (also 收, 支, 借 or 贷).
cell-side-unknown = `{ $category }` is not in the chart of accounts, so it does not say whether the amount is income or expense
cell-side-unknown-hint = With a single amount column, add a 收支 column saying income or expense, or write the category as an account name or code of the chart (like 会费收入, 501).
line-both-sides = this line has both income ({ $income }) and an expense ({ $expense }); a line is one or the other
line-both-sides-hint = One line, one entry: put the income and the expense on two lines.
balance-mismatch = balance { $given } does not follow from the balance before ({ $before }) and this line: it should be { $computed }
balance-mismatch-hint = A balance is the line above's balance plus this line's income, minus its expense; check the amounts and balances of this line and the one above.
total-mismatch = { $lines ->
    [yes] the total of `{ $header }` is { $given }, but its lines (rows { $from } to { $to }) add up to { $computed }
   *[no] the total of `{ $header }` is { $given }, but there are no lines above it
}
total-mismatch-hint = A total is the sum of the lines above it; check that the total's formula covers every line, and the lines' amounts.
workdays-differ = { $found } workdays here, but { $first } on row { $row }: everyone on one sheet has the same workdays
workdays-differ-hint = Everyone on one attendance sheet has the same workdays; check this line's.
import-would-overwrite = { $path } exists already; the import does not replace a file
import-would-overwrite-hint = To replace it with what is imported now, add --force; or write to another file with --out.
ledger-file = { $fault ->
    [missing] `{ $file }` is not a file beside this item
    [outside] `{ $file }` lies outside content/; the spreadsheet must be kept in content/
    [ignored] `{ $file }` is a hidden file or an editor's leftover, which the build does not read
   *[unreadable] `{ $file }` cannot be read: { $detail }
}
ledger-file-hint = { $fault ->
    [outside] Keep the spreadsheet in content/, usually in this file's folder, and write just its name.
    [ignored] Names starting with ~$ or . are temporary or hidden files; write the spreadsheet's own name.
   *[other] The spreadsheet's name is relative to this file's folder, e.g. ledger-2026-q1.xlsx; check the name and its extension.
}
ledger-and-list = `{ $list }` lists lines and `{ $key }` names a spreadsheet of them; give the lines in one place
ledger-and-list-hint = The lines are either written in this file or kept in the spreadsheet, not both.
sheet-opening-mismatch = the sheet starts from a balance of { $sheet }, but `opening_balance` is { $item }
sheet-opening-mismatch-hint = The sheet's opening balance (or the one its first balance implies) must equal opening_balance; check one of them.
sheet-workdays-mismatch = the sheet gives { $sheet } workdays, but `workdays` is { $item }
sheet-workdays-mismatch-hint = The sheet's workdays must equal workdays; check one of them.
sheet-column-missing = the sheet { $sheet } has no column `{ $column }`, which columns declares
sheet-column-missing-hint = The sheet's header names each declared column exactly as columns does (a unit in brackets, like （元）, may follow); rename the header or the declared column.
sheet-column-extra = column `{ $header }` of the sheet is not declared (columns: { $known })
sheet-column-extra-hint = Every column of the sheet with a header is one of the declared columns: declare it under columns, or delete the column from the sheet.
sheet-column-not-read = column `{ $header }` of the sheet is not read nor published (columns read: { $known })
sheet-column-not-read-hint = A column of your own notes may stay in the sheet; if this column is meant to be published, check that its name is one of the columns read.
sheet-score-total-mismatch = { $name }: the sheet's total { $given } is not the sum of the components, { $computed }
sheet-score-total-mismatch-hint = The total is computed from the components, never typed: correct this total (or a component) in the sheet. The total is not written into the item.
sheet-pool-mismatch = the sheet's 奖金总额 is { $sheet }, but `pool` is { $item }
sheet-pool-mismatch-hint = The pool on the sheet must equal pool; correct one of them, or leave pool out to take the sheet's.

## What gongkai import writes into the item it makes (YAML comments)

import-written-from = imported by gongkai import from { $named ->
    [yes] { $file } (sheet "{ $sheet }")
   *[no] { $file }
}, { $lines ->
    [one] 1 line
   *[other] { $lines } lines
}; the sheet's total rows were checked, not imported as lines.
import-check-before-publishing = Before publishing, check the title, the published date and the period, and fill in what is marked "fill in" below.
import-fill-period = fill in: the period of the data, like 2026-Q1 or 2026-03
import-fill-opening = fill in: the opening balance (the sheet has no opening balance or balance column)
import-fill-program = fill in: the programme's name, like 送温暖 or 困难职工帮扶
import-fill-workdays = fill in: the workdays (the sheet has no workdays column)
import-fill-max = fill in: this component's full marks (the header gives none, as in 领导考核(20))

## Tool failures (exit code 2)

tool-not-a-site = { $path } has no site.yaml: not a gongkai site (run `gongkai init` to start one, or pass --root)
tool-io = cannot { $action } { $path }: { $detail }
word-action-create = create
word-action-move-aside = move aside
word-action-move-into-place = move into place
word-action-open = open
word-action-read = read
word-action-read-folder = read folder
word-action-remove = remove
word-action-resolve = resolve
word-action-swap-in = swap in
word-action-write = write
word-action-listen-on = listen on
word-action-watch = watch
tool-unsafe-output = refusing to write to { $path }: { $reason }
tool-refusal-site-itself = it is the site folder itself
tool-refusal-contains-site = it contains the site folder
tool-refusal-is-a-file = it is a file, not a folder
tool-refusal-looks-like-a-site = it holds content/ or site.yaml, so it looks like a site, not an output folder
tool-refusal-not-ours = it holds files gongkai did not write (no .gongkai-output marker); empty it or pick another folder
tool-refusal-exists = it already exists; init never replaces a site's files
tool-refusal-new-exists = it already exists; gongkai new never replaces a file unless given --force
tool-refusal-not-under-content = a new item goes under the site's content/ folder
tool-refusal-not-an-address = the name cannot be part of a page address (see the README on file names)
tool-refusal-no-file-name = give the new file's name, e.g. content/2026/finance-q2.yaml
tool-refusal-notice-md = a notice is a Markdown file: its name ends in .md
tool-refusal-data-yaml = a data item is a YAML file: its name ends in .yaml
tool-refusal-underscore = names starting with _ are a folder's settings, not items
tool-port-in-use = port { $port } is already in use (another gongkai serve?); try `--port { $next }`
tool-output-inside-input = refusing to write to { $path }: it lies in { $input }/, which the site reads, so every build would read the last one's output again; use a folder outside content/, static/, templates/ and themes/, such as the default public/

## What check, build and init say at the end

summary-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
summary-checked = checked { $items ->
    [one] 1 item
   *[other] { $items } items
} in { $seconds } s: { $counts }
summary-built = built { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} from { $items ->
    [one] 1 item
   *[other] { $items } items
} in { $seconds } s{ $warnings ->
    [0] {""}
    [one] {" "}(1 warning)
   *[other] {" "}({ $warnings } warnings)
}
summary-not-published = { $counts }; nothing was published, { $out } is unchanged
record-added = recorded { $path }: verification code { $code }
record-total = { $count ->
    [0] every published item is already in { $file }; nothing added
    [one] added 1 item to { $file }
   *[other] added { $count } items to { $file }
} ({ $counts })
record-not-written = { $counts }; { $file } is unchanged because of the errors
summary-imported = imported { $lines ->
    [one] 1 line
   *[other] { $lines } lines
} from { $from } into { $out }{ $left ->
    [yes] ; columns left out: { $ignored }
   *[no] {""}
}
summary-nothing-written = { $counts }; nothing was written
summary-init =
    created a gongkai site in { $dir } ({ $files ->
        [one] 1 file
       *[other] { $files } files
    })
    next: edit site.yaml, then run `gongkai build --root { $dir }`
    to preview: double-click { $launcher }.bat (Windows) or { $launcher }.command (macOS) in the site folder
progress-load = … reading files ({ $seconds } s)
progress-check = … checking ({ $seconds } s)
progress-render = … rendering pages ({ $seconds } s)

## What new and schema say, a refused --today, and --timings

new-wrote = wrote { $file }
new-next = next: fill it in, then run `gongkai check`
new-period-after = period { $next } ({ $name }): the one after { $previous } of { $file }
new-period-fallback = period { $period } ({ $name }): the last one over by { $today } (no earlier item of this kind)
new-opening-balance = opening balance { $amount }: the closing balance of { $file }
new-workdays = workdays { $count }: { $weekdays ->
    [one] 1 weekday
   *[other] { $weekdays } weekdays
} - { $holidays ->
    [one] 1 holiday
   *[other] { $holidays } holidays
} + { $extra ->
    [one] 1 weekend day
   *[other] { $extra } weekend days
} worked (site.yaml)
new-names-carried = { $count ->
    [one] 1 name
   *[other] { $count } names
} from the previous month
new-previous-errors = { $file } has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}: run `gongkai check` and compare what was carried over
new-wrote-schemas = wrote the editor's schemas to { $folder }
schema-wrote = wrote { $count ->
    [one] 1 schema
   *[other] { $count } schemas
} to { $folder }
cli-bad-today = `--today { $value }` is not a date: write it like 2026-04-05
cli-timings = timings: { $stages }
cli-timings-stage = { $stage ->
    [load] load
    [check] check
    [render] render
    [scan] scan
   *[publish] publish
} { $seconds } s

## What publish says: its progress, its summary, --dry-run and --status

publish-counts = { $added } added, { $changed } changed, { $removed } removed, { $unchanged } unchanged
publish-progress = … publishing: { $done } of { $total-n ->
    [one] { $total } file
   *[other] { $total } files
} ({ $seconds } s)
publish-summary = published { $counts } in { $seconds } s to { $dest }{ $resumed ->
    [yes] ; the publish cut short before is complete now
   *[no] {""}
}
publish-add = add
publish-change = change
publish-remove = remove
publish-more = … and { $more } more
publish-dry-run-resumed = a publish there was cut short; publishing completes it
publish-dry-run = would publish { $counts } to { $dest } (nothing was written)
publish-version = built { $date }, { $items-n ->
    [one] { $items } item
   *[other] { $items } items
}, { $pages-n ->
    [one] { $pages } page
   *[other] { $pages } pages
}, digest { $digest }, gongkai { $gongkai }
publish-status-not-ours = { $dest } holds no board published by gongkai (no .gongkai-output marker)
publish-status-same = { $dest } holds this build: { $build }
publish-status-differs = { $dest } differs from this build:
publish-status-live = live:       { $build }
publish-status-live-unknown = live:       a build without version.json
publish-status-this = this build: { $build }
publish-status-resumed = a publish there was cut short: `gongkai publish` completes it
publish-status-would = publishing would do: { $counts }

## What serve and watch say

preview-built = { $first ->
    [yes] built
   *[no] rebuilt
} in { $ms } ms: { $first ->
    [yes] first build
   *[no] { $what }
} ({ $read ->
    [one] 1 file
   *[other] { $read } files
} read, { $rendered ->
    [one] 1 page
   *[other] { $rendered } pages
} rendered; { $pages ->
    [one] 1 page
   *[other] { $pages } pages
})
preview-build-failed = build failed with { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} in { $ms } ms: { $first ->
    [yes] first build
   *[no] { $what }
}; still showing the last good pages
preview-changed = { $count ->
    [0] nothing named changed
   *[other] { $more ->
        [0] { $paths } changed
       *[other] { $paths } and { $more } more changed
    }
}{ $rescan ->
    [yes] ; events were lost, everything read again
   *[no] {""}
}
preview-serving = serving the board at { $url }  (Ctrl+C to stop)
preview-reachable = bound to { $bind }: the preview can be reached by other computers on the network
preview-watching = watching { $root } for changes; publishing to { $out }  (Ctrl+C to stop)
preview-reload-off = { $error }; live reload is off
preview-failed = { $error }
preview-rebuild-failed = { $error } ({ $what }){ $serving ->
    [yes] ; still showing the last good pages
   *[no] {""}
}
preview-internal-error = internal error while rebuilding; the next save starts afresh
preview-no-browser = could not open a browser; open { $url } by hand
preview-not-found = page not found
preview-not-found-home = back to the home page
preview-overlay-title = The content has errors; the page still shows the last good build ({ $count })

## Declared tables (columns: and rows: in the item) and the kinds built on them: pay, merits, assessment, table

table-duplicate-column = column `{ $name }` is declared twice
table-duplicate-column-hint = Give each column a name of its own.
table-duplicate-role = two columns have `role: { $role }`
table-duplicate-role-hint = Each role goes to one column only: one column is net (实发), for example.
table-role-wrong-type = `role: { $role }` does not fit a { $type } column
table-role-wrong-type-hint = gross (应发), deduction (扣款) and net (实发) are money columns; days (出勤天数) and points (工分) are number columns.
table-bound-on-text = `{ $key }` is only for money, number and percent columns, not { $type }
table-bound-on-text-hint = min and max apply to money, number and percent columns only.
table-unknown-column = `{ $key }` is not a declared column (columns: { $known })
table-unknown-column-hint = The keys of each row are the column names exactly (a pay sheet and a table declare them under columns; a merits notice has fixed ones). Columns: { $known }.
table-rule-syntax = rule `{ $rule }` is not of the form `列 = 列 + 列 - 列`
table-rule-syntax-hint = Write a rule as "column = column + column - column", e.g. "实发 = 应发 - 扣款"; only + and - are allowed.
table-rule-unknown-column = rule `{ $rule }` names `{ $column }`, which is not a declared column
table-rule-unknown-column-hint = The names in a rule are the column names of columns, exactly.
table-rule-text-column = rule `{ $rule }` names `{ $column }`, which is not a money, number or percent column
table-rule-text-column-hint = A rule computes with money, number and percent columns only.
table-rule-mixed-units = rule `{ $rule }` mixes money and number columns
table-rule-mixed-units-hint = The columns of one rule are all money or all numbers.
table-below-min = { $column } { $value } is below its min { $min }
table-below-min-hint = This cell is below the column's min; check it.
table-above-max = { $column } { $value } is above its max { $max }
table-above-max-hint = This cell is above the column's max; check it.
table-rule-broken = { $row }: { $column } is { $given }, but `{ $rule }` gives { $computed }
table-rule-broken-hint = The numbers of this row do not follow the rules; check each column.
table-row-needs = this row has no { $column }
table-row-needs-hint = Every row fills in { $column }.
pay-needs-column = { $what ->
    [name] a pay sheet needs a name column
    [points] a share by points needs a points column
    [pool] a share by points needs a pool
   *[amount] a pay sheet needs a gross or a net column
}
pay-needs-column-hint = { $what ->
    [name] Add a column of names: {"{"}name: 姓名, type: name{"}"} under columns.
    [points] With share: points, one number column has role: points (工分 or 系数).
    [pool] With share: points, give the amount shared as pool.
   *[amount] A pay sheet has a money column with role: gross (应发) or role: net (实发).
}
pay-net-mismatch = { $name }: 实发 { $net } does not equal 应发 { $gross } - 扣款 { $deduction } = { $computed }
pay-net-mismatch-hint = Each person's net is gross minus deductions; check the amounts of this row.
pay-pool-mismatch = the { $count } rows' { $column } add up to { $sum }, but the pool is { $pool }
pay-pool-mismatch-hint = The amounts add up to the pool to the fen; when part is kept back, write remainder: balance and the balance is shown.
pay-over-pool = the rows' { $column } add up to { $sum }, more than the pool { $pool }
pay-over-pool-hint = The amounts cannot add up to more than the pool; check them.
pay-share-mismatch = { $name }: share { $given } is not pool { $pool } × { $points } / { $total } points = { $expected } (largest remainder rule)
pay-share-mismatch-hint = Shared by points, each amount is pool × own points ÷ all points, cut down to the fen; the fen left over go one each to the largest remainders (equal ones in the order of the list). Write the computed amount.
pay-days-over-workdays = { $name }: { $days } days is more than the { $workdays } workdays
pay-days-over-workdays-hint = Days worked cannot exceed the month's workdays.
pay-days-differ = { $name }: { $days } days here, but present { $present } on the attendance sheet { $attendance }
pay-days-differ-hint = The days on the pay sheet are the days present on the team's attendance sheet of the same month; check both notices.
pay-not-in-attendance = { $name } is not on the attendance sheet { $attendance } of the same team and month
pay-not-in-attendance-hint = Everyone on the pay sheet is on the team's attendance sheet of the same month, with the name written the same way.
penalty-without-basis = penalty of { $name } has no `basis:`
penalty-without-basis-hint = Every penalty names the rule it rests on (basis), e.g. basis: 《安全生产奖惩办法》第十二条, so that workers can see why.
merits-date-outside-period = date { $date } lies outside the period { $period }
merits-date-outside-period-hint = Each entry's date lies within the period; post other periods' rewards and penalties in their own notice.
assessment-total-mismatch = { $name }: total { $given } does not equal the sum of the components = { $computed }
assessment-total-mismatch-hint = The total is the sum of the components, computed; remove total, or write the sum.
assessment-pay-missing = `pay: { $target }` names no pay item
assessment-pay-missing-hint = pay is the path under content/ of the pay item of the same period, with its extension, e.g. 2026/pay-03.yaml.
assessment-band-empty = the band of ranks { $from }–{ $to } ends before it starts
assessment-band-empty-hint = Each band gives from (its first rank) and to (its last), to no smaller than from; the band up to the last rank leaves out to.
assessment-band-overlap = rank { $rank } falls in two bands
assessment-band-overlap-hint = The bands of coefficients do not overlap: each rank has one coefficient.
assessment-rank-without-coefficient = { $name } is ranked { $rank }, but no band of coefficients holds that rank
assessment-rank-without-coefficient-hint = The bands of coefficients cover every rank; the last band may leave out to and run to the last rank.
pay-coefficient-mismatch = { $name }: coefficient { $given } here, but rank { $rank } in the assessment { $assessment } gives { $expected }
pay-coefficient-mismatch-hint = The coefficients (points) of the pay sheet follow from the ranks of the assessment of the same period; correct them from the results, or check the assessment.
pay-missing-assessed = { $name } is assessed but not on the linked pay sheet { $pay }
pay-missing-assessed-hint = When an assessment sets a pay sheet's coefficients (pay), everyone assessed is on that sheet, with the name written the same way.
