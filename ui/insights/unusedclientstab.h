// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/insights/insightslisttab.h"

class ClientActivityFilterProxyModel;
class ClientActivityModel;

// The Insights page's "Unused clients" tab: every client with its requests over the sweep's
// window, clients without traffic first, filtered by status (unused, new, in use).
class UnusedClientsTab final : public InsightsListTab
{
    Q_OBJECT
public:
    UnusedClientsTab(InsightsController *controller, QWidget *parent);

    [[nodiscard]] ClientActivityModel *model() const { return m_model; }
    [[nodiscard]] ClientActivityFilterProxyModel *proxy() const { return m_proxy; }

    [[nodiscard]] QString currentClientId() const override;
    bool selectClient(const QString &clientId) override;
    void updateCount() override;
    [[nodiscard]] bool hasList() const override;

protected:
    void retranslate() override;

private:
    void onActivityChanged();

    ClientActivityModel *m_model;
    ClientActivityFilterProxyModel *m_proxy;
};
