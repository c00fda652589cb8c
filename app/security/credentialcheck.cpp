// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/security/credentialcheck.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace credentialcheck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialCheck)
};

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

QString describe(Kind kind)
{
    switch (kind) {
    case Kind::AccessToken:
        return Tr::tr("The access token");
    case Kind::RefreshToken:
        return Tr::tr("The refresh token");
    case Kind::ClientId:
        return Tr::tr("The client id");
    case Kind::ClientSecret:
        return Tr::tr("The client secret");
    }
    return {};
}
} // namespace

bool isB64Token(QByteArrayView value)
{
    qsizetype i = 0;
    while (i < value.size() && isTokenChar(value[i]))
        ++i;
    if (i == 0)
        return false;
    while (i < value.size() && value[i] == '=')
        ++i;
    return i == value.size();
}

bool isSafeHeaderValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u > 0x7E)
            return false;
    }
    return true;
}

Result<QByteArray> check(const QByteArray &value, Kind kind, const QString &origin)
{
    const QByteArray trimmed = value.trimmed();
    if (isB64Token(trimmed))
        return trimmed;
    const QString what = origin.isEmpty() ? describe(kind) : u"%1 (%2)"_s.arg(describe(kind), origin);
    const QString message =
        trimmed.isEmpty()
            ? Tr::tr("%1 is empty; nothing was sent.").arg(what)
            : Tr::tr("%1 contains characters that a token, client id or secret cannot contain (only letters, "
                     "digits and - . _ ~ + / with = at the end are allowed; a line break or control "
                     "character is a sign of a damaged or tampered value). Nothing was sent.")
                  .arg(what);
    ApiError e = ApiError::make(ApiError::Kind::Auth, message);
    e.code = RefusedCode;
    return e;
}

Result<QByteArray> check(const QString &value, Kind kind, const QString &origin)
{
    return check(value.toUtf8(), kind, origin);
}

} // namespace credentialcheck
