// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insightssweepbar.h"

#include "app/controllers/insightscontroller.h"
#include "models/domain/insights.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString WindowKey = u"insights/windowDays"_s;
constexpr int WindowChoices[] = {7, 30, 90};
} // namespace

InsightsSweepBar::InsightsSweepBar(QWidget *parent)
    : QWidget(parent)
    , m_windowLabel(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
    , m_asOf(new QLabel(this))
{
    setObjectName(u"insightsSweepBar"_s);
    m_window->setObjectName(u"insightsWindow"_s);
    m_windowLabel->setBuddy(m_window);
    {
        const int saved = QSettings().value(WindowKey, InsightsController::DefaultDays).toInt();
        for (int days : WindowChoices)
            m_window->addItem(QString(), days);
        m_window->setCurrentIndex(std::max(0, m_window->findData(saved)));
    }
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(WindowKey, windowDays());
        Q_EMIT windowDaysChanged(windowDays());
    });
    m_refreshButton->setObjectName(u"insightsRefresh"_s);
    m_refreshButton->setIcon(Theme::icon(u"reload"_s, u"view-refresh"_s));
    connect(m_refreshButton, &QPushButton::clicked, this, &InsightsSweepBar::refreshRequested);
    m_progress->setObjectName(u"insightsProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progressText->setObjectName(u"insightsProgressText"_s);
    m_cancelButton->setObjectName(u"insightsCancel"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, &InsightsSweepBar::cancelRequested);
    m_asOf->setObjectName(u"insightsAsOf"_s);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_windowLabel);
    row->addWidget(m_window);
    row->addWidget(m_refreshButton);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_progress);
    row->addWidget(m_progressText);
    row->addWidget(m_cancelButton);
    row->addStretch(1);
    row->addWidget(m_asOf);
    retranslate();
}

int InsightsSweepBar::windowDays() const
{
    return m_window->currentData().toInt();
}

void InsightsSweepBar::setWindowDays(int days)
{
    const int i = m_window->findData(days);
    if (i >= 0)
        m_window->setCurrentIndex(i);
}

void InsightsSweepBar::setRunning(bool running, bool canRefresh)
{
    m_progress->setVisible(running);
    m_progressText->setVisible(running);
    m_cancelButton->setVisible(running);
    m_refreshButton->setEnabled(canRefresh && !running);
}

void InsightsSweepBar::setProgressText(const QString &text)
{
    m_progressText->setText(text);
}

void InsightsSweepBar::setCoverage(const ActivityWindow *window, bool fromCache)
{
    if (!window) {
        m_asOf->clear();
        return;
    }
    const QString range = tr("%1 to %2 (UTC)")
                              .arg(QLocale().toString(window->firstDay, QLocale::ShortFormat),
                                   QLocale().toString(window->endDay.addDays(-1), QLocale::ShortFormat));
    m_asOf->setText(fromCache ? tr("Usage of %1, fetched a moment ago").arg(range)
                              : tr("Usage of %1").arg(range));
}

void InsightsSweepBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void InsightsSweepBar::retranslate()
{
    m_windowLabel->setText(tr("Usage of the &last:"));
    for (int i = 0; i < m_window->count(); ++i)
        m_window->setItemText(i, tr("%1 days").arg(m_window->itemData(i).toInt()));
    m_window->setAccessibleName(tr("Usage window"));
    m_window->setToolTip(tr("Whole UTC days before today. Clients created inside the window count as new, "
                            "not unused."));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the platform again (F5)"));
    m_cancelButton->setText(tr("Cancel"));
}
