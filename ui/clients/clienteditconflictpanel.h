// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QFrame>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)

// Shown in the Edit Client dialog when someone else saved the client since the form opened: who
// and when, what they changed (describeClientChanges), and the three ways on: save my changes over
// theirs, discard mine and load theirs, or go back to the form.
class ClientEditConflictPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit ClientEditConflictPanel(QWidget *parent = nullptr);

    // Shows how `latest` (the server's version) differs from `opened` (the form's), and focuses
    // "Save My Changes Over Theirs".
    void showConflict(const OAuthClient &opened, const OAuthClient &latest);
    // Hides the panel and forgets the server's version.
    void dismiss();
    // The server's version while the panel shows a conflict.
    [[nodiscard]] const std::optional<OAuthClient> &latest() const { return m_latest; }

Q_SIGNALS:
    void overwriteRequested();
    void loadTheirsRequested();
    void backToFormRequested();

private:
    std::optional<OAuthClient> m_latest;
    QLabel *m_text;
    QPushButton *m_overwrite;
    QPushButton *m_loadTheirs;
    QPushButton *m_backToForm;
};
