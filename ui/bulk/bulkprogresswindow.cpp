// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/bulkprogresswindow.h"

#include "models/domain/clientlabels.h"
#include "ui/bulk/bulkresults.h"
#include "ui/widgets/dialogfit.h"
#include "ui/widgets/lastfolder.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/theme.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    IdColumn,
    BeforeColumn, // the client's state before the action
    ResultColumn,
    MessageColumn,
    ColumnCount
};

bool isEnd(BulkQueue::Outcome o)
{
    return o != BulkQueue::Outcome::Pending && o != BulkQueue::Outcome::Running;
}
} // namespace

BulkProgressWindow::BulkProgressWindow(BulkQueue *queue, QWidget *parent)
    : QDialog(parent)
    , m_queue(queue)
    , m_message(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_cancel(new QPushButton(Theme::icon(u"close"_s, u"process-stop"_s), tr("&Cancel"), this))
    , m_copy(new QPushButton(Theme::icon(u"copy"_s, u"edit-copy"_s), tr("C&opy"), this))
    , m_save(new QPushButton(Theme::icon(u"export"_s, u"document-export"_s), tr("&Save CSV…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"bulkProgressWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_queue->setParent(this);
    const QList<BulkQueue::Row> &rows = m_queue->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).outcome == BulkQueue::Outcome::Pending)
            m_work << i;
    }
    QString title;
    switch (rows.isEmpty() ? BulkQueue::Action::Deactivate : rows.first().action) {
    case BulkQueue::Action::Deactivate:
        title = tr("Deactivating %n clients", nullptr, int(m_work.size()));
        break;
    case BulkQueue::Action::Activate:
        title = tr("Activating %n clients", nullptr, int(m_work.size()));
        break;
    case BulkQueue::Action::Delete:
        title = tr("Deleting %n clients", nullptr, int(m_work.size()));
        break;
    }
    setWindowTitle(title);
    m_title->setObjectName(u"bulkProgressTitle"_s);
    m_title->setText(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
    m_message->setObjectName(u"bulkProgressMessage"_s);
    m_bar->setObjectName(u"bulkProgressBar"_s);
    m_bar->setRange(0, std::max<int>(1, int(m_work.size())));
    m_bar->setTextVisible(false);
    m_count->setObjectName(u"bulkProgressCount"_s);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_pause->setObjectName(u"bulkPauseButton"_s);
    m_cancel->setObjectName(u"bulkCancelButton"_s);
    m_copy->setObjectName(u"bulkCopyButton"_s);
    m_save->setObjectName(u"bulkSaveCsvButton"_s);
    m_close->setObjectName(u"bulkCloseButton"_s);
    for (QPushButton *b : {m_pause, m_cancel, m_copy, m_save, m_close})
        b->setAutoDefault(false);
    m_copy->setToolTip(tr("Copy the summary and the result of every client as text"));
    m_save->setToolTip(tr("Save the result of every client as CSV"));

    m_table->setObjectName(u"bulkResultsTable"_s);
    m_table->setAccessibleName(tr("Result per client"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Client ID"), tr("State Before"), tr("Result"), tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, fontMetrics().averageCharWidth() * 28);
    m_table->setColumnWidth(IdColumn, fontMetrics().horizontalAdvance(u"00000000-0000-0000-0000-00000"_s));
    m_table->setColumnWidth(BeforeColumn, fontMetrics().averageCharWidth() * 14);
    m_table->setColumnWidth(ResultColumn, fontMetrics().averageCharWidth() * 14);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(i, c, new QTableWidgetItem);
        m_table->item(i, NameColumn)->setText(rows.at(i).name);
        m_table->item(i, IdColumn)->setText(rows.at(i).id);
        if (!rows.at(i).previousState.isEmpty())
            m_table->item(i, BeforeColumn)->setText(ClientLabels::stateLabel(rows.at(i).previousState));
        onRowChanged(i);
    }

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_bar, 1);
    progressRow->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_pause, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_pause, &QPushButton::clicked, this, &BulkProgressWindow::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &BulkProgressWindow::cancelQueue);
    connect(m_copy, &QPushButton::clicked, this, &BulkProgressWindow::copyResults);
    connect(m_save, &QPushButton::clicked, this, &BulkProgressWindow::chooseCsvFile);
    connect(m_close, &QPushButton::clicked, this, &BulkProgressWindow::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_queue, &BulkQueue::rowChanged, this, &BulkProgressWindow::onRowChanged);
    connect(m_queue, &BulkQueue::finished, this, &BulkProgressWindow::onFinished);
    DialogFit::resizeWithin(this, QSize(fontMetrics().averageCharWidth() * 124, fontMetrics().height() * 32));
    updateProgress();
    if (m_work.isEmpty()) {
        onFinished();
        return;
    }
    m_queue->start();
}

BulkProgressWindow::~BulkProgressWindow()
{
    // Nothing new starts; the queue goes first, and what it says while going (a request under way
    // is cancelled and ends its row) no longer reaches this half-destroyed window.
    disconnect(m_queue, nullptr, this, nullptr);
    if (m_queue->isRunning())
        m_queue->cancel();
    delete m_queue;
    m_queue = nullptr;
}

void BulkProgressWindow::onRowChanged(int row)
{
    if (row < 0 || row >= m_queue->rows().size() || row >= m_table->rowCount())
        return;
    const BulkQueue::Row &r = m_queue->rows().at(row);
    m_table->item(row, NameColumn)->setText(r.name);
    m_table->item(row, ResultColumn)->setText(bulkresults::outcomeLabel(r.action, r.outcome));
    m_table->item(row, MessageColumn)->setText(r.message);
    m_table->item(row, MessageColumn)->setToolTip(r.message);
    switch (r.outcome) {
    case BulkQueue::Outcome::Failed:
        m_table->item(row, ResultColumn)->setIcon(Theme::icon(u"error"_s));
        break;
    case BulkQueue::Outcome::Running:
        m_table->scrollToItem(m_table->item(row, NameColumn));
        break;
    default:
        m_table->item(row, ResultColumn)->setIcon(QIcon());
        break;
    }
    updateProgress();
}

QString BulkProgressWindow::progressText() const
{
    return m_count->text();
}

QString BulkProgressWindow::summaryText() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

void BulkProgressWindow::updateProgress()
{
    // The clients acted on (done, skipped, failed): those cancelled before their turn were not,
    // so a cancelled run does not read as complete.
    int processed = 0;
    for (int i : std::as_const(m_work)) {
        const BulkQueue::Outcome outcome = m_queue->rows().at(i).outcome;
        if (isEnd(outcome) && outcome != BulkQueue::Outcome::Cancelled)
            ++processed;
    }
    m_bar->setValue(processed);
    m_count->setText(tr("%1 of %2").arg(processed).arg(m_work.size()));
    const bool running = !m_queue->isFinished();
    m_pause->setText(m_queue->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    m_copy->setEnabled(!running);
    m_save->setEnabled(!running);
    if (running && m_queue->isPaused())
        m_message->showInfo(
            tr("Paused: the client under way finishes, no next one starts until you resume."));
}

void BulkProgressWindow::togglePause()
{
    if (m_queue->isFinished())
        return;
    if (m_queue->isPaused()) {
        m_queue->resume();
        m_message->hide();
    } else {
        m_queue->pause();
    }
    updateProgress();
}

void BulkProgressWindow::cancelQueue()
{
    if (m_queue->isFinished())
        return;
    m_message->showInfo(tr("Cancelling: the client under way finishes, the rest are left as they are."));
    m_queue->cancel();
    updateProgress();
}

void BulkProgressWindow::onFinished()
{
    if (m_question) {
        m_question->close();
        m_question = nullptr;
    }
    const QList<BulkQueue::Row> &rows = m_queue->rows();
    const BulkQueue::Action action = rows.isEmpty() ? BulkQueue::Action::Deactivate : rows.first().action;
    const QString summary = bulkresults::summary(action, rows);
    m_summary->setText(u"<b>%1</b>"_s.arg(summary.toHtmlEscaped()));
    m_summary->show();
    const bool anyFailed = m_queue->count(BulkQueue::Outcome::Failed) > 0;
    const bool anyCancelled = m_queue->count(BulkQueue::Outcome::Cancelled) > 0;
    m_message->showMessage(anyFailed ? Theme::Tone::Warning : Theme::Tone::Success,
                           anyCancelled ? tr("Cancelled: %1.").arg(summary)
                                        : tr("Finished: %1.").arg(summary));
    StatusMessage::show(this, summary);
    updateProgress();
    Q_EMIT finished();
}

void BulkProgressWindow::copyResults()
{
    const QList<BulkQueue::Row> &rows = m_queue->rows();
    if (rows.isEmpty())
        return;
    // Not a secret: names, ids and results only.
    QGuiApplication::clipboard()->setText(bulkresults::text(rows.first().action, rows));
    StatusMessage::show(this, tr("Copied the results of %n clients.", nullptr, int(rows.size())));
}

bool BulkProgressWindow::saveCsv(const QString &path, QString *error) const
{
    const QByteArray bytes = bulkresults::csv(m_queue->rows());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void BulkProgressWindow::chooseCsvFile()
{
    const QList<BulkQueue::Row> &rows = m_queue->rows();
    const BulkQueue::Action action = rows.isEmpty() ? BulkQueue::Action::Deactivate : rows.first().action;
    auto *dlg =
        new QFileDialog(this, tr("Save Results as CSV"),
                        LastFolder::filePath(bulkresults::csvFileName(action, QDateTime::currentDateTime())),
                        tr("CSV files (*.csv);;All files (*)"));
    dlg->setObjectName(u"bulkCsvFileDialog"_s);
    LastFolder::track(dlg);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(u"csv"_s);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveCsv(path, &error)) {
            m_message->showMessage(Theme::Tone::Success, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
            StatusMessage::saved(this, tr("the results as CSV"), path);
        } else {
            m_message->showWarning(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        }
    });
    dlg->open();
}

void BulkProgressWindow::askBeforeClosing()
{
    if (m_question)
        return;
    m_question = new QMessageBox(QMessageBox::Question, tr("Bulk Action Running"),
                                 tr("The clients are still being changed (%1). Cancel the rest, or keep "
                                    "running?")
                                     .arg(progressText()),
                                 QMessageBox::NoButton, this);
    m_question->setObjectName(u"bulkCloseQuestion"_s);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = m_question->addButton(tr("Cancel the &Rest"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"bulkCancelRestButton"_s);
    QPushButton *keep = m_question->addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    keep->setObjectName(u"bulkKeepRunningButton"_s);
    m_question->setDefaultButton(keep);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *b) {
        m_question = nullptr;
        if (b != stop)
            return;
        cancelQueue();
        if (m_queue->isFinished())
            close();
        else
            connect(m_queue, &BulkQueue::finished, this, &BulkProgressWindow::close, Qt::QueuedConnection);
    });
    connect(m_question, &QObject::destroyed, this, [this] { m_question = nullptr; });
    m_question->open();
}

void BulkProgressWindow::closeEvent(QCloseEvent *event)
{
    if (!m_queue->isFinished()) {
        event->ignore();
        askBeforeClosing();
        return;
    }
    QDialog::closeEvent(event);
}

void BulkProgressWindow::reject()
{
    // Escape and the Close button: the same question while running.
    if (!m_queue->isFinished()) {
        askBeforeClosing();
        return;
    }
    QDialog::reject();
}
