// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QObject>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QWidget)
struct ClientTemplate;

// "Duplicate…" and "Import from JSON…" of the Clients page: both open the New OAuth Client form
// filled in (ClientTemplate), through `openCreate`, the page's way of opening that form. Duplicate
// copies the current client; Import reads a file chosen in a file dialog, and a file that is not
// one client's configuration gives a message and opens nothing.
class ClientTemplateActions final : public QObject
{
    Q_OBJECT
public:
    using CurrentClient = std::function<std::optional<OAuthClient>()>;
    using OpenCreate = std::function<QWidget *(const ClientTemplate &)>;

    ClientTemplateActions(CurrentClient current, OpenCreate openCreate, QWidget *parent);

    [[nodiscard]] QAction *duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction *importAction() const { return m_import; }
    // Creating is allowed (signed in, the New action enabled), and whether a client is current.
    void update(bool canCreate, bool hasClient);
    void retranslate();

    // The form of a copy of the current client; nullptr when none.
    QWidget *duplicateCurrent();
    // The form filled from the file; nullptr (and a message box) when it is not a client's JSON.
    QWidget *importFile(const QString &path);
    // The file dialog Import opens.
    QWidget *openImportDialog();

private:
    QWidget *m_parent;
    CurrentClient m_current;
    OpenCreate m_openCreate;
    QAction *m_duplicate;
    QAction *m_import;
};
