// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison point of the performance issue: the official Genesys Cloud JavaScript SDK listing
// every OAuth client from a server and printing them as JSON, as `oauthdesk-cli --json clients
// list` does. Usage: node sdk-list.cjs BASE_URL TOKEN  (the SDK comes from the npm registry).
'use strict';
const platformClient = require('purecloud-platform-client-v2');

async function main() {
  const [baseUrl, token] = process.argv.slice(2);
  const client = platformClient.ApiClient.instance;
  client.config.basePath = baseUrl.replace(/\/$/, ''); // the sandbox instead of https://api.<region>
  client.setAccessToken(token);
  const listing = await new platformClient.OAuthApi().getOauthClients();
  process.stdout.write(JSON.stringify(listing.entities) + '\n');
}

main().catch((e) => {
  process.stderr.write(`sdk-list: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
