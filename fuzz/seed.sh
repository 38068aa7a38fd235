#!/usr/bin/env bash
# Rebuilds the committed seed corpora, fuzz/corpus/<target>/, from the sample board
# (content/, site.yaml), the starter site of `gongkai init` and the test fixtures, plus a
# few hand-written inputs (hostile Markdown, amount forms, number forms). Run it when the
# sample or the fixtures change, then commit fuzz/corpus/.
#
# Each file is named after where it came from. Inputs larger than 16 KB are left out:
# libFuzzer works best on small seeds, and the corpus stays well under 1 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
rm -rf "$corpus"
mkdir -p "$corpus"/{yaml_item,notice,site_yaml,markdown,money,privacy_scan}

# A name for a file of the repository: its path with `/` as `-`, less the noise.
name_of() {
  local p="$1"
  case "$p" in
    tests/fixtures/*) p="${p#tests/fixtures/}" ;;
    src/*) p="${p#src/}" ;;
    *) p="sample/$p" ;;
  esac
  p="${p//\/content\//-}"
  echo "${p//\//-}"
}

# Sources: the sample board, the starter site, every fixture site.
sources=$(find content src/init_sample tests/fixtures -type f -size -16k | LC_ALL=C sort)

for f in $sources site.yaml; do
  n=$(name_of "$f")
  case "$f" in
    */site.yaml | site.yaml) cp "$f" "$corpus/site_yaml/$n" ;;
    *.yaml | *.yml) cp "$f" "$corpus/yaml_item/$n" ;;
    *.md)
      cp "$f" "$corpus/notice/$n"
      # The markdown target takes a depth byte, then the body after the front matter.
      { printf '\001'; awk 'n >= 2 { print } /^---[[:space:]]*$/ { n++ }' "$f"; } \
        >"$corpus/markdown/$n"
      # The privacy target takes five bytes saying which edit to try, then the text.
      { printf '\030\000\004\012\013'; cat "$f"; } >"$corpus/privacy_scan/$n"
      ;;
  esac
done

# Hostile YAML: an alias bomb (refused by the alias budget), deep nesting, tags.
{
  echo 'kind: finance'
  echo 'a: &a ["x","x","x","x","x","x","x","x","x"]'
  prev=a
  for i in b c d e f g h i; do
    echo "$i: &$i [*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev]"
    prev=$i
  done
} >"$corpus/yaml_item/hostile-alias-bomb.yaml"
printf 'kind: welfare\ntitle: %s\n' "$(printf '[%.0s' $(seq 600))" \
  >"$corpus/yaml_item/hostile-deep-nesting.yaml"
printf 'kind: !!str finance\ntitle: !custom x\npublished: !!timestamp 2026-01-01\n? [a, b]\n: c\n' \
  >"$corpus/yaml_item/hostile-tags-complex-key.yaml"

# Hostile Markdown, as the renderer's own tests try it (depth byte first).
md() { { printf '%b' "$1"; printf '%s' "$3"; } >"$corpus/markdown/hostile-$2.md"; }
md '\000' raw-html '图片<img src=x onerror=alert(1)>

<script>alert(1)</script>

<a href=" JAVA&#x09;SCRIPT:alert(1)">再点</a> <p style="color:red" onclick="x()">红字</p>
<iframe src="https://evil.example/">框架</iframe><object data="x.swf">o</object>
<a href="data:text/html,<script>alert(1)</script>">d</a> <img src="data:image/png;base64,iVBORw0KGgo=">
<style>body{display:none}</style><!-- 注释 --><svg><a xlink:href="javascript:alert(1)">s</a></svg>
'
md '\001' dangerous-links '[点击](javascript:alert(1)) [大写](JaVaScRiPt:alert(1)) [实体](&#106;avascript:alert(1)) [vb](vbscript:msgbox) [数据](data:text/html,x) <javascript:alert(1)> ![图](javascript:alert(1)) [好](https://example.com) ![png](data:image/png;base64,AA)
[引用][r] [文件](file:///etc/passwd) [上级](../../../../secret.txt) [盘符](C:\\a.txt)

[r]: javascript:alert(2)
'
md '\002' gfm '| 项目 | 金额 |
|:--|--:|
| 慰问 | **1,234.56** |

脚注[^1]，~~删除~~，详见https://x.cn/a。请于**4月5日**前报名，邮件 a@b.cn，www.example.com。

[^1]: 说明 <b>粗</b>

- [ ] 待办
  1. 子项
     > 引用 `代码`

```html
<script>
```
'
md '\003' crlf-bom-nul $'\xef\xbb\xbf# 标题\r\n\r\n正文\x00<b>\r第三行 [a](<b c>)\r\n'

# Amounts: accepted and refused forms.
i=0
while IFS= read -r amount; do
  i=$((i + 1))
  printf '%s' "$amount" >"$corpus/money/amount-$(printf '%02d' $i)"
done <<'EOF'
1234.56
¥1,234.56
-￥12.30
¥-5
　12.5　
92233720368547758.07
-92233720368547758.08
92233720368547758.08
000000000000000000000000000000000000000000000001
1,234,567.89
0.05
-0
1.230
1e3
-.inf
NaN
1,23.00
12.
.5
１２３
1，234
99999999999.99
1000000000000.00
100100000
1020304050.05
EOF

# Number forms for the privacy scanner (edit header first).
pv() { { printf '%b' "$1"; printf '%s' "$3"; } >"$corpus/privacy_scan/forms-$2.txt"; }
pv '\006\000\001\006\004' mobiles '电话13812345678，138-1234-5678，138 1234 5678，+86 138 1234 5678，(+86)13812345678，（86）13812345678，0086-13812345678'
pv '\004\000\002\000\010' ids '身份证11010519491231002X，370802198506123013，110105 19491231 002x，１１０１０５１９４９１２３１００２Ｘ'
pv '\012\000\000\004\006' cards '卡号6222021234567890128，4111 1111 1111 1111，6222-0212-3456-7890-128，信用代码91350100M000100Y43'
pv '\000\000\000\000\000' look-alikes '订单号20260401123456789012，金额4111111111111111.00，日期2026-04-01至2026-04-08，热线12351，400-810-8888'

du -sh "$corpus"
