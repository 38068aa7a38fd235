//! TEMPORARY stub until the charts module lands (same API).
#![allow(missing_docs)]
pub struct Bar {
    pub label: String,
    pub value_fen: i64,
    pub value_text: String,
}
pub struct BudgetBar {
    pub label: String,
    pub budget_fen: i64,
    pub actual_fen: i64,
    pub budget_text: String,
    pub actual_text: String,
    pub rate_text: String,
}
pub fn bar_chart(id: &str, title: &str, _description: &str, _bars: &[Bar]) -> String {
    format!("<svg id=\"{id}\"><title>{title}</title></svg>")
}
pub fn budget_chart(id: &str, title: &str, _description: &str, _bars: &[BudgetBar]) -> String {
    format!("<svg id=\"{id}\"><title>{title}</title></svg>")
}
pub fn text_columns(s: &str) -> usize {
    s.chars().count()
}
