//! Text in the encodings clerks' tools save it in, for the privacy guard: UTF-8 with
//! or without a BOM, UTF-16 (Notepad's "Unicode", Excel's "Unicode text") with or
//! without a BOM, and GBK/GB18030 (Excel's CSV on Chinese Windows). Unlike
//! `crate::source`, which refuses anything but UTF-8 for the files gongkai itself
//! reads, this reads what it can: a file that is published is published whatever its
//! encoding, so a number in it must be found.

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// How hard to try reading bytes as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Effort {
    /// A file named as text (`.csv`, `.txt`): every encoding is tried, and bytes that
    /// decode in none are read as UTF-8 with the bad bytes replaced, so a number beside
    /// a damaged byte is still found.
    Named,
    /// A file of unknown kind: text only when it is UTF-8 or has a byte order mark
    /// (binary data may pass for UTF-16 or GB18030 by chance).
    Sniffed,
}

/// The text of `bytes`, or `None` when they are not text (as far as `effort` tries).
///
/// Bytes that are UTF-8 are always read as they are (borrowed, a UTF-8 BOM kept: the
/// scanner skips it), so offsets into the text are offsets into the file; the preview
/// relies on that to read a changed file only around the change. UTF-16 text of ASCII
/// characters only is valid UTF-8 too, with a zero byte beside each: the scanner skips
/// zero bytes, so its numbers are found all the same.
pub(super) fn text(bytes: &[u8], effort: Effort) -> Option<Cow<'_, str>> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes)
        && encoding != UTF_8
    {
        let rest = bytes.get(bom..).unwrap_or_default();
        return Some(encoding.decode_without_bom_handling(rest).0);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(Cow::Borrowed(text));
    }
    if effort == Effort::Sniffed {
        return None;
    }
    if let Some(text) = utf16_without_bom(bytes) {
        return Some(text);
    }
    if let Some(text) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return Some(text);
    }
    Some(String::from_utf8_lossy(bytes))
}

/// UTF-16 saved without a byte order mark, told by its zero bytes: the high byte of
/// every ASCII character (digits, commas, line ends) is zero, at odd offsets in
/// little-endian text and even ones in big-endian. Text in UTF-8 or GBK has no zero
/// bytes at all.
fn utf16_without_bom(bytes: &[u8]) -> Option<Cow<'_, str>> {
    if bytes.is_empty() || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let zeros = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    // At least one character in 32 is ASCII: a stray zero byte in UTF-8 text is not
    // taken for UTF-16.
    let units = bytes.len() / 2;
    let encoding = if odd > 4 * even && odd * 32 >= units {
        UTF_16LE
    } else if even > 4 * odd && even * 32 >= units {
        UTF_16BE
    } else {
        return None;
    };
    encoding.decode_without_bom_handling_and_without_replacement(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn every_encoding_a_clerk_saves_in_is_read() {
        let written = "姓名,电话\n张三,13812345678\n";
        let (gbk, _, _) = GB18030.encode(written);
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(written.as_bytes());
        let mut le_bom = vec![0xFF, 0xFE];
        le_bom.extend(utf16(written, true));
        let mut be_bom = vec![0xFE, 0xFF];
        be_bom.extend(utf16(written, false));
        for bytes in [
            written.as_bytes().to_vec(),
            with_bom,
            gbk.into_owned(),
            le_bom,
            be_bom,
            utf16(written, true),
            utf16(written, false),
        ] {
            let read = text(&bytes, Effort::Named).unwrap_or_default();
            assert_eq!(read.trim_start_matches('\u{FEFF}'), written, "{bytes:?}");
        }
    }

    #[test]
    fn utf16_of_ascii_alone_reads_as_utf8_with_zero_bytes() {
        let bytes = utf16("13812345678\r\n", true);
        let read = text(&bytes, Effort::Named).unwrap_or_default();
        assert!(matches!(read, Cow::Borrowed(_)));
        assert_eq!(read.replace('\0', ""), "13812345678\r\n");
    }

    #[test]
    fn damaged_text_is_read_around_the_damage() {
        let mut bytes = "电话13812345678，".as_bytes().to_vec();
        bytes.push(0xFF);
        let read = text(&bytes, Effort::Named).unwrap_or_default();
        assert!(read.contains("13812345678"), "{read}");
        assert_eq!(text(&bytes, Effort::Sniffed), None);
    }

    #[test]
    fn binary_data_is_not_sniffed_as_text() {
        let png = [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF,
        ];
        assert_eq!(text(&png, Effort::Sniffed), None);
    }
}
