// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/config/diffreport.h"
#include "models/config/promoteplan.h"

#include <QDialog>
#include <QPointer>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTableWidget)
class CompareSource;
class DiffTree;
class Operation;
class Promoter;
class ProfileStore;
class SecretStore;
class Session;

// Compare: two sides A and B, each the signed-in org, a snapshot file or another profile's org; the
// differences as a tree with filters; export as text or CSV; and Promote, which makes B match A for
// the checked clients after a confirmation, with one result row per client (new secrets shown once).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // `live` is the signed-in session (not owned). The profiles and the keychain are the app's, unless
    // setProfileSources() gives others (tests).
    explicit CompareDialog(Session *live, QWidget *parent = nullptr);
    ~CompareDialog() override;

    void setProfileSources(ProfileStore *profiles, SecretStore *secrets);
    // Selects what side A (0) or B (1) is: "live", "profile:NAME" or a file path.
    void setSide(int side, const QString &spec);
    void compare();
    void promoteChecked();

    [[nodiscard]] DiffTree *tree() const { return m_tree; }
    [[nodiscard]] QTableWidget *results() const { return m_results; }
    [[nodiscard]] bool isBusy() const { return !m_op.isNull() || m_promoting; }
    [[nodiscard]] QString statusText() const;
    // The export texts of the current difference.
    [[nodiscard]] QString reportText() const;
    [[nodiscard]] QByteArray reportCsv() const;

Q_SIGNALS:
    void compared();
    void promoted(const QList<PromoteResult> &results);

private:
    void fillSourceBox(QComboBox *box);
    void onSourceActivated(int side);
    CompareSource *makeSource(int side);
    void loadSide(int side);
    void showDiff();
    void showError(const QString &text);
    void startPromotion(const QList<PromoteStep> &steps);
    void showResults(const QList<PromoteResult> &results);
    void exportReport(bool csv);
    void updateButtons();

    QPointer<Session> m_live;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<SecretStore> m_ownSecrets;

    QComboBox *m_sideBox[2] = {};
    QString m_sideFile[2];
    CompareSource *m_source[2] = {};
    std::optional<Snapshot> m_snapshot[2];
    QPushButton *m_compare = nullptr;
    QCheckBox *m_showKind[4] = {};
    QLineEdit *m_filter = nullptr;
    DiffTree *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportText = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_promote = nullptr;
    QTableWidget *m_results = nullptr;
    QPointer<Operation> m_op;
    bool m_promoting = false;
};
