// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/secretstore.h"

#include "app/auth/authlog.h"
#include "app/security/wipe.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "oauthdesk.auth", QtInfoMsg)

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

const char *opName(SecretBackend::Op op)
{
    switch (op) {
    case SecretBackend::Op::Read:
        return "read";
    case SecretBackend::Op::Write:
        return "write";
    case SecretBackend::Op::Remove:
        return "remove";
    }
    return "?";
}

const char *errorName(SecretError e)
{
    switch (e) {
    case SecretError::None:
        return "ok";
    case SecretError::NotFound:
        return "not found";
    case SecretError::AccessDenied:
        return "access denied";
    case SecretError::Unavailable:
        return "unavailable";
    case SecretError::Timeout:
        return "timeout";
    case SecretError::Failed:
        return "failed";
    case SecretError::Cancelled:
        return "cancelled";
    }
    return "?";
}

SecretError mapKeychainError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::Unavailable;
    case QKeychain::OtherError:
        // On Linux every "there is no Secret Service" case comes back as OtherError, whatever the
        // reason (no session bus, nothing activatable, no default collection); see the toolchain
        // notes §3. SecretStore retries once before believing it.
        return SecretError::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretError::Failed;
    }
    return SecretError::Failed;
}
} // namespace

QString secretErrorText(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return Tr::tr("Nothing is stored in the keychain for this profile.");
    case SecretError::AccessDenied:
        return Tr::tr("The keychain refused access (it may be locked).");
    case SecretError::Unavailable:
        return SecretStore::noKeychainMessage();
    case SecretError::Timeout:
        return Tr::tr("The keychain did not answer in time. If it is asking for a password, unlock it and "
                      "try again.");
    case SecretError::Failed:
        return Tr::tr("The keychain reported an error.");
    case SecretError::Cancelled:
        return Tr::tr("The keychain request was cancelled.");
    }
    return {};
}

SecretBackend::~SecretBackend() = default;

// --- QtKeychainBackend -------------------------------------------------------------------------

QtKeychainBackend::QtKeychainBackend(QString service)
    : m_service(std::move(service))
{}

QString QtKeychainBackend::name() const
{
#if defined(Q_OS_MACOS)
    return Tr::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return Tr::tr("Windows Credential Manager");
#else
    return Tr::tr("Secret Service");
#endif
}

void QtKeychainBackend::start(Op op, const QString &key, const QByteArray &value, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        // Our values are ASCII or JSON text; stored as text so other tools show them sensibly.
        w->setTextData(QString::fromUtf8(value));
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    // Never the plaintext QSettings fallback (it is off by default; say so explicitly).
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [op, done = std::move(done)](QKeychain::Job *j) {
        Answer a;
        a.error = mapKeychainError(j->error());
        if (j->error() != QKeychain::NoError)
            a.message = j->errorString().left(300);
        if (op == Op::Read && a.error == SecretError::None) {
            if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                a.value = r->textData().toUtf8();
        }
        done(a);
    });
    job->start();
}

// --- MemorySecretBackend -----------------------------------------------------------------------

MemorySecretBackend::~MemorySecretBackend()
{
    for (QByteArray &v : m_values)
        wipe(v);
}

QString MemorySecretBackend::name() const
{
    return Tr::tr("app's memory for this run only");
}

void MemorySecretBackend::start(Op op, const QString &key, const QByteArray &value, Callback done)
{
    Answer a;
    switch (op) {
    case Op::Read:
        if (m_values.contains(key))
            a.value = m_values.value(key);
        else
            a.error = SecretError::NotFound;
        break;
    case Op::Write:
        m_values.insert(key, value);
        break;
    case Op::Remove:
        if (auto it = m_values.find(key); it != m_values.end()) {
            wipe(*it);
            m_values.erase(it);
        } else {
            a.error = SecretError::NotFound;
        }
        break;
    }
    done(a);
}

// --- SecretStore -------------------------------------------------------------------------------

// One call in the queue. Its `generation` number tells a current backend answer from a stale one
// (after a timeout or a retry) and from a duplicate.
class SecretStore::Request : public QObject
{
public:
    Request(SecretStore *store, SecretBackend::Op op, QString key, QByteArray value, QObject *context,
            Callback done)
        : QObject(store)
        , op(op)
        , key(std::move(key))
        , value(std::move(value))
        , context(context)
        , bound(context != nullptr)
        , done(std::move(done))
    {
        timer.setSingleShot(true);
    }
    ~Request() override { wipe(value); }

    SecretBackend::Op op;
    QString key;
    QByteArray value;
    QPointer<QObject> context;
    bool bound;
    Callback done;
    QTimer timer;
    int generation = 0; // bumped on every answer and timeout: older answers are stale
    int tries = 0;      // backend attempts made
    bool finished = false;
};

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend ? std::move(backend) : std::make_unique<QtKeychainBackend>())
{}

SecretStore::~SecretStore()
{
    // Everything still queued answers now, once, with Cancelled.
    QList<QPointer<Request>> all = m_queue;
    if (m_running)
        all.prepend(m_running);
    m_queue.clear();
    m_running = nullptr;
    for (const QPointer<Request> &r : std::as_const(all)) {
        if (!r || r->finished)
            continue;
        r->finished = true;
        r->timer.stop();
        SecretReply reply;
        reply.error = SecretError::Cancelled;
        reply.message = secretErrorText(SecretError::Cancelled);
        if (r->done && (!r->bound || r->context))
            r->done(reply);
    }
    wipeMemory();
}

QString SecretStore::noKeychainMessage()
{
    return Tr::tr("No keychain is available: credentials are kept in memory for this run only.");
}

QString SecretStore::key(const QString &scope, const QString &profile, const QString &name)
{
    const auto enc = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s, " @/+", ":%"));
    };
    return u"oauthdesk:"_s + enc(scope) + u':' + enc(profile) + u':' + enc(name);
}

QString SecretStore::backendName() const
{
    return m_available ? m_backend->name() : Tr::tr("app's memory for this run only");
}

int SecretStore::pendingCount() const
{
    int n = m_running ? 1 : 0;
    for (const auto &r : m_queue)
        n += r ? 1 : 0;
    return n;
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    enqueue(SecretBackend::Op::Read, key, {}, context, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &value, QObject *context, Callback done)
{
    enqueue(SecretBackend::Op::Write, key, value, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    enqueue(SecretBackend::Op::Remove, key, {}, context, std::move(done));
}

void SecretStore::enqueue(SecretBackend::Op op, const QString &key, const QByteArray &value, QObject *context,
                          Callback done)
{
    auto *r = new Request(this, op, key, value, context, std::move(done));
    connect(&r->timer, &QTimer::timeout, r, [this, r] {
        qCWarning(lcAuth).noquote() << "keychain" << opName(r->op) << r->key << "timed out";
        SecretBackend::Answer a;
        a.error = SecretError::Timeout;
        onBackendAnswer(r, a);
    });
    m_queue.append(r);
    // Always start from the event loop: the caller never sees its handler run inside read()/write().
    QMetaObject::invokeMethod(this, &SecretStore::pump, Qt::QueuedConnection);
}

void SecretStore::pump()
{
    if (m_running)
        return;
    while (!m_queue.isEmpty()) {
        QPointer<Request> r = m_queue.takeFirst();
        if (!r || r->finished)
            continue;
        m_running = r;
        if (!m_available)
            serveFromMemory(r);
        else
            runOnBackend(r);
        return;
    }
}

void SecretStore::runOnBackend(Request *r)
{
    ++r->tries;
    const int generation = ++r->generation;
    r->timer.start(m_timeout);
    QPointer<Request> guard(r);
    // The backend may answer synchronously, twice, or after a timeout: hop through the event loop
    // and let the generation number sort it out.
    m_backend->start(r->op, r->key, r->value, [this, guard, generation](const SecretBackend::Answer &a) {
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [this, guard, generation, a] {
                if (guard && guard->generation == generation)
                    onBackendAnswer(guard, a);
            },
            Qt::QueuedConnection);
    });
}

void SecretStore::onBackendAnswer(Request *r, const SecretBackend::Answer &a)
{
    if (r->finished)
        return;
    r->timer.stop();
    ++r->generation; // any further answer to this attempt is a duplicate or stale
    if (a.error != SecretError::None)
        qCInfo(lcAuth).noquote() << "keychain" << opName(r->op) << r->key << "->" << errorName(a.error)
                                 << a.message;

    if (a.error == SecretError::Unavailable) {
        if (r->tries < 2) {
            // A Secret Service that is being activated answers like a missing one: try once more.
            QTimer::singleShot(m_retryDelay, r, [this, r] {
                if (!r->finished)
                    runOnBackend(r);
            });
            return;
        }
        m_available = false;
        m_unavailableMessage = noKeychainMessage();
        qCWarning(lcAuth).noquote() << u"no keychain available (%1): keeping credentials in memory"_s.arg(
            a.message);
        Q_EMIT unavailable(m_unavailableMessage);
        serveFromMemory(r);
        return;
    }

    SecretReply reply;
    reply.error = a.error;
    switch (r->op) {
    case SecretBackend::Op::Read:
        if (a.error == SecretError::None) {
            reply.value = a.value;
        } else if (m_memory.contains(r->key)) {
            // An earlier write could not reach the keychain and was kept in memory.
            reply = {};
            reply.value = m_memory.value(r->key);
            reply.memoryOnly = true;
        }
        break;
    case SecretBackend::Op::Write:
        if (a.error == SecretError::None) {
            if (auto it = m_memory.find(r->key); it != m_memory.end()) {
                wipe(*it);
                m_memory.erase(it);
            }
        } else {
            // Keep it for this run so the session goes on; the caller shows the error.
            m_memory.insert(r->key, r->value);
            reply.memoryOnly = true;
        }
        break;
    case SecretBackend::Op::Remove:
        if (auto it = m_memory.find(r->key); it != m_memory.end()) {
            wipe(*it);
            m_memory.erase(it);
        }
        if (a.error == SecretError::NotFound)
            reply.error = SecretError::None; // removing what is not there is done
        break;
    }
    if (reply.error != SecretError::None) {
        reply.message = secretErrorText(reply.error);
        if (!a.message.isEmpty())
            reply.message += u" ("_s + a.message + u')';
        if (r->op == SecretBackend::Op::Write)
            reply.message += u' ' + Tr::tr("The credentials are kept in memory for this run only.");
    }
    deliver(r, reply);
}

void SecretStore::serveFromMemory(Request *r)
{
    SecretReply reply;
    reply.memoryOnly = true;
    switch (r->op) {
    case SecretBackend::Op::Read:
        if (m_memory.contains(r->key)) {
            reply.value = m_memory.value(r->key);
        } else {
            reply.error = SecretError::NotFound;
            reply.message = secretErrorText(SecretError::NotFound);
        }
        break;
    case SecretBackend::Op::Write:
        m_memory.insert(r->key, r->value);
        reply.message = m_unavailableMessage;
        break;
    case SecretBackend::Op::Remove:
        if (auto it = m_memory.find(r->key); it != m_memory.end()) {
            wipe(*it);
            m_memory.erase(it);
        }
        break;
    }
    // pump() runs from the event loop, so this handler still never runs inside read()/write().
    deliver(r, reply);
}

void SecretStore::deliver(Request *r, const SecretReply &reply)
{
    r->finished = true;
    r->timer.stop();
    if (m_running == r)
        m_running = nullptr;
    r->deleteLater();
    Callback handler = std::exchange(r->done, nullptr);
    if (handler && (!r->bound || r->context)) {
        QPointer<SecretStore> self(this);
        handler(reply);
        if (!self)
            return; // the handler destroyed the store
    }
    QMetaObject::invokeMethod(this, &SecretStore::pump, Qt::QueuedConnection);
}

void SecretStore::wipeMemory()
{
    for (QByteArray &v : m_memory)
        wipe(v);
    m_memory.clear();
}
