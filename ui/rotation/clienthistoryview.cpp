// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rotation/clienthistoryview.h"

#include "app/history/clienthistoryloader.h"
#include "app/history/historycache.h"
#include "app/services/session.h"
#include "models/domain/servertext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Server text (names, actions, values) for one line of the tree: without controls or bidi overrides
// (servertext.h), and a line break or tab becomes a space (it would hide what follows it).
QString oneLine(const QString &s)
{
    QString text = servertext::displayable(s);
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\t')
            c = u' ';
    }
    return text;
}

// One line per property change; a secret reset reads as such.
QStringList changeLines(const HistoryEntry &e)
{
    QStringList lines;
    if (e.secretReset)
        lines.append(ClientHistoryView::tr("Secret reset"));
    for (const HistoryChange &c : e.changes) {
        if (e.secretReset && c.property.contains("secret"_L1, Qt::CaseInsensitive))
            continue;
        if (c.oldText.isEmpty())
            lines.append(ClientHistoryView::tr("%1: %2").arg(oneLine(c.property), oneLine(c.newText)));
        else
            lines.append(
                ClientHistoryView::tr("%1: %2 → %3")
                    .arg(oneLine(c.property), oneLine(c.oldText),
                         c.newText.isEmpty() ? ClientHistoryView::tr("(none)") : oneLine(c.newText)));
    }
    return lines;
}
} // namespace

ClientHistoryView::ClientHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_days(new QSpinBox(this))
    , m_load(new QPushButton(tr("&Load"), this))
{
    setObjectName(u"clientHistory"_s);
    m_summary->setObjectName(u"historySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(u"historyTree"_s);
    m_tree->setAccessibleName(tr("Change history"));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Changes")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    // The columns share the view's width (fitColumns()): no horizontal scroll bar in the narrow
    // details pane.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->viewport()->installEventFilter(this);
    m_days->setObjectName(u"historyDays"_s);
    m_days->setAccessibleName(tr("Days of history"));
    m_days->setRange(1, clienthistory::MaxDays);
    m_days->setValue(clienthistory::DefaultDays);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Beyond 14 days the older events are asked for with the platform's asynchronous "
                          "audit query, which takes longer."));
    m_load->setObjectName(u"historyLoad"_s);
    connect(m_load, &QPushButton::clicked, this, &ClientHistoryView::reload);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Show the last"), this));
    row->addWidget(m_days);
    row->addWidget(m_load);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    setMessage(tr("Select a client to see who changed it and when."));
}

void ClientHistoryView::setCache(HistoryCache *cache)
{
    if (m_loading)
        m_loading->cancel();
    m_cache = cache;
    m_shownFor.clear();
    m_tree->clear();
}

void ClientHistoryView::setClient(const std::optional<QString> &clientId)
{
    const QString id = clientId.value_or(QString());
    if (id == m_clientId)
        return;
    m_clientId = id;
    if (m_loading)
        m_loading->cancel();
    m_tree->clear();
    m_shownFor.clear();
    if (id.isEmpty())
        setMessage(tr("Select a client to see who changed it and when."));
    else if (isVisible())
        reload();
}

void ClientHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_clientId.isEmpty() && m_shownFor.isEmpty() && !m_loading)
        reload();
}

QString ClientHistoryView::summaryText() const
{
    return m_summary->text();
}

void ClientHistoryView::setMessage(const QString &text)
{
    m_summary->setText(text);
}

void ClientHistoryView::reload()
{
    if (m_loading)
        m_loading->cancel();
    Session *session = m_cache ? m_cache->session() : nullptr;
    if (!session || m_clientId.isEmpty())
        return;
    const int days = m_days->value();
    const QString id = m_clientId;
    setMessage(tr("Reading the audit log…"));
    m_load->setEnabled(false);
    m_loading = clienthistory::load(m_cache, id, days, session->api()->serverNow(), this,
                                    [this, id, days](const Result<ClientHistory> &r) {
                                        m_load->setEnabled(true);
                                        if (id != m_clientId)
                                            return;
                                        if (!r) {
                                            m_tree->clear();
                                            m_shownFor.clear();
                                            if (!r.error().isCancelled())
                                                setMessage(r.error().userMessage());
                                            return;
                                        }
                                        m_shownFor = u"%1/%2"_s.arg(id).arg(days);
                                        showHistory(r.value());
                                        Q_EMIT loaded();
                                    });
    connect(m_loading, &Operation::progress, m_summary, &QLabel::setText);
}

void ClientHistoryView::showHistory(const ClientHistory &history)
{
    m_tree->clear();
    Session *session = m_cache ? m_cache->session() : nullptr;
    const QDateTime now = session ? session->api()->serverNow() : QDateTime::currentDateTimeUtc();
    QString summary = secretResetSummary(history, now);
    summary +=
        u' ' + (history.entries.size() == 1
                    ? tr("1 change in the last %1 days.").arg(history.days)
                    : tr("%1 changes in the last %2 days.").arg(history.entries.size()).arg(history.days));
    setMessage(oneLine(summary));
    for (const HistoryEntry &e : history.entries) {
        const QStringList lines = changeLines(e);
        auto *item = new QTreeWidgetItem(
            m_tree, {QLocale().toString(e.event.eventDate.toLocalTime(), QLocale::ShortFormat),
                     oneLine(e.who), oneLine(e.event.action), lines.value(0)});
        item->setToolTip(1, oneLine(e.whoId));
        item->setToolTip(3, lines.join(u'\n'));
        for (qsizetype i = 1; i < lines.size(); ++i)
            new QTreeWidgetItem(item, {QString(), QString(), QString(), lines.at(i)});
        if (e.secretReset) {
            QFont bold = item->font(3);
            bold.setBold(true);
            item->setFont(3, bold);
        }
    }
    m_tree->expandAll();
    fitColumns();
}

void ClientHistoryView::fitColumns()
{
    // When, Who and Action as wide as their contents, but within a share of the view's width
    // each (the rest elided, the tooltip has it); Changes gets exactly the rest, so the details
    // pane at 1024 pixels needs no horizontal scrolling.
    const int room = m_tree->viewport()->width();
    const int least = fontMetrics().averageCharWidth() * 6;
    const int shares[] = {36, 22, 16}; // per cent of the width; Changes keeps at least a quarter
    int used = 0;
    for (int c = 0; c < 3; ++c) {
        m_tree->resizeColumnToContents(c);
        const int most = std::max(least, room * shares[c] / 100);
        if (m_tree->columnWidth(c) > most)
            m_tree->setColumnWidth(c, most);
        used += m_tree->columnWidth(c);
    }
    m_tree->setColumnWidth(3, std::max(least, room - used));
}

bool ClientHistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}
