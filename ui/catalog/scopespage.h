// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/listpage.h"

#include <QPointer>
#include <QTimer>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
class ClientsController;
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
class ScopesPage final : public ListPage
{
    Q_OBJECT
public:
    // `clients` gives the org's clients for the counts and the lists (not owned; may be nullptr).
    explicit ScopesPage(ClientsController *clients, QWidget *parent = nullptr);
    ~ScopesPage() override;

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    void setCurrent(bool current) override;
    [[nodiscard]] QString menuTitle() const override { return tr("Sc&ope"); }

    [[nodiscard]] ScopeFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] ScopeDetailsView *details() const { return m_details; }
    [[nodiscard]] QString currentScopeId() const { return m_currentId; }
    // Selects the scope (clearing filters that hide it). False if the catalogue lacks it.
    bool selectScope(const QString &scopeId);

    [[nodiscard]] QAction *copyIdAction() const { return m_copyId; }

protected:
    [[nodiscard]] LoadState loadState() const override;
    void retranslate() override;
    void updateActions() override;

private:
    void configureHeader();
    void onCurrentChanged();
    void fetchDetails();
    void refreshUsage();
    void refreshClientList();
    [[nodiscard]] ScopeCatalog *catalog() const;

    QPointer<ClientsController> m_clients;
    ScopeFilterProxyModel *m_proxy;
    ScopeListModel *m_placeholder = nullptr;
    QPointer<Operation> m_detailsOp;

    SearchableTable *m_list;
    QCheckBox *m_usedOnly;
    ScopeDetailsView *m_details;
    QTimer m_detailsDebounce;
    QTimer m_usageDebounce;

    QAction *m_copyId = nullptr;
    QString m_currentId;
};
