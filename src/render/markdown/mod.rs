//! Markdown → HTML for notice bodies, and their plain text for search and summaries.
//!
//! Owns: the Markdown dialect (CommonMark + GFM tables, footnotes,
//! strikethrough and bare-URL autolinks, with comrak's CJK-friendly emphasis
//! so that `**“中秋慰问”**活动` works, and bare URLs ending at CJK punctuation
//! so that `详见https://x.cn/a。请于**4月5日**前` works); the raw-HTML policy
//! (`raw_html = false`: report each use with line:column and show it escaped
//! as text; `raw_html = true`: keep it but sanitise the whole fragment with
//! ammonia);
//! making `javascript:`/`vbscript:`/`file:`/non-image `data:` Markdown links and
//! images inert; and listing every Markdown link/image destination with its
//! position.
//!
//! The rooms: this file renders; `autolink` delimits bare URLs in Chinese prose;
//! `positions` maps comrak's byte positions to line and char column; `sanitize` keeps
//! dangerous links and raw HTML from becoming live; `plain` makes plain text; `parts` cuts
//! a long text into parts parsed one at a time. Only
//! `policy` knows the site: it turns what [`render`] reports into diagnostics at the
//! item's file line (refused raw HTML, links that leave the site).
//!
//! Must not (all but `policy`): read or write files or know the site layout; decide
//! whether a link resolves or whether a raw-HTML use is an error (`policy` does, from
//! [`RenderedMarkdown::links`] and [`RenderedMarkdown::raw_html`]); add heading
//! ids, wrap tables or add styling classes; panic on any input; depend on
//! anything but its arguments (same input, same bytes).
//!
//! Positions are 1-based; columns count `char`s of the text given to
//! [`render`] (a leading BOM counts as one); CRLF and lone CR count as one line
//! break, exactly like LF.

mod autolink;
mod parts;
mod plain;
mod policy;
mod positions;
mod sanitize;

use std::borrow::Cow;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, format_html};

use autolink::parse;
pub use plain::plain_text;
#[doc(hidden)]
pub use policy::item_html;
use positions::{SourceLines, raw_html_use};
use sanitize::{SANITIZER, is_dangerous_url, unwrap_node};

/// Site settings that affect Markdown rendering.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkdownOptions {
    /// Keep (sanitised) raw HTML instead of refusing it. Default: `false`.
    pub raw_html: bool,
}

/// A position in the Markdown text: 1-based line, 1-based column in `char`s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePos {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in `char`s (not bytes, not display width).
    pub column: usize,
}

/// One refused piece of raw HTML (a block or an inline tag/comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHtmlUse {
    /// Where the raw HTML starts (its `<`).
    pub pos: SourcePos,
    /// The first 40 characters of the raw HTML, without a trailing line break.
    pub snippet: String,
}

/// A Markdown link or image destination (after reference resolution and entity
/// decoding), at the position of its `[`, `![`, `<` or first URL character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// Where the link starts.
    pub pos: SourcePos,
    /// The destination as written (entities and escapes decoded); for a bare
    /// `www.` or e-mail autolink, with the `http://` or `mailto:` comrak adds.
    pub url: String,
    /// `![…](…)` rather than `[…](…)`.
    pub is_image: bool,
}

/// The result of [`render`].
#[derive(Debug, Clone, Default)]
pub struct RenderedMarkdown {
    /// The HTML fragment (no `<html>`/`<body>` wrapper).
    pub html: String,
    /// Raw HTML that was refused and rendered as text; empty when
    /// `raw_html` is allowed.
    pub raw_html: Vec<RawHtmlUse>,
    /// Every Markdown link and image in source order, including the
    /// neutralised dangerous ones (so the caller can report them).
    pub links: Vec<LinkRef>,
    /// The text without markup, as `plain_text` gives it (for the search index).
    pub plain: String,
}

enum Found {
    Html(String),
    /// URL, is_image.
    Link(String, bool),
}

/// Renders `markdown` to HTML. Never fails: problems are reported in the result.
pub fn render(markdown: &str, options: &MarkdownOptions) -> RenderedMarkdown {
    render_in_parts(markdown, options, parts::PART)
}

/// `render`, a text longer than twice `part` parsed in parts of at least `part` bytes.
fn render_in_parts(markdown: &str, options: &MarkdownOptions, part: usize) -> RenderedMarkdown {
    let source = normalize_line_endings(markdown);
    let comrak_options = comrak_options(options.raw_html);
    // Made when a position is first reported (most notices have no link nor raw HTML).
    let mut lines: Option<SourceLines> = None;
    let mut out = Out::default();
    let in_parts = parts::in_parts(&source, part);
    // A long text is parsed a part at a time (see `parts`); a part whose last block may
    // run on is parsed again longer, twice as long each time.
    let (mut start, mut least) = (0, part);
    loop {
        let end = match in_parts {
            true => parts::next_cut(&source, start + least).unwrap_or(source.len()),
            false => source.len(),
        };
        let arena = Arena::new();
        let parsed = parse(&arena, &source[start..end], &comrak_options);
        if end < source.len() && parts::open_at_end(parsed.root) {
            least *= 2;
            continue;
        }
        render_part(
            &parsed,
            (&source[..], start),
            &mut lines,
            &comrak_options,
            options,
            &mut out,
        );
        if end >= source.len() {
            break;
        }
        (start, least) = (end, part);
    }
    let Out {
        mut html,
        mut raw_html,
        mut links,
        plain,
    } = out;
    // comrak moves footnote definitions to the end of the tree; report in
    // source order instead.
    raw_html.sort_by_key(|r| (r.pos.line, r.pos.column));
    links.sort_by_key(|l| (l.pos.line, l.pos.column));
    if options.raw_html {
        html = SANITIZER.clean(&html).to_string();
    }
    RenderedMarkdown {
        html,
        raw_html,
        links,
        plain: plain.finish(),
    }
}

/// What the parts of a text rendered so far (the plain text before its whitespace is
/// collapsed).
#[derive(Default)]
struct Out {
    html: String,
    raw_html: Vec<RawHtmlUse>,
    links: Vec<LinkRef>,
    plain: plain::Plain,
}

/// Renders one part of the text (`source`, the part starting at its byte `start`) into
/// `out`.
fn render_part<'s>(
    parsed: &autolink::Parsed<'_>,
    (source, start): (&'s str, usize),
    lines: &mut Option<SourceLines<'s>>,
    comrak_options: &Options<'_>,
    options: &MarkdownOptions,
    out: &mut Out,
) {
    out.plain.add(parsed.root);
    let (raw_html, links) = (&mut out.raw_html, &mut out.links);
    // Collect first: the loop below edits the tree.
    let nodes: Vec<&AstNode<'_>> = parsed.root.descendants().collect();
    for node in nodes {
        let (found, found_at) = {
            let data = node.data();
            let found = match &data.value {
                NodeValue::HtmlBlock(block) if !options.raw_html => {
                    Found::Html(block.literal.clone())
                }
                NodeValue::HtmlInline(literal) if !options.raw_html => Found::Html(literal.clone()),
                NodeValue::Link(link) => Found::Link(link.url.clone(), false),
                NodeValue::Image(link) => Found::Link(link.url.clone(), true),
                _ => continue,
            };
            (found, data.sourcepos.start)
        };
        let lines = lines.get_or_insert_with(|| SourceLines::new(source));
        let pos = lines.pos_of_byte(start + parsed.original_offset(found_at));
        match found {
            Found::Html(literal) => raw_html.push(raw_html_use(lines, pos, &literal)),
            Found::Link(url, is_image) => {
                if is_dangerous_url(&url) {
                    unwrap_node(node);
                }
                links.push(LinkRef { pos, url, is_image });
            }
        }
    }

    // Writing into a String cannot fail; on the impossible error we keep what was written.
    let _ = format_html(parsed.root, comrak_options, &mut out.html);
}

fn comrak_options(raw_html: bool) -> Options<'static> {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.footnotes = true;
    options.extension.autolink = true;
    options.extension.cjk_friendly_emphasis = true;
    // Refused raw HTML is shown as escaped text (not silently dropped).
    options.render.escape = !raw_html;
    // Allowed raw HTML is passed through and then sanitised by `SANITIZER`.
    options.render.r#unsafe = raw_html;
    options
}

/// CRLF and lone CR become LF. Line numbers and columns are unchanged, since
/// a CR only ever ends a line.
fn normalize_line_endings(markdown: &str) -> Cow<'_, str> {
    if markdown.contains('\r') {
        Cow::Owned(markdown.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(markdown)
    }
}

#[cfg(test)]
mod tests {
    use super::positions::SNIPPET_CHARS;
    use super::*;

    const SAFE: MarkdownOptions = MarkdownOptions { raw_html: false };
    const RAW: MarkdownOptions = MarkdownOptions { raw_html: true };

    fn html(markdown: &str) -> String {
        render(markdown, &SAFE).html
    }

    fn pos(line: usize, column: usize) -> SourcePos {
        SourcePos { line, column }
    }

    #[test]
    fn chinese_emphasis() {
        let cases = [
            (
                "**“中秋慰问”**活动",
                "<p><strong>“中秋慰问”</strong>活动</p>",
            ),
            (
                "**《财务管理办法》**，",
                "<p><strong>《财务管理办法》</strong>，</p>",
            ),
            ("这是**重要**的", "<p>这是<strong>重要</strong>的</p>"),
            (
                "**注意：**请于4月5日前报名",
                "<p><strong>注意：</strong>请于4月5日前报名</p>",
            ),
            ("*斜体*文字", "<p><em>斜体</em>文字</p>"),
            (
                "请携带**《会员证》**和*身份证*。",
                "<p>请携带<strong>《会员证》</strong>和<em>身份证</em>。</p>",
            ),
        ];
        for (markdown, expected) in cases {
            assert_eq!(html(markdown).trim_end(), expected, "{markdown}");
        }
    }

    #[test]
    fn ascii_emphasis_follows_commonmark() {
        assert_eq!(
            html("**bold** and *it*").trim_end(),
            "<p><strong>bold</strong> and <em>it</em></p>"
        );
        assert_eq!(html("snake_case_word").trim_end(), "<p>snake_case_word</p>");
        assert_eq!(html("2 * 3 * 4").trim_end(), "<p>2 * 3 * 4</p>");
        assert_eq!(html(r"2\*3\*4").trim_end(), "<p>2*3*4</p>");
        // CommonMark itself (cmark, commonmark.js, pulldown-cmark, GitHub)
        // makes `2*3*4` emphasis: `*` between alphanumerics is both left- and
        // right-flanking. Only `_` is literal inside words.
        assert_eq!(html("2*3*4").trim_end(), "<p>2<em>3</em>4</p>");
        assert_eq!(html("2_3_4").trim_end(), "<p>2_3_4</p>");
        assert_eq!(html("**foo*").trim_end(), "<p>*<em>foo</em></p>");
    }

    #[test]
    fn gfm_extensions() {
        let out = html(
            "| 项目 | 金额 |\n|:--|--:|\n| 慰问品 | 1,200.00 |\n\n~~作废~~ 见注[^1]。\n\n[^1]: 经费审查委员会审核。\n",
        );
        assert!(out.contains("<table>\n<thead>"), "{out}");
        assert!(out.contains("<th align=\"left\">项目</th>"), "{out}");
        assert!(out.contains("<td align=\"right\">1,200.00</td>"), "{out}");
        assert!(out.contains("<del>作废</del>"), "{out}");
        assert!(
            out.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\""),
            "{out}"
        );
        assert!(out.contains("<section class=\"footnotes\""), "{out}");
        assert!(out.contains("<li id=\"fn-1\">"), "{out}");
        assert!(out.contains("经费审查委员会审核。"), "{out}");
        // No heading ids, no table wrapper.
        assert_eq!(html("## 标题").trim_end(), "<h2>标题</h2>");
        assert!(!out.contains("<div"), "{out}");
    }

    #[test]
    fn raw_html_refused_with_positions() {
        let markdown = "# 通知\n\n说明文字<span>x</span>\n\n<div class=\"a\">\n块\n</div>\n\n> 引用<!-- 注释 -->\n";
        let out = render(markdown, &SAFE);
        assert_eq!(
            out.raw_html,
            vec![
                RawHtmlUse {
                    pos: pos(3, 5),
                    snippet: "<span>".into()
                },
                RawHtmlUse {
                    pos: pos(3, 12),
                    snippet: "</span>".into()
                },
                RawHtmlUse {
                    pos: pos(5, 1),
                    snippet: "<div class=\"a\">\n块\n</div>".into()
                },
                RawHtmlUse {
                    pos: pos(9, 5),
                    snippet: "<!-- 注释 -->".into()
                },
            ]
        );
        assert!(
            out.html
                .contains("<p>说明文字&lt;span&gt;x&lt;/span&gt;</p>"),
            "{}",
            out.html
        );
        assert!(out.html.contains("&lt;div class=&quot;a&quot;&gt;"));
        assert!(!out.html.contains("<span") && !out.html.contains("<div"));
        assert!(!out.html.contains("<!--"));
    }

    #[test]
    fn raw_html_positions_in_containers_and_snippet_length() {
        let markdown = "- 列表<b>x</b>\n  续行<i>y</i>\n\n| 表 | 头 |\n|---|---|\n| 单元<u>z</u> | 2 |\n\n\t代码<b>不是HTML</b>\n\n注[^n]\n\n[^n]: 脚注<em>e</em>\n\n<section>一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十</section>\n";
        let out = render(markdown, &SAFE);
        let found: Vec<(usize, usize, &str)> = out
            .raw_html
            .iter()
            .map(|r| (r.pos.line, r.pos.column, r.snippet.as_str()))
            .collect();
        assert_eq!(
            found[..8],
            [
                (1, 5, "<b>"),
                (1, 9, "</b>"),
                (2, 5, "<i>"),
                (2, 9, "</i>"),
                (6, 5, "<u>"),
                (6, 9, "</u>"),
                (12, 9, "<em>"),
                (12, 14, "</em>"),
            ]
        );
        assert_eq!(found.len(), 9, "{found:?}");
        assert_eq!(found[8].0, 14);
        assert_eq!(found[8].1, 1);
        assert_eq!(found[8].2.chars().count(), SNIPPET_CHARS);
        assert!(found[8].2.starts_with("<section>一二三"));
        // Every reported position really points at the snippet in the source.
        let lines: Vec<&str> = markdown.split('\n').collect();
        for r in &out.raw_html {
            let line: String = lines[r.pos.line - 1]
                .chars()
                .skip(r.pos.column - 1)
                .collect();
            let first = r.snippet.lines().next().unwrap_or_default();
            assert!(line.starts_with(first), "{r:?}");
        }
    }

    #[test]
    fn raw_html_allowed_is_sanitised() {
        let markdown = "图片<img src=x onerror=alert(1)>\n\n<script>alert('xss')</script>\n\n<a href=\"javascript:alert(1)\">点我</a> <a href=\" JAVA&#x09;SCRIPT:alert(1)\">再点</a>\n\n<p style=\"color:red\" onclick=\"x()\" class=\"注意\">红字</p>\n\n<iframe src=\"https://evil.example/\">框架</iframe><object data=\"x.swf\">o</object><embed src=\"x.swf\">\n\n<a href=\"data:text/html,<script>alert(1)</script>\">d</a> <img src=\"data:image/png;base64,iVBORw0KGgo=\"> <img src=\"data:text/html;base64,PHNjcmlwdD4=\"> <a href=\"vbscript:msgbox(1)\">v</a> <a href=\" da&#x09;ta:text/html,x\">t</a>\n\n<style>body{display:none}</style><b>粗</b> <a href=\"https://example.com/a\" onmouseover=\"x()\">外链</a> <a href=\"../files/a.pdf\">附件</a>\n";
        let out = render(markdown, &RAW);
        let h = &out.html;
        assert!(out.raw_html.is_empty());
        assert!(h.contains("图片<img src=\"x\">"), "{h}");
        for bad in [
            "onerror",
            "<script",
            "alert('xss')",
            "javascript",
            "JAVA",
            "style",
            "onclick",
            "iframe",
            "evil",
            "框架",
            "object",
            "embed",
            "swf",
            "data:text",
            "vbscript",
            "onmouseover",
            "display:none",
        ] {
            assert!(!h.contains(bad), "{bad} survived in {h}");
        }
        assert!(h.contains("<a>点我</a>"), "{h}");
        assert!(h.contains("<a>v</a> <a>t</a>"), "{h}");
        assert!(h.contains("<a>再点</a>"), "{h}");
        assert!(h.contains("<p class=\"注意\">红字</p>"), "{h}");
        assert!(
            h.contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"),
            "{h}"
        );
        assert!(h.contains("<b>粗</b>"), "{h}");
        assert!(
            h.contains("<a href=\"https://example.com/a\">外链</a>"),
            "{h}"
        );
        assert!(h.contains("<a href=\"../files/a.pdf\">附件</a>"), "{h}");
    }

    #[test]
    fn sanitiser_keeps_markdown_output() {
        let markdown = "## 标题\n\n| 项目 | 金额 |\n|:-:|--:|\n| 慰问品 | 1,200 |\n\n~~作废~~ 注[^1] **粗** *斜* `code` [链接](a.html \"t\") ![图](p.png)\n\n3. 三\n4. 四\n\n```rust\nfn main() {}\n```\n\n> 引用\n\n---\n\n[^1]: 注释。\n";
        let safe = render(markdown, &SAFE).html;
        let raw = render(markdown, &RAW).html;
        for fragment in [
            "<h2>标题</h2>",
            "<table>",
            "<th align=\"center\">项目</th>",
            "<td align=\"right\">1,200</td>",
            "<del>作废</del>",
            "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref",
            "<section class=\"footnotes\" data-footnotes",
            "<li id=\"fn-1\">",
            "class=\"footnote-backref\" data-footnote-backref data-footnote-backref-idx=\"1\" aria-label=\"Back to reference 1\"",
            "<strong>粗</strong>",
            "<em>斜</em>",
            "<code>code</code>",
            "<a href=\"a.html\" title=\"t\">链接</a>",
            "<img src=\"p.png\" alt=\"图\"",
            "<ol start=\"3\">",
            "<code class=\"language-rust\">",
            "<blockquote>",
            "<hr",
        ] {
            assert!(safe.contains(fragment), "{fragment} missing in {safe}");
            // html5ever writes boolean attributes as `name=""`.
            let fragment = fragment
                .replace("data-footnote-ref", "data-footnote-ref=\"\"")
                .replace("data-footnotes", "data-footnotes=\"\"")
                .replace("data-footnote-backref ", "data-footnote-backref=\"\" ");
            assert!(raw.contains(&fragment), "{fragment} missing in {raw}");
        }
    }

    #[test]
    fn dangerous_markdown_links_are_not_live() {
        let markdown = "[点击](javascript:alert(1)) [大写](JaVaScRiPt:alert(1)) [实体](&#106;avascript:alert(1)) [vb](vbscript:msgbox) [数据](data:text/html,x) <javascript:alert(1)> ![图](javascript:alert(1)) [好](https://example.com) ![png](data:image/png;base64,AA)\n";
        for options in [SAFE, RAW] {
            let out = render(markdown, &options);
            let h = &out.html;
            // Only the https link and the PNG are live; the rest is plain text.
            assert_eq!(h.matches("<a ").count(), 1, "{h}");
            assert_eq!(h.matches("<img ").count(), 1, "{h}");
            assert!(
                h.contains("点击 大写 实体 vb 数据 javascript:alert(1) 图 <a"),
                "{h}"
            );
            assert!(h.contains("<a href=\"https://example.com\">好</a>"), "{h}");
            assert!(h.contains("src=\"data:image/png;base64,AA\""), "{h}");
            assert_eq!(out.links.len(), 9);
            assert_eq!(out.links[0].url, "javascript:alert(1)");
            assert_eq!(out.links[2].url, "javascript:alert(1)");
        }
    }

    #[test]
    fn link_positions() {
        let markdown = "# 关于开展“中秋慰问”活动的通知\n\n各分会：详见[《办法》](../rules/finance.html)与![公章](img/seal.png \"公章\")。\n另见 [参考][ref] 和 <https://example.org/x>，\n\n| 附件 | 说明 |\n|---|---|\n| [表格](files/form.xlsx) | 请填写 |\n\n注[^1]\n\n[^1]: 见 [章程](/charter/)\n\n[ref]: /notices/2024-01.html\n";
        let out = render(markdown, &SAFE);
        let found: Vec<(usize, usize, &str, bool)> = out
            .links
            .iter()
            .map(|l| (l.pos.line, l.pos.column, l.url.as_str(), l.is_image))
            .collect();
        assert_eq!(
            found,
            [
                (3, 7, "../rules/finance.html", false),
                (3, 37, "img/seal.png", true),
                (4, 4, "/notices/2024-01.html", false),
                (4, 16, "https://example.org/x", false),
                (8, 3, "files/form.xlsx", false),
                (12, 9, "/charter/", false),
            ]
        );
    }

    #[test]
    fn bare_autolinks_stop_at_chinese_punctuation() {
        let out = render(
            "详见https://example.com/a?b=1。谢谢！\n邮箱 union@example.com。网站 www.example.com/x，或\n<https://example.com/中文。> [x](https://example.com/y。)\n",
            &SAFE,
        );
        let h = &out.html;
        assert!(
            h.contains(
                "详见<a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>。谢谢！"
            ),
            "{h}"
        );
        assert!(
            h.contains("<a href=\"mailto:union@example.com\">union@example.com</a>。"),
            "{h}"
        );
        assert!(
            h.contains("<a href=\"http://www.example.com/x\">www.example.com/x</a>，或"),
            "{h}"
        );
        let urls: Vec<&str> = out.links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://example.com/a?b=1",
                "mailto:union@example.com",
                "http://www.example.com/x",
                // Explicitly delimited links are left as written.
                "https://example.com/中文。",
                "https://example.com/y。",
            ]
        );
        assert_eq!(out.links[0].pos, pos(1, 3));
        assert_eq!(out.links[1].pos, pos(2, 4));
        assert_eq!(out.links[2].pos, pos(2, 25));
    }

    #[test]
    fn markdown_after_a_bare_url_in_chinese_prose_still_works() {
        let out = render(
            "详见https://x.cn/a。请于**4月5日**前报名[^1]，联系<b>x</b>\n\n[^1]: 注\n",
            &SAFE,
        );
        assert!(
            out.html.starts_with(
                "<p>详见<a href=\"https://x.cn/a\">https://x.cn/a</a>。请于<strong>4月5日</strong>前报名<sup class=\"footnote-ref\">"
            ),
            "{}",
            out.html
        );
        assert!(
            out.html.contains("，联系&lt;b&gt;x&lt;/b&gt;</p>"),
            "{}",
            out.html
        );
        assert_eq!(out.raw_html[0].pos, pos(1, 38));
        assert_eq!(out.raw_html[1].pos, pos(1, 42));
        assert_eq!(out.links[0].pos, pos(1, 3));

        let out = render(
            "见https://a.cn/1。和https://b.cn/2）完[链接](x.html)\n网站 www.example.com/x，或**粗**\n**见https://a.com/x**。\n",
            &SAFE,
        );
        assert!(
            out.html.contains(
                "<p>见<a href=\"https://a.cn/1\">https://a.cn/1</a>。和<a href=\"https://b.cn/2\">https://b.cn/2</a>）完<a href=\"x.html\">链接</a>\n"
            ),
            "{}",
            out.html
        );
        assert!(
            out.html.contains(
                "网站 <a href=\"http://www.example.com/x\">www.example.com/x</a>，或<strong>粗</strong>\n"
            ),
            "{}",
            out.html
        );
        assert!(
            out.html.contains(
                "<strong>见<a href=\"https://a.com/x\">https://a.com/x</a></strong>。</p>"
            ),
            "{}",
            out.html
        );
        let found: Vec<(usize, usize, &str)> = out
            .links
            .iter()
            .map(|l| (l.pos.line, l.pos.column, l.url.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (1, 2, "https://a.cn/1"),
                (1, 18, "https://b.cn/2"),
                (1, 34, "x.html"),
                (2, 4, "http://www.example.com/x"),
                (3, 4, "https://a.com/x"),
            ]
        );
        assert_eq!(
            plain_text("详见https://x.cn/a。请于**4月5日**前报名"),
            "详见https://x.cn/a。请于4月5日前报名"
        );
    }

    #[test]
    fn rewriting_never_shows_its_brackets() {
        // Fragments that stress the bare-URL rewrite; combined pseudo-randomly.
        let fragments = [
            "https://x.cn/a",
            "。",
            "，",
            "）",
            "www.a.cn",
            "\\",
            "<",
            ">",
            "**",
            "*",
            "_",
            "[^1]",
            "[链](u.html)",
            "<b>",
            "</b>",
            "`",
            "中文",
            " ",
            "\n",
            "ftp://f.cn/",
            "(",
            ")",
            "a@b.cn",
            "&amp;",
            "~~",
            "|",
            "\t",
            "> ",
            "- ",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut markdown = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                markdown.push_str(fragments[(seed >> 33) as usize % fragments.len()]);
            }
            markdown.push_str("\n\n[^1]: 注\n");
            let out = render(&markdown, &SAFE);
            let escaped_lt = out.html.matches("&lt;").count();
            assert!(
                escaped_lt <= markdown.matches('<').count(),
                "{markdown:?} -> {}",
                out.html
            );
            let lines: Vec<&str> = markdown.split('\n').collect();
            for r in &out.raw_html {
                let line: String = lines[r.pos.line - 1]
                    .chars()
                    .skip(r.pos.column - 1)
                    .collect();
                let first = r.snippet.lines().next().unwrap_or_default();
                assert!(line.starts_with(first), "{markdown:?}: {r:?}");
            }
            for l in &out.links {
                let at = lines[l.pos.line - 1].chars().nth(l.pos.column - 1);
                assert!(
                    at.is_some_and(|c| "[!<_.+-".contains(c) || c.is_ascii_alphanumeric()),
                    "{markdown:?}: {l:?}"
                );
            }
            let _ = render(&markdown, &RAW);
            let _ = plain_text(&markdown);
        }
        let out = render("\\https://x.cn/a。完", &SAFE);
        assert!(!out.html.contains("&lt;"), "{}", out.html);
    }

    #[test]
    fn a_text_in_parts_renders_as_the_whole_text() {
        let fragments = [
            "\n\n",
            "\n\n",
            "\n\n## 标题\n",
            "\n\n第二段",
            "\n\nplain",
            "```\n",
            "~~~\n",
            "    code\n",
            "- 项\n",
            "1. 一\n",
            "> 引\n",
            "<!--\n",
            "-->\n",
            "<script>\n",
            "</script>\n",
            "<div>\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "详见https://x.cn/a。",
            "**粗**",
            "<b>x</b>",
            "[链](javascript:x)",
            "[好](a.html)",
            "  ",
            "\t",
            "中文",
            "text",
            "\n",
            "===\n",
            "---\n",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..1500 {
            let mut markdown = String::new();
            for _ in 0..40 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                markdown.push_str(fragments[(seed >> 33) as usize % fragments.len()]);
            }
            for options in [SAFE, RAW] {
                let whole = render_in_parts(&markdown, &options, usize::MAX / 4);
                for part in [1, 8, 40] {
                    let parts = render_in_parts(&markdown, &options, part);
                    assert_eq!(parts.html, whole.html, "{markdown:?} in parts of {part}");
                    assert_eq!(parts.plain, whole.plain, "{markdown:?}");
                    assert_eq!(parts.raw_html, whole.raw_html, "{markdown:?}");
                    assert_eq!(parts.links, whole.links, "{markdown:?}");
                }
            }
        }
        // A long notice is cut (and still the same).
        let long = "## 第一部分\n\n第1段：通知如下。\n\n1. 清淡。\n2. 空腹。\n\n".repeat(50);
        assert!(parts::next_cut(&long, 100).is_some());
        assert_eq!(
            render_in_parts(&long, &SAFE, 100).html,
            render_in_parts(&long, &SAFE, usize::MAX / 4).html
        );
    }

    #[test]
    fn crlf_behaves_like_lf() {
        let lf = "# 通知\n\n说明文字<span>x</span>\n第二行 [链接](a.html)\n\n<div>\n块\n</div>\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        let crlf = lf.replace('\n', "\r\n");
        let cr = lf.replace('\n', "\r");
        for options in [SAFE, RAW] {
            let expected = render(lf, &options);
            for variant in [&crlf, &cr] {
                let got = render(variant, &options);
                assert_eq!(got.html, expected.html);
                assert_eq!(got.raw_html, expected.raw_html);
                assert_eq!(got.links, expected.links);
            }
        }
        assert!(!render(&crlf, &SAFE).html.contains('\r'));
        assert_eq!(render(&crlf, &SAFE).raw_html[0].pos, pos(3, 5));
        assert_eq!(plain_text(&crlf), plain_text(lf));
    }

    #[test]
    fn render_gives_the_plain_text_of_the_same_parse() {
        for markdown in [
            "请于**4月5日**前报名，详见[通知](../a/index.html)。\n\n| 姓名 | 金额 |\n|---|---|\n| 张三 | 1.00 |",
            "<script>x</script>[危险](javascript:alert(1))`代码`\n第二行",
            "",
        ] {
            for options in [SAFE, RAW] {
                assert_eq!(render(markdown, &options).plain, plain_text(markdown));
            }
        }
    }

    #[test]
    fn plain_text_strips_markup() {
        let markdown = "# 关于&ldquo;中秋&rdquo;慰问的通知\n\n各分会：\n请于**4月5日**前报名，\n联系 [工会办公室](a.html)。\nSee the\nattached *file*.\n\n| 项目 | 金额 |\n|---|---|\n| 慰问品 | 1&nbsp;200 |\n\n<div>原始</div>\n\n![公章](seal.png) 注[^1] `代码`  行尾  \n下一行\n\n[^1]: 脚注内容。\n";
        assert_eq!(
            plain_text(markdown),
            "关于“中秋”慰问的通知 各分会：请于4月5日前报名，联系 工会办公室。 See the attached file. 项目 金额 慰问品 1 200 公章 注 代码 行尾 下一行 脚注内容。"
        );
        assert_eq!(plain_text(""), "");
        assert_eq!(plain_text("  \n\n  "), "");
    }

    #[test]
    fn deterministic_and_total() {
        let nasty = [
            "",
            "\0",
            "\u{FEFF}<b>x</b>",
            "[",
            "![",
            "<",
            "<!--",
            "**",
            "[^]",
            "[^1]:",
            "|",
            "|-|\n|",
            "```",
            "\t>\t-\t<a",
            "https://",
            "www.",
            "a@b.",
            "详见https://。",
            "https://a.b/。",
            "[x](<>)",
            "\r\r\n\n\r",
        ];
        for markdown in nasty {
            for options in [SAFE, RAW] {
                let a = render(markdown, &options);
                let b = render(markdown, &options);
                assert_eq!(a.html, b.html, "{markdown:?}");
            }
            let _ = plain_text(markdown);
        }
        let bom = render("\u{FEFF}<b>x</b>", &SAFE);
        assert_eq!(bom.raw_html[0].pos, pos(1, 2));
        let deep = format!("{}x", "> ".repeat(500));
        let _ = render(&deep, &RAW);
        let many = "*a **b ".repeat(2000);
        let _ = render(&many, &RAW);
    }
}
