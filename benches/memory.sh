#!/usr/bin/env bash
# Peak memory of `gongkai build` against the size of its input.
#
# Generates boards whose content is one big input (finance lines or a notice's text) of
# about 1, 10 and 100 MB, builds each once with `/usr/bin/time -v` and prints a table of
# input size, peak RSS (maximum resident set size) and wall time. The goal is a peak of
# at most 10x the input plus a constant.
#
# A YAML file may hold at most 20 MB (`yaml::MAX_DOCUMENT_BYTES`), so the 100 MB finance
# board is ten finance files of 10 MB (98,000 income lines each, the same period, each
# open, so each also prints on /board/). A notice has no such budget: the 100 MB notice
# is one file.
#
# Usage: benches/memory.sh [BINARY] [SIZES]
#   BINARY  the gongkai binary (default: target/release/gongkai, built when missing)
#   SIZES   which inputs, any of "1 10 100" (default all three)
# Each build runs under `ulimit -v` of MEMORY_CAP_KB (default 16 GB of address space), so
# a runaway build fails instead of taking the machine down; such a run shows "over cap".
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/gongkai}
sizes=${2:-"1 10 100"}
cap_kb=${MEMORY_CAP_KB:-16000000}
if [ ! -x "$bin" ]; then
  cargo build --release --locked >&2
fi
bin=$(realpath "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

site_yaml() {
  cat >"$1/site.yaml" <<'EOF'
title: 内存测试 公开栏
unit: 内存测试工会
supervision: {contact: 工会办公室, phone: "0537-1234567", email: jiandu@example.com}
large_expense_threshold: "5000.00"
EOF
}

# finance FILE LINES: one finance item of LINES income lines (about 100 bytes each).
finance() {
  LC_ALL=C awk -v lines="$2" -v title="$(basename "$1" .yaml)" 'BEGIN {
    print "kind: finance"
    print "title: 生成的经费收支 " title
    print "published: 2026-12-20"
    print "period: 2026"
    print "opening_balance: \"0.00\""
    print "income:"
    for (i = 1; i <= lines; i++) {
      m = (i % 12) + 1; d = (i % 28) + 1
      printf "  - {date: 2026-%02d-%02d, category: 会费收入, amount: \"%d.%02d\", voucher: 记-%06d, note: %d月会费}\n", m, d, 1000 + i % 9000, i % 100, i, m
    }
  }' >"$1"
}

# notice FILE BYTES: one Markdown notice of about BYTES bytes: headings, paragraphs, lists.
notice() {
  LC_ALL=C awk -v bytes="$2" 'BEGIN {
    print "---"
    print "title: 生成的长篇通知"
    print "published: 2026-12-20"
    print "category: 通知"
    print "---"
    n = 0; i = 0
    while (n < bytes) {
      i++
      if (i % 50 == 1) { s = sprintf("## 第%d部分\n\n", i / 50 + 1); printf "%s", s; n += length(s) }
      s = sprintf("第%d段：依据**《职工劳动保护管理办法》**，经队务会研究并与矿职工医院协商，现将有关安排通知如下。请各班组按时组织，做好记录。\n\n", i)
      printf "%s", s; n += length(s)
      if (i % 10 == 0) { s = "1. 体检前一日晚餐宜清淡。\n2. 当日早晨空腹。\n\n"; printf "%s", s; n += length(s) }
    }
  }' >"$1"
}

# board NAME KIND MB: a site under $work/NAME whose content is MB megabytes of KIND.
board() {
  local dir=$work/$1
  mkdir -p "$dir/content"
  site_yaml "$dir"
  case $2 in
    finance)
      if [ "$3" -le 10 ]; then
        finance "$dir/content/finance.yaml" $((9800 * $3))
      else
        for i in $(seq 1 $(($3 / 10))); do
          finance "$dir/content/finance-$i.yaml" 98000
        done
      fi
      ;;
    notice) notice "$dir/content/notice.md" $(($3 * 1000000)) ;;
  esac
  echo "$dir"
}

printf '| input | size | peak RSS | RSS / input | wall |\n|---|---|---|---|---|\n'
for kind in finance notice; do
  for mb in $sizes; do
    dir=$(board "$kind-$mb" "$kind" "$mb")
    size=$(du -sb "$dir/content" | cut -f1)
    log=$work/time.log
    status=0
    (ulimit -v "$cap_kb"; /usr/bin/time -v -o "$log" "$bin" build --root "$dir" \
      --output "$dir/public" --today 2026-12-21 >"$work/out.log" 2>&1) || status=$?
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    if [ "$status" -ne 0 ] || ! grep -q 'Exit status: 0' "$log"; then
      rss_text="over cap or failed ($(tail -n 3 "$work/out.log" | tr '\n' ' '))"
      ratio="-"
    else
      rss_text="$((rss / 1024)) MB"
      ratio=$(awk -v r="$rss" -v s="$size" 'BEGIN {printf "%.1fx", r * 1024 / s}')
    fi
    printf '| %s %s MB | %.1f MB | %s | %s | %s |\n' "$kind" "$mb" \
      "$(awk -v s="$size" 'BEGIN {print s / 1000000}')" "$rss_text" "$ratio" "$wall"
    rm -rf "$dir"
  done
done
