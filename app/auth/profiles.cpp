// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/auth/profiles.h"

#include "app/auth/authlog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};

constexpr int MaxNameLength = 64;
constexpr int MaxLabelLength = 16;
constexpr quint16 MinPort = 1024;

bool hasControlChars(const QString &s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}
} // namespace

QString signInMethodId(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Pkce:
        return u"pkce"_s;
    case SignInMethod::ClientCredentials:
        return u"client_credentials"_s;
    case SignInMethod::Token:
        return u"token"_s;
    }
    return {};
}

std::optional<SignInMethod> signInMethodFromId(QStringView id)
{
    for (SignInMethod m : {SignInMethod::Pkce, SignInMethod::ClientCredentials, SignInMethod::Token}) {
        if (id.compare(signInMethodId(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString signInMethodLabel(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Pkce:
        return Tr::tr("Browser sign-in (authorization code with PKCE)");
    case SignInMethod::ClientCredentials:
        return Tr::tr("Client credentials (client id and secret)");
    case SignInMethod::Token:
        return Tr::tr("Access token");
    }
    return {};
}

Result<Endpoints> Profile::endpoints() const
{
    if (isCustom()) {
        if (apiUrl.isEmpty())
            return ApiError::make(ApiError::Kind::Validation, Tr::tr("Choose a region or enter an API URL."));
        return resolveEndpoints(QString(), apiUrl.toString(), loginUrl.toString());
    }
    return resolveEndpoints(regionId);
}

QString Profile::keychainScope() const
{
    if (!isCustom())
        return regionId;
    QString scope = apiUrl.host().toLower();
    if (apiUrl.port() > 0)
        scope += u':' + QString::number(apiUrl.port());
    return scope;
}

QString Profile::redirectUri() const
{
    return u"http://127.0.0.1:%1/"_s.arg(port);
}

QStringList Profile::problems() const
{
    QStringList out;
    const QString n = name.trimmed();
    if (n.isEmpty())
        out << Tr::tr("Give the profile a name.");
    else if (n.size() > MaxNameLength)
        out << Tr::tr("The profile name is longer than %1 characters.").arg(MaxNameLength);
    else if (hasControlChars(n))
        out << Tr::tr("The profile name contains control characters.");
    if (label.size() > MaxLabelLength)
        out << Tr::tr("The label is longer than %1 characters.").arg(MaxLabelLength);
    static const QRegularExpression colorRe(u"^#[0-9a-fA-F]{6}$"_s);
    if (!color.isEmpty() && !colorRe.match(color).hasMatch())
        out << Tr::tr("The colour must look like #c62828.");
    if (isCustom()) {
        if (!apiUrl.userInfo().isEmpty() || !loginUrl.userInfo().isEmpty()) {
            // Credentials in a URL would end up in the settings file.
            out << Tr::tr("The URLs must not contain a user name or password.");
        } else if (apiUrl.isEmpty()) {
            out << Tr::tr("Choose a region or enter an API URL.");
        } else if (const Result<Endpoints> e = endpoints(); !e) {
            out << e.error().message;
        }
    } else if (!findRegion(regionId)) {
        out << Tr::tr("Unknown region \"%1\".").arg(regionId);
    }
    if (method != SignInMethod::Token && clientId.trimmed().isEmpty())
        out << Tr::tr("Enter the OAuth client id.");
    if (method == SignInMethod::Pkce && port < MinPort)
        out << Tr::tr("Choose a loopback port between %1 and 65535.").arg(MinPort);
    if (rateLimit.requests < 0 || rateLimit.requests > RateBudget::MaxRequests ||
        rateLimit.window < std::chrono::seconds(1) || rateLimit.window > RateBudget::MaxWindow)
        out << Tr::tr("The rate limit must be 0 to %1 requests per 1 to %2 seconds.")
                   .arg(RateBudget::MaxRequests)
                   .arg(RateBudget::MaxWindow.count() / 1000);
    return out;
}

// --- ProfileStore ------------------------------------------------------------------------------

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    // Fixed names, not the application's: the GUI and the CLI must read the same file.
    , m_owned(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"oauthdesk"_s,
                                          u"profiles"_s))
    , m_settings(m_owned.get())
{
    load();
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QStringList ProfileStore::names() const
{
    QStringList out;
    for (const Profile &p : m_profiles)
        out << p.name;
    return out;
}

int ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

QStringList ProfileStore::save(const Profile &profileIn, const QString &previousName)
{
    Profile p = profileIn;
    p.name = p.name.trimmed();
    p.orgLabel = p.orgLabel.trimmed();
    p.clientId = p.clientId.trimmed();
    p.label = p.label.trimmed();
    if (!p.isCustom()) {
        p.apiUrl.clear();
        p.loginUrl.clear();
    }
    QStringList problems = p.problems();
    const int previous = previousName.isEmpty() ? -1 : indexOf(previousName);
    const int clash = indexOf(p.name);
    if (clash >= 0 && clash != previous)
        problems << Tr::tr("A profile named \"%1\" already exists.").arg(m_profiles.at(clash).name);
    if (!problems.isEmpty())
        return problems;

    QString renamedFrom;
    if (previous >= 0) {
        if (m_profiles.at(previous).name != p.name)
            renamedFrom = m_profiles.at(previous).name;
        m_profiles[previous] = p;
    } else {
        m_profiles.append(p);
    }
    if (!renamedFrom.isEmpty() &&
        m_settings->value(u"lastUsed"_s).toString().compare(renamedFrom, Qt::CaseInsensitive) == 0)
        m_settings->setValue(u"lastUsed"_s, p.name);
    store();
    if (!renamedFrom.isEmpty())
        Q_EMIT profileRenamed(renamedFrom, p.name);
    Q_EMIT profilesChanged();
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    const QString removed = m_profiles.takeAt(i).name;
    if (m_settings->value(u"lastUsed"_s).toString().compare(removed, Qt::CaseInsensitive) == 0)
        m_settings->remove(u"lastUsed"_s);
    store();
    Q_EMIT profileRemoved(removed);
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(u"lastUsed"_s).toString();
    const int i = indexOf(name);
    return i >= 0 ? m_profiles.at(i).name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (indexOf(name) < 0 || m_settings->value(u"lastUsed"_s).toString() == name)
        return;
    m_settings->setValue(u"lastUsed"_s, name);
    m_settings->sync();
}

void ProfileStore::reload()
{
    m_settings->sync();
    load();
    Q_EMIT profilesChanged();
}

void ProfileStore::load()
{
    m_profiles.clear();
    const int n = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(u"name"_s).toString().trimmed();
        p.orgLabel = m_settings->value(u"org"_s).toString();
        p.regionId = m_settings->value(u"region"_s).toString();
        p.apiUrl = QUrl(m_settings->value(u"apiUrl"_s).toString(), QUrl::StrictMode);
        p.loginUrl = QUrl(m_settings->value(u"loginUrl"_s).toString(), QUrl::StrictMode);
        const QString method = m_settings->value(u"method"_s).toString();
        p.method = signInMethodFromId(method).value_or(SignInMethod::Pkce);
        p.clientId = m_settings->value(u"clientId"_s).toString();
        bool ok = false;
        const uint port = m_settings->value(u"port"_s, Profile::DefaultPort).toUInt(&ok);
        p.port = ok && port > 0 && port <= 65535 ? quint16(port) : Profile::DefaultPort;
        p.label = m_settings->value(u"label"_s).toString();
        p.color = m_settings->value(u"color"_s).toString();
        const int requests = m_settings->value(u"rateLimit"_s, RateBudget::DefaultLimit.requests).toInt(&ok);
        if (ok && requests >= 0 && requests <= RateBudget::MaxRequests)
            p.rateLimit.requests = requests;
        const qint64 windowSeconds = m_settings->value(u"rateWindowSeconds"_s, 60).toLongLong(&ok);
        if (ok && windowSeconds >= 1 && windowSeconds * 1000 <= RateBudget::MaxWindow.count())
            p.rateLimit.window = std::chrono::seconds(windowSeconds);
        // A hand-edited file may hold anything: keep what makes sense, skip what cannot work.
        if (p.name.isEmpty() || indexOf(p.name) >= 0) {
            qCWarning(lcAuth) << "skipping a profile without a name or with a duplicate name in"
                              << fileName();
            continue;
        }
        if (!signInMethodFromId(method))
            qCWarning(lcAuth).noquote() << "profile" << p.name << "has an unknown method" << method;
        m_profiles.append(p);
    }
    m_settings->endArray();
}

void ProfileStore::store()
{
    m_settings->remove(u"profiles"_s);
    m_settings->beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"org"_s, p.orgLabel);
        m_settings->setValue(u"region"_s, p.regionId);
        m_settings->setValue(u"apiUrl"_s, p.apiUrl.toString());
        m_settings->setValue(u"loginUrl"_s, p.loginUrl.toString());
        m_settings->setValue(u"method"_s, signInMethodId(p.method));
        m_settings->setValue(u"clientId"_s, p.clientId);
        m_settings->setValue(u"port"_s, p.port);
        m_settings->setValue(u"label"_s, p.label);
        m_settings->setValue(u"color"_s, p.color);
        m_settings->setValue(u"rateLimit"_s, p.rateLimit.requests);
        m_settings->setValue(
            u"rateWindowSeconds"_s,
            qint64(std::chrono::duration_cast<std::chrono::seconds>(p.rateLimit.window).count()));
    }
    m_settings->endArray();
    m_settings->sync();
}
