// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/scope.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ScopeListModel;

// The scope catalogue as a checkable table for the client editor's scope picker: column 0 is the
// scope id with a check box, column 1 its description. It is a view over the session's shared
// ScopeListModel (setCatalogModel), so the picker neither fetches nor copies the catalogue and
// follows its reloads (a language change). Scopes a client has that the catalogue lacks (retired,
// or from another region) are listed after the catalogue, checked and marked, so that saving the
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
    ~ScopeChecklistModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Shows the rows of `catalog` (not owned; nullptr for none) and follows its changes. The
    // checked ids are kept.
    void setCatalogModel(ScopeListModel *catalog);
    [[nodiscard]] ScopeListModel *catalogModel() const;
    // A catalogue of its own (tests, standalone use): replaces it (a reset); the checked ids are kept.
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
    [[nodiscard]] int catalogRows() const;
    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] QString descriptionAt(int row) const;
    void recomputeUnknown();
    void beginSourceChange();
    void endSourceChange();

    QPointer<ScopeListModel> m_catalog;
    ScopeListModel *m_own = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QStringList m_unknown; // checked ids the catalogue lacks, sorted; rows after the catalogue's
    QSet<QString> m_checked;
    bool m_inSourceChange = false;
};
