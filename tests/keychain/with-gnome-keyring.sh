#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test ("$@") against a real Secret Service: a private D-Bus session bus with gnome-keyring
# unlocked in a throwaway HOME, so the user's own keyring is never touched. Fails (never skips)
# when the tools are missing. See the toolchain notes, section 3.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL: $tool is not installed; the keychain tests need it (apt-get install dbus gnome-keyring)" >&2
    exit 1
  fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/oauthdesk-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/.local/share" "$tmp/.config" "$tmp/.cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp" XDG_DATA_HOME="$tmp/.local/share" XDG_CONFIG_HOME="$tmp/.config" \
       XDG_CACHE_HOME="$tmp/.cache" XDG_RUNTIME_DIR="$tmp/run"
# Tells the test it runs where it should (it fails otherwise).
export OAUTHDESK_KEYCHAIN_ENV=gnome-keyring
# A throwaway keyring: --unlock creates login.keyring with this password and unlocks it.
dbus-run-session -- sh -c '
  printf %s oauthdesk-throwaway-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
    echo "FAIL: gnome-keyring-daemon did not start" >&2; exit 1; }
  exec "$@"' sh "$@"
