// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small checker for swagger 2.0 schemas: $ref, type, format (int32/int64/date-time), enum,
// required, properties, items and additionalProperties. Enough to hold every sandbox answer
// against the definitions of tests/data/genesys-oauth-openapi.json.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class SchemaCheck
{
public:
    explicit SchemaCheck(const QJsonObject &swagger);

    struct Result
    {
        QStringList errors;        // type, enum, format and required violations ("$.entities[3].state: ...")
        QStringList unknownFields; // properties the definition does not declare ("$.orgSharingEnabled")
    };
    [[nodiscard]] Result check(const QJsonValue &value, const QString &definition) const;
    // The definition name of the 200 response of an operation ("OAuthClient"), empty if none.
    [[nodiscard]] QString responseDefinition(const QString &path, const QString &method) const;
    [[nodiscard]] bool hasDefinition(const QString &name) const;

private:
    void checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &path, Result *result,
                    int depth) const;
    QJsonObject m_swagger;
    QJsonObject m_definitions;
};
