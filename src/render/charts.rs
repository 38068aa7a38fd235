//! Inline SVG charts for the finance page, drawn once at build time.
//!
//! Owns: drawing a horizontal bar chart ([`bar_chart`]) and a budget-against-actual chart
//! ([`budget_chart`]) as self-contained `<svg>` strings (no JavaScript, no external CSS), and
//! measuring label widths ([`text_columns`]) so Chinese labels get the room they need.
//!
//! Drawn for a phone: each category's label sits on its own line above its bars, so a
//! chart is [`WIDTH`] px wide (340) and its 13 px text stays at least 11 px on a screen
//! 320 px wide; the page shows it at that size, two side by side where there is room.
//!
//! Must not: compute money or read the model. Amounts arrive as integer fen only to size
//! the bars; every number a reader sees arrives preformatted as text from the caller. Floats
//! are not used at all: geometry is kept in integer tenths of a pixel, which also makes the
//! output byte-for-byte deterministic.
//!
//! Accessibility: the `<svg>` is `role="img"` named by its `<title>` and `<desc>`; the page
//! should still show the same figures in a table. Nothing relies on colour alone: budget bars
//! are hatched outlines, actual bars are solid, and a legend names both.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use crate::config::Language;
use crate::render::escape::escape;
use crate::render::labels::Labels;

/// One category of a [`bar_chart`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// Category shown above the bar, e.g. `501 职工活动支出`.
    pub label: String,
    /// Size of the bar in fen; negative values are drawn as zero.
    pub value_fen: i64,
    /// The amount as shown at the bar end, e.g. `¥8,130.00`.
    pub value_text: String,
}

/// One category of a [`budget_chart`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetBar {
    /// Category shown above the pair of bars.
    pub label: String,
    /// Budget in fen (hatched outline bar); negative values are drawn as zero.
    pub budget_fen: i64,
    /// Actual spending in fen (solid bar); negative values are drawn as zero.
    pub actual_fen: i64,
    /// Budget as shown at the end of its bar.
    pub budget_text: String,
    /// Actual as shown at the end of its bar.
    pub actual_text: String,
    /// Execution rate, e.g. `81.3%`, or empty when there is no budget.
    pub rate_text: String,
}

/// Geometry is in tenths of a pixel: integers, so results never depend on float formatting.
type Tenths = i64;

const FONT_FAMILY: &str =
    "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";
/// Font size of every text, in px.
const FONT_SIZE: i64 = 13;
/// Width of one display column at [`FONT_SIZE`]: 7.5 px, so a CJK character (2 columns) gets
/// 15 px for a 13 px glyph.
const COLUMN: Tenths = 75;
/// Baseline offset below a vertical centre, about 0.35 em.
const BASELINE: Tenths = 45;

/// Text colour: 17:1 against white.
const TEXT_COLOUR: &str = "#1b1b1b";
/// Bar colour: 8.6:1 against white, and white text on it is as readable.
const BAR_COLOUR: &str = "#1f4e89";
const ON_BAR_COLOUR: &str = "#ffffff";

/// Width of a chart, in px: shown at this size, its text is 13 px; on a screen 320 px
/// wide (288 px inside the page's margins) it is scaled to 11 px at the least.
pub const WIDTH: i64 = 340;
const PAD: Tenths = 80;
/// Space between a bar's end and its value, and between a label and the rate beside it.
const GAP: Tenths = 60;
const MIN_BAR_AREA: Tenths = 1600;
/// Room kept right of the longest bar for its value; longer values go inside their bar.
const VALUE_RESERVE_MAX: Tenths = 16 * COLUMN;

/// Labels wider than this (20 CJK characters) are cut with an ellipsis.
const MAX_LABEL_COLUMNS: usize = 40;
/// The ellipsis is narrow in Unicode but full-width in most CJK fonts: reserve 2 columns.
const ELLIPSIS_COLUMNS: usize = 2;

/// The line a label stands on, above its bars.
const LABEL_LINE: Tenths = 190;
/// A bar of a [`bar_chart`], under its label, and the space after it.
const BAR_HEIGHT: Tenths = 160;
const ROW_SPACING: Tenths = 100;
const ROW: Tenths = LABEL_LINE + BAR_HEIGHT + ROW_SPACING;

const LEGEND: Tenths = 260;
const SWATCH: Tenths = 140;
const PAIR_BAR_HEIGHT: Tenths = 150;
const PAIR_INNER_GAP: Tenths = 30;
const PAIR_SPACING: Tenths = 120;
const GROUP: Tenths = LABEL_LINE + 2 * PAIR_BAR_HEIGHT + PAIR_INNER_GAP + PAIR_SPACING;

/// The words a chart draws itself, in the page's language: the legend, the heading of
/// the rate column and what an empty chart says.
#[derive(Clone, Copy, Debug)]
pub struct ChartWords<'a> {
    /// 预算 (the budget bars).
    pub budget: &'a str,
    /// 实际 (the actual bars).
    pub actual: &'a str,
    /// 执行率 (the rate column).
    pub rate: &'a str,
    /// 暂无数据 (a chart with nothing to draw).
    pub no_data: &'a str,
}

impl ChartWords<'static> {
    /// The chart words of `language` (from the page catalogue).
    pub fn of(language: Language) -> ChartWords<'static> {
        let t = &Labels::of(language).site;
        ChartWords {
            budget: &t.chart_budget,
            actual: &t.chart_actual,
            rate: &t.chart_rate,
            no_data: &t.chart_no_data,
        }
    }
}

/// Display width of `s` in columns: CJK and other full-width characters count 2, others 1.
pub fn text_columns(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Horizontal bar chart: one bar per category, in the order given, scaled to the largest
/// value, each under its label.
///
/// `id` prefixes every id in the SVG (characters other than ASCII letters, digits, `-` and `_`
/// become `-`), so several charts can share one page.
pub fn bar_chart(
    id: &str,
    title: &str,
    description: &str,
    bars: &[Bar],
    words: &ChartWords,
) -> String {
    let id = clean_id(id);
    if bars.is_empty() {
        return empty_chart(&id, title, description, words);
    }
    let value_widths: Vec<Tenths> = bars.iter().map(|b| text_width(&b.value_text)).collect();
    let layout = Layout::new(&value_widths, 0);
    let labels: Vec<Label> = bars
        .iter()
        .map(|b| Label::fit(&b.label, layout.label_columns))
        .collect();
    let height = PAD + ROW * bars.len() as Tenths - ROW_SPACING + PAD;
    let max = bars.iter().map(|b| b.value_fen.max(0)).max().unwrap_or(0);

    let mut svg = open_svg(&id, title, description, layout.width, height, "bar");
    for (i, ((bar, label), text_w)) in bars.iter().zip(&labels).zip(&value_widths).enumerate() {
        let top = PAD + ROW * i as Tenths;
        let bar_top = top + LABEL_LINE;
        let centre = bar_top + BAR_HEIGHT / 2;
        let bar_w = scale(bar.value_fen, max, layout.bar_area);
        svg.push_str("<g class=\"row\">");
        label.write(&mut svg, top);
        rect(&mut svg, "bar", PAD, bar_top, bar_w, BAR_HEIGHT, &solid());
        let place = layout.place(bar_w, *text_w);
        value_text(&mut svg, &bar.value_text, place, centre, Fill::Solid);
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// Grouped horizontal bars: per category, under its label (with the execution rate at the
/// right of the label's line), a hatched outline bar for the budget above a solid bar for
/// the actual, both on one scale.
///
/// Ids are prefixed with `id` as in [`bar_chart`]; the hatch pattern is `{id}-hatch`.
pub fn budget_chart(
    id: &str,
    title: &str,
    description: &str,
    bars: &[BudgetBar],
    words: &ChartWords,
) -> String {
    let id = clean_id(id);
    if bars.is_empty() {
        return empty_chart(&id, title, description, words);
    }
    let budget_widths: Vec<Tenths> = bars.iter().map(|b| text_width(&b.budget_text)).collect();
    let actual_widths: Vec<Tenths> = bars.iter().map(|b| text_width(&b.actual_text)).collect();
    let all_widths: Vec<Tenths> = budget_widths
        .iter()
        .chain(&actual_widths)
        .copied()
        .collect();
    let rate_column = if bars.iter().all(|b| b.rate_text.is_empty()) {
        0
    } else {
        bars.iter()
            .map(|b| text_width(&b.rate_text))
            .chain([text_width(words.rate)])
            .max()
            .unwrap_or(0)
    };
    let layout = Layout::new(&all_widths, rate_column);
    let labels: Vec<Label> = bars
        .iter()
        .map(|b| Label::fit(&b.label, layout.label_columns))
        .collect();
    let height = PAD + LEGEND + GROUP * bars.len() as Tenths - PAIR_SPACING + PAD;
    let max = bars
        .iter()
        .map(|b| b.budget_fen.max(b.actual_fen).max(0))
        .max()
        .unwrap_or(0);
    let hatch = format!("url(#{id}-hatch)");

    let mut svg = open_svg(&id, title, description, layout.width, height, "budget");
    let _ = write!(
        svg,
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" \
         patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\
         <rect width=\"2\" height=\"6\" fill=\"{BAR_COLOUR}\"/></pattern></defs>"
    );
    legend(&mut svg, &layout, &hatch, rate_column > 0, words);
    let groups_top = PAD + LEGEND;
    for (i, bar) in bars.iter().enumerate() {
        let top = groups_top + GROUP * i as Tenths;
        svg.push_str("<g class=\"row\">");
        labels[i].write(&mut svg, top);
        if !bar.rate_text.is_empty() {
            let _ = write!(
                svg,
                "<text class=\"rate\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                px(layout.width - PAD),
                px(top + LABEL_LINE / 2 + BASELINE),
                escape(&bar.rate_text)
            );
        }

        let budget_top = top + LABEL_LINE;
        let budget_w = scale(bar.budget_fen, max, layout.bar_area);
        let budget_paint = outlined(&hatch);
        rect(
            &mut svg,
            "bar-budget",
            PAD,
            budget_top,
            budget_w,
            PAIR_BAR_HEIGHT,
            &budget_paint,
        );
        let place = layout.place(budget_w, budget_widths[i]);
        let budget_centre = budget_top + PAIR_BAR_HEIGHT / 2;
        value_text(
            &mut svg,
            &bar.budget_text,
            place,
            budget_centre,
            Fill::Hatched,
        );

        let actual_top = budget_top + PAIR_BAR_HEIGHT + PAIR_INNER_GAP;
        let actual_w = scale(bar.actual_fen, max, layout.bar_area);
        rect(
            &mut svg,
            "bar-actual",
            PAD,
            actual_top,
            actual_w,
            PAIR_BAR_HEIGHT,
            &solid(),
        );
        let place = layout.place(actual_w, actual_widths[i]);
        let actual_centre = actual_top + PAIR_BAR_HEIGHT / 2;
        value_text(
            &mut svg,
            &bar.actual_text,
            place,
            actual_centre,
            Fill::Solid,
        );
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal placement shared by every row of one chart: bars start at the left pad,
/// labels above them.
struct Layout {
    /// Width of the longest bar.
    bar_area: Tenths,
    /// Right edge that value texts must not cross.
    value_right: Tenths,
    /// Width of the whole viewBox.
    width: Tenths,
    /// Widest label, in columns, that fits its line beside the rate.
    label_columns: usize,
}

impl Layout {
    /// `value_widths` are the widths of every value text; `rate_column` the width of the
    /// rate shown at the right of each label's line, 0 for none.
    fn new(value_widths: &[Tenths], rate_column: Tenths) -> Layout {
        let widest_value = value_widths.iter().copied().max().unwrap_or(0);
        let reserve = GAP + widest_value.min(VALUE_RESERVE_MAX);
        // A value wider than the reserve fits after a bar up to `area + reserve - GAP - w`
        // long, and inside one longer than `w + 2 * GAP`; an area of at least `2w + 3 * GAP`
        // leaves no bar length where neither fits.
        let bar_area = (WIDTH * 10 - 2 * PAD - reserve)
            .max(MIN_BAR_AREA)
            .max(2 * widest_value + 3 * GAP);
        let value_right = PAD + bar_area + reserve;
        let width = value_right + PAD;
        let rate = if rate_column > 0 {
            rate_column + 2 * GAP
        } else {
            0
        };
        let room = (width - 2 * PAD - rate) / COLUMN;
        Layout {
            bar_area,
            value_right,
            width,
            label_columns: (room.max(0) as usize).min(MAX_LABEL_COLUMNS),
        }
    }

    /// Where the value of a bar `bar_w` long goes: after its end if it fits, else inside.
    fn place(&self, bar_w: Tenths, text_w: Tenths) -> Place {
        let end = PAD + bar_w;
        if end + GAP + text_w <= self.value_right || bar_w < text_w + 2 * GAP {
            Place::After(end + GAP)
        } else {
            Place::Inside(end - GAP)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Start-anchored at this x, right of the bar.
    After(Tenths),
    /// End-anchored at this x, inside the bar's end.
    Inside(Tenths),
}

/// What a value text inside a bar sits on.
#[derive(Clone, Copy)]
enum Fill {
    Solid,
    Hatched,
}

/// A label as drawn, with the full text kept when it had to be cut.
struct Label {
    shown: String,
    full: Option<String>,
}

impl Label {
    /// `label`, cut with an ellipsis to `max` columns.
    fn fit(label: &str, max: usize) -> Label {
        if text_columns(label) <= max {
            return Label {
                shown: label.to_owned(),
                full: None,
            };
        }
        let room = max.saturating_sub(ELLIPSIS_COLUMNS);
        let mut shown = String::new();
        for ch in label.chars() {
            shown.push(ch);
            if text_columns(&shown) > room {
                shown.pop();
                break;
            }
        }
        shown.truncate(shown.trim_end().len());
        shown.push('…');
        Label {
            shown,
            full: Some(label.to_owned()),
        }
    }

    /// Draws the label on the line starting at `top`.
    fn write(&self, svg: &mut String, top: Tenths) {
        if let Some(full) = &self.full {
            let _ = write!(svg, "<title>{}</title>", escape(full));
        }
        let _ = write!(
            svg,
            "<text class=\"label\" x=\"{}\" y=\"{}\">{}</text>",
            px(PAD),
            px(top + LABEL_LINE / 2 + BASELINE),
            escape(&self.shown)
        );
    }
}

fn open_svg(id: &str, title: &str, description: &str, w: Tenths, h: Tenths, kind: &str) -> String {
    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" class=\"chart chart-{kind}\" \
         viewBox=\"0 0 {w} {h}\" width=\"100%\" style=\"max-width:{w}px\" font-family=\"{FONT_FAMILY}\" \
         font-size=\"{FONT_SIZE}\" fill=\"{TEXT_COLOUR}\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(description),
        w = px(w),
        h = px(h),
    );
    svg
}

fn empty_chart(id: &str, title: &str, description: &str, words: &ChartWords) -> String {
    let (w, h) = (WIDTH * 10, 480);
    let mut svg = open_svg(id, title, description, w, h, "empty");
    let _ = write!(
        svg,
        "<text class=\"empty\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></svg>",
        px(w / 2),
        px(h / 2 + BASELINE),
        escape(words.no_data)
    );
    svg
}

fn legend(svg: &mut String, layout: &Layout, hatch: &str, rate: bool, words: &ChartWords) {
    let centre = PAD + SWATCH / 2;
    let swatch_top = PAD;
    let mut x = PAD;
    for (word, class, paint) in [
        (words.budget, "swatch-budget", outlined(hatch)),
        (words.actual, "swatch-actual", solid()),
    ] {
        rect(svg, class, x, swatch_top, SWATCH, SWATCH, &paint);
        x += SWATCH + GAP;
        let _ = write!(
            svg,
            "<text class=\"legend\" x=\"{}\" y=\"{}\">{}</text>",
            px(x),
            px(centre + BASELINE),
            escape(word)
        );
        x += text_width(word) + 3 * GAP;
    }
    if rate {
        let _ = write!(
            svg,
            "<text class=\"legend\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            px(layout.width - PAD),
            px(centre + BASELINE),
            escape(words.rate)
        );
    }
}

fn solid() -> String {
    format!("fill=\"{BAR_COLOUR}\"")
}

fn outlined(pattern: &str) -> String {
    format!("fill=\"{pattern}\" stroke=\"{BAR_COLOUR}\" stroke-width=\"1\"")
}

fn rect(svg: &mut String, class: &str, x: Tenths, y: Tenths, w: Tenths, h: Tenths, paint: &str) {
    let _ = write!(
        svg,
        "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {paint}/>",
        px(x),
        px(y),
        px(w),
        px(h)
    );
}

fn value_text(svg: &mut String, text: &str, place: Place, centre: Tenths, fill: Fill) {
    let y = px(centre + BASELINE);
    let text = escape(text);
    let _ = match (place, fill) {
        (Place::After(x), _) => write!(
            svg,
            "<text class=\"value\" x=\"{}\" y=\"{y}\">{text}</text>",
            px(x)
        ),
        (Place::Inside(x), Fill::Solid) => write!(
            svg,
            "<text class=\"value value-inside\" x=\"{}\" y=\"{y}\" text-anchor=\"end\" \
             fill=\"{ON_BAR_COLOUR}\">{text}</text>",
            px(x)
        ),
        // On the hatch: dark text with a white halo drawn under it.
        (Place::Inside(x), Fill::Hatched) => write!(
            svg,
            "<text class=\"value value-inside\" x=\"{}\" y=\"{y}\" text-anchor=\"end\" \
             stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" \
             paint-order=\"stroke\">{text}</text>",
            px(x)
        ),
    };
}

/// Length of a bar for `value` when `max` fills `area`, rounded to the nearest tenth.
fn scale(value: i64, max: i64, area: Tenths) -> Tenths {
    if max <= 0 {
        return 0;
    }
    let value = i128::from(value.clamp(0, max));
    let (max, area) = (i128::from(max), i128::from(area));
    ((2 * area * value + max) / (2 * max)) as Tenths
}

fn text_width(s: &str) -> Tenths {
    text_columns(s) as Tenths * COLUMN
}

/// Tenths of a pixel as a decimal with at most one fractional digit.
fn px(t: Tenths) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let (whole, tenth) = (t.abs() / 10, t.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// Keeps ASCII letters, digits, `-` and `_`; anything else becomes `-`.
fn clean_id(id: &str) -> String {
    let id: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if id.is_empty() {
        "chart".to_owned()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bar chart in zh-Hans, as the tests below draw it.
    fn bar_chart(id: &str, title: &str, description: &str, bars: &[Bar]) -> String {
        super::bar_chart(
            id,
            title,
            description,
            bars,
            &ChartWords::of(Language::ZhHans),
        )
    }

    /// The budget chart in zh-Hans.
    fn budget_chart(id: &str, title: &str, description: &str, bars: &[BudgetBar]) -> String {
        super::budget_chart(
            id,
            title,
            description,
            bars,
            &ChartWords::of(Language::ZhHans),
        )
    }

    fn bar(label: &str, value_fen: i64, value_text: &str) -> Bar {
        Bar {
            label: label.to_owned(),
            value_fen,
            value_text: value_text.to_owned(),
        }
    }

    fn budget(label: &str, budget_fen: i64, actual_fen: i64, rate: &str) -> BudgetBar {
        BudgetBar {
            label: label.to_owned(),
            budget_fen,
            actual_fen,
            budget_text: format!("¥{}.00", budget_fen / 100),
            actual_text: format!("¥{}.00", actual_fen / 100),
            rate_text: rate.to_owned(),
        }
    }

    fn sample_bars() -> Vec<Bar> {
        vec![
            bar("501 职工活动支出", 813_000, "¥8,130.00"),
            bar("502 维权支出", 406_500, "¥4,065.00"),
            bar("503 业务支出", 0, "¥0.00"),
        ]
    }

    fn sample_budget() -> Vec<BudgetBar> {
        vec![
            budget("501 职工活动支出", 1_000_000, 813_000, "81.3%"),
            budget("502 维权支出", 200_000, 260_000, "130.0%"),
            budget("509 其他支出", 0, 50_000, ""),
        ]
    }

    fn num(node: roxmltree::Node, attr: &str) -> f64 {
        node.attribute(attr)
            .unwrap_or_else(|| panic!("missing {attr}"))
            .parse()
            .unwrap()
    }

    fn with_class<'a, 'i>(
        doc: &'a roxmltree::Document<'i>,
        class: &str,
    ) -> Vec<roxmltree::Node<'a, 'i>> {
        doc.descendants()
            .filter(|n| {
                n.attribute("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == class))
            })
            .collect()
    }

    fn view_box(doc: &roxmltree::Document) -> (f64, f64) {
        let v: Vec<f64> = doc
            .root_element()
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        (v[2], v[3])
    }

    fn check_header(svg: &str, id: &str, title: &str, desc: &str) {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("width"), Some("100%"));
        let (w, _) = view_box(&doc);
        assert_eq!(
            root.attribute("style"),
            Some(format!("max-width:{w}px").as_str())
        );
        let refs: Vec<&str> = root
            .attribute("aria-labelledby")
            .unwrap()
            .split(' ')
            .collect();
        assert_eq!(refs, [format!("{id}-title"), format!("{id}-desc")]);
        let kids: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        assert_eq!(kids[0].tag_name().name(), "title");
        assert_eq!(kids[0].attribute("id"), Some(refs[0]));
        assert_eq!(kids[0].text(), Some(title));
        assert_eq!(kids[1].tag_name().name(), "desc");
        assert_eq!(kids[1].attribute("id"), Some(refs[1]));
        assert_eq!(kids[1].text(), Some(desc));
        let font = root.attribute("font-family").unwrap();
        assert!(font.contains("'Noto Sans CJK SC'") && font.ends_with("sans-serif"));
    }

    /// Every text stays inside the viewBox, measured with the same column width.
    fn check_texts_inside(doc: &roxmltree::Document) {
        let (w, h) = view_box(doc);
        for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let (x, y) = (num(t, "x"), num(t, "y"));
            let tw = text_columns(t.text().unwrap()) as f64 * 7.5;
            let (left, right) = match t.attribute("text-anchor") {
                Some("end") => (x - tw, x),
                Some("middle") => (x - tw / 2.0, x + tw / 2.0),
                _ => (x, x + tw),
            };
            assert!(left >= 0.0 && right <= w, "{:?} outside 0..{w}", t.text());
            assert!(y - 13.0 >= 0.0 && y <= h, "{:?} outside 0..{h}", t.text());
        }
    }

    #[test]
    fn columns_count_cjk_as_two() {
        // 3 digits + 1 space + 6 CJK characters × 2.
        assert_eq!(text_columns("501 职工活动支出"), 16);
        assert_eq!(text_columns("职工活动支出"), 12);
        assert_eq!(text_columns("¥8,130.00"), 9);
        assert_eq!(text_columns("（全角）"), 8);
        assert_eq!(text_columns(""), 0);
    }

    #[test]
    fn bar_chart_header_and_one_rect_per_bar() {
        let svg = bar_chart("spend", "支出构成", "按科目的支出金额", &sample_bars());
        check_header(&svg, "spend", "支出构成", "按科目的支出金额");
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert_eq!(with_class(&doc, "bar").len(), 3);
        assert_eq!(with_class(&doc, "label").len(), 3);
        assert_eq!(with_class(&doc, "value").len(), 3);
        check_texts_inside(&doc);
    }

    #[test]
    fn bar_widths_are_proportional() {
        let svg = bar_chart("spend", "t", "d", &sample_bars());
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let rects = with_class(&doc, "bar");
        let widths: Vec<f64> = rects.iter().map(|r| num(*r, "width")).collect();
        let x = num(rects[0], "x");
        let layout_area = widths[0];
        assert!(layout_area >= MIN_BAR_AREA as f64 / 10.0);
        assert!((widths[1] - layout_area / 2.0).abs() <= 0.1, "{widths:?}");
        assert_eq!(widths[2], 0.0);
        // Every bar starts at the same x.
        assert!(rects.iter().all(|r| num(*r, "x") == x));
    }

    #[test]
    fn zero_bar_is_labelled() {
        let svg = bar_chart("z", "t", "d", &[bar("503 业务支出", 0, "¥0.00")]);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert_eq!(num(with_class(&doc, "bar")[0], "width"), 0.0);
        assert_eq!(with_class(&doc, "label")[0].text(), Some("503 业务支出"));
        assert_eq!(with_class(&doc, "value")[0].text(), Some("¥0.00"));
    }

    #[test]
    fn labels_stand_above_their_bars() {
        let labels = ["1 短", "501 职工活动支出", "A 全角（括号）English"];
        let bars: Vec<Bar> = labels.iter().map(|l| bar(l, 100, "¥1.00")).collect();
        let svg = bar_chart("w", "t", "d", &bars);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let rects = with_class(&doc, "bar");
        for (label, rect) in with_class(&doc, "label").iter().zip(&rects) {
            assert_eq!(num(*label, "x"), num(*rect, "x"), "{:?}", label.text());
            // The baseline is above the bar, with room for the glyphs' descent.
            assert!(
                num(*label, "y") + 3.0 <= num(*rect, "y"),
                "{:?}",
                label.text()
            );
        }
        check_texts_inside(&doc);
    }

    #[test]
    fn a_chart_is_drawn_for_a_phone() {
        for svg in [
            bar_chart("p", "t", "d", &sample_bars()),
            budget_chart("p", "t", "d", &sample_budget()),
        ] {
            let doc = roxmltree::Document::parse(&svg).unwrap();
            let (w, _) = view_box(&doc);
            assert_eq!(w, WIDTH as f64);
            // 288 px: a 320 px screen less the page's margins.
            assert!(FONT_SIZE as f64 * 288.0 / w >= 11.0);
        }
    }

    #[test]
    fn long_label_is_cut_with_full_title() {
        let long = "599 其他支出之中的各项零星杂项费用合计金额以及其他"; // 4 + 23 × 2 = 50 columns
        let svg = bar_chart(
            "l",
            "t",
            "d",
            &[bar(long, 5, "¥0.05"), bar("短", 10, "¥0.10")],
        );
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let label = with_class(&doc, "label")[0];
        let shown = label.text().unwrap();
        assert!(
            shown.ends_with('…') && shown.starts_with("599 其他"),
            "{shown}"
        );
        assert!(text_columns(shown) < MAX_LABEL_COLUMNS);
        let row = label.parent().unwrap();
        let title = row.children().find(|n| n.has_tag_name("title")).unwrap();
        assert_eq!(title.text(), Some(long));
        // The short label keeps no title.
        let short_row = with_class(&doc, "label")[1].parent().unwrap();
        assert!(!short_row.children().any(|n| n.has_tag_name("title")));
        // 20 CJK characters is still whole.
        let twenty = "一二三四五六七八九十一二三四五六七八九十";
        assert_eq!(Label::fit(twenty, MAX_LABEL_COLUMNS).shown, twenty);
        assert!(
            Label::fit(&format!("{twenty}一"), MAX_LABEL_COLUMNS)
                .full
                .is_some()
        );
        check_texts_inside(&doc);
    }

    #[test]
    fn a_label_leaves_room_for_the_rate_beside_it() {
        let long = "一二三四五六七八九十一二三四五六七八九十";
        let bars = [budget(long, 100, 50, "50.0%")];
        let doc_text = budget_chart("r", "t", "d", &bars);
        let doc = roxmltree::Document::parse(&doc_text).unwrap();
        let label = with_class(&doc, "label")[0];
        let rate = with_class(&doc, "rate")[0];
        let label_right = num(label, "x") + text_columns(label.text().unwrap()) as f64 * 7.5;
        let rate_left = num(rate, "x") - text_columns(rate.text().unwrap()) as f64 * 7.5;
        assert!(label_right < rate_left, "{label_right} {rate_left}");
    }

    #[test]
    fn text_is_escaped() {
        let nasty = "A&B <x> \"q\" 'a'\u{1}";
        let svg = bar_chart("e", nasty, nasty, &[bar(nasty, 1, nasty)]);
        assert!(!svg.contains("<x>") && !svg.contains('\u{1}'));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let clean = "A&B <x> \"q\" 'a'";
        check_header(&svg, "e", clean, clean);
        assert_eq!(with_class(&doc, "label")[0].text(), Some(clean));
        assert_eq!(with_class(&doc, "value")[0].text(), Some(clean));
        let b = budget_chart(
            "e2",
            nasty,
            nasty,
            &[BudgetBar {
                label: nasty.into(),
                budget_fen: 1,
                actual_fen: 1,
                budget_text: nasty.into(),
                actual_text: nasty.into(),
                rate_text: nasty.into(),
            }],
        );
        let doc = roxmltree::Document::parse(&b).unwrap();
        assert_eq!(with_class(&doc, "rate")[0].text(), Some(clean));
    }

    #[test]
    fn ids_are_cleaned_consistently() {
        let svg = budget_chart("a b\"c", "t", "d", &sample_budget());
        check_header(&svg, "a-b-c", "t", "d");
        assert!(svg.contains("id=\"a-b-c-hatch\"") && svg.contains("url(#a-b-c-hatch)"));
        check_header(&bar_chart("", "t", "d", &[]), "chart", "t", "d");
    }

    #[test]
    fn empty_input_says_no_data() {
        for svg in [
            bar_chart("e", "支出构成", "无", &[]),
            budget_chart("e", "支出构成", "无", &[]),
        ] {
            check_header(&svg, "e", "支出构成", "无");
            let doc = roxmltree::Document::parse(&svg).unwrap();
            assert_eq!(with_class(&doc, "empty")[0].text(), Some("暂无数据"));
            assert!(with_class(&doc, "bar").is_empty());
            check_texts_inside(&doc);
        }
    }

    #[test]
    fn output_is_deterministic_with_one_decimal() {
        let a = budget_chart("b", "t", "d", &sample_budget());
        assert_eq!(a, budget_chart("b", "t", "d", &sample_budget()));
        let odd = [bar("a", 1, "1"), bar("b", 3, "3"), bar("c", 7, "7")];
        let svg = bar_chart("o", "t", "d", &odd);
        assert_eq!(svg, bar_chart("o", "t", "d", &odd));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        for node in doc.descendants() {
            for name in ["x", "y", "width", "height", "x1", "x2", "y1", "y2"] {
                if let Some(v) = node.attribute(name) {
                    let decimals = v.split_once('.').map_or(0, |(_, d)| d.len());
                    assert!(decimals <= 1, "{name}={v}");
                }
            }
        }
    }

    #[test]
    fn budget_chart_pairs_bars_and_legend() {
        let svg = budget_chart("fin", "预算执行", "各科目预算与实际", &sample_budget());
        check_header(&svg, "fin", "预算执行", "各科目预算与实际");
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let budgets = with_class(&doc, "bar-budget");
        let actuals = with_class(&doc, "bar-actual");
        assert_eq!((budgets.len(), actuals.len()), (3, 3));
        // One scale for both series: the largest value (budget 1,000,000) fills the area.
        let full = num(budgets[0], "width");
        assert!((num(actuals[0], "width") - full * 0.813).abs() <= 0.1);
        assert!((num(actuals[1], "width") - full * 0.26).abs() <= 0.1);
        assert_eq!(num(budgets[2], "width"), 0.0);
        // Budget bars are hatched outlines, actual bars solid.
        assert_eq!(budgets[0].attribute("fill"), Some("url(#fin-hatch)"));
        assert!(budgets[0].attribute("stroke").is_some());
        assert_eq!(actuals[0].attribute("fill"), Some(BAR_COLOUR));
        let pattern = doc
            .descendants()
            .find(|n| n.has_tag_name("pattern"))
            .unwrap();
        assert_eq!(pattern.attribute("id"), Some("fin-hatch"));
        // Legend: both swatches and both words, plus the rate header.
        assert_eq!(with_class(&doc, "swatch-budget").len(), 1);
        assert_eq!(with_class(&doc, "swatch-actual").len(), 1);
        let legend: Vec<_> = with_class(&doc, "legend")
            .iter()
            .map(|n| n.text().unwrap())
            .collect();
        assert_eq!(legend, ["预算", "实际", "执行率"]);
        // Rates: one per category that has one.
        let rates: Vec<_> = with_class(&doc, "rate")
            .iter()
            .map(|n| n.text().unwrap())
            .collect();
        assert_eq!(rates, ["81.3%", "130.0%"]);
        check_texts_inside(&doc);
    }

    #[test]
    fn no_rate_column_without_rates() {
        let bars = [budget("a", 100, 50, "")];
        let doc_text = budget_chart("n", "t", "d", &bars);
        let doc = roxmltree::Document::parse(&doc_text).unwrap();
        assert!(with_class(&doc, "rate").is_empty());
        assert_eq!(with_class(&doc, "legend").len(), 2);
    }

    #[test]
    fn two_charts_have_distinct_ids() {
        let a = budget_chart("income", "t", "d", &sample_budget());
        let b = budget_chart("spend", "t", "d", &sample_budget());
        let ids = |svg: &str| -> Vec<String> {
            let doc = roxmltree::Document::parse(svg).unwrap();
            doc.descendants()
                .filter_map(|n| n.attribute("id").map(str::to_owned))
                .collect()
        };
        let (ia, ib) = (ids(&a), ids(&b));
        assert!(ia.contains(&"income-hatch".to_owned()));
        assert!(ib.contains(&"spend-hatch".to_owned()));
        assert!(ia.iter().all(|i| !ib.contains(i)), "{ia:?} {ib:?}");
    }

    #[test]
    fn long_value_goes_inside_and_is_not_clipped() {
        let huge = "¥1,234,567,890,123.45"; // 21 columns, more than the reserve
        let bars = [
            bar("大", 1_000, huge),
            bar("小", 1, huge),
            bar("中", 600, "¥6.00"),
        ];
        let svg = bar_chart("v", "t", "d", &bars);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let values = with_class(&doc, "value");
        assert_eq!(values[0].attribute("text-anchor"), Some("end"));
        assert_eq!(values[0].attribute("fill"), Some(ON_BAR_COLOUR));
        assert_eq!(values[1].attribute("text-anchor"), None);
        assert_eq!(values[2].attribute("text-anchor"), None);
        // Text inside the bar stays within it.
        let rect = with_class(&doc, "bar")[0];
        let tw = text_columns(huge) as f64 * 7.5;
        assert!(num(values[0], "x") - tw >= num(rect, "x"));
        check_texts_inside(&doc);

        let b = [BudgetBar {
            label: "x".into(),
            budget_fen: 10,
            actual_fen: 1,
            budget_text: huge.into(),
            actual_text: huge.into(),
            rate_text: "10.0%".into(),
        }];
        let svg = budget_chart("v", "t", "d", &b);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let values = with_class(&doc, "value");
        assert_eq!(values[0].attribute("paint-order"), Some("stroke"));
        assert_eq!(values[1].attribute("text-anchor"), None);
        check_texts_inside(&doc);
    }

    #[test]
    fn negative_and_all_zero_values_draw_nothing() {
        let bars = [bar("a", -5, "-¥0.05"), bar("b", 0, "¥0.00")];
        let doc_text = bar_chart("n", "t", "d", &bars);
        let doc = roxmltree::Document::parse(&doc_text).unwrap();
        assert!(
            with_class(&doc, "bar")
                .iter()
                .all(|r| num(*r, "width") == 0.0)
        );
        assert_eq!(scale(i64::MAX, i64::MAX, 1000), 1000);
        assert_eq!(scale(1, 3, 1000), 333);
        assert_eq!(scale(2, 3, 1000), 667);
    }

    #[test]
    fn px_formats_tenths() {
        assert_eq!(px(0), "0");
        assert_eq!(px(75), "7.5");
        assert_eq!(px(1230), "123");
        assert_eq!(px(-5), "-0.5");
    }
}
