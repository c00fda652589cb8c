// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

class RateBudget;

// The request budget in the status bar while work waits for it: "about 42 requests left this
// minute; 158 queued". Hidden when nothing is queued. Where the status bar has not the room (the
// org name beside it keeps its text), it shows the short form ("~42 left/min; 158 queued"), elided
// if need be; its tooltip keeps the whole text.
class RateBudgetLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RateBudgetLabel(QWidget *parent = nullptr);
    ~RateBudgetLabel() override;

    void setBudget(RateBudget *budget);
    // The text for `left` requests in a window of `windowSeconds` and `queued` waiting.
    [[nodiscard]] static QString describe(int left, qint64 windowSeconds, int queued);
    // The short form of describe(): "~42 left/min; 158 queued".
    [[nodiscard]] static QString describeShort(int left, qint64 windowSeconds, int queued);
    // describe() for the budget now, whatever the label has room for (empty when hidden).
    [[nodiscard]] QString fullText() const { return m_full; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void fitText(); // the full text, the short one, or the short one elided: what fits

    QString m_full;
    QString m_short;

    QPointer<RateBudget> m_budget;
    QMetaObject::Connection m_connection;
    QTimer m_tick; // the window slides: the count grows back without a signal
};
