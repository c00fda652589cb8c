// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/auth/authtestutil.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace authtest {

void ScriptedBackend::start(Op op, const QString &key, const QByteArray &value, Callback done)
{
    calls.append({op, key, value});
    switch (mode) {
    case Mode::Memory:
        done(apply(op, key, value));
        return;
    case Mode::Deferred:
        pending.append([this, op, key, value, done](const Answer &) { done(apply(op, key, value)); });
        return;
    case Mode::Twice: {
        const Answer a = apply(op, key, value);
        done(a);
        done(a);
        return;
    }
    case Mode::Never:
        pending.append(std::move(done)); // kept so the test can answer late
        return;
    case Mode::Unavailable:
        if (failures != 0) {
            if (failures > 0)
                --failures;
            Answer a;
            a.error = SecretError::Unavailable;
            a.message = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
            done(a);
            return;
        }
        done(apply(op, key, value));
        return;
    case Mode::Denied: {
        Answer a;
        a.error = SecretError::AccessDenied;
        a.message = u"Cannot create an item in a locked collection"_s;
        done(a);
        return;
    }
    }
}

void ScriptedBackend::answerPending()
{
    if (pending.isEmpty())
        return;
    Callback cb = pending.takeFirst();
    cb(Answer{});
}

SecretBackend::Answer ScriptedBackend::apply(Op op, const QString &key, const QByteArray &value)
{
    Answer a;
    switch (op) {
    case Op::Read:
        if (values.contains(key))
            a.value = values.value(key);
        else
            a.error = SecretError::NotFound;
        break;
    case Op::Write:
        values.insert(key, value);
        break;
    case Op::Remove:
        if (!values.remove(key))
            a.error = SecretError::NotFound;
        break;
    }
    return a;
}

void visit(QNetworkAccessManager *nam, const QUrl &authorizeUrl, BrowserVisit *out,
           std::function<QUrl(const QUrl &)> rewrite)
{
    QNetworkRequest req(authorizeUrl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam->get(req);
    QObject::connect(reply, &QNetworkReply::finished, nam, [nam, reply, out, rewrite] {
        reply->deleteLater();
        out->authorizeStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isEmpty()) {
            out->done = true;
            return;
        }
        out->redirect = reply->url().resolved(location);
        const QUrl target = rewrite ? rewrite(out->redirect) : out->redirect;
        QNetworkReply *second = nam->get(QNetworkRequest(target));
        QObject::connect(second, &QNetworkReply::finished, nam, [second, out] {
            second->deleteLater();
            out->callbackStatus = second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out->callbackPage = second->readAll();
            out->done = true;
        });
    });
}

QList<QByteArray> unique(const QList<QByteArray> &list)
{
    QList<QByteArray> out;
    for (const QByteArray &b : list) {
        if (!b.isEmpty() && !out.contains(b))
            out << b;
    }
    return out;
}

QList<QByteArray> variants(const QList<QByteArray> &secrets)
{
    QList<QByteArray> out;
    for (const QByteArray &s : secrets) {
        if (s.size() < 8)
            continue;
        out << s << s.toBase64() << s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            << QUrl::toPercentEncoding(QString::fromLatin1(s));
        // base64 of a secret embedded in a longer value (Basic auth "id:secret") does not contain
        // base64(secret); a middle slice of the secret itself still shows up in any plain copy.
        if (s.size() >= 24)
            out << s.mid(4, s.size() - 8);
    }
    return unique(out);
}

QStringList scanDirectory(const QString &dir, const QList<QByteArray> &secrets)
{
    const QList<QByteArray> needles = variants(secrets);
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.read(64 * 1024 * 1024);
        for (const QByteArray &n : needles) {
            if (content.contains(n))
                hits << path;
        }
    }
    hits.removeDuplicates();
    return hits;
}

QStringList scanLines(const QStringList &log, const QList<QByteArray> &secrets)
{
    const QList<QByteArray> needles = variants(secrets);
    QStringList hits;
    for (const QString &line : log) {
        const QByteArray l = line.toUtf8();
        for (const QByteArray &n : needles) {
            if (l.contains(n)) {
                hits << line.left(200);
                break;
            }
        }
    }
    return hits;
}

namespace {
QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromLatin1(ctx.category ? ctx.category : "default") + u": "_s + msg);
    }
    if (type >= QtWarningMsg && g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&g_mutex);
    g_lines.clear();
    QLoggingCategory::setFilterRules(
        u"qt.network*.debug=false\noauthdesk.*.debug=true\nqt.networkauth*.debug=true"_s);
    g_previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

} // namespace authtest
