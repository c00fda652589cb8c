// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clienteditconflictpanel.h"

#include "ui/clients/clientdiff.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ClientEditConflictPanel::ClientEditConflictPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"conflictPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Theme::toneBackground(Theme::Tone::Warning));
    setPalette(pal);
    m_text = new QLabel(this);
    m_text->setObjectName(u"conflictText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overwrite = new QPushButton(tr("Save My Changes Over Theirs"), this);
    m_overwrite->setObjectName(u"overwriteButton"_s);
    m_loadTheirs = new QPushButton(tr("Discard Mine, Load Theirs"), this);
    m_loadTheirs->setObjectName(u"loadTheirsButton"_s);
    m_backToForm = new QPushButton(tr("Back to the Form"), this);
    m_backToForm->setObjectName(u"backToFormButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_backToForm);
    buttons->addWidget(m_loadTheirs);
    buttons->addWidget(m_overwrite);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_text);
    l->addLayout(buttons);
    hide();
    connect(m_overwrite, &QPushButton::clicked, this, &ClientEditConflictPanel::overwriteRequested);
    connect(m_loadTheirs, &QPushButton::clicked, this, &ClientEditConflictPanel::loadTheirsRequested);
    connect(m_backToForm, &QPushButton::clicked, this, &ClientEditConflictPanel::backToFormRequested);
}

void ClientEditConflictPanel::showConflict(const OAuthClient &opened, const OAuthClient &latest)
{
    m_latest = latest;
    QStringList lines = describeClientChanges(opened, latest);
    if (lines.isEmpty())
        lines << tr("No field this form shows differs; the server's version is newer.");
    const QString who = latest.modifiedBy.displayName();
    const QString when = QLocale().toString(latest.dateModified.toLocalTime(), QLocale::ShortFormat);
    QString text =
        who.isEmpty()
            ? tr("<b>Someone else changed this client since you opened the form</b> (%1).").arg(when)
            : tr("<b>%1 changed this client since you opened the form</b> (%2).")
                  .arg(who.toHtmlEscaped(), when);
    text += u"<ul style='margin-left:-20px'>"_s;
    for (const QString &l : std::as_const(lines))
        text += u"<li>%1</li>"_s.arg(l.toHtmlEscaped());
    text += u"</ul>"_s;
    text += tr("“Save my changes” writes only the fields you edited, on top of their version. “Load theirs” "
               "replaces the form with their version.");
    m_text->setText(text);
    show();
    m_overwrite->setFocus();
}

void ClientEditConflictPanel::dismiss()
{
    m_latest.reset();
    hide();
}
