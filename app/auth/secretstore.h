// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

// What can go wrong with a keychain call, independent of QtKeychain's codes.
enum class SecretError
{
    None,
    NotFound,     // no entry under that key
    AccessDenied, // the keychain is locked, or the user refused
    Unavailable,  // no keychain service at all (no D-Bus, no Secret Service, ...)
    Timeout,      // the keychain did not answer in time (waiting for an unlock prompt?)
    Failed,       // anything else
    Cancelled,    // the store was destroyed while the call was pending
};

// The answer to one SecretStore call. `message` is for people and never contains the secret.
struct SecretReply
{
    SecretError error = SecretError::None;
    QString message;
    QByteArray value;        // reads only
    bool memoryOnly = false; // the value was kept in (or served from) memory, not the keychain

    [[nodiscard]] bool ok() const { return error == SecretError::None; }
    [[nodiscard]] bool notFound() const { return error == SecretError::NotFound; }
};

// The keychain behind a SecretStore: one asynchronous primitive per operation. A backend may call
// `done` synchronously, late, more than once or never; SecretStore turns all of that into exactly
// one answer per call.
class SecretBackend
{
public:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    struct Answer
    {
        SecretError error = SecretError::None;
        QString message; // the backend's own words, for diagnosis
        QByteArray value;
    };
    using Callback = std::function<void(const Answer &)>;

    virtual ~SecretBackend();
    virtual void start(Op op, const QString &key, const QByteArray &value, Callback done) = 0;
    // A short name for messages and logs: "Secret Service", "memory".
    [[nodiscard]] virtual QString name() const = 0;
};

// The OS keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Never the plaintext QSettings fallback.
class QtKeychainBackend final : public SecretBackend
{
public:
    explicit QtKeychainBackend(QString service = QStringLiteral("OAuth Desk"));
    void start(Op op, const QString &key, const QByteArray &value, Callback done) override;
    [[nodiscard]] QString name() const override;

private:
    QString m_service;
};

// A keychain that lives in memory for this run: `--demo` (whose sandbox secrets must not reach the
// real keychain) and tests. Always available.
class MemorySecretBackend final : public SecretBackend
{
public:
    ~MemorySecretBackend() override;
    void start(Op op, const QString &key, const QByteArray &value, Callback done) override;
    [[nodiscard]] QString name() const override;

private:
    QHash<QString, QByteArray> m_values;
};

// Asynchronous access to secrets (access tokens, refresh tokens, client secrets), keyed
// "oauthdesk:<region-or-host>:<profile>:<name>".
//
// Every call answers exactly once through its handler, never synchronously (always from the event
// loop, after the call returned), unless `context` is destroyed first; then never. No nested event
// loop is ever spun. Calls run one after another in the order made, so a write followed by a
// remove of the same key cannot be reordered. A call that gets no answer within timeout() fails
// with SecretError::Timeout.
//
// When the keychain proves unavailable (after one retry, because a Secret Service that is still
// starting answers like an absent one), the store says so once through unavailable() and keeps
// secrets in memory for the rest of the run: never on disk.
//
//     store->write(SecretStore::key(scope, profile, SecretStore::RefreshToken), token, this,
//                  [this](const SecretReply &r) { if (!r.ok()) showWarning(r.message); });
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr auto DefaultTimeout = std::chrono::seconds(30);
    static constexpr auto DefaultRetryDelay = std::chrono::milliseconds(400);

    // Entry names.
    static inline const QString AccessToken = QStringLiteral("access_token");
    static inline const QString RefreshToken = QStringLiteral("refresh_token");
    static inline const QString ClientSecret = QStringLiteral("client_secret");

    using Callback = std::function<void(const SecretReply &)>;

    // Takes ownership of `backend`; null means the OS keychain (QtKeychainBackend).
    explicit SecretStore(std::unique_ptr<SecretBackend> backend = nullptr, QObject *parent = nullptr);
    ~SecretStore() override;

    // "oauthdesk:us_east_1:Prod:access_token". `scope` is the region id, or the API host for custom
    // URLs; ':' and '%' inside the parts are percent-encoded so keys cannot collide.
    [[nodiscard]] static QString key(const QString &scope, const QString &profile, const QString &name);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &value, QObject *context, Callback done = {});
    void remove(const QString &key, QObject *context, Callback done = {});

    // False once the keychain proved unavailable: secrets are then kept in memory only.
    [[nodiscard]] bool isAvailable() const { return m_available; }
    // The plain statement shown to the user when unavailable (empty while available).
    [[nodiscard]] QString unavailableMessage() const { return m_unavailableMessage; }
    [[nodiscard]] QString backendName() const;
    [[nodiscard]] int pendingCount() const;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // The sentence the app shows when no keychain is available.
    [[nodiscard]] static QString noKeychainMessage();

Q_SIGNALS:
    // Emitted once, when the store falls back to memory.
    void unavailable(const QString &message);

private:
    class Request;
    friend class Request;
    void enqueue(SecretBackend::Op op, const QString &key, const QByteArray &value, QObject *context,
                 Callback done);
    void pump();
    void runOnBackend(Request *request);
    void onBackendAnswer(Request *request, const SecretBackend::Answer &answer);
    void serveFromMemory(Request *request);
    void deliver(Request *request, const SecretReply &reply);
    void wipeMemory();

    std::unique_ptr<SecretBackend> m_backend;
    QList<QPointer<Request>> m_queue;
    QPointer<Request> m_running;
    QHash<QString, QByteArray> m_memory; // the fallback when no keychain is available
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
    bool m_available = true;
    QString m_unavailableMessage;
    quint64 m_nextId = 1;
};

// Human text for an error code (without details).
[[nodiscard]] QString secretErrorText(SecretError error);
