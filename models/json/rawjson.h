// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

// One JSON object as the server sent it, kept as its UTF-8 text and parsed only when someone looks
// (a PUT body, the details pane, an export). Large listings stay cheap to load: the 10,000 clients
// of a listing point into the one answer they came in (which they keep alive), instead of 10,000
// QJsonObjects or 10,000 copies of their bytes. A client whose text had to change (a secret cut
// out) or that outlives its answer on its own (unshare()) holds a copy.
class RawJson
{
public:
    RawJson() = default;
    explicit RawJson(QByteArray compactObject)
        : m_bytes(std::move(compactObject))
    {}
    explicit RawJson(const QJsonObject &object);
    // The `length` bytes at `data`, which lie inside `*owner`: no copy, and `owner` lives as long
    // as any RawJson that shares it.
    RawJson(std::shared_ptr<const QByteArray> owner, const char *data, qsizetype length)
        : m_bytes(QByteArray::fromRawData(data, length))
        , m_owner(std::move(owner))
    {}

    // Parses the text, on every call (there is deliberately no implicit conversion that would
    // parse unseen): where several fields are read, parse once and keep the object.
    [[nodiscard]] QJsonObject object() const;

    // One field; each call parses the text too.
    [[nodiscard]] QJsonValue value(QLatin1StringView key) const { return object().value(key); }
    [[nodiscard]] QJsonValue value(const QString &key) const { return object().value(key); }
    [[nodiscard]] bool contains(QLatin1StringView key) const { return object().contains(key); }
    [[nodiscard]] bool contains(const QString &key) const { return object().contains(key); }
    [[nodiscard]] QStringList keys() const { return object().keys(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty() || m_bytes == "{}"; }
    // The text; when shared, a view that is not null-terminated.
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] bool isShared() const { return m_owner != nullptr; }
    // Copies shared bytes out, so that the buffer they came from can go.
    void unshare()
    {
        if (m_owner) {
            m_bytes = QByteArray(m_bytes.constData(), m_bytes.size());
            m_owner.reset();
        }
    }

    friend bool operator==(const RawJson &a, const RawJson &b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
    std::shared_ptr<const QByteArray> m_owner; // what m_bytes points into, when shared
};
