//! TEMPORARY stub until the Markdown module lands.
#![allow(missing_docs)]
pub struct MarkdownOptions { pub raw_html: bool }
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePos { pub line: usize, pub column: usize }
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHtmlUse { pub pos: SourcePos, pub snippet: String }
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef { pub pos: SourcePos, pub url: String, pub is_image: bool }
#[derive(Debug, Clone, Default)]
pub struct RenderedMarkdown { pub html: String, pub raw_html: Vec<RawHtmlUse>, pub links: Vec<LinkRef> }
pub fn render(markdown: &str, _options: &MarkdownOptions) -> RenderedMarkdown {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
    RenderedMarkdown { html, ..Default::default() }
}
