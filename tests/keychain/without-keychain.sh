#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test ("$@") on a private D-Bus session bus that cannot start any service, so no Secret
# Service (and no KWallet) exists: the "no keychain available" case, deterministically, even on a
# machine where gnome-keyring is installed. Fails (never skips) when dbus-run-session is missing.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1; then
  echo "FAIL: dbus-run-session is not installed; the keychain tests need it (apt-get install dbus)" >&2
  exit 1
fi
here=$(cd "$(dirname "$0")" && pwd)
export OAUTHDESK_KEYCHAIN_ENV=none
exec dbus-run-session --config-file="$here/session-noactivation.conf" -- "$@"
