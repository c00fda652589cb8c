// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/insights.h"
#include "models/domain/insightschecks.h"

#include "models/itemmodels/termfilterproxymodel.h"
#include <QAbstractTableModel>

// The item models of the Insights page: one row per client of an ActivityReport, one row per
// finding of the configuration checks, and a filter proxy for each. Whole reports arrive as a
// reset; a client that changed afterwards (deactivated from the page, edited on the Clients page)
// is one dataChanged, insert or remove, so selections survive.
//
// Sorting is on SortRole (typed values). The Status column of the activity model sorts in the
// report's own order (no traffic first), which is also the order of the CSV export.

class ClientActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        StateColumn,
        RequestsColumn,
        LastRequestColumn,
        CreatedColumn,
        AgeColumn,
        DeletesColumn,
        GrantColumn,
        ClientIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // qint64 / QString per column; Status: the report position
        ClientIdRole,                // QString
        StatusRole,                  // int (ActivityStatus)
        RequestsRole,                // qint64
    };
    Q_ENUM(Role)

    explicit ClientActivityModel(QObject *parent = nullptr);
    ~ClientActivityModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setReport(ActivityReport report);
    void clear();
    [[nodiscard]] const ActivityReport &report() const { return m_report; }
    [[nodiscard]] bool hasReport() const { return m_report.window.isValid(); }
    // The client changed, was created or was removed (see ActivityReport::updateClient).
    void updateClient(const OAuthClient &client);
    void removeClient(const QString &clientId);

    [[nodiscard]] int rowOf(const QString &clientId) const { return m_report.indexOf(clientId); }
    [[nodiscard]] const ClientActivity *activityAt(int row) const;

    // "No request in the last 30 days", "Created 5 days ago, inside the last 30 days", ...
    [[nodiscard]] static QString statusExplanation(const ClientActivity &activity,
                                                   const ActivityWindow &window);

private:
    [[nodiscard]] QVariant display(const ClientActivity &a, int column) const;
    [[nodiscard]] QVariant sortValue(const ClientActivity &a, int row, int column) const;

    ActivityReport m_report;
};

class CheckFindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        CheckColumn,
        NameColumn,
        StateColumn,
        ReasonColumn,
        ClientIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // Severity and Check: the findings' own order; else text
        ClientIdRole,                // QString
        CheckIdRole,                 // QString
        SeverityRole,                // int (CheckSeverity)
    };
    Q_ENUM(Role)

    explicit CheckFindingsModel(QObject *parent = nullptr);
    ~CheckFindingsModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setFindings(QList<CheckFinding> findings);
    void clear();
    [[nodiscard]] const QList<CheckFinding> &findings() const { return m_findings; }
    // Replaces the findings of one client (after it changed; empty when it passes now or is gone).
    void setClientFindings(const QString &clientId, const QList<CheckFinding> &findings);

    [[nodiscard]] const CheckFinding *findingAt(int row) const;
    // The first row of that check and client, -1 when none.
    [[nodiscard]] int rowOf(const QString &checkId, const QString &clientId) const;
    [[nodiscard]] int count(const QString &checkId) const;

private:
    QList<CheckFinding> m_findings;
};

// Status and text filters over a ClientActivityModel.
class ClientActivityFilterProxyModel final : public TermFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter
    {
        All,
        UnusedOrNew, // clients without a judgement of "active"
        Unused,
        New,
        Active
    };
    Q_ENUM(StatusFilter)

    explicit ClientActivityFilterProxyModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    [[nodiscard]] StatusFilter statusFilter() const { return m_status; }
    // The search text (setFilterText()): every word must occur in the name, id, state or grant
    // type (case-insensitive).

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
};

// Check and text filters over a CheckFindingsModel.
class CheckFindingsFilterProxyModel final : public TermFilterProxyModel
{
    Q_OBJECT
public:
    explicit CheckFindingsFilterProxyModel(QObject *parent = nullptr);

    // Empty: every check.
    void setCheckFilter(const QString &checkId);
    [[nodiscard]] QString checkFilter() const { return m_check; }
    // The search text (setFilterText()): every word must occur in the client's name or id, the
    // check's title or the reason.

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_check;
};
