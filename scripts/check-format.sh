#!/usr/bin/env bash
# Fails when a C++ file of the project is not formatted with the committed .clang-format.
set -u
cd "$(dirname "$0")/.."
bad=$(git ls-files '*.cpp' '*.h' | while read -r f; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"
done)
if [ -n "$bad" ]; then
  echo "not clang-formatted (run: clang-format -i FILE):"; echo "$bad"; exit 1
fi
echo "format ok"
