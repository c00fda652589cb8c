#!/usr/bin/env bash
# Installs everything OAuth Desk needs to build, test and package, on Debian 12 or Ubuntu 24.04.
# Safe to run again: apt skips what is already there. Runs apt through sudo when not root.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-websockets-dev
  qtkeychain-qt6-dev qt6-charts-dev qt6-httpserver-dev qt6-networkauth-dev qt6-svg-dev
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n qt6-gtk-platformtheme libgl-dev
  libsimdjson-dev
  # sanitizers and fuzzing
  clang libclang-rt-14-dev
  # checks: scripts/check-format.sh, packaging/check-manpages.sh (man, groff, col)
  clang-format man-db
  # tests: offscreen and Xvfb GUI, a real Secret Service
  xvfb xauth xdotool imagemagick gnome-keyring dbus dbus-x11 libsecret-tools libsecret-1-0
  nodejs npm  # tests: npm's @cdktf/hcl2json (pinned) parses the Terraform export (check_terraform_export)
  # packaging and metadata checks
  file dpkg-dev rpm lintian appstream desktop-file-utils
  librsvg2-bin  # rsvg-convert renders the hicolor PNG app icons from the SVG (packaging/)
  # fonts for readable screenshots
  fonts-dejavu-core
)

# Ubuntu 24.04 names clang's runtime differently; fall back to whatever exists.
if ! apt-cache show libclang-rt-14-dev >/dev/null 2>&1; then
  packages=("${packages[@]/libclang-rt-14-dev/libclang-rt-dev}")
fi

SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' && continue
  # Node.js from NodeSource bundles npm and conflicts with Debian's npm package: an npm that
  # already runs is enough.
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
