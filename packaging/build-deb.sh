#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of OAuth Desk from a clean tree in one command:
#
#   packaging/build-deb.sh                 # -> build-deb/packages/oauthdesk_<version>_amd64.deb
#   packaging/build-deb.sh --rpm           # the RPM as well
#   packaging/build-deb.sh --build-dir build --no-deps
#
# Installs the build dependencies first (scripts/install-deps.sh; apt through sudo when not root),
# configures a Release build without the tests in build-deb/ unless --build-dir names a build that
# exists, builds, and runs CPack. The last lines of the output are the paths of the packages.
set -euo pipefail
script=$(readlink -f "$0")
cd "$(dirname "$0")/.."
root=$(pwd)

build_dir=build-deb
want_rpm=0
install_deps=1
usage() {
  sed -n '3,11p' "$script" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) [ $# -ge 2 ] || usage 2; build_dir=$2; shift 2 ;;
    --build-dir=*) build_dir=${1#*=}; shift ;;
    --rpm) want_rpm=1; shift ;;
    --no-deps) install_deps=0; shift ;;
    -h | --help) usage 0 ;;
    *) echo "build-deb: unknown argument: $1" >&2; usage 2 ;;
  esac
done
case $build_dir in /*) ;; *) build_dir="$root/$build_dir" ;; esac

if [ "$install_deps" = 1 ]; then
  ./scripts/install-deps.sh
fi

# Packages are world-readable whatever the caller's umask (dpkg keeps the modes it is given).
umask 022

cache="$build_dir/CMakeCache.txt"
if [ ! -f "$cache" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOAUTHDESK_BUILD_TESTS=OFF
else
  # Reusing a build (CI packages the build its tests ran on): it must be one fit to ship.
  cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$cache"; }
  if [ "$(cache_value CMAKE_BUILD_TYPE)" != Release ]; then
    echo "build-deb: $build_dir is a '$(cache_value CMAKE_BUILD_TYPE)' build; packages are made from Release builds" >&2
    exit 1
  fi
  for option in OAUTHDESK_SANITIZE OAUTHDESK_FUZZ; do
    case $(cache_value "$option") in
      ON | TRUE | 1 | YES)
        echo "build-deb: $build_dir is built with $option; packages are made without it" >&2
        exit 1 ;;
    esac
  done
  # Picks up packaging files added since the build was configured.
  cmake "$build_dir" >/dev/null
fi
cmake --build "$build_dir" -j"$(nproc 2>/dev/null || echo 2)"

generators=DEB
if [ "$want_rpm" = 1 ]; then
  if ! command -v rpmbuild >/dev/null; then
    echo "build-deb: --rpm needs rpmbuild (Debian package: rpm)" >&2
    exit 1
  fi
  generators="DEB;RPM"
fi

out="$build_dir/packages"
rm -rf "$out"
mkdir -p "$out"
(cd "$build_dir" && cpack -G "$generators" -B "$out")
rm -rf "$out/_CPack_Packages"

found=0
for package in "$out"/*.deb "$out"/*.rpm; do
  [ -f "$package" ] || continue
  echo "$package"
  found=1
done
if [ "$found" = 0 ]; then
  echo "build-deb: CPack made no package in $out" >&2
  exit 1
fi
