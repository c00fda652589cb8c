// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

QT_FORWARD_DECLARE_CLASS(QCompleter)
class ClientListModel;
class UsageClientNameOrder;

// The Usage page's client chooser: an editable combo box over the org's clients (the Clients
// page's ClientListModel, so nothing is listed twice), in name order, that completes on any part
// of a name as you type. Keeps its choice by client id across reloads of the list.
class UsageClientPicker final : public QComboBox
{
    Q_OBJECT
public:
    explicit UsageClientPicker(QWidget *parent = nullptr);
    ~UsageClientPicker() override;

    void setClients(ClientListModel *clients);
    [[nodiscard]] ClientListModel *clients() const { return m_clients; }

    [[nodiscard]] QString currentClientId() const { return m_currentId; }
    [[nodiscard]] QString currentClientName() const;
    // Chooses the client with that id (emits clientChosen when it changes). The id is remembered
    // even when the list does not have it yet, and chosen when it arrives.
    void setCurrentClient(const QString &id);

Q_SIGNALS:
    void clientChosen(const QString &id);

private:
    void onIndexChanged(int row);
    void restoreCurrent();
    [[nodiscard]] int rowOf(const QString &id) const;

    ClientListModel *m_clients = nullptr;
    UsageClientNameOrder *m_order;
    QCompleter *m_completer;
    QString m_currentId;
    bool m_restoring = false;
};
