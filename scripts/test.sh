#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test.
# Prints how long each stage took. Exit code: 0 when everything passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

declare -a stage_names=() stage_secs=()
stage() { # name, command...
  local name=$1; shift
  local t0=$SECONDS
  echo "=== $name"
  "$@"
  stage_names+=("$name"); stage_secs+=($((SECONDS - t0)))
  echo "=== $name: $((SECONDS - t0)) s"
}
report() {
  echo
  echo "Stage timings:"
  for i in "${!stage_names[@]}"; do printf '  %-28s %5d s\n' "${stage_names[$i]}" "${stage_secs[$i]}"; done
}
trap report EXIT

stage "install dependencies" ./scripts/install-deps.sh
stage "configure" cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DOAUTHDESK_WERROR=ON
stage "build" cmake --build build -j"$jobs"
stage "format check" ./scripts/check-format.sh
stage "tests" ctest --test-dir build -j"$jobs" --output-on-failure --timeout 600
stage "sanitizers and fuzzing" ./scripts/sanitize-and-fuzz.sh
stage "package" ./packaging/test-package.sh --build-dir build
