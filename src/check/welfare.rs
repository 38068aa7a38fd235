//! Welfare rules (福利发放): the total adds up, each program is paid from its account, and
//! the welfare items paid from one finance category do not pay out more than it spent.
//!
//! Privacy is decided here, once, in `figures`: recipients' names are masked (also where
//! a full name is repeated in the title, program, team, reason, goods or note), and a
//! note (often health data, PIPL art. 28) is carried only when `privacy.show_reasons`
//! lets pages show it. Pages only ever see these public values, carried on the checked
//! item, never a full name.

use std::collections::BTreeMap;

use crate::check::finance::{Category, classify};
use crate::check::privacy::mask_name;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::messages::{Problem, Related};
use crate::model::accounts::{self, Account};
use crate::model::kinds::Recipient;
use crate::model::{Body, Fen, Item, Welfare};

/// What the welfare rules computed for the pages: public texts (names masked) and sums.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WelfareFigures {
    /// The item's title with recipients' full names masked.
    pub title: String,
    /// `program:` with recipients' full names masked.
    pub program: String,
    /// The category of `funded_by`, classified.
    pub funding: Option<Category>,
    /// All amounts (zero on overflow, which the rules report when a total is given).
    pub total: Fen,
    /// Each recipient as pages may show them, in the order written.
    pub recipients: Vec<PublicRecipient>,
    /// People and amount per reason, in order of first appearance.
    pub by_reason: Vec<ReasonSum>,
}

/// A recipient as pages may show them: every text with full names masked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicRecipient {
    /// The name (`张*营` under `privacy.mask_names`).
    pub name: String,
    /// 班组.
    pub team: Option<String>,
    /// 困难原因.
    pub reason: Option<String>,
    /// 物品.
    pub goods: Option<String>,
    /// 备注, only under `privacy.show_reasons`.
    pub note: Option<String>,
}

/// The recipients that give one reason (as pages show it), or none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonSum {
    /// The reason with names masked; `None` for recipients without `reason:`.
    pub reason: Option<String>,
    /// How many recipients.
    pub people: usize,
    /// Their amounts (zero on overflow).
    pub amount: Fen,
}

/// A welfare list's recipients' full names with their masked forms, made once per list.
struct NameMask {
    /// (full, masked), longest names first so 欧阳明华 is not half-masked as part of
    /// another name; empty when masking is off.
    pairs: Vec<(String, String)>,
}

impl NameMask {
    /// The mask of `w`'s recipients under the site's `privacy.mask_names`.
    fn of(w: &Welfare, config: &Config) -> NameMask {
        if !config.privacy.mask_names {
            return NameMask { pairs: Vec::new() };
        }
        let mut names: Vec<&str> = w
            .recipients
            .iter()
            .map(|r| r.name.value.trim())
            .filter(|n| n.chars().count() >= 2)
            .collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.dedup();
        NameMask {
            pairs: names
                .into_iter()
                .map(|n| (n.to_string(), mask_name(n)))
                .collect(),
        }
    }

    /// `text` with every recipient's full name replaced by its masked form.
    fn apply(&self, text: &str) -> String {
        let mut text = text.to_string();
        for (full, masked) in &self.pairs {
            if text.contains(full.as_str()) {
                text = text.replace(full.as_str(), masked);
            }
        }
        text
    }
}

/// The public texts and sums of welfare item `item` (whose body is `w`).
pub fn figures(item: &Item, w: &Welfare, config: &Config) -> WelfareFigures {
    let mask = NameMask::of(w, config);
    let public = |s: &Option<String>| s.as_deref().map(|t| mask.apply(t));
    let recipient = |r: &Recipient| PublicRecipient {
        name: if config.privacy.mask_names {
            mask_name(&r.name.value)
        } else {
            r.name.value.clone()
        },
        team: public(&r.team),
        reason: public(&r.reason),
        goods: public(&r.goods),
        note: config
            .privacy
            .show_reasons
            .then(|| public(&r.note))
            .flatten(),
    };
    let recipients: Vec<PublicRecipient> = w.recipients.iter().map(recipient).collect();
    // Groups in order of first appearance, found by reason.
    let mut groups: Vec<(Option<&str>, usize, Vec<Fen>)> = Vec::new();
    let mut index: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    for (r, public) in w.recipients.iter().zip(&recipients) {
        let reason = public.reason.as_deref();
        let at = *index.entry(reason).or_insert_with(|| {
            groups.push((reason, 0, Vec::new()));
            groups.len() - 1
        });
        if let Some(g) = groups.get_mut(at) {
            g.1 += 1;
            g.2.push(r.amount.value);
        }
    }
    let by_reason = groups
        .into_iter()
        .map(|(reason, people, amounts)| ReasonSum {
            reason: reason.map(str::to_string),
            people,
            amount: Fen::sum(amounts).unwrap_or_default(),
        })
        .collect();
    WelfareFigures {
        title: mask.apply(&item.common.title.value),
        program: mask.apply(&w.program.value),
        funding: w
            .funded_by
            .as_ref()
            .map(|f| classify(&f.category.value, config)),
        total: Fen::sum(w.recipients.iter().map(|r| r.amount.value)).unwrap_or_default(),
        by_reason,
        recipients,
    }
}

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
/// `figures` are the item's, as `figures` computed them.
pub fn check(item: &Item, w: &Welfare, figures: &WelfareFigures) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(total) = &w.total {
        match Fen::sum(w.recipients.iter().map(|r| r.amount.value)) {
            Some(sum) if sum != total.value => out.push(
                Problem::WelfareTotalMismatch {
                    given: total.value.yuan_text(),
                    computed: sum.yuan_text(),
                    count: w.recipients.len(),
                }
                .at(item.at(total.pos)),
            ),
            Some(_) => {}
            None => {
                // At the recipient whose amount makes the sum overflow.
                let mut sum = Fen(0);
                let at = w
                    .recipients
                    .iter()
                    .find_map(|r| match sum.checked_add(r.amount.value) {
                        Some(next) => {
                            sum = next;
                            None
                        }
                        None => Some(r.amount.pos),
                    });
                out.push(Problem::AmountOverflow.at(item.at(at.unwrap_or(total.pos))));
            }
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
                .at(item.at(r.name.pos)),
            );
        } else {
            seen.insert(name, r.name.pos.line());
        }
    }
    let funding = w.funded_by.as_ref().zip(figures.funding.as_ref());
    if let (Some((funded, category)), Some(expected)) = (funding, program_account(&w.program.value))
    {
        let fits =
            matches!(category, Category::Chart(a) if *a == expected || *a == expected.parent());
        if !fits {
            out.push(
                Problem::ProgramAccountMismatch {
                    program: w.program.value.clone(),
                    expected,
                    category: category.label(),
                }
                .at(item.at(funded.category.pos)),
            );
        }
    }
    out
}

/// The `funded_by` cross-check over all items: the target is a finance item, and the
/// welfare items paid from one of its categories add up to no more than its expenses there.
pub fn check_funding(
    items: &[std::sync::Arc<Item>],
    unreadable: &std::collections::BTreeSet<&str>,
    config: &Config,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Only the items some welfare list names are looked up: no map of every item.
    let named: std::collections::HashSet<&str> = items
        .iter()
        .filter_map(|i| match &i.body {
            Body::Welfare(w) => w.funded_by.as_ref().map(|f| f.item.value.as_str()),
            _ => None,
        })
        .collect();
    let by_path: BTreeMap<&str, &Item> = items
        .iter()
        .filter(|i| named.contains(i.content_path.as_str()))
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
            None if unreadable.contains(target) => out.push(super::refers_to_unreadable(
                "funded_by.item",
                target,
                item.source.at(funded.item.pos),
            )),
            None => out.push(
                Problem::FundedByMissing {
                    target: target.into(),
                }
                .at(item.at(funded.item.pos)),
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
                .at(item.at(funded.item.pos)),
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
        let files: Vec<(String, String)> = welfare
            .iter()
            .zip(&paid_each)
            .map(|((item, _), p)| {
                let amount = p.map(Fen::yuan_text).unwrap_or_default();
                (item.source.path.clone(), amount)
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
        let mut d = problem.at(first.at(first_funded.item.pos));
        for (other, w) in &welfare[1..] {
            if let Some(funded) = &w.funded_by {
                d = d.with_related(other.at(funded.item.pos), Related::AlsoFunded);
            }
        }
        if let Some(finance) = by_path.get(target) {
            d = d.with_related(
                crate::diagnostic::Location::file(finance.source.path.clone()),
                Related::FinanceItem,
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
