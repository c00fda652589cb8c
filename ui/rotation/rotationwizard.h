// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/rotation/rotationrunner.h"
#include "models/domain/oauthclient.h"

#include <QDialog>
#include <QPointer>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QRadioButton)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
class Session;
class IntegrationsService;
class SecretCloseWarning;
class SecretView;
class SelfClientGuard;
class UsageBars;

// The rotation assistant for one client, opened from the client's actions:
//
// 1. Choose: the two strategies with their trade-off, before anything changes; for blue/green
//    the copy's name to confirm; the integration credentials (Data Actions) that hold the client,
//    found by reading each, with the choice to point them at the new client in the same step.
// 2. Result: the new id and secret (shown once; copy, or save to a file only the user can read),
//    whether the new secret works (a client-credentials token from the region's login host), and
//    what else to know (the signed-in client, skipped steps).
// 3. Watch and retire (blue/green): the old and the new client's requests per day, refreshed on
//    demand, and retiring the old client when it is quiet: deactivate, and delete when confirmed.
//
// A rotation in progress for the client (saved with the profile, or per org for a session without
// one) opens where it stopped.
class RotationWizard : public QDialog
{
    Q_OBJECT
public:
    RotationWizard(Session *session, const OAuthClient &client, QWidget *parent = nullptr);
    ~RotationWizard() override;

    [[nodiscard]] RotationRunner *runner() const { return m_runner; }
    [[nodiscard]] const std::optional<RotationRecord> &record() const { return m_record; }
    [[nodiscard]] int page() const;

    // Close and Esc: refused once while a new secret is shown neither copied nor saved.
    void reject() override;

Q_SIGNALS:
    // Every saved step (also the last one): for the clients list and tests.
    void stepChanged(const RotationRecord &record);

private:
    void buildChoosePage();
    void buildResultPage();
    void buildWatchPage();
    void findCredentials();
    void start();
    void showOutcome(const RotationOutcome &outcome);
    void showWatch();
    void refreshUsage();
    void retire();
    void updateStart();
    // Whether the shown secret may leave the screen: copied, saved, or warned about once.
    [[nodiscard]] bool secretMayGo();
    void updateRetire();
    void saveToFile();

    Session *m_session;
    OAuthClient m_client;
    IntegrationsService *m_integrations;
    RotationRunner *m_runner;
    std::optional<RotationRecord> m_record;
    QString m_secret; // shown once; wiped when the dialog goes
    QPointer<Operation> m_busy;

    QStackedWidget *m_pages;
    // choose
    QRadioButton *m_blueGreen = nullptr;
    QRadioButton *m_inPlace = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_credentials = nullptr;
    QCheckBox *m_updateCredentials = nullptr;
    QLabel *m_inProgress = nullptr;
    QPushButton *m_start = nullptr;
    QWidget *m_inPlaceGuardBox = nullptr;
    SelfClientGuard *m_inPlaceGuard = nullptr;
    // result
    QLabel *m_status = nullptr;
    QLabel *m_newId = nullptr;
    SecretView *m_secretView = nullptr;
    QLabel *m_proof = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_next = nullptr;
    SecretCloseWarning *m_closeWarning = nullptr;
    bool m_savedToFile = false;
    // watch
    QLabel *m_watchHeading = nullptr;
    UsageBars *m_bars = nullptr;
    QLabel *m_usageText = nullptr;
    QPushButton *m_refresh = nullptr;
    QCheckBox *m_force = nullptr;
    QCheckBox *m_delete = nullptr;
    QPushButton *m_retire = nullptr;
    QLabel *m_retireText = nullptr;
    QWidget *m_retireGuardBox = nullptr;
    QPointer<SelfClientGuard> m_retireGuard;
    QString m_retireGuardFor; // the old client the guard was made for
    bool m_retiring = false;
};
