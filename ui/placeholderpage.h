// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

// A page that is not built yet: says what will be there. Replaced by the real page through
// MainWindow::replacePage().
class PlaceholderPage final : public PageWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
    void setSessionContext(SessionContext *) override {}
};
