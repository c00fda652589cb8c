#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the manual pages in step with the programs (a ctest, see packaging/CMakeLists.txt):
# every command and option that `--help` lists must appear in the page, and the pages must
# render without troff warnings.
#
#   check-manpages.sh OAUTHDESK_BINARY OAUTHDESK_CLI_BINARY MAN_DIR
#
# MAN_DIR holds oauthdesk.1 and oauthdesk-cli.1 as configured by CMake.
#
# Exit codes: 0 ok; 1 a page lacks something or renders with warnings (listed); 2 the check cannot
# run (wrong arguments or a missing tool, named; no page is blamed then).
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 OAUTHDESK OAUTHDESK_CLI MAN_DIR" >&2; exit 2; }
gui=$1 cli=$2 man_dir=$3

# man renders through groff (troff); col comes with man-db's dependency bsdextrautils.
for tool_package in man:man-db troff:groff-base col:bsdextrautils; do
  tool=${tool_package%%:*}
  command -v "$tool" >/dev/null ||
    { echo "check-manpages: $tool is not installed (Debian package ${tool_package#*:}; scripts/install-deps.sh installs it). No page was checked." >&2; exit 2; }
done
for program in "$gui" "$cli"; do
  [ -x "$program" ] || { echo "check-manpages: $program is not an executable; build it first." >&2; exit 2; }
done

status=0
render() { # page -> plain ASCII text, one space between words
  local warnings
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=200 man --warnings -E ascii -l "$1" 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then
    echo "$(basename "$1"): troff warnings:" >&2
    echo "$warnings" >&2
    status=1
  fi
  LC_ALL=C.UTF-8 MANWIDTH=200 man -E ascii -l "$1" 2>/dev/null | col -b | tr -s ' '
}
expect_all() { # page-text what items...
  local text=$1 what=$2 item; shift 2
  for item in "$@"; do
    if ! grep -qF -- "$item" <<<"$text"; then
      echo "$what '$item' is in --help but not in the manual page" >&2
      status=1
    fi
  done
}

gui_page=$(render "$man_dir/oauthdesk.1")
cli_page=$(render "$man_dir/oauthdesk-cli.1")

# Options: every --long-option token in the help text.
mapfile -t gui_options < <("$gui" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
mapfile -t cli_options < <("$cli" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ ${#gui_options[@]} -gt 3 ] || { echo "oauthdesk --help lists no options?" >&2; exit 1; }
[ ${#cli_options[@]} -gt 3 ] || { echo "oauthdesk-cli --help lists no options?" >&2; exit 1; }
expect_all "$gui_page" "oauthdesk option" "${gui_options[@]}"
expect_all "$cli_page" "oauthdesk-cli option" "${cli_options[@]}"

# Commands: the lines under "Commands:" up to the first blank line, without their description.
mapfile -t commands < <("$cli" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z]\+\( [a-z]\+\)\?\).*/\1/p' |
  sed 's/ *$//' | sed -E 's/ (ID|CLIENT_ID|SCOPE_ID)$//' | sort -u)
[ ${#commands[@]} -gt 5 ] || { echo "oauthdesk-cli --help lists no commands?" >&2; exit 1; }
expect_all "$cli_page" "oauthdesk-cli command" "${commands[@]}"

# The version printed by --version is the one in the pages' header.
version=$("$cli" --version | awk '{print $2}')
grep -qF "OAuth Desk $version" <<<"$gui_page" || { echo "oauthdesk.1 does not name version $version" >&2; status=1; }
grep -qF "OAuth Desk $version" <<<"$cli_page" || { echo "oauthdesk-cli.1 does not name version $version" >&2; status=1; }

if [ $status -eq 0 ]; then
  echo "manual pages: ${#gui_options[@]} + ${#cli_options[@]} options and ${#commands[@]} commands documented, no troff warnings"
fi
exit $status
