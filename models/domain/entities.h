// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// DomainEntityRef / NamedEntity: {id, name, selfUri}.
struct EntityRef
{
    QString id;
    QString name;
    QString selfUri;

    [[nodiscard]] bool isNull() const { return id.isEmpty() && name.isEmpty(); }
    // The name where the API gives one, else the id.
    [[nodiscard]] QString displayName() const { return name.isEmpty() ? id : name; }
    [[nodiscard]] static EntityRef fromJson(const QJsonObject &o);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

// A page of a platform listing: the entities plus the envelope fields the paging logic needs.
template<class T>
struct Page
{
    QList<T> entities;
    qint64 total = -1;
    int pageNumber = 0;
    int pageCount = 0;
    int pageSize = 0;
    QString nextUri; // relative ("/api/v2/...?pageNumber=2") or absolute, as the server sent it
};
