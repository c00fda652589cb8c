// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rotation/rotationstore.h"

#include "app/services/session.h"
#include "models/json/rotationjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
// A file name from free text: percent-encoding keeps it reversible and free of separators.
QString fileKey(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), "~.%"));
}
} // namespace

RotationStore::RotationStore(QString filePath, QString orgId)
    : m_path(std::move(filePath))
    , m_orgId(std::move(orgId))
{}

RotationStore RotationStore::forSession(const QString &profileName, const QString &orgId)
{
    if (!profileName.isEmpty()) {
        // Beside the shared profiles file (~/.config/oauthdesk/profiles.conf).
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        return RotationStore(config + u"/oauthdesk/rotations/profile-"_s + fileKey(profileName) + u".json"_s,
                             orgId);
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return RotationStore(data + u"/oauthdesk/rotations/org-"_s +
                             fileKey(orgId.isEmpty() ? u"unknown"_s : orgId) + u".json"_s,
                         orgId);
}

RotationStore RotationStore::forSession(const Session &session)
{
    return forSession(session.profileName(), session.identity().organization.id);
}

bool RotationStore::renameProfile(const QString &oldName, const QString &newName)
{
    const QString from = forSession(oldName, QString()).filePath();
    const QString to = forSession(newName, QString()).filePath();
    if (from == to || !QFile::exists(from) || QFile::exists(to))
        return false;
    return QFile::rename(from, to);
}

QList<RotationRecord> RotationStore::load() const
{
    QList<RotationRecord> out = loadAll();
    if (!m_orgId.isEmpty())
        out.removeIf([this](const RotationRecord &r) { return r.orgId != m_orgId; });
    return out;
}

QList<RotationRecord> RotationStore::loadAll() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<RotationRecord> out;
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 << 20)).object();
    for (const QJsonValue &v : root.value("rotations"_L1).toArray())
        if (auto r = rotationjson::fromJson(v.toObject()))
            out.append(*r);
    return out;
}

std::optional<RotationRecord> RotationStore::find(const QString &rotationId) const
{
    for (const RotationRecord &r : load())
        if (r.id == rotationId)
            return r;
    return std::nullopt;
}

std::optional<RotationRecord> RotationStore::forClient(const QString &clientId) const
{
    for (const RotationRecord &r : load())
        if (!r.isFinished() && (r.oldClientId == clientId || r.newClientId == clientId))
            return r;
    return std::nullopt;
}

bool RotationStore::save(const RotationRecord &record)
{
    QList<RotationRecord> all = loadAll();
    bool replaced = false;
    for (RotationRecord &r : all) {
        if (r.id == record.id) {
            r = record;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(record);
    return write(all);
}

bool RotationStore::remove(const QString &rotationId)
{
    QList<RotationRecord> all = loadAll();
    const qsizetype before = all.size();
    all.removeIf([&rotationId](const RotationRecord &r) { return r.id == rotationId; });
    return all.size() == before || write(all);
}

bool RotationStore::write(const QList<RotationRecord> &records)
{
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QCoreApplication::translate("RotationStore", "Cannot create the folder of %1.").arg(m_path);
        return false;
    }
    // A file that cannot be read as rotations (damaged, or larger than load() reads) is kept beside
    // the new one instead of being overwritten: the rotations in it may still be needed.
    if (QFile old(m_path); old.exists() && old.open(QIODevice::ReadOnly)) {
        const bool tooLarge = old.size() > (4 << 20);
        const QJsonDocument doc = tooLarge ? QJsonDocument() : QJsonDocument::fromJson(old.readAll());
        old.close();
        if (tooLarge || !doc.isObject() || !doc.object().value("rotations"_L1).isArray()) {
            const QString kept = m_path + u".unreadable-"_s +
                                 QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s);
            if (!QFile::rename(m_path, kept)) {
                m_error =
                    QCoreApplication::translate("RotationStore", "%1 cannot be read, and it could not be "
                                                                 "kept aside; nothing was written.")
                        .arg(m_path);
                return false;
            }
        }
    }
    QJsonArray array;
    for (const RotationRecord &r : records)
        array.append(rotationjson::toJson(r));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("RotationStore", "Cannot write %1: %2")
                      .arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"rotations"_s, array}}).toJson());
    if (!file.commit()) {
        m_error = QCoreApplication::translate("RotationStore", "Cannot write %1: %2")
                      .arg(m_path, file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}
