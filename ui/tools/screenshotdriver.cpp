// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/screenshotdriver.h"

#include "app/controllers/authorizationscontroller.h"
#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "models/itemmodels/authorizationlistmodel.h"
#include "models/itemmodels/clientfilterproxymodel.h"
#include "models/itemmodels/clientlistmodel.h"
#include "models/itemmodels/scopelistmodel.h"
#include "ui/catalog/authorizationspage.h"
#include "ui/catalog/scopedetailsview.h"
#include "ui/catalog/scopespage.h"
#include "ui/clients/clientdetailsview.h"
#include "ui/clients/clienteditdialog.h"
#include "ui/clients/clientspage.h"
#include "ui/clients/roledivisionpicker.h"
#include "ui/clients/scopepicker.h"
#include "ui/clients/usagesummarylabel.h"
#include "ui/insights/insightspage.h"
#include "ui/insights/insightsstatedialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/usage/usagepage.h"
#include "ui/widgets/secretdialog.h"
#include "ui/widgets/secretview.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {
// Closes a New/Edit Client dialog without its "Discard your changes?" question.
void dismissEdits(QWidget *dialog)
{
    if (auto *d = qobject_cast<QDialog *>(dialog))
        d->done(QDialog::Rejected);
    else if (dialog)
        dialog->close();
}

constexpr int PollMs = 100;
constexpr int MaxPolls = 150; // 15 s per step

// The demo client whose details make the best picture: the first client-credentials client with
// roles, else the first one.
QString pickClient(ClientsPage *page, GrantType grant)
{
    const ClientListModel *m = page->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const OAuthClient &c = m->clientAt(r);
        // Not the clients the app itself signs in with: deleting those is not a good example.
        if (c.grant() == grant && c.clientState() == ClientState::Active &&
            !c.name.startsWith("OAuth Desk"_L1) && (!c.roleDivisions.isEmpty() || c.scope.size() >= 3))
            return c.id;
    }
    return m->rowCount() > 0 ? m->clientAt(0).id : QString();
}

// A client with plenty of traffic on several endpoints, for the Usage page.
QString pickUsageClient(ClientsPage *page)
{
    const ClientListModel *m = page->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->clientAt(r).name == "Salesforce CTI connector"_L1)
            return m->clientAt(r).id;
    }
    return pickClient(page, GrantType::ClientCredentials);
}

bool usageDone(QWidget *dialog)
{
    auto *u = dialog ? dialog->findChild<UsageSummaryLabel *>() : nullptr;
    return u && u->isDone();
}
} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(directory)
{
    m_dir.mkpath(u"."_s);
}

ScreenshotDriver::~ScreenshotDriver() = default;

void ScreenshotDriver::start()
{
    // The documented size: at least 1280x800, in logical pixels.
    m_window->resize(1360, 860);
    build();
    m_index = -1;
    QTimer::singleShot(300, this, &ScreenshotDriver::runStep);
}

void ScreenshotDriver::build()
{
    ClientsPage *page = m_window->clientsPage();
    SessionContext *ctx = m_window->sessionContext();
    auto caches = [ctx] {
        return ctx && ctx->directory()->rolesLoaded() && ctx->directory()->divisionsLoaded() &&
               ctx->scopes()->isLoaded();
    };

    m_steps.append({u"main-window"_s,
                    [page, ctx] {
                        ctx->directory()->load();
                        ctx->scopes()->load();
                        page->selectClient(pickClient(page, GrantType::ClientCredentials));
                        page->view()->setFocus();
                    },
                    caches,
                    [this] { return static_cast<QWidget *>(m_window.data()); },
                    {}});
    m_steps.append({u"main-window-search"_s,
                    [page] {
                        auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
                        search->setText(u"export"_s);
                        search->setFocus();
                    },
                    [page] { return page->proxy()->filterText() == "export"_L1; },
                    [this] { return static_cast<QWidget *>(m_window.data()); },
                    [page] { page->findChild<QLineEdit *>(u"searchField"_s)->clear(); }});
    m_steps.append({u"details-pane"_s,
                    [page] { page->selectClient(pickClient(page, GrantType::Code)); },
                    [caches, page] { return caches() && page->proxy()->filterText().isEmpty(); },
                    [page] { return static_cast<QWidget *>(page->details()); },
                    {}});
    m_steps.append({u"create-dialog"_s,
                    [this, page] {
                        m_dialog = page->openCreateDialog();
                        auto *d = m_dialog.data();
                        d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Partner portal (Sales IT)"_s);
                        d->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)
                            ->setPlainText(u"Customer self-service portal; owner: sales-it@example.com"_s);
                        auto *uri = d->findChild<QLineEdit *>(u"redirectEdit"_s);
                        uri->setText(u"https://portal.example.com/oauth/callback"_s);
                        d->findChild<QPushButton *>(u"addRedirectButton"_s)->click();
                        d->findChild<QSpinBox *>(u"lifetimeSpin"_s)->setValue(28800);
                    },
                    [this, ctx] {
                        if (!m_dialog || !ctx->scopes()->isLoaded())
                            return false;
                        auto *picker = m_dialog->findChild<ScopePicker *>();
                        if (picker->selected().isEmpty() && ctx->scopes()->scopes().size() > 4) {
                            const auto &all = ctx->scopes()->scopes();
                            picker->setSelected({all.at(0).id, all.at(2).id, all.at(4).id});
                        }
                        return true;
                    },
                    [this] { return m_dialog.data(); }, [this] { dismissEdits(m_dialog); }});
    m_steps.append(
        {u"create-dialog-client-credentials"_s,
         [this, page] {
             m_dialog = page->openCreateDialog();
             auto *d = m_dialog.data();
             d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Nightly billing export"_s);
             auto *grant = d->findChild<QComboBox *>(u"grantCombo"_s);
             grant->setCurrentIndex(grant->findData(u"CLIENT-CREDENTIALS"_s));
             // A mistake the form catches before anything is sent.
             d->findChild<QSpinBox *>(u"lifetimeSpin"_s)->setValue(3600);
         },
         [this, ctx] {
             if (!m_dialog || !ctx->directory()->rolesLoaded() || !ctx->directory()->divisionsLoaded())
                 return false;
             auto *picker = m_dialog->findChild<RoleDivisionPicker *>();
             if (picker->pairs().isEmpty() && !ctx->directory()->roles().isEmpty()) {
                 picker->roleBox()->setCurrentIndex(0);
                 picker->addButton()->click();
                 picker->roleBox()->setCurrentIndex(std::min<int>(2, picker->roleBox()->count() - 1));
                 picker->divisionBox()->setCurrentIndex(0);
                 picker->addButton()->click();
             }
             return true;
         },
         [this] { return m_dialog.data(); }, [this] { dismissEdits(m_dialog); }});
    m_steps.append({u"create-dialog-validation"_s,
                    [this, page] {
                        m_dialog = page->openCreateDialog();
                        auto *d = m_dialog.data();
                        auto *grant = d->findChild<QComboBox *>(u"grantCombo"_s);
                        grant->setCurrentIndex(grant->findData(u"TOKEN"_s));
                        d->findChild<QLineEdit *>(u"redirectEdit"_s)
                            ->setText(u"https://intranet.example.com/cb#token"_s);
                        d->findChild<QPushButton *>(u"addRedirectButton"_s)->click();
                        d->findChild<QPushButton *>(u"saveButton"_s)->click();
                    },
                    [this] { return !m_dialog.isNull(); }, [this] { return m_dialog.data(); },
                    [this] {
                        m_dialog->findChild<QLineEdit *>(u"redirectEdit"_s)->clear();
                        dismissEdits(m_dialog);
                    }});
    m_steps.append({u"edit-dialog"_s,
                    [this, page] {
                        page->selectClient(pickClient(page, GrantType::Code));
                        m_dialog = page->openEditDialog();
                    },
                    [this, caches] { return m_dialog && caches(); }, [this] { return m_dialog.data(); },
                    [this] { dismissEdits(m_dialog); }});
    m_steps.append({u"delete-dialog"_s,
                    [this, page] {
                        page->selectClient(pickClient(page, GrantType::ClientCredentials));
                        m_dialog = page->openDeleteDialog();
                    },
                    [this] { return usageDone(m_dialog); }, [this] { return m_dialog.data(); },
                    [this] { m_dialog->close(); }});
    // Deleting the client this session signs in with: the warning about the session (issue 15).
    m_steps.append({u"self-client-warning"_s,
                    [this, page] {
                        const Session *session = m_window->session();
                        if (session && page->selectClient(signedInClientId(session)))
                            m_dialog = page->openDeleteDialog();
                    },
                    [this] { return usageDone(m_dialog); }, [this] { return m_dialog.data(); },
                    [this] { m_dialog->close(); }});
    m_steps.append({u"regenerate-dialog"_s,
                    [this, page] {
                        m_dialog = page->openRegenerateDialog();
                        const QString name = page->currentClient()->name;
                        m_dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s)->setText(name);
                    },
                    [this] { return usageDone(m_dialog); }, [this] { return m_dialog.data(); },
                    [this] { m_dialog->close(); }});
    // A real create on the demo org, for the one-time secret.
    m_steps.append({u"secret-dialog"_s,
                    [this, page] {
                        m_dialog = page->openCreateDialog();
                        auto *d = m_dialog.data();
                        d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Reporting robot"_s);
                        auto *grant = d->findChild<QComboBox *>(u"grantCombo"_s);
                        grant->setCurrentIndex(grant->findData(u"CLIENT-CREDENTIALS"_s));
                    },
                    [this, ctx] {
                        if (m_dialog && m_dialog->objectName() == "clientEditDialog"_L1) {
                            if (!ctx->directory()->rolesLoaded())
                                return false;
                            auto *picker = m_dialog->findChild<RoleDivisionPicker *>();
                            if (picker->pairs().isEmpty()) {
                                // The picker starts empty: pick a role first.
                                QComboBox *role = picker->roleBox();
                                role->setCurrentIndex(std::max(0, role->findText(u"employee"_s)));
                                picker->addButton()->click();
                                m_dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
                            }
                            return false;
                        }
                        auto *secret = qobject_cast<SecretDialog *>(QApplication::activeModalWidget());
                        if (!secret) {
                            for (QWidget *w : QApplication::topLevelWidgets()) {
                                if (auto *s = qobject_cast<SecretDialog *>(w); s && s->isVisible())
                                    secret = s;
                            }
                        }
                        if (!secret)
                            return false;
                        // Left masked, as the dialog opens: a secret has no place in documentation.
                        m_dialog = secret;
                        return true;
                    },
                    [this] { return m_dialog.data(); },
                    [this] {
                        // Copy first, so closing does not ask again.
                        if (auto *s = qobject_cast<SecretDialog *>(m_dialog.data()); s && s->secretView())
                            s->secretView()->copyButton()->click();
                        m_dialog->close();
                    }});
    // The Usage page: a busy client's last 30 days, from the Clients page's selection.
    m_steps.append({u"usage-page"_s,
                    [this, page] {
                        page->selectClient(pickUsageClient(page));
                        m_window->showPage(MainWindow::UsageKey);
                    },
                    [this] {
                        auto *usage = qobject_cast<UsagePage *>(m_window->page(MainWindow::UsageKey));
                        return usage && usage->isShowingResults();
                    },
                    [this] { return static_cast<QWidget *>(m_window.data()); },
                    [this] { m_window->showPage(MainWindow::ClientsKey); }});
    // The Insights page: the unused clients of the last 30 days, the checks, and the
    // confirmation of deactivating a client that went quiet.
    auto insights = [this] { return qobject_cast<InsightsPage *>(m_window->page(MainWindow::InsightsKey)); };
    auto clientIdNamed = [page](const QString &name) {
        const ClientListModel *m = page->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->clientAt(r).name == name)
                return m->clientAt(r).id;
        }
        return QString();
    };
    m_steps.append({u"insights-page"_s,
                    [this, insights] {
                        m_window->showPage(MainWindow::InsightsKey);
                        if (InsightsPage *p = insights())
                            p->setWindowDays(30);
                    },
                    [insights] { return insights() && insights()->isShowingResults(); },
                    [this] { return static_cast<QWidget *>(m_window.data()); },
                    {}});
    m_steps.append({u"insights-checks"_s,
                    [insights] {
                        if (InsightsPage *p = insights())
                            p->tabs()->setCurrentIndex(InsightsPage::ChecksTab);
                    },
                    [] { return true; }, [this] { return static_cast<QWidget *>(m_window.data()); },
                    [insights] {
                        if (InsightsPage *p = insights())
                            p->tabs()->setCurrentIndex(InsightsPage::UnusedTab);
                    }});
    m_steps.append(
        {u"insights-deactivate"_s,
         [insights, clientIdNamed] {
             InsightsPage *p = insights();
             if (p && p->selectClient(InsightsPage::UnusedTab, clientIdNamed(u"Holiday campaign uploader"_s)))
                 p->deactivateAction()->trigger();
         },
         [this] {
             for (auto *d : m_window->findChildren<InsightsStateDialog *>()) {
                 if (d->isVisible())
                     m_dialog = d;
             }
             return !m_dialog.isNull();
         },
         [this] { return m_dialog.data(); },
         [this] {
             m_dialog->close();
             m_window->showPage(MainWindow::ClientsKey);
         }});
    // The Authorizations page with a pending request selected and its details loaded, and the
    // Scopes page with a scope, its description and the clients that have it.
    auto authorizations = [this] {
        return qobject_cast<AuthorizationsPage *>(m_window->page(MainWindow::AuthorizationsKey));
    };
    m_steps.append({u"authorizations-page"_s,
                    [this] { m_window->showPage(MainWindow::AuthorizationsKey); },
                    [authorizations] {
                        AuthorizationsPage *p = authorizations();
                        if (!p || !p->controller()->hasLoaded())
                            return false;
                        const int row = p->model()->rowOf(p->currentClientId());
                        const bool wanted = row >= 0 && p->model()->authorizationAt(row).client.name ==
                                                            "Partner portal (multi-tenant)"_L1;
                        if (!wanted) {
                            for (int r = 0; r < p->model()->rowCount(); ++r) {
                                if (p->model()->authorizationAt(r).client.name ==
                                    "Partner portal (multi-tenant)"_L1)
                                    p->selectAuthorization(p->model()->authorizationAt(r).client.id);
                            }
                            return false;
                        }
                        return !p->controller()->isLoadingDetails() &&
                               p->controller()->detailsClientId() == p->currentClientId();
                    },
                    [this] { return static_cast<QWidget *>(m_window.data()); },
                    {}});
    auto scopesPage = [this] { return qobject_cast<ScopesPage *>(m_window->page(MainWindow::ScopesKey)); };
    m_steps.append({u"scopes-page"_s, [this] { m_window->showPage(MainWindow::ScopesKey); },
                    [scopesPage, ctx] {
                        ScopesPage *p = scopesPage();
                        if (!p || !ctx->scopes()->isLoaded() || !ctx->scopes()->model()->hasClientUsage())
                            return false;
                        if (p->currentScopeId() != "analytics:readonly"_L1) {
                            p->selectScope(u"analytics:readonly"_s);
                            return false;
                        }
                        return p->details()->clientList()->count() > 0;
                    },
                    [this] { return static_cast<QWidget *>(m_window.data()); },
                    [this] { m_window->showPage(MainWindow::ClientsKey); }});
    m_steps.append({u"main-window-dark"_s,
                    [page] {
                        Theme::apply(Theme::Mode::Dark);
                        page->selectClient(pickClient(page, GrantType::ClientCredentials));
                    },
                    [] { return true; }, [this] { return static_cast<QWidget *>(m_window.data()); },
                    [] { Theme::apply(Theme::Mode::Light); }});
}

void ScreenshotDriver::runStep()
{
    ++m_index;
    if (m_index >= m_steps.size()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const Step &step = m_steps.at(m_index);
    if (step.prepare)
        step.prepare();
    m_polls = 0;
    QTimer::singleShot(PollMs, this, &ScreenshotDriver::poll);
}

void ScreenshotDriver::poll()
{
    const Step &step = m_steps.at(m_index);
    if (!step.ready || step.ready()) {
        // Let layouts and pending paints settle before grabbing.
        QTimer::singleShot(400, this, [this] {
            const Step &s = m_steps.at(m_index);
            if (QWidget *w = s.target ? s.target() : nullptr)
                grab(w, s.name);
            if (s.cleanup)
                s.cleanup();
            QTimer::singleShot(200, this, &ScreenshotDriver::runStep);
        });
        return;
    }
    if (++m_polls > MaxPolls) {
        qWarning("screenshot step %s did not get ready; skipped", qPrintable(step.name));
        m_ok = false;
        if (step.cleanup && m_dialog)
            step.cleanup();
        QTimer::singleShot(200, this, &ScreenshotDriver::runStep);
        return;
    }
    QTimer::singleShot(PollMs, this, &ScreenshotDriver::poll);
}

void ScreenshotDriver::grab(QWidget *widget, const QString &name)
{
    const QString path = m_dir.filePath(name + u".png"_s);
    const QPixmap pm = widget->grab();
    if (!pm.save(path, "PNG")) {
        qWarning("could not write %s", qPrintable(path));
        m_ok = false;
        return;
    }
    std::printf("screenshot: %s (%dx%d)\n", qPrintable(path), pm.width(), pm.height());
    std::fflush(stdout);
}
