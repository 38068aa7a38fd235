//! Welfare rules (福利发放): the total adds up, each program is paid from its account, and
//! the welfare items paid from one finance category do not pay out more than it spent.

use std::collections::BTreeMap;

use crate::check::finance::{Category, classify};
use crate::check::privacy::mask_name;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::messages::Problem;
use crate::model::accounts::{self, Account};
use crate::model::{Body, Fen, Item, Welfare};

/// The sub-account a welfare program is paid from under 《工会会计制度》(2021), when the
/// program is one the chart names.
pub fn program_account(program: &str) -> Option<Account> {
    let code = if program.contains("送温暖") {
        "50405"
    } else if program.contains("帮扶") {
        "50404"
    } else if ["节日慰问", "生日慰问", "婚丧慰问"]
        .iter()
        .any(|w| program.contains(w))
        || (program.starts_with("会员") && program.contains("慰问"))
    {
        "50105"
    } else {
        return None;
    };
    accounts::by_code(code)
}

/// True when `line` counts towards `funded`: the same category, or a sub-account of a
/// first-level account named in `funded_by`.
fn counts_towards(line: &Category, funded: &Category) -> bool {
    funded.covers(line)
}

/// Rules of one welfare item on its own: the total, duplicate names, the program's account.
pub fn check(item: &Item, w: &Welfare, config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(total) = &w.total {
        match Fen::sum(w.recipients.iter().map(|r| r.amount.value)) {
            Some(sum) if sum != total.value => out.push(
                Problem::WelfareTotalMismatch {
                    given: total.value.yuan_text(),
                    computed: sum.yuan_text(),
                    count: w.recipients.len(),
                }
                .at(item.source.at(total.pos)),
            ),
            Some(_) => {}
            None => out.push(Problem::AmountOverflow.at(item.source.at(total.pos))),
        }
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &w.recipients {
        let name = r.name.value.trim();
        if let Some(first_line) = seen.get(name) {
            out.push(
                Problem::DuplicateRecipient {
                    masked: mask_name(name),
                    first_line: *first_line,
                }
                .at(item.source.at(r.name.pos)),
            );
        } else {
            seen.insert(name, r.name.pos.line);
        }
    }
    if let (Some(funded), Some(expected)) = (&w.funded_by, program_account(&w.program.value)) {
        let category = classify(&funded.category.value, config);
        let fits =
            matches!(&category, Category::Chart(a) if *a == expected || *a == expected.parent());
        if !fits {
            out.push(
                Problem::ProgramAccountMismatch {
                    program: w.program.value.clone(),
                    expected: format!("{} {}", expected.code, expected.name),
                    category: category.label(),
                }
                .at(item.source.at(funded.category.pos)),
            );
        }
    }
    out
}

/// The `funded_by` cross-check over all items: the target is a finance item, and the
/// welfare items paid from one of its categories add up to no more than its expenses there.
pub fn check_funding(items: &[std::sync::Arc<Item>], config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let by_path: BTreeMap<&str, &Item> = items
        .iter()
        .map(|i| (i.content_path.as_str(), i.as_ref()))
        .collect();
    // (finance path, category label) -> the category and the welfare items paid from it.
    type PaidFrom<'a> = (Category, Vec<(&'a Item, &'a Welfare)>);
    let mut groups: BTreeMap<(&str, String), PaidFrom> = BTreeMap::new();
    for item in items.iter().map(|i| i.as_ref()) {
        let Body::Welfare(w) = &item.body else {
            continue;
        };
        let Some(funded) = &w.funded_by else { continue };
        let target = funded.item.value.as_str();
        match by_path.get(target).map(|t| &t.body) {
            None => out.push(
                Problem::FundedByMissing {
                    target: target.into(),
                }
                .at(item.source.at(funded.item.pos)),
            ),
            Some(Body::Finance(_)) => {
                let category = classify(&funded.category.value, config);
                groups
                    .entry((target, category.label()))
                    .or_insert_with(|| (category, Vec::new()))
                    .1
                    .push((item, w));
            }
            Some(other) => out.push(
                Problem::FundedByNotFinance {
                    target: target.into(),
                    kind: other.kind().key(),
                }
                .at(item.source.at(funded.item.pos)),
            ),
        }
    }
    for ((target, label), (category, welfare)) in groups {
        let Some(Body::Finance(f)) = by_path.get(target).map(|t| &t.body) else {
            continue;
        };
        let spent = Fen::sum(
            f.expenses
                .iter()
                .filter(|l| counts_towards(&classify(&l.category.value, config), &category))
                .map(|l| l.amount.value),
        );
        let paid_each: Vec<Option<Fen>> = welfare
            .iter()
            .map(|(_, w)| Fen::sum(w.recipients.iter().map(|r| r.amount.value)))
            .collect();
        let paid = paid_each
            .iter()
            .try_fold(Fen(0), |sum, p| sum.checked_add((*p)?));
        let (Some(spent), Some(paid)) = (spent, paid) else {
            continue;
        };
        if paid <= spent {
            continue;
        }
        let files: Vec<String> = welfare
            .iter()
            .zip(&paid_each)
            .map(|((item, _), p)| {
                let amount = p.map(Fen::yuan_text).unwrap_or_default();
                format!("{} {amount}", item.source.path)
            })
            .collect();
        let problem = Problem::FundingExceeded {
            finance: format!("content/{target}"),
            category: label,
            spent: spent.yuan_text(),
            paid: paid.yuan_text(),
            files,
        };
        let Some(&(first, first_w)) = welfare.first() else {
            continue;
        };
        let Some(first_funded) = &first_w.funded_by else {
            continue;
        };
        let mut d = problem.at(first.source.at(first_funded.item.pos));
        for (other, w) in &welfare[1..] {
            if let Some(funded) = &w.funded_by {
                d = d.with_related(other.source.at(funded.item.pos), "also funded from it");
            }
        }
        if let Some(finance) = by_path.get(target) {
            d = d.with_related(
                crate::diagnostic::Location::file(finance.source.path.clone()),
                "the finance item",
            );
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_map_to_their_sub_accounts() {
        let code = |p: &str| program_account(p).map(|a| a.code);
        assert_eq!(code("送温暖"), Some("50405"));
        assert_eq!(code("2026年春节送温暖"), Some("50405"));
        assert_eq!(code("困难职工帮扶"), Some("50404"));
        assert_eq!(code("会员生日慰问"), Some("50105"));
        assert_eq!(code("会员节日慰问"), Some("50105"));
        assert_eq!(code("婚丧慰问"), Some("50105"));
        assert_eq!(code("金秋助学"), None);
    }

    #[test]
    fn a_first_level_account_covers_its_sub_accounts() {
        let chart = |c: &str| Category::Chart(accounts::resolve(c).unwrap());
        assert!(counts_towards(&chart("50405"), &chart("504")));
        assert!(counts_towards(&chart("50405"), &chart("送温暖")));
        assert!(!counts_towards(&chart("504"), &chart("50405")));
        assert!(!counts_towards(&chart("50404"), &chart("50405")));
        assert!(!counts_towards(&chart("501"), &chart("504")));
    }
}
