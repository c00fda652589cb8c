#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb (and the .rpm), checks them, installs the .deb system-wide with apt, runs the
# installed programs, and removes the package again: the packaging stage of CI.
#
#   packaging/test-package.sh [--build-dir DIR]     (default: a fresh Release build in build-deb/)
#
# Needs root (or sudo) for apt. The package, and whatever apt installed with it, is purged on every
# way out (a trap), so the machine is left with the packages it had. An oauthdesk package that
# was already installed, and not by an earlier interrupted run of this script, stops the test
# before anything is changed. Exit code 0 when every check passed.
set -euo pipefail
script=$(readlink -f "$0")
cd "$(dirname "$0")/.."

build_args=()
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) [ $# -ge 2 ] || { echo "test-package: --build-dir needs a value" >&2; exit 2; }
      build_args=(--build-dir "$2"); shift 2 ;;
    --build-dir=*) build_args=(--build-dir "${1#*=}"); shift ;;
    -h | --help) sed -n '3,11p' "$script" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test-package: unknown argument: $1" >&2; exit 2 ;;
  esac
done

SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)

app_id=org.oauthdesk.OAuthDesk
passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "  FAIL  $1" >&2; }
# check DESCRIPTION COMMAND...: one named check; its output is shown when it fails, or with SHOW=1.
check() {
  local name=$1; shift
  local log
  if log=$("$@" 2>&1); then
    pass "$name"
    if [ "${SHOW:-0}" = 1 ] && [ -n "$log" ]; then sed 's/^/        /' <<<"$log"; fi
  else
    fail "$name"
    [ -z "$log" ] || sed 's/^/        /' <<<"$log" >&2
  fi
}
finish() {
  echo
  if [ "$failed" -gt 0 ]; then
    echo "test-package: failed checks:" >&2
    printf '  %s\n' "${failures[@]}" >&2
  fi
  echo "package: $passed passed, $failed failed"
}

work=$(mktemp -d /tmp/oauthdesk-package-test.XXXXXX)
chmod 755 "$work"
cleanup_work() { rm -rf "$work"; }
trap cleanup_work EXIT

# --- 1. Build -------------------------------------------------------------------------------------
echo "--- building the packages"
want_rpm=()
if command -v rpmbuild >/dev/null; then want_rpm=(--rpm); fi
./packaging/build-deb.sh "${build_args[@]}" "${want_rpm[@]}" | tee "$work/build.log"
deb=$(grep -E '\.deb$' "$work/build.log" | tail -1)
rpm=$(grep -E '\.rpm$' "$work/build.log" | tail -1 || true)
[ -f "$deb" ] || { echo "test-package: no .deb was built" >&2; exit 1; }

version=$(dpkg-deb -f "$deb" Version)
project_version=$(sed -n 's/^project(OAuthDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
arch=$(dpkg --print-architecture)

# --- 2. The .deb as a file ----------------------------------------------------------------------
echo "--- checking $(basename "$deb")"
check "version $version is the CMake project version ($project_version)" test "$version" = "$project_version"
check "file name is oauthdesk_${version}_${arch}.deb" test "$(basename "$deb")" = "oauthdesk_${version}_${arch}.deb"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for dep in libsecret-1-0 qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6widgets6 libqt6keychain1; do
  check "Depends names $dep" grep -qE "(^|, )$dep( |,|$)" <<<"$depends"
done
check "Recommends a keychain (gnome-keyring | kwalletmanager)" grep -q "gnome-keyring | kwalletmanager" <<<"$recommends"

mkdir "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/deb-files"
expected=(
  /usr/bin/oauthdesk /usr/bin/oauthdesk-cli
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/oauthdesk.1.gz /usr/share/man/man1/oauthdesk-cli.1.gz
  /usr/share/doc/oauthdesk/copyright /usr/share/doc/oauthdesk/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing=()
for f in "${expected[@]}"; do grep -qxF "$f" "$work/deb-files" || missing+=("$f"); done
check "the .deb has all ${#expected[@]} expected files" test ${#missing[@]} -eq 0
[ ${#missing[@]} -eq 0 ] || printf '        missing: %s\n' "${missing[@]}" >&2
check "nothing outside /usr" test -z "$(grep -vE '^/usr(/|$)' "$work/deb-files" | grep -v '^/$' || true)"
png_sizes_ok() {
  local size
  for size in 16 22 24 32 48 64 128 256; do
    file -b "$work/deb/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" |
      grep -q "PNG image data, $size x $size" || { echo "${size}x${size}: wrong size or not a PNG"; return 1; }
  done
}
check "each hicolor PNG has the size of its folder" png_sizes_ok
check "changelog.gz starts with version $version" \
  grep -q "^oauthdesk ($version) " <(gzip -dc "$work/deb/usr/share/doc/oauthdesk/changelog.gz")
check "the metainfo's newest release is $version" \
  test "$(grep -o '<release version="[^"]*"' "$work/deb/usr/share/metainfo/$app_id.metainfo.xml" | head -1)" \
  = "<release version=\"$version\""
check "desktop-file-validate" desktop-file-validate "$work/deb/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$work/deb/usr/share/metainfo/$app_id.metainfo.xml"
manpages_clean() {
  local page out
  for page in oauthdesk oauthdesk-cli; do
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$work/deb/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$out" ] || { echo "$page.1: $out"; return 1; }
  done
}
check "manual pages render without warnings" manpages_clean

# lintian: no errors, and no warning unless packaging/lintian-allowed.txt lists it with a reason.
lintian_rc=0
lintian --pedantic --display-info "$deb" >"$work/lintian" 2>/dev/null || lintian_rc=$?
if [ -s "$work/lintian" ]; then sed 's/^/  lintian: /' "$work/lintian"; else echo "  lintian: no tags"; fi
lintian_clean() {
  local unexpected tag
  unexpected=$(grep -E '^[EW]: ' "$work/lintian" || true)
  while read -r tag; do
    [ -n "$tag" ] || continue
    unexpected=$(grep -vE "^W: oauthdesk[^:]*: $tag( |$)" <<<"$unexpected" || true)
  done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' packaging/lintian-allowed.txt)
  [ -z "$unexpected" ] || { echo "$unexpected"; return 1; }
  [ "$lintian_rc" -eq 0 ] || { echo "lintian exited with $lintian_rc"; return 1; }
}
check "lintian: no errors, no unexplained warnings" lintian_clean

# --- 3. The .rpm --------------------------------------------------------------------------------
if [ -n "$rpm" ] && [ -f "$rpm" ]; then
  echo "--- checking $(basename "$rpm")"
  rpm -qpl "$rpm" >"$work/rpm-files"
  rpm -qpR "$rpm" >"$work/rpm-requires"
  check "rpm version is $version" test "$(rpm -qp --queryformat '%{VERSION}' "$rpm")" = "$version"
  rpm_missing=()
  for f in "${expected[@]}"; do grep -qxF "$f" "$work/rpm-files" || rpm_missing+=("$f"); done
  check "rpm -qpl: all ${#expected[@]} expected files" test ${#rpm_missing[@]} -eq 0
  [ ${#rpm_missing[@]} -eq 0 ] || printf '        missing: %s\n' "${rpm_missing[@]}" >&2
  # Directories other packages own (filesystem, hicolor-icon-theme, man-pages) must not be claimed.
  shared=$(grep -xE '/usr|/usr/bin|/usr/share|/usr/share/(applications|metainfo|man|man/man1|doc|icons)|/usr/share/icons/hicolor(/[^/]+(/apps)?)?' "$work/rpm-files" || true)
  check "rpm -qpl: no shared directory claimed" test -z "$shared"
  [ -z "$shared" ] || sed 's/^/        claimed: /' <<<"$shared" >&2
  for req in libsecret qt6-qtbase-gui qt6-qtsvg 'libQt6Widgets.so.6()(64bit)' 'libqt6keychain.so.1()(64bit)'; do
    check "rpm -qpR: requires $req" grep -qxF "$req" "$work/rpm-requires"
  done
else
  echo "--- no .rpm (rpmbuild missing): RPM checks skipped"
fi

# --- 4. Install with apt, run, remove -------------------------------------------------------------
echo "--- installing with apt"
state_dir=/var/lib/oauthdesk-test-package
marker=$state_dir/installed-by-test
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}:${Architecture}\n' | awk '$1 ~ /^[ih]i/ {print $2}' | sort; }

# One run at a time on a machine: two would purge each other's package.
exec 9>/tmp/oauthdesk-test-package.lock
if ! flock -w 900 9; then
  echo "test-package: another run still holds /tmp/oauthdesk-test-package.lock after 15 minutes" >&2
  exit 1
fi
$SUDO mkdir -p "$state_dir"
is_installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^[ih]'; }
if [ -f "$marker" ]; then
  # An earlier run was stopped before it could clean up (killed, or the machine went down).
  echo "test-package: cleaning up after an interrupted run"
  if is_installed oauthdesk; then $SUDO apt-get purge "${apt_opts[@]}" oauthdesk; fi
  if [ -s "$state_dir/added-packages" ]; then
    mapfile -t leftovers < <(while read -r p; do if is_installed "$p"; then echo "$p"; fi; done <"$state_dir/added-packages")
    if [ ${#leftovers[@]} -gt 0 ]; then $SUDO apt-get purge "${apt_opts[@]}" "${leftovers[@]}"; fi
  fi
  $SUDO rm -f "$marker" "$state_dir/added-packages"
elif is_installed oauthdesk; then
  echo "test-package: oauthdesk $(dpkg-query -W -f='${Version}' oauthdesk) is installed on this machine, not by this test." >&2
  echo "test-package: remove it (apt-get purge oauthdesk) or run the test elsewhere; nothing was changed." >&2
  failed=$((failed + 1)); failures+=("a foreign oauthdesk package is installed"); finish; exit 1
fi

installed_packages >"$work/packages-before"
cleaned=0
# What apt installed along with the package: recorded right after the install, so that a package
# someone else installs meanwhile is left alone; if the install itself failed half-way, whatever
# is new since the start.
added_packages() {
  if [ -f "$work/added" ]; then cat "$work/added"; else installed_packages | comm -13 "$work/packages-before" -; fi
}
# Each step can run twice: a signal during the removal runs it again, from the start, in the trap.
remove_package() {
  [ "$cleaned" = 0 ] || return 0
  set +e
  echo "--- removing the package"
  if is_installed oauthdesk; then $SUDO apt-get purge "${apt_opts[@]}" oauthdesk; fi
  mapfile -t added < <(added_packages | while read -r p; do if is_installed "$p"; then echo "$p"; fi; done)
  if [ ${#added[@]} -gt 0 ]; then
    echo "test-package: purging what apt installed with the package: ${added[*]}"
    $SUDO apt-get purge "${apt_opts[@]}" "${added[@]}"
  fi
  installed_packages >"$work/packages-after"
  $SUDO rm -f "$marker" "$state_dir/added-packages"
  $SUDO rmdir "$state_dir" 2>/dev/null
  cleaned=1
  set -e
}
on_exit() {
  local rc=$?
  trap '' INT TERM
  remove_package
  cleanup_work
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

$SUDO touch "$marker"
cp "$deb" "$work/"
chmod 644 "$work/$(basename "$deb")"
# As a user would: apt resolves the dependencies (and recommendations) from the archive. Package
# lists from an earlier day can name versions the mirror no longer has: refresh them once then.
apt_install() { (cd "$work" && $SUDO apt-get install "${apt_opts[@]}" "./$(basename "$deb")"); }
if apt_install || { echo "test-package: retrying after apt-get update"; $SUDO apt-get update -q && apt_install; }; then
  pass "apt-get install ./$(basename "$deb")"
else
  fail "apt-get install ./$(basename "$deb")"
  finish
  exit 1
fi
installed_packages | comm -13 "$work/packages-before" - | grep -vx "oauthdesk:$arch" >"$work/added" || true
$SUDO cp "$work/added" "$state_dir/added-packages"
echo "  apt added $(wc -l <"$work/added") packages with it"

echo "--- running the installed programs"
check "dpkg reports oauthdesk $version installed" \
  test "$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' oauthdesk)" = "ii $version"
check "oauthdesk and oauthdesk-cli are on PATH in /usr/bin" \
  test "$(command -v oauthdesk):$(command -v oauthdesk-cli)" = "/usr/bin/oauthdesk:/usr/bin/oauthdesk-cli"
libs_resolve() { ! ldd /usr/bin/oauthdesk /usr/bin/oauthdesk-cli | grep 'not found'; }
check "every shared library resolves" libs_resolve

# The programs run as a user would start them, with nothing of this shell: a throwaway home, no
# display, no session bus (so nothing touches a real keychain), and two minutes at most.
home="$work/home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$work/run"
chmod 700 "$work/run"
run_clean() {
  timeout 120 env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$work/run" \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus "$@"
}
expect_output() { # expected-regex command...
  local pattern=$1; shift
  local out rc=0
  out=$("$@" 2>"$work/stderr") || rc=$?
  if [ "$rc" -ne 0 ] || ! grep -qE "$pattern" <<<"$out"; then
    echo "exit code $rc; stdout:"; head -20 <<<"$out"; echo "stderr:"; head -20 "$work/stderr"
    return 1
  fi
  grep -E "$pattern" <<<"$out" | head -1
}
check "oauthdesk --version without a display" expect_output "^oauthdesk $version\$" run_clean /usr/bin/oauthdesk --version
check "oauthdesk-cli --version without a display" expect_output "^oauthdesk-cli $version\$" run_clean /usr/bin/oauthdesk-cli --version
check "oauthdesk --help without a display" expect_output "^Usage: oauthdesk" run_clean /usr/bin/oauthdesk --help
SHOW=1 check "oauthdesk-cli --demo clients list" expect_output '^[1-9][0-9]* clients$' run_clean /usr/bin/oauthdesk-cli --demo clients list
check "oauthdesk-cli --demo --json clients list" expect_output '^\[\{.*\}\]$' run_clean /usr/bin/oauthdesk-cli --demo --json clients list
SHOW=1 check "QT_QPA_PLATFORM=offscreen oauthdesk --demo --smoke" \
  expect_output '^smoke: [1-9][0-9]* clients' run_clean env QT_QPA_PLATFORM=offscreen /usr/bin/oauthdesk --demo --smoke
if command -v xvfb-run >/dev/null; then
  # The real X11 platform plugin, which only the qt6-qpa-plugins dependency brings.
  SHOW=1 check "oauthdesk --demo --smoke on X11 (xvfb-run, xcb plugin)" \
    expect_output '^smoke: [1-9][0-9]* clients' run_clean env QT_QPA_PLATFORM=xcb \
    /usr/bin/xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" /usr/bin/oauthdesk --demo --smoke
fi
check "man -w finds both manual pages" run_clean man -w oauthdesk oauthdesk-cli
exec_on_path() {
  local exec
  exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "/usr/share/applications/$app_id.desktop" | sort -u)
  [ -n "$exec" ] || return 1
  for e in $exec; do command -v "$e" >/dev/null || { echo "Exec=$e is not on PATH"; return 1; }; done
}
check "the menu entry's Exec is on PATH" exec_on_path
check "installed desktop file validates" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "installed metainfo validates" appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"

# --- 5. Remove ------------------------------------------------------------------------------------
remove_package
check "apt-get purge removed oauthdesk" test -z "$(dpkg-query -W -f='${db:Status-Abbrev}' oauthdesk 2>/dev/null | grep '^[ih]' || true)"
leftover_files() {
  local f
  for f in "${expected[@]}"; do [ ! -e "$f" ] || { echo "left behind: $f"; return 1; }; done
  [ ! -e /usr/share/doc/oauthdesk ] || { echo "left behind: /usr/share/doc/oauthdesk"; return 1; }
}
check "no file of the package is left" leftover_files
check "none of the packages apt added is left" \
  test -z "$(comm -12 "$work/added" "$work/packages-after")"
check "every package installed before the test still is" \
  test -z "$(comm -23 "$work/packages-before" "$work/packages-after")"

finish
[ "$failed" -eq 0 ]
