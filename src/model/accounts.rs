//! The union chart of accounts of 《工会会计制度》(财会〔2021〕7号, in force from 2022) that
//! finance lines use: the income (401-408) and expense (501-510) accounts and the
//! statutory sub-accounts (明细科目) the system sets. A five-digit code under a
//! first-level account that the chart does not list (50301) is a sub-account a union
//! sets itself: `check::finance` rolls it up under its first-level account.
//!
//! A line's `category:` may give an account's code (`501`, `50405`) or its name, with or
//! without the trailing 支出/收入 (`送温暖`, `送温暖支出`). Resolving says which account it
//! is and whether it is income or expense; names outside the chart are left to the site's
//! own `categories:` and otherwise reported by `check::finance`.

/// Income or expense.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// 收入类.
    Income,
    /// 支出类.
    Expense,
}

/// One account of the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Account {
    /// 科目编码: `501`, `50405`.
    pub code: &'static str,
    /// 科目名称.
    pub name: &'static str,
    /// Income or expense.
    pub side: Side,
}

impl Account {
    /// The first-level account this one belongs to (itself for a first-level account).
    pub fn parent(self) -> Account {
        let code = self.code.get(..3).unwrap_or(self.code);
        by_code(code).unwrap_or(self)
    }

    /// True for a statutory sub-account (five-digit code).
    pub fn is_sub(self) -> bool {
        self.code.len() > 3
    }
}

const fn income(code: &'static str, name: &'static str) -> Account {
    Account {
        code,
        name,
        side: Side::Income,
    }
}

const fn expense(code: &'static str, name: &'static str) -> Account {
    Account {
        code,
        name,
        side: Side::Expense,
    }
}

/// The chart, first-level accounts followed by their statutory sub-accounts.
pub const CHART: &[Account] = &[
    income("401", "会费收入"),
    income("402", "拨缴经费收入"),
    income("403", "上级补助收入"),
    income("404", "政府补助收入"),
    income("405", "行政补助收入"),
    income("406", "附属单位上缴收入"),
    income("407", "投资收益"),
    income("408", "其他收入"),
    expense("501", "职工活动支出"),
    expense("50101", "职工教育支出"),
    expense("50102", "文体活动支出"),
    expense("50103", "宣传活动支出"),
    expense("50104", "劳模职工疗休养支出"),
    expense("50105", "会员活动支出"),
    expense("50106", "其他活动支出"),
    expense("503", "职工服务支出"),
    expense("504", "维权支出"),
    expense("50401", "劳动关系协调支出"),
    expense("50402", "劳动保护支出"),
    expense("50403", "法律援助支出"),
    expense("50404", "困难职工帮扶支出"),
    expense("50405", "送温暖支出"),
    expense("50406", "其他维权支出"),
    expense("505", "业务支出"),
    expense("50501", "培训支出"),
    expense("50502", "会议支出"),
    expense("50503", "专项业务支出"),
    expense("50504", "其他业务支出"),
    expense("506", "行政支出"),
    expense("507", "资本性支出"),
    expense("508", "补助下级支出"),
    expense("509", "对附属单位的支出"),
    expense("510", "其他支出"),
];

/// The first-level account a sub-account code the chart does not list belongs to: five
/// digits whose first three are a first-level account (`50301` -> 503).
pub fn parent_of_code(code: &str) -> Option<Account> {
    let code = code.trim();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    by_code(code.get(..3)?).filter(|a| !a.is_sub())
}

/// The account with this code.
pub fn by_code(code: &str) -> Option<Account> {
    CHART.iter().copied().find(|a| a.code == code)
}

/// The account a `category:` value names: a code, a full name, or a name without its
/// trailing 支出/收入 (送温暖, 困难职工帮扶, 文体活动).
pub fn resolve(text: &str) -> Option<Account> {
    let text = text.trim();
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return by_code(text);
    }
    let bare = |s: &'static str| s.trim_end_matches("支出").trim_end_matches("收入");
    CHART
        .iter()
        .copied()
        .find(|a| a.name == text || bare(a.name) == text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_resolve() {
        assert_eq!(resolve("501").map(|a| a.name), Some("职工活动支出"));
        assert_eq!(resolve("50405").map(|a| a.name), Some("送温暖支出"));
        assert_eq!(resolve("送温暖").map(|a| a.code), Some("50405"));
        assert_eq!(resolve("困难职工帮扶").map(|a| a.code), Some("50404"));
        assert_eq!(resolve("会费收入").map(|a| a.side), Some(Side::Income));
        assert_eq!(resolve(" 文体活动 ").map(|a| a.code), Some("50102"));
        assert_eq!(resolve("团建"), None);
        assert_eq!(resolve("999"), None);
    }

    #[test]
    fn parents() {
        let a = resolve("50105").unwrap();
        assert!(a.is_sub());
        assert_eq!(a.parent().code, "501");
        assert_eq!(resolve("503").unwrap().parent().code, "503");
    }

    #[test]
    fn unlisted_sub_account_codes_find_their_first_level_account() {
        assert_eq!(parent_of_code("50301").map(|a| a.code), Some("503"));
        assert_eq!(
            parent_of_code("50399").map(|a| a.name),
            Some("职工服务支出")
        );
        assert_eq!(parent_of_code("40801").map(|a| a.side), Some(Side::Income));
        assert_eq!(parent_of_code("50201"), None, "502 is no account");
        assert_eq!(parent_of_code("5030"), None);
        assert_eq!(parent_of_code("503012"), None);
    }
}
