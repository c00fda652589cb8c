#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Parses the Terraform export with HashiCorp's HCL parser: `oauthdesk-cli --demo export terraform`
# writes the demo org's files, and @cdktf/hcl2json (npm, a WebAssembly build of the HCL parser; no
# terraform binary) must accept them, with one import block per resource and no secret. The
# expected files of the byte-for-byte tests (tests/data/config) are parsed too.
#   scripts/check-terraform-export.sh path/to/oauthdesk-cli [npm-prefix]
set -euo pipefail
cli=${1:?usage: check-terraform-export.sh OAUTHDESK_CLI [NPM_PREFIX]}
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${2:-$root/build/hcl2json}
version=0.21.0 # @cdktf/hcl2json, pinned
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-terraform-export: $tool is missing (apt-get install nodejs npm)" >&2
    exit 2
  fi
done
if [ "$(cat "$prefix/.hcl2json-version" 2>/dev/null)" != "$version" ]; then
  mkdir -p "$prefix"
  if ! npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "@cdktf/hcl2json@$version" >&2; then
    echo "check-terraform-export: npm could not install @cdktf/hcl2json@$version from the npm registry (npm's error above)" >&2
    exit 2
  fi
  echo "$version" >"$prefix/.hcl2json-version"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" --demo export terraform --output "$tmp/demo"
"$cli" --demo export terraform --literal-ids --output "$tmp/literal"
status=0
for dir in "$tmp/demo" "$tmp/literal" "$root/tests/data/config/expected" "$root/tests/data/config/demo-org"; do
  echo "== $dir"
  HCL2JSON_PREFIX=$prefix node "$root/scripts/check-hcl.mjs" "$dir" || status=1
done
exit $status
