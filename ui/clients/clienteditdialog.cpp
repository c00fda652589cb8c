// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clienteditdialog.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "ui/clients/clienteditconflictpanel.h"
#include "ui/clients/clienteditform.h"
#include "ui/clients/clientformvalidator.h"
#include "ui/clients/clienttemplate.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ClientEditDialog::ClientEditDialog(SessionContext *context, const std::optional<OAuthClient> &client,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(client)
{
    setObjectName(u"clientEditDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(client ? tr("Edit Client “%1”").arg(client->name) : tr("New OAuth Client"));

    m_message = new MessageBar(this);
    m_message->setObjectName(u"editMessage"_s);

    // Someone else saved the client: what changed, and the three ways on.
    m_conflict = new ClientEditConflictPanel(this);
    connect(m_conflict, &ClientEditConflictPanel::overwriteRequested, this, [this] {
        if (!m_conflict->latest())
            return;
        const OAuthClient latest = *m_conflict->latest();
        hideConflict();
        save(latest);
    });
    connect(m_conflict, &ClientEditConflictPanel::loadTheirsRequested, this, [this] {
        if (!m_conflict->latest())
            return;
        m_original = *m_conflict->latest();
        m_form->populate(*m_original);
        m_form->markPristine();
        hideConflict();
        m_message->showInfo(tr("The form now shows the current version of the client. Your edits were "
                               "discarded."));
    });
    connect(m_conflict, &ClientEditConflictPanel::backToFormRequested, this, [this] {
        hideConflict();
        m_form->nameEdit()->setFocus();
    });

    m_form = new ClientEditForm(context, this);
    // The "Fix the fields" banner goes once the last problem is fixed.
    connect(m_form, &ClientEditForm::edited, this, [this] {
        if (m_fixFieldsShown && m_form->problems().isEmpty()) {
            m_fixFieldsShown = false;
            m_message->hide();
        }
    });

    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(isEditing() ? tr("&Save") : tr("&Create"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientEditDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busyLabel, 1);
    bottom->addWidget(m_buttons);

    // The form scrolls inside the dialog; the message and the buttons stay in view. The scroll
    // area's own minimum is small, so the dialog keeps its size (and its width when the grant
    // type shows other sections) and fits a small screen.
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_conflict);
    m_notes = new QLabel(inner);
    m_notes->setObjectName(u"templateNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    innerLayout->addWidget(m_notes);
    innerLayout->addWidget(m_form, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"editScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, not the area around them
    m_scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);

    if (client)
        m_form->populate(*client);
    m_form->markPristine();
    const QFontMetrics fm = fontMetrics();
    // Wide enough for the widest section (roles and divisions) without a horizontal scroll bar.
    const int width =
        std::max(fm.averageCharWidth() * 100,
                 m_form->widestMinimumWidth() + m_scroll->verticalScrollBar()->sizeHint().width() +
                     layout->contentsMargins().left() + layout->contentsMargins().right());
    DialogFit::resizeWithin(this, {width, fm.height() * 54});
    m_form->nameEdit()->setFocus();
    // A field shown by the focus moving (Tab, a focused error field) scrolls into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !m_scroll->widget()->isAncestorOf(now))
            return;
        // Once a pending relayout (a section shown by the grant type) has placed it.
        QTimer::singleShot(0, this, [this, field = QPointer<QWidget>(now)] {
            if (field)
                m_scroll->ensureWidgetVisible(field, 8, 8);
        });
    });
}

ClientEditDialog::~ClientEditDialog()
{
    if (m_operation)
        m_operation->cancel();
}

void ClientEditDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in these fields acts on the field (add the URI, go to the scope list, add the role);
    // when they pass it on, it must not press Save.
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_form->handlesEnter(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ClientEditDialog::prefill(const ClientTemplate &source)
{
    if (isEditing())
        return;
    m_form->prefill(source.client);
    m_form->markPristine();
    const auto showNotes = [this, source] {
        DirectoryCache *directory = m_context ? m_context->directory() : nullptr;
        QStringList lines = clienttemplate::unknownRolesAndDivisions(source.client, directory);
        lines += source.notes;
        QPalette pal = m_notes->palette();
        pal.setColor(QPalette::WindowText, Theme::toneColor(Theme::Tone::Warning));
        m_notes->setPalette(pal);
        m_notes->setText(lines.join(u'\n'));
        m_notes->setVisible(!lines.isEmpty());
    };
    showNotes();
    if (m_context && m_context->directory()) {
        // The roles and divisions may still be on their way.
        connect(m_context->directory(), &DirectoryCache::changed, this, showNotes);
        m_context->directory()->load();
    }
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void ClientEditDialog::setExistingClients(const QHash<QString, QString> &namesById)
{
    m_form->setExistingClients(namesById);
}

QStringList ClientEditDialog::validationErrors() const
{
    return m_form->problems().values();
}

void ClientEditDialog::accept()
{
    if (isSaving())
        return;
    m_form->setServerErrors({});
    // A role and division picked but not added are meant to be added.
    m_form->commitPendingRole();
    m_form->validate(true);
    const QMap<ClientFormField, QString> p = m_form->problems();
    if (!p.isEmpty()) {
        showError(m_form->focusFirst(p.keys()));
        m_message->showMessage(Theme::Tone::Error, tr("Fix the fields marked below, then try again."));
        m_fixFieldsShown = true;
        return;
    }
    m_fixFieldsShown = false;
    m_message->hide();
    if (!m_context || !m_context->session() || !m_context->session()->isSignedIn()) {
        m_message->showMessage(Theme::Tone::Error, tr("You are not signed in. Sign in, then save again."));
        return;
    }
    if (isEditing())
        checkThenSave();
    else
        submitCreate();
}

void ClientEditDialog::reject()
{
    if (isSaving())
        return; // an answer is on its way; closing now could lose a new client's secret
    if (m_discardQuestion && m_discardQuestion->isVisible())
        return; // already asking
    if (!m_form->isModified()) {
        QDialog::reject();
        return;
    }
    // Edits are never dropped without asking.
    auto *box = new QMessageBox(
        QMessageBox::Question, isEditing() ? tr("Discard Your Changes?") : tr("Discard the New Client?"),
        isEditing() ? tr("You changed this client. Close without saving your changes?")
                    : tr("You entered details for a new client. Close without "
                         "creating it?"),
        QMessageBox::NoButton, this);
    box->setObjectName(u"discardQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_discardQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard)
            QDialog::reject();
    });
    box->open();
}

void ClientEditDialog::setBusy(bool busy, const QString &status)
{
    m_form->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_busyLabel->setText(busy ? status : QString());
}

void ClientEditDialog::submitCreate()
{
    setBusy(true, tr("Creating the client…"));
    m_operation = m_context->session()->clients()->create(m_form->values().createBody(), this,
                                                          [this](const Result<ClientWithSecret> &r) {
                                                              m_operation = nullptr;
                                                              setBusy(false);
                                                              if (!r) {
                                                                  onSaveFailed(r.error());
                                                                  return;
                                                              }
                                                              Q_EMIT created(r.value());
                                                              QDialog::accept();
                                                          });
}

void ClientEditDialog::checkThenSave()
{
    // Fetch first: if someone saved the client since the form opened, say so before overwriting.
    setBusy(true, tr("Checking whether the client changed meanwhile…"));
    m_operation =
        m_context->session()->clients()->get(m_original->id, this, [this](const Result<OAuthClient> &r) {
            m_operation = nullptr;
            setBusy(false);
            if (!r) {
                if (r.error().isNotFound()) {
                    m_message->showMessage(
                        Theme::Tone::Error,
                        tr("This client no longer exists: someone deleted it. Your edits were not "
                           "saved; copy anything you need, then close the dialog."));
                    m_save->setEnabled(false);
                    return;
                }
                onSaveFailed(r.error());
                return;
            }
            const OAuthClient &latest = r.value();
            const bool changed = latest.dateModified.isValid() || m_original->dateModified.isValid()
                                     ? latest.dateModified != m_original->dateModified
                                     : latest.json != m_original->json;
            if (changed) {
                showConflict(latest);
                return;
            }
            save(latest);
        });
}

void ClientEditDialog::save(const OAuthClient &base)
{
    const QJsonObject e = m_form->values().editsOf(*m_original);
    if (e.isEmpty()) {
        // Nothing to send: the form matches the client.
        Q_EMIT saved(base);
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving…"));
    m_operation =
        m_context->session()->clients()->update(base, e, this, [this](const Result<OAuthClient> &r) {
            m_operation = nullptr;
            setBusy(false);
            if (!r) {
                onSaveFailed(r.error());
                return;
            }
            Q_EMIT saved(r.value());
            QDialog::accept();
        });
}

void ClientEditDialog::showConflict(const OAuthClient &latest)
{
    m_conflict->showConflict(*m_original, latest);
    m_form->setEnabled(false);
    m_save->setEnabled(false);
}

void ClientEditDialog::hideConflict()
{
    m_conflict->dismiss();
    m_form->setEnabled(true);
    m_save->setEnabled(true);
}

void ClientEditDialog::onSaveFailed(const ApiError &error)
{
    // Everything typed stays. The fields the server blamed get its message.
    const QString detail = error.message.isEmpty() ? error.userMessage() : error.message;
    QMap<ClientFormField, QString> blamed;
    for (const QString &name : error.fieldNames()) {
        if (const std::optional<ClientFormField> field = ClientFormValidator::fieldOfServerName(name))
            blamed.insert(*field, detail);
    }
    m_form->setServerErrors(blamed);
    const QString what = isEditing() ? tr("The client was not saved.") : tr("The client was not created.");
    if (error.outcomeUnknown)
        m_message->showError(error, tr("The answer was lost; the change may or may not have been applied."));
    else
        m_message->showError(error, what + u' ' + tr("Your input is kept: fix it and try again."));
    showError(m_form->focusFirst(blamed.keys()));
}

void ClientEditDialog::showError(QWidget *errorLabel)
{
    // After the focused field was scrolled into view (focusChanged above), and once the error
    // text is laid out: the field's error may lie below a tall field (the scope list).
    QTimer::singleShot(0, this, [this, label = QPointer<QWidget>(errorLabel)] {
        if (label && label->isVisible())
            m_scroll->ensureWidgetVisible(label, 8, 8);
    });
}
