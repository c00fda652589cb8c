// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/secretdialog.h"

#include "ui/widgets/dialogfit.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretclosewarning.h"
#include "ui/widgets/secretview.h"
#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SecretDialog::SecretDialog(const ClientWithSecret &result, const QString &organization, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"secretDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Client Created"));
    const OAuthClient &c = result.client;
    const bool noSecret = c.grant() == GrantType::Token;

    auto *heading = new QLabel(this);
    heading->setObjectName(u"secretHeading"_s);
    heading->setWordWrap(true);
    heading->setText(
        organization.isEmpty()
            ? tr("<b>“%1” was created.</b>").arg(c.name.toHtmlEscaped())
            : tr("<b>“%1” was created in %2.</b>").arg(c.name.toHtmlEscaped(), organization.toHtmlEscaped()));

    auto *idField = new QLineEdit(c.id, this);
    idField->setObjectName(u"clientIdField"_s);
    idField->setReadOnly(true);
    auto *copyId = new QPushButton(Theme::icon(u"copy"_s, u"edit-copy"_s), tr("Copy &ID"), this);
    copyId->setObjectName(u"copyIdButton"_s);
    copyId->setAutoDefault(false);
    connect(copyId, &QPushButton::clicked, this, [id = c.id] { SecureClipboard::instance()->copyText(id); });
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(idField, 1);
    idRow->addWidget(copyId);

    auto *form = new QFormLayout;
    form->addRow(tr("Client ID:"), idRow);

    auto *note = new MessageBar(this);
    note->setObjectName(u"secretNote"_s);
    note->setClosable(false);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    m_closeWarning =
        new SecretCloseWarning(tr("The secret has not been copied and will not be shown again. Copy "
                                  "it now, or close again to continue without it."),
                               close, this);

    if (noSecret) {
        note->showInfo(
            tr("Implicit-grant (TOKEN) clients have no secret: the browser app uses only the client ID."));
    } else if (result.secretLost || result.secret.isEmpty()) {
        note->showMessage(
            Theme::Tone::Warning,
            tr("The client exists, but the answer that carried its secret was lost, so the secret cannot "
               "be shown. Regenerate the secret to get one you can see."));
        auto *regenerate = buttons->addButton(tr("&Regenerate Secret…"), QDialogButtonBox::ActionRole);
        regenerate->setObjectName(u"regenerateButton"_s);
        regenerate->setIcon(Theme::icon(u"key"_s));
        connect(regenerate, &QPushButton::clicked, this, [this] {
            Q_EMIT regenerateRequested();
            QDialog::reject();
        });
    } else {
        m_secret = new SecretView(this);
        m_secret->setSecret(result.secret);
        form->addRow(tr("Client secret:"), m_secret);
        note->showMessage(
            Theme::Tone::Warning,
            tr("This is the only time the secret is shown. Copy it now into a password manager or your "
               "app's secret store; it cannot be shown again (you can only regenerate it)."));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_closeWarning);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogFit::resizeWithin(this, {fontMetrics().averageCharWidth() * 84, sizeHint().height()});
    // The close warning and the "copied" note appear later: the dialog grows to show them whole.
    new DialogFit::GrowToContents(this);
    if (m_secret)
        m_secret->copyButton()->setFocus();
}

void SecretDialog::reject()
{
    if (!m_closeWarning->allowClose(m_secret))
        return;
    QDialog::reject();
}
