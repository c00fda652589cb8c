// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/insights/insightslisttab.h"

class CheckFindingsFilterProxyModel;
class CheckFindingsModel;
class MessageBar;

// The Insights page's "Configuration checks" tab: one row per finding of the configuration checks,
// filtered by check, with the selected finding's reason and advice under the list, and a note
// above it naming the checks that could not run (the roles could not be read).
class ConfigurationChecksTab final : public InsightsListTab
{
    Q_OBJECT
public:
    ConfigurationChecksTab(InsightsController *controller, QWidget *parent);

    [[nodiscard]] CheckFindingsModel *model() const { return m_model; }
    [[nodiscard]] CheckFindingsFilterProxyModel *proxy() const { return m_proxy; }

    [[nodiscard]] QString currentClientId() const override;
    bool selectClient(const QString &clientId) override;
    void updateCount() override;
    [[nodiscard]] bool hasList() const override;
    // The note on the checks the last run skipped, and why.
    void updateSkippedNote();

protected:
    void retranslate() override;

private:
    void fillCheckFilter();
    void updateFindingDetails();
    void onChecksChanged();
    void onClientChanged(const QString &clientId);

    CheckFindingsModel *m_model;
    CheckFindingsFilterProxyModel *m_proxy;
    MessageBar *m_skippedNote;
    QLabel *m_findingDetails;
};
