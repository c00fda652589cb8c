// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"

#include <QStackedWidget>

QT_FORWARD_DECLARE_CLASS(QLabel)

// The details pane of a list with extended selection: the page's details of one client, or, with
// more than one selected, "N clients selected" with their counts by state and what can be done
// with them.
class BulkSelectionPane : public QStackedWidget
{
    Q_OBJECT
public:
    // `details`: the single client's details, shown with zero or one client selected.
    explicit BulkSelectionPane(QWidget *details, QWidget *parent = nullptr);

    void setSelection(const QList<OAuthClient> &clients);
    [[nodiscard]] bool isShowingSelection() const;
    [[nodiscard]] QString summaryText() const; // "3 clients selected: 2 active, 1 inactive"
    [[nodiscard]] static QString summaryFor(const QList<OAuthClient> &clients);

private:
    QWidget *m_details;
    QLabel *m_summary;
};
