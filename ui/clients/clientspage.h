// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/apierror.h"
#include "models/domain/oauthclient.h"
#include "ui/widgets/listpage.h"

#include <QHash>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QComboBox)
class BulkActions;
class BulkSelectionPane;
class ClientDetailsView;
class ClientTemplateActions;
class ClientUsageUi;
struct ClientTemplate;
class ClientsRotationUi;
class ClientFilterProxyModel;
class ClientListModel;
class ClientsController;
struct ClientWithSecret;

// The Clients page: the searchable, sortable list of the org's OAuth clients, the details of the
// selected one, and the actions on it (new, edit, delete, regenerate secret, copy id, export).
// Errors show in a message bar on the page; a 403 disables the action it refused and names the
// missing permission.
class ClientsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit ClientsPage(QWidget *parent = nullptr);

    void setSessionContext(SessionContext *context) override;
    void reload() override;
    [[nodiscard]] QString menuTitle() const override { return tr("&Client"); }
    [[nodiscard]] QList<QAction *> menuActions() const override;

    // Shows an error in the page's message bar (e.g. a failed sign-in).
    void showError(const ApiError &error, const QString &what);

    [[nodiscard]] ClientListModel *model() const { return m_model; }
    [[nodiscard]] ClientFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] ClientsController *controller() const { return m_controller; }
    [[nodiscard]] ClientDetailsView *details() const { return m_details; }
    [[nodiscard]] std::optional<OAuthClient> currentClient() const;
    // Selects the client with that id (clearing filters that hide it). False if unknown.
    bool selectClient(const QString &id);

    [[nodiscard]] QAction *newAction() const { return m_new; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *regenerateAction() const { return m_regenerate; }
    [[nodiscard]] ClientsRotationUi *rotation() const
    {
        return m_rotation;
    } // History tab and rotation (ui/rotation)
    [[nodiscard]] QAction *copyIdAction() const { return m_copyId; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }
    // The usage columns and their filter; Duplicate and Import from JSON.
    [[nodiscard]] ClientUsageUi *usage() const { return m_usage; }
    [[nodiscard]] ClientTemplateActions *templates() const { return m_templates; }
    // Deactivate/Activate/Delete/Export on the selected clients (ui/bulk); with several selected,
    // Delete and Export Configuration act on all of them through it.
    [[nodiscard]] BulkActions *bulk() const { return m_bulk; }
    [[nodiscard]] BulkSelectionPane *selectionPane() const { return m_selectionPane; }
    // The selected clients, in the list's order.
    [[nodiscard]] QList<OAuthClient> selectedClients() const;

    // The dialogs, for the screenshot driver: open them as the actions do. Each returns the dialog.
    // With `source`: the form filled from it (Duplicate, Import from JSON).
    QWidget *openCreateDialog(const ClientTemplate *source = nullptr);
    QWidget *openEditDialog();
    QWidget *openDeleteDialog();
    QWidget *openRegenerateDialog();

Q_SIGNALS:
    // The list arrived and was painted for the first time after it did (--smoke).
    void firstPaintAfterLoad(int clients);
    void loadFailed(const ApiError &error);
    // The client this session is signed in with was deleted: its tokens are revoked, so the
    // session is over (the shell signs out at once, as the Delete dialog said it would).
    void signedInClientDeleted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    [[nodiscard]] LoadState loadState() const override;
    void updateActions() override;

private:
    // The listed clients (id -> name), for the edit form's "name taken" warning.
    [[nodiscard]] QHash<QString, QString> clientNames() const;
    void buildColumns();
    void buildActions();
    void onLoaded();
    void onCurrentChanged();
    void onCallFailed(const ApiError &error);
    void resetPermissions();
    void onSelectionChanged();
    [[nodiscard]] bool hasMultipleSelected() const;
    void copyId();
    void exportConfiguration();
    void showSecretAfterCreate(const ClientWithSecret &result);

    ClientListModel *m_model;
    ClientFilterProxyModel *m_proxy;
    ClientsController *m_controller;

    SearchableTable *m_list;
    QComboBox *m_grantFilter;
    QComboBox *m_stateFilter;
    ClientDetailsView *m_details;
    ClientUsageUi *m_usage;
    ClientTemplateActions *m_templates = nullptr;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_regenerate = nullptr;
    ClientsRotationUi *m_rotation = nullptr; // History tab and "Rotate Secret…" (ui/rotation)
    BulkActions *m_bulk = nullptr;
    BulkSelectionPane *m_selectionPane = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_export = nullptr;
    // Actions a 403 refused, with the permission the server named.
    QHash<QAction *, QString> m_denied;
    QString m_currentId;
    bool m_waitingForFirstPaint = false;
};
