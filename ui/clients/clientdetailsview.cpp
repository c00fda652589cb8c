// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientdetailsview.h"

#include "app/controllers/directorycache.h"
#include "app/controllers/scopecatalog.h"
#include "app/controllers/sessioncontext.h"
#include "app/controllers/usernamecache.h"
#include "app/services/session.h"
#include "app/services/signedinclient.h"
#include "models/domain/clientlabels.h"
#include "ui/widgets/detailshtml.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using detailshtml::esc;
using detailshtml::paragraph;
using detailshtml::row;
using detailshtml::unbrokenRow;
using detailshtml::when;

ClientDetailsView::ClientDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"clientDetails"_s);
    m_browser->setObjectName(u"detailsBrowser"_s);
    m_browser->setAccessibleName(tr("Client details"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setBackgroundRole(QPalette::Base);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != "action"_L1)
            return;
        if (url.path() == "copy-id"_L1)
            Q_EMIT copyIdRequested();
        else if (url.path() == "export"_L1)
            Q_EMIT exportRequested();
    });
    m_browser->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    render();
}

void ClientDetailsView::setSessionContext(SessionContext *context)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_context = context;
    delete m_users;
    m_users = nullptr;
    if (context && context->session()) {
        m_users = new UserNameCache(context->session(), this);
        connect(m_users, &UserNameCache::changed, this, &ClientDetailsView::render);
    }
    if (context) {
        m_connections << connect(context->scopes(), &ScopeCatalog::changed, this, &ClientDetailsView::render);
        m_connections << connect(context->scopes(), &ScopeCatalog::failed, this, &ClientDetailsView::render);
        m_connections << connect(context->directory(), &DirectoryCache::changed, this,
                                 &ClientDetailsView::render);
        m_connections << connect(context->directory(), &DirectoryCache::failed, this,
                                 &ClientDetailsView::render);
        if (Session *session = context->session()) {
            m_connections << connect(session, &Session::signedIn, this, &ClientDetailsView::render);
            m_connections << connect(session, &Session::signedOut, this, &ClientDetailsView::render);
        }
    }
    setClient(std::nullopt);
}

void ClientDetailsView::setClient(const std::optional<OAuthClient> &client)
{
    m_client = client;
    if (m_client && m_context) {
        // Names and descriptions are fetched once per session, on first need.
        if (!m_client->roleDivisions.isEmpty() || !m_client->roleIds.isEmpty())
            m_context->directory()->load();
        if (!m_client->scope.isEmpty())
            m_context->scopes()->load();
        QStringList ids;
        for (const EntityRef *by : {&m_client->createdBy, &m_client->modifiedBy}) {
            if (by->name.isEmpty() && !by->id.isEmpty())
                ids << by->id;
        }
        lookUpUsers(ids);
    }
    render();
}

void ClientDetailsView::lookUpUsers(const QStringList &ids)
{
    if (m_users && !ids.isEmpty())
        m_users->lookUp(ids);
}

QString ClientDetailsView::auditHtml(const QDateTime &when, const EntityRef &by, const QString &muted) const
{
    if (!by.name.isEmpty() || by.id.isEmpty() || !m_users)
        return detailshtml::audit(when, by);
    // The API gave only an id: the name from the Users API, else the id with the reason.
    EntityRef named = by;
    named.name = m_users->name(by.id);
    if (!named.name.isEmpty())
        return detailshtml::audit(when, named);
    QString h = detailshtml::audit(when, EntityRef{});
    const QString why = m_users->isPending(by.id) ? tr("Looking up the name…") : m_users->failure(by.id);
    h +=
        u" "_s + esc(tr("by %1")).arg(u"<span title='%1'><code>%2</code></span>"_s.arg(esc(why), esc(by.id)));
    if (!why.isEmpty())
        h += u" <span style='color:%1' title='%2'>(%3)</span>"_s.arg(
            muted, esc(why), esc(m_users->isPending(by.id) ? tr("looking up…") : tr("name unknown")));
    return h;
}

QString ClientDetailsView::toolTipAt(const QPoint &pos) const
{
    return m_browser->cursorForPosition(pos).charFormat().toolTip();
}

bool ClientDetailsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_browser->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString ClientDetailsView::plainText() const
{
    return m_browser->toPlainText();
}

void ClientDetailsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ClientDetailsView::render()
{
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(html());
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(scroll);
}

QString ClientDetailsView::html() const
{
    const QPalette pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    if (!m_client) {
        return paragraph(muted, tr("Select a client to see its details."));
    }
    const OAuthClient &c = *m_client;
    const DirectoryCache *dir = m_context ? m_context->directory() : nullptr;
    const ScopeCatalog *scopes = m_context ? m_context->scopes() : nullptr;

    Theme::Tone tone = Theme::Tone::Info;
    switch (c.clientState()) {
    case ClientState::Active:
        tone = Theme::Tone::Success;
        break;
    case ClientState::Disabled:
    case ClientState::Inactive:
        tone = Theme::Tone::Warning;
        break;
    case ClientState::Deleted:
        tone = Theme::Tone::Error;
        break;
    case ClientState::Unknown:
        break;
    }

    QString h;
    h += u"<html><body>"_s;
    h += u"<h2 style='margin-bottom:2px'>%1</h2>"_s.arg(esc(c.name.isEmpty() ? tr("(no name)") : c.name));
    h +=
        u"<p style='margin-top:0'><span style='color:%1'>&#9679;</span> %2 &nbsp;·&nbsp; %3 &nbsp;·&nbsp; %4</p>"_s
            .arg(Theme::toneColor(tone).name(),
                 esc(ClientLabels::stateLabel(c.state.isEmpty() ? u"active"_s : c.state)),
                 esc(ClientLabels::grantTypeLabel(c.grantType)),
                 esc(tr("token lifetime %1").arg(ClientLabels::formatLifetime(c.tokenLifetime()))));
    if (const Session *s = m_context ? m_context->session() : nullptr; s && isSignedInWith(s, c.id))
        h += u"<p id='signedInClient'><span style='color:%1'>&#9888;</span> <b>%2</b> %3</p>"_s.arg(
            Theme::toneColor(Theme::Tone::Warning).name(), esc(tr("Signed in with this client.")),
            esc(tr("Deleting, deactivating or disabling it ends this session.")));
    if (!c.description.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(c.description).replace(u'\n', u"<br>"_s));

    h += u"<table cellspacing='0' cellpadding='0'>"_s;
    h += unbrokenRow(tr("Client ID"), u"<code>%1</code> &nbsp;<a href='action:copy-id'>%2</a>"_s.arg(
                                          esc(c.id), esc(tr("Copy"))));
    h += row(tr("Grant type"), u"%1 <span style='color:%2'>(%3)</span>"_s.arg(
                                   esc(ClientLabels::grantTypeLabel(c.grantType)), muted, esc(c.grantType)));
    QString state = esc(ClientLabels::stateLabel(c.state));
    if (c.dateToDelete.isValid()) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(c.dateToDelete);
        const QString left = days > 1    ? tr("in %1 days").arg(days)
                             : days == 1 ? tr("tomorrow")
                             : days == 0 ? tr("today")
                                         : QString();
        // A date gone by reads in the past tense: the platform was due to delete it then.
        state += u" — "_s +
                 esc(days >= 0 ? tr("the platform deletes it on %1 (%2)").arg(when(c.dateToDelete), left)
                     : days == -1
                         ? tr("the platform was due to delete it on %1 (yesterday)").arg(when(c.dateToDelete))
                         : tr("the platform was due to delete it on %1 (%2 days ago)")
                               .arg(when(c.dateToDelete))
                               .arg(-days));
    }
    h += row(tr("State"), state);
    QString lifetime = esc(ClientLabels::formatLifetime(c.tokenLifetime()));
    lifetime += u" <span style='color:%1'>(%2)</span>"_s.arg(
        muted, esc(tr("%1 seconds").arg(QLocale().toString(c.tokenLifetime()))));
    if (!c.accessTokenValiditySeconds)
        lifetime += u" "_s + esc(tr("— not set; the platform's default"));
    h += row(tr("Token lifetime"), lifetime);
    h += row(tr("Created"), auditHtml(c.dateCreated, c.createdBy, muted));
    h += row(tr("Modified"), auditHtml(c.dateModified, c.modifiedBy, muted));
    h += u"</table>"_s;

    const GrantType grant = c.grant();
    if (grantUsesRedirectUris(grant) || !c.registeredRedirectUri.isEmpty()) {
        h += u"<h3>%1</h3>"_s.arg(esc(tr("Redirect URIs (%1)").arg(c.registeredRedirectUri.size())));
        if (c.registeredRedirectUri.isEmpty()) {
            h += paragraph(muted, tr("None."));
        } else {
            h += u"<ul style='margin-left:-20px'>"_s;
            for (const QString &uri : c.registeredRedirectUri)
                h += u"<li><code>%1</code></li>"_s.arg(esc(uri));
            h += u"</ul>"_s;
        }
    }

    if (grantUsesScopes(grant) || !c.scope.isEmpty())
        h += detailshtml::scopesSection(c.scope, scopes, muted);

    if (grantUsesRoles(grant) || !c.roleDivisions.isEmpty() || !c.roleIds.isEmpty()) {
        h += u"<h3>%1</h3>"_s.arg(
            esc(tr("Roles (%1)").arg(c.roleDivisions.isEmpty() ? c.roleIds.size() : c.roleDivisions.size())));
        if (dir && dir->isLoading())
            h += paragraph(muted, tr("Loading role and division names…"));
        else if (dir && (dir->rolesError().isError() || dir->divisionsError().isError()))
            h += paragraph(muted,
                           tr("Names could not be loaded, ids are shown: %1")
                               .arg((dir->rolesError().isError() ? dir->rolesError() : dir->divisionsError())
                                        .userMessage()));
        auto name = [&](const QString &id, bool role) {
            const QString n = dir ? (role ? dir->roleName(id) : dir->divisionName(id)) : QString();
            if (n.isEmpty())
                return u"<code>%1</code>"_s.arg(esc(id));
            return u"%1 <span style='color:%2'>(<code>%3</code>)</span>"_s.arg(esc(n), muted, esc(id));
        };
        if (c.roleDivisions.isEmpty() && c.roleIds.isEmpty()) {
            h += paragraph(muted, tr("None."));
        } else {
            h += u"<table cellspacing='0' cellpadding='0'><tr><th align='left' "
                 u"style='padding-right:12px'>%1</th>"
                 u"<th align='left'>%2</th></tr>"_s.arg(esc(tr("Role")), esc(tr("Division")));
            for (const RoleDivision &rd : c.roleDivisions) {
                h +=
                    u"<tr><td style='padding:1px 12px 1px 0' valign='top'>%1</td><td style='padding:1px 0'>%2</td></tr>"_s
                        .arg(name(rd.roleId, true), rd.divisionId.isEmpty() ? esc(tr("(home division)"))
                                                                            : name(rd.divisionId, false));
            }
            if (c.roleDivisions.isEmpty()) {
                for (const QString &r : c.roleIds)
                    h += u"<tr><td style='padding:1px 12px 1px 0'>%1</td><td>%2</td></tr>"_s.arg(
                        name(r, true), esc(tr("(deprecated roleIds, no division)")));
            }
            h += u"</table>"_s;
        }
    }

    const QStringList unknown = c.unknownFields();
    if (!unknown.isEmpty()) {
        QJsonObject other;
        const QJsonObject all = c.json.object();
        for (const QString &k : unknown)
            other.insert(k, all.value(k));
        h += u"<h3>%1</h3>"_s.arg(esc(tr("Other fields")));
        h += paragraph(
            muted, tr("Sent by the server but not shown above; kept as they are when the client is saved."));
        h += u"<pre>%1</pre>"_s.arg(
            esc(QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Indented))));
    }

    h += u"<p><a href='action:export'>%1</a></p>"_s.arg(esc(tr("Export configuration (without secret)…")));
    h += u"</body></html>"_s;
    return h;
}
