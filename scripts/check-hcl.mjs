// SPDX-License-Identifier: GPL-3.0-or-later
// Parses .tf files with HashiCorp's HCL parser (the npm package @cdktf/hcl2json, a WebAssembly build
// of it) and checks what the Terraform export must contain. Usage: node check-hcl.mjs DIR
// Run by scripts/check-terraform-export.sh; exits 1 with the parser's message on any error.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.env.HCL2JSON_PREFIX, 'node_modules', 'x.js'));
const { parse } = require('@cdktf/hcl2json');

const dir = process.argv[2];
let resources = 0;
let imports = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.tf')).sort()) {
  let json;
  try {
    json = await parse(name, readFileSync(join(dir, name), 'utf8'));
  } catch (e) {
    console.error(`FAIL: ${name} does not parse: ${e.message ?? e}`);
    process.exit(1);
  }
  for (const [label, blocks] of Object.entries(json.resource?.genesyscloud_oauth_client ?? {})) {
    for (const r of blocks) {
      resources++;
      if (!r.name || !r.authorized_grant_type || !r.state) {
        console.error(`FAIL: ${name}: resource ${label} lacks name, authorized_grant_type or state`);
        process.exit(1);
      }
      if ('client_secret' in r || JSON.stringify(r).includes('secret"')) {
        console.error(`FAIL: ${name}: resource ${label} carries a secret`);
        process.exit(1);
      }
    }
  }
  imports += (json.import ?? []).length;
  console.log(`${name}: parsed`);
}
if (resources === 0 || resources !== imports) {
  console.error(`FAIL: ${resources} resources and ${imports} import blocks (expected the same, more than 0)`);
  process.exit(1);
}
console.log(`${resources} genesyscloud_oauth_client resources, ${imports} import blocks`);
