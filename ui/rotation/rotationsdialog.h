// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/rotation.h"

#include <QDialog>
#include <QList>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QPushButton)
QT_FORWARD_DECLARE_CLASS(QTreeWidget)
class RotationWizard;
class Session;

// "Rotations in progress" (the GUI's `clients rotate --status`): the rotations saved for this
// session (its profile's, else its org's), each with its clients, strategy, step and times, and
// Resume, which opens the rotation assistant where the rotation stopped. The list follows the
// assistants it opens.
class RotationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RotationsDialog(Session *session, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] const QList<RotationRecord> &records() const { return m_records; }
    // Reads the saved rotations again.
    void reload();
    // Opens the assistant for the selected rotation; returns it (for tests), or nullptr.
    RotationWizard *resumeSelected();

private:
    void updateButtons();
    void fitColumns();

    Session *m_session;
    QList<RotationRecord> m_records;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_resume;
};
