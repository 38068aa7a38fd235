//! What each character is to the scanner: digits of both widths, the `X` of
//! an ID, letters (a label may touch a number), decimal points, plus signs,
//! the separators between digit groups, and the characters that do not show
//! and are skipped. [`super::rescan`] takes every character these name as
//! one that a cut may not sit beside.

/// Value of an ASCII or full-width decimal digit.
pub(super) fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => u8::try_from(c as u32 - '０' as u32).ok(),
        _ => None,
    }
}

pub(super) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The check character 10 of a resident ID.
pub(super) fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ')
}

/// An ASCII or full-width Latin letter. A letter may touch a number (`Tel`
/// before a mobile, `ID` before an ID number); letters between digits make an
/// alphanumeric code, which is no number.
pub(super) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

/// An ASCII or full-width letter or digit.
pub(super) fn is_word(c: char) -> bool {
    is_letter(c) || is_digit(c)
}

pub(super) fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

pub(super) fn is_plus(c: char) -> bool {
    matches!(c, '+' | '＋')
}

/// A character that does not show, skipped wherever it is: zero-width space,
/// non-joiner and joiner, word joiner, BOM (zero-width no-break space), soft
/// hyphen. Pasted text carries them, and they hide a number from a plain
/// match without hiding it from a reader. The zero byte too: UTF-16 text of
/// ASCII characters, read as UTF-8, has one beside each character.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\0'
    )
}

/// The two kinds of separator between digit groups. A number may mix them
/// (`138 0013-8000`); a stretch of groups joined by one kind and bounded by the
/// other is a thing of its own (the date in `2026-04-05 138 1234 5678`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sep {
    /// Spaces of any width: ASCII, no-break (U+00A0, U+202F), figure and thin
    /// spaces, the ideographic space U+3000.
    Space,
    /// Hyphens and dashes: ASCII, full-width, U+2010-U+2013.
    Dash,
}

/// The separator kind of `c`, if it may stand between digit groups.
pub(super) fn separator(c: char) -> Option<Sep> {
    match c {
        ' ' | '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{3000}' => Some(Sep::Space),
        '-' | '\u{2010}'..='\u{2013}' | '－' => Some(Sep::Dash),
        _ => None,
    }
}

pub(super) fn is_separator(c: char) -> bool {
    separator(c).is_some()
}
