// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QStringList>

QT_FORWARD_DECLARE_CLASS(QLineEdit)
QT_FORWARD_DECLARE_CLASS(QListWidget)
QT_FORWARD_DECLARE_CLASS(QPushButton)
class FieldErrorLabel;

// The redirect URIs of a CODE or TOKEN client in the New/Edit Client form: the list, a field to
// type one (Enter or Add adds it, after ClientFormValidator::checkRedirectUri), Remove for the
// selected ones, and the section's error line.
class RedirectUriEditor final : public QGroupBox
{
    Q_OBJECT
public:
    explicit RedirectUriEditor(QWidget *parent = nullptr);

    [[nodiscard]] QStringList uris() const;
    void setUris(const QStringList &uris);
    // What is typed in the field and not added yet (trimmed).
    [[nodiscard]] QString typedUri() const;
    // Whether the grant needs at least one URI (the title says so).
    void setRequired(bool required);

    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // A URI was added or removed.
    void edited();

private:
    void addTyped();
    void removeSelected();

    QListWidget *m_list;
    QLineEdit *m_edit;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldErrorLabel *m_error;
};
