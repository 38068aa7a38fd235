# en words for readers of the board (Project Fluent syntax: https://projectfluent.org/).
#
# Every fixed word of the pages, print sheets, charts, CSV headers, the feed and the search
# page. Content (titles, names, notes, programmes, leave kinds) is the clerk's and never
# here: an English board shows it as written. Keys are grouped by page family;
# `{ $name }` is filled in by gongkai; a value that must keep a space at either end is
# written as a string literal: {" ("}. British spelling.

catalog-language = English

## The frame of every page: menu, footer, contact lines.

site-home = Home
site-open-now = Open for comment
site-latest = Latest
site-all = All
site-sections = Sections
site-by-year = By year
site-search = Search
site-feed = Feed (Atom)
site-built-on = Built on
site-skip = Skip to content
site-print-board = Print the board
site-none-yet = Nothing here yet.
site-items = items
site-total = Total
# After a label: "Sections: ", "In words: ". CSS draws it after the labels of facts and of
# a table's cells on a phone.
site-colon = {": "}
# Between the items of a run-on list.
site-list-separator = {", "}
# Between two lists in one sentence.
site-list-break = {"; "}
site-sentence-end = {"."}
# Around a file name after a link: "All entries (lines.csv)".
site-paren-open = {" ("}
site-paren-close = )
# Above a table that scrolls sideways.
site-scroll-cue = ← Scroll sideways for the whole table →
contact-text = Objections to anything posted here may be raised during its comment period with:
contact-objections = Objections
contact-phone = Phone
contact-email = Email

## The kinds of items and where an item stands.

kind-finance = Union finances
kind-welfare = Welfare
kind-attendance = Attendance
kind-congress = Workers' congress
kind-pay = Pay
kind-merits = Merits
kind-assessment = Assessments
kind-table = Other tables
kind-notice = Notices
# The home page's link under each kind's latest items.
kind-finance-all = All union finances
kind-welfare-all = All welfare
kind-attendance-all = All attendance
kind-congress-all = All from the workers' congress
kind-pay-all = All pay and bonuses
kind-merits-all = All rewards and penalties
kind-assessment-all = All assessments
kind-table-all = All other tables
kind-notice-all = All notices
status-open = Open for comment
status-upcoming = Upcoming
status-closed = Closed

## Dates and periods. $month is 1 to 12.

date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
year-title = { $year }
period-year = { $year }
period-half = { $half ->
    [1] First
   *[2] Second
} half of { $year }
period-quarter = Q{ $quarter } { $year }
period-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## Amounts in words (大写) under totals and on print sheets, in four groups separated by
## spaces: the digits 0 to 9; the places 10, 100, 1000 inside a group of four digits; the
## words closing a group of 10^4 and of 10^8; the words for yuan, jiao, fen and "whole".
## Empty ({""}) shows no amount in words.

# English notices show amounts in figures only: 大写 is the Chinese safeguard against an
# altered figure, and has no English counterpart on a notice.
money-numerals = {""}

## Lists: by year, by kind, by section folder.

year-list-title = Published in { $year }
finance-year-title = Union finances in { $year }
welfare-year-title = Welfare in { $year }
welfare-year-note = This year's distributions, summed by programme and by hardship; each list has its own page.
pay-year-title = Pay and bonuses in { $year }
merits-year-title = Rewards and penalties in { $year }
pay-year-note = This year's distributions, summed by team: totals only, no one's own pay; each month has its own page.
merits-year-note = This year's rewards and penalties, summed by team; each entry and its basis is on its notice's page.

## An item's page: its head, foot and downloads.

item-published = Published
item-disclosure = Comment period
item-unit = Issued by
item-period = Period
item-status = Status
item-title = Title
item-kind = Kind
item-to = to
item-draft = Draft
item-corrected = Corrected
item-corrected-banner = This item has been corrected; read the correction:
item-corrects-banner = This item corrects:
item-in-words = In words
item-downloads = Data downloads
item-print-this = Print this notice
page-print-this = Print this page
item-fingerprint = Check code
item-fingerprint-note = A printed notice with the same check code says the same as this page.

## Print sheets and the board page (every open item, ready to print).

print-qr-note = Scan for the page online
# The accessible name of the printed QR code.
print-qr-label = Scan for the page online: { $url }
print-sign = Signature
print-sign-date = Date
print-seal = Seal
print-seal-mark = (Seal)
# CSS `content` values of the printed page number: with the total, and on the board,
# where COUNTER stands for each notice's own counter.
print-page-counter = "Page " counter(page) " of " counter(pages)
print-sheet-counter = "Page " counter(COUNTER)
print-alone = Print this item alone
board-intro = Every item open for comment now, one to a sheet, each numbered from page 1, ready to print in one go and put up. For page numbers with the total ("page 1 of 2"), print an item alone.
units-title = Units and their boards
units-unit = Unit
units-open = Open now
units-latest = Latest
units-overdue = Finance reports overdue
units-none = None
unit-all = Everything this unit has posted
unit-up = Up
search-scope = Where
search-all-units = Every unit
corrections-title = Corrections
corrections-intro = Every correction on this board: the corrected item and the correcting one both stay online, to compare.
corrections-date = Corrected on
corrections-corrected = Corrected item
corrections-correcting = Correction
corrections-added = Added
corrections-removed = Removed
corrections-changed = Changed
corrections-before = Before
corrections-after = After
corrections-not-compared = The two versions are items of different kinds and are not compared field by field: open both to compare.
corrections-same = The data of both versions is the same.
corrections-diff = What the correction changed
corrections-recipient = Recipient
corrections-person = Person
corrections-proposal = Proposal
corrections-paragraph = Paragraph
corrections-attending = Representatives present

## The search page and its script.

search-needs-script = Search needs JavaScript turned on; you can also browse by section or year.
search-placeholder = Words from a title, unit or notice
search-hint = For example: welfare, April, Q1
# The script's line over the results: one found, more found ({ $count } stays as it is:
# the script puts the number there), none found.
search-found-one = 1 item found
search-found-many = { $count } items found
search-none = Nothing found
search-more = Show more
search-failed = The search index did not load

## The feed (feed.xml): each entry's summary.

feed-summary = { $kind } · { $unit } · comment period { $from } to { $to }

## Charts on the finance page.

chart-budget = Budget
chart-actual = Actual
chart-rate = % of budget
chart-no-data = No data

## The finance page (经费收支) and the finance year summary. Account names are English
## glosses of the statutory chart's (《工会会计制度》), by code: the code beside each
## name is the statutory account.

finance-opening = Opening balance
finance-period-income = Income this period
finance-period-expenses = Expenses this period
finance-closing = Closing balance
finance-line-count = Entries
finance-line-count-text = { $income ->
    [one] 1 income entry
   *[other] { $income } income entries
}, { $expenses ->
    [one] 1 expense entry
   *[other] { $expenses } expense entries
}
finance-income = Income
finance-expense = Expense
finance-side = Type
finance-account-code = Code
finance-account-name = Account
finance-account = Account
finance-level = Level
finance-parent = Parent account
finance-amount = Amount
finance-share = Share
finance-total = Total
finance-income-by-account = Income by account
finance-expenses-by-account = Expenses by account
finance-expenses-chart = Expenses by account
finance-expenses-chart-text = Expenses this period, { $total } in all, by first-level account.
finance-budget-caption = Budget and actual
finance-budget = Budget
finance-actual = Actual
finance-rate = % of budget
finance-remark = Remark
finance-unbudgeted = Not in the budget
finance-budget-chart = Expenses against the budget
finance-budget-chart-text = The budget and the actual spending of each expense account.
finance-large-caption = Large expenses ({ $threshold } or more each)
finance-large = Large expense
finance-date = Date
finance-payee = Payer or payee
finance-voucher = Voucher
finance-note = Description
finance-mark = Mark
finance-lines-caption = All entries
finance-year-caption = { $unit }: union finances of the year
finance-period = Period
finance-year-total = Year total
finance-undeclared-sub = { $code } is not a sub-account of the union accounting rules and the site does not declare it; it is counted under { $parent }.
# Before a sub-account's name in the tables by account (four no-break spaces).
finance-sub-indent = {"\u00A0\u00A0\u00A0\u00A0"}
account-401 = Membership dues
account-402 = Union funds paid in by employers
account-403 = Grants from higher-level unions
account-404 = Government grants
account-405 = Grants from the employer
account-406 = Paid in by affiliated units
account-407 = Investment income
account-408 = Other income
account-501 = Staff activities
account-50101 = Staff education
account-50102 = Culture and sports
account-50103 = Publicity
account-50104 = Rest and recuperation for model workers and staff
account-50105 = Member activities
account-50106 = Other activities
account-503 = Staff services
account-504 = Protecting workers' rights
account-50401 = Labour relations
account-50402 = Labour protection
account-50403 = Legal aid
account-50404 = Help for workers in hardship
account-50405 = Warmth visits to workers in need
account-50406 = Other rights protection
account-505 = Union operations
account-50501 = Training
account-50502 = Meetings
account-50503 = Special operations
account-50504 = Other operations
account-506 = Administration
account-507 = Capital expenditure
account-508 = Grants to lower-level unions
account-509 = Spending on affiliated units
account-510 = Other expenses

## The welfare page (福利发放) and the welfare year summary.

welfare-program = Programme
welfare-funding = Paid from
welfare-people = People
welfare-people-text = { $count ->
    [one] 1 person
   *[other] { $count } people
}
welfare-total-figure = Total paid out
welfare-number = No.
welfare-name = Name
welfare-team = Team
welfare-reason = Hardship
welfare-amount = Amount
welfare-goods = Goods
welfare-note = Note
welfare-total = Total
welfare-recipients-caption = Recipients
welfare-by-reason-caption = By hardship
welfare-no-reason = Not given
welfare-masked-and-summed = To protect the privacy of the workers helped, names are partly hidden and hardships are shown only as totals by kind.
welfare-masked = To protect the privacy of the workers helped, names are partly hidden.
welfare-summed = To protect the privacy of the workers helped, hardships are shown only as totals by kind.
welfare-by-program-caption = By programme
welfare-times = Distributions
welfare-person-times = Recipients
welfare-distributions-caption = Each distribution
welfare-published = Published
welfare-list = List

## The attendance page (出勤公示) and each team's archive of months.

attendance-no-team = No team given
attendance-archive-title = { $team }: attendance month by month
attendance-all = All attendance
attendance-team = Team
attendance-workdays = Working days
attendance-mode = Shown as
attendance-totals-only = Team totals only
attendance-people = People
attendance-person-days = Scheduled (person-days)
attendance-present-days = Present (person-days)
attendance-absent = Absent
attendance-overtime = Overtime (hours)
attendance-rate = Attendance rate
attendance-totals-caption = Team totals
attendance-name = Name
attendance-present = Present
attendance-note = Note
attendance-people-total = Total ({ $count ->
    [one] 1 person
   *[other] { $count } people
})
attendance-people-caption = Attendance by person
attendance-leave-kind = Leave
attendance-days = Days
attendance-leave-share = Share of scheduled days
attendance-total = Total
attendance-leave-caption = Leave by kind
attendance-summary-heading = { $team }: totals
attendance-rate-formula = { $present } person-days present ÷ { $person_days } scheduled ({ $people ->
    [one] 1 person
   *[other] { $people } people
} × { $workdays } days)
attendance-leave-days = Leave (days)
attendance-absent-days = Absent (days)
attendance-totals-only-banner = Attendance is shown here as team totals only; no one is listed by name.
attendance-no-leave = No leave this month.
attendance-archive-caption = { $team }, { $year }: totals by month
attendance-month = Month
attendance-item = Notice
attendance-published = Published

## The workers' congress page (职代会) and the follow-up of resolutions and proposals.

congress-all = All from the workers' congress
congress-resolutions-title = Resolutions: follow-up
congress-proposals-title = Proposals: follow-up
congress-quorum-met = Enough representatives were present (two thirds of those elected): the meeting was valid.
congress-quorum-failed = { $present } representatives were present, fewer than the quorum of { $needed } (two thirds of the { $total } elected): the meeting was not valid and nothing it voted on was adopted.
congress-meeting = Meeting
congress-meeting-date = Date of meeting
congress-representatives = Representatives
congress-representatives-text = { $total } elected, { $present } present
# The resolutions page's line above each meeting's quorum sentence.
congress-attendance-text = { $total } representatives elected, { $present } present.{" "}
congress-quorum = Quorum
congress-quorum-text = { $needed } (two thirds of those elected)
congress-passed = Adopted
congress-not-passed = Not adopted
congress-no-quorum = The meeting had no quorum
congress-not-enough-for = Fewer than half of all representatives voted for it
congress-resolutions-caption = Resolutions
congress-resolutions-heading = Resolutions ({ $count } in all, { $adopted } adopted)
congress-pass-rule = A resolution is adopted when more than half of all representatives ({ $needed } votes) vote for it.
congress-proposals-heading = Proposals ({ $count })
congress-number = No.
congress-resolution = Resolution
congress-votes-for = For
congress-against = Against
congress-abstain = Abstained
congress-result = Result
congress-reason = Why not adopted
congress-reason-short = Why
congress-progress = Progress
congress-percent = Done (%)
congress-progress-bar = Progress
congress-progress-note = Progress note
congress-progress-latest = Latest
congress-progress-steps = Steps taken
congress-progress-none = No progress reported yet.
congress-progress-unreported = No progress reported
congress-resolution-link = Full text and progress
congress-no-resolutions = No resolutions at this meeting.
congress-no-proposals = No proposals at this meeting.
congress-none = None.
congress-proposals-caption = Proposals and how they were handled
congress-proposal-number = No.
congress-proposal-title = Subject
congress-by = Proposed by
congress-handler = Handled by
congress-status = Status
congress-reply = Reply or reason
congress-reply-short = Reply
congress-declined-reason = Reason
congress-proposal-meeting = Meeting
# The tallies at the top of the follow-up pages.
congress-resolutions-tally = { $count ->
    [one] 1 resolution
   *[other] { $count } resolutions
}:{" "}
congress-resolutions-tally-part = { $label } { $count }
congress-proposals-tally = { $count ->
    [one] 1 proposal
   *[other] { $count } proposals
}:{" "}
congress-proposals-tally-part = { $label } { $count }
congress-proposals-group-count = {" "}({ $count })
congress-proposals-group-caption = Proposals: { $status }
# The statuses a clerk writes (立案 办理中 已办结 不予立案; 未开始 落实中 已落实 已终止), as
# readers see them.
congress-proposal-filed = Accepted
congress-proposal-in-progress = Being handled
congress-proposal-done = Completed
congress-proposal-declined = Not accepted
congress-progress-not-started = Not started
congress-progress-in-progress = Under way
congress-progress-done = Carried out
congress-progress-stopped = Stopped

## The kinds built on a declared table: pay, rewards and penalties, assessments and other
## tables.

table-number = No.
table-total = Total
table-people = People
table-people-text = { $count } people
table-masked = Names are partly hidden to protect workers' privacy.
table-rows-caption = Details
table-totals-caption = Totals
pay-team = Team
pay-workdays = Workdays
pay-method = Method
pay-method-points = Shared by points
pay-method-typed = As listed
pay-pool = Pool
pay-distributed = Distributed
pay-balance = Balance
pay-deductions = Deductions
pay-net = Paid out
pay-points-total = Points
pay-caption = Distribution
pay-mode = Posted as
pay-totals-only = Totals only
pay-totals-only-banner = Only the totals of this distribution are posted, not each person's.
pay-rounding = Shared by points: each amount is the pool × the person's points ÷ all points, cut to the fen; the fen left over go one each to the largest remainders (equal ones in list order), so the amounts add up to the pool exactly.
merits-date = Date
merits-name = Name
merits-team = Team
merits-type = Type
merits-reason = Reason
merits-amount = Amount
merits-basis = Basis
merits-reward = Reward
merits-penalty = Penalty
merits-rewards-total = Rewards
merits-penalties-total = Penalties
merits-large = Large penalty
merits-caption = Rewards and penalties
merits-count = Entries
merits-count-text = { $rewards } rewards, { $penalties } penalties
merits-large-note = Penalties of { $threshold } or more are marked as large.
merits-rewards-count = Rewards
merits-rewards-amount = Rewarded
merits-penalties-count = Penalties
merits-penalties-amount = Penalised
merits-large-count = Large penalties
team-year-period = Period
team-year-total = Year total
team-year-all = Year total, all teams
team-unit-year-all = Year total of the unit
team-of-unit = { $team } ({ $unit })
pay-year-caption = { $team }: pay and bonuses of the year
merits-year-caption = { $team }: rewards and penalties of the year
assessment-components = Components
assessment-components-text = { $parts }, out of { $full }
assessment-name = Name
assessment-total = Total
assessment-rank = Rank
assessment-last = Last place
assessment-caption = Results
assessment-chart = Spread of totals
assessment-chart-text = How many of the { $count } people scored in each band of totals
assessment-band = { $from }–{ $to }
assessment-average = Average
assessment-pay = Linked distribution
assessment-rank-rule = Ranks run from the highest total; equal totals share a rank and the next rank is skipped.
assessment-coefficient = Coefficient
assessment-coefficient-rule = Pay coefficients by rank: { $bands }.
assessment-coefficient-band = ranks { $from }–{ $to }: { $coefficient }
assessment-coefficient-band-open = rank { $from } on: { $coefficient }
assessment-coefficient-last = last place: { $coefficient }
table-rows-count = Rows
table-column-total = { $column }: total
table-rules-note = Every row has been checked against: { $rules }.
