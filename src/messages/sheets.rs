//! What is said about declared tables and the kinds built on them: pay sheets (工资奖金
//! 分配), rewards and penalties (奖惩), assessments (综合考核) and plain tables. The message
//! names the figures in the spec's words; the hint tells a clerk in Chinese what to do.

/// A problem of a declared table or of a kind built on one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetProblem {
    /// Two columns with one name.
    DuplicateColumn {
        /// The name.
        name: String,
    },
    /// Two columns with one role.
    DuplicateRole {
        /// The role.
        role: &'static str,
    },
    /// `min:` or `max:` on a column that is not numeric.
    BoundOnText {
        /// `min` or `max`.
        key: &'static str,
        /// The column's type.
        ty: &'static str,
    },
    /// A row key that names no column.
    UnknownColumn {
        /// The key.
        key: String,
        /// The declared columns.
        known: Vec<String>,
    },
    /// A rule that is not `列 = 列 ± 列`.
    RuleSyntax {
        /// As written.
        rule: String,
    },
    /// A rule naming no column.
    RuleUnknownColumn {
        /// As written.
        rule: String,
        /// The name.
        column: String,
    },
    /// A rule naming a text column.
    RuleTextColumn {
        /// As written.
        rule: String,
        /// The name.
        column: String,
    },
    /// A rule mixing money and numbers.
    RuleMixedUnits {
        /// As written.
        rule: String,
    },
    /// A cell below its column's `min:`.
    BelowMin {
        /// Column.
        column: String,
        /// As shown.
        value: String,
        /// The bound.
        min: String,
    },
    /// A cell above its column's `max:`.
    AboveMax {
        /// Column.
        column: String,
        /// As shown.
        value: String,
        /// The bound.
        max: String,
    },
    /// A row where a rule does not hold.
    RuleBroken {
        /// The rule.
        rule: String,
        /// Who or which row.
        row: String,
        /// The left column.
        column: String,
        /// Its value, as shown (`—` when empty).
        given: String,
        /// What the right side gives.
        computed: String,
    },
    /// A row without a cell its kind needs.
    RowNeeds {
        /// The column.
        column: String,
    },
    /// A pay sheet without a column its rules need.
    PayNeedsColumn {
        /// What is missing: `name`, `gross or net`, `points`, `pool`.
        what: &'static str,
    },
    /// 实发 ≠ 应发 − 扣款.
    PayNetMismatch {
        /// Who.
        name: String,
        /// 应发.
        gross: String,
        /// 扣款.
        deduction: String,
        /// 实发 as written.
        net: String,
        /// 应发 − 扣款.
        computed: String,
    },
    /// The rows do not add up to the pool.
    PayPoolMismatch {
        /// The pool.
        pool: String,
        /// The rows' sum.
        sum: String,
        /// The column summed.
        column: String,
        /// Rows.
        count: usize,
    },
    /// The rows add up to more than the pool (with `remainder: balance`).
    PayOverPool {
        /// The pool.
        pool: String,
        /// The rows' sum.
        sum: String,
        /// The column summed.
        column: String,
    },
    /// A share by points that is not pool × points / total points.
    PayShareMismatch {
        /// Who.
        name: String,
        /// Their points.
        points: String,
        /// Everyone's.
        total_points: String,
        /// The pool.
        pool: String,
        /// As written.
        given: String,
        /// As recomputed.
        expected: String,
    },
    /// More days than the period's workdays.
    PayDaysOverWorkdays {
        /// Who.
        name: String,
        /// Days.
        days: String,
        /// Workdays.
        workdays: String,
    },
    /// Days that differ from the person's 出勤 on the team's attendance sheet.
    PayDaysDiffer {
        /// Who.
        name: String,
        /// On the pay sheet.
        days: String,
        /// On the attendance sheet.
        present: String,
        /// The attendance file.
        attendance: String,
    },
    /// A person on the pay sheet missing from the team's attendance sheet.
    PayNotInAttendance {
        /// Who.
        name: String,
        /// The attendance file.
        attendance: String,
    },
    /// A penalty without `basis:`.
    PenaltyWithoutBasis {
        /// Who.
        name: String,
    },
    /// An entry dated outside the item's period.
    EntryOutsidePeriod {
        /// The date.
        date: String,
        /// The period.
        period: String,
    },
    /// A typed assessment total that is not the sum of the components.
    ScoreTotalMismatch {
        /// Who.
        name: String,
        /// As written.
        given: String,
        /// The sum.
        computed: String,
    },
    /// An assessment's `pay:` that names no pay item.
    LinkedPayMissing {
        /// As written.
        target: String,
    },
}

/// What is wrong, in the spec's words.
pub(super) fn message(p: &SheetProblem) -> String {
    use SheetProblem::*;
    match p {
        DuplicateColumn { name } => format!("column `{name}` is declared twice"),
        DuplicateRole { role } => format!("two columns have `role: {role}`"),
        BoundOnText { key, ty } => {
            format!("`{key}` is only for money, number and percent columns, not {ty}")
        }
        UnknownColumn { key, known } => format!(
            "`{key}` is not a declared column (columns: {})",
            known.join("、")
        ),
        RuleSyntax { rule } => format!("rule `{rule}` is not of the form `列 = 列 + 列 - 列`"),
        RuleUnknownColumn { rule, column } => {
            format!("rule `{rule}` names `{column}`, which is not a declared column")
        }
        RuleTextColumn { rule, column } => {
            format!(
                "rule `{rule}` names `{column}`, which is not a money, number or percent column"
            )
        }
        RuleMixedUnits { rule } => format!("rule `{rule}` mixes money and number columns"),
        BelowMin { column, value, min } => format!("{column} {value} is below its min {min}"),
        AboveMax { column, value, max } => format!("{column} {value} is above its max {max}"),
        RuleBroken {
            rule,
            row,
            column,
            given,
            computed,
        } => format!("{row}: {column} is {given}, but `{rule}` gives {computed}"),
        RowNeeds { column } => format!("this row has no {column}"),
        PayNeedsColumn { what } => format!("a pay sheet needs a {what} column"),
        PayNetMismatch {
            name,
            gross,
            deduction,
            net,
            computed,
        } => format!(
            "{name}: 实发 {net} does not equal 应发 {gross} - 扣款 {deduction} = {computed}"
        ),
        PayPoolMismatch {
            pool,
            sum,
            column,
            count,
        } => format!("the {count} rows' {column} add up to {sum}, but the pool is {pool}"),
        PayOverPool { pool, sum, column } => {
            format!("the rows' {column} add up to {sum}, more than the pool {pool}")
        }
        PayShareMismatch {
            name,
            points,
            total_points,
            pool,
            given,
            expected,
        } => format!(
            "{name}: share {given} is not pool {pool} × {points} / {total_points} points = {expected} (largest remainder rule)"
        ),
        PayDaysOverWorkdays {
            name,
            days,
            workdays,
        } => format!("{name}: {days} days is more than the {workdays} workdays"),
        PayDaysDiffer {
            name,
            days,
            present,
            attendance,
        } => format!(
            "{name}: {days} days here, but present {present} on the attendance sheet {attendance}"
        ),
        PayNotInAttendance { name, attendance } => {
            format!("{name} is not on the attendance sheet {attendance} of the same team and month")
        }
        PenaltyWithoutBasis { name } => format!("penalty of {name} has no `basis:`"),
        EntryOutsidePeriod { date, period } => {
            format!("date {date} lies outside the period {period}")
        }
        ScoreTotalMismatch {
            name,
            given,
            computed,
        } => format!("{name}: total {given} does not equal the sum of the components = {computed}"),
        LinkedPayMissing { target } => format!("`pay: {target}` names no pay item"),
    }
}

/// What to do, in plain Chinese.
pub(super) fn hint(p: &SheetProblem) -> String {
    use SheetProblem::*;
    match p {
        DuplicateColumn { .. } => "每一列的名称（name）只能出现一次。".into(),
        DuplicateRole { .. } => "每种用途（role）只能给一列，例如只有一列是 net（实发）。".into(),
        BoundOnText { .. } => "min、max 只能用在 money、number、percent 类型的列上。".into(),
        UnknownColumn { known, .. } => format!(
            "每一行的项目名要与列名完全一致（分配表等在 columns 中声明列名，奖惩公示的列名是固定的）。可以用的列：{}。",
            known.join("、")
        ),
        RuleSyntax { .. } => {
            "规则写成“列名 = 列名 + 列名 - 列名”，例如 \"实发 = 应发 - 扣款\"，只用加减。".into()
        }
        RuleUnknownColumn { .. } => "规则里的列名要与 columns 中声明的列名完全一致。".into(),
        RuleTextColumn { .. } => "规则只能计算金额（money）或数字（number、percent）列。".into(),
        RuleMixedUnits { .. } => "一条规则里的列要么都是金额，要么都是数字，不能混用。".into(),
        BelowMin { .. } => "这一格的数小于该列规定的最小值（min），请核对。".into(),
        AboveMax { .. } => "这一格的数大于该列规定的最大值（max），请核对。".into(),
        RuleBroken { .. } => "这一行的数字不符合 rules 中的计算规则，请核对各列数字。".into(),
        RowNeeds { column } => format!("每一行都要填写“{column}”。"),
        PayNeedsColumn { what } => match *what {
            "name" => "分配表要有一列姓名：在 columns 中加 {name: 姓名, type: name}。".into(),
            "points" => {
                "按工分分配（share: points）时，要有一列 role: points 的工分或系数列。".into()
            }
            "pool" => "按工分分配（share: points）时，要写明奖金总额 pool。".into(),
            _ => "分配表要有一列应发（role: gross）或实发（role: net）金额。".into(),
        },
        PayNetMismatch { .. } => "每人的实发应等于应发减去扣款，请核对这一行的金额。".into(),
        PayPoolMismatch { .. } => {
            "各人金额之和应等于奖金总额（pool），一分不差；确有结余时写 remainder: balance，结余会单独公示。".into()
        }
        PayOverPool { .. } => "各人金额之和不能超过奖金总额（pool），请核对。".into(),
        PayShareMismatch { .. } => {
            "按工分分配时，每人金额 = 奖金总额 × 本人工分 ÷ 全部工分，先舍去分以下的零头，再把剩下的几分钱按零头从大到小（一样大时按名单先后）每人补一分。请改为算出的金额。".into()
        }
        PayDaysOverWorkdays { .. } => "出勤天数不能超过当月应出勤天数（workdays）。".into(),
        PayDaysDiffer { .. } => {
            "分配表上的出勤天数要与本班组同月出勤公示上的出勤天数一致，请核对两份公示。".into()
        }
        PayNotInAttendance { .. } => {
            "分配表上的人应出现在本班组同月的出勤公示上；姓名写法要一致。".into()
        }
        PenaltyWithoutBasis { .. } => {
            "每一项处罚都要写明依据（basis），例如 basis: 《安全生产奖惩办法》第十二条，职工才能知道为什么被罚。".into()
        }
        EntryOutsidePeriod { .. } => {
            "每一项的日期应在 period 所写的期间之内；其他期间的奖惩请在那一期公示。".into()
        }
        ScoreTotalMismatch { .. } => {
            "总分由各项得分相加算出，不用手填；请删去 total，或改为各项之和。".into()
        }
        LinkedPayMissing { .. } => {
            "pay 填同期奖金分配公示在 content/ 下的路径（含扩展名），例如 2026/pay-03.yaml。".into()
        }
    }
}
