// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/authorizationdetailsview.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "models/domain/clientlabels.h"
#include "models/itemmodels/authorizationlistmodel.h"
#include "ui/widgets/detailshtml.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
Theme::Tone toneOf(AuthorizationState s)
{
    switch (s) {
    case AuthorizationState::Authorized:
        return Theme::Tone::Success;
    case AuthorizationState::Requested:
        return Theme::Tone::Warning;
    case AuthorizationState::Revoked:
    case AuthorizationState::Unauthorized:
        return Theme::Tone::Error;
    case AuthorizationState::Unknown:
        break;
    }
    return Theme::Tone::Info;
}
} // namespace

using detailshtml::esc;
using detailshtml::paragraph;
using detailshtml::row;
using detailshtml::unbrokenRow;

AuthorizationDetailsView::AuthorizationDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_jumpNote(new QLabel(this))
    , m_showClient(new QPushButton(this))
    , m_copyId(new QPushButton(this))
{
    setObjectName(u"authorizationDetails"_s);
    m_browser->setObjectName(u"authorizationDetailsBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setBackgroundRole(QPalette::Base);
    m_showClient->setObjectName(u"showClientButton"_s);
    m_showClient->setIcon(Theme::icon(u"clients"_s));
    m_copyId->setObjectName(u"copyClientIdButton"_s);
    m_copyId->setIcon(Theme::icon(u"copy"_s, u"edit-copy"_s));
    m_jumpNote->setObjectName(u"showClientNote"_s);
    m_jumpNote->setWordWrap(true);
    m_jumpNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_showClient, &QPushButton::clicked, this, [this] {
        if (m_auth)
            Q_EMIT showClientRequested(m_auth->client.id);
    });
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (m_auth)
            Q_EMIT copyIdRequested(m_auth->client.id);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showClient);
    buttons->addWidget(m_copyId);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_jumpNote);
    layout->addLayout(buttons);
    retranslate();
    render();
}

void AuthorizationDetailsView::retranslate()
{
    m_browser->setAccessibleName(tr("Authorization details"));
    m_showClient->setText(tr("Show in C&lients"));
    m_showClient->setToolTip(tr("Select this client on the Clients page (Enter in the list)"));
    m_copyId->setText(tr("Copy Client I&D"));
}

void AuthorizationDetailsView::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_context = context;
    if (context) {
        m_connections << connect(context->scopes(), &ScopeCatalog::changed, this,
                                 &AuthorizationDetailsView::render);
        m_connections << connect(context->scopes(), &ScopeCatalog::failed, this,
                                 &AuthorizationDetailsView::render);
        m_connections << connect(context->scopes(), &ScopeCatalog::loadingChanged, this,
                                 &AuthorizationDetailsView::render);
        m_connections << connect(context->directory(), &DirectoryCache::changed, this,
                                 &AuthorizationDetailsView::render);
    }
    setAuthorization(std::nullopt);
}

void AuthorizationDetailsView::setAuthorization(const std::optional<OAuthAuthorization> &authorization)
{
    const bool other = !authorization || !m_auth || authorization->client.id != m_auth->client.id;
    m_auth = authorization;
    if (other) {
        m_detailsError = {};
        m_detailsLoading = false;
    }
    if (m_auth && m_context) {
        // Descriptions and names are fetched once per session, on first need.
        if (!m_auth->scope.isEmpty())
            m_context->scopes()->load();
        if (!m_auth->roles.isEmpty())
            m_context->directory()->load();
    }
    m_copyId->setEnabled(m_auth.has_value());
    if (!m_auth)
        setClientInOrg(false);
    render();
}

void AuthorizationDetailsView::setDetailsState(bool loading, const ApiError &error)
{
    m_detailsLoading = loading;
    m_detailsError = error;
    render();
}

void AuthorizationDetailsView::setClientInOrg(bool inOrg, const QString &whyNot)
{
    m_inOrg = inOrg;
    m_whyNotInOrg = whyNot;
    m_showClient->setEnabled(inOrg && m_auth);
    m_jumpNote->setText(m_auth && !inOrg ? whyNot : QString());
    m_jumpNote->setVisible(m_auth && !inOrg && !whyNot.isEmpty());
}

QString AuthorizationDetailsView::plainText() const
{
    return m_browser->toPlainText();
}

void AuthorizationDetailsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
}

void AuthorizationDetailsView::render()
{
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html());
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString AuthorizationDetailsView::html() const
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    if (!m_auth)
        return paragraph(muted, tr("Select an authorization to see its details."));
    const OAuthAuthorization &a = *m_auth;
    const OAuthClient &c = a.client;
    const ScopeCatalog *scopes = m_context ? m_context->scopes() : nullptr;
    const DirectoryCache *dir = m_context ? m_context->directory() : nullptr;
    const AuthorizationState state = authorizationStateFromString(a.state);

    QString h = u"<html><body>"_s;
    h += u"<h2 style='margin-bottom:2px'>%1</h2>"_s.arg(esc(c.name.isEmpty() ? c.id : c.name));
    QString summary = u"<span style='color:%1'>&#9679;</span> %2"_s.arg(
        Theme::toneColor(toneOf(state)).name(), esc(AuthorizationListModel::stateLabel(a.state)));
    if (!c.grantType.isEmpty())
        summary += u" &nbsp;·&nbsp; "_s + esc(ClientLabels::grantTypeLabel(c.grantType));
    if (a.pending)
        summary += u" &nbsp;·&nbsp; <b>%1</b>"_s.arg(esc(tr("pending")));
    h += u"<p style='margin-top:0'>%1</p>"_s.arg(summary);
    if (m_detailsLoading)
        h += paragraph(muted, tr("Loading the details…"));
    else if (m_detailsError.isError())
        h += paragraph(Theme::toneColor(Theme::Tone::Error).name(),
                       tr("The details could not be loaded; the list's data is shown. %1")
                           .arg(m_detailsError.userMessage()));
    if (a.pending)
        h += u"<p>%1</p>"_s.arg(esc(tr("The platform is waiting for a decision on this authorization.")));
    if (!c.description.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(c.description).replace(u'\n', u"<br>"_s));

    h += u"<table cellspacing='0' cellpadding='0'>"_s;
    h += unbrokenRow(tr("Client ID"), u"<code>%1</code>"_s.arg(esc(c.id)));
    if (!c.grantType.isEmpty())
        h += row(tr("Grant type"),
                 u"%1 <span style='color:%2'>(%3)</span>"_s.arg(
                     esc(ClientLabels::grantTypeLabel(c.grantType)), muted, esc(c.grantType)));
    h += row(tr("State"), esc(AuthorizationListModel::stateText(a)));
    h += row(tr("Resource owner"),
             esc(a.resourceOwner.isNull() ? tr("unknown") : a.resourceOwner.displayName()));
    h += row(tr("Created"), detailshtml::audit(a.dateCreated, a.createdBy));
    h += row(tr("Modified"), detailshtml::audit(a.dateModified, a.modifiedBy));
    h += u"</table>"_s;

    h += detailshtml::scopesSection(a.scope, scopes, muted);

    h += u"<h3>%1</h3>"_s.arg(esc(tr("Roles (%1)").arg(QLocale().toString(a.roles.size()))));
    if (a.roles.isEmpty()) {
        h += paragraph(muted, tr("None."));
    } else {
        if (dir && dir->isLoading())
            h += paragraph(muted, tr("Loading role names…"));
        h += u"<ul style='margin-left:-20px'>"_s;
        for (const QString &id : a.roles) {
            const QString name = dir ? dir->roleName(id) : QString();
            h += name.isEmpty() ? u"<li><code>%1</code></li>"_s.arg(esc(id))
                                : u"<li>%1 <span style='color:%2'>(<code>%3</code>)</span></li>"_s.arg(
                                      esc(name), muted, esc(id));
        }
        h += u"</ul>"_s;
    }
    h += u"</body></html>"_s;
    return h;
}
