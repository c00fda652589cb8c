// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages.h"

#include "ui/clientspage.h"
#include "ui/mainwindow.h"
#include "ui/placeholderpage.h"
#include "ui/theme.h"

#include <QCoreApplication>

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
    window->addPage(
        MainWindow::AuthorizationsKey,
        new PlaceholderPage(Tr::tr("Authorizations"),
                            Tr::tr("The clients that users of this org have authorized, requested or "
                                   "revoked, with their scopes and roles, will be listed here."),
                            window),
        Tr::tr("Authorizations"), Theme::icon(u"authorizations"_s), QKeySequence(Qt::CTRL | Qt::Key_2));
    window->addPage(
        MainWindow::ScopesKey,
        new PlaceholderPage(Tr::tr("Scopes"),
                            Tr::tr("The platform's OAuth scope catalogue, searchable, with each scope's "
                                   "description and the clients that use it, will be shown here."),
                            window),
        Tr::tr("Scopes"), Theme::icon(u"scopes"_s), QKeySequence(Qt::CTRL | Qt::Key_3));
    window->addPage(
        MainWindow::UsageKey,
        new PlaceholderPage(Tr::tr("Usage"),
                            Tr::tr("API usage per client over time, by endpoint, method and status, as "
                                   "charts and tables, will be shown here."),
                            window),
        Tr::tr("Usage"), Theme::icon(u"usage"_s), QKeySequence(Qt::CTRL | Qt::Key_4));
    window->showPage(MainWindow::ClientsKey);
}
