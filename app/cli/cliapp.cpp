// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliapp.h"

#include "app/auth/signincontroller.h"
#include "app/cli/credentials.h"
#include "app/cli/inputs.h"
#include "app/cli/snapshotcommands.h"
#include "app/net/operation.h"
#include "app/sandbox/sandboxserver.h"
#include "app/services/session.h"
#include "app/services/usageservice.h"
#include "models/domain/servertext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace cli {

namespace {
// For benchmarks: `OAUTHDESK_DEMO_CLIENTS=10000 oauthdesk-cli --demo --json clients list`.
constexpr QLatin1StringView EnvDemoClients{"OAUTHDESK_DEMO_CLIENTS"};
constexpr int MaxDemoClients = 100000;
} // namespace

CliApp::CliApp(QStringList arguments, QProcessEnvironment environment, Io io, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_env(std::move(environment))
    , m_io(std::move(io))
{}

CliApp::~CliApp()
{
    // The runner and the session hold operations bound to each other; end them in order.
    m_runner.reset();
    m_session.reset();
    m_sandbox.reset();
}

void CliApp::start()
{
    QMetaObject::invokeMethod(this, &CliApp::run, Qt::QueuedConnection);
}

void CliApp::writeErr(const QString &text)
{
    // Every stderr line passes here; server text in it (an error message, a client's name) is
    // cleaned already, this is the last line of defence.
    QByteArray bytes = servertext::displayable(text).toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    if (m_io.err)
        m_io.err(bytes);
    else
        m_err += bytes;
}

void CliApp::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_runner) {
        m_out += m_runner->takeOutput(); // the runner has dealt with an interrupt already
    } else if (code != ExitInterrupted && interruptPending()) {
        writeErr(QString(ProgramName) + u": "_s + QCoreApplication::translate("cli::CliApp", "Interrupted."));
        m_out.clear();
        code = ExitInterrupted;
    }
    // Forget the credentials now rather than at exit.
    if (m_session)
        m_session->signOut();
    QMetaObject::invokeMethod(
        this,
        [this, code] {
            m_exitCode = code;
            Q_EMIT finished(code);
        },
        Qt::QueuedConnection);
}

void CliApp::usageError(const QString &message)
{
    writeErr(QString(ProgramName) + u": "_s + message);
    writeErr(QCoreApplication::translate("cli::CliApp", "Try '%1 --help'.").arg(ProgramName));
    finish(ExitUsage);
}

void CliApp::run()
{
    m_args = parseArguments(m_arguments);
    const GlobalOptions &g = m_args.global;
    if (!m_args.ok()) {
        if (m_args.secretRefused) {
            writeErr(QString(ProgramName) + u": "_s + m_args.error);
            finish(ExitUsage);
            return;
        }
        usageError(m_args.error);
        return;
    }
    if (g.version) {
        m_out += versionText().toUtf8();
        finish(ExitOk);
        return;
    }
    if (g.help) {
        const Invocation &inv = m_args.invocation;
        QString text;
        if (inv.spec)
            text = commandHelp(*inv.spec);
        else if (!m_args.helpGroup.isEmpty())
            text = groupHelp(m_args.helpGroup);
        else
            text = programHelp();
        m_out += text.toUtf8();
        finish(ExitOk);
        return;
    }

    // The redacting HTTP log (never a token or secret) only with --verbose; our own retry notes
    // otherwise stay out of the way of the error message.
    QLoggingCategory::setFilterRules(g.verbose ? u"oauthdesk.http.debug=true\noauthdesk.*.info=true"_s
                                               : u"oauthdesk.*.info=false"_s);

    QLocale language;
    if (!g.lang.isEmpty()) {
        language = QLocale(g.lang);
        if (language.language() == QLocale::C && g.lang.compare("c"_L1, Qt::CaseInsensitive) != 0) {
            usageError(QCoreApplication::translate("cli::CliApp",
                                                   "Unknown language \"%1\" for --lang (use e.g. "
                                                   "en-us, de-de, fr-fr).")
                           .arg(g.lang));
            return;
        }
    }

    // Input files are read and checked before anything is sent.
    const Invocation &inv = m_args.invocation;
    if (inv.spec->options & OptFile) {
        auto reportProblems = [this](const inputs::Problems &p) {
            if (p.timedOut || p.interrupted) {
                writeErr(QString(ProgramName) + u": "_s + p.lines.join(u' '));
                finish(p.interrupted ? ExitInterrupted : ExitApiError);
                return;
            }
            QString text =
                QCoreApplication::translate("cli::CliApp", "The input is not valid; nothing was sent:");
            for (const QString &line : p.lines)
                text += u"\n  "_s + line;
            writeErr(QString(ProgramName) + u": "_s + text);
            finish(ExitUsage);
        };
        // Standard input counts against --timeout like the requests: an endless pipe stops at it.
        const int limit = g.timeoutSeconds.value_or(DefaultTimeoutSeconds);
        const QDeadlineTimer readDeadline =
            limit > 0 ? QDeadlineTimer(std::chrono::seconds(limit)) : QDeadlineTimer(QDeadlineTimer::Forever);
        auto file = inputs::readJsonObject(inv.file, m_io.in, readDeadline);
        if (auto *p = std::get_if<inputs::Problems>(&file)) {
            reportProblems(*p);
            return;
        }
        const QJsonObject &object = std::get<QJsonObject>(file);
        if (inv.spec->id == CommandId::UsageQuery) {
            auto query = inputs::parseUsageQuery(object);
            if (auto *p = std::get_if<inputs::Problems>(&query)) {
                reportProblems(*p);
                return;
            }
            m_input.usageQuery = std::get<UsageQuery>(query);
        } else {
            auto body = inv.spec->id == CommandId::ClientsCreate
                            ? inputs::prepareCreateBody(object)
                            : inputs::prepareUpdateEdits(object, inv.args.value(0));
            if (auto *p = std::get_if<inputs::Problems>(&body)) {
                reportProblems(*p);
                return;
            }
            const inputs::ClientBody &b = std::get<inputs::ClientBody>(body);
            if (!b.ignored.isEmpty())
                writeErr(QCoreApplication::translate("cli::CliApp", "Ignoring read-only fields: %1")
                             .arg(b.ignored.join(u", "_s)));
            m_input.clientBody = b.body;
        }
    }

    // The ids of a bulk command: the arguments, or standard input for "-" (checked like --file -).
    if (isBulkCommand(inv.spec->id)) {
        if (inv.args == QStringList{u"-"_s}) {
            const int limit = g.timeoutSeconds.value_or(DefaultTimeoutSeconds);
            const QDeadlineTimer readDeadline = limit > 0 ? QDeadlineTimer(std::chrono::seconds(limit))
                                                          : QDeadlineTimer(QDeadlineTimer::Forever);
            auto ids = inputs::readIdLines(m_io.in, readDeadline);
            if (auto *p = std::get_if<inputs::Problems>(&ids)) {
                if (p->interrupted) {
                    writeErr(QString(ProgramName) + u": "_s + p->lines.join(u' '));
                    finish(ExitInterrupted);
                    return;
                }
                QString text = p->timedOut ? p->lines.join(u' ')
                                           : QCoreApplication::translate(
                                                 "cli::CliApp", "The ids are not valid; nothing was sent:");
                if (!p->timedOut) {
                    for (const QString &line : p->lines)
                        text += u"\n  "_s + line;
                }
                writeErr(QString(ProgramName) + u": "_s + text);
                finish(p->timedOut ? ExitApiError : ExitUsage);
                return;
            }
            m_input.ids = std::get<QStringList>(ids);
        } else {
            m_input.ids = inv.args;
        }
    }

    // Where --output goes is checked before anything is sent (after the request, a file that cannot
    // be written is exit 1 with the same message).
    if (const std::optional<QString> problem = checkOutputPath(inv)) {
        writeErr(QString(ProgramName) + u": "_s + *problem);
        finish(ExitUsage);
        return;
    }

    // A diff of files and profiles signs in with each profile itself: no global credentials needed.
    if (!needsSignIn(inv)) {
        runCommand();
        return;
    }

    DemoServerInfo demo;
    if (g.demo) {
        SandboxOptions options;
        bool ok = false;
        const int extra = m_env.value(EnvDemoClients).toInt(&ok);
        if (ok && extra > 0)
            options.extraClients = std::min(extra, MaxDemoClients);
        m_sandbox = std::make_unique<SandboxServer>(options);
        m_sandbox->setRateLimit(300, std::chrono::seconds(60)); // as the platform (R26)
        if (!m_sandbox->start()) {
            writeErr(QString(ProgramName) + u": "_s +
                     QCoreApplication::translate("cli::CliApp", "The demo sandbox did not start: %1")
                         .arg(m_sandbox->errorString()));
            finish(ExitApiError);
            return;
        }
        demo.baseUrl = m_sandbox->baseUrl();
        demo.clientId = m_sandbox->adminClientId();
        demo.secret = m_sandbox->adminClientSecret().toUtf8();
    }

    auto resolved = resolveCredentials(g, m_env, g.demo ? &demo : nullptr);
    demo.secret.fill('\0');
    if (auto *e = std::get_if<CredentialError>(&resolved)) {
        writeErr(QString(ProgramName) + u": "_s + describeError(e->error));
        finish(e->exitCode);
        return;
    }
    const Credentials &credentials = std::get<Credentials>(resolved);

    m_session = std::make_unique<Session>();
    // Only a command that must know who is signed in pays for GET /api/v2/tokens/me.
    m_session->setConfirmIdentity(m_args.invocation.spec->needsIdentity);
    if (credentials.source != Credentials::Source::Profile)
        m_session->setEndpoints(credentials.endpoints);
    m_session->api()->setLanguage(language);
    RetryPolicy policy = m_session->api()->retryPolicy();
    policy.timeScale = m_timeScale;
    m_session->api()->setRetryPolicy(policy);
    // --rate-limit now, and again once signed in: a profile's sign-in sets the profile's.
    const auto applyRateLimit = [this] {
        if (m_args.global.rateLimit)
            m_session->api()->rateBudget()->setLimit(*m_args.global.rateLimit);
    };
    applyRateLimit();
    // Every wait of more than 2 s gets a line, terminal or not: a script's log shows why it took long.
    connect(m_session->api(), &ApiClient::waiting, this,
            [this](ApiCall *, int seconds, const QString &reason, int attempt, int maxAttempts) {
                writeErr(QCoreApplication::translate("cli::CliApp", "waiting %1 s: %2, attempt %3 of %4")
                             .arg(seconds)
                             .arg(reason)
                             .arg(attempt)
                             .arg(maxAttempts));
            });
    if (g.verbose)
        writeErr(
            credentials.source == Credentials::Source::Profile
                ? QCoreApplication::translate("cli::CliApp", "Credentials from %1").arg(credentials.origin)
                : QCoreApplication::translate("cli::CliApp", "Credentials from %1; API %2")
                      .arg(credentials.origin, credentials.endpoints.api.toDisplayString()));

    // The command's overall limit, sign-in included: every call and its retries end by then. A
    // usage query polled with --wait keeps the query's own limit (UsageService::PollPolicy).
    m_session->api()->startTimeLimit(std::chrono::seconds(g.timeoutSeconds.value_or(DefaultTimeoutSeconds)));

    auto signedIn = [this, applyRateLimit](const Result<TokenInfo> &r) {
        m_signIn = nullptr;
        if (!r) {
            if (r.error().isCancelled())
                return; // interrupt() cancelled it and finishes with its code
            QString text = QCoreApplication::translate("cli::CliApp", "Sign-in failed: %1")
                               .arg(describeError(r.error()));
            if (r.error().code == SignInController::NeedsSignIn)
                text +=
                    u'\n' + QCoreApplication::translate(
                                "cli::CliApp", "Sign in with this profile once in OAuth Desk, which stores "
                                               "its credentials in the keychain, or use the GENESYSCLOUD_* "
                                               "environment variables.");
            writeErr(QString(ProgramName) + u": "_s + text);
            finish(exitCodeFor(r.error()));
            return;
        }
        applyRateLimit();
        runCommand();
    };
    if (credentials.source == Credentials::Source::Profile)
        m_signIn = signInWithProfile(m_session.get(), credentials.profile, this, signedIn);
    else if (credentials.method == Credentials::Method::AccessToken)
        m_signIn = m_session->signInWithToken(credentials.accessToken, this, signedIn);
    else
        m_signIn =
            m_session->signInWithClientCredentials(credentials.clientId, credentials.secret, this, signedIn);
}

void CliApp::runCommand()
{
    present::Style style;
    style.json = m_args.global.json;
    style.pretty = m_args.global.pretty;
    style.terminalWidth = m_io.terminalWidth;
    style.progress = m_io.stderrIsTerminal || m_args.global.verbose;
    m_runner = std::make_unique<CommandRunner>(
        m_session.get(), style, [this](const QByteArray &text) { writeErr(QString::fromUtf8(text)); });
    m_runner->setProfile(m_args.global.profile);
    connect(m_runner.get(), &CommandRunner::finished, this, [this](int code) { finish(code); });
    m_runner->run(m_args.invocation, m_input);
}

void CliApp::interrupt()
{
    if (m_finishing)
        return;
    const QString reason = QCoreApplication::translate("cli::CliApp", "Interrupted.");
    if (m_runner) {
        m_runner->cancel(ExitInterrupted, reason);
        return;
    }
    writeErr(QString(ProgramName) + u": "_s + reason);
    if (m_signIn)
        m_signIn->cancel();
    finish(ExitInterrupted);
}

} // namespace cli
