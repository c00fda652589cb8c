// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rotation/rotationsdialog.h"

#include "app/rotation/rotationstore.h"
#include "app/services/session.h"
#include "ui/rotation/rotationwizard.h"
#include "ui/widgets/dialogfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column
{
    OldClient,
    NewClient,
    Strategy,
    Step,
    Started,
    Updated,
    ColumnCount
};

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

RotationsDialog::RotationsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_resume(nullptr)
{
    setObjectName(u"rotationsDialog"_s);
    setWindowTitle(tr("Rotations in Progress"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(u"rotationsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(u"rotationsList"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAccessibleName(tr("Rotations in progress"));
    m_tree->setHeaderLabels(
        {tr("Old Client"), tr("New Client"), tr("Strategy"), tr("Step"), tr("Started"), tr("Updated")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OldClient, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NewClient, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resume = buttons->addButton(tr("&Resume…"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(u"resumeRotation"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeSelected(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { resumeSelected(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RotationsDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    DialogFit::resizeWithin(this, {std::max(760, fontMetrics().averageCharWidth() * 110), 360});
    reload();
}

void RotationsDialog::reload()
{
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_records = m_session ? RotationStore::forSession(*m_session).load() : QList<RotationRecord>();
    m_records.removeIf([](const RotationRecord &r) { return r.isFinished(); });
    m_tree->clear();
    for (const RotationRecord &r : std::as_const(m_records)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(OldClient, r.oldClientName.isEmpty() ? r.oldClientId : r.oldClientName);
        item->setToolTip(OldClient, r.oldClientId);
        const bool inPlace = r.strategy == RotationStrategy::InPlace;
        item->setText(NewClient, inPlace ? tr("(the same client)")
                                         : (r.newClientName.isEmpty() ? r.newClientId : r.newClientName));
        item->setToolTip(NewClient, inPlace ? r.oldClientId : r.newClientId);
        item->setText(Strategy, rotationStrategyLabel(r.strategy));
        item->setText(Step, rotationStepLabel(r.step));
        if (!r.note.isEmpty())
            item->setToolTip(Step, r.note);
        item->setText(Started, when(r.startedAt));
        item->setText(Updated, when(r.updatedAt));
        item->setData(0, Qt::UserRole, r.id);
        if (r.id == selected)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    fitColumns();
    const QString profile = m_session ? m_session->profileName() : QString();
    const QString where =
        profile.isEmpty() ? tr("for this organization") : tr("with profile “%1”").arg(profile);
    m_summary->setText(m_records.isEmpty() ? tr("No rotation is in progress %1.").arg(where)
                       : m_records.size() == 1
                           ? tr("1 rotation in progress %1. Resume it to continue where it stopped, or to "
                                "watch and retire its old client.")
                                 .arg(where)
                           : tr("%1 rotations in progress %2. Resume one to continue where it stopped, or "
                                "to watch and retire its old client.")
                                 .arg(m_records.size())
                                 .arg(where));
    updateButtons();
}

void RotationsDialog::fitColumns()
{
    // The names share what the other columns leave; the dialog grows (within the screen) so that
    // each name column gets at least its names' width, or 28 characters when they are longer.
    const QFontMetrics fm = m_tree->fontMetrics();
    int others = 0;
    for (int c = Strategy; c < ColumnCount; ++c) {
        m_tree->resizeColumnToContents(c);
        others += m_tree->columnWidth(c);
    }
    int names = 0;
    for (int c : {int(OldClient), int(NewClient)}) {
        int widest = fm.horizontalAdvance(m_tree->headerItem()->text(c)) + fm.averageCharWidth() * 4;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            widest = std::max(widest, fm.horizontalAdvance(m_tree->topLevelItem(i)->text(c)) +
                                          fm.averageCharWidth() * 2);
        names += std::min(widest, fm.averageCharWidth() * 28);
    }
    const int chrome = width() - m_tree->viewport()->width();
    const int wanted = names + others + chrome;
    if (wanted > width())
        DialogFit::resizeWithin(this, {wanted, height()});
}

void RotationsDialog::updateButtons()
{
    m_resume->setEnabled(m_tree->currentItem() != nullptr && m_session && m_session->isSignedIn());
}

RotationWizard *RotationsDialog::resumeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_resume->isEnabled())
        return nullptr;
    const int row = m_tree->indexOfTopLevelItem(item);
    if (row < 0 || row >= m_records.size())
        return nullptr;
    const RotationRecord &r = m_records.at(row);
    // The assistant reads the client again when it continues; what the record knows is enough
    // to open it (it finds the saved rotation by the old client's id).
    OAuthClient client;
    client.id = r.oldClientId;
    client.name = r.oldClientName.isEmpty() ? r.oldClientId : r.oldClientName;
    client.grantType = r.grantType;
    client.state = u"active"_s;
    auto *wizard = new RotationWizard(m_session, client, parentWidget() ? parentWidget() : this);
    connect(wizard, &RotationWizard::stepChanged, this, &RotationsDialog::reload);
    connect(wizard, &QObject::destroyed, this, &RotationsDialog::reload);
    wizard->open();
    return wizard;
}
