//! Turning the bytes of a clerk's file into text.
//!
//! Owns the encoding rules: UTF-8 with or without a BOM is accepted, CRLF becomes LF,
//! and anything else (GBK from an old Notepad, UTF-16 "Unicode") is refused with the
//! place of the first bad byte, so `messages` can say how to save the file as UTF-8.
//! It does not read files itself; callers pass the bytes.

use crate::diagnostic::Pos;

/// Why bytes could not be taken as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodingProblem {
    /// Saved as UTF-16 ("Unicode" in Notepad).
    Utf16,
    /// Not UTF-8; `gbk` tells whether the bytes read cleanly as GBK (the usual culprit).
    NotUtf8 {
        /// Where the first byte that is not UTF-8 is.
        pos: Pos,
        /// True when the whole file decodes as GBK/GB18030.
        gbk: bool,
    },
}

/// Decodes a file's bytes: strips a UTF-8 BOM, refuses non-UTF-8, turns CRLF into LF.
pub fn decode(bytes: &[u8]) -> Result<String, EncodingProblem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || is_utf16(bytes) {
        return Err(EncodingProblem::Utf16);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(normalize_newlines(text)),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let gbk = encoding_rs::GBK
                .decode_without_bom_handling_and_without_replacement(bytes)
                .is_some();
            Err(EncodingProblem::NotUtf8 {
                pos: Pos::new(line, column, 1),
                gbk,
            })
        }
    }
}

/// UTF-16 without a byte-order mark, told by its zero bytes: every ASCII character (the
/// YAML keys, digits, line ends) is a zero byte beside its code, always on the same side
/// of the pair (the second for little-endian, the first for big-endian), while text in
/// UTF-8 has no zero byte at all. Taken for UTF-16 when the zeros lean clearly to one side
/// and the whole decodes as UTF-16 without a fault.
fn is_utf16(bytes: &[u8]) -> bool {
    if !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return false;
    }
    let (mut first, mut second) = (0_usize, 0_usize);
    for pair in bytes.chunks_exact(2) {
        first += usize::from(pair[0] == 0);
        second += usize::from(pair[1] == 0);
    }
    // A Chinese character whose code ends in 00 (一 is U+4E00) puts a zero on the
    // other side now and then; ASCII outnumbers them by far in a clerk's file.
    let encoding = if second > 2 * first {
        encoding_rs::UTF_16LE
    } else if first > 2 * second {
        encoding_rs::UTF_16BE
    } else {
        return false;
    };
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some_and(|text| !text.contains('\0'))
}

/// CRLF (Windows) and lone CR (old Mac) line ends become LF.
fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_accepted() {
        let bytes = b"\xEF\xBB\xBFtitle: a\r\nunit: b\r\n";
        assert_eq!(decode(bytes).unwrap(), "title: a\nunit: b\n");
    }

    #[test]
    fn gbk_is_refused_at_its_place() {
        // "标题: 测试" in GBK on line 2.
        let (gbk, _, _) = encoding_rs::GBK.encode("x: 1\n标题: 测试\n");
        match decode(&gbk) {
            Err(EncodingProblem::NotUtf8 { pos, gbk: true }) => {
                assert_eq!((pos.line(), pos.column()), (2, 1));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn utf16_is_refused() {
        assert_eq!(decode(b"\xFF\xFEt\0"), Err(EncodingProblem::Utf16));
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_told_by_its_zero_bytes() {
        let text = "title: 一季度经费收支\nunit: 某某工会\namount: \"1234.56\"\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le), Err(EncodingProblem::Utf16));
        assert_eq!(decode(&be), Err(EncodingProblem::Utf16));
        // ASCII alone, which UTF-8 would take as text with zero bytes in it.
        let ascii: Vec<u8> = "title: x\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&ascii), Err(EncodingProblem::Utf16));
        // UTF-8 text is still text.
        assert!(decode(text.as_bytes()).is_ok());
    }
}
