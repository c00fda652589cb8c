#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the desktop integration files in the source tree (a ctest, see packaging/CMakeLists.txt),
# so a broken menu entry or metainfo shows up in the tests, before any package is built:
#
#   check-metadata.sh PROJECT_VERSION SOURCE_DIR
#
# - the desktop file and the AppStream metainfo validate (desktop-file-validate, appstreamcli);
# - the app id agrees everywhere: file names, Icon=, <id>, <launchable>, and the desktop file
#   name the app sets at run time (ui/shell/launcher.cpp), which Wayland uses to find the icon;
# - the newest Debian changelog entry and the newest metainfo <release> name the project version.
#
# Exit codes: 0 ok; 1 a problem with the files (listed); 2 the check cannot run (wrong arguments or
# a missing tool, named; no file is blamed then).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 PROJECT_VERSION SOURCE_DIR" >&2; exit 2; }
version=$1 src=$2
app_id=org.oauthdesk.OAuthDesk
desktop="$src/resources/$app_id.desktop"
metainfo="$src/resources/$app_id.metainfo.xml"

status=0
problem() { echo "$*" >&2; status=1; }

for tool_package in desktop-file-validate:desktop-file-utils appstreamcli:appstream grep:grep sed:sed; do
  tool=${tool_package%%:*}
  command -v "$tool" >/dev/null ||
    { echo "check-metadata: $tool is not installed (Debian package ${tool_package#*:}; scripts/install-deps.sh installs it). No file was checked." >&2; exit 2; }
done

desktop-file-validate "$desktop" || problem "desktop-file-validate failed on $desktop"
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || problem "appstreamcli validate failed on $metainfo:"$'\n'"$out"

grep -qx "Icon=$app_id" "$desktop" || problem "$desktop: Icon= is not $app_id"
grep -qx "Exec=oauthdesk" "$desktop" || problem "$desktop: Exec= is not the installed program, oauthdesk"
grep -q "<id>$app_id</id>" "$metainfo" || problem "$metainfo: <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  problem "$metainfo: <launchable> does not name $app_id.desktop"
grep -q "setDesktopFileName(u\"$app_id\"_s)" "$src/ui/shell/launcher.cpp" ||
  problem "ui/shell/launcher.cpp no longer sets the desktop file name $app_id: the window would lose its icon on Wayland"

changelog_version=$(sed -n '1s/^oauthdesk (\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")
[ "$changelog_version" = "$version" ] ||
  problem "packaging/debian/changelog: the newest entry is '$changelog_version', the project is $version"
release_version=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | sed 's/.*"\(.*\)"/\1/')
[ "$release_version" = "$version" ] ||
  problem "$metainfo: the newest <release> is '$release_version', the project is $version"

if [ $status -eq 0 ]; then echo "desktop file, metainfo and versions ($version) ok"; fi
exit $status
