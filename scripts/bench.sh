#!/usr/bin/env bash
# Runs the full benchmark of docs/performance.md and prints its JSON.
#   ./scripts/bench.sh            # all sizes, 7 runs each, with the official JS SDK for comparison
#   RUNS=3 ./scripts/bench.sh     # fewer runs
# The SDK (purecloud-platform-client-v2) comes from the npm registry into build/bench-sdk.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh >/dev/null
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target oauthdesk-bench >/dev/null

sdk=build/bench-sdk
sdk_args=()
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$sdk/node_modules/purecloud-platform-client-v2" ]; then
    mkdir -p "$sdk"
    (cd "$sdk" && npm install --no-audit --no-fund --silent purecloud-platform-client-v2 >/dev/null)
  fi
  cp tests/bench/sdk-list.cjs "$sdk/"
  sdk_args=(--sdk "$(cd "$sdk" && pwd)")
else
  echo "bench: node/npm not found; the SDK comparison is skipped" >&2
fi

exec ./build/tests/bench/oauthdesk-bench --runs "${RUNS:-7}" \
  --listing 1000,10000,50000 --search 10000,100000 --usage 90x300 --gui 40,10000 --cli 10000 --sandbox 10000,50000 \
  "${sdk_args[@]}"
