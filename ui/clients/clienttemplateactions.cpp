// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clienttemplateactions.h"

#include "ui/clients/clienttemplate.h"
#include "ui/widgets/lastfolder.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

ClientTemplateActions::ClientTemplateActions(CurrentClient current, OpenCreate openCreate, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_current(std::move(current))
    , m_openCreate(std::move(openCreate))
    , m_duplicate(new QAction(Theme::icon(u"copy"_s, u"edit-copy"_s), QString(), parent))
    , m_import(new QAction(Theme::icon(u"add"_s, u"document-import"_s), QString(), parent))
{
    m_duplicate->setObjectName(u"duplicateClientAction"_s);
    m_import->setObjectName(u"importClientAction"_s);
    connect(m_duplicate, &QAction::triggered, this, [this] { duplicateCurrent(); });
    connect(m_import, &QAction::triggered, this, [this] { openImportDialog(); });
    retranslate();
    update(false, false);
}

void ClientTemplateActions::retranslate()
{
    m_duplicate->setText(tr("D&uplicate…"));
    m_duplicate->setToolTip(tr("A new client with this client's configuration"));
    m_import->setText(tr("&Import from JSON…"));
    m_import->setToolTip(
        tr("A new client from a file that Export Configuration or “clients get --json” wrote"));
}

void ClientTemplateActions::update(bool canCreate, bool hasClient)
{
    m_duplicate->setEnabled(canCreate && hasClient);
    m_import->setEnabled(canCreate);
}

QWidget *ClientTemplateActions::duplicateCurrent()
{
    const std::optional<OAuthClient> client = m_current ? m_current() : std::nullopt;
    if (!client || !m_duplicate->isEnabled())
        return nullptr;
    return m_openCreate(clienttemplate::duplicateOf(*client));
}

QWidget *ClientTemplateActions::importFile(const QString &path)
{
    if (!m_import->isEnabled())
        return nullptr;
    LastFolder::remember(path);
    auto result = clienttemplate::readFile(path);
    if (const QString *error = std::get_if<QString>(&result)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Failed"), *error, QMessageBox::Close,
                                    m_parent->window());
        box->setObjectName(u"importFailedMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    return m_openCreate(std::get<ClientTemplate>(result));
}

QWidget *ClientTemplateActions::openImportDialog()
{
    if (!m_import->isEnabled())
        return nullptr;
    auto *dlg = new QFileDialog(m_parent->window(), tr("Import a Client from JSON"), LastFolder::folder(),
                                tr("JSON files (*.json);;All files (*)"));
    dlg->setObjectName(u"importFileDialog"_s);
    dlg->setAcceptMode(QFileDialog::AcceptOpen);
    dlg->setFileMode(QFileDialog::ExistingFile);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) { importFile(path); });
    dlg->open();
    return dlg;
}
