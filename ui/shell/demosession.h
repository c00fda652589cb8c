// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"

#include <QObject>

#include <functional>
#include <memory>

class SandboxServer;
class Session;

// The demo of `oauthdesk --demo`: the in-process sandbox and the session signed in to it. start()
// starts the sandbox and signs in with its admin client; reopen() (File > Reopen Demo) signs in
// again after the session ended, and when the sandbox refuses its own admin client (it was deleted
// or deactivated in the demo) starts a fresh sandbox and signs in to that.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(Session *session, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the sandbox and points the session at it (does not sign in). False with `error` set.
    bool startSandbox(QString *error = nullptr);
    // Signs in with the sandbox's admin client.
    void signIn(std::function<void(const ApiError &)> failed = {});
    // Signs in again; starts a fresh sandbox when the current one refuses its admin client.
    void reopen(std::function<void(const ApiError &)> failed = {});
    [[nodiscard]] SandboxServer *sandbox() const { return m_sandbox.get(); }
    // What the last startSandbox() dropped of the previous demo, for people, once: empty when
    // nothing was dropped or it was taken already.
    [[nodiscard]] QString takeStartNotice();

Q_SIGNALS:
    // A fresh sandbox replaced the old one (its changes are gone).
    void restarted();

private:
    Session *m_session;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_startNotice;
};
