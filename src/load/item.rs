//! One content file -> a typed `Item` or `Section`: front matter, `kind:` dispatch, and
//! the fields every item has (spec section 3). Each kind's own fields are in `kinds`.
//!
//! The keys allowed are those the readers here ask for, in the order asked (see
//! `load::fields`): `kind` first, then the common fields, then the kind's own.

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Pos};
use crate::load::fields::{self, Ctx, Fields};
use crate::load::ledger::Beside;
use crate::load::{kinds, slips};
use crate::messages::Problem;
use crate::model::{
    Body, Common, DisclosureInput, Item, Kind, Notice, PrintChoice, Section, SourceFile, TextTail,
    UnitSettings,
};
use crate::yaml::{self, Node};

/// The node tree of `text`, with the typing slips of its keys mended and reported; on a
/// syntax error, the slip behind it where there is one (see `slips`).
fn parse_yaml(ctx: &mut Ctx, text: &str) -> Option<Node> {
    match yaml::parse(text) {
        Ok(mut node) => {
            let mut found = Vec::new();
            slips::mend(&mut node, &mut found);
            for (problem, pos) in found {
                ctx.report(problem, pos);
            }
            Some(node)
        }
        Err(e) => {
            let e = slips::explain(text, e);
            ctx.report(*e.problem, e.pos);
            None
        }
    }
}

/// A folder's `_section.yaml`.
pub fn section(
    source: &SourceFile,
    folder: String,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Section> {
    let mut ctx = Ctx {
        file: source,
        diagnostics,
    };
    let root = parse_yaml(&mut ctx, &source.text)?;
    if root.is_null() {
        return Some(Section {
            folder,
            ..Section::default()
        });
    }
    let f = Fields::of(&mut ctx, &root, "_section.yaml")?;
    let title = fields::opt_text(&mut ctx, &f, "title");
    let unit = f
        .get("unit")
        .and_then(|n| fields::text(&mut ctx, n, "unit"));
    let order = f
        .get("order")
        .and_then(|n| fields::integer(&mut ctx, n, "order"))
        .map(|o| o.value);
    let unit_settings = unit_settings(&mut ctx, &f, source, unit.as_ref().map(|u| u.pos));
    let section = Section {
        folder,
        title,
        unit: unit.map(|u| u.value),
        order,
        unit_settings: Box::new(unit_settings),
    };
    f.finish(&mut ctx);
    Some(section)
}

/// What a unit folder's `_section.yaml` declares beyond `unit:` (see `UnitSettings`).
fn unit_settings(
    ctx: &mut Ctx,
    f: &Fields,
    source: &SourceFile,
    unit_pos: Option<Pos>,
) -> UnitSettings {
    let board = f
        .get("board")
        .and_then(|n| fields::boolean(ctx, n, "board"))
        .unwrap_or(false);
    let supervision = f
        .get("supervision")
        .map(|n| crate::config::supervision(ctx, n));
    let signatures = f
        .get("signatures")
        .map(|n| crate::config::signatures(ctx, n));
    let since = f.get("since").and_then(|n| fields::date(ctx, n, "since"));
    let until = f.get("until").and_then(|n| fields::date(ctx, n, "until"));
    UnitSettings {
        board,
        supervision,
        signatures,
        since,
        until,
        declared: unit_pos.map(|pos| (source.clone(), pos)),
    }
}

/// A `.yaml` data item, dispatched on `kind:`; `beside` reads the spreadsheet it may
/// keep its lines in.
pub fn yaml_item(
    source: &SourceFile,
    content_path: String,
    beside: &mut Beside,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Item> {
    let mut ctx = Ctx {
        file: source,
        diagnostics,
    };
    let root = parse_yaml(&mut ctx, &source.text)?;
    let mut f = Fields::of(&mut ctx, &root, "a data file")?;
    let Some(kind_node) = f.entry("kind") else {
        ctx.report(Problem::MissingKind, root.pos);
        return None;
    };
    let kind_text = kind_node.as_scalar().unwrap_or("").trim();
    let Some(kind) = Kind::from_yaml_key(kind_text) else {
        ctx.report(
            Problem::UnknownKind {
                kind: kind_text.to_string(),
            },
            kind_node.pos,
        );
        return None;
    };
    f.set_context(format!("{} item", kind.key()));
    let common = common(
        &mut ctx,
        &f,
        matches!(
            kind,
            Kind::Finance | Kind::Attendance | Kind::Pay | Kind::Assessment
        ),
    );
    let body = kinds::body(&mut ctx, &f, kind, beside);
    f.finish(&mut ctx);
    Some(Item {
        content_path,
        source: source.clone(),
        common: common?,
        body: body?,
        sheet: beside.sheet.take(),
    })
}

/// Splits `---` front matter from a Markdown body. Returns the front matter with one
/// leading newline per line before it (so YAML positions equal file positions), the byte
/// offset where the body starts, and the body's first line number.
pub fn split_front_matter(text: &str) -> Result<(String, usize, usize), Problem> {
    let mut lines = text.split_inclusive('\n');
    let mut at = match lines.next() {
        Some(first) if first.trim_end() == "---" => first.len(),
        _ => return Err(Problem::NoFrontMatter),
    };
    let mut front = String::from("\n");
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        at += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return Ok((front, at, line_no + 1));
        }
        front.push_str(line);
    }
    Err(Problem::UnclosedFrontMatter)
}

/// A `.md` notice.
pub fn markdown_item(
    source: &SourceFile,
    content_path: String,
    _config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Item> {
    let mut ctx = Ctx {
        file: source,
        diagnostics,
    };
    let (front, body_start, body_line) = match split_front_matter(&source.text) {
        Ok(parts) => parts,
        Err(problem) => {
            ctx.report(problem, Pos::new(1, 1, 1));
            return None;
        }
    };
    let root = parse_yaml(&mut ctx, &front)?;
    let f = Fields::of(&mut ctx, &root, "notice front matter")?;
    let common = common(&mut ctx, &f, false);
    let category = fields::opt_text(&mut ctx, &f, "category");
    if let Some(k) = f.get("kind")
        && k.as_scalar().map(str::trim) != Some("notice")
    {
        ctx.report(
            Problem::BadChoice {
                key: "kind".into(),
                value: k.as_scalar().unwrap_or("").to_string(),
                allowed: vec!["notice"],
            },
            k.pos,
        );
    }
    f.finish(&mut ctx);
    Some(Item {
        content_path,
        source: source.clone(),
        common: common?,
        body: Body::Notice(Notice {
            category,
            // The end of the file's text, shared with it rather than copied.
            markdown: TextTail::new(source.text.clone(), body_start),
            body_line,
        }),
        sheet: None,
    })
}

/// The fields of spec section 3. `None` when a required one is missing or bad.
fn common(ctx: &mut Ctx, f: &Fields, period_required: bool) -> Option<Common> {
    let title = fields::req_text(ctx, f, "title");
    let published = f
        .required(ctx, "published")
        .and_then(|n| fields::date(ctx, n, "published"));
    let disclosure = f.get("disclosure").and_then(|n| {
        let d = Fields::of(ctx, n, "disclosure")?;
        let input = DisclosureInput {
            from: d.get("from").and_then(|n| fields::date(ctx, n, "from")),
            to: d.get("to").and_then(|n| fields::date(ctx, n, "to")),
            pos: n.pos,
        };
        d.finish(ctx);
        Some(input)
    });
    let unit = f.get("unit").and_then(|n| fields::text(ctx, n, "unit"));
    let period = if period_required {
        f.required(ctx, "period")
            .and_then(|n| fields::period(ctx, n, "period"))
            .map(Some)
    } else {
        Some(
            f.get("period")
                .and_then(|n| fields::period(ctx, n, "period")),
        )
    };
    let corrects = f
        .get("corrects")
        .and_then(|n| fields::text(ctx, n, "corrects"));
    let draft = f
        .get("draft")
        .and_then(|n| fields::boolean(ctx, n, "draft"))
        .unwrap_or(false);
    let mut print = f
        .get("print")
        .map(|n| print_choice(ctx, n))
        .unwrap_or_default();
    // `signatures:` left empty, or `[]`, means no signing lines on this item.
    print.signatures = f.entry("signatures").map(|n| {
        if n.is_null() {
            Vec::new()
        } else {
            fields::text_list(ctx, n, "signatures")
        }
    });
    Some(Common {
        title: title?,
        published: published?,
        disclosure,
        unit,
        period: period?,
        corrects,
        draft,
        print,
    })
}

/// An item's `print: {paper, orientation}`; a bad part is reported and left to the site's.
fn print_choice(ctx: &mut Ctx, node: &Node) -> PrintChoice {
    let Some(f) = Fields::of(ctx, node, "print") else {
        return PrintChoice::default();
    };
    let choice = PrintChoice {
        paper: f
            .get("paper")
            .and_then(|n| fields::choice(ctx, n, "paper", &["A4", "A3"]))
            .map(|c| c.value),
        orientation: f
            .get("orientation")
            .and_then(|n| fields::choice(ctx, n, "orientation", &["portrait", "landscape"]))
            .map(|c| c.value),
        signatures: None,
    };
    f.finish(ctx);
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_keeps_file_lines() {
        let text = "---\ntitle: 通知\npublished: 2026-04-01\n---\n正文\n";
        let (front, body, line) = split_front_matter(text).unwrap();
        assert_eq!(front, "\ntitle: 通知\npublished: 2026-04-01\n");
        assert_eq!(&text[body..], "正文\n");
        assert_eq!(line, 5);
        let node = yaml::parse(&front).unwrap();
        let yaml::Value::Map(pairs) = node.value else {
            panic!("not a map")
        };
        assert_eq!(pairs[1].1.pos.line(), 3);
    }

    /// The keys the readers ask for are the keys allowed, in the order messages have
    /// always listed them.
    #[test]
    fn allowed_keys_of_notices_and_sections() {
        let source = |path: &str, text: &str| SourceFile {
            path: path.into(),
            text: text.into(),
        };
        let mut diagnostics = Vec::new();
        let notice = source(
            "content/n.md",
            "---\ntitle: t\npublished: 2026-01-01\nzz: 1\n---\n正文\n",
        );
        let config =
            crate::config::parse(source("site.yaml", "title: t\nunit: u\n"), &mut Vec::new());
        markdown_item(&notice, "n.md".into(), &config, &mut diagnostics);
        let section = source("content/a/_section.yaml", "title: t\nzz: 1\n");
        super::section(&section, "a".into(), &mut diagnostics);
        assert_eq!(
            crate::load::fields::allowed_lists(&diagnostics),
            [
                (
                    "_section.yaml".to_string(),
                    "title、unit、order、board、supervision、signatures、since、until".to_string()
                ),
                (
                    "notice front matter".to_string(),
                    "title、published、disclosure、unit、period、corrects、draft、print、signatures、category、kind"
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn no_front_matter_is_refused() {
        assert_eq!(split_front_matter("正文"), Err(Problem::NoFrontMatter));
        assert_eq!(
            split_front_matter("---\ntitle: x\n"),
            Err(Problem::UnclosedFrontMatter)
        );
    }
}
