//! The skeletons of the kinds built on a declared table: pay (工资奖金分配), merits (奖惩),
//! assessment (综合考核) and table. The period, team and workdays are carried as for
//! attendance, an assessment keeps its components; the rows are what only the clerk
//! knows, so they are left empty with a commented example and `check` names them.

use std::fmt::Write as _;

use crate::model::{Body, Kind, Period};

use super::skeleton::{Context, Skeleton, example_day, head, next_period, text, title_for};
use super::{Note, calendar};

/// The team of the previous item, when it named one.
fn previous_team<'a>(cx: &Context<'a>) -> Option<&'a str> {
    let team = match &cx.previous?.item.body {
        Body::Pay(p) => p.team.as_ref(),
        Body::Merits(m) => m.team.as_ref(),
        Body::Assessment(a) => a.team.as_ref(),
        _ => None,
    };
    team.map(|t| t.value.as_str())
}

/// `period:` and `team:` (or a commented `team:`), after the head with its title.
fn period_and_team(
    cx: &Context,
    kind: Kind,
    what: &str,
    fallback: Period,
    out: &mut Skeleton,
) -> Period {
    let period = next_period(cx, fallback, out);
    let team = previous_team(cx);
    let title = title_for(
        cx,
        period,
        format!("{}{}{what}", period.label_zh(), team.unwrap_or("")),
    );
    head(cx, kind, what, Some(&title), &mut out.text);
    let _ = writeln!(out.text, "period: {period}");
    match team {
        Some(team) => {
            let _ = writeln!(out.text, "team: {}", text(team));
        }
        None => out
            .text
            .push_str("# 班组（可不写），例如：\n# team: 通风队\n"),
    }
    period
}

/// 工资奖金分配公示: the usual columns with their roles, the month's workdays.
pub fn pay(cx: &Context, out: &mut Skeleton) {
    let fallback = calendar::last_month(cx.today);
    let period = period_and_team(cx, Kind::Pay, "工资奖金分配公示", fallback, out);
    let w = calendar::workdays(period, &cx.config.holidays, &cx.config.workdays_extra);
    let _ = writeln!(
        out.text,
        "# 应出勤天数：{}的周一至周五共 {} 天，减去节假日 {} 天，加上周末上班 {} 天（site.yaml）。\n\
         # 写了 team，gongkai 按同班组同期间的出勤公示核对每人的出勤天数。\nworkdays: {}",
        period.label_zh(),
        w.weekdays,
        w.holidays.len(),
        w.extra.len(),
        w.count()
    );
    out.notes.push(Note::Workdays {
        count: w.count(),
        weekdays: w.weekdays,
        holidays: w.holidays.len(),
        extra: w.extra.len(),
    });
    out.text.push_str(
        "# 奖金总额（元，可不写）；写了，gongkai 核对应发合计等于它：\n\
         # pool: \"0.00\"\n\
         # 按工分分配时写 share: points，gongkai 按 奖金总额 × 工分 ÷ 全部工分 重算每人金额：\n\
         # share: points\n\
         # 列是本班组自己的表头，可增删改名；role 说明列的用途：days 出勤天数、points 工分、\n\
         # gross 应发、deduction 扣款、net 实发（实发 = 应发 - 扣款，gongkai 逐行核对）。\n\
         columns:\n\
         \x20 - {name: 姓名, type: name}\n\
         \x20 - {name: 岗位, type: text}\n\
         \x20 - {name: 出勤天数, type: number, role: days}\n\
         \x20 - {name: 工分, type: number, role: points}\n\
         \x20 - {name: 应发, type: money, role: gross}\n\
         \x20 - {name: 扣款, type: money, role: deduction}\n\
         \x20 - {name: 扣款原因, type: text}\n\
         \x20 - {name: 实发, type: money, role: net}\n\
         # 每人一行，键是上面的列名，照下面的样子写（去掉行首的 #）：\n\
         #  - {姓名: 张三, 岗位: 通风工, 出勤天数: 21, 工分: 21, 应发: \"3000.00\", 扣款: \"50.00\", 扣款原因: 旷工1天, 实发: \"2950.00\"}\n\
         rows:\n",
    );
}

/// 奖惩公示: the fixed columns, a reward and a penalty as examples.
pub fn merits(cx: &Context, out: &mut Skeleton) {
    let fallback = calendar::last_month(cx.today);
    let period = period_and_team(cx, Kind::Merits, "奖惩公示", fallback, out);
    let day = example_day(period);
    let _ = write!(
        out.text,
        "# 每条一行，类别 type 写 奖励 或 处罚；处罚必须写明依据 basis，日期须在本期内。\n\
         # 照下面的样子写（去掉行首的 #）：\n\
         #  - {{date: {day}, name: 张三, team: 一班, type: 奖励, reason: 及时排除设备隐患, amount: \"200.00\", basis: 《安全生产奖惩办法》第五条}}\n\
         #  - {{date: {day}, name: 李四, team: 二班, type: 处罚, reason: 无故旷工1天, amount: \"50.00\", basis: 《考勤管理办法》第八条}}\n\
         entries:\n"
    );
}

/// 综合考核结果: the 二四四 components, or the previous assessment's.
pub fn assessment(cx: &Context, out: &mut Skeleton) {
    let fallback = calendar::last_month(cx.today);
    let _ = period_and_team(cx, Kind::Assessment, "职工综合考核结果公示", fallback, out);
    let previous = cx.previous.and_then(|p| match &p.item.body {
        Body::Assessment(a) => Some(a),
        _ => None,
    });
    let mut components: Vec<(String, String)> = previous.map_or(Vec::new(), |a| {
        crate::check::assessment::components(a)
            .filter_map(|i| a.sheet.columns.get(i))
            .map(|c| {
                let max = c.max.as_ref().map_or(0, |m| m.value);
                (
                    c.name.value.clone(),
                    crate::model::Decimal2(max).to_string(),
                )
            })
            .collect()
    });
    if components.is_empty() {
        out.text.push_str(
            "# 考核项目及满分：二四四考核，领导考核 20 分、职工代表评分 40 分、硬性指标 40 分\n",
        );
        components = [
            ("领导考核", "20"),
            ("职工代表评分", "40"),
            ("硬性指标", "40"),
        ]
        .map(|(n, m)| (n.to_string(), m.to_string()))
        .to_vec();
    } else {
        let _ = writeln!(
            out.text,
            "# 考核项目及满分（接上期 {}）",
            cx.previous.map_or("", |p| p.item.content_path.as_str())
        );
    }
    out.text.push_str("components:\n");
    for (name, max) in &components {
        let _ = writeln!(out.text, "  - {{name: {}, max: {max}}}", text(name));
    }
    let example: Vec<String> = components
        .iter()
        .map(|(name, _)| format!("{}: 0", text(name)))
        .collect();
    let _ = write!(
        out.text,
        "# 总分最低者标为末位（不需要就删去这一行）：\n\
         last_place: flag\n\
         # 名次决定的分配系数（可不写），例如：\n\
         # coefficients:\n\
         #   - {{from: 1, to: 3, coefficient: 1.2}}\n\
         #   - {{from: 4, coefficient: 1}}\n\
         # 关联的工资奖金分配公示（可不写），例如：\n\
         # pay: 2026/pay-03.yaml\n\
         # 每人一行，各项得分在 0 到满分之间；总分由 gongkai 计算，不用写。\n\
         # 照下面的样子写（去掉行首的 #，填上得分）：\n\
         #  - {{name: 张三, {}}}\n\
         scores:\n",
        example.join(", ")
    );
}

/// 其他公开: a few declared columns, the title left to the clerk.
pub fn table(cx: &Context, out: &mut Skeleton) {
    head(cx, Kind::Table, "公示表格", None, &mut out.text);
    out.text.push_str(
        "# 表格标题（可不写）：\n\
         caption: 明细\n\
         # 列：name 列名；type 为 text 文字、name 姓名（公示时打码）、money 金额、number 数量、\n\
         # date 日期、percent 百分比；total: true 表示合计行加总这一列。列可增删改名。\n\
         columns:\n\
         \x20 - {name: 姓名, type: name}\n\
         \x20 - {name: 项目, type: text}\n\
         \x20 - {name: 数量, type: number, total: true}\n\
         \x20 - {name: 金额, type: money, total: true}\n\
         # 逐行核对的规则（可不写），例如 rules: [\"实发 = 应发 - 未领\"]\n\
         # 每行一条，键是上面的列名，照下面的样子写（去掉行首的 #）：\n\
         #  - {姓名: 张三, 项目: 防尘口罩, 数量: 30, 金额: \"12.50\"}\n\
         rows:\n",
    );
}
