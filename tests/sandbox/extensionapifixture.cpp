// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/extensionapifixture.h"

#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

const QDateTime ExtensionApiFixture::Now(QDate(2025, 3, 12), QTime(10, 30), QTimeZone::utc());

void ExtensionApiFixture::loadSchema()
{
    schema = std::make_unique<SchemaCheck>(
        QJsonDocument::fromJson(testsupport::readData(u"genesys-extension-openapi.json"_s)).object());
}

void ExtensionApiFixture::startSignedIn()
{
    server = std::make_unique<SandboxServer>(SandboxOptions{.now = Now});
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    http = std::make_unique<SandboxTestClient>(*server);
    QVERIFY(!http->signInAsAdmin().isEmpty());
}

void ExtensionApiFixture::stop()
{
    http.reset();
    server.reset();
}

void ExtensionApiFixture::expectShape(const HttpResult &r, const QString &path, const QString &method)
{
    const QString name = schema->responseDefinition(path, method);
    QVERIFY2(!name.isEmpty(), qPrintable(path));
    QVERIFY2(r.status == 200,
             qPrintable(
                 u"%1 %2: %3 %4"_s.arg(method, path).arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
    const SchemaCheck::Result result = schema->check(QJsonDocument::fromJson(r.body).object(), name);
    QVERIFY2(result.errors.isEmpty(), qPrintable(path + u": "_s + result.errors.mid(0, 5).join(u"; "_s)));
    QVERIFY2(result.unknownFields.isEmpty(),
             qPrintable(path + u": unknown "_s + result.unknownFields.join(u", "_s)));
}
