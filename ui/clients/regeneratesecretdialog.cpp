// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/regeneratesecretdialog.h"

#include "app/controllers/sessioncontext.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "ui/clients/selfclientguard.h"
#include "ui/clients/usagesummarylabel.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/secretclosewarning.h"
#include "ui/widgets/secretview.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RegenerateSecretDialog::RegenerateSecretDialog(SessionContext *context, const OAuthClient &client,
                                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(client)
    , m_stages(new QStackedWidget(this))
    , m_message(new MessageBar(this))
    , m_usage(new UsageSummaryLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_regenerate(new QPushButton(Theme::icon(u"key"_s), tr("&Regenerate Secret"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_secret(new SecretView(this))
{
    setObjectName(u"regenerateDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Regenerate Secret of “%1”").arg(client.name));
    const QString org = context ? context->organizationName() : QString();

    // Stage 1: confirm.
    auto *confirmPage = new QWidget(m_stages);
    {
        auto *heading = new QLabel(confirmPage);
        heading->setObjectName(u"regenerateHeading"_s);
        heading->setWordWrap(true);
        heading->setText(org.isEmpty()
                             ? tr("<b>Regenerate the secret of “%1”?</b>").arg(client.name.toHtmlEscaped())
                             : tr("<b>Regenerate the secret of “%1” in %2?</b>")
                                   .arg(client.name.toHtmlEscaped(), org.toHtmlEscaped()));
        auto *warning = new MessageBar(confirmPage);
        warning->setObjectName(u"regenerateWarning"_s);
        warning->setClosable(false);
        warning->showMessage(
            Theme::Tone::Warning,
            tr("The current secret stops working at once. Every app that uses this client fails to "
               "get tokens until it is given the new secret."));
        // The client this session signs in with: what happens to the session.
        auto *self = new MessageBar(confirmPage);
        self->setObjectName(u"selfClientWarning"_s);
        self->setClosable(false);
        const QString selfText = SelfClientGuard::warningText(context ? context->session() : nullptr, client,
                                                              SelfClientGuard::Action::Regenerate);
        if (!selfText.isEmpty())
            self->showMessage(Theme::Tone::Error, selfText);
        auto *prompt =
            new QLabel(tr("Type the client's name, <b>%1</b>, to confirm:").arg(client.name.toHtmlEscaped()),
                       confirmPage);
        prompt->setWordWrap(true);
        prompt->setBuddy(m_confirm);
        m_confirm->setObjectName(u"confirmNameEdit"_s);
        m_confirm->setAccessibleName(tr("Client name, to confirm"));
        m_confirm->setParent(confirmPage);
        m_usage->setParent(confirmPage);
        auto *l = new QVBoxLayout(confirmPage);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(heading);
        l->addWidget(warning);
        l->addWidget(self);
        l->addWidget(m_usage);
        l->addSpacing(fontMetrics().height() / 2);
        l->addWidget(prompt);
        l->addWidget(m_confirm);
        l->addStretch(1);
    }
    // Stage 2: the new secret, once.
    auto *secretPage = new QWidget(m_stages);
    {
        auto *heading =
            new QLabel(tr("<b>The new secret of “%1”:</b>").arg(client.name.toHtmlEscaped()), secretPage);
        heading->setWordWrap(true);
        auto *note = new MessageBar(secretPage);
        note->setClosable(false);
        note->showMessage(
            Theme::Tone::Warning,
            tr("This is the only time the new secret is shown. Copy it now into a password manager or "
               "your app's secret store, and update the apps that use this client."));
        m_secret->setParent(secretPage);
        m_closeWarning =
            new SecretCloseWarning(tr("The new secret has not been copied and will not be shown "
                                      "again. Copy it now, or close again to continue without it."),
                                   m_cancel, secretPage);
        auto *l = new QVBoxLayout(secretPage);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(heading);
        l->addWidget(m_secret);
        l->addWidget(note);
        l->addWidget(m_closeWarning);
        l->addStretch(1);
    }
    m_stages->addWidget(confirmPage);
    m_stages->addWidget(secretPage);

    m_message->setObjectName(u"regenerateMessage"_s);
    m_regenerate->setObjectName(u"regenerateButton"_s);
    m_regenerate->setAutoDefault(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_regenerate, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegenerateSecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegenerateSecretDialog::reject);
    connect(m_confirm, &QLineEdit::textChanged, this, &RegenerateSecretDialog::updateButtons);
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (m_regenerate->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stages, 1);
    layout->addWidget(buttons);
    DialogFit::resizeWithin(this, {fontMetrics().averageCharWidth() * 84, sizeHint().height()});
    DialogFit::fitToContents(this);      // no empty band above the buttons
    new DialogFit::GrowToContents(this); // the new secret and its warnings appear later
    updateButtons();
    m_confirm->setFocus();
    m_usage->start(context ? context->session() : nullptr, client.id);
}

RegenerateSecretDialog::~RegenerateSecretDialog()
{
    if (m_op)
        m_op->cancel();
}

void RegenerateSecretDialog::updateButtons()
{
    if (m_done) {
        m_regenerate->hide();
        m_cancel->setText(tr("Close"));
        m_cancel->setEnabled(true);
        return;
    }
    const bool typed = m_confirm->text().trimmed() == m_client.name.trimmed();
    m_regenerate->setEnabled(typed && !m_op);
    m_cancel->setEnabled(!m_op);
    m_confirm->setEnabled(!m_op);
}

void RegenerateSecretDialog::accept()
{
    if (m_done || m_op || !m_regenerate->isEnabled())
        return;
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn()) {
        m_message->showMessage(Theme::Tone::Error, tr("You are not signed in."));
        return;
    }
    m_message->hide();
    m_op = m_context->session()->clients()->regenerateSecret(
        m_client.id, this, [this](const Result<ClientWithSecret> &r) {
            m_op = nullptr;
            if (!r) {
                const ApiError &e = r.error();
                if (e.outcomeUnknown)
                    m_message->showMessage(Theme::Tone::Error,
                                           tr("<b>The secret may have changed.</b> The answer was lost, so "
                                              "the old secret may no longer "
                                              "work and the new one cannot be shown. Regenerate it again to "
                                              "get a secret you can see.") +
                                               (e.contextId.isEmpty()
                                                    ? QString()
                                                    : u" "_s + tr("Context id: %1").arg(e.contextId)));
                else
                    m_message->showError(e, tr("The secret was not regenerated; the old one still works."));
                updateButtons();
                return;
            }
            m_done = true;
            // Signed in with this client's credentials: renewals use the new secret from now on.
            if (m_context && m_context->session())
                m_context->session()->adoptRegeneratedSecret(m_client.id, r->secret.toUtf8());
            m_secret->setSecret(r->secret);
            m_stages->setCurrentIndex(1);
            m_secret->copyButton()->setFocus();
            updateButtons();
        });
    updateButtons();
}

void RegenerateSecretDialog::reject()
{
    if (m_op)
        return; // the answer carries the only copy of the new secret
    if (!m_closeWarning->allowClose(m_done ? m_secret : nullptr))
        return;
    QDialog::reject();
}
