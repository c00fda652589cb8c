// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/scope.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

// The scope catalogue as a checkable table for the client editor's scope picker: column 0 is the
// scope id with a check box, column 1 its description. Scopes a client has that the catalogue
// lacks (retired, or from another region) are listed too, checked and marked, so that saving the
// client never drops them silently.
class ScopeChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ScopeColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ScopeIdRole = Qt::UserRole + 1,
        DescriptionRole,
        KnownRole,      // bool: the catalogue has it
        SearchTextRole, // "id description", lower-cased
    };
    Q_ENUM(Role)

    explicit ScopeChecklistModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the catalogue (a reset); the checked ids are kept.
    void setCatalog(const QList<OAuthScope> &scopes);
    // Checks exactly `ids` (unknown ones are added as rows).
    void setChecked(const QStringList &ids);
    // Checked ids: catalogue order, then those the catalogue lacks.
    [[nodiscard]] QStringList checked() const;
    [[nodiscard]] int checkedCount() const { return int(m_checked.size()); }
    [[nodiscard]] int rowOf(const QString &id) const;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Item
    {
        QString id;
        QString description;
        bool known = true;
    };
    void rebuild(const QList<OAuthScope> &scopes);

    QList<Item> m_items;
    QSet<QString> m_checked;
};
