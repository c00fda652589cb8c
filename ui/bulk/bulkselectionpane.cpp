// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkselectionpane.h"

#include "models/domain/clientlabels.h"

#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BulkSelectionPane::BulkSelectionPane(QWidget *details, QWidget *parent)
    : QStackedWidget(parent)
    , m_details(details)
    , m_summary(new QLabel(this))
{
    setObjectName(u"bulkSelectionPane"_s);
    m_summary->setObjectName(u"bulkSelectionSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    addWidget(details);
    addWidget(page);
    setCurrentIndex(0);
}

QString BulkSelectionPane::summaryFor(const QList<OAuthClient> &clients)
{
    QMap<int, int> byState;
    QMap<int, QString> names;
    for (const OAuthClient &c : clients) {
        ++byState[int(c.clientState())];
        names.insert(int(c.clientState()), ClientLabels::stateLabel(c.state).toLower());
    }
    QStringList parts;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        parts << u"%1 %2"_s.arg(QLocale().toString(it.value()), names.value(it.key()));
    return tr("%n clients selected: %1", nullptr, int(clients.size())).arg(parts.join(u", "_s));
}

void BulkSelectionPane::setSelection(const QList<OAuthClient> &clients)
{
    if (clients.size() <= 1) {
        setCurrentIndex(0);
        return;
    }
    m_summary->setText(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
        summaryFor(clients).toHtmlEscaped(),
        tr("Deactivate, Activate, Delete and Export Configuration act on all of them; the actions on "
           "one client need a single selection.")
            .toHtmlEscaped()));
    setCurrentIndex(1);
}

bool BulkSelectionPane::isShowingSelection() const
{
    return currentIndex() == 1;
}

QString BulkSelectionPane::summaryText() const
{
    return isShowingSelection() ? m_summary->text() : QString();
}
