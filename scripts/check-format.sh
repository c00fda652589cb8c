#!/usr/bin/env bash
# Fails when a C++ file of the project is not formatted with the committed .clang-format.
# Exit codes: 0 all formatted; 1 files to format (listed); 2 the check cannot run (a missing tool,
# no git checkout, or a clang-format that cannot read .clang-format), and then no file is blamed.
set -u
cd "$(dirname "$0")/.."
missing() { # tool, package
  echo "check-format: $1 is not installed (Debian package $2; scripts/install-deps.sh installs it). No file was checked." >&2
  exit 2
}
command -v git >/dev/null 2>&1 || missing git git
command -v clang-format >/dev/null 2>&1 || missing clang-format clang-format
git rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
  { echo "check-format: $(pwd) is not a git checkout; the files to check come from 'git ls-files'." >&2; exit 2; }
# A clang-format too old for an option in .clang-format fails on every file: say that once instead.
if ! problem=$(clang-format --style=file --assume-filename=check.cpp --dump-config 2>&1 >/dev/null); then
  echo "check-format: $(clang-format --version | head -1) cannot read .clang-format:" >&2
  echo "$problem" >&2
  exit 2
fi
bad=$(git ls-files '*.cpp' '*.h' | while read -r f; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"
done)
if [ -n "$bad" ]; then
  echo "not clang-formatted (run: clang-format -i FILE):"; echo "$bad"; exit 1
fi
echo "format ok"
