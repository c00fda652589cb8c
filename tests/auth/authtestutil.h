// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/auth/secretstore.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

#include <functional>

// Helpers of the sign-in tests: a scripted keychain backend, the test playing the browser, and
// scans for leaked secrets in files and logs.
namespace authtest {

// A keychain backend whose every answer the test decides. Records each call.
class ScriptedBackend final : public SecretBackend
{
public:
    enum class Mode
    {
        Memory,      // behaves like a keychain, answering synchronously
        Deferred,    // keeps the callback; the test answers with answerPending()
        Twice,       // answers synchronously, twice
        Never,       // never answers
        Unavailable, // answers Unavailable (every time, or `failures` times then like Memory)
        Denied,      // answers AccessDenied
    };
    struct Call
    {
        Op op;
        QString key;
        QByteArray value;
    };

    Mode mode = Mode::Memory;
    int failures = -1; // for Unavailable: how many calls fail before it works; -1 = always
    QList<Call> calls;
    QList<Callback> pending;
    QHash<QString, QByteArray> values;

    void start(Op op, const QString &key, const QByteArray &value, Callback done) override;
    [[nodiscard]] QString name() const override { return QStringLiteral("scripted"); }
    // Answers the oldest deferred call like a keychain would.
    void answerPending();

private:
    Answer apply(Op op, const QString &key, const QByteArray &value);
};

// Plays the browser for a PKCE sign-in: GETs the authorization URL at the sandbox without
// following redirects, then GETs the Location it answers with (the loopback redirect, unless the
// sandbox refused before redirecting). `rewrite` may change the redirect URL first (a wrong state).
struct BrowserVisit
{
    int authorizeStatus = 0;
    QUrl redirect; // where the sandbox sent the browser
    int callbackStatus = 0;
    QByteArray callbackPage; // what OAuth Desk's loopback listener showed
    bool done = false;
};
void visit(QNetworkAccessManager *nam, const QUrl &authorizeUrl, BrowserVisit *out,
           std::function<QUrl(const QUrl &)> rewrite = {});

// `list` without empty entries and duplicates, in order.
[[nodiscard]] QList<QByteArray> unique(const QList<QByteArray> &list);

// Every form a secret could be written in: as is, base64, base64url, percent-encoded, and the
// same of its longest printable parts. Secrets shorter than 8 bytes are ignored (false hits).
[[nodiscard]] QList<QByteArray> variants(const QList<QByteArray> &secrets);
// Files under `dir` (recursively) that contain any variant of `secrets`: "path: variant kind".
[[nodiscard]] QStringList scanDirectory(const QString &dir, const QList<QByteArray> &secrets);
// Lines of `log` that contain any variant of `secrets`.
[[nodiscard]] QStringList scanLines(const QStringList &log, const QList<QByteArray> &secrets);

// Captures every message (all categories, debug included, with the http and auth traces on)
// while alive.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    [[nodiscard]] QStringList lines() const;
};

} // namespace authtest
