// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparedialog.h"

#include "app/auth/profiles.h"
#include "app/auth/secretstore.h"
#include "app/config/promoter.h"
#include "app/services/clientsservice.h"
#include "app/services/session.h"
#include "ui/compare/comparesource.h"
#include "ui/compare/difftree.h"
#include "ui/widgets/lastfolder.h"
#include "ui/widgets/secretdialog.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QLatin1StringView LiveSpec{"live"};
constexpr QLatin1StringView FileSpec{"file"};
constexpr QLatin1StringView ProfilePrefix{"profile:"};

const ClientDifference::Kind Kinds[] = {ClientDifference::Kind::Removed, ClientDifference::Kind::Added,
                                        ClientDifference::Kind::Changed, ClientDifference::Kind::Ambiguous};
} // namespace

CompareDialog::CompareDialog(Session *live, QWidget *parent)
    : QDialog(parent)
    , m_live(live)
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare Clients"));
    auto *layout = new QVBoxLayout(this);

    auto *sides = new QGridLayout;
    for (int side = 0; side < 2; ++side) {
        auto *label = new QLabel(side == 0 ? tr("&A (source):") : tr("&B (target):"), this);
        m_sideBox[side] = new QComboBox(this);
        m_sideBox[side]->setObjectName(side == 0 ? u"sideA"_s : u"sideB"_s);
        label->setBuddy(m_sideBox[side]);
        sides->addWidget(label, side, 0);
        sides->addWidget(m_sideBox[side], side, 1);
        connect(m_sideBox[side], &QComboBox::activated, this, [this, side] { onSourceActivated(side); });
    }
    m_compare = new QPushButton(tr("&Compare"), this);
    m_compare->setObjectName(u"compareButton"_s);
    sides->addWidget(m_compare, 0, 2, 2, 1);
    sides->setColumnStretch(1, 1);
    layout->addLayout(sides);
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    const QString kindText[] = {tr("&Only in A"), tr("Only i&n B"), tr("C&hanged"), tr("A&mbiguous")};
    for (int i = 0; i < 4; ++i) {
        m_showKind[i] = new QCheckBox(kindText[i], this);
        m_showKind[i]->setChecked(true);
        filters->addWidget(m_showKind[i]);
        connect(m_showKind[i], &QCheckBox::toggled, this,
                [this, i](bool on) { m_tree->setKindShown(Kinds[i], on); });
    }
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"compareFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by client or field"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter differences"));
    filters->addWidget(m_filter, 1);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree = new DiffTree(split);
    connect(m_filter, &QLineEdit::textChanged, m_tree, &DiffTree::setFilterText);
    connect(m_tree, &DiffTree::checkedChanged, this, &CompareDialog::updateButtons);
    m_results = new QTableWidget(0, 4, split);
    m_results->setObjectName(u"promoteResults"_s);
    m_results->setHorizontalHeaderLabels({tr("Result"), tr("Client"), tr("Target id"), tr("Message")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Promotion results"));
    m_results->hide();
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"compareStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportText = buttons->addButton(tr("Export &Text…"), QDialogButtonBox::ActionRole);
    m_exportCsv = buttons->addButton(tr("Export CS&V…"), QDialogButtonBox::ActionRole);
    m_promote = buttons->addButton(tr("&Promote Checked to B…"), QDialogButtonBox::ActionRole);
    m_promote->setObjectName(u"promoteButton"_s);
    connect(m_exportText, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(m_promote, &QPushButton::clicked, this, &CompareDialog::promoteChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QComboBox *box : m_sideBox)
        fillSourceBox(box);
    // B: the first other profile, if there is one, else this org (never "Snapshot file…" without
    // a file: the file is chosen when that entry is picked).
    m_sideBox[1]->setCurrentIndex(m_sideBox[1]->count() > 2 ? 2 : 0);
    resize(900, 600);
    updateButtons();
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::setProfileSources(ProfileStore *profiles, SecretStore *secrets)
{
    m_profiles = profiles;
    m_secrets = secrets;
    for (QComboBox *box : m_sideBox)
        fillSourceBox(box);
}

void CompareDialog::fillSourceBox(QComboBox *box)
{
    if (!m_profiles) {
        m_ownProfiles = std::make_unique<ProfileStore>();
        m_ownSecrets = std::make_unique<SecretStore>();
        m_profiles = m_ownProfiles.get();
        m_secrets = m_ownSecrets.get();
    }
    box->clear();
    box->addItem(tr("This org (signed in)"), QString(LiveSpec));
    box->addItem(tr("Snapshot file…"), QString(FileSpec));
    for (const QString &name : m_profiles->names())
        box->addItem(tr("Profile: %1").arg(name), QString(ProfilePrefix + name));
}

void CompareDialog::setSide(int side, const QString &spec)
{
    QComboBox *box = m_sideBox[side];
    if (spec == LiveSpec || spec.startsWith(ProfilePrefix)) {
        const int i = box->findData(spec);
        if (i >= 0)
            box->setCurrentIndex(i);
        return;
    }
    m_sideFile[side] = spec;
    const int i = box->findData(QString(FileSpec));
    box->setItemText(i, tr("Snapshot file: %1").arg(QDir::toNativeSeparators(spec)));
    box->setCurrentIndex(i);
}

void CompareDialog::onSourceActivated(int side)
{
    if (m_sideBox[side]->currentData().toString() != FileSpec)
        return;
    auto *dlg = new QFileDialog(this, tr("Open Snapshot"), LastFolder::folder(),
                                tr("Snapshots (*.json);;All files (*)"));
    dlg->setObjectName(u"snapshotOpenDialog"_s);
    LastFolder::track(dlg);
    dlg->setFileMode(QFileDialog::ExistingFile);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QFileDialog::fileSelected, this,
            [this, side](const QString &path) { setSide(side, path); });
    dlg->open();
}

CompareSource *CompareDialog::makeSource(int side)
{
    const QString spec = m_sideBox[side]->currentData().toString();
    if (spec == LiveSpec)
        return new CompareSource(CompareSource::Kind::Live, {}, this);
    if (spec.startsWith(ProfilePrefix))
        return new CompareSource(CompareSource::Kind::Profile, spec.mid(ProfilePrefix.size()), this);
    return new CompareSource(CompareSource::Kind::File, m_sideFile[side], this);
}

void CompareDialog::compare()
{
    if (m_op)
        m_op->cancel();
    for (int side = 0; side < 2; ++side) {
        // A profile's session is kept while the same profile stays chosen (it is signed in).
        const QString spec = m_sideBox[side]->currentData().toString();
        const bool same = m_source[side] && m_source[side]->kind() == CompareSource::Kind::Profile &&
                          spec == ProfilePrefix + m_source[side]->value();
        if (!same) {
            if (m_source[side])
                m_source[side]->deleteLater();
            m_source[side] = makeSource(side);
        }
        m_snapshot[side].reset();
    }
    if (m_source[0]->kind() == CompareSource::Kind::File && m_sideFile[0].isEmpty()) {
        showError(tr("Choose the snapshot file of A."));
        return;
    }
    if (m_source[1]->kind() == CompareSource::Kind::File && m_sideFile[1].isEmpty()) {
        showError(tr("Choose the snapshot file of B."));
        return;
    }
    m_status->setText(tr("Reading A and B…"));
    loadSide(0);
    updateButtons();
}

void CompareDialog::loadSide(int side)
{
    m_op = m_source[side]->load(m_live, m_profiles, m_secrets, this, [this, side](const Result<Snapshot> &r) {
        m_op = nullptr;
        if (!r) {
            if (!r.error().isCancelled())
                showError((side == 0 ? tr("A: %1") : tr("B: %1")).arg(r.error().userMessage()));
            return;
        }
        m_snapshot[side] = r.value();
        if (side == 0)
            loadSide(1);
        else
            showDiff();
    });
}

void CompareDialog::showDiff()
{
    m_tree->setDiff(diffSnapshots(*m_snapshot[0], *m_snapshot[1]));
    QStringList warnings = m_snapshot[0]->warnings + m_snapshot[1]->warnings;
    m_status->setText(statusText() + (warnings.isEmpty() ? QString() : u'\n' + warnings.join(u'\n')));
    updateButtons();
    Q_EMIT compared();
}

QString CompareDialog::statusText() const
{
    const SnapshotDiff &d = m_tree->diff();
    if (!m_snapshot[1])
        return {};
    if (d.isEqual())
        return tr("No differences: %1 clients are equal.").arg(d.unchanged);
    return tr("%2 only in A, %1 only in B, %3 changed, %4 ambiguous; %5 equal. Clients matched by %6.")
        .arg(d.count(ClientDifference::Kind::Added))
        .arg(d.count(ClientDifference::Kind::Removed))
        .arg(d.count(ClientDifference::Kind::Changed))
        .arg(d.count(ClientDifference::Kind::Ambiguous))
        .arg(d.unchanged)
        .arg(d.matchedById ? tr("id (same org)") : tr("name (different orgs)"));
}

void CompareDialog::showError(const QString &text)
{
    m_status->setText(text);
    updateButtons();
}

QString CompareDialog::reportText() const
{
    if (!m_snapshot[0] || !m_snapshot[1])
        return {};
    const diffreport::Side a{m_source[0]->label(), m_snapshot[0]->org, int(m_snapshot[0]->clients.size())};
    const diffreport::Side b{m_source[1]->label(), m_snapshot[1]->org, int(m_snapshot[1]->clients.size())};
    return diffreport::text(m_tree->diff(), a, b);
}

QByteArray CompareDialog::reportCsv() const
{
    return diffreport::csv(m_tree->diff());
}

void CompareDialog::exportReport(bool csv)
{
    auto *dlg =
        new QFileDialog(this, csv ? tr("Export Differences as CSV") : tr("Export Differences as Text"),
                        LastFolder::filePath(csv ? u"differences.csv"_s : u"differences.txt"_s),
                        csv ? tr("CSV files (*.csv)") : tr("Text files (*.txt)"));
    dlg->setObjectName(u"differencesExportDialog"_s);
    LastFolder::track(dlg);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
        QSaveFile f(path);
        const QByteArray bytes = csv ? reportCsv() : reportText().toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            showError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        else
            StatusMessage::saved(this, tr("the differences"), path);
    });
    dlg->open();
}

void CompareDialog::updateButtons()
{
    const bool ready = m_snapshot[0] && m_snapshot[1] && !isBusy();
    m_compare->setEnabled(!m_promoting);
    m_exportText->setEnabled(ready);
    m_exportCsv->setEnabled(ready);
    m_promote->setEnabled(ready && m_source[1] && m_source[1]->session() &&
                          !m_tree->checkedNames().isEmpty());
}

void CompareDialog::promoteChecked()
{
    Session *target = m_source[1] ? m_source[1]->session() : nullptr;
    const QStringList names = m_tree->checkedNames();
    if (!target || names.isEmpty() || isBusy())
        return;
    m_status->setText(tr("Reading the roles and divisions of B…"));
    m_op = fetchTargetDirectory(target, this, [this, names](const Result<TargetDirectory> &dir) {
        m_op = nullptr;
        if (!dir) {
            showError(tr("The roles and divisions of B could not be read, so nothing was changed: %1")
                          .arg(dir.error().userMessage()));
            return;
        }
        const QList<PromoteStep> steps = planPromotion(m_tree->diff(), dir.value(), names);
        int creates = 0;
        int updates = 0;
        int skips = 0;
        for (const PromoteStep &s : steps) {
            creates += s.action == PromoteStep::Action::Create ? 1 : 0;
            updates += s.action == PromoteStep::Action::Update ? 1 : 0;
            skips += s.action == PromoteStep::Action::Skip ? 1 : 0;
        }
        const QString org =
            m_snapshot[1]->org.name.isEmpty() ? m_snapshot[1]->org.id : m_snapshot[1]->org.name;
        auto *box =
            new QMessageBox(QMessageBox::Question, tr("Promote Clients"),
                            tr("Create %1 and update %2 clients in “%3” so that they match A? Nothing is "
                               "deleted. %4 of the chosen clients cannot be promoted and are skipped.")
                                .arg(creates)
                                .arg(updates)
                                .arg(org)
                                .arg(skips),
                            QMessageBox::Cancel, this);
        box->setObjectName(u"promoteConfirmation"_s);
        // Why each skipped client is skipped (a missing role, a name B has already).
        QStringList skipped;
        for (const PromoteStep &s : steps) {
            if (s.action == PromoteStep::Action::Skip)
                skipped << u"%1: %2"_s.arg(s.name, s.reason).toHtmlEscaped();
        }
        if (!skipped.isEmpty()) // rich text, so that names are shown as they are
            box->setInformativeText(u"<p>"_s + skipped.join(u"<br>"_s) + u"</p>"_s);
        QPushButton *go = box->addButton(tr("&Promote"), QMessageBox::AcceptRole);
        go->setObjectName(u"promoteConfirmButton"_s);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, go, steps](int) {
            if (box->clickedButton() == go)
                startPromotion(steps);
            else
                m_status->setText(statusText());
        });
        box->open();
        updateButtons();
    });
}

void CompareDialog::startPromotion(const QList<PromoteStep> &steps)
{
    Session *target = m_source[1]->session();
    auto *promoter = new Promoter(target->clients(), this);
    m_promoting = true;
    m_results->setRowCount(0);
    m_results->show();
    updateButtons();
    m_status->setText(tr("Promoting…"));
    connect(promoter, &Promoter::resultReady, this, [this](const PromoteResult &r) { showResults({r}); });
    connect(promoter, &Promoter::finished, this, [this, promoter](const QList<PromoteResult> &results) {
        m_promoting = false;
        promoter->deleteLater();
        const QString org = m_snapshot[1]->org.name;
        for (const PromoteResult &r : results) {
            if (r.secret.isEmpty())
                continue;
            ClientWithSecret created;
            created.client.id = r.targetId;
            created.client.name = r.name;
            created.secret = r.secret;
            auto *dlg = new SecretDialog(created, org, this);
            dlg->setAttribute(Qt::WA_DeleteOnClose);
            dlg->open();
        }
        Q_EMIT promoted(results);
        compare(); // show where B stands now
    });
    promoter->start(steps);
}

void CompareDialog::showResults(const QList<PromoteResult> &results)
{
    for (const PromoteResult &r : results) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        m_results->setItem(row, 0, new QTableWidgetItem(promoteOutcomeLabel(r)));
        m_results->setItem(row, 1, new QTableWidgetItem(r.name));
        m_results->setItem(row, 2, new QTableWidgetItem(r.targetId));
        m_results->setItem(row, 3, new QTableWidgetItem(r.message));
    }
    m_results->resizeColumnsToContents();
}
