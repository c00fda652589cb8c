// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTableView)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)
class InsightsController;
class SearchableTable;

// What the two tabs of the Insights page share: a searchable list of clients (SearchableTable)
// with one labelled filter and, under it, buttons for the page's actions on the selected client
// (Deactivate or Restore, Export Configuration, Show in Clients) and on the list (Export CSV).
// Each tab keeps its model current from the InsightsController; the page keeps the actions, and
// the buttons follow them (setActions(), updateButtons()).
class InsightsListTab : public QWidget
{
    Q_OBJECT
public:
    [[nodiscard]] SearchableTable *list() const { return m_list; }
    [[nodiscard]] QTableView *view() const;

    // The client of the current row; empty when there is none.
    [[nodiscard]] virtual QString currentClientId() const = 0;
    // The clients of the selected rows (extended selection), each once, in the list's order.
    [[nodiscard]] QStringList selectedClientIds() const;
    // Makes the client's row current, clearing the filters that hide it. False when not listed.
    virtual bool selectClient(const QString &clientId) = 0;
    // The count next to the search field.
    virtual void updateCount() = 0;
    // Whether there is a list to export.
    [[nodiscard]] virtual bool hasList() const = 0;

    // The page's actions the tab offers as buttons (and Enter and the context menu on a row).
    struct Actions
    {
        QAction *deactivate = nullptr; // or restore
        QAction *exportConfiguration = nullptr;
        QAction *showClient = nullptr;
        QAction *exportCsv = nullptr;
        // Bulk actions on the selected clients (context menu only; may be nullptr).
        QAction *activateSelected = nullptr;
        QAction *deleteSelected = nullptr;
    };
    void setActions(const Actions &actions);
    // The buttons enabled (and Deactivate named) as the actions are; Export CSV when `usable`
    // and there is a list.
    void updateButtons(bool usable);

protected:
    struct Names
    {
        QString tab;
        QString search;
        QString table;
        QString count;
        QString filter;
        QString deactivate;
        QString exportConfiguration;
        QString showClient;
        QString exportCsv;
    };
    InsightsListTab(InsightsController *controller, const Names &names, QWidget *parent);
    // Selects the current row only: a row made current from code (selectClient) must not join a
    // selection because a modifier key happens to be held (extended selection reads it).
    void selectOnlyCurrent();
    // The model role that holds a row's client id (for selectedClientIds()).
    void setClientIdRole(int role) { m_clientIdRole = role; }

    [[nodiscard]] InsightsController *controller() const { return m_controller; }
    [[nodiscard]] QLabel *filterLabel() const { return m_filterLabel; }
    [[nodiscard]] QComboBox *filter() const { return m_filter; }
    // Widgets between the filter bar and the table, and between the table and the buttons.
    void addAboveTable(QWidget *widget);
    void addBelowTable(QWidget *widget);
    // The count: `summary`, after "3 of 9 shown · " while filters hide rows; empty clears it.
    void setCountText(const QString &summary);

    virtual void retranslate();
    void changeEvent(QEvent *event) override;

private:
    InsightsController *m_controller;
    SearchableTable *m_list;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QVBoxLayout *m_layout;
    QPushButton *m_deactivateButton;
    QPushButton *m_exportConfigurationButton;
    QPushButton *m_showClientButton;
    QPushButton *m_exportCsvButton;
    Actions m_actions;
    int m_clientIdRole = -1;
};
