// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "ui/shell/pagewidget.h"

#include <QPointer>
#include <QTimer>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableView)
class ClientsController;
class MessageBar;
class Operation;
class ScopeCatalog;
class ScopeDetailsView;
class ScopeFilterProxyModel;
class ScopeListModel;

// The Scopes page: the platform's OAuth scope catalogue with descriptions (in the UI language),
// searchable, with how many of this org's clients use each scope; the selected scope's details
// (GET /oauth/scopes/{id}) and the clients that have it, from which Enter jumps to the client on
// the Clients page (showClientRequested). It shows the session's shared ScopeCatalog model, the
// same the client editor's scope picker shows: the catalogue is fetched once.
class SearchNavigation;
class SignedOutPanel;

class ScopesPage final : public PageWidget
{
    Q_OBJECT
public:
    // `clients` gives the org's clients for the counts and the lists (not owned; may be nullptr).
    explicit ScopesPage(ClientsController *clients, QWidget *parent = nullptr);
    ~ScopesPage() override;

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void focusSearch() override;
    [[nodiscard]] QList<QAction *> toolBarActions() const override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString statusText() const override;
    [[nodiscard]] QString menuTitle() const override { return tr("Sc&ope"); }

    [[nodiscard]] ScopeFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ScopeDetailsView *details() const { return m_details; }
    [[nodiscard]] QString currentScopeId() const { return m_currentId; }
    // Selects the scope (clearing filters that hide it). False if the catalogue lacks it.
    bool selectScope(const QString &scopeId);

    [[nodiscard]] QAction *copyIdAction() const { return m_copyId; }

    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    void showClientRequested(const QString &clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void configureHeader();
    void updateState();
    void updateCount();
    void updateActions();
    void onCurrentChanged();
    void fetchDetails();
    void refreshUsage();
    void refreshClientList();
    void applyFilter();
    [[nodiscard]] bool signedIn() const;
    [[nodiscard]] ScopeCatalog *catalog() const;

    QPointer<SessionContext> m_context;
    QList<QMetaObject::Connection> m_sessionConnections;
    QPointer<ClientsController> m_clients;
    ScopeFilterProxyModel *m_proxy;
    ScopeListModel *m_placeholder = nullptr;
    QPointer<Operation> m_detailsOp;

    MessageBar *m_message;
    QStackedWidget *m_stack;
    SignedOutPanel *m_signedOutPanel;
    QLabel *m_loadingLabel;
    QWidget *m_content;
    QLineEdit *m_search;
    QCheckBox *m_usedOnly;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_view;
    ScopeDetailsView *m_details;
    SearchNavigation *m_searchNavigation = nullptr;
    QTimer m_detailsDebounce;
    QTimer m_usageDebounce;

    QAction *m_copyId = nullptr;
    QString m_currentId;
    bool m_current = false;
};
