// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/soak/soakrunner.h"

#include "app/sandbox/sandboxserver.h"
#include "app/services/clientsservice.h"
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString ClientsPath = u"/api/v2/oauth/clients"_s;

QString stateKey(const QString &description, qint64 lifetime)
{
    return description + u'\x1f' + QString::number(lifetime);
}

const char *kindName(SoakRunner::Kind k)
{
    switch (k) {
    case SoakRunner::Kind::Create:
        return "create";
    case SoakRunner::Kind::Edit:
        return "edit";
    case SoakRunner::Kind::Delete:
        return "delete";
    case SoakRunner::Kind::Regenerate:
        return "regenerate";
    }
    return "?";
}
} // namespace

SoakRunner::SoakRunner(Session *session, SandboxServer *sandbox, Options options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sandbox(sandbox)
    , m_options(std::move(options))
    , m_random(m_options.seed)
{}

bool SoakRunner::run(std::chrono::milliseconds limit)
{
    m_clock.start();
    startNext();
    QDeadlineTimer deadline(limit);
    while (m_finished < m_options.operations && !deadline.hasExpired())
        QTest::qWait(5);
    m_elapsedMs = m_clock.elapsed();
    return m_finished == m_options.operations;
}

void SoakRunner::startNext()
{
    while (m_inFlight < m_options.concurrency && m_started < m_options.operations) {
        const int op = m_started++;
        ++m_inFlight;
        begin(op);
    }
}

void SoakRunner::done()
{
    --m_inFlight;
    ++m_finished;
    startNext();
}

SoakRunner::Intended *SoakRunner::pickIdle()
{
    QList<Intended *> idle;
    for (Intended &c : m_live) {
        if (!c.busy)
            idle.append(&c);
    }
    if (idle.isEmpty())
        return nullptr;
    return idle.at(qsizetype(m_random.bounded(quint32(idle.size()))));
}

void SoakRunner::begin(int op)
{
    // 25% create, 35% edit, 20% regenerate, 20% delete; a create when no client is free.
    const quint32 roll = m_random.bounded(100u);
    Intended *client = (roll < 25 || m_live.size() < 3) ? nullptr : pickIdle();
    if (!client)
        create(op);
    else if (roll < 60)
        edit(op, client);
    else if (roll < 80)
        regenerate(op, client);
    else
        remove(op, client);
}

QJsonObject SoakRunner::newClientBody(const QString &name, bool clientCredentials)
{
    QJsonObject body{{u"name"_s, name},
                     {u"description"_s, u"created by the soak"_s},
                     {u"accessTokenValiditySeconds"_s, qint64(300 + m_random.bounded(172500u))}};
    if (clientCredentials) {
        body.insert(u"authorizedGrantType"_s, u"CLIENT-CREDENTIALS"_s);
        body.insert(u"roleDivisions"_s,
                    QJsonArray{QJsonObject{{u"roleId"_s, m_options.roleId}, {u"divisionId"_s, u"*"_s}}});
    } else {
        body.insert(u"authorizedGrantType"_s, u"CODE"_s);
        body.insert(u"registeredRedirectUri"_s, QJsonArray{u"https://soak.example.com/cb"_s});
        body.insert(u"scope"_s, QJsonArray{u"users:readonly"_s});
    }
    return body;
}

bool SoakRunner::answered(int op, Kind kind, Outcome outcome, const ApiError *error)
{
    if (m_answered.contains(op)) {
        ++m_extraHandlerRuns;
        return false;
    }
    m_answered.insert(op);
    ++m_outcomes[{int(kind), int(outcome)}];
    if (error) {
        if (qEnvironmentVariableIsSet("OAUTHDESK_SOAK_VERBOSE"))
            qInfo("operation %d (%s): %s", op, kindName(kind), qPrintable(error->summary()));
        if (error->isCancelled())
            m_problems << u"operation %1 (%2) was cancelled; nothing cancels in the soak"_s.arg(op).arg(
                QLatin1StringView(kindName(kind)));
        if (error->userMessage().trimmed().isEmpty())
            m_problems << u"operation %1 (%2) failed without a message"_s.arg(op).arg(
                QLatin1StringView(kindName(kind)));
    }
    return true;
}

void SoakRunner::create(int op)
{
    const QString name = u"%1 %2 (seed %3)"_s.arg(m_options.namePrefix).arg(op).arg(m_options.seed);
    const bool clientCredentials = m_random.bounded(100u) < 60;
    const QJsonObject body = newClientBody(name, clientCredentials);
    m_session->clients()->create(
        body, this, [this, op, name, clientCredentials, body](const Result<ClientWithSecret> &r) {
            if (r) {
                if (!answered(op, Kind::Create, Outcome::Ok, nullptr))
                    return;
                Intended c;
                c.id = r->client.id;
                c.name = name;
                c.clientCredentials = clientCredentials;
                c.last = r->client;
                c.possibleDescriptions.insert(stateKey(r->client.description, r->client.tokenLifetime()));
                c.secret = r->secret;
                c.secretKnown = !r->secretLost && !r->secret.isEmpty();
                if (r->client.name != name ||
                    r->client.description != body.value("description"_L1).toString())
                    m_problems << u"create %1 answered a different client (%2)"_s.arg(name, r->client.name);
                m_live.insert(c.id, c);
                m_creates.append({name, Outcome::Ok});
            } else {
                const Outcome outcome = r.error().outcomeUnknown ? Outcome::Unknown : Outcome::Failed;
                if (!answered(op, Kind::Create, outcome, &r.error()))
                    return;
                m_creates.append({name, outcome});
            }
            done();
        });
}

void SoakRunner::edit(int op, Intended *client)
{
    client->busy = true;
    const QString id = client->id;
    const QString description = u"edit %1 (seed %2)"_s.arg(op).arg(m_options.seed);
    const qint64 lifetime = 300 + m_random.bounded(172500u);
    const QJsonObject edits{{u"description"_s, description}, {u"accessTokenValiditySeconds"_s, lifetime}};
    m_session->clients()->update(
        client->last, edits, this, [this, op, id, description, lifetime](const Result<OAuthClient> &r) {
            Intended &c = m_live[id];
            c.busy = false;
            const QString wanted = stateKey(description, lifetime);
            if (r) {
                if (!answered(op, Kind::Edit, Outcome::Ok, nullptr))
                    return;
                c.last = r.value();
                c.possibleDescriptions = {wanted};
                if (stateKey(r->description, r->tokenLifetime()) != wanted)
                    m_problems << u"edit %1 of %2 answered another state"_s.arg(op).arg(id);
            } else {
                if (!answered(op, Kind::Edit, r.error().outcomeUnknown ? Outcome::Unknown : Outcome::Failed,
                              &r.error()))
                    return;
                // A PUT that failed after its retries may still have been applied (the answer was lost
                // after the effect): the server may hold either state now. Look, as the app's list
                // does after a failed save, and go on from what is there.
                c.possibleDescriptions.insert(wanted);
                lookAfterFailedEdit(id, wanted);
                return;
            }
            done();
        });
}

void SoakRunner::lookAfterFailedEdit(const QString &id, const QString &wanted)
{
    m_live[id].busy = true;
    m_session->clients()->get(id, this, [this, id, wanted](const Result<OAuthClient> &now) {
        Intended &c = m_live[id];
        c.busy = false;
        if (now) {
            const QString found = stateKey(now->description, now->tokenLifetime());
            if (!c.possibleDescriptions.contains(found))
                m_problems << u"after a failed edit, client %1 holds a state no edit left it in"_s.arg(id);
            if (found == wanted)
                ++m_failedButApplied;
            c.possibleDescriptions = {found};
            c.last = now.value();
        }
        done();
    });
}

void SoakRunner::remove(int op, Intended *client)
{
    client->busy = true;
    const QString id = client->id;
    m_session->clients()->remove(client->last, this, [this, op, id](const Result<Done> &r) {
        if (r) {
            if (!answered(op, Kind::Delete, Outcome::Ok, nullptr))
                return;
            m_deleted.insert(id);
        } else {
            if (!answered(op, Kind::Delete, r.error().outcomeUnknown ? Outcome::Unknown : Outcome::Failed,
                          &r.error()))
                return;
            // Set inactive or not, deleted or not: the runner does not touch it again.
            m_maybeDeleted.insert(id);
        }
        m_live.remove(id);
        done();
    });
}

void SoakRunner::regenerate(int op, Intended *client)
{
    client->busy = true;
    const QString id = client->id;
    ++m_regenerations[id];
    m_session->clients()->regenerateSecret(id, this, [this, op, id](const Result<ClientWithSecret> &r) {
        Intended &c = m_live[id];
        c.busy = false;
        if (r) {
            if (!answered(op, Kind::Regenerate, Outcome::Ok, nullptr))
                return;
            if (c.secretKnown)
                c.replacedSecrets << c.secret;
            c.secret = r->secret;
            c.secretKnown = !r->secret.isEmpty();
            c.last = r->client;
        } else {
            const Outcome outcome = r.error().outcomeUnknown ? Outcome::Unknown : Outcome::Failed;
            if (!answered(op, Kind::Regenerate, outcome, &r.error()))
                return;
            if (outcome == Outcome::Unknown) {
                // The old secret may have been replaced: neither it nor a new one is known.
                c.secretKnown = false;
                c.secret.clear();
            }
        }
        done();
    });
}

QStringList SoakRunner::verify()
{
    QStringList problems = m_problems;
    if (m_extraHandlerRuns > 0)
        problems << u"%1 handlers ran more than once"_s.arg(m_extraHandlerRuns);
    if (m_answered.size() != m_options.operations)
        problems << u"%1 of %2 operations answered"_s.arg(m_answered.size()).arg(m_options.operations);

    // The server's state, soak clients only.
    QHash<QString, QJsonObject> byId;
    QHash<QString, int> perName;
    const QString prefix = m_options.namePrefix + u' ';
    for (const QJsonValue &v : m_sandbox->clients()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value("name"_L1).toString();
        if (!name.startsWith(prefix))
            continue;
        byId.insert(o.value("id"_L1).toString(), o);
        ++perName[name];
    }
    for (auto it = perName.cbegin(); it != perName.cend(); ++it) {
        if (it.value() > 1)
            problems << u"duplicate: %1 clients named \"%2\""_s.arg(it.value()).arg(it.key());
    }
    for (const Intended &c : m_live) {
        const auto it = byId.constFind(c.id);
        if (it == byId.cend()) {
            problems << u"lost: client %1 (%2) is gone"_s.arg(c.id, c.name);
            continue;
        }
        const QJsonObject &o = *it;
        if (o.value("name"_L1).toString() != c.name)
            problems << u"client %1 is named \"%2\", not \"%3\""_s.arg(c.id, o.value("name"_L1).toString(),
                                                                       c.name);
        if (o.value("state"_L1).toString() != "active"_L1)
            problems << u"client %1 is %2, not active"_s.arg(c.id, o.value("state"_L1).toString());
        const qint64 lifetime = o.value("accessTokenValiditySeconds"_L1).toInteger(-1);
        const QString state = stateKey(o.value("description"_L1).toString(), lifetime);
        if (!c.possibleDescriptions.contains(state))
            problems << u"lost edit: client %1 holds \"%2\" / %3 s, which no edit left it in"_s.arg(c.id)
                            .arg(o.value("description"_L1).toString())
                            .arg(lifetime);
    }
    for (const QString &id : m_deleted) {
        if (byId.contains(id))
            problems << u"client %1 was deleted (answer OK) but is still there"_s.arg(id);
    }
    QSet<QString> unknownCreates;
    for (const CreateRecord &r : m_creates) {
        const int n = perName.value(r.name);
        if (r.outcome == Outcome::Failed && n != 0)
            problems << u"\"%1\" was reported as not created, yet %2 exist"_s.arg(r.name).arg(n);
        if (r.outcome == Outcome::Unknown)
            unknownCreates.insert(r.name);
    }
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        const QString name = it->value("name"_L1).toString();
        if (!m_live.contains(it.key()) && !m_maybeDeleted.contains(it.key()) &&
            !unknownCreates.contains(name))
            problems << u"unexpected client %1 (\"%2\")"_s.arg(it.key(), name);
    }

    // The wire: no POST twice (but after a 429); a lost create answer is followed by a look.
    const QList<SandboxRequest> requests = m_sandbox->requests();
    QHash<QString, int> createPosts;
    QHash<QString, int> secretPosts;
    QList<qsizetype> lostCreates;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const SandboxRequest &r = requests.at(i);
        if (r.method != "POST" || r.status == 429)
            continue;
        if (r.path == ClientsPath) {
            const QString name = QJsonDocument::fromJson(r.body).object().value("name"_L1).toString();
            if (name.startsWith(prefix))
                ++createPosts[name];
            if (r.status == 0 || r.status >= 500)
                lostCreates << i;
        } else if (r.path.startsWith(ClientsPath + u'/') && r.path.endsWith("/secret"_L1)) {
            ++secretPosts[r.path.section(u'/', 5, 5)];
        }
    }
    for (const CreateRecord &r : m_creates) {
        if (createPosts.value(r.name) != 1)
            problems << u"\"%1\" was POSTed %2 times (429s aside)"_s.arg(r.name).arg(
                createPosts.value(r.name));
    }
    for (auto it = m_regenerations.cbegin(); it != m_regenerations.cend(); ++it) {
        if (secretPosts.value(it.key()) != it.value())
            problems << u"client %1: %2 secret regenerations sent for %3 operations"_s.arg(it.key())
                            .arg(secretPosts.value(it.key()))
                            .arg(it.value());
    }
    for (qsizetype at : lostCreates) {
        bool looked = false;
        for (qsizetype i = at + 1; i < requests.size() && !looked; ++i)
            looked = requests.at(i).method == "GET" && requests.at(i).path == ClientsPath;
        if (!looked)
            problems << u"a create whose answer was lost (request %1) was not followed by a listing"_s.arg(
                at);
    }
    return problems;
}

QStringList SoakRunner::verifySecrets()
{
    QStringList problems;
    for (const Intended &c : std::as_const(m_live)) {
        if (!c.clientCredentials)
            continue;
        if (c.secretKnown) {
            ++m_secretsChecked;
            const auto r = testsupport::await<TokenResponse>([&](QObject *ctx, Handler<TokenResponse> h) {
                m_session->tokens()->clientCredentials(c.id, c.secret.toUtf8(), ctx, h);
            });
            if (!r)
                problems << u"the secret held for %1 does not work: %2"_s.arg(c.id, r.error().summary());
        }
        for (const QString &old : c.replacedSecrets) {
            ++m_secretsChecked;
            const auto r = testsupport::await<TokenResponse>([&](QObject *ctx, Handler<TokenResponse> h) {
                m_session->tokens()->clientCredentials(c.id, old.toUtf8(), ctx, h);
            });
            if (r)
                problems << u"a secret replaced by a successful regeneration still works for %1"_s.arg(c.id);
        }
    }
    return problems;
}

QString SoakRunner::summary() const
{
    QStringList parts;
    for (Kind k : {Kind::Create, Kind::Edit, Kind::Delete, Kind::Regenerate}) {
        parts << u"%1 %2 ok / %3 failed / %4 unknown"_s.arg(QLatin1StringView(kindName(k)))
                     .arg(count(k, Outcome::Ok))
                     .arg(count(k, Outcome::Failed))
                     .arg(count(k, Outcome::Unknown));
    }
    return u"%1 operations in %2 ms (%3 in flight at once): %4; %5 failed edits had been applied; %6 "
           u"clients live at the end"_s.arg(m_finished)
               .arg(m_elapsedMs)
               .arg(m_options.concurrency)
               .arg(parts.join(u"; "_s))
               .arg(m_failedButApplied)
               .arg(m_live.size());
}
