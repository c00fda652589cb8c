// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/oauthclient.h"
#include "ui/clients/clientformvalues.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

// The rules of the New/Edit Client form, checked before anything is sent: a name; a token
// lifetime in the documented range (unless the edited client already had it); for CODE and TOKEN
// at least one redirect URI, each absolute, with a host for http(s) and no fragment, and none typed
// but not added; a scope for every grant that uses scopes; a role for CLIENT-CREDENTIALS.
class ClientFormValidator
{
    Q_DECLARE_TR_FUNCTIONS(ClientFormValidator)
public:
    // What blocks saving, at most one problem per field, in form order (empty: valid). `original`
    // is the client being edited, if any.
    [[nodiscard]] static QMap<ClientFormField, QString> problems(const ClientFormValues &values,
                                                                 const std::optional<OAuthClient> &original);
    // Why a redirect URI is refused, or empty. Custom schemes of native apps and "*" wildcards are
    // allowed, as the platform allows them.
    [[nodiscard]] static QString checkRedirectUri(const QString &uri);
    // The form field that a field name in the server's error means ("scope[2]", "roleDivisions"),
    // if the form has one.
    [[nodiscard]] static std::optional<ClientFormField> fieldOfServerName(const QString &name);
};
