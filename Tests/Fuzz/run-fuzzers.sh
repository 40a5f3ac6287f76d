#!/usr/bin/env bash
# Builds the fuzz targets (Tests/Fuzz/Targets) into .build-fuzz with AddressSanitizer and libFuzzer
# coverage, and runs each for SECONDS (default 60) with seeds from Samples/ and the rule examples.
# Usage: Tests/Fuzz/run-fuzzers.sh [SECONDS] [TARGET...]   (FUZZ_RUNS=N: stop each after N executions)
# Crashes land in .build-fuzz/crashes/TARGET/; the last line of each log holds executions and coverage.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
all=(FuzzMarkdown FuzzHTML FuzzPlainText FuzzSentences FuzzRuleFile FuzzConfig FuzzDiff FuzzBaseline
  FuzzSuppression FuzzGlob FuzzMessageFramer)
targets=("$@")
[ $# -gt 0 ] || targets=("${all[@]}")
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
runtime=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
build=.build-fuzz
CLAIMLINT_FUZZ=1 swift build --build-path "$build" \
  -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -enable-testing -Xswiftc -use-ld=lld -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 |
  grep -v "Cannot export local symbol"
python3 Tests/Fuzz/make-seeds.py "$build/seeds"
export ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-}
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  runs=()
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  echo "== $target"
  if ! "$build/debug/$target" "$corpus" "$build/seeds/${target#Fuzz}" -max_total_time="$seconds" \
    -timeout=10 -max_len=16384 -artifact_prefix="$crashes/" -print_final_stats=1 "${runs[@]}" \
    >"$build/$target.log" 2>&1; then
    status=1
    echo "$target: FAILED, see $build/$target.log and $crashes/"
  fi
  grep -E "^#[0-9]+ *DONE|^stat::number_of_executed_units|^stat::average_exec_per_sec|Done [0-9]+ runs" \
    "$build/$target.log" | tr '\n' ' '
  echo
done
exit $status
