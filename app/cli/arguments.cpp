// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"

#include "app/controllers/insightscontroller.h"
#include "app/services/resourceid.h"
#include "models/domain/servertext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli::Arguments)
};

// --days of usage summary and insights unused: the platform keeps usage for this many days and
// refuses a longer summary.
constexpr int MaxUsageDays = InsightsController::MaxDays;
constexpr int MaxHistoryDays = 3650; // clients history: how far back the audit query may be asked

QString help(const char *text)
{
    return QCoreApplication::translate("cli::Help", text);
}

struct OptionSpec
{
    QLatin1StringView name;
    bool takesValue;
    unsigned commandOption; // OptNone for global options
};

const OptionSpec Options[] = {
    {"region"_L1, true, OptNone},
    {"api-url"_L1, true, OptNone},
    {"login-url"_L1, true, OptNone},
    {"lang"_L1, true, OptNone},
    {"timeout"_L1, true, OptNone},
    {"profile"_L1, true, OptNone},
    {"demo"_L1, false, OptNone},
    {"json"_L1, false, OptNone},
    {"pretty"_L1, false, OptNone},
    {"verbose"_L1, false, OptNone},
    {"help"_L1, false, OptNone},
    {"version"_L1, false, OptNone},
    {"file"_L1, true, OptFile},
    {"days"_L1, true, OptDays},
    {"wait"_L1, false, OptWait},
    {"output"_L1, true, OptOutput},
    {"apply"_L1, false, OptApply},
    {"dry-run"_L1, false, OptDryRun},
    {"literal-ids"_L1, false, OptLiteralIds},
    {"all-fields"_L1, false, OptAllFields},
    // clients rotate
    {"strategy"_L1, true, OptStrategy},
    {"name"_L1, true, OptName},
    {"update-credential"_L1, true, OptUpdateCredential},
    {"finish"_L1, false, OptFinish},
    {"delete"_L1, false, OptDelete},
    {"force"_L1, false, OptForce},
    {"status"_L1, false, OptStatus},
};

const OptionSpec *findOption(QStringView name)
{
    for (const OptionSpec &o : Options) {
        if (name == o.name)
            return &o;
    }
    return nullptr;
}

std::optional<int> positiveInt(const QString &text, int max)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 1 || v > max)
        return std::nullopt;
    return v;
}

QString optionName(unsigned option)
{
    switch (option) {
    case OptFile:
        return u"--file"_s;
    case OptDays:
        return u"--days"_s;
    case OptWait:
        return u"--wait"_s;
    case OptOutput:
        return u"--output"_s;
    case OptApply:
        return u"--apply"_s;
    case OptDryRun:
        return u"--dry-run"_s;
    case OptLiteralIds:
        return u"--literal-ids"_s;
    case OptAllFields:
        return u"--all-fields"_s;
    case OptStrategy:
        return u"--strategy"_s;
    case OptName:
        return u"--name"_s;
    case OptUpdateCredential:
        return u"--update-credential"_s;
    case OptFinish:
        return u"--finish"_s;
    case OptDelete:
        return u"--delete"_s;
    case OptForce:
        return u"--force"_s;
    case OptStatus:
        return u"--status"_s;
    default:
        return {};
    }
}

// Positional arguments named ID or ..._ID become path segments: checked here, before anything is
// sent (the services check again; see ResourceId).
QString idArgumentProblem(const CommandSpec &spec, const QStringList &words)
{
    const QStringList names = spec.argNames();
    for (qsizetype i = 0; i < words.size(); ++i) {
        // "ID..." names every word from its place on; "-" alone stands for standard input.
        QString name = names.value(std::min(i, names.size() - 1));
        if (i >= names.size() && !spec.variadic())
            break;
        if (spec.variadic() && name.endsWith("..."_L1)) {
            name.chop(3);
            if (words.at(i) == "-"_L1 && words.size() == 1)
                continue;
        }
        if (name != "ID"_L1 && !name.endsWith("_ID"_L1))
            continue;
        if (const QString why = ResourceId::problem(words.at(i)); !why.isEmpty())
            return Tr::tr("%1: %2 \"%3\" is not an id. %4")
                .arg(spec.name(), name, servertext::displayable(words.at(i)).left(60), why);
    }
    return {};
}

QString secretRefusal(const QString &option)
{
    return Tr::tr(
               "%1: secrets are never taken on the command line, where other users can see them (ps, shell "
               "history). Set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, or "
               "GENESYSCLOUD_ACCESS_TOKEN, in the environment instead.")
        .arg(option);
}
} // namespace

bool isSecretLikeOption(QStringView name)
{
    static const QLatin1StringView words[] = {"secret"_L1,     "token"_L1,  "password"_L1, "passwd"_L1,
                                              "credential"_L1, "apikey"_L1, "api-key"_L1,  "bearer"_L1,
                                              "assertion"_L1,  "pass"_L1,   "pwd"_L1};
    for (QLatin1StringView w : words) {
        if (name.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ParsedArguments parseArguments(const QStringList &arguments)
{
    ParsedArguments p;
    QStringList words;
    unsigned commandOptions = OptNone;
    bool onlyPositional = false;
    QString daysText;

    auto fail = [&p](const QString &message) {
        if (p.error.isEmpty())
            p.error = message;
    };

    for (qsizetype i = 0; i < arguments.size() && p.ok(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || arg == "-"_L1 || !arg.startsWith(u'-')) {
            words.append(arg);
            continue;
        }
        if (arg == "--"_L1) {
            onlyPositional = true;
            continue;
        }
        if (arg == "-h"_L1) {
            p.global.help = true;
            continue;
        }
        if (!arg.startsWith("--"_L1)) {
            // Short options are not offered (except -h); refuse secrets even in that form.
            if (isSecretLikeOption(QStringView(arg).mid(1))) {
                p.secretRefused = true;
                fail(secretRefusal(arg));
            } else {
                fail(Tr::tr("Unknown option %1.").arg(arg));
            }
            break;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const std::optional<QString> inlineValue =
            eq < 0 ? std::nullopt : std::optional<QString>(arg.mid(eq + 1));
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            if (isSecretLikeOption(name)) {
                p.secretRefused = true;
                fail(secretRefusal(u"--"_s + name));
            } else {
                fail(Tr::tr("Unknown option --%1.").arg(name));
            }
            break;
        }
        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size() &&
                       (arguments.at(i + 1) == "-"_L1 || !arguments.at(i + 1).startsWith("--"_L1))) {
                value = arguments.at(++i);
            } else {
                fail(Tr::tr("Option --%1 needs a value.").arg(name));
                break;
            }
            if (value.isEmpty()) {
                fail(Tr::tr("Option --%1 needs a value.").arg(name));
                break;
            }
        } else if (inlineValue) {
            fail(Tr::tr("Option --%1 does not take a value.").arg(name));
            break;
        }

        commandOptions |= spec->commandOption;
        if (name == "region"_L1)
            p.global.region = value;
        else if (name == "api-url"_L1)
            p.global.apiUrl = value;
        else if (name == "login-url"_L1)
            p.global.loginUrl = value;
        else if (name == "lang"_L1)
            p.global.lang = value;
        else if (name == "profile"_L1)
            p.global.profile = value;
        else if (name == "timeout"_L1) {
            // 0: no limit.
            p.global.timeoutSeconds =
                value.trimmed() == "0"_L1 ? std::optional<int>(0) : positiveInt(value, 24 * 3600);
            if (!p.global.timeoutSeconds)
                fail(Tr::tr("--timeout needs a whole number of seconds between 0 (no limit) and 86400, not "
                            "\"%1\".")
                         .arg(value));
        } else if (name == "demo"_L1)
            p.global.demo = true;
        else if (name == "json"_L1)
            p.global.json = true;
        else if (name == "pretty"_L1)
            p.global.pretty = true;
        else if (name == "verbose"_L1)
            p.global.verbose = true;
        else if (name == "help"_L1)
            p.global.help = true;
        else if (name == "version"_L1)
            p.global.version = true;
        else if (name == "file"_L1)
            p.invocation.file = value;
        else if (name == "days"_L1)
            daysText = value; // its range depends on the command: checked below
        else if (name == "wait"_L1)
            p.invocation.wait = true;
        else if (name == "output"_L1)
            p.invocation.output = value;
        else if (name == "apply"_L1)
            p.invocation.apply = true;
        else if (name == "dry-run"_L1)
            p.invocation.dryRun = true;
        else if (name == "literal-ids"_L1)
            p.invocation.literalIds = true;
        else if (name == "all-fields"_L1)
            p.invocation.allFields = true;
        else if (name == "strategy"_L1)
            p.invocation.strategy = value;
        else if (name == "name"_L1)
            p.invocation.name = value;
        else if (name == "update-credential"_L1)
            p.invocation.credentialId = value;
        else if (name == "finish"_L1)
            p.invocation.finish = true;
        else if (name == "delete"_L1)
            p.invocation.deleteOld = true;
        else if (name == "force"_L1)
            p.invocation.force = true;
        else if (name == "status"_L1)
            p.invocation.status = true;
    }
    if (!p.ok())
        return p;
    if (p.global.version)
        return p;

    // "help clients list" is the same as "clients list --help".
    if (!words.isEmpty() && words.first() == "help"_L1) {
        p.global.help = true;
        words.removeFirst();
    }
    if (words.isEmpty()) {
        if (!p.global.help)
            fail(Tr::tr("No command given."));
        return p;
    }

    const QString group = words.takeFirst();
    if (!isCommandGroup(group)) {
        fail(Tr::tr("Unknown command \"%1\".").arg(group));
        return p;
    }
    const CommandSpec *spec = findCommand(group, QStringView());
    if (!spec) {
        if (words.isEmpty()) {
            p.helpGroup = group;
            if (!p.global.help)
                fail(Tr::tr("\"%1\" needs a subcommand.").arg(group));
            return p;
        }
        const QString action = words.takeFirst();
        spec = findCommand(group, action);
        if (!spec) {
            p.helpGroup = group;
            fail(Tr::tr("Unknown command \"%1 %2\".").arg(group, action));
            return p;
        }
    }
    p.invocation.spec = spec;
    p.helpGroup = spec->name();
    if (p.global.help)
        return p;

    // `clients rotate --status` takes no ID.
    const int expected =
        spec->id == CommandId::ClientsRotate && (commandOptions & OptStatus) ? 0 : spec->argCount();
    if (words.size() < expected && spec->variadic()) {
        fail(
            Tr::tr("%1 needs one or more ids, or \"-\" to read them from standard input.").arg(spec->name()));
        return p;
    }
    if (words.size() < expected) {
        fail(Tr::tr("%1 needs %2.").arg(spec->name(), spec->argNames().mid(words.size()).join(u' ')));
        return p;
    }
    if (words.size() > expected && !spec->variadic()) {
        fail(Tr::tr("Unexpected argument \"%1\" for %2.").arg(words.at(expected), spec->name()));
        return p;
    }
    for (QString &w : words) {
        if (w.trimmed().isEmpty()) {
            fail(Tr::tr("%1: an argument is empty.").arg(spec->name()));
            return p;
        }
    }
    if (spec->variadic() && words.size() > 1 && words.contains(u"-"_s)) {
        fail(Tr::tr("%1: \"-\" reads the ids from standard input; give either \"-\" alone or the ids.")
                 .arg(spec->name()));
        return p;
    }
    if (const QString problem = idArgumentProblem(*spec, words); !problem.isEmpty()) {
        fail(problem);
        return p;
    }
    p.invocation.args = words;

    for (unsigned option :
         {OptFile, OptDays, OptWait, OptOutput, OptApply, OptDryRun, OptLiteralIds, OptAllFields, OptStrategy,
          OptName, OptUpdateCredential, OptFinish, OptDelete, OptForce, OptStatus}) {
        if ((commandOptions & option) && !(spec->options & option)) {
            fail(Tr::tr("%1 does not take %2.").arg(spec->name(), optionName(option)));
            return p;
        }
        if ((spec->requiredOptions & option) && !(commandOptions & option)) {
            fail(Tr::tr("%1 needs %2.").arg(spec->name(), optionName(option) + u" PATH"_s));
            return p;
        }
    }
    if (p.invocation.dryRun && !p.invocation.apply && (spec->options & OptApply))
        fail(Tr::tr("--dry-run goes with --apply: %1 A B --apply --dry-run.").arg(spec->name()));
    if (!daysText.isEmpty() && spec->id == CommandId::ClientsHistory) {
        p.invocation.days = positiveInt(daysText, MaxHistoryDays);
        if (!p.invocation.days) {
            fail(Tr::tr("%1: --days needs a whole number of days from 1 to %2, not \"%3\".")
                     .arg(spec->name())
                     .arg(MaxHistoryDays)
                     .arg(daysText));
            return p;
        }
    } else if (!daysText.isEmpty()) {
        p.invocation.days = positiveInt(daysText, MaxUsageDays);
        if (!p.invocation.days) {
            fail(Tr::tr("%1: --days needs a whole number of days from 1 to %2 (the platform keeps usage "
                        "for %2 days), not \"%3\".")
                     .arg(spec->name())
                     .arg(MaxUsageDays)
                     .arg(daysText));
            return p;
        }
    }
    if (spec->id == CommandId::ClientsRotate) {
        if (const QString problem = rotateOptionsProblem(p.invocation, commandOptions); !problem.isEmpty()) {
            fail(problem);
            return p;
        }
    }
    if (p.global.demo &&
        (!p.global.apiUrl.isEmpty() || !p.global.loginUrl.isEmpty() || !p.global.region.isEmpty()))
        fail(Tr::tr(
            "--demo runs against a built-in sandbox; it cannot be combined with --region, --api-url or "
            "--login-url."));
    return p;
}

QString versionText()
{
    return QString(ProgramName) + u' ' + QStringLiteral(OAUTHDESK_VERSION) + u'\n';
}

QString programHelp()
{
    QString s;
    s += Tr::tr("Usage: %1 [options] <command> [arguments] [options]").arg(ProgramName) + u"\n\n"_s;
    s += Tr::tr("Manage a Genesys Cloud organization's OAuth clients from the command line.") + u"\n\n"_s;
    s += Tr::tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const CommandSpec &c : commands())
        width = std::max(width, (c.name() + u' ' + c.args).size());
    for (const CommandSpec &c : commands()) {
        const QString left = c.args.isEmpty() ? c.name() : c.name() + u' ' + c.args;
        s += u"  "_s + left.leftJustified(width + 2) + help(c.summary) + u'\n';
    }
    s += u'\n' + Tr::tr("Options (before or after the command):") + u'\n';
    const QList<QPair<QString, QString>> options = {
        {u"--json"_s, Tr::tr("print the API's JSON (compact, one line) for scripts")},
        {u"--pretty"_s, Tr::tr("indent --json output")},
        {u"--region REGION"_s, Tr::tr("region id, name or host (us_east_1, eu-west-1, mypurecloud.de)")},
        {u"--api-url URL"_s, Tr::tr("API base URL (https; http only for loopback)")},
        {u"--login-url URL"_s, Tr::tr("login base URL (default: derived from the API URL)")},
        {u"--lang LANG"_s, Tr::tr("language of scope and authorization descriptions (de-de, en-us)")},
        {u"--timeout SECONDS"_s, Tr::tr("give up after this many seconds (default 120; 0: no limit)")},
        {u"--profile NAME"_s,
         Tr::tr("sign in with a profile saved by OAuth Desk (secrets from the keychain)")},
        {u"--demo"_s, Tr::tr("run against a built-in sandbox with a demo organization")},
        {u"--verbose"_s, Tr::tr("log HTTP requests to stderr (tokens and secrets redacted)")},
        {u"--help"_s, Tr::tr("show help for a command: %1 clients list --help").arg(ProgramName)},
        {u"--version"_s, Tr::tr("print the version")},
    };
    for (const auto &[name, text] : options)
        s += u"  "_s + name.leftJustified(20) + text + u'\n';
    s += u'\n' + Tr::tr("Credentials come from the environment (or --profile), never from options:") + u'\n';
    s += u"  GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET  "_s +
         Tr::tr("a client-credentials client") + u'\n';
    s += u"  GENESYSCLOUD_ACCESS_TOKEN                                     "_s +
         Tr::tr("or an access token") + u'\n';
    s += u"  GENESYSCLOUD_REGION, GENESYSCLOUD_API_URL                     "_s +
         Tr::tr("where to connect (options win)") + u'\n';
    s += u'\n' +
         Tr::tr("Exit codes: 0 ok, 1 API error, 2 usage error, 3 authentication error, 4 differences found "
                "(diff), 130 interrupted.") +
         u'\n';
    return s;
}

QString groupHelp(QStringView group)
{
    QString s = Tr::tr("Usage: %1 %2 <subcommand> [arguments] [options]").arg(ProgramName, group.toString()) +
                u"\n\n"_s + Tr::tr("Subcommands:") + u'\n';
    for (const CommandSpec &c : commands()) {
        if (group != c.group)
            continue;
        const QString left = c.args.isEmpty() ? c.name() : c.name() + u' ' + c.args;
        s += u"  "_s + left.leftJustified(36) + help(c.summary) + u'\n';
    }
    s += u'\n' + Tr::tr("Run '%1 %2 <subcommand> --help' for details.").arg(ProgramName, group.toString()) +
         u'\n';
    return s;
}

namespace {
QString rotateOptionsHelp()
{
    const QList<QPair<QString, QString>> options = {
        {u"--strategy S"_s, Tr::tr("in-place or blue-green (default: blue-green)")},
        {u"--name NAME"_s, Tr::tr("blue/green: the copy's name (default: NAME (rotated DATE))")},
        {u"--update-credential ID"_s,
         Tr::tr("point this integration credential (pureCloudOAuthClient) at the new id and secret")},
        {u"--finish"_s, Tr::tr("blue/green: deactivate the old client once it is quiet")},
        {u"--delete"_s, Tr::tr("with --finish: delete the old client too")},
        {u"--force"_s, Tr::tr("with --finish: even if it had requests in the last 24 hours")},
        {u"--status"_s, Tr::tr("list the rotations in progress")},
    };
    QString s;
    for (const auto &[name, text] : options)
        s += u"  "_s + name.leftJustified(24) + text + u'\n';
    return s;
}
} // namespace

QString commandHelp(const CommandSpec &spec)
{
    QString usage = QString(ProgramName) + u' ' + spec.name();
    if (!spec.args.isEmpty())
        usage += u' ' + spec.args;
    if (spec.options & OptFile)
        usage += (spec.requiredOptions & OptFile) ? u" --file PATH"_s : u" [--file PATH]"_s;
    if (spec.options & OptDays)
        usage += u" [--days N]"_s;
    if (spec.options & OptWait)
        usage += u" [--wait]"_s;
    if (spec.options & OptOutput)
        usage += spec.id == CommandId::ExportTerraform ? u" [--output DIR]"_s : u" [--output FILE]"_s;
    if (spec.options & OptLiteralIds)
        usage += u" [--literal-ids]"_s;
    if (spec.options & OptApply)
        usage += u" [--apply [--dry-run]]"_s;
    if (spec.options & OptAllFields)
        usage += u" [--all-fields]"_s;
    if (isBulkCommand(spec.id))
        usage += u" [--dry-run]\n       "_s + ProgramName + u' ' + spec.name() + u" - [--dry-run]"_s;
    if (spec.id == CommandId::ClientsRotate)
        usage +=
            u" [--strategy in-place|blue-green] [--name NAME] [--update-credential CREDENTIAL_ID]\n       "_s +
            ProgramName + u" clients rotate ID --finish [--delete] [--force]\n       "_s + ProgramName +
            u" clients rotate --status"_s;
    usage += u" [--json]"_s;
    QString s = Tr::tr("Usage: %1").arg(usage) + u"\n\n"_s + help(spec.summary) + u'\n';
    if (spec.details)
        s += u'\n' + help(spec.details) + u'\n';
    if (spec.options != OptNone) {
        s += u'\n' + Tr::tr("Options:") + u'\n';
        if (spec.options & OptFile)
            s += u"  --file PATH   "_s + Tr::tr("the JSON file to send (\"-\" = standard input)") + u'\n';
        if ((spec.options & OptDays) && spec.id == CommandId::InsightsUnused)
            s += u"  --days N      "_s +
                 Tr::tr("the number of whole days before today, 1 to 90 (default 30)") + u'\n';
        else if ((spec.options & OptDays) && spec.id == CommandId::ClientsHistory)
            s += u"  --days N      "_s +
                 Tr::tr("how far back, in days (default 14; beyond 14 the older events are asked for "
                        "asynchronously)") +
                 u'\n';
        else if (spec.options & OptDays)
            s += u"  --days N      "_s + Tr::tr("the number of days to cover, 1 to 90 (default 7)") + u'\n';
        if (spec.options & OptWait)
            s += u"  --wait        "_s + Tr::tr("poll until the query completes and print the rows") + u'\n';
        if (spec.options & OptOutput)
            s += u"  --output      "_s +
                 (spec.id == CommandId::ExportTerraform
                      ? Tr::tr("the folder to write the .tf files to")
                      : Tr::tr("the file to write (default: standard output)")) +
                 u'\n';
        if (spec.options & OptLiteralIds)
            s +=
                u"  --literal-ids "_s + Tr::tr("write role and division ids instead of data sources") + u'\n';
        if (spec.options & OptApply)
            s += u"  --apply       "_s +
                 Tr::tr("create and update clients in B so that they match A (never delete)") + u'\n' +
                 u"  --dry-run     "_s + Tr::tr("with --apply: show what would be done, send nothing") +
                 u'\n';
        if (isBulkCommand(spec.id))
            s += u"  --dry-run     "_s + Tr::tr("show what would change, send no change") + u'\n';
        if (spec.options & OptAllFields)
            s += u"  --all-fields  "_s +
                 Tr::tr("also compare server-set fields (ids, dates, createdBy, modifiedBy)") + u'\n';
        if (spec.id == CommandId::ClientsRotate)
            s += rotateOptionsHelp();
    }
    s +=
        u'\n' + Tr::tr("Example:") + u"\n  "_s + ProgramName + u' ' + QLatin1StringView(spec.example) + u'\n';
    s += u'\n' + Tr::tr("Global options (--json, --region, --lang, ...): %1 --help").arg(ProgramName) + u'\n';
    return s;
}

} // namespace cli
