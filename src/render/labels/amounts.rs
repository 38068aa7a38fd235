//! Amounts in words (大写) in the page's language: the characters are the catalogue's
//! (`money-numerals`: Traditional forms in zh-Hant, none in English), the rules those of
//! `model::money` (the PBOC's).

use std::sync::OnceLock;

use crate::catalog::Catalog;
use crate::config::Language;
use crate::model::Fen;
use crate::model::money::Numerals;

/// `amount` in words in `language`, or `None` when the language writes none (an empty
/// `money-numerals`) or the amount has no 大写 form (negative, too large).
pub fn in_words(amount: Fen, language: Language) -> Option<String> {
    numerals(language).and_then(|n| amount.daxie_with(n))
}

/// The characters of `language`, read once per run.
fn numerals(language: Language) -> Option<&'static Numerals> {
    static NUMERALS: [OnceLock<Option<Numerals>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match language {
        Language::ZhHans => 0,
        Language::ZhHant => 1,
        Language::En => 2,
    };
    NUMERALS[slot]
        .get_or_init(|| Numerals::parse(&Catalog::of(language).text("money-numerals")))
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_traditional_and_none() {
        let amount = Fen(1_640_902);
        assert_eq!(
            in_words(amount, Language::ZhHans).as_deref(),
            Some("壹万陆仟肆佰零玖元零贰分")
        );
        assert_eq!(amount.daxie(), in_words(amount, Language::ZhHans));
        assert_eq!(
            in_words(Fen(3_260_630), Language::ZhHant).as_deref(),
            Some("參萬貳仟陸佰零陸元參角整")
        );
        assert_eq!(
            in_words(Fen(0), Language::ZhHant).as_deref(),
            Some("零元整")
        );
        assert_eq!(in_words(amount, Language::En), None);
    }
}
