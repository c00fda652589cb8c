// SPDX-License-Identifier: GPL-3.0-or-later
// The command table of oauthdesk-cli: every command, its arguments and options, its help text and
// an example (parsed and explained by arguments.cpp).
#include "app/cli/arguments.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
// clang-format off
const QList<CommandSpec> Commands = {
    {CommandId::ClientsList, "clients"_L1, "list"_L1, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "List the organization's OAuth clients."),
     QT_TRANSLATE_NOOP("cli::Help", "With --json: the array of client objects as the server sent them (never a secret)."),
     "clients list"},
    {CommandId::ClientsGet, "clients"_L1, "get"_L1, "ID"_L1, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Show one OAuth client."),
     QT_TRANSLATE_NOOP("cli::Help", "With --json: the client object as the server sent it (never a secret)."),
     "clients get 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"},
    {CommandId::ClientsCreate, "clients"_L1, "create"_L1, {}, OptFile, OptFile,
     QT_TRANSLATE_NOOP("cli::Help", "Create an OAuth client from a JSON file (OAuthClientRequest)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "The file needs at least \"name\" and \"authorizedGrantType\". Read-only fields (id, dates, "
                       "secret, ...) are ignored, so the output of 'clients get --json' can serve as a template. "
                       "\"-\" reads the file from standard input. The new client's secret is printed this once: "
                       "store it now."),
     "clients create --file new-client.json"},
    {CommandId::ClientsUpdate, "clients"_L1, "update"_L1, "ID"_L1, OptFile, OptFile,
     QT_TRANSLATE_NOOP("cli::Help", "Change an OAuth client: the fields in the file replace those on the server."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "The client is read first; the fields of the file are put on top of it and every other field "
                       "is kept as it is, including fields OAuth Desk does not know. Read-only fields in the file are "
                       "ignored. \"-\" reads the file from standard input."),
     "clients update 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 --file changes.json"},
    {CommandId::ClientsDeactivate, "clients"_L1, "deactivate"_L1, "ID..."_L1, OptDryRun, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Set OAuth clients inactive: they issue no new tokens (\"-\" reads the ids from standard input)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "Each active client is set inactive, one at a time, every other field kept; the "
                       "platform then deletes it on its deletion date unless it is activated again. Clients already "
                       "inactive, disabled ones (they get no tokens already) and the client this session is signed "
                       "in with are skipped with the reason. \"-\" "
                       "reads the ids from standard input, one per line. --dry-run shows what would change and sends "
                       "no change. One line per id; with --json an array of {id, name, action, result, message}. "
                       "Exit code 1 if any client failed, 3 if the token was refused (the run stops there)."),
     "clients deactivate 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 b972d9d0-542f-5ab3-ac96-bee822f37197"},
    {CommandId::ClientsActivate, "clients"_L1, "activate"_L1, "ID..."_L1, OptDryRun, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Set inactive OAuth clients active again, before their deletion date."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "Only an inactive client whose deletion date has not passed is activated. Active and disabled "
                       "clients (disabled is the platform's decision), clients past their deletion date and the "
                       "signed-in client are skipped with the reason. Ids, \"-\", --dry-run, output and exit codes "
                       "as for 'clients deactivate'."),
     "clients activate 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"},
    {CommandId::ClientsDelete, "clients"_L1, "delete"_L1, "ID..."_L1, OptDryRun, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Delete OAuth clients (each is set inactive first, as the platform requires)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "An active or disabled client is first set inactive, which stops new tokens, and then deleted. "
                       "If the delete fails after that, the client stays inactive and the platform removes it on its "
                       "deletion date. The signed-in client is skipped. Ids, \"-\", --dry-run, output and exit codes "
                       "as for 'clients deactivate'."),
     "clients delete 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"},
    {CommandId::ClientsSecret, "clients"_L1, "secret"_L1, "ID"_L1, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Regenerate an OAuth client's secret and print the new one."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "The old secret stops working at once. The new secret is printed this once (also in --json "
                       "output, as \"secret\"): store it now."),
     "clients secret 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"},
    {CommandId::AuthorizationsList, "authorizations"_L1, "list"_L1, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "List the clients the signed-in user has authorized."),
     QT_TRANSLATE_NOOP("cli::Help", "Descriptions follow --lang (Accept-Language)."),
     "authorizations list"},
    {CommandId::AuthorizationsGet, "authorizations"_L1, "get"_L1, "CLIENT_ID"_L1, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Show the authorization of one client."),
     QT_TRANSLATE_NOOP("cli::Help", "Descriptions follow --lang (Accept-Language)."),
     "authorizations get 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10"},
    {CommandId::ScopesList, "scopes"_L1, "list"_L1, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "List the OAuth scopes of the platform."),
     QT_TRANSLATE_NOOP("cli::Help", "Descriptions follow --lang (Accept-Language), e.g. --lang de-de."),
     "--lang de-de scopes list"},
    {CommandId::ScopesGet, "scopes"_L1, "get"_L1, "SCOPE_ID"_L1, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Show one OAuth scope."),
     QT_TRANSLATE_NOOP("cli::Help", "Descriptions follow --lang (Accept-Language)."),
     "scopes get analytics:readonly"},
    {CommandId::UsageSummary, "usage"_L1, "summary"_L1, "CLIENT_ID"_L1, OptDays | OptWait, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Start the API usage summary of a client for the last N days (default 7)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "The platform answers asynchronously. Without --wait the execution id and the results path "
                       "are printed (fetch them later with 'usage results'); with --wait the results are polled "
                       "until the query completes and the rows are printed."),
     "usage summary 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 --days 30 --wait"},
    {CommandId::UsageQuery, "usage"_L1, "query"_L1, "CLIENT_ID"_L1, OptFile | OptWait, OptFile,
     QT_TRANSLATE_NOOP("cli::Help", "Start an API usage query of a client from a JSON file (ApiUsageClientQuery)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "The file holds \"interval\" (ISO-8601 start/end, required), and optionally \"granularity\" "
                       "(Day, Week, Month), \"metrics\" and \"groupBy\". Without --wait the execution id is printed; "
                       "with --wait the rows."),
     "usage query 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 --file query.json --wait"},
    {CommandId::UsageResults, "usage"_L1, "results"_L1, "CLIENT_ID EXECUTION_ID"_L1, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Fetch the results of a usage query started earlier."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "Prints the query status and the rows. With --json: {\"queryStatus\": ..., \"results\": [...]}."),
     "usage results 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"},
    {CommandId::RolesList, "roles"_L1, "list"_L1, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "List the organization's roles (for roleDivisions)."),
     nullptr, "roles list"},
    {CommandId::DivisionsList, "divisions"_L1, "list"_L1, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "List the organization's divisions (for roleDivisions)."),
     nullptr, "divisions list"},
    {CommandId::WhoAmI, "whoami"_L1, {}, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Show who is signed in: organization, client or user, region."),
     QT_TRANSLATE_NOOP("cli::Help", "With --json: the platform's answer to GET /api/v2/tokens/me."),
     "whoami", true},
    {CommandId::InsightsUnused, "insights"_L1, "unused"_L1, {}, OptDays, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "List every client with its requests over the last N days (default 30), unused first."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "One org-wide usage query (whole UTC days before today, at most 90) joined with the client "
                       "list. Status is \"unused\" (no request in the window), \"new\" (created inside the window) or "
                       "\"active\". With --json: an array of rows with status, clientId, name, state, requests and "
                       "lastRequestDay."),
     "insights unused --days 90"},
    {CommandId::InsightsChecks, "insights"_L1, "checks"_L1, {}, OptNone, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Check every client's configuration for risks."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "Implicit grant, admin roles on all divisions, token lifetime at the 48 h maximum, redirect "
                       "URIs over plain HTTP or with wildcards, no description, inactive clients deleted within 7 "
                       "days. With --json: an array of rows with check, severity, clientId, clientName and reason."),
     "insights checks --json"},
    {CommandId::Snapshot, "snapshot"_L1, {}, {}, OptOutput, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Save the configuration of every client of the org as one JSON file (never a secret)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "The file holds the org, the region, the time, and each client as the API describes it, with "
                       "the names of its roles and divisions added (docs/snapshots.md). Standard output unless "
                       "--output names a file."),
     "snapshot --output prod-2026-03-15.json"},
    {CommandId::Diff, "diff"_L1, {}, "A B"_L1, OptApply | OptDryRun | OptAllFields, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Compare the clients of two orgs or snapshots; with --apply make B match A."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "A and B are each a snapshot file, \"live\" (the signed-in org) or \"profile:NAME\" (the org of "
                       "a saved profile, signed in with its stored credentials). Clients are matched by id within one "
                       "org and by name across orgs; roles and divisions are compared by name. Server-set fields "
                       "(ids, dates, createdBy, modifiedBy) are left out unless --all-fields. Exit code 0: equal, 4: "
                       "different. --apply creates and updates clients in B (never deletes) and exits 1 if any "
                       "failed; --apply --dry-run only shows what it would do."),
     "diff prod-2026-03-15.json live"},
    {CommandId::ExportTerraform, "export"_L1, "terraform"_L1, {}, OptOutput | OptLiteralIds, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Write the org's clients as Terraform configuration for the genesyscloud provider."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "One genesyscloud_oauth_client resource per client that is not disabled, roles and divisions "
                       "through data sources by name (--literal-ids: the ids), and an import block per client so an "
                       "existing org is adopted, not recreated. Secrets are never written. --output DIR writes "
                       "oauth_clients.tf and imports.tf into DIR (created if missing); otherwise both go to "
                       "standard output."),
     "export terraform --output ./cx-as-code"},
    {CommandId::ClientsRotate, "clients"_L1, "rotate"_L1, "ID"_L1,
     OptStrategy | OptName | OptUpdateCredential | OptFinish | OptDelete | OptForce | OptStatus, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Rotate a client's secret, in place or blue/green (a copy, without downtime)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "In place (--strategy in-place) regenerates the secret: the old one stops working at once. "
                       "Blue/green (the default) creates a copy of the client with its own secret, so both work until "
                       "the old one is retired. Either way the new id and secret are printed this once, and the new "
                       "secret is proven by getting a client-credentials token with it. --update-credential points an "
                       "integration credential (Data Actions) at the new id and secret in the same step. Blue/green "
                       "then saves its state and exits: when the old client is quiet, '--finish' deactivates it (and "
                       "'--delete' deletes it), refused while it had requests in the last 24 hours unless --force. "
                       "'--status' lists rotations in progress. Exit code 1 when the new secret does not work."),
     "clients rotate 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 --strategy blue-green --update-credential 6a1f0e2d-5b4c-4d3e-9f8a-7b6c5d4e3f2a",
     true}, // the org keys the saved rotation
    {CommandId::ClientsHistory, "clients"_L1, "history"_L1, "ID"_L1, OptDays, OptNone,
     QT_TRANSLATE_NOOP("cli::Help", "Show who changed a client and when, from the audit log (last 14 days by default)."),
     QT_TRANSLATE_NOOP("cli::Help",
                       "Newest first: when, who (a person or a client, by name), the action and each property change "
                       "as old -> new, with role and division ids by name; and when the secret was last reset. "
                       "--days beyond 14 asks the platform's asynchronous audit query for the older events. Needs "
                       "audits:audit:view. With --json: the array of the API's audit events with names added."),
     "clients history 0b6c3f1e-8f1d-4c55-9a7b-2f6c1d1e9a10 --days 90"},
};
// clang-format on
} // namespace

QString CommandSpec::name() const
{
    return action.isEmpty() ? QString(group) : group + u' ' + action;
}

int CommandSpec::argCount() const
{
    return int(argNames().size());
}

bool isBulkCommand(CommandId id)
{
    return id == CommandId::ClientsDeactivate || id == CommandId::ClientsActivate ||
           id == CommandId::ClientsDelete;
}

QStringList CommandSpec::argNames() const
{
    return args.isEmpty() ? QStringList() : QString(args).split(u' ');
}

const QList<CommandSpec> &commands()
{
    return Commands;
}

const CommandSpec *findCommand(QStringView group, QStringView action)
{
    for (const CommandSpec &c : Commands) {
        if (group == c.group && action == c.action)
            return &c;
    }
    return nullptr;
}

bool isCommandGroup(QStringView group)
{
    for (const CommandSpec &c : Commands) {
        if (group == c.group)
            return true;
    }
    return false;
}

} // namespace cli
