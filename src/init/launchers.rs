//! The files `gongkai init` puts in a site folder so a clerk starts the preview by
//! double-clicking: a `.bat` for Windows, a `.command` for macOS and a `.sh` for Linux.
//! Each runs `gongkai serve --open` in the site folder, with the `gongkai` program
//! beside it or on the PATH, and says what to do when it is not found.
//!
//! The `.bat` is written as Chinese Windows writes such a file, since that is where it is
//! read: CRLF line ends and GBK (cmd.exe reads a batch file in the console's code page,
//! 936 on Chinese Windows). Its commands are plain ASCII, so they work in any code page.

/// The file name, without extension, of every launcher: "preview the board".
pub const NAME: &str = "预览公开栏";

/// The Windows launcher as text (LF; `bat_bytes` gives the file).
const BAT: &str = r#"@echo off
rem gongkai: preview this board in the browser. Saved as GBK (code page 936) with CRLF.
rem 双击本文件：启动公开栏预览并在浏览器中打开；关闭本窗口即停止预览。
cd /d "%~dp0"
if exist "%~dp0gongkai.exe" (
  "%~dp0gongkai.exe" serve --open
) else (
  gongkai serve --open
)
if errorlevel 1 (
  echo.
  echo 预览没有启动，出错信息见上方。如果是找不到 gongkai：
  echo 请把 gongkai.exe 复制到本文件夹（与 site.yaml 放在一起），再双击本文件。
  pause
)
"#;

/// The macOS and Linux launcher (UTF-8, LF).
const SH: &str = r#"#!/bin/sh
# 双击（macOS，.command 文件）或在终端运行（Linux：sh 预览公开栏.sh）：
# 启动公开栏预览并在浏览器中打开；关闭窗口或按 Ctrl+C 即停止预览。
cd "$(dirname "$0")" || exit 1
preview() {
  "$1" serve --open || { printf '\n预览没有启动，出错信息见上方。按回车键关闭。'; read -r _; }
}
if [ -x ./gongkai ]; then
  preview ./gongkai
elif command -v gongkai >/dev/null 2>&1; then
  preview gongkai
else
  printf '找不到 gongkai：请把 gongkai 复制到本文件夹（与 site.yaml 放在一起），再运行本文件。\n按回车键关闭。'
  read -r _
fi
"#;

/// The Windows launcher's bytes: GBK, CRLF.
pub fn bat_bytes() -> Vec<u8> {
    let crlf = BAT.replace('\n', "\r\n");
    let (bytes, _, _) = encoding_rs::GBK.encode(&crlf);
    bytes.into_owned()
}

/// The launchers: (file name, bytes, executable).
pub fn launchers() -> Vec<(String, Vec<u8>, bool)> {
    vec![
        (format!("{NAME}.bat"), bat_bytes(), false),
        (format!("{NAME}.command"), SH.as_bytes().to_vec(), true),
        (format!("{NAME}.sh"), SH.as_bytes().to_vec(), true),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bat_is_gbk_with_crlf_and_ascii_commands() {
        let bytes = bat_bytes();
        assert!(std::str::from_utf8(&bytes).is_err(), "GBK, not UTF-8");
        let (text, _, bad) = encoding_rs::GBK.decode(&bytes);
        assert!(!bad, "every character has a GBK code");
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        for line in text.lines() {
            let line = line.trim_start();
            if !line.starts_with("rem") && !line.starts_with("echo") {
                assert!(line.is_ascii(), "{line}");
            }
            assert!(
                !line.starts_with("echo") || !line.contains(['(', ')']),
                "{line}"
            );
        }
        assert!(text.contains("serve --open"));
    }
}
