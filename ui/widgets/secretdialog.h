// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QDialog>

class SecretCloseWarning;
class SecretView;

// Shown once after a client was created: its id and, masked, its secret (reveal, copy). Closing
// without copying the secret asks once more (SecretCloseWarning), because the platform never shows it again.
// When the answer carrying the secret was lost (ClientWithSecret::secretLost), says so and offers to
// regenerate it.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    SecretDialog(const ClientWithSecret &result, const QString &organization, QWidget *parent = nullptr);

    [[nodiscard]] SecretView *secretView() const { return m_secret; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void regenerateRequested();

private:
    SecretView *m_secret = nullptr;
    SecretCloseWarning *m_closeWarning = nullptr;
};
