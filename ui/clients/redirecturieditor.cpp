// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/redirecturieditor.h"

#include "ui/clients/clientformvalidator.h"
#include "ui/clients/fielderrorlabel.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RedirectUriEditor::RedirectUriEditor(QWidget *parent)
    : QGroupBox(tr("Redirect URIs"), parent)
    , m_list(new QListWidget(this))
    , m_edit(new QLineEdit(this))
    , m_add(new QPushButton(Theme::icon(u"add"_s, u"list-add"_s), tr("Add"), this))
    , m_remove(new QPushButton(Theme::icon(u"delete"_s, u"list-remove"_s), tr("Remove"), this))
    , m_error(new FieldErrorLabel(u"redirectError"_s, this))
{
    setObjectName(u"redirectGroup"_s);
    m_list->setObjectName(u"redirectList"_s);
    m_list->setAccessibleName(tr("Redirect URIs"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 4);
    m_edit->setObjectName(u"redirectEdit"_s);
    m_edit->setAccessibleName(tr("Redirect URI to add"));
    m_edit->setPlaceholderText(tr("https://app.example.com/callback — press Enter to add"));
    m_add->setObjectName(u"addRedirectButton"_s);
    m_add->setAutoDefault(false);
    m_remove->setObjectName(u"removeRedirectButton"_s);
    m_remove->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_list);
    l->addLayout(row);
    l->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &RedirectUriEditor::addTyped);
    connect(m_edit, &QLineEdit::returnPressed, this, &RedirectUriEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &RedirectUriEditor::removeSelected);
}

QStringList RedirectUriEditor::uris() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void RedirectUriEditor::setUris(const QStringList &uris)
{
    m_list->clear();
    m_list->addItems(uris);
}

QString RedirectUriEditor::typedUri() const
{
    return m_edit->text().trimmed();
}

void RedirectUriEditor::setRequired(bool required)
{
    setTitle(required ? tr("Redirect URIs (at least one)") : tr("Redirect URIs"));
}

void RedirectUriEditor::addTyped()
{
    const QString uri = typedUri();
    if (uri.isEmpty())
        return;
    const QString problem = ClientFormValidator::checkRedirectUri(uri);
    if (!problem.isEmpty()) {
        m_error->setError(problem);
        m_edit->setFocus();
        return;
    }
    if (!uris().contains(uri))
        m_list->addItem(uri);
    m_edit->clear();
    Q_EMIT edited();
}

void RedirectUriEditor::removeSelected()
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    for (QListWidgetItem *item : items)
        delete item;
    if (!items.isEmpty())
        Q_EMIT edited();
}
