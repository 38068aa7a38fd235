//! What is said about a clerk's spreadsheet, whether `gongkai import` reads it or an item
//! keeps its lines in it (`lines: ledger.xlsx`): the file and its sheet, the header, each
//! refused cell, 合计 and 余额 that do not add up, the file an item names; and the
//! comments `gongkai import` writes into the YAML it makes.

use super::Problem;
use crate::model::money::MoneyError;

/// Why the spreadsheet an item names cannot be its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LedgerFault {
    /// No such file beside the item.
    Missing,
    /// The path climbs out of `content/`, or is absolute.
    Outside,
    /// An editor leftover or hidden file, which the build does not read (`~$ledger.xlsx`).
    Ignored,
    /// The file could not be read: the system's words.
    Unreadable(String),
}

/// The message of a problem this file speaks about (empty for any other: see
/// `Problem::topic`).
pub(super) fn message(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        SheetFormat { file } => {
            format!("`{file}` is not a spreadsheet gongkai reads (.xlsx, .xls, .ods or .csv)")
        }
        SheetUnreadable => {
            "the spreadsheet cannot be opened: it is damaged, or protected with a password".into()
        }
        SheetEncoding => "the CSV file is neither UTF-8 nor GBK/GB18030 text".into(),
        SheetMissing { sheet, sheets } => format!(
            "there is no sheet `{sheet}`; the sheets are: {}",
            sheets.join(", ")
        ),
        HeaderMissing { kind, needs } => format!(
            "no header row with the columns a {kind} sheet needs: {}",
            needs.join(", ")
        ),
        ColumnTwice {
            header,
            first,
            first_column,
        } => format!(
            "column `{header}` says the same as column {first_column} (`{first}`); which one holds the values?"
        ),
        MappingColumn { key, header, .. } if header.is_empty() => {
            format!("`{key}` names a column the sheet does not have")
        }
        MappingColumn { key, header, row } => {
            format!("`{key}: {header}`: row {row} has no header `{header}`")
        }
        CellAmount { text, error, .. } => {
            format!("`{text}` is not an amount: {}", amount_reason(error))
        }
        CellNumber { text } => format!("`{text}` is not a number of days or hours"),
        CellDate { text } => format!("`{text}` is not a date"),
        CellEmpty { header } => format!("the `{header}` of this line is empty"),
        CellDirection { text } => {
            format!("`{text}` does not say whether the amount is income or expense")
        }
        CellSideUnknown { category } => format!(
            "`{category}` is not in the chart of accounts, so it does not say whether the amount is income or expense"
        ),
        LineBothSides { income, expense } => format!(
            "this line has both income ({income}) and an expense ({expense}); a line is one or the other"
        ),
        BalanceMismatch {
            given,
            computed,
            before,
        } => format!(
            "balance {given} does not follow from the balance before ({before}) and this line: it should be {computed}"
        ),
        TotalMismatch {
            header,
            given,
            computed,
            rows,
        } => match rows {
            Some((from, to)) => format!(
                "the total of `{header}` is {given}, but its lines (rows {from} to {to}) add up to {computed}"
            ),
            None => format!("the total of `{header}` is {given}, but there are no lines above it"),
        },
        WorkdaysDiffer {
            found,
            first,
            first_row,
        } => format!(
            "{found} workdays here, but {first} on row {first_row}: everyone on one sheet has the same workdays"
        ),
        ImportWouldOverwrite { path } => {
            format!("{path} exists already; the import does not replace a file")
        }
        LedgerFile { file, fault } => match fault {
            LedgerFault::Missing => format!("`{file}` is not a file beside this item"),
            LedgerFault::Outside => {
                format!("`{file}` lies outside content/; the spreadsheet must be kept in content/")
            }
            LedgerFault::Ignored => format!(
                "`{file}` is a hidden file or an editor's leftover, which the build does not read"
            ),
            LedgerFault::Unreadable(detail) => format!("`{file}` cannot be read: {detail}"),
        },
        LedgerAndList { key, list } => format!(
            "`{list}` lists lines and `{key}` names a spreadsheet of them; give the lines in one place"
        ),
        SheetOpeningMismatch { sheet, item } => {
            format!("the sheet starts from a balance of {sheet}, but `opening_balance` is {item}")
        }
        SheetWorkdaysMismatch { sheet, item } => {
            format!("the sheet gives {sheet} workdays, but `workdays` is {item}")
        }
        _ => String::new(),
    }
}

/// The hint of a problem this file speaks about (empty for any other).
pub(super) fn hint(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        SheetFormat { .. } => "请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）或 CSV 文件后再导入。".into(),
        SheetUnreadable => "请用 Excel 或 WPS 打开该文件，确认能正常打开；如设有打开密码，请取消密码后另存一份。".into(),
        SheetEncoding => "请在 Excel 或 WPS 中重新“另存为”CSV（逗号分隔）或 CSV UTF-8 文件。".into(),
        SheetMissing { .. } => "工作表名写在 Excel 窗口底部的标签上；请照抄名称，或不写，默认读第一张表。".into(),
        HeaderMissing { .. } => "表头（标题行下面写着“日期”“姓名”“金额”等列名的一行）须在表的前 30 行里；列名与常用写法不同时，请改成常用写法，或用对照表（--map）指明各列。".into(),
        ColumnTwice { .. } => "请删去或改名其中一列，或用对照表（--map）指明用哪一列。".into(),
        MappingColumn { .. } => "对照表中的列名须与表头单元格里的文字一致，或写列号字母（如 C）；表头不在第一行时请写 header_row。".into(),
        CellAmount {
            error: MoneyError::TooManyDecimals { .. },
            computed: true,
            ..
        } => "这个单元格的数是公式算出来的，带有计算机二进制小数的尾差，不能当作金额。请在表中用 =ROUND(公式,2) 取到分，或直接输入金额。".into(),
        CellAmount {
            error: MoneyError::Negative,
            ..
        } => "金额不能是负数：红字冲销请在备注中说明，并把冲回的金额记在另一方（收入或支出）。".into(),
        CellAmount { .. } => "金额以元为单位，最多两位小数，例如 1234.56、¥1,234.56 或 1234.56元。".into(),
        CellNumber { .. } => "天数和小时数填数字，最多两位小数，例如 21 或 0.5。".into(),
        CellDate { .. } => "日期写成 2026-04-05、2026/4/5、2026.4.5 或 2026年4月5日，或把单元格设为日期格式。".into(),
        CellEmpty { .. } => "每一行都要填这一项；如果这一行不是明细（如说明文字），请删去或移到表格下方。".into(),
        CellDirection { .. } => "收支列填“收入”或“支出”（也可写“收”“支”“借”“贷”）。".into(),
        CellSideUnknown { .. } => "表中只有一列金额时，需要一列“收支”写明收入或支出，或把科目写成会计科目表中的名称或编码（如 会费收入、501）。".into(),
        LineBothSides { .. } => "一行只记一笔：收入和支出请分成两行。".into(),
        BalanceMismatch { .. } => "余额应等于上一行的余额加本行收入、减本行支出；请核对本行和上一行的金额与余额。".into(),
        TotalMismatch { .. } => "合计应等于上面各行之和；请核对合计行的公式是否包含了所有行，以及各行的金额。".into(),
        WorkdaysDiffer { .. } => "同一张出勤表的应出勤天数相同；请核对这一行的应出勤天数。".into(),
        ImportWouldOverwrite { .. } => "要用新导入的内容替换它，请加上 --force；或用 --out 写到另一个文件。".into(),
        LedgerFile { fault: LedgerFault::Outside, .. } => "表格文件须放在 content/ 里，通常与本文件放在同一文件夹，然后只写文件名。".into(),
        LedgerFile { fault: LedgerFault::Ignored, .. } => "以 ~$ 或 . 开头的是临时或隐藏文件；请写表格本身的文件名。".into(),
        LedgerFile { .. } => "写表格文件名时，路径相对于本文件所在的文件夹，例如 ledger-2026-q1.xlsx；请核对文件名和扩展名。".into(),
        LedgerAndList { .. } => "明细要么写在本文件里，要么放在表格里，两者选一。".into(),
        SheetOpeningMismatch { .. } => "表中的期初余额（或第一行余额倒推出的余额）应与 opening_balance 相同；请核对其中之一。".into(),
        SheetWorkdaysMismatch { .. } => "表中的应出勤天数应与 workdays 相同；请核对其中之一。".into(),
        _ => String::new(),
    }
}

fn amount_reason(error: &MoneyError) -> String {
    use MoneyError::*;
    match error {
        TooManyDecimals { decimals } => {
            format!("it has {decimals} decimals, at most 2 (fen) are allowed")
        }
        Negative => "a negative amount is not allowed here".into(),
        Exponent => "exponents are not allowed".into(),
        MisplacedSeparator => "the thousands separators are misplaced".into(),
        Overflow => "it is too large".into(),
        Empty | SpecialFloat | Invalid => {
            "it is not written as yuan with at most two decimals".into()
        }
    }
}

/// The comment lines at the top of an imported item: where it came from, and what to
/// check before publishing.
pub fn written_from(file: &str, sheet: Option<&str>, lines: usize) -> Vec<String> {
    let from = match sheet {
        Some(sheet) => format!("{file}（工作表“{sheet}”）"),
        None => format!("{file} "),
    };
    vec![
        format!(
            "由 gongkai import 从 {from}导入，共 {lines} 行明细；表中的合计行已核对，未作为明细导入。"
        ),
        "发布前请核对标题、发布日期和期间，填写下面标注“请填写”的项目。".into(),
    ]
}

/// The comment beside an empty `period:`.
pub const FILL_PERIOD: &str = "请填写：数据所属期间，如 2026-Q1、2026-03";

/// The comment beside an empty `opening_balance:`.
pub const FILL_OPENING: &str = "请填写：期初余额（表中没有期初余额或余额列）";

/// The comment beside an empty `program:`.
pub const FILL_PROGRAM: &str = "请填写：项目名称，如 送温暖、困难职工帮扶";

/// The comment beside an empty `workdays:`.
pub const FILL_WORKDAYS: &str = "请填写：应出勤天数（表中没有应出勤一列）";
