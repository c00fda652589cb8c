// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/schemacheck.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

SchemaCheck::SchemaCheck(const QJsonObject &swagger)
    : m_swagger(swagger)
    , m_definitions(swagger.value(u"definitions"_s).toObject())
{}

bool SchemaCheck::hasDefinition(const QString &name) const
{
    return m_definitions.contains(name);
}

QString SchemaCheck::responseDefinition(const QString &path, const QString &method) const
{
    const QJsonObject op =
        m_swagger.value(u"paths"_s).toObject().value(path).toObject().value(method.toLower()).toObject();
    const QString ref = op.value(u"responses"_s)
                            .toObject()
                            .value(u"200"_s)
                            .toObject()
                            .value(u"schema"_s)
                            .toObject()
                            .value(u"$ref"_s)
                            .toString();
    return ref.section(u'/', -1);
}

SchemaCheck::Result SchemaCheck::check(const QJsonValue &value, const QString &definition) const
{
    Result result;
    if (!m_definitions.contains(definition))
        result.errors.append(u"no definition %1"_s.arg(definition));
    else
        checkValue(value, QJsonObject{{u"$ref"_s, u"#/definitions/"_s + definition}}, u"$"_s, &result, 0);
    return result;
}

void SchemaCheck::checkValue(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path,
                             Result *result, int depth) const
{
    if (depth > 40) {
        result->errors.append(path + u": too deep"_s);
        return;
    }
    QJsonObject schema = schemaIn;
    if (schema.contains(u"$ref"_s)) {
        const QString name = schema.value(u"$ref"_s).toString().section(u'/', -1);
        if (!m_definitions.contains(name)) {
            result->errors.append(path + u": unresolved $ref "_s + name);
            return;
        }
        schema = m_definitions.value(name).toObject();
    }
    const QString type =
        schema.value(u"type"_s).toString(schema.contains(u"properties"_s) ? u"object"_s : QString());
    const auto fail = [&](const QString &what) { result->errors.append(path + u": "_s + what); };

    if (type == u"string") {
        if (!value.isString())
            return fail(u"expected a string"_s);
        const QJsonArray values = schema.value(u"enum"_s).toArray();
        if (!values.isEmpty() && !values.contains(value))
            fail(u"value '%1' is not in the enum"_s.arg(value.toString()));
        if (schema.value(u"format"_s).toString() == u"date-time" &&
            !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            fail(u"'%1' is not an ISO-8601 date-time"_s.arg(value.toString()));
    } else if (type == u"integer") {
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d)
            return fail(u"expected an integer"_s);
        if (schema.value(u"format"_s).toString() == u"int32" &&
            (d < std::numeric_limits<qint32>::min() || d > std::numeric_limits<qint32>::max()))
            fail(u"%1 does not fit int32"_s.arg(d));
    } else if (type == u"number") {
        if (!value.isDouble())
            fail(u"expected a number"_s);
    } else if (type == u"boolean") {
        if (!value.isBool())
            fail(u"expected a boolean"_s);
    } else if (type == u"array") {
        if (!value.isArray())
            return fail(u"expected an array"_s);
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkValue(array[i], items, path + u"[%1]"_s.arg(i), result, depth + 1);
    } else if (type == u"object") {
        if (!value.isObject())
            return fail(u"expected an object"_s);
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &req : schema.value(u"required"_s).toArray())
            if (!object.contains(req.toString()))
                fail(u"required field '%1' is missing"_s.arg(req.toString()));
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'.' + it.key();
            if (properties.contains(it.key()))
                checkValue(it.value(), properties.value(it.key()).toObject(), child, result, depth + 1);
            else if (additional.isObject())
                checkValue(it.value(), additional.toObject(), child, result, depth + 1);
            else
                result->unknownFields.append(child);
        }
    }
}
