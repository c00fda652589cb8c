// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz targets for server input mapped in app/: the token endpoint's answer, Retry-After and HTTP
// dates, and the redaction of logged bodies and URLs (which must never let a secret through).
#include "app/auth/tokenclient.h"
#include "app/net/httplog.h"
#include "app/net/retrypolicy.h"
#include "tests/fuzz/fuzztargets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime baseNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());
}

QString stringField(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// ---- redaction oracle -----------------------------------------------------------------------

// What the oracle learnt from a body: the values given under secret keys, and every other text
// (keys and non-secret values). A secret that also appears as ordinary text may of course be
// logged as that text, so only secrets that appear nowhere else are looked for in the output.
struct Collected
{
    QStringList secrets;
    QStringList other;
};

void collectAll(const QJsonValue &v, QStringList *out, int depth)
{
    if (depth > 64)
        return;
    if (v.isString()) {
        out->append(v.toString());
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out->append(it.key());
            collectAll(it.value(), out, depth + 1);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectAll(e, out, depth + 1);
    }
}

void collectJson(const QJsonValue &v, Collected *c, int depth)
{
    if (depth > 64)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            c->other.append(it.key());
            if (httplog::isSecretKey(it.key()))
                collectAll(it.value(), &c->secrets, depth + 1);
            else
                collectJson(it.value(), c, depth + 1);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectJson(e, c, depth + 1);
    } else if (v.isString()) {
        c->other.append(v.toString());
    }
}

// application/x-www-form-urlencoded as a server reads it (the WHATWG URL standard): '&' separates
// pairs, the first '=' separates key and value, '+' is a space, "%XX" with two hex digits is a byte
// and any other '%' stays as it is. (QByteArray::fromPercentEncoding decodes "%\"o" too, which no
// server does.)
QString formDecode(const QByteArray &part)
{
    auto hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    QByteArray out;
    out.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < part.size() && hex(part[i + 1]) && hex(part[i + 2])) {
            out += char(QByteArray::fromHex(part.mid(i + 1, 2)).at(0));
            i += 2;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

void collectForm(const QByteArray &body, Collected *c)
{
    // The whole body with the secret values cut out is ordinary text too: a "secret" that is also
    // a run of other keys and values (across an '=' or an '&') may be logged as those.
    QByteArray visible;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawKey = eq < 0 ? pair : pair.left(eq);
        const QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const QString key = formDecode(rawKey);
        if (!visible.isEmpty())
            visible += '&';
        if (httplog::isSecretKey(key) || httplog::isSecretKey(QString::fromUtf8(rawKey))) {
            c->secrets.append(formDecode(rawValue));
            c->secrets.append(QString::fromUtf8(rawValue));
            visible += rawKey + "=\x01";
        } else {
            visible += pair;
        }
    }
    c->other.append(QString::fromUtf8(visible));
    c->other.append(formDecode(visible));
}

// The forms in which a secret could show up in logged text.
QList<QByteArray> spellings(const QString &secret)
{
    QList<QByteArray> out{secret.toUtf8(), QUrl::toPercentEncoding(secret)};
    const QByteArray quoted = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    out.append(quoted.mid(2, quoted.size() - 4)); // as JSON escapes it, without ["..."]
    return out;
}

void checkNoSecretIn(const QByteArray &logged, const Collected &c)
{
    static const QString markers = u"[redacted] [too deep] [unparsable JSON"_s;
    for (const QString &s : c.secrets) {
        if (s.size() < 8 || markers.contains(s))
            continue;
        bool elsewhere = false;
        for (const QString &o : c.other) {
            if (o.contains(s)) {
                elsewhere = true;
                break;
            }
        }
        if (elsewhere)
            continue;
        for (const QByteArray &spelling : spellings(s)) {
            if (spelling.size() >= 8 && logged.contains(spelling)) {
                std::fprintf(stderr, "secret %s found in logged text %s\n", spelling.toHex().constData(),
                             logged.toHex().constData());
                fuzz::fail(__FILE__, __LINE__, "a value given under a secret key was logged");
            }
        }
    }
}

} // namespace

int fuzzTokenResponse(const uint8_t *data, size_t size)
{
    static constexpr int Statuses[] = {200, 201, 204, 400, 401, 403, 429, 500, 503, 0, 302};
    fuzz::Input in(data, size);
    const int status = Statuses[in.takeByte() % std::size(Statuses)];
    const QByteArray body = in.rest();
    const QDateTime now = baseNow();
    const Result<TokenResponse> r = parseTokenResponse(status, body, now);
    if (r) {
        FUZZ_CHECK(status >= 200 && status < 300);
        FUZZ_CHECK(!r->accessToken.isEmpty());
        FUZZ_CHECK(r->expiresIn >= 0);
        FUZZ_CHECK(r->expiresIn == 0 ? !r->expiresAt.isValid() : r->expiresAt == now.addSecs(r->expiresIn));
        return 0;
    }
    const ApiError &e = r.error();
    FUZZ_CHECK(e.kind == ApiError::Kind::Auth || e.kind == ApiError::Kind::BadResponse);
    FUZZ_CHECK(!e.message.isEmpty());
    FUZZ_CHECK(!e.userMessage().isEmpty());
    // Never a token in the error: only the server's own error texts (and an unsupported token_type)
    // are quoted.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString quoted = stringField(o, "error") + u'\n' + stringField(o, "error_description") + u'\n' +
                           stringField(o, "contextId") + u'\n' + stringField(o, "token_type");
    for (const char *field : {"access_token", "refresh_token", "id_token"}) {
        const QString token = stringField(o, field);
        if (token.size() < 8 || quoted.contains(token))
            continue;
        FUZZ_CHECK(!e.userMessage().contains(token));
        FUZZ_CHECK(!e.summary().contains(token));
    }
    return 0;
}

int fuzzRetryAfter(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    // Two bytes move "now" by up to about 18 hours either way, so dates near it are reachable.
    const int shift = (int(in.takeByte()) << 8 | int(in.takeByte())) - 32768;
    const QDateTime now = baseNow().addSecs(qint64(shift) * 2);
    const QByteArray value = in.rest();

    const std::optional<std::chrono::milliseconds> wait = parseRetryAfter(value, now);
    if (wait) {
        FUZZ_CHECK(wait->count() >= 0);
        FUZZ_CHECK(wait->count() <= qint64(999999999) * 1000);
    }
    FUZZ_CHECK(parseRetryAfter(value, now) == wait); // no hidden state

    const QDateTime date = parseHttpDate(value);
    if (date.isValid()) {
        FUZZ_CHECK(date.offsetFromUtc() == 0);
        // An HTTP date read back from its own IMF-fixdate spelling is the same instant.
        const QString spelled = QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        FUZZ_CHECK(parseHttpDate(spelled.toLatin1()) == date);
        // Retry-After as a date is the time from now until then, within the same cap as seconds.
        FUZZ_CHECK(wait &&
                   wait->count() == std::clamp<qint64>(now.msecsTo(date), 0, qint64(999999999) * 1000));
    }
    return 0;
}

int fuzzRedactBody(const uint8_t *data, size_t size)
{
    static const char *const Urls[] = {
        "https://api.mypurecloud.com/api/v2/oauth/clients",
        "https://api.mypurecloud.com/api/v2/oauth/clients/3f2a/secret",
        "https://login.mypurecloud.com/oauth/token",
        "https://api.mypurecloud.com/api/v2/tokens/me",
        "https://api.mypurecloud.com/api/v2/usage/query",
        "http://127.0.0.1:8080/api/v2/oauth/clients/x",
    };
    static const char *const ContentTypes[] = {
        "application/json",
        "application/json; charset=UTF-8",
        "application/x-www-form-urlencoded",
        "",
        "text/html",
        "APPLICATION/JSON",
        "application/x-www-form-urlencoded; charset=utf-8",
    };
    fuzz::Input in(data, size);
    const uint8_t urlByte = in.takeByte();
    const QUrl url(QString::fromLatin1(Urls[urlByte % std::size(Urls)]));
    const QByteArray contentType(ContentTypes[in.takeByte() % std::size(ContentTypes)]);
    const QByteArray body = in.rest();

    const QByteArray logged = httplog::redactBody(url, contentType, body);
    FUZZ_CHECK(logged.size() <= httplog::MaxLoggedBody + 64);
    FUZZ_CHECK(!body.isEmpty() || logged.isEmpty());
    if (body.isEmpty())
        return 0;
    const QString path = url.path();
    if (path.contains("/oauth/token"_L1) || path.contains("/api/v2/tokens"_L1)) {
        FUZZ_CHECK(logged.startsWith("[redacted: "));
        return 0;
    }

    Collected c;
    const QByteArray ct = contentType.toLower();
    if (ct.contains("x-www-form-urlencoded")) {
        collectForm(body, &c);
    } else {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error == QJsonParseError::NoError)
            collectJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &c, 0);
    }
    checkNoSecretIn(logged, c);

    // The same bytes as a URL query: values of secret keys never reach the logged URL.
    if (urlByte & 0x80) {
        QUrl withQuery = url;
        withQuery.setQuery(QString::fromUtf8(body), QUrl::TolerantMode);
        const QByteArray loggedUrl = httplog::redactUrl(withQuery).toUtf8();
        Collected q;
        collectForm(withQuery.query(QUrl::FullyEncoded).toUtf8(), &q);
        q.other.append(url.toString());
        checkNoSecretIn(loggedUrl, q);
    }
    return 0;
}
