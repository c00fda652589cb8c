#!/usr/bin/env bash
# Installs what is missing, builds OAuth Desk, and launches the GUI on the built-in sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target oauthdesk
exec ./build/ui/oauthdesk --demo "$@"
