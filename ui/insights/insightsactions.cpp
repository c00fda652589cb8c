// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights page's actions: deactivate or restore, the exports, and the toolbar actions that
// start them (kept apart from insightspage.cpp, which builds the page and follows the sweep).
#include "ui/insights/insightspage.h"

#include "app/controllers/insightscontroller.h"
#include "app/controllers/sessioncontext.h"
#include "models/itemmodels/insightsmodels.h"
#include "models/json/insightsexport.h"
#include "ui/clients/clientexport.h"
#include "ui/insights/insightsstatedialog.h"
#include "ui/insights/toneicondelegate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString ExportDirKey = u"insights/exportDirectory"_s;
} // namespace

void InsightsPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &themeIcon, const QString &name,
                       const QKeySequence &key) {
        auto *a = new QAction(Theme::icon(icon, themeIcon), QString(), this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WindowShortcut);
        }
        addAction(a); // the shortcut works while the page is shown, toolbar or not
        return a;
    };
    m_cancel = make(u"close"_s, u"process-stop"_s, u"cancelInsightsAction"_s, QKeySequence(Qt::Key_Escape));
    m_deactivate =
        make(u"deactivate"_s, QString(), u"deactivateClientAction"_s, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_exportCsv = make(u"export"_s, u"document-export"_s, u"exportInsightsCsvAction"_s,
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportConfig = make(u"export"_s, u"document-export"_s, u"exportInsightsConfigurationAction"_s, {});
    m_showClient =
        make(u"clients"_s, QString(), u"insightsShowClientAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));

    connect(m_cancel, &QAction::triggered, m_controller, &InsightsController::cancel);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &InsightsController::cancel);
    connect(m_deactivate, &QAction::triggered, this, &InsightsPage::openStateDialog);
    connect(m_deactivateButton, &QPushButton::clicked, m_deactivate, &QAction::trigger);
    connect(m_findingDeactivate, &QPushButton::clicked, m_deactivate, &QAction::trigger);
    connect(m_exportConfig, &QAction::triggered, this, &InsightsPage::exportConfiguration);
    connect(m_activityExportConfig, &QPushButton::clicked, m_exportConfig, &QAction::trigger);
    connect(m_findingsExportConfig, &QPushButton::clicked, m_exportConfig, &QAction::trigger);
    connect(m_showClient, &QAction::triggered, this, [this] {
        const QString id = currentClientId();
        if (!id.isEmpty())
            Q_EMIT showClientRequested(id);
    });
    connect(m_activityShowClient, &QPushButton::clicked, m_showClient, &QAction::trigger);
    connect(m_findingsShowClient, &QPushButton::clicked, m_showClient, &QAction::trigger);
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const Tab tab = currentTab();
        const QString name = tab == UnusedTab
                                 ? insightsexport::activityFileName(m_controller->activity().window)
                                 : insightsexport::findingsFileName(m_controller->checkContext().now);
        chooseFile(tab == UnusedTab ? tr("Export Unused Clients as CSV")
                                    : tr("Export Configuration Checks as CSV"),
                   name, [this, tab](const QString &path) {
                       QString error;
                       if (exportCsv(tab, path, &error))
                           m_message->showMessage(Theme::Tone::Success,
                                                  tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                       else
                           m_message->showWarning(
                               tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
                   });
    });
    connect(m_activityCsvButton, &QPushButton::clicked, m_exportCsv, &QAction::trigger);
    connect(m_findingsCsvButton, &QPushButton::clicked, m_exportCsv, &QAction::trigger);
}

void InsightsPage::openStateDialog()
{
    const QString id = currentClientId();
    const std::optional<OAuthClient> client = id.isEmpty() ? std::nullopt : m_controller->client(id);
    if (!client || !m_deactivate->isEnabled())
        return;
    const bool restore = client->clientState() == ClientState::Inactive;
    ClientActivity activity;
    if (const ClientActivity *a = m_activityModel->report().find(id))
        activity = *a;
    activity.client = *client;
    auto *dialog = new InsightsStateDialog(m_controller, activity, m_activityModel->report().window,
                                           restore ? InsightsStateDialog::Mode::Restore
                                                   : InsightsStateDialog::Mode::Deactivate,
                                           m_context ? m_context->organizationName() : QString(), this);
    connect(dialog, &InsightsStateDialog::exportRequested, this,
            [this](const OAuthClient &c) { exportClientConfiguration(c, this); });
    connect(dialog, &InsightsStateDialog::changed, this, [this](const OAuthClient &c) {
        const QString name = c.name.isEmpty() ? c.id : c.name;
        if (c.clientState() == ClientState::Inactive) {
            const QString when = c.dateToDelete.isValid()
                                     ? QLocale().toString(c.dateToDelete.toLocalTime(), QLocale::LongFormat)
                                     : QString();
            m_message->setAction(QString());
            m_message->showMessage(
                Theme::Tone::Success,
                when.isEmpty() ? tr("“%1” is inactive. Restore it here while it is listed.").arg(name)
                               : tr("“%1” is inactive. The platform deletes it on %2; until then, Restore "
                                    "sets it active again.")
                                     .arg(name, when));
        } else {
            m_message->setAction(QString());
            m_message->showMessage(Theme::Tone::Success, tr("“%1” is active again.").arg(name));
        }
        selectClient(currentTab(), c.id);
        updateActions();
    });
    dialog->open();
}

void InsightsPage::exportConfiguration()
{
    const QString id = currentClientId();
    if (const std::optional<OAuthClient> c = id.isEmpty() ? std::nullopt : m_controller->client(id))
        exportClientConfiguration(*c, this);
}

bool InsightsPage::exportCsv(Tab tab, const QString &path, QString *error)
{
    if (tab == UnusedTab && !m_activityModel->hasReport()) {
        if (error)
            *error = tr("There is no usage to export yet.");
        return false;
    }
    if (tab == ChecksTab && !m_controller->hasChecks()) {
        if (error)
            *error = tr("The checks have not run yet.");
        return false;
    }
    // The whole list in its fixed order, whatever the view's sort and filter.
    const QByteArray bytes = tab == UnusedTab ? insightsexport::activityCsv(m_activityModel->report())
                                              : insightsexport::findingsCsv(m_findingsModel->findings());
    return insightsviews::writeFile(path, bytes, error);
}

void InsightsPage::chooseFile(const QString &title, const QString &fileName,
                              std::function<void(const QString &)> save)
{
    QSettings settings;
    QString dir = settings.value(ExportDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, title, dir, tr("CSV files (*.csv)"));
    dialog->setObjectName(u"insightsExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(fileName);
    connect(dialog, &QFileDialog::fileSelected, this, [save = std::move(save)](const QString &path) {
        QSettings().setValue(ExportDirKey, QFileInfo(path).absolutePath());
        save(path);
    });
    dialog->open();
}
