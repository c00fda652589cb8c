// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/launcher.h"

#include "app/i18n/translations.h"
#include "app/net/regions.h"
#include "app/sandbox/sandboxserver.h"
#include "app/security/wipe.h"
#include "app/services/session.h"
#include "ui/clients/clientspage.h"
#include "ui/shell/demosession.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pages.h"
#include "ui/shell/uisettings.h"
#include "ui/signin/signinui.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OAuthDesk)
};

constexpr auto EnvClientId = "GENESYSCLOUD_OAUTHCLIENT_ID"_L1;
constexpr auto EnvClientSecret = "GENESYSCLOUD_OAUTHCLIENT_SECRET"_L1;
constexpr auto EnvAccessToken = "GENESYSCLOUD_ACCESS_TOKEN"_L1;
constexpr auto EnvRegion = "GENESYSCLOUD_REGION"_L1;
constexpr auto EnvApiUrl = "GENESYSCLOUD_API_URL"_L1;
constexpr auto EnvLoginUrl = "GENESYSCLOUD_LOGIN_URL"_L1;

enum Exit
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

QString helpText()
{
    return Tr::tr(
        "Usage: oauthdesk [options]\n"
        "Manage the OAuth clients of a Genesys Cloud organization.\n\n"
        "Options:\n"
        "  --demo               Start the built-in sandbox (a demo org) and sign in to it.\n"
        "  --smoke              Sign in, load and paint the client list, print one line and exit.\n"
        "  --region REGION      Region id, name or host (us_east_1, eu-west-1, mypurecloud.ie).\n"
        "  --api-url URL        API base URL (overrides the region).\n"
        "  --login-url URL      Login base URL (default: derived from the API URL).\n"
        "  --theme MODE         system, light or dark (saved as the default).\n"
        "  --lang LANGUAGE      The language of the interface for this run (en, de); by default the\n"
        "                       one chosen in View > Language, or the desktop's.\n"
        "  -v, --version        Print the version and exit.\n"
        "  -h, --help           Print this help and exit.\n\n"
        "Credentials from the environment (as the Genesys Cloud CLI and Terraform provider read them):\n"
        "  GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (client credentials), or\n"
        "  GENESYSCLOUD_ACCESS_TOKEN; with GENESYSCLOUD_REGION.\n");
}

// What runs the app: owns the sandbox (for --demo), the session and the window, so that they go
// in the right order.
struct Root
{
    std::unique_ptr<Session> session;
    std::unique_ptr<DemoSession> demo; // the sandbox of --demo
    std::unique_ptr<MainWindow> window;
};
} // namespace

int runOAuthDesk(int argc, char **argv, const LauncherHooks &hooks)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // --version and --help must work without a display: answer them before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("oauthdesk %s\n", OAUTHDESK_VERSION);
            return ExitOk;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(helpText().toLocal8Bit().constData(), stdout);
            return ExitOk;
        }
    }

    QApplication::setOrganizationName(u"oauthdesk"_s);
    QApplication::setApplicationName(u"oauthdesk"_s);
    QApplication::setApplicationDisplayName(u"OAuth Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(OAUTHDESK_VERSION));
    QApplication::setDesktopFileName(u"org.oauthdesk.OAuthDesk"_s);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(Theme::appIcon());

    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s);
    const QCommandLineOption smoke(u"smoke"_s);
    const QCommandLineOption region(u"region"_s, QString(), u"region"_s);
    const QCommandLineOption apiUrl(u"api-url"_s, QString(), u"url"_s);
    const QCommandLineOption loginUrl(u"login-url"_s, QString(), u"url"_s);
    const QCommandLineOption theme(u"theme"_s, QString(), u"mode"_s);
    const QCommandLineOption lang(u"lang"_s, QString(), u"language"_s);
    parser.addOptions({demo, smoke, region, apiUrl, loginUrl, theme, lang});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "oauthdesk: %s\n%s", qPrintable(parser.errorText()), qPrintable(helpText()));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "oauthdesk: %s\n",
                     qPrintable(Tr::tr("unexpected argument: %1").arg(parser.positionalArguments().first())));
        return ExitUsage;
    }
    const bool smokeMode = parser.isSet(smoke);

    if (parser.isSet(theme)) {
        const QString id = parser.value(theme).toLower();
        if (id != "system"_L1 && id != "light"_L1 && id != "dark"_L1) {
            std::fprintf(stderr, "oauthdesk: %s\n",
                         qPrintable(Tr::tr("--theme takes system, light or dark")));
            return ExitUsage;
        }
        UiSettings::setTheme(id);
    }
    Theme::apply(Theme::modeFromId(UiSettings::theme()));

    // The interface language, before the first widget: --lang, else the setting, else the
    // desktop's. One chosen in the app also sets the format of dates and numbers.
    const QString langValue = parser.isSet(lang) ? parser.value(lang) : UiSettings::language();
    std::optional<QLocale> requested = Translations::parse(langValue);
    if (!requested && parser.isSet(lang)) {
        std::fprintf(stderr, "oauthdesk: %s\n",
                     qPrintable(Tr::tr("unknown language for --lang: %1 (use en or de)").arg(langValue)));
        return ExitUsage;
    }
    const bool languageChosen = requested && langValue.compare("system"_L1, Qt::CaseInsensitive) != 0;
    const QLocale uiLanguage = Translations::install(requested.value_or(QLocale::system()), languageChosen);

    // Where to connect, and with what.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto pick = [&](const QCommandLineOption &option, QLatin1StringView variable) {
        return parser.isSet(option) ? parser.value(option) : env.value(variable).trimmed();
    };
    Root root;
    Endpoints endpoints;
    QString clientId;
    QByteArray secret;
    QByteArray token;
    root.session = std::make_unique<Session>();
    if (parser.isSet(demo)) {
        root.demo = std::make_unique<DemoSession>(root.session.get());
        QString why;
        if (!root.demo->startSandbox(&why)) {
            std::fprintf(stderr, "oauthdesk: %s\n",
                         qPrintable(Tr::tr("the demo sandbox did not start: %1").arg(why)));
            return ExitFailure;
        }
        endpoints = root.session->endpoints();
        clientId = root.demo->sandbox()->adminClientId();
        secret = root.demo->sandbox()->adminClientSecret().toUtf8();
    } else {
        Result<Endpoints> resolved =
            resolveEndpoints(pick(region, EnvRegion), pick(apiUrl, EnvApiUrl), pick(loginUrl, EnvLoginUrl));
        if (!resolved) {
            std::fprintf(stderr, "oauthdesk: %s\n", qPrintable(resolved.error().userMessage()));
            return ExitUsage;
        }
        endpoints = resolved.value();
        token = env.value(EnvAccessToken).trimmed().toUtf8();
        clientId = env.value(EnvClientId).trimmed();
        secret = env.value(EnvClientSecret).trimmed().toUtf8();
        // Keep the secrets out of anything this process starts.
        qunsetenv("GENESYSCLOUD_OAUTHCLIENT_SECRET");
        qunsetenv("GENESYSCLOUD_ACCESS_TOKEN");
    }
    const bool haveCredentials = !token.isEmpty() || (!clientId.isEmpty() && !secret.isEmpty());
    if (smokeMode && !haveCredentials) {
        std::fprintf(
            stderr, "oauthdesk: %s\n",
            qPrintable(Tr::tr("--smoke needs --demo or credentials in the environment (%1 and %2, or %3).")
                           .arg(EnvClientId, EnvClientSecret, EnvAccessToken)));
        return ExitUsage;
    }

    root.session->setEndpoints(endpoints);
    // Descriptions from the server (scopes, authorizations) in the interface's language.
    root.session->api()->setLanguage(uiLanguage);
    root.window = std::make_unique<MainWindow>();
    MainWindow *window = root.window.get();
    registerStandardPages(window);
    window->setSession(root.session.get());

    // Sign-in, profiles and the keychain: Sign In / Sign Out, the profile badge and
    // switcher, the prompt after a 401. With --demo or credentials from the environment the session
    // starts with those; otherwise the last used profile reopens (below, once the window shows).
    SignInUi *signIn = SignInUi::install(window, root.session.get());
    // Sessions that are not profiles say what they are (not "Not signed in"), with a badge for
    // the demo so that nobody mistakes it for a real org.
    if (root.demo) {
        signIn->setSessionIdentity(Tr::tr("Demo sandbox"), Tr::tr("DEMO"), QColor(0x2f, 0x6f, 0xd6));
        // File > Reopen Demo, and in the sign-in dialog after the demo session ended.
        DemoSession *demoSession = root.demo.get();
        signIn->setReopenSession(Tr::tr("Reopen &Demo"), [demoSession, window] {
            demoSession->reopen([window](const ApiError &e) {
                if (ClientsPage *p = window->clientsPage())
                    p->showError(e, Tr::tr("The demo could not be reopened."));
            });
        });
        // Rotations saved by the previous demo were dropped with its org: said once, after the
        // sign-in (which clears the page's message bar).
        if (const QString notice = demoSession->takeStartNotice(); !notice.isEmpty()) {
            QObject::connect(
                root.session.get(), &Session::signedIn, window,
                [window, notice] {
                    if (ClientsPage *p = window->clientsPage()) {
                        p->messageBar()->setAction(QString());
                        p->messageBar()->showInfo(notice);
                    }
                },
                Qt::SingleShotConnection);
        }
    } else if (haveCredentials)
        signIn->setSessionIdentity(Tr::tr("Environment credentials"));

    int exitCode = ExitOk;
    auto fail = [&exitCode](const QString &message) {
        std::fprintf(stderr, "oauthdesk: %s\n", qPrintable(message));
        exitCode = ExitFailure;
        QCoreApplication::exit(ExitFailure);
    };
    ClientsPage *clients = window->clientsPage();
    if (smokeMode) {
        // A hard limit: a smoke test that hangs is a failure.
        QTimer::singleShot(std::chrono::seconds(60), window,
                           [&fail] { fail(Tr::tr("smoke: timed out after 60 s")); });
        QObject::connect(clients, &ClientsPage::firstPaintAfterLoad, window, [&sinceStart](int count) {
            std::printf("smoke: %d clients, first paint after %lld ms\n", count,
                        static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(ExitOk);
        });
        QObject::connect(clients, &ClientsPage::loadFailed, window, [&fail](const ApiError &e) {
            fail(Tr::tr("smoke: loading the clients failed: %1").arg(e.summary()));
        });
    }
    if (hooks.mainWindowReady) {
        QObject::connect(
            clients, &ClientsPage::firstPaintAfterLoad, window,
            [&hooks, &exitCode, window] {
                hooks.mainWindowReady(window, [&exitCode](int code) {
                    exitCode = code;
                    QCoreApplication::exit(code);
                });
            },
            Qt::SingleShotConnection);
    }

    window->show();
    if (!haveCredentials && !smokeMode)
        signIn->start();

    if (haveCredentials) {
        auto done = [&fail, smokeMode, clients](const Result<TokenInfo> &r) {
            if (r)
                return;
            if (smokeMode) {
                fail(Tr::tr("smoke: sign-in failed: %1").arg(r.error().summary()));
                return;
            }
            clients->showError(r.error(), Tr::tr("Sign-in failed."));
        };
        if (!token.isEmpty())
            root.session->signInWithToken(token, window, done);
        else
            root.session->signInWithClientCredentials(clientId, secret, window, done);
    }
    wipe(secret);
    wipe(token);

    const int rc = QApplication::exec();
    // The window goes before the session it shows, the session before the sandbox it talks to.
    root.window.reset();
    root.session.reset();
    root.demo.reset();
    return rc != ExitOk ? rc : exitCode;
}
