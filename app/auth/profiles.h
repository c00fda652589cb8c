// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/ratebudget.h"
#include "app/net/regions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QSettings)

// How a profile signs in.
enum class SignInMethod
{
    Pkce,              // authorization code with PKCE in the system browser (a CODE client)
    ClientCredentials, // client id + secret (a CLIENT-CREDENTIALS client)
    Token,             // an access token pasted by the user
};

[[nodiscard]] QString signInMethodId(SignInMethod method); // "pkce", "client_credentials", "token"
[[nodiscard]] std::optional<SignInMethod> signInMethodFromId(QStringView id);
[[nodiscard]] QString signInMethodLabel(SignInMethod method); // for people

// One named way into one org: where (region or custom URLs), how (method, client id, loopback
// port) and how it looks (label and colour, such as a red "PROD"). Holds no secret, ever: secrets
// live in the keychain under SecretStore::key(keychainScope(), name, ...).
struct Profile
{
    static constexpr quint16 DefaultPort = 8765;

    QString name;     // unique, case-insensitively; the key of everything else
    QString orgLabel; // free text: "Northwind Contact Center"
    QString regionId; // "us_east_1"; empty for custom URLs
    QUrl apiUrl;      // custom URLs (the sandbox, a proxy): https, or http on loopback only
    QUrl loginUrl;
    SignInMethod method = SignInMethod::Pkce;
    QString clientId;
    quint16 port = DefaultPort; // PKCE loopback redirect port (registered on the client)
    QString label;              // short badge text: "PROD"
    QString color;              // "#rrggbb" or empty
    // The request budget of a session of this profile (requests 0: no pacing); --rate-limit
    // overrides it in the CLI.
    RateBudget::Limit rateLimit = RateBudget::DefaultLimit;

    [[nodiscard]] bool isCustom() const { return regionId.isEmpty(); }
    [[nodiscard]] Result<Endpoints> endpoints() const;
    // What the keychain key is scoped by: the region id, or the API host[:port] for custom URLs.
    [[nodiscard]] QString keychainScope() const;
    // The loopback redirect URI to register on the CODE client: "http://127.0.0.1:8765/".
    [[nodiscard]] QString redirectUri() const;
    // The text of the badge: the label, else the profile name.
    [[nodiscard]] QString badgeText() const { return label.isEmpty() ? name : label; }
    // Problems that prevent saving, for people; empty when valid.
    [[nodiscard]] QStringList problems() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Profiles kept in QSettings (never a secret), shared by the GUI and oauthdesk-cli: both read the
// same file (~/.config/oauthdesk/profiles.conf on Linux) whatever their application names.
//
//     ProfileStore store;                  // the user's profiles
//     ProfileStore store(&testSettings);  // tests
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Uses the shared profiles file.
    explicit ProfileStore(QObject *parent = nullptr);
    // Uses `settings` (not owned), e.g. a temporary file in tests.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] QList<Profile> profiles() const { return m_profiles; }
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<Profile> profile(const QString &name) const;
    [[nodiscard]] bool contains(const QString &name) const { return indexOf(name) >= 0; }

    // Adds a profile, or replaces the one named `previousName` (renaming it when the names differ).
    // Returns the problems (invalid fields, a duplicate name); empty on success.
    QStringList save(const Profile &profile, const QString &previousName = {});
    bool remove(const QString &name);

    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString &name);

    // Re-reads the settings (another process, such as the CLI, may have changed them).
    void reload();
    [[nodiscard]] QString fileName() const;

Q_SIGNALS:
    void profilesChanged();
    void profileRenamed(const QString &oldName, const QString &newName);
    void profileRemoved(const QString &name);

private:
    [[nodiscard]] int indexOf(const QString &name) const;
    void load();
    void store();

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
    QList<Profile> m_profiles;
};
