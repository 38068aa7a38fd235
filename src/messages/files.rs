//! What is said about files and their YAML: encodings, syntax, the shape of a mapping,
//! unknown, doubled and missing keys, front matter, `kind:`, file names and pages, and
//! the site's theme, templates and print address.

use super::Problem;

/// What else takes the page of a file, in a `DuplicateUrl` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageClaim {
    /// Another content file: its path from the site root (`content/a.md`).
    File(String),
    /// A folder of content with the page's name: its path under `content/`.
    Folder(String),
    /// A family of gongkai's own pages: the first part of their address (`list`).
    Reserved(String),
}

/// Where a symbolic link leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkLeads {
    /// Somewhere outside the site folder.
    Outside,
    /// Somewhere inside it.
    Inside,
    /// To nothing that exists.
    Nowhere,
}

/// What is wrong with the name of a file or folder under `content/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameFault {
    /// A character no address or Windows name can hold: `:`, `\`, `?`, `#`, `%` …
    Character(char),
    /// A control character: a newline, a tab …
    Control(char),
    /// Ends in a dot or a space, which Windows cuts off (or is empty).
    TrailingDotOrSpace,
    /// A name Windows keeps for a device: `CON`, `NUL`, `COM1` …
    WindowsDevice,
    /// Not Unicode text.
    NotUnicode,
}

/// The message of a problem this file speaks about (empty for any other: see
/// `Problem::topic`).
pub(super) fn message(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        FileUtf16 => "file is saved as UTF-16, not UTF-8".into(),
        FileNotUtf8 { gbk: true } => "file is not UTF-8 (it looks like GBK/ANSI)".into(),
        FileNotUtf8 { gbk: false } => "file is not UTF-8 text".into(),
        YamlSyntax { detail } => format!("YAML syntax error: {detail}"),
        ExpectedPairs { key, found } => {
            format!("`{key}` must be a mapping of `key: value` lines, found {found}")
        }
        ExpectedMapping { what, found } => {
            format!("{what} must be a mapping of `key: value` lines, found {found}")
        }
        ExpectedList { key, found } => format!("`{key}` must be a list, found {found}"),
        ExpectedScalar { key, found } => {
            format!("`{key}` must be a single value, found {found}")
        }
        UnknownKey { key, context, .. } => format!("unknown key `{key}` in {context}"),
        DuplicateKey { key } => format!("key `{key}` is given twice"),
        MissingField { key, context } => format!("missing required field `{key}` in {context}"),
        EmptyValue { key } => format!("`{key}` is empty"),
        MissingKind => {
            "missing `kind:` (finance, welfare, attendance, congress, pay, merits, assessment or table)".into()
        }
        UnknownKind { kind } => format!(
            "unknown kind `{kind}`; known kinds: finance, welfare, attendance, congress, pay, merits, assessment, table"
        ),
        NoFrontMatter => "notice has no front matter (a `---` block at the top)".into(),
        UnclosedFrontMatter => "front matter is not closed by a `---` line".into(),
        DuplicateUrl { url, others } => {
            let others: Vec<String> = others.iter().map(claim).collect();
            format!(
                "two items map to the same page `{url}/`: this file and {}",
                others.join(", ")
            )
        }
        BadName {
            name,
            folder,
            fault,
        } => {
            let what = if *folder { "folder" } else { "file" };
            let name = shown_name(name);
            let why = match fault {
                NameFault::Character(c) => format!("it contains `{c}`"),
                NameFault::Control(c) => {
                    format!("it contains a control character (U+{:04X})", u32::from(*c))
                }
                NameFault::TrailingDotOrSpace => {
                    "it ends in a dot or a space, which Windows cuts off".into()
                }
                NameFault::WindowsDevice => "Windows keeps it for a device".into(),
                NameFault::NotUnicode => "it is not Unicode text".into(),
            };
            format!("{what} name `{name}` cannot be part of a page address: {why}")
        }
        NameCaseClash { name, other } => {
            let (name, other) = (shown_name(name), shown_name(other));
            if name.to_lowercase() == other.to_lowercase() {
                format!(
                    "`{name}` and `{other}` differ only in letter case, which Windows and macOS do not tell apart"
                )
            } else {
                format!(
                    "`{name}` and `{other}` make pages whose addresses differ only in letter case, which Windows and macOS do not tell apart"
                )
            }
        }
        SymbolicLink {
            target,
            leads,
            folder,
        } => {
            let what = if *folder { "folder" } else { "file" };
            match leads {
                LinkLeads::Outside => format!(
                    "symbolic link to `{target}`, outside the site folder: gongkai does not publish a {what} from there"
                ),
                LinkLeads::Inside => format!(
                    "symbolic link to `{target}` (inside the site folder): gongkai does not follow links"
                ),
                LinkLeads::Nowhere => format!(
                    "symbolic link to `{target}`, which does not exist: gongkai does not follow links"
                ),
            }
        }
        ThemeNameInvalid { name } => format!(
            "theme `{}` is not the name of a folder in themes/",
            shown_name(name)
        ),
        BaseUrlInvalid { value } => format!(
            "base_url `{}` is not allowed: it must be \"\" (links relative to each page), a path starting and ending with `/` such as /board/, or an http:// or https:// address",
            shown_name(value)
        ),
        ThemeMissing { name } => format!("theme `{name}` not found: no folder themes/{name}/"),
        Template { detail, .. } => format!("template error: {detail}"),
        PrintUrlNotAbsolute { value } => format!(
            "print_url `{value}` is not an http:// or https:// address; printed notices get no QR code"
        ),
        YamlAliasTooLarge { alias } => format!(
            "YAML alias `{alias}` copies too much: the aliases of one file may copy at most {} values and {} MB of text, at most {} levels deep",
            crate::yaml::ALIAS_VALUES,
            crate::yaml::ALIAS_TEXT >> 20,
            crate::yaml::MAX_DEPTH
        ),
        YamlTooLarge { bytes } => format!(
            "the YAML text is {} MB, more than the {} MB a file may hold",
            bytes.div_ceil(1 << 20),
            crate::yaml::MAX_DOCUMENT_BYTES >> 20
        ),
        _ => String::new(),
    }
}

/// The hint of a problem this file speaks about (empty for any other).
pub(super) fn hint(problem: &Problem) -> String {
    use Problem::*;
    match problem {
            FileUtf16 => {
                "这个文件是 UTF-16 编码（记事本里叫“Unicode”或“UTF-16 LE/BE”）。请另存为 UTF-8 编码：记事本选“另存为”→ 编码选“UTF-8”；WPS/VS Code 在右下角或“文件”菜单里选 UTF-8 编码保存。".into()
            }
            FileNotUtf8 { .. } => {
                "请把文件另存为 UTF-8 编码：记事本选“另存为”→ 编码选“UTF-8”；WPS/VS Code 在右下角或“文件”菜单里选 UTF-8 编码保存。".into()
            }
            YamlSyntax { .. } => {
                "检查这一行及上一行：冒号后要有空格，同一层的行缩进要对齐（用空格，不要用 Tab），引号要成对。".into()
            }
            ExpectedPairs { .. } | ExpectedMapping { .. } => "这里应写成“名称: 值”的若干行。".into(),
            ExpectedList { .. } => "列表的每一项另起一行，以“- ”开头。".into(),
            ExpectedScalar { .. } => "这里只填一个值（文字、数字或日期），不要写成列表或子项。".into(),
            UnknownKey { key, known, .. } => {
                let known_list = known.join("、");
                match did_you_mean(key, known) {
                    Some(best) => format!("是不是想写 `{best}`？这里可以用的项有：{known_list}"),
                    None => format!("这里可以用的项有：{known_list}"),
                }
            }
            DuplicateKey { .. } => "同一项只能写一次，请删去重复的一行。".into(),
            MissingField { key, .. } => format!("请补上 `{key}:` 这一项。"),
            EmptyValue { .. } => "请填写内容。".into(),
            MissingKind | UnknownKind { .. } => {
                "数据文件第一行写明种类：kind: finance（经费收支）、welfare（福利发放）、attendance（出勤）、congress（职代会）、pay（工资奖金分配）、merits（奖惩）、assessment（综合考核）或 table（其他公开的表格）。".into()
            }
            NoFrontMatter | UnclosedFrontMatter => {
                "通知的开头要有两行 --- 夹住的标题、日期等，例如：\n---\ntitle: 关于……的通知\npublished: 2026-04-01\n---".into()
            }
            DuplicateUrl { .. } => {
                "两个文件只差扩展名（如 a.yaml 与 a.md）会生成同一个网页，请给其中一个改名。".into()
            }
            BadName { folder, fault, .. } => {
                let what = if *folder { "文件夹" } else { "文件" };
                match fault {
                    NameFault::Character(_) | NameFault::Control(_) | NameFault::NotUnicode => format!(
                        "请给这个{what}改名：名字里不要有 : \\ / ? # % \" < > * | 这些符号，也不要有换行、制表符；可以用 - 或 _ 代替，例如 2026-04-通知.md。"
                    ),
                    NameFault::TrailingDotOrSpace => format!(
                        "请给这个{what}改名：名字的最后不要是点或空格（Windows 会把它们去掉，换一台电脑就找不到了）。"
                    ),
                    NameFault::WindowsDevice => format!(
                        "请给这个{what}改名：CON、PRN、AUX、NUL、COM1～COM9、LPT1～LPT9 是 Windows 的设备名，不能单独用作名字，可以加上别的字，例如 con-会议.md。"
                    ),
                }
            }
            NameCaseClash { .. } => {
                "Windows 和 macOS 不区分字母大小写，会把这两个当成同一个。请给其中一个改个名字，不要只改大小写。".into()
            }
            SymbolicLink { folder, .. } => {
                let what = if *folder { "文件夹" } else { "文件" };
                format!(
                    "gongkai 不使用符号链接（链接到别处的快捷方式）。请把这个{what}本身复制到站点文件夹里这个位置，再删除链接。"
                )
            }
            ThemeNameInvalid { .. } => {
                "theme 只填 themes 文件夹里的一个文件夹名，例如 theme: default 或 theme: 红色主题，不要写路径。".into()
            }
            BaseUrlInvalid { .. } => {
                "base_url 一般留空（base_url: \"\"）；网站放在服务器的子目录下时写成 /目录名/，或写完整地址，例如 https://intranet.example/board/。".into()
            }
            ThemeMissing { .. } => "把主题放在 themes/主题名/ 文件夹里，或在 site.yaml 中写 theme: default。".into(),
            Template { unknown, known, .. } => {
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                let guess = unknown.as_deref().and_then(|u| did_you_mean(u, &known));
                let check = "检查模板这一行：{{ }} 和 {% %} 要成对，用到的变量要存在；可先删去自定义模板，改用内置主题。";
                match guess {
                    Some(best) => format!("是不是想写 `{best}`？{check}"),
                    None => check.into(),
                }
            }
            PrintUrlNotAbsolute { .. } => {
                "print_url 填公开栏网站的完整地址，例如 http://intranet.example/board/，打印件上的二维码指向它。".into()
            }
            YamlAliasTooLarge { .. } => {
                "不要用 YAML 锚点 & 和别名 * 展开大量内容；直接写出每一项。".into()
            }
            YamlTooLarge { .. } => {
                "文件太大了。请把内容分成几个较小的文件，例如每月或每季度一个。".into()
            }
            _ => String::new(),
        }
}

/// A name with its control characters written as escapes, so a newline in a file name
/// cannot break the message it is shown in.
fn shown_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// What else takes a page, as a `DuplicateUrl` message names it.
fn claim(claim: &PageClaim) -> String {
    match claim {
        PageClaim::File(path) => path.clone(),
        PageClaim::Folder(page) => format!("the folder content/{page}/"),
        PageClaim::Reserved(first) => format!("gongkai's own `{first}` pages"),
    }
}

/// The known word closest to `word`, when it is close enough to be a likely typo.
fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let p = Problem::UnknownKey {
            key: "titel".into(),
            context: "site.yaml".into(),
            known: vec!["title", "unit", "theme"],
        };
        assert_eq!(p.message(), "unknown key `titel` in site.yaml");
        assert!(p.hint().unwrap().contains("`title`"));
    }

    #[test]
    fn duplicate_url_names_what_else_takes_the_page() {
        let p = Problem::DuplicateUrl {
            url: "list".into(),
            others: vec![
                PageClaim::File("content/list.yaml".into()),
                PageClaim::Folder("list".into()),
                PageClaim::Reserved("list".into()),
            ],
        };
        assert_eq!(
            p.message(),
            "two items map to the same page `list/`: this file and content/list.yaml, \
             the folder content/list/, gongkai's own `list` pages"
        );
    }
}
