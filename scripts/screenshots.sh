#!/usr/bin/env bash
# Builds the oauthdesk-screenshots tool (or uses an existing build) and saves screenshots of the main
# window and each dialog, on the built-in demo org, into docs/screenshots/. Runs it under Xvfb at
# 1440x900: the tool is the app plus a driver (ui/tools/) that takes it to each state and grabs the
# widgets. The oauthdesk executable itself has no such mode.
#
#   scripts/screenshots.sh [build-dir]      # default: build
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=docs/screenshots

tool="$build/ui/tools/oauthdesk-screenshots"
if [ ! -x "$tool" ] || [ -n "${OAUTHDESK_REBUILD:-}" ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build "$build" --target oauthdesk-screenshots
fi
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }

mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A clean settings directory (no saved layout or theme from a previous run), a fixed locale and
# font scale, and no keychain or desktop integration.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=en_US.UTF-8 LC_ALL=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1
unset QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE DBUS_SESSION_BUS_ADDRESS

start=$(date +%s)
timeout 180 xvfb-run -a -s "-screen 0 1440x900x24" "$tool" "$tmp/shots" --theme light
# The app in German, to show that the interface is translated: the same run with --lang de; only its
# main window is kept.
timeout 180 xvfb-run -a -s "-screen 0 1440x900x24" "$tool" "$tmp/shots-de" --theme light --lang de >/dev/null
cp "$tmp/shots-de/main-window.png" "$tmp/shots/main-window-de.png"

# Keep each PNG small: 8-bit palette when ImageMagick is there (the UI has few colours).
for f in "$tmp"/shots/*.png; do
  name=$(basename "$f")
  if command -v convert >/dev/null; then
    convert "$f" -strip -colors 255 PNG8:"$out/$name"
  else
    cp "$f" "$out/$name"
  fi
  printf '%-40s %6s KB\n' "$out/$name" "$(( $(stat -c %s "$out/$name") / 1024 ))"
done
echo "screenshots: done in $(( $(date +%s) - start )) s"
