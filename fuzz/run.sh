#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60), one after the other, and reports
# per target the executions and whether it crashed. Name targets after SECONDS to run
# only those: `fuzz/run.sh 300 markdown money`.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`); works on the stable toolchain, since
# RUSTC_BOOTSTRAP=1 lets it pass the flags that libFuzzer needs. Each run starts from the
# committed seeds (fuzz/corpus/TARGET, read only) and what earlier runs found
# (fuzz/corpus-grown/TARGET, where new inputs go); a crash, hang (over 5 s) or an input
# that takes over 512 MB is saved under fuzz/artifacts/TARGET/. Both folders are ignored
# by git. FUZZ_SANITIZER=address runs under AddressSanitizer (slower; the default,
# none, still catches every panic, overflow, hang and runaway allocation); its own
# bookkeeping takes some 500 MB, so the memory limit is then 2048 MB.
#
# Exit status: 0 when no target crashed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
all=(yaml_item notice site_yaml markdown money privacy_scan)
targets=("${@:-${all[@]}}")
sanitizer="${FUZZ_SANITIZER:-none}"
rss_mb=512
[ "$sanitizer" = none ] || rss_mb=2048
export RUSTC_BOOTSTRAP=1 CARGO_INCREMENTAL=0

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is missing: cargo install cargo-fuzz" >&2
  exit 2
fi
cargo fuzz build -s "$sanitizer" || exit 2

dict_of() {
  case "$1" in
    yaml_item | notice | site_yaml) echo fuzz/dict/yaml.dict ;;
    markdown) echo fuzz/dict/markdown.dict ;;
    money) echo fuzz/dict/money.dict ;;
    privacy_scan) echo fuzz/dict/privacy.dict ;;
  esac
}

mkdir -p fuzz/logs
report=()
failed=0
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus-grown/$target" "fuzz/artifacts/$target"
  log="fuzz/logs/$target.log"
  echo "== $target: ${seconds}s"
  cargo fuzz run -s "$sanitizer" "$target" "fuzz/corpus-grown/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb="$rss_mb" -timeout=5 -print_final_stats=1 \
    -dict="$(dict_of "$target")" >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -eq 0 ]; then
    verdict="no crash"
  else
    failed=1
    artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
    verdict="CRASH (exit $status) ${artifact:-see $log}"
    grep -m 3 -E "panicked|ERROR: libFuzzer|==ERROR" "$log" | sed 's/^/    /'
  fi
  report+=("$(printf '%-13s %6ss %12s execs  %s' "$target" "$seconds" "${execs:-?}" "$verdict")")
done

echo
echo "target        seconds   executions        result"
printf '%s\n' "${report[@]}"
exit "$failed"
