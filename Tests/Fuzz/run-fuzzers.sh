#!/usr/bin/env bash
# Builds the fuzz targets (Tests/Fuzz/Targets) into .build-fuzz with AddressSanitizer and libFuzzer
# coverage (optimised; FUZZ_CONFIGURATION=debug for a debug build), and runs each, one at a time, with seeds from Samples/ and the rule examples.
# Usage: Tests/Fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#   SECONDS: time per target (default 60). FUZZ_RUNS=N stops each target after N executions; then
#   SECONDS defaults to 3600, a cap that should not be the limit that ends the run.
# Crashes, timeouts and invariant violations land in .build-fuzz/crashes/TARGET/; each target's log is
# .build-fuzz/TARGET.log. Per target, one line: executions, wall seconds, cov and ft of libFuzzer's final
# line, and the files in the crash folder (timeouts among them).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=60
[ -n "${FUZZ_RUNS:-}" ] && seconds=3600
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
all=(FuzzMarkdown FuzzHTML FuzzPlainText FuzzSentences FuzzRuleFile FuzzConfig FuzzDiff FuzzBaseline
  FuzzSuppression FuzzGlob FuzzMessageFramer)
targets=("$@")
[ $# -gt 0 ] || targets=("${all[@]}")
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
runtime=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
build=.build-fuzz
# Optimised by default: several times the executions per second of a debug build, and Sources/ has no
# assert() that -O would drop. FUZZ_CONFIGURATION=debug for a build that is quicker to make.
configuration=${FUZZ_CONFIGURATION:-release}
for target in "${targets[@]}"; do
  CLAIMLINT_FUZZ=1 swift build --build-path "$build" -c "$configuration" --product "$target" \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
    -Xswiftc -enable-testing -Xswiftc -use-ld=lld -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 |
    { grep -v "Cannot export local symbol" || true; }
done
python3 Tests/Fuzz/make-seeds.py "$build/seeds"
# No allocation stacks in reports (collecting one per malloc was a fifth of the time of the YAML targets);
# rerun a crash file with ASAN_OPTIONS=malloc_context_size=30 to see where its memory came from.
export ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0:${ASAN_OPTIONS:-}
# Swift's own crash handler reads memory ASan calls wild (noise after every crash); libFuzzer reports.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  log="$build/$target.log"
  mkdir -p "$corpus" "$crashes"
  runs=()
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  start=$(date +%s)
  if ! "$build/$configuration/$target" "$corpus" "$build/seeds/${target#Fuzz}" -max_total_time="$seconds" \
    -timeout=10 -max_len=16384 -artifact_prefix="$crashes/" -print_final_stats=1 "${runs[@]}" \
    >"$log" 2>&1; then
    status=1
    echo "$target: FAILED, see $log and $crashes/"
  fi
  elapsed=$(($(date +%s) - start))
  # libFuzzer's final line: "#1000000<TAB>DONE   cov: 1234 ft: 5678 corp: ..."
  done_line=$(grep -E "^#[0-9]+[[:space:]]*DONE" "$log" | tail -1 || true)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$done_line")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$done_line")
  found=$(find "$crashes" -type f | wc -l)
  timeouts=$(find "$crashes" -type f -name 'timeout-*' | wc -l)
  printf '%-18s execs=%s seconds=%s cov=%s ft=%s crashes=%s (timeouts %s)\n' \
    "$target" "${execs:--}" "$elapsed" "${cov:--}" "${ft:--}" "$found" "$timeouts"
done
exit $status
