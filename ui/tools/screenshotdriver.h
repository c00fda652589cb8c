// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>

#include <functional>

class MainWindow;

// Drives the running app (on the --demo org) to each state worth documenting, and saves a PNG of
// the window or dialog with QWidget::grab(): the main window, the details pane, the create/edit
// form, the delete confirmation, the regenerate dialog and the secret dialog. Run by the
// oauthdesk-screenshots tool (ui/tools/screenshotsmain.cpp, for scripts/screenshots.sh) through
// the launcher's mainWindowReady hook; not part of the oauthdesk executable.
class ScreenshotDriver : public QObject
{
    Q_OBJECT
public:
    ScreenshotDriver(MainWindow *window, const QString &directory, QObject *parent = nullptr);
    ~ScreenshotDriver() override;

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Step
    {
        QString name;
        std::function<void()> prepare;
        std::function<bool()> ready;
        std::function<QWidget *()> target;
        std::function<void()> cleanup;
    };
    void build();
    void runStep();
    void poll();
    void grab(QWidget *widget, const QString &name);

    QPointer<MainWindow> m_window;
    QDir m_dir;
    QList<Step> m_steps;
    int m_index = -1;
    int m_polls = 0;
    bool m_ok = true;
    QPointer<QWidget> m_dialog;
};
