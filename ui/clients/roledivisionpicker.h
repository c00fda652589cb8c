// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTableWidget)
class DirectoryCache;

// The role x division grants of a client-credentials client: a list of (role, division) pairs,
// and a row to add one (searchable role list, division list with "All divisions" = "*" and the
// home division marked). Roles and divisions come from the session's DirectoryCache (fetched page
// by page by the directory service).
class RoleDivisionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit RoleDivisionPicker(QWidget *parent = nullptr);

    void setDirectory(DirectoryCache *directory);
    void setPairs(const QList<RoleDivision> &pairs);
    [[nodiscard]] QList<RoleDivision> pairs() const { return m_pairs; }
    // The role and division picked (or the role's name typed) but not added yet, as text for
    // comparing; empty when nothing is picked.
    [[nodiscard]] QString pendingText() const;
    // Adds the picked role and division if they are complete and not in the list yet.
    bool addPending();

    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    [[nodiscard]] QComboBox *divisionBox() const { return m_division; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void pairsChanged();

private:
    void refreshChoices();
    void refreshTable();
    void addCurrent();
    void removeSelected();
    void updateButtons();
    [[nodiscard]] int pickedRoleIndex() const;
    [[nodiscard]] std::optional<RoleDivision> pickedPair() const;
    [[nodiscard]] QString roleText(const QString &id) const;
    [[nodiscard]] QString divisionText(const QString &id) const;

    QPointer<DirectoryCache> m_directory;
    QList<RoleDivision> m_pairs;
    QTableWidget *m_table;
    QComboBox *m_role;
    QComboBox *m_division;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};
