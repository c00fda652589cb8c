// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/secretview.h"

#include "ui/widgets/secureclipboard.h"
#include "ui/widgets/theme.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SecretView::SecretView(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_reveal(new QPushButton(this))
    , m_copy(new QPushButton(Theme::icon(u"copy"_s, u"edit-copy"_s), tr("&Copy"), this))
    , m_copiedNote(new QLabel(this))
{
    m_field->setObjectName(u"secretField"_s);
    m_field->setReadOnly(true);
    m_field->setAccessibleName(tr("Client secret"));
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // No context menu and no drag: copying goes through Copy, which clears the clipboard later.
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    m_field->setDragEnabled(false);
    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setCheckable(true);
    m_reveal->setAutoDefault(false);
    m_copy->setObjectName(u"copySecretButton"_s);
    m_copy->setAutoDefault(false);
    m_copiedNote->setObjectName(u"copiedNote"_s);
    m_copiedNote->setWordWrap(true);
    m_copiedNote->hide();
    connect(m_reveal, &QPushButton::toggled, this, &SecretView::setRevealed);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_copied = true; // before copying: the clipboard reports back at once
        SecureClipboard::instance()->copySecret(m_field->text());
        Q_EMIT copied();
    });
    connect(SecureClipboard::instance(), &SecureClipboard::secretCopied, this,
            [this](std::chrono::seconds after) {
                if (!m_copied)
                    return;
                m_copiedNote->setText(
                    after.count() > 0
                        ? tr("Copied. The clipboard is cleared in %1 seconds.").arg(after.count())
                        : tr("Copied."));
                m_copiedNote->show();
            });
    connect(SecureClipboard::instance(), &SecureClipboard::secretCleared, this, [this] {
        if (m_copied)
            m_copiedNote->setText(tr("The clipboard was cleared."));
    });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(m_reveal);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_copiedNote);
    setRevealed(false);
}

SecretView::~SecretView()
{
    // Overwrite the line edit's copy of the secret before it is freed.
    m_field->setText(QString(m_field->text().size(), u'\0'));
    m_field->clear();
}

void SecretView::setSecret(const QString &secret)
{
    m_field->setText(secret);
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(u'M') *
                             std::min<int>(int(secret.size()) + 2, 60));
}

bool SecretView::isRevealed() const
{
    return m_field->echoMode() == QLineEdit::Normal;
}

void SecretView::setRevealed(bool revealed)
{
    m_field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("&Hide") : tr("&Show"));
    m_reveal->setIcon(Theme::icon(revealed ? u"hide"_s : u"show"_s));
    m_reveal->setToolTip(revealed ? tr("Mask the secret") : tr("Show the secret"));
}
