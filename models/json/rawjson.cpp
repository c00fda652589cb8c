// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/json/rawjson.h"

#include <QJsonDocument>

RawJson::RawJson(const QJsonObject &object)
    : m_bytes(QJsonDocument(object).toJson(QJsonDocument::Compact))
{}

QJsonObject RawJson::object() const
{
    if (m_bytes.isEmpty())
        return {};
    return QJsonDocument::fromJson(m_bytes).object();
}
