// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

// A small chart for a blue/green rotation: the old and the new client's requests per UTC day, as
// pairs of bars, so that the hand-over shows as the old bars falling and the new ones rising.
class UsageBars : public QWidget
{
    Q_OBJECT
public:
    explicit UsageBars(QWidget *parent = nullptr);

    void setSeries(const QList<QDate> &days, const QList<qint64> &oldRequests,
                   const QList<qint64> &newRequests);
    [[nodiscard]] QSize sizeHint() const override { return {420, 160}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QDate> m_days;
    QList<qint64> m_old;
    QList<qint64> m_new;
};
