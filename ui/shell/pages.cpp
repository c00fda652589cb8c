// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/pages.h"

#include "app/controllers/insightscontroller.h"
#include "ui/bulk/bulkactions.h"
#include "ui/catalog/authorizationspage.h"
#include "ui/catalog/scopespage.h"
#include "ui/clients/clientspage.h"
#include "ui/clients/clientusageui.h"
#include "ui/insights/insightspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/usage/usagepage.h"
#include "ui/widgets/theme.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};
} // namespace

void registerStandardPages(MainWindow *window)
{
    window->addPage(MainWindow::ClientsKey, new ClientsPage(window), Tr::tr("Clients"),
                    Theme::icon(u"clients"_s), QKeySequence(Qt::CTRL | Qt::Key_1));
    ClientsPage *clientsPage = window->clientsPage();
    QObject::connect(clientsPage, &ClientsPage::signedInClientDeleted, window, &MainWindow::signOutRequested);
    // Authorizations, Scopes and Insights jump to a client on the Clients page.
    const QPointer<MainWindow> w = window;
    const auto showClient = [w](const QString &clientId) {
        if (!w || !w->clientsPage())
            return;
        w->showPage(MainWindow::ClientsKey);
        if (w->clientsPage()->selectClient(clientId))
            w->clientsPage()->view()->setFocus(Qt::OtherFocusReason);
    };
    {
        // Authorizations and Scopes know the org's clients through the Clients page's list.
        auto *authorizations = new AuthorizationsPage(clientsPage->controller(), window);
        QObject::connect(authorizations, &ListPage::showClientRequested, window, showClient);
        window->addPage(MainWindow::AuthorizationsKey, authorizations, Tr::tr("Authorizations"),
                        Theme::icon(u"authorizations"_s), QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *scopes = new ScopesPage(clientsPage->controller(), window);
        QObject::connect(scopes, &ListPage::showClientRequested, window, showClient);
        window->addPage(MainWindow::ScopesKey, scopes, Tr::tr("Scopes"), Theme::icon(u"scopes"_s),
                        QKeySequence(Qt::CTRL | Qt::Key_3));
    }
    {
        // The Usage page picks from the Clients page's list and can start from its selection.
        auto *usage = new UsagePage(window);
        const QPointer<ClientsPage> clients = clientsPage;
        usage->setClientModel(clients->model());
        usage->setSelectionSource([clients] {
            const std::optional<OAuthClient> c = clients ? clients->currentClient() : std::nullopt;
            return c ? c->id : QString();
        });
        window->addPage(MainWindow::UsageKey, usage, Tr::tr("Usage"), Theme::icon(u"usage"_s),
                        QKeySequence(Qt::CTRL | Qt::Key_4));
    }
    auto *insights = new InsightsPage(window);
    QObject::connect(insights, &ListPage::showClientRequested, window, showClient);
    // The Clients page's usage columns come from the Insights sweep: one query, shared; its bulk
    // confirmation names recent traffic from the same data.
    clientsPage->usage()->setSource(insights->controller());
    clientsPage->bulk()->setUsage(insights->controller());
    window->addPage(MainWindow::InsightsKey, insights, Tr::tr("Insights"), Theme::icon(u"insights"_s),
                    QKeySequence(Qt::CTRL | Qt::Key_5));
    window->showPage(MainWindow::ClientsKey);
}
