// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/clientformvalidator.h"

#include "models/domain/clientlabels.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QMap<ClientFormField, QString> ClientFormValidator::problems(const ClientFormValues &v,
                                                             const std::optional<OAuthClient> &original)
{
    QMap<ClientFormField, QString> p;
    if (v.name.isEmpty())
        p.insert(ClientFormField::Name, tr("Give the client a name."));
    const bool unchanged = original && v.lifetime == original->tokenLifetime();
    if (!unchanged && (v.lifetime < TokenLifetime::Minimum || v.lifetime > TokenLifetime::Maximum))
        p.insert(ClientFormField::Lifetime, tr("Choose a lifetime from %1 s (%2) to %3 s (%4).")
                                                .arg(QLocale().toString(TokenLifetime::Minimum),
                                                     ClientLabels::formatLifetime(TokenLifetime::Minimum),
                                                     QLocale().toString(TokenLifetime::Maximum),
                                                     ClientLabels::formatLifetime(TokenLifetime::Maximum)));
    if (grantUsesRedirectUris(v.grant)) {
        if (v.redirectUris.isEmpty())
            p.insert(ClientFormField::Redirect,
                     tr("Add at least one redirect URI: the platform sends the user back there."));
        for (const QString &u : v.redirectUris) {
            const QString problem = checkRedirectUri(u);
            if (!problem.isEmpty()) {
                p.insert(ClientFormField::Redirect, problem);
                break;
            }
        }
        if (!v.typedRedirectUri.isEmpty()) {
            const QString problem = checkRedirectUri(v.typedRedirectUri);
            p.insert(ClientFormField::Redirect,
                     problem.isEmpty()
                         ? tr("Press Add (or Enter) to add the URI you typed, or clear the field.")
                         : problem);
        }
    }
    if (grantUsesScopes(v.grant) && v.scopes.isEmpty())
        p.insert(ClientFormField::Scopes,
                 tr("Select at least one scope: they limit what the client's tokens may do."));
    if (grantUsesRoles(v.grant) && !v.pendingRole.isEmpty())
        p.insert(ClientFormField::Roles, tr("Pick a role from the list and its division, then press Add Role "
                                            "(or clear the role field)."));
    else if (grantUsesRoles(v.grant) && v.roles.isEmpty())
        p.insert(ClientFormField::Roles,
                 tr("Add at least one role: a client-credentials client can do only what its roles allow."));
    return p;
}

QString ClientFormValidator::checkRedirectUri(const QString &uri)
{
    // The platform's rules: an absolute URI, a host for http(s), no fragment; custom schemes of
    // native apps and "*" wildcards are allowed.
    if (uri.isEmpty())
        return tr("Enter a URI.");
    if (uri.contains(QRegularExpression(u"\\s"_s)))
        return tr("A redirect URI cannot contain spaces.");
    QString checked = uri;
    checked.replace(u'*', u'x'); // a wildcard stands for any host or path part
    const QUrl url(checked, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative())
        return tr("“%1” is not a valid absolute URI (for example https://app.example.com/callback).")
            .arg(uri);
    if (url.hasFragment())
        return tr("A redirect URI cannot have a fragment (#…).");
    const QString scheme = url.scheme().toLower();
    if ((scheme == "http"_L1 || scheme == "https"_L1) && url.host().isEmpty())
        return tr("“%1” has no host.").arg(uri);
    if (scheme != "http"_L1 && scheme != "https"_L1 && url.path().isEmpty() && url.host().isEmpty())
        return tr("“%1” needs a path after the scheme (for example com.example.app:/callback).").arg(uri);
    return {};
}

std::optional<ClientFormField> ClientFormValidator::fieldOfServerName(const QString &name)
{
    const QString key = name.section(u'[', 0, 0).section(u'.', 0, 0);
    if (key == "name"_L1)
        return ClientFormField::Name;
    if (key == "description"_L1)
        return ClientFormField::Description;
    if (key == "authorizedGrantType"_L1)
        return ClientFormField::Grant;
    if (key == "accessTokenValiditySeconds"_L1)
        return ClientFormField::Lifetime;
    if (key == "state"_L1 || key == "dateToDelete"_L1)
        return ClientFormField::State;
    if (key == "registeredRedirectUri"_L1)
        return ClientFormField::Redirect;
    if (key == "scope"_L1)
        return ClientFormField::Scopes;
    if (key == "roleDivisions"_L1 || key == "roleIds"_L1)
        return ClientFormField::Roles;
    return std::nullopt;
}
