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
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
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
                assert_eq!((pos.line, pos.column), (2, 1));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn utf16_is_refused() {
        assert_eq!(decode(b"\xFF\xFEt\0"), Err(EncodingProblem::Utf16));
    }
}
