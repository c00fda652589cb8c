// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_seedgen: writes the fuzz targets' seed corpora from the sandbox's real answers.
//
//     fuzz_seedgen tests/fuzz/corpus
//
// Every seed is a body (or header value) the sandbox sent over real HTTP, prefixed with the
// selector bytes the target reads first (an HTTP status, a URL, a content type). Secrets and
// tokens in the answers are replaced by placeholders of the same shape, so that no random value
// of a throw-away sandbox lands in the repository and regenerating gives the same files, except
// for the fresh contextIds and correlation ids the platform puts into every answer.
#include "app/services/clientsservice.h"
#include "models/domain/usage.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray date;
};

Answer fetch(ApiClient *api, ApiRequest request)
{
    Answer out;
    bool done = false;
    QObject context;
    api->send(std::move(request))->then(&context, [&](const ApiCall &c) {
        out.status = c.status();
        out.body = c.body();
        out.retryAfter = c.header("retry-after");
        out.date = c.header("date");
        done = true;
    });
    testsupport::waitFor(done, 20000);
    if (!done)
        qFatal("no answer from the sandbox");
    return out;
}

// Secrets and tokens in seeds are placeholders of the same length and alphabet.
QByteArray maskSecrets(QByteArray body)
{
    static const QRegularExpression secretField(
        u"\"(secret|access_token|refresh_token)\"\\s*:\\s*\"([^\"]*)\""_s);
    QString text = QString::fromUtf8(body);
    QRegularExpressionMatchIterator it = secretField.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch &m = matches.at(i);
        QString fake = u"fuzz-seed-placeholder-"_s;
        while (fake.size() < m.capturedLength(2))
            fake += u'x';
        text.replace(m.capturedStart(2), m.capturedLength(2),
                     fake.left(std::max<qsizetype>(m.capturedLength(2), 8)));
    }
    return text.toUtf8();
}

class Writer
{
public:
    explicit Writer(QString root)
        : m_root(std::move(root))
    {}

    void write(const char *target, const QString &name, const QByteArray &bytes)
    {
        const QString dir = m_root + u'/' + QLatin1StringView(target);
        QDir().mkpath(dir);
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(bytes);
        std::printf("%-16s %-32s %7lld bytes\n", target, qPrintable(name),
                    static_cast<long long>(bytes.size()));
        ++m_files;
    }
    [[nodiscard]] int files() const { return m_files; }

private:
    QString m_root;
    int m_files = 0;
};

QByteArray selector(int index)
{
    return QByteArray(1, char(index));
}

QByteArray listingOf(const QList<QByteArray> &objects)
{
    QByteArray out = "{\"entities\":[";
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i)
            out += ',';
        out += objects.at(i);
    }
    const QByteArray n = QByteArray::number(objects.size());
    out += "],\"pageSize\":" + n + ",\"pageNumber\":1,\"total\":" + n +
           ",\"pageCount\":1,\"selfUri\":\"/api/v2/oauth/clients\"}";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seedgen CORPUS_DIR\n");
        return 2;
    }
    testsupport::SandboxSession s;
    if (!s.start())
        qFatal("%s", qPrintable(s.error));
    ApiClient *api = s.session.api();
    Writer out(QString::fromLocal8Bit(argv[1]));

    // Clients: the listing, single clients of each grant type, and the answers that carry secrets.
    const Answer listing = fetch(api, ApiRequest::get(u"/api/v2/oauth/clients"_s));
    out.write("client_listing", u"demo-listing.json"_s, listing.body);
    QList<QByteArray> perGrant;
    QSet<QString> grants;
    for (const QJsonValue &v : s.sandbox.clients()) {
        const QJsonObject c = v.toObject();
        const QString grant = c.value("authorizedGrantType"_L1).toString();
        if (grants.contains(grant) && !c.contains("orgSharingEnabled"_L1))
            continue;
        grants.insert(grant);
        const QString id = c.value("id"_L1).toString();
        const Answer one = fetch(api, ApiRequest::get(ClientsService::clientPath(id)));
        out.write("client", u"get-%1-%2.json"_s.arg(grant.toLower(), id.left(8)), one.body);
        perGrant.append(one.body);
    }
    out.write("client_listing", u"one-client.json"_s, listingOf(perGrant.mid(0, 1)));
    out.write("client_listing", u"each-grant.json"_s, listingOf(perGrant));
    out.write("client_listing", u"empty.json"_s, listingOf({}));

    const QJsonObject firstRole =
        QJsonDocument::fromJson(fetch(api, ApiRequest::get(u"/api/v2/authorization/roles"_s)).body)
            .object()
            .value("entities"_L1)
            .toArray()
            .first()
            .toObject();
    const QJsonObject createBody{
        {u"name"_s, u"Fuzz seed client"_s},
        {u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s},
        {u"accessTokenValiditySeconds"_s, 3600},
        {u"roleDivisions"_s,
         QJsonArray{QJsonObject{{u"roleId"_s, firstRole.value("id"_L1)}, {u"divisionId"_s, u"*"_s}}}}};
    const Answer created = fetch(api, ApiRequest::post(u"/api/v2/oauth/clients"_s, createBody));
    out.write("client", u"created-with-secret.json"_s, maskSecrets(created.body));
    const QString newId = QJsonDocument::fromJson(created.body).object().value("id"_L1).toString();
    const Answer regenerated =
        fetch(api, ApiRequest::postEmpty(ClientsService::clientPath(newId) + u"/secret"_s));
    out.write("client", u"regenerated-secret.json"_s, maskSecrets(regenerated.body));
    QJsonObject edited = createBody;
    edited.insert(u"description"_s, u"Edited by the seed generator: ünïcødé ✓"_s);
    const Answer updated = fetch(api, ApiRequest::put(ClientsService::clientPath(newId), edited));
    out.write("client", u"updated.json"_s, updated.body);

    // Scopes, authorizations, roles and divisions, who am I.
    out.write("scope", u"scopes.json"_s, fetch(api, ApiRequest::get(u"/api/v2/oauth/scopes"_s)).body);
    out.write("scope", u"scope-analytics-readonly.json"_s,
              fetch(api, ApiRequest::get(u"/api/v2/oauth/scopes/analytics%3Areadonly"_s)).body);
    api->setLanguage(QLocale(QLocale::German, QLocale::Germany));
    out.write("scope", u"scope-german.json"_s,
              fetch(api, ApiRequest::get(u"/api/v2/oauth/scopes/users%3Areadonly"_s)).body);
    const Answer authorizations = fetch(api, ApiRequest::get(u"/api/v2/oauth/authorizations"_s));
    out.write("authorization", u"authorizations-german.json"_s, authorizations.body);
    api->setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    const QJsonArray auths =
        QJsonDocument::fromJson(authorizations.body).object().value("entities"_L1).toArray();
    if (!auths.isEmpty()) {
        const QString clientId =
            auths.first().toObject().value("client"_L1).toObject().value("id"_L1).toString();
        out.write("authorization", u"authorization-one.json"_s,
                  fetch(api, ApiRequest::get(u"/api/v2/oauth/authorizations/"_s + clientId)).body);
    }
    QUrlQuery rolesQuery;
    rolesQuery.addQueryItem(u"pageSize"_s, u"3"_s);
    rolesQuery.addQueryItem(u"pageNumber"_s, u"2"_s);
    out.write("directory", u"roles-page2.json"_s,
              fetch(api, ApiRequest::get(u"/api/v2/authorization/roles"_s, rolesQuery)).body);
    out.write("directory", u"divisions.json"_s,
              fetch(api, ApiRequest::get(u"/api/v2/authorization/divisions"_s)).body);
    out.write("token_info", u"tokens-me-client-credentials.json"_s,
              fetch(api, ApiRequest::get(u"/api/v2/tokens/me"_s)).body);

    // Usage: start, poll while running, the complete result; the org-wide variant.
    const QString someId = QJsonDocument::fromJson(perGrant.first()).object().value("id"_L1).toString();
    s.sandbox.setUsageRunningPolls(1);
    QUrlQuery days;
    days.addQueryItem(u"days"_s, u"7"_s);
    const Answer summary =
        fetch(api, ApiRequest::get(ClientsService::clientPath(someId) + u"/usage/summary"_s, days));
    out.write("usage_execution", u"summary.json"_s, summary.body);
    const QString resultsUri =
        QJsonDocument::fromJson(summary.body).object().value("resultsUri"_L1).toString();
    ApiRequest poll;
    poll.url = api->resolveServerUri(resultsUri);
    out.write("usage_result", u"running.json"_s, fetch(api, poll).body);
    out.write("usage_result", u"complete-client.json"_s, fetch(api, poll).body);
    UsageQuery q = UsageQuery::lastDays(14, testsupport::fixedNow());
    q.granularity = Granularity::Week;
    q.groupBy = QStringList{u"HttpMethod"_s};
    const Answer orgStart = fetch(api, ApiRequest::post(u"/api/v2/usage/query"_s, q.toJson()));
    out.write("usage_execution", u"org-query.json"_s, orgStart.body);
    const QString orgExecution =
        QJsonDocument::fromJson(orgStart.body).object().value("executionId"_L1).toString();
    fetch(api, ApiRequest::get(u"/api/v2/usage/query/"_s + orgExecution + u"/results"_s)); // running
    out.write("usage_result", u"complete-org-by-week.json"_s,
              fetch(api, ApiRequest::get(u"/api/v2/usage/query/"_s + orgExecution + u"/results"_s)).body);

    // Error bodies, with the selector byte of their status (see fuzzErrorBody).
    auto errorSeed = [&](const QString &name, int statusIndex, const Answer &a) {
        out.write("error_body", name, selector(statusIndex) + a.body);
    };
    errorSeed(u"404-not-found.json"_s, 3, fetch(api, ApiRequest::get(ClientsService::clientPath(u"nope"_s))));
    errorSeed(u"400-fields.json"_s, 0,
              fetch(api, ApiRequest::post(u"/api/v2/oauth/clients"_s,
                                          QJsonObject{{u"authorizedGrantType"_s, u"CODE"_s},
                                                      {u"accessTokenValiditySeconds"_s, 5}})));
    ApiRequest wrongType = ApiRequest::post(u"/api/v2/oauth/clients"_s, createBody);
    wrongType.contentType = "text/plain";
    errorSeed(u"415-media-type.json"_s, 5, fetch(api, wrongType));
    FaultRule limit;
    limit.kind = FaultRule::Kind::RateLimit;
    limit.retryAfterSeconds = 7;
    limit.count = 5;
    s.sandbox.addFault(limit);
    const Answer limited = fetch(api, ApiRequest::get(u"/api/v2/oauth/scopes"_s));
    errorSeed(u"429-rate-limit.json"_s, 6, limited);
    s.sandbox.clearFaults();
    FaultRule unavailable;
    unavailable.kind = FaultRule::Kind::Status;
    unavailable.status = 503;
    unavailable.count = 4;
    s.sandbox.addFault(unavailable);
    errorSeed(u"503-unavailable.json"_s, 9, fetch(api, ApiRequest::get(u"/api/v2/oauth/scopes"_s)));
    s.sandbox.clearFaults();
    const QString weak = s.sandbox.issueToken({u"oauth:client:view"_s});
    api->setAccessToken(weak.toUtf8());
    errorSeed(u"403-missing-permission.json"_s, 2,
              fetch(api, ApiRequest::post(u"/api/v2/oauth/clients"_s, createBody)));
    api->setReauthenticator({}); // a refused token stays refused: the 401 itself is the seed
    api->setAccessToken("not-a-token");
    errorSeed(u"401-bad-credentials.json"_s, 1, fetch(api, ApiRequest::get(u"/api/v2/oauth/clients"_s)));

    // The token endpoint: a token, and its error answers (selector: see fuzzTokenResponse).
    auto tokenCall = [&](const QByteArray &form, const QByteArray &basic) {
        ApiRequest r;
        r.method = "POST";
        r.base = ApiRequest::Base::Login;
        r.path = u"/oauth/token"_s;
        r.contentType = "application/x-www-form-urlencoded";
        r.body = form;
        r.auth = basic.isEmpty() ? ApiRequest::Auth::None : ApiRequest::Auth::Basic;
        r.basicCredentials = basic;
        return fetch(api, r);
    };
    const QByteArray adminBasic =
        (s.sandbox.adminClientId() + u':' + s.sandbox.adminClientSecret()).toUtf8().toBase64();
    out.write("token_response", u"200-client-credentials.json"_s,
              selector(0) + maskSecrets(tokenCall("grant_type=client_credentials", adminBasic).body));
    out.write("token_response", u"401-invalid-client.json"_s,
              selector(4) + tokenCall("grant_type=client_credentials", "bm9ib2R5Om5vdGhpbmc=").body);
    out.write("token_response", u"400-unsupported-grant.json"_s,
              selector(3) + tokenCall("grant_type=password&username=a&password=b", adminBasic).body);
    out.write("token_response", u"400-invalid-grant.json"_s,
              selector(3) + tokenCall("grant_type=refresh_token&refresh_token=unknown", adminBasic).body);

    // Headers: Retry-After of a 429 and the Date of an answer (two selector bytes: "now" unshifted).
    out.write("retry_after", u"retry-after-seconds.txt"_s, QByteArray("\x80\x00", 2) + limited.retryAfter);
    out.write("retry_after", u"date-header.txt"_s, QByteArray("\x80\x00", 2) + listing.date);

    // Bodies the logger sees: requests and answers, JSON and form (selectors: URL, content type).
    auto redactSeed = [&](const QString &name, int url, int contentType, const QByteArray &body) {
        out.write("redact_body", name, selector(url) + selector(contentType) + body);
    };
    redactSeed(u"create-request.json"_s, 0, 0, QJsonDocument(createBody).toJson(QJsonDocument::Compact));
    redactSeed(u"created-answer.json"_s, 0, 1, maskSecrets(created.body));
    redactSeed(u"regenerated-answer.json"_s, 1, 0, maskSecrets(regenerated.body));
    redactSeed(u"token-form.txt"_s, 2, 2, "grant_type=refresh_token&refresh_token=fuzz-seed-placeholder");
    redactSeed(u"form-with-secret.txt"_s, 0 | 0x80, 2,
               "client_id=abc&client_secret=fuzz-seed-placeholder-secret&code=fuzz-seed-code-1234");
    redactSeed(u"usage-query.json"_s, 4, 5, QJsonDocument(q.toJson()).toJson(QJsonDocument::Compact));
    redactSeed(u"error-page.html"_s, 0, 4, "<html><body>502 Bad Gateway</body></html>");

    std::printf("%d seed files written to %s\n", out.files(), argv[1]);
    return 0;
}
