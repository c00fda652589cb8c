// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of oauthdesk-cli: the command table, the parser and the help texts.
//
// A small parser of our own rather than QCommandLineParser: global options may stand before or
// after the command words, each command accepts only its own options, and options that look like
// secrets (--secret, --token, ...) are refused with a pointer to the environment variables instead
// of a generic "unknown option", because a secret on a command line is visible to every user in ps.
namespace cli {

// The process exit codes (docs/cli.md).
enum ExitCode : int
{
    ExitOk = 0,
    ExitApiError = 1,      // the server or the network failed the request
    ExitUsage = 2,         // unknown command or option, bad input file
    ExitAuth = 3,          // no credentials, credentials refused, HTTP 401
    ExitDifferent = 4,     // diff (and diff --apply --dry-run): the two sides differ
    ExitInterrupted = 130, // Ctrl-C (128 + SIGINT, as shells report it)
};

enum class CommandId
{
    ClientsList,
    ClientsGet,
    ClientsCreate,
    ClientsUpdate,
    ClientsDelete,
    ClientsSecret,
    AuthorizationsList,
    AuthorizationsGet,
    ScopesList,
    ScopesGet,
    UsageSummary,
    UsageQuery,
    UsageResults,
    RolesList,
    DivisionsList,
    WhoAmI,
    InsightsUnused,
    InsightsChecks,
    Snapshot,        // snapshotcommands.cpp
    Diff,            // snapshotcommands.cpp
    ExportTerraform, // snapshotcommands.cpp
    ClientsRotate,   // rotatecommands.cpp
    ClientsHistory,  // historycommands.cpp
    // bulkcommands.cpp (with ClientsDelete): ID... or "-" for ids on standard input
    ClientsDeactivate,
    ClientsActivate,
};

// clients deactivate / activate / delete: one action on many ids through BulkQueue.
[[nodiscard]] bool isBulkCommand(CommandId id);

// Options that belong to a command rather than to the program.
enum CommandOption : unsigned
{
    OptNone = 0,
    OptFile = 1u << 0,       // --file PATH ("-" = stdin)
    OptDays = 1u << 1,       // --days N
    OptWait = 1u << 2,       // --wait
    OptOutput = 1u << 3,     // --output FILE or DIR
    OptApply = 1u << 4,      // --apply
    OptDryRun = 1u << 5,     // --dry-run
    OptLiteralIds = 1u << 6, // --literal-ids
    OptAllFields = 1u << 7,  // --all-fields
    // clients rotate
    OptStrategy = 1u << 8,          // --strategy in-place|blue-green
    OptName = 1u << 9,              // --name NAME
    OptUpdateCredential = 1u << 10, // --update-credential CREDENTIAL_ID
    OptFinish = 1u << 11,           // --finish
    OptDelete = 1u << 12,           // --delete
    OptForce = 1u << 13,            // --force
    OptStatus = 1u << 14,           // --status (then no ID)
};

struct CommandSpec
{
    CommandId id;
    QLatin1StringView group;  // "clients"
    QLatin1StringView action; // "list"; empty for single-word commands (whoami)
    QLatin1StringView args;   // positional argument names, space-separated: "CLIENT_ID EXECUTION_ID";
                              // a last name ending in "..." takes one or more ("ID...")
    unsigned options = OptNone;
    unsigned requiredOptions = OptNone;
    const char *summary = nullptr; // one line, translated through the "cli::Help" context
    const char *details = nullptr; // a paragraph or two
    const char *example = nullptr; // a command line without the program name
    // Sign-in asks GET /api/v2/tokens/me who is signed in (whoami; a command that must know the org
    // or the signed-in client). Every other command sends only the requests its operation needs.
    bool needsIdentity = false;

    [[nodiscard]] QString name() const; // "clients list"
    [[nodiscard]] int argCount() const;
    [[nodiscard]] QStringList argNames() const;
    [[nodiscard]] bool variadic() const { return args.endsWith(QLatin1StringView("...")); }
};

[[nodiscard]] const QList<CommandSpec> &commands();
[[nodiscard]] const CommandSpec *findCommand(QStringView group, QStringView action);
[[nodiscard]] bool isCommandGroup(QStringView group);

// The time limit of a command without --timeout (seconds).
inline constexpr int DefaultTimeoutSeconds = 120;

struct GlobalOptions
{
    QString region;
    QString apiUrl;
    QString loginUrl;
    QString lang;
    QString profile; // reserved for profiles (not available yet; see credentials.h)
    // --timeout: the overall limit of the command's requests (0: none; unset: DefaultTimeoutSeconds).
    std::optional<int> timeoutSeconds;
    bool demo = false;
    bool json = false;
    bool pretty = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
};

struct Invocation
{
    const CommandSpec *spec = nullptr;
    QStringList args; // the positional arguments after the command words
    QString file;     // --file
    std::optional<int> days;
    bool wait = false;
    QString output; // --output
    bool apply = false;
    bool dryRun = false;
    bool literalIds = false;
    bool allFields = false;
    // clients rotate
    QString strategy;
    QString name;
    QString credentialId;
    bool finish = false;
    bool deleteOld = false;
    bool force = false;
    bool status = false;
};

// The combinations `clients rotate` refuses (--finish with --strategy, --delete without --finish,
// ...); empty when fine. Defined in rotatecommands.cpp.
[[nodiscard]] QString rotateOptionsProblem(const Invocation &invocation, unsigned commandOptions);

struct ParsedArguments
{
    GlobalOptions global;
    Invocation invocation;
    // What --help / help asks about: empty = the program, a group name, or a full command.
    QString helpGroup;
    // A usage error (exit 2). Empty when the command line is fine.
    QString error;
    // Set with `error` when the user tried to pass a secret as an option.
    bool secretRefused = false;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Parses the arguments after the program name.
[[nodiscard]] ParsedArguments parseArguments(const QStringList &arguments);

// True when an option name (without dashes) looks like it carries a secret.
[[nodiscard]] bool isSecretLikeOption(QStringView name);

// Help texts (translated, ending with a newline).
[[nodiscard]] QString programHelp();
[[nodiscard]] QString groupHelp(QStringView group);
[[nodiscard]] QString commandHelp(const CommandSpec &spec);
[[nodiscard]] QString versionText(); // "oauthdesk-cli 0.1.0\n"

inline constexpr QLatin1StringView ProgramName{"oauthdesk-cli"};

} // namespace cli
