//! What is said about personal numbers (resident IDs, mobiles, bank cards) found in
//! content, file names, the supervision phone or the rendered pages.

use super::Problem;

/// The message of a problem this file speaks about (empty for any other: see
/// `Problem::topic`).
pub(super) fn message(problem: &Problem) -> String {
    use Problem::*;
    match problem {
        SupervisionMobile { masked } => format!(
            "supervision.phone {masked} is a mobile number; a person's mobile must not be printed on notices"
        ),
        PersonalData { kind, masked } => {
            format!("{kind} {masked} must not be published")
        }
        PersonalDataInName { kind, masked } => {
            format!("file name contains a {kind} ({masked})")
        }
        PersonalDataInFolderName { kind, masked } => {
            format!("folder name contains a {kind} ({masked})")
        }
        AttachmentUnread { what } => {
            format!("this {what} could not be opened, so it was not checked for personal numbers")
        }
        PersonalDataInOutput { kind, masked } => {
            format!("the rendered page contains a {kind} ({masked}); nothing was published")
        }
        _ => String::new(),
    }
}

/// The hint of a problem this file speaks about (empty for any other).
pub(super) fn hint(problem: &Problem) -> String {
    use Problem::*;
    match problem {
            SupervisionMobile { .. } => {
                "监督电话请填写办公室固定电话（如 0537-1234567）或单位公开热线，不要填写个人手机号；privacy.allow 也不能放行这里的手机号。".into()
            }
            PersonalData { .. } | PersonalDataInName { .. } | PersonalDataInFolderName { .. } => {
                "公示内容不得出现身份证号、手机号、银行卡号，请删去。单位公开的服务热线等号码，可在 site.yaml 的 privacy.allow 中逐个列出。".into()
            }
            AttachmentUnread { .. } => {
                "文件可能已损坏或设了密码。请确认其中没有身份证号、手机号、银行卡号后再公示，或用办公软件另存一份（不设密码）。".into()
            }
            PersonalDataInOutput { .. } => {
                "这个号码来自模板或 static/ 中的文件，请从中删去；公开热线可列入 site.yaml 的 privacy.allow。".into()
            }
            _ => String::new(),
        }
}
