#!/usr/bin/env bash
# One clang build serves both the sanitizer run and fuzzing:
#   1. configure and build build-asan/ with AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer
#      and libFuzzer's coverage (OAUTHDESK_SANITIZE=ON, OAUTHDESK_FUZZ=ON);
#   2. run the whole ctest suite under the sanitizers: every report is fatal, child processes
#      included (reports are also written to files, which must stay absent);
#   3. build the one helper that starts threads (models/json/parallel.*) with its plain-data test
#      under ThreadSanitizer and run it (Debian's Qt is not instrumented for TSan, so the Qt suites
#      cannot run under it); a report fails the run, and a deliberate race must be reported;
#   4. run each fuzz target for a fixed time on its seed corpus and its regression inputs, and print
#      executions, coverage (cov/ft from libFuzzer's final stats) and crashes per target.
# Exit code 0 only when the build, every test and every fuzz run passed with no report.
#
#   scripts/sanitize-and-fuzz.sh                       # CI: 20 s per fuzz target
#   OAUTHDESK_FUZZ_SECONDS=1800 scripts/sanitize-and-fuzz.sh --fuzz-only   # a long fuzz session
#
# Options: --fuzz-only (build the fuzzers, skip the test suite and ThreadSanitizer), --tests-only,
# --jobs N.
# Environment: OAUTHDESK_FUZZ_SECONDS (per target, default 20), OAUTHDESK_FUZZ_MAX_LEN (default
# 65536), OAUTHDESK_ASAN_BUILD_DIR (default build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${OAUTHDESK_ASAN_BUILD_DIR:-build-asan}
jobs=$(nproc 2>/dev/null || echo 2)
fuzz_seconds=${OAUTHDESK_FUZZ_SECONDS:-20}
fuzz_max_len=${OAUTHDESK_FUZZ_MAX_LEN:-65536}
run_tests=1
run_fuzz=1
while [ $# -gt 0 ]; do
  case "$1" in
    --fuzz-only) run_tests=0 ;;
    --tests-only) run_fuzz=0 ;;
    --jobs) jobs=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

declare -a stage_names=() stage_secs=()
stage() { # name, command...
  local name=$1; shift
  local t0=$SECONDS
  echo "=== $name"
  "$@"
  stage_names+=("$name"); stage_secs+=($((SECONDS - t0)))
  echo "=== $name: $((SECONDS - t0)) s"
}
report_times() {
  echo
  echo "sanitize-and-fuzz stage timings:"
  for i in "${!stage_names[@]}"; do printf '  %-28s %5d s\n' "${stage_names[$i]}" "${stage_secs[$i]}"; done
}
trap report_times EXIT

# Run-time options. Every report stops the process (halt_on_error; UBSan is built with
# -fno-sanitize-recover=all) and is also written to $reports, so that a report in a child process
# (the CLI run by its tests, the secret scan's child) fails the run even where the exit code is not
# looked at. Suppressions cover third-party code only; each entry says why (tests/sanitizers/).
reports="$root/$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
supp="$root/tests/sanitizers"
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
asan_base="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:allocator_may_return_null=0${symbolizer:+:external_symbolizer_path=$symbolizer}"
ubsan_base="suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1${symbolizer:+:external_symbolizer_path=$symbolizer}"
export ASAN_OPTIONS="$asan_base:log_path=$reports/asan:log_exe_name=1"
export UBSAN_OPTIONS="$ubsan_base:log_path=$reports/ubsan:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"

# The tools the build needs, named when missing (exit 2) instead of failing later in CMake or at link.
require_tools() {
  local tool_package
  for tool_package in cmake:cmake ninja:ninja-build ctest:cmake clang++:clang; do
    command -v "${tool_package%%:*}" >/dev/null 2>&1 || {
      echo "sanitize-and-fuzz: ${tool_package%%:*} is not installed (Debian package ${tool_package#*:}; scripts/install-deps.sh installs it)." >&2
      exit 2
    }
  done
  # clang without its sanitizer and libFuzzer runtimes compiles, then fails to link every target.
  local probe
  probe=$(mktemp -d)
  printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' >"$probe/p.cpp"
  if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" >"$probe/log" 2>&1; then
    echo "sanitize-and-fuzz: clang++ cannot link with -fsanitize=fuzzer,address,undefined: its runtimes are missing (Debian package libclang-rt-14-dev; scripts/install-deps.sh installs it)." >&2
    head -3 "$probe/log" >&2
    rm -rf "$probe"
    exit 2
  fi
  rm -rf "$probe"
}

configure() {
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DOAUTHDESK_SANITIZE=ON -DOAUTHDESK_FUZZ=ON >/dev/null
}

check_reports() {
  local files
  files=$(find "$reports" -type f 2>/dev/null | sort)
  if [ -n "$files" ]; then
    echo "sanitizer reports:"
    for f in $files; do echo "--- $f"; head -60 "$f"; done
    return 1
  fi
  echo "no sanitizer reports"
}

run_tests() {
  local status=0
  ctest --test-dir "$build" -j"$jobs" --output-on-failure --timeout 1800 || status=$?
  check_reports || status=1
  return $status
}

# ThreadSanitizer: tests/models/tst_parallel.cpp with models/json/parallel.cpp, plain C++ (no Qt).
# TSan exits with 66 when it reported; every report is also written to $reports/tsan.*.
tsan_parallel() {
  local dir="$root/$build/tsan"
  mkdir -p "$dir"
  clang++ -std=c++20 -O1 -g -fsanitize=thread -fno-omit-frame-pointer -I"$root" \
    "$root/tests/models/tst_parallel.cpp" "$root/models/json/parallel.cpp" -o "$dir/tst_parallel"
  local tsan_base="halt_on_error=1:exitcode=66${symbolizer:+:external_symbolizer_path=$symbolizer}"
  # The ASan and UBSan options exported above carry a log_path, and the TSan runtime reads
  # UBSAN_OPTIONS too: with them, its report would go to a file in $reports, not to race.log.
  local -a tsan_env=(env -u ASAN_OPTIONS -u UBSAN_OPTIONS -u LSAN_OPTIONS)
  local status=0
  "${tsan_env[@]}" TSAN_OPTIONS="$tsan_base:log_path=$reports/tsan" "$dir/tst_parallel" || status=$?
  if [ $status -ne 0 ] || ! check_reports; then
    echo "tst_parallel under ThreadSanitizer failed (exit $status)"
    return 1
  fi
  # The check must be able to fail: a race through the helper has to be reported. It needs two
  # threads, so it counts only where the helper used two parts (it says so on its first line).
  # Up to three runs: a run that TSan itself could not start (a FATAL about the memory mapping,
  # which depends on where ASLR put things) is not a missing report.
  local run
  for run in 1 2 3; do
    "${tsan_env[@]}" TSAN_OPTIONS="$tsan_base" "$dir/tst_parallel" --race >"$dir/race.log" 2>&1 || true
    grep -q "ThreadSanitizer: data race\|^parts: 1$" "$dir/race.log" && break
  done
  if grep -q "^parts: 1$" "$dir/race.log"; then
    echo "ThreadSanitizer: tst_parallel passed without a report (one core: the deliberate race needs two)"
    return 0
  fi
  if ! grep -q "ThreadSanitizer: data race" "$dir/race.log"; then
    echo "ThreadSanitizer did not report the deliberate race of tst_parallel --race; its output:"
    sed -n '1,40p' "$dir/race.log"
    return 1
  fi
  echo "ThreadSanitizer: tst_parallel passed without a report; the deliberate race was reported"
}

fuzz_all() {
  local work="$root/$build/fuzz-work"
  local failed=0 total_execs=0
  # The grown corpora stay between runs (a long session can go on where the last one stopped).
  rm -rf "$work/artifacts"
  printf '\n%-16s %10s %8s %8s %8s\n' target executions cov ft crashes
  # One target per seed corpus (tests/fuzz/corpus/<name>, see tests/fuzz/fuzztargets.h).
  for dir in "$root"/tests/fuzz/corpus/*/; do
    local name
    name=$(basename "$dir")
    local exe="$build/tests/fuzz/fuzz_$name"
    if [ ! -x "$exe" ]; then
      echo "  fuzz_$name is missing"; failed=1; continue
    fi
    local corpus="$work/corpus/$name" artifacts="$work/artifacts/$name" log="$work/$name.log"
    mkdir -p "$corpus" "$artifacts"
    local dirs=("$corpus" "$root/tests/fuzz/corpus/$name")
    [ -d "$root/tests/fuzz/regressions/$name" ] && dirs+=("$root/tests/fuzz/regressions/$name")
    # Leaks inside a fuzz target are reported by libFuzzer itself (-detect_leaks); its reports go
    # to the log, not to $reports.
    ASAN_OPTIONS="$asan_base" UBSAN_OPTIONS="$ubsan_base" \
      "$exe" -max_total_time="$fuzz_seconds" -max_len="$fuzz_max_len" -timeout=20 -rss_limit_mb=3072 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "${dirs[@]}" >"$log" 2>&1 || true
    local execs cov ft crashes
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)
    cov=$( (grep -oE 'cov: [0-9]+' "$log" || true) | tail -1 | cut -d' ' -f2)
    ft=$( (grep -oE 'ft: [0-9]+' "$log" || true) | tail -1 | cut -d' ' -f2)
    crashes=$(find "$artifacts" -type f | wc -l)
    printf '%-16s %10s %8s %8s %8s\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
    total_execs=$((total_execs + ${execs:-0}))
    if [ "$crashes" -gt 0 ] || [ -z "$execs" ]; then
      failed=1
      echo "  $name failed; log: $log"
      (grep -E 'ERROR|fuzz check failed|SUMMARY' "$log" || true) | head -5 | sed 's/^/    /'
      find "$artifacts" -type f | sed 's/^/    input: /'
    fi
  done
  echo "fuzzing: $total_execs inputs in all, $fuzz_seconds s per target"
  return $failed
}

require_tools
stage "configure (clang, sanitizers)" configure
if [ $run_tests = 1 ]; then
  stage "build (sanitizers, fuzzers)" cmake --build "$build" -j"$jobs"
  stage "tests under sanitizers" run_tests
  stage "thread sanitizer (parallel helper)" tsan_parallel
else
  stage "build fuzzers" cmake --build "$build" --target fuzz_all -j"$jobs"
fi
if [ $run_fuzz = 1 ]; then
  stage "fuzzing" fuzz_all
fi
