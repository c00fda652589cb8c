// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"
#include "tests/sandbox/schemacheck.h"

#include <QDateTime>
#include <QString>

#include <memory>

// What the tests of the sandbox's extension APIs (audits, integrations, users) share: the schema of
// genesys-extension-openapi.json, and per test function a fresh sandbox at a fixed time with a
// client signed in as the admin. A test class inherits it next to QObject and calls loadSchema()
// from initTestCase(), startSignedIn() from init() and stop() from cleanup().
class ExtensionApiFixture
{
public:
    // The sandbox's clock in every test: a fixed UTC time.
    static const QDateTime Now;

protected:
    void loadSchema();
    // Starts a new sandbox at Now and signs in as the admin; fails the test function when it cannot.
    void startSignedIn();
    void stop();

    // Fails the test function unless `r` is a 200 answer that matches the schema of the 200 answer
    // of (path, method), without fields the schema does not declare.
    void expectShape(const HttpResult &r, const QString &path, const QString &method);

    std::unique_ptr<SchemaCheck> schema;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;
};
