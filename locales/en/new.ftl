# English words of the files `gongkai new` writes (Project Fluent syntax: https://projectfluent.org/).
#
# Each entry is a comment line (or lines) of a new item's YAML, or a value written into
# it. Keys of the YAML (`date:`, `amount:`, `role: days` …) are the content format's and
# stay English in every language; in the commented examples, values that are the site's
# vocabulary (account names such as 会费收入, 奖励 / 处罚, 事假, 立案) stay as the rules
# read them, in Chinese, and so do the example names (张三). Braces that are text are
# written {"{"} and {"}"}.

## What each kind of item is called in the first line and in the title.

skeleton-what-finance = Union funds: income and expenses
skeleton-what-welfare = Welfare payments
skeleton-what-attendance = Attendance
skeleton-what-congress = Workers' congress resolutions and proposals
skeleton-what-notice = Notice
skeleton-what-pay = Pay and bonus distribution
skeleton-what-merits = Rewards and penalties
skeleton-what-assessment = Staff assessment results
skeleton-what-table = Table

## The head of every item.

skeleton-made = { $what } (made by gongkai new on { $date }). Fill it in, then run gongkai check.
skeleton-title-required = title (required)
skeleton-disclosure =
    Comment period: { $from } to { $to }, the published date plus disclosure_days in site.yaml ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }).
    If you change the published date, change the next line too, or delete it (then the default applies).
# A title made from the period ($period: Q2 2026) and the team ($team, maybe empty;
# $hasteam is yes or no).
skeleton-title-finance = Union funds: income and expenses, { $period }
skeleton-title-team = { $what }, { $hasteam ->
    [yes] { $team }, { $period }
   *[no] { $period }
}

## Dates listed in a comment: (2026-10-01, 2026-10-02).

skeleton-dates = {" "}({ $dates })

## Finance

skeleton-opening-carried = Opening balance: the closing balance of { $file } (opening + income - expenses)
skeleton-opening-empty = Opening balance: the closing balance in the books for the previous period (yuan)
skeleton-income = Income, one line each, written like this (remove the # at the start):
skeleton-income-example = {"{"}date: { $day }, category: 会费收入, amount: "1200.00", note: dues{"}"}
skeleton-expenses = Expenses, one line each:
skeleton-expenses-example = {"{"}date: { $day }, category: 职工活动支出, amount: "800.00", payee: A shop, voucher: V-001, note: purpose{"}"}
skeleton-closing = The closing balance may be left out; if given, gongkai checks that it is opening + income - expenses:

## Welfare

skeleton-program = the programme, like Winter relief, Hardship aid or Members' birthdays
skeleton-funded-by = Source of funds (optional): which finance report, which expense account
skeleton-recipients = Recipients, one line each (names are masked when published), written like this (remove the # at the start):
skeleton-recipients-example = {"{"}name: 张三, team: Team 1, reason: illness, amount: "800.00", goods: "rice, flour, oil"{"}"}
skeleton-total = The total may be left out; if given, gongkai checks that it is the sum of the amounts:

## Attendance

skeleton-workdays = Workdays: { $period } has { $weekdays } weekdays (Monday to Friday), less { $holidays } in site.yaml holidays{ $holidaydates }, plus { $extra } in workdays_extra{ $extradates }.
skeleton-records = One line per person, written like this (remove the # at the start); present + leave of every kind + absent = workdays:
skeleton-records-example = {"{"}name: 张三, present: 20, leave: {"{"}事假: 1{"}"}, absent: 1, note: one day absent without leave{"}"}
skeleton-records-carried =
    One line per person (names from { $file }), written as full attendance; for leave or absence change present and add
    leave: {"{"}事假: 1{"}"}, absent: 1. present + leave of every kind + absent = workdays.

## Workers' congress

skeleton-meeting-name = name of the meeting{ $carried ->
    [yes] ; last time { $last }
   *[no] {""}
}
skeleton-total-representatives = number of representatives
skeleton-total-representatives-carried = number of representatives (from the last congress)
skeleton-present = representatives present; the meeting is valid with at least two thirds of the total
skeleton-resolutions = Resolutions, each written like this (remove the # at the start):
skeleton-resolution-title = Resolution on …
skeleton-resolution-text = The congress discussed and adopted …
skeleton-proposals = Proposals: status is 立案 (accepted), 办理中 (in progress), 已办结 (done; write the reply) or 不予立案 (not accepted; write the reason)
skeleton-proposal-example = {"{"}number: "2026-01", title: Proposal on …, by: 张三 and 4 other representatives, handler: Logistics, status: 立案{"}"}

## Notice

skeleton-notice-category = Notice
skeleton-notice-body = Write the text below the second ---; an empty line starts a new paragraph.

## The kinds built on a declared table

skeleton-team = Team (optional), like:
skeleton-team-example = Ventilation team
skeleton-pay-workdays =
    Workdays: { $period } has { $weekdays } weekdays (Monday to Friday), less { $holidays } holidays, plus { $extra } weekend days worked (site.yaml).
    With a team, gongkai checks each person's days against the team's attendance list for the same period.
skeleton-pool = Bonus pool (yuan, optional); if given, gongkai checks that the gross amounts add up to it:
skeleton-share = To share by points write share: points; gongkai then works out each amount as pool × points ÷ all points:
skeleton-pay-columns =
    The columns are the team's own headings: add, remove or rename them; role says what a column is: days, points,
    gross, deduction, net (net = gross - deduction, checked line by line).
# The pay sheet's columns: name, post, days, points, gross, deduction, its reason, net.
skeleton-pay-column-name = Name
skeleton-pay-column-post = Post
skeleton-pay-column-days = Days
skeleton-pay-column-points = Points
skeleton-pay-column-gross = Gross
skeleton-pay-column-deduction = Deduction
skeleton-pay-column-reason = Reason
skeleton-pay-column-net = Net
skeleton-pay-rows = One line per person, keyed by the column names above, written like this (remove the # at the start):
skeleton-pay-example = {"{"}Name: 张三, Post: ventilation worker, Days: 21, Points: 21, Gross: "3000.00", Deduction: "50.00", Reason: one day absent, Net: "2950.00"{"}"}
skeleton-merits =
    One line each; type is 奖励 (reward) or 处罚 (penalty); a penalty must give its basis, and the date must be in the period.
    Written like this (remove the # at the start):
skeleton-merits-reward = {"{"}date: { $day }, name: 张三, team: Team 1, type: 奖励, reason: found an equipment hazard in time, amount: "200.00", basis: Safety rules art. 5{"}"}
skeleton-merits-penalty = {"{"}date: { $day }, name: 李四, team: Team 2, type: 处罚, reason: one day absent without leave, amount: "50.00", basis: Attendance rules art. 8{"}"}
skeleton-components = Components and their full marks: leaders 20, representatives 40, targets 40
skeleton-components-carried = Components and their full marks (from { $file })
skeleton-component-leaders = Leaders
skeleton-component-representatives = Representatives
skeleton-component-targets = Targets
skeleton-last-place = Flag the lowest total as last place (delete this line if not wanted):
skeleton-coefficients = Coefficients by rank (optional), like:
skeleton-assessment-pay = The pay sheet it belongs to (optional), like:
skeleton-scores =
    One line per person, each score between 0 and full marks; gongkai works out the total.
    Written like this (remove the # at the start, fill in the scores):
skeleton-example-name = 张三
skeleton-caption = Caption of the table (optional):
skeleton-caption-example = Details
skeleton-table-columns =
    Columns: name is the heading; type is text, name (masked when published), money, number,
    date or percent; total: true adds the column up in the total line. Add, remove or rename columns.
skeleton-table-column-name = Name
skeleton-table-column-item = Item
skeleton-table-column-quantity = Quantity
skeleton-table-column-amount = Amount
skeleton-table-rules = Rules checked on every line (optional), like rules: ["Amount = Quantity * Price"]
skeleton-table-rows = One line each, keyed by the column names above, written like this (remove the # at the start):
skeleton-table-example = {"{"}Name: 张三, Item: dust masks, Quantity: 30, Amount: "12.50"{"}"}
