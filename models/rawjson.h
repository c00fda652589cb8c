// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// One JSON object as the server sent it, kept as compact UTF-8 text and parsed only when someone
// looks (a PUT body, the details pane, an export). Large listings stay cheap to load: 10,000
// clients cost one copy of their bytes, not 10,000 QJsonObjects.
class RawJson
{
public:
    RawJson() = default;
    explicit RawJson(QByteArray compactObject)
        : m_bytes(std::move(compactObject))
    {}
    explicit RawJson(const QJsonObject &object);

    [[nodiscard]] QJsonObject object() const;
    operator QJsonObject() const { return object(); } // NOLINT: reads like the QJsonObject it stands for

    [[nodiscard]] QJsonValue value(QLatin1StringView key) const { return object().value(key); }
    [[nodiscard]] QJsonValue value(const QString &key) const { return object().value(key); }
    [[nodiscard]] bool contains(QLatin1StringView key) const { return object().contains(key); }
    [[nodiscard]] bool contains(const QString &key) const { return object().contains(key); }
    [[nodiscard]] QStringList keys() const { return object().keys(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty() || m_bytes == "{}"; }
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

    friend bool operator==(const RawJson &a, const RawJson &b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};
