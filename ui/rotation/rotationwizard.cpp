// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rotation/rotationwizard.h"

#include "app/services/integrationsservice.h"
#include "app/services/session.h"
#include "ui/clients/selfclientguard.h"
#include "ui/rotation/usagebars.h"
#include "ui/widgets/lastfolder.h"
#include "ui/widgets/secretclosewarning.h"
#include "ui/widgets/secretview.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QLabel *wrapped(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!name.isEmpty())
        l->setObjectName(name);
    return l;
}

QString quoted(const QString &name, const QString &id)
{
    return RotationWizard::tr("“%1” (%2)").arg(name.toHtmlEscaped(), id);
}
} // namespace

RotationWizard::RotationWizard(Session *session, const OAuthClient &client, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(client)
    , m_integrations(new IntegrationsService(session->api(), this))
    , m_runner(new RotationRunner(session, m_integrations, RotationStore::forSession(*session), this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"rotationWizard"_s);
    setWindowTitle(tr("Rotate Secret – %1").arg(client.name));
    setAttribute(Qt::WA_DeleteOnClose);
    connect(m_runner, &RotationRunner::recordSaved, this, [this](const RotationRecord &r) {
        m_record = r;
        Q_EMIT stepChanged(r);
    });
    buildChoosePage();
    buildResultPage();
    buildWatchPage();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(640, 520);

    m_record = m_runner->store().forClient(client.id);
    if (m_record &&
        (m_record->step == RotationStep::Watching || m_record->step == RotationStep::Deactivated)) {
        showWatch();
        return;
    }
    if (m_record) {
        m_inProgress->setText(
            tr("A %1 rotation of this client started %2 and stopped at “%3”. Continue it: a copy "
               "that was not handed over gets its secret issued again.")
                .arg(rotationStrategyLabel(m_record->strategy),
                     QLocale().toString(m_record->startedAt.toLocalTime(), QLocale::ShortFormat),
                     rotationStepLabel(m_record->step)));
        m_inProgress->show();
        m_start->setText(tr("&Continue"));
        m_blueGreen->setEnabled(false);
        m_inPlace->setEnabled(false);
        m_name->setEnabled(false);
    }
    findCredentials();
}

RotationWizard::~RotationWizard()
{
    m_secret.fill(u'\0');
}

int RotationWizard::page() const
{
    return m_pages->currentIndex();
}

void RotationWizard::buildChoosePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        wrapped(tr("<b>Rotate the secret of %1</b>").arg(quoted(m_client.name, m_client.id)), page));
    m_blueGreen = new QRadioButton(tr("&Blue/green, without downtime"), page);
    m_blueGreen->setObjectName(u"strategyBlueGreen"_s);
    m_inPlace = new QRadioButton(tr("&In place"), page);
    m_inPlace->setObjectName(u"strategyInPlace"_s);
    m_blueGreen->setChecked(true);
    layout->addWidget(m_blueGreen);
    layout->addWidget(
        wrapped(tr("A copy of the client is created with its own secret (same grant type, roles and "
                   "divisions, scopes, redirect URIs and token lifetime). Both work until you retire "
                   "the old one: hand over the new id and secret, watch the old client's requests fall "
                   "to zero, then deactivate and delete it. Every consumer needs the new id as well."),
                page));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(m_runner->defaultCopyName(m_client), page);
    m_name->setObjectName(u"copyName"_s);
    form->addRow(tr("Name of the &copy:"), m_name);
    layout->addLayout(form);
    layout->addWidget(m_inPlace);
    layout->addWidget(
        wrapped(tr("The secret is regenerated. The old secret stops working at once: every consumer "
                   "fails until it has the new secret. The client id stays the same."),
                page));
    // Regenerating in place asks for the client's name as Regenerate Secret does; for the client
    // this session is signed in with, it also says what happens to the session.
    m_inPlaceGuardBox = new QWidget(page);
    auto *guardLayout = new QVBoxLayout(m_inPlaceGuardBox);
    guardLayout->setContentsMargins(0, 0, 0, 0);
    m_inPlaceGuard =
        new SelfClientGuard(m_session, m_client, SelfClientGuard::Action::Regenerate, m_inPlaceGuardBox);
    m_inPlaceGuard->setNameRequired(true);
    guardLayout->addWidget(m_inPlaceGuard);
    m_inPlaceGuardBox->setVisible(false);
    layout->addWidget(m_inPlaceGuardBox);
    connect(m_inPlace, &QRadioButton::toggled, this, [this](bool inPlace) {
        m_name->setEnabled(!inPlace);
        updateStart();
    });
    connect(m_inPlaceGuard, &SelfClientGuard::confirmedChanged, this, &RotationWizard::updateStart);
    connect(m_inPlaceGuard, &SelfClientGuard::accepted, this, [this] {
        if (m_start->isEnabled())
            start();
    });
    if (m_client.grant() != GrantType::ClientCredentials)
        layout->addWidget(
            wrapped(tr("This is a %1 client: its new secret cannot be proven without a user sign-in.")
                        .arg(m_client.grantType),
                    page));
    m_credentials = wrapped(tr("Looking for integration credentials that hold this client…"), page,
                            u"credentialsFound"_s);
    m_updateCredentials = new QCheckBox(tr("&Point them at the new id and secret in the same step"), page);
    m_updateCredentials->setObjectName(u"updateCredentials"_s);
    m_updateCredentials->hide();
    layout->addWidget(m_credentials);
    layout->addWidget(m_updateCredentials);
    m_inProgress = wrapped(QString(), page, u"rotationInProgress"_s);
    m_inProgress->hide();
    layout->addWidget(m_inProgress);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_start = buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startRotation"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &RotationWizard::start);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

void RotationWizard::updateStart()
{
    const bool inPlace = m_inPlace->isChecked();
    m_inPlaceGuardBox->setVisible(inPlace);
    m_start->setEnabled(!inPlace || m_inPlaceGuard->isConfirmed());
}

void RotationWizard::buildResultPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_status = wrapped(tr("Rotating…"), page, u"rotationStatus"_s);
    layout->addWidget(m_status);
    auto *form = new QFormLayout;
    m_newId = wrapped(QString(), page, u"newClientId"_s);
    m_secretView = new SecretView(page);
    m_secretView->setObjectName(u"newSecret"_s);
    m_proof = wrapped(QString(), page, u"proofResult"_s);
    form->addRow(tr("Client ID:"), m_newId);
    form->addRow(tr("Secret:"), m_secretView);
    form->addRow(tr("Proof:"), m_proof);
    layout->addLayout(form);
    m_notes = wrapped(QString(), page, u"rotationNotes"_s);
    layout->addWidget(m_notes);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    // The old secret no longer works once this page shows the new one: the first Close (or Watch)
    // with the secret neither copied nor saved warns instead.
    m_closeWarning = new SecretCloseWarning(tr("The new secret has not been copied or saved and will not be "
                                               "shown again. Copy or save it now, or press again to go on "
                                               "without it."),
                                            buttons->button(QDialogButtonBox::Close), page);
    layout->insertWidget(layout->count() - 1, m_closeWarning);
    m_save = buttons->addButton(tr("&Save to File…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveCredentials"_s);
    m_next = buttons->addButton(tr("&Watch the Old Client"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(u"watchOldClient"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RotationWizard::saveToFile);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (secretMayGo())
            showWatch();
    });
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

void RotationWizard::buildWatchPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_watchHeading = wrapped(QString(), page);
    layout->addWidget(m_watchHeading);
    m_bars = new UsageBars(page);
    layout->addWidget(m_bars, 1);
    m_usageText = wrapped(QString(), page, u"usageText"_s);
    layout->addWidget(m_usageText);
    m_refresh = new QPushButton(tr("R&efresh"), page);
    m_refresh->setObjectName(u"refreshUsage"_s);
    connect(m_refresh, &QPushButton::clicked, this, &RotationWizard::refreshUsage);
    layout->addWidget(m_refresh, 0, Qt::AlignLeft);
    m_force = new QCheckBox(tr("Retire it even if it had requests in the last 24 hours"), page);
    m_force->setObjectName(u"forceRetire"_s);
    m_delete = new QCheckBox(tr("&Delete it too (it cannot be brought back)"), page);
    m_delete->setObjectName(u"deleteOld"_s);
    layout->addWidget(m_force);
    layout->addWidget(m_delete);
    // Retiring the client this session is signed in with ends the session; deleting any old client
    // cannot be undone: both ask for its name (the guard is made in showWatch(), for the record's
    // old client).
    m_retireGuardBox = new QWidget(page);
    auto *guardLayout = new QVBoxLayout(m_retireGuardBox);
    guardLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_retireGuardBox);
    m_retireText = wrapped(QString(), page, u"retireResult"_s);
    layout->addWidget(m_retireText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    m_retire = buttons->addButton(tr("Re&tire the Old Client"), QDialogButtonBox::ActionRole);
    m_retire->setObjectName(u"retireOld"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retire, &QPushButton::clicked, this, &RotationWizard::retire);
    connect(m_delete, &QCheckBox::toggled, this, [this](bool del) {
        if (m_retireGuard)
            m_retireGuard->setNameRequired(del, tr("Deleting the old client cannot be undone."));
    });
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

void RotationWizard::findCredentials()
{
    m_busy = m_integrations->credentialsHoldingClient(
        m_client.id, this, [this](const Result<QList<IntegrationCredential>> &r) {
            if (!r) {
                m_credentials->setText(
                    r.error().isHttp(403)
                        ? tr("Integration credentials were not checked: that needs the permission "
                             "integrations:integration:view. The rotation works without it.")
                        : tr("Integration credentials could not be checked: %1")
                              .arg(r.error().userMessage()));
                return;
            }
            if (r->isEmpty()) {
                m_credentials->setText(tr("No integration credential holds this client."));
                return;
            }
            QStringList names;
            for (const IntegrationCredential &c : r.value())
                names.append(u"“%1”"_s.arg(c.name.toHtmlEscaped()));
            m_credentials->setText(tr("These integration credentials (Data Actions) hold this client: %1.")
                                       .arg(names.join(u", "_s)));
            m_updateCredentials->setChecked(true);
            m_updateCredentials->show();
        });
}

void RotationWizard::start()
{
    if (m_inPlace->isChecked() && !m_inPlaceGuard->isConfirmed())
        return;
    if (m_busy)
        m_busy->cancel();
    RotationOptions options;
    options.strategy = m_inPlace->isChecked() ? RotationStrategy::InPlace : RotationStrategy::BlueGreen;
    options.newName = m_name->text().trimmed();
    options.updateFoundCredentials = m_updateCredentials->isVisible() && m_updateCredentials->isChecked();
    m_pages->setCurrentIndex(1);
    m_save->setEnabled(false);
    m_next->setVisible(false);
    m_status->setText(tr("Rotating…"));
    const auto done = [this](const Result<RotationOutcome> &r) {
        if (!r) {
            m_status->setText(r.error().userMessage());
            return;
        }
        showOutcome(r.value());
    };
    m_busy = m_record && !m_record->isFinished() ? m_runner->resume(*m_record, options, this, done)
                                                 : m_runner->start(m_client.id, options, this, done);
    connect(m_busy, &Operation::progress, m_status, &QLabel::setText);
}

void RotationWizard::showOutcome(const RotationOutcome &o)
{
    m_record = o.record;
    m_secret = o.secret;
    const bool inPlace = o.record.strategy == RotationStrategy::InPlace;
    m_newId->setText(inPlace ? o.record.oldClientId : o.record.newClientId);
    m_secretView->setSecret(o.secret);
    m_save->setEnabled(!o.secret.isEmpty());
    m_proof->setText(o.proof.message);
    QStringList notes = o.notes;
    for (const IntegrationCredential &c : o.credentialsFound)
        notes.append(
            o.credentialsUpdated.contains(c.id)
                ? tr("Integration credential “%1” now holds the new id and secret.").arg(c.name)
                : tr("Integration credential “%1” still holds the old id: update it by hand.").arg(c.name));
    m_notes->setText(notes.join(u"\n\n"_s));
    if (o.proof.ok == false)
        m_status->setText(
            inPlace ? tr("The secret was regenerated, but the new one does not work yet.")
                    : tr("The copy was created, but its secret does not work: it was not handed over. "
                         "Open the assistant again to issue a new secret and prove it."));
    else if (inPlace)
        m_status->setText(tr("The secret was regenerated. It is shown only this once: store it now."));
    else
        m_status->setText(
            tr("The copy is ready. Hand over its id and secret (shown only this once), then watch "
               "the old client's requests fall before you retire it."));
    m_next->setVisible(!inPlace && o.record.step == RotationStep::Watching);
}

bool RotationWizard::secretMayGo()
{
    return m_pages->currentIndex() != 1 || m_secret.isEmpty() || m_savedToFile ||
           m_closeWarning->allowClose(m_secretView);
}

void RotationWizard::reject()
{
    if (!secretMayGo())
        return;
    QDialog::reject();
}

void RotationWizard::showWatch()
{
    if (!m_record)
        return;
    m_pages->setCurrentIndex(2);
    if (!m_retireGuard || m_retireGuardFor != m_record->oldClientId) {
        delete m_retireGuard;
        OAuthClient old = m_client;
        old.id = m_record->oldClientId;
        old.name = m_record->oldClientName;
        m_retireGuardFor = old.id;
        m_retireGuard =
            new SelfClientGuard(m_session, old, SelfClientGuard::Action::Deactivate, m_retireGuardBox);
        m_retireGuard->setObjectName(u"retireGuard"_s);
        m_retireGuardBox->layout()->addWidget(m_retireGuard);
        m_retireGuard->setNameRequired(m_delete->isChecked(),
                                       tr("Deleting the old client cannot be undone."));
        connect(m_retireGuard, &SelfClientGuard::confirmedChanged, this, &RotationWizard::updateRetire);
        connect(m_retireGuard, &SelfClientGuard::accepted, this, [this] {
            if (m_retire->isEnabled())
                retire();
        });
        updateRetire();
    }
    m_watchHeading->setText(tr("Old client %1, new client %2.")
                                .arg(quoted(m_record->oldClientName, m_record->oldClientId),
                                     quoted(m_record->newClientName, m_record->newClientId)));
    refreshUsage();
}

void RotationWizard::refreshUsage()
{
    if (!m_record)
        return;
    m_refresh->setEnabled(false);
    m_usageText->setText(tr("Asking the platform for the usage…"));
    m_runner->usage(*m_record, 7, this, [this](const Result<RotationUsage> &r) {
        m_refresh->setEnabled(true);
        if (!r) {
            m_usageText->setText(tr("The usage could not be read: %1").arg(r.error().userMessage()));
            return;
        }
        m_bars->setSeries(r->days, r->oldRequests, r->newRequests);
        m_usageText->setText(
            r->oldLast24h == 0
                ? tr("The old client had no requests in the last 24 hours (the new one: %1): it "
                     "is quiet.")
                      .arg(r->newLast24h)
                : tr("The old client still had %1 requests in the last 24 hours (the new one: %2).")
                      .arg(r->oldLast24h)
                      .arg(r->newLast24h));
    });
}

void RotationWizard::updateRetire()
{
    const bool done = m_record && m_record->step == RotationStep::Done;
    m_retire->setEnabled(!m_retiring && !done && (!m_retireGuard || m_retireGuard->isConfirmed()));
}

void RotationWizard::retire()
{
    if (!m_record || (m_retireGuard && !m_retireGuard->isConfirmed()))
        return;
    m_retiring = true;
    m_retire->setEnabled(false);
    m_retireText->setText(tr("Retiring the old client…"));
    m_runner->finish(*m_record, m_delete->isChecked(), m_force->isChecked(), this,
                     [this](const Result<RotationRecord> &r) {
                         m_retiring = false;
                         if (!r) {
                             m_retireText->setText(r.error().userMessage());
                             updateRetire();
                             return;
                         }
                         m_record = r.value();
                         m_retireText->setText(r->step == RotationStep::Done
                                                   ? tr("The old client was deleted; the rotation is done.")
                                                   : r->note);
                         updateRetire();
                     });
}

void RotationWizard::saveToFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the New Credentials"),
        m_record ? LastFolder::filePath(m_record->newClientName + u".env"_s) : LastFolder::folder());
    if (path.isEmpty() || !m_record)
        return;
    LastFolder::remember(path);
    const QString id =
        m_record->strategy == RotationStrategy::InPlace ? m_record->oldClientId : m_record->newClientId;
    QSaveFile file(path);
    // Readable only by the user, from the first byte on.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_notes->setText(tr("The file could not be written: %1").arg(file.errorString()));
        return;
    }
    file.write("GENESYSCLOUD_OAUTHCLIENT_ID=" + id.toUtf8() +
               "\nGENESYSCLOUD_OAUTHCLIENT_SECRET=" + m_secret.toUtf8() + '\n');
    if (!file.commit()) {
        m_notes->setText(tr("The file could not be written: %1").arg(file.errorString()));
    } else {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_savedToFile = true;
        StatusMessage::saved(this, tr("the new credentials (readable only by you)"), path);
    }
}
