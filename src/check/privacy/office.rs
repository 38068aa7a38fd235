//! The text inside office files, for the privacy guard: every cell of every sheet of a
//! spreadsheet (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`, read with `calamine`), and
//! the paragraphs of Word, PowerPoint and OpenDocument text files (`.docx`, `.pptx`,
//! `.odt`, `.odp`: zip archives of XML, read with `zip` and `quick-xml`). Each piece
//! says where it is (`!Sheet1!C4`, `!slide3`), so a hit can be reported there.
//!
//! Only what a reader of the file sees as text is read: not the cells' formats, nor
//! pictures, nor the old binary `.doc`/`.ppt` formats.

use std::io::{Cursor, Read};

use calamine::{Data, Reader};
use quick_xml::events::Event;

use super::files::Piece;

/// The most of one XML part of a document that is read (a zip can unpack to far more
/// than it holds).
const PART_LIMIT: u64 = 64 * 1024 * 1024;

/// Every non-empty cell of every sheet, as text, placed at `!Sheet!A1`. `None` when
/// the bytes are not a spreadsheet calamine can open.
pub(super) fn sheet_cells(bytes: &[u8]) -> Option<Vec<Piece>> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).ok()?;
    let mut pieces = Vec::new();
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let (top, left) = range.start().unwrap_or((0, 0));
        for (row, column, data) in range.cells() {
            let Some(text) = cell_text(data) else {
                continue;
            };
            let row = usize::try_from(top).unwrap_or(0) + row;
            let column = usize::try_from(left).unwrap_or(0) + column;
            pieces.push(Piece {
                place: format!("!{name}!{}{}", column_name(column), row + 1),
                text,
                lines: false,
            });
        }
    }
    Some(pieces)
}

/// What a cell shows, as far as a number in it goes: text as it is, whole numbers
/// without a fraction (a mobile typed into a number cell is `13812345678.0`).
fn cell_text(data: &Data) -> Option<String> {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e19 => Some(format!("{f:.0}")),
        Data::Float(f) => Some(f.to_string()),
        Data::Bool(_) | Data::DateTime(_) | Data::Error(_) | Data::Empty => None,
    }
}

/// `0` -> `A`, `25` -> `Z`, `26` -> `AA`.
fn column_name(mut column: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(char::from(b'A' + (column % 26) as u8));
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    name.iter().rev().collect()
}

/// The XML parts of a document that hold its text, and the place each is shown as:
/// nothing for the body of a Word or OpenDocument file, `!slide3`, `!header1`, ...
fn text_part(name: &str) -> Option<String> {
    let stem = |n: &str| {
        n.rsplit('/')
            .next()
            .unwrap_or(n)
            .trim_end_matches(".xml")
            .to_string()
    };
    if name == "word/document.xml" || name == "content.xml" {
        return Some(String::new());
    }
    let word = name.starts_with("word/")
        && ["header", "footer", "footnotes", "endnotes", "comments"]
            .iter()
            .any(|p| name.get(5..).is_some_and(|rest| rest.starts_with(p)));
    let slides = (name.starts_with("ppt/slides/slide") || name.starts_with("ppt/notesSlides/"))
        && name.ends_with(".xml");
    (word || slides).then(|| format!("!{}", stem(name)))
}

/// The paragraphs of a Word, PowerPoint or OpenDocument file, one line each, per XML
/// part. `None` when the bytes are not a zip archive.
pub(super) fn document_text(bytes: &[u8]) -> Option<Vec<Piece>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut parts: Vec<(String, usize)> = (0..archive.len())
        .filter_map(|i| {
            let name = archive.name_for_index(i)?.ok()?;
            text_part(&name).map(|place| (place, i))
        })
        .collect();
    parts.sort_by_key(|(place, _)| natural_key(place));
    let mut pieces = Vec::new();
    for (place, index) in parts {
        let Ok(file) = archive.by_index(index) else {
            continue;
        };
        let mut xml = Vec::new();
        if file.take(PART_LIMIT).read_to_end(&mut xml).is_err() {
            continue;
        }
        pieces.push(Piece {
            place,
            text: paragraphs(&xml),
            lines: true,
        });
    }
    Some(pieces)
}

/// `!slide10` after `!slide9`.
fn natural_key(place: &str) -> (String, usize) {
    let digits = place.len() - place.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (stem, number) = place.split_at(place.len() - digits);
    (stem.to_string(), number.parse().unwrap_or(0))
}

/// The text of an XML part, a line per paragraph (`w:p`, `a:p`, `text:p`, `text:h`):
/// a number split over several runs of one paragraph reads whole.
fn paragraphs(xml: &[u8]) -> String {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Text(t)) => out.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) => match r.resolve_char_ref() {
                Ok(Some(c)) => out.push(c),
                _ => out.push_str(match r.xml10_content().as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }),
            },
            Ok(Event::CData(t)) => out.push_str(&t.xml10_content()),
            Ok(Event::End(e)) if matches!(e.local_name().as_ref(), "p" | "h") => {
                out.push('\n');
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(2), "C");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn a_paragraph_split_into_runs_reads_whole() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>电话138</w:t></w:r><w:r><w:t xml:space="preserve">1234&#53;678</w:t></w:r></w:p><w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(paragraphs(xml.as_bytes()), "电话13812345678\nA & B\n");
    }

    #[test]
    fn text_parts_and_their_places() {
        assert_eq!(text_part("word/document.xml").as_deref(), Some(""));
        assert_eq!(text_part("word/header1.xml").as_deref(), Some("!header1"));
        assert_eq!(
            text_part("ppt/slides/slide3.xml").as_deref(),
            Some("!slide3")
        );
        assert_eq!(text_part("content.xml").as_deref(), Some(""));
        assert_eq!(text_part("word/styles.xml"), None);
        assert_eq!(text_part("ppt/slides/_rels/slide3.xml.rels"), None);
        assert!(natural_key("!slide9") < natural_key("!slide10"));
    }

    /// A zip of `parts` (name, text), as Word and PowerPoint save them.
    fn zipped(parts: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in parts {
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            zip.start_file(*name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn documents_give_their_paragraphs_by_part() {
        let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
        let bytes = zipped(&[
            ("[Content_Types].xml", "<Types/>"),
            (
                "word/document.xml",
                &format!("<w:body>{}{}</w:body>", p("通知"), p("电话13812345678")),
            ),
            ("word/header1.xml", &p("页眉")),
            ("word/styles.xml", &p("13912345678")),
        ]);
        let pieces = document_text(&bytes).unwrap_or_default();
        let read: Vec<(&str, &str)> = pieces
            .iter()
            .map(|p| (p.place.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(
            read,
            [("", "通知\n电话13812345678\n"), ("!header1", "页眉\n")]
        );
        let slides = zipped(&[
            (
                "ppt/slides/slide10.xml",
                "<a:p><a:r><a:t>十</a:t></a:r></a:p>",
            ),
            (
                "ppt/slides/slide9.xml",
                "<a:p><a:r><a:t>九</a:t></a:r></a:p>",
            ),
        ]);
        let places: Vec<String> = document_text(&slides)
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.place)
            .collect();
        assert_eq!(places, ["!slide9", "!slide10"]);
        assert!(document_text(b"not a zip").is_none());
        assert!(sheet_cells(b"not a workbook").is_none());
    }
}
