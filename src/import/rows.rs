//! What a row below the header is: a line, a blank row, a 合计 row (checked against the
//! lines above it by `totals`, never a line), a finance sheet's opening row (期初余额,
//! 上年结转), a carried-forward row (过次页, 承前页), or a footer (制表人：… 审核：…).
//!
//! A label is told by its words: a short text cell (at most eight characters, spaces and
//! a final colon left out) that ends in 合计, 小计, 总计, 累计 or 共计 marks a total; a
//! note that merely mentions a total (`支付上月合计电费`) is longer, or does not end so.

use super::header::normalise;
use super::workbook::Cell;

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// No cell holds anything.
    Blank,
    /// A 合计 row; `cumulative` for 累计 and 总计, which sum every line from the top.
    Total {
        /// Sums every line from the first (本年累计, 总计), not only those since the last
        /// total row (本月合计).
        cumulative: bool,
    },
    /// 期初余额, 上期结转, 上年结转 …: the balance the lines start from.
    Opening,
    /// 过次页, 承前页: a paper ledger's page break, neither a line nor checked.
    Carried,
    /// 制表人：…, 审核：…: a signing line under the table.
    Footer,
    /// A line.
    Line,
}

/// Words that end a total's label.
const TOTAL_ENDINGS: &[&str] = &["合计", "小计", "总计", "累计", "共计"];

/// Labels of the row a ledger opens with.
const OPENING: &[&str] = &[
    "期初余额",
    "上期结转",
    "上年结转",
    "上月结转",
    "上季结转",
    "年初余额",
    "期初数",
    "上期结余",
    "上年结余",
    "承上年",
];

/// Labels of a page break in a paper-style ledger.
const CARRIED: &[&str] = &["过次页", "承前页", "转下页", "承上页"];

/// How the signing lines under a table start (each followed by a colon).
const FOOTER: &[&str] = &[
    "制表",
    "审核",
    "经办",
    "负责人",
    "填表",
    "填报",
    "复核",
    "记账",
    "出纳",
    "会计",
    "主管",
    "签字",
    "单位负责人",
    "工会主席",
    "财务",
    "编制",
];

/// What `row` is. `opening` tells whether an opening row can be one (a finance sheet).
pub fn classify(row: &[Cell], opening: bool) -> RowKind {
    if row.iter().all(Cell::is_empty) {
        return RowKind::Blank;
    }
    let labels: Vec<String> = row
        .iter()
        .filter_map(|c| match c {
            Cell::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .map(|t| {
            let n = normalise(t);
            n.trim_end_matches(['：', ':']).to_string()
        })
        .collect();
    let short = |l: &&String| l.chars().count() <= 8;
    if let Some(label) = labels
        .iter()
        .filter(short)
        .find(|l| TOTAL_ENDINGS.iter().any(|e| l.ends_with(e)))
    {
        return RowKind::Total {
            cumulative: label.ends_with("累计") || label.ends_with("总计"),
        };
    }
    if labels
        .iter()
        .filter(short)
        .any(|l| CARRIED.contains(&l.as_str()))
    {
        return RowKind::Carried;
    }
    if opening
        && labels
            .iter()
            .filter(short)
            .any(|l| OPENING.iter().any(|o| l.contains(o)))
    {
        return RowKind::Opening;
    }
    let footer = row.iter().any(|c| match c {
        Cell::Text(t) => {
            let t = t.trim();
            FOOTER.iter().any(|w| t.starts_with(w)) && t.contains(['：', ':'])
        }
        _ => false,
    });
    if footer {
        return RowKind::Footer;
    }
    RowKind::Line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<Cell> {
        cells.iter().map(|t| Cell::typed(t)).collect()
    }

    #[test]
    fn rows_by_their_labels() {
        assert_eq!(classify(&row(&["", ""]), true), RowKind::Blank);
        assert_eq!(
            classify(&row(&["合  计", "", "1200"]), true),
            RowKind::Total { cumulative: false }
        );
        assert_eq!(
            classify(&row(&["", "本月合计：", "1200"]), true),
            RowKind::Total { cumulative: false }
        );
        assert_eq!(
            classify(&row(&["", "本年累计", "1200"]), true),
            RowKind::Total { cumulative: true }
        );
        assert_eq!(
            classify(&row(&["2026-01-05", "支付上月合计电费", "120"]), true),
            RowKind::Line
        );
        assert_eq!(
            classify(&row(&["", "上年结转", "", "", "5000"]), true),
            RowKind::Opening
        );
        assert_eq!(
            classify(&row(&["", "上年结转", "", "", "5000"]), false),
            RowKind::Line
        );
        assert_eq!(classify(&row(&["过次页"]), true), RowKind::Carried);
        assert_eq!(
            classify(&row(&["制表人：王五", "", "审核：赵六"]), true),
            RowKind::Footer
        );
        assert_eq!(
            classify(&row(&["财务科", "张三", "800"]), false),
            RowKind::Line
        );
    }
}
