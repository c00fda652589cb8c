// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/deleteclientdialog.h"

#include "app/controllers/sessioncontext.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "models/domain/clientlabels.h"
#include "ui/clients/selfclientguard.h"
#include "ui/clients/usagesummarylabel.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DeleteClientDialog::DeleteClientDialog(SessionContext *context, const OAuthClient &client, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(client)
    , m_message(new MessageBar(this))
    , m_usage(new UsageSummaryLabel(this))
    , m_guard(new SelfClientGuard(context ? context->session() : nullptr, client,
                                  SelfClientGuard::Action::Delete, this))
    , m_delete(new QPushButton(Theme::icon(u"delete"_s, u"edit-delete"_s), tr("&Delete Client"), this))
    , m_deactivate(new QPushButton(Theme::icon(u"deactivate"_s), tr("Deactivate &Only"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(
          new QPushButton(Theme::icon(u"export"_s, u"document-export"_s), tr("E&xport Configuration…"), this))
{
    setObjectName(u"deleteDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Delete Client “%1”").arg(client.name));
    const QString org = context ? context->organizationName() : QString();

    auto *heading = new QLabel(this);
    heading->setObjectName(u"deleteHeading"_s);
    heading->setWordWrap(true);
    heading->setText(
        org.isEmpty()
            ? tr("<b>Delete “%1”?</b>").arg(client.name.toHtmlEscaped())
            : tr("<b>Delete “%1” from %2?</b>").arg(client.name.toHtmlEscaped(), org.toHtmlEscaped()));
    auto *facts = new QLabel(this);
    facts->setObjectName(u"deleteFacts"_s);
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setText(tr("%1 client · ID %2").arg(ClientLabels::grantTypeLabel(client.grantType), client.id));

    auto *consequences = new MessageBar(this);
    consequences->setObjectName(u"deleteConsequences"_s);
    consequences->setClosable(false);
    QString text;
    const ClientState state = client.clientState();
    if (state == ClientState::Active || state == ClientState::Disabled)
        text = tr("This client is %1. It is set inactive first (no new tokens are issued), then deleted.")
                   .arg(ClientLabels::stateLabel(client.state).toLower());
    else
        text = tr("This client is %1.").arg(ClientLabels::stateLabel(client.state).toLower());
    text += u" "_s +
            tr("Apps that use it stop working. This cannot be undone; export its configuration first if you "
               "may need to recreate it.");
    consequences->showMessage(Theme::Tone::Warning, text);

    m_message->setObjectName(u"deleteMessage"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setAutoDefault(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setDefault(true);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setAutoDefault(false);
    // Deactivating keeps the client restorable until the platform deletes it (30 days).
    m_deactivate->setObjectName(u"deactivateOnlyButton"_s);
    m_deactivate->setAutoDefault(false);
    m_deactivate->setToolTip(tr("Set the client inactive instead: it gets no new tokens, and it can be "
                                "set active again until the platform deletes it."));
    m_deactivate->setVisible(state == ClientState::Active || state == ClientState::Disabled);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_deactivate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_delete, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeleteClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteClientDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DeleteClientDialog::exportRequested);
    connect(m_deactivate, &QPushButton::clicked, this, &DeleteClientDialog::deactivateOnly);
    connect(m_guard, &SelfClientGuard::confirmedChanged, this, &DeleteClientDialog::updateButtons);
    connect(m_guard, &SelfClientGuard::accepted, this, [this] {
        if (m_delete->isEnabled())
            accept();
    });
    connect(m_usage, &UsageSummaryLabel::finished, this, &DeleteClientDialog::onUsageKnown);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(heading);
    layout->addWidget(facts);
    layout->addWidget(m_usage);
    layout->addWidget(consequences);
    layout->addWidget(m_guard);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Until the usage is known, the client may have traffic: its name is asked for.
    m_guard->setNameRequired(
        true,
        tr("Checking whether this client had requests in the last %1 days…").arg(UsageSummaryLabel::Days));
    resize(fontMetrics().averageCharWidth() * 84, height());
    fitHeight();
    updateButtons();
    m_usage->start(context ? context->session() : nullptr, client.id);
    onUsageKnown();
}

void DeleteClientDialog::onUsageKnown()
{
    if (!m_usage->isDone())
        return;
    if (m_usage->hasFailed())
        m_guard->setNameRequired(
            true, tr("The usage of the last %1 days is not known: type the name to delete the client.")
                      .arg(UsageSummaryLabel::Days));
    else if (!m_usage->totals().isEmpty())
        m_guard->setNameRequired(true, tr("This client had requests in the last %1 days: apps still use it.")
                                           .arg(UsageSummaryLabel::Days));
    else
        m_guard->setNameRequired(false);
    // The name field may have gone: no empty band above the buttons.
    QTimer::singleShot(0, this, &DeleteClientDialog::fitHeight);
}

void DeleteClientDialog::fitHeight()
{
    DialogFit::fitToContents(this);
}

void DeleteClientDialog::updateButtons()
{
    const bool idle = !m_op;
    m_delete->setEnabled(idle && m_guard->isConfirmed());
    m_deactivate->setEnabled(idle && m_guard->isConfirmed());
    m_cancel->setEnabled(idle);
    m_export->setEnabled(idle);
    m_guard->setInputEnabled(idle);
}

void DeleteClientDialog::setBusy(bool busy)
{
    m_message->setClosable(!busy);
    updateButtons();
}

DeleteClientDialog::~DeleteClientDialog()
{
    if (m_op)
        m_op->cancel();
}

void DeleteClientDialog::accept()
{
    if (m_op || !m_guard->isConfirmed())
        return;
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn()) {
        m_message->showMessage(Theme::Tone::Error, tr("You are not signed in."));
        return;
    }
    m_message->showInfo(tr("Deleting…"));
    m_op = m_context->session()->clients()->remove(m_client, this, [this](const Result<Done> &r) {
        m_op = nullptr;
        setBusy(false);
        if (!r) {
            m_message->showError(r.error(), tr("The client was not deleted."));
            return;
        }
        Q_EMIT deleted(m_client.id);
        QDialog::accept();
    });
    setBusy(true);
}

void DeleteClientDialog::deactivateOnly()
{
    if (m_op || !m_guard->isConfirmed())
        return;
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn()) {
        m_message->showMessage(Theme::Tone::Error, tr("You are not signed in."));
        return;
    }
    m_message->showInfo(tr("Deactivating…"));
    // The last JSON the server sent, with only the state changed: every other field is kept.
    m_op = m_context->session()->clients()->update(
        m_client, QJsonObject{{u"state"_s, clientStateToString(ClientState::Inactive)}}, this,
        [this](const Result<OAuthClient> &r) {
            m_op = nullptr;
            setBusy(false);
            if (!r) {
                m_message->showError(r.error(), tr("The client was not deactivated."));
                return;
            }
            Q_EMIT deactivated(r.value());
            QDialog::accept();
        });
    setBusy(true);
}

void DeleteClientDialog::reject()
{
    if (m_op)
        return; // let the sequence finish: it may already have set the client inactive
    QDialog::reject();
}
