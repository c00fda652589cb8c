// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz targets for the QJsonDocument-based mappings of models/: scopes, authorizations, roles and
// divisions, token information, usage, and the platform's ErrorBody.
#include "models/domain/authorization.h"
#include "models/domain/directory.h"
#include "models/domain/scope.h"
#include "models/domain/usage.h"
#include "tests/fuzz/fuzztargets.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// A refused body is a BadResponse that says something.
void checkBadResponse(const ApiError &e)
{
    FUZZ_CHECK(e.kind == ApiError::Kind::BadResponse);
    FUZZ_CHECK(!e.userMessage().isEmpty());
    FUZZ_CHECK(!e.summary().isEmpty());
}

void checkNoSecret(const OAuthAuthorization &a)
{
    FUZZ_CHECK(!a.json.value("client"_L1).toObject().contains("secret"_L1));
    FUZZ_CHECK(!a.client.json.contains("secret"_L1));
}

int nestingDepth(const ApiError &e)
{
    int deepest = 0;
    for (const ApiError &nested : e.errors)
        deepest = std::max(deepest, 1 + nestingDepth(nested));
    return deepest;
}

void checkErrorBounds(const ApiError &e)
{
    // Messages are clipped (2,000 characters and an ellipsis); the nesting and lists are bounded.
    FUZZ_CHECK(e.message.size() <= 2001);
    FUZZ_CHECK(e.messageWithParams.size() <= 2001);
    FUZZ_CHECK(e.errors.size() <= 8);
    FUZZ_CHECK(e.details.size() <= 100);
    for (const ApiError &nested : e.errors)
        checkErrorBounds(nested);
}

} // namespace

int fuzzScope(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<QList<OAuthScope>> listing = parseScopeListing(body);
    if (listing) {
        for (const OAuthScope &s : listing.value())
            FUZZ_CHECK(!s.id.isEmpty());
    } else {
        checkBadResponse(listing.error());
    }
    const Result<OAuthScope> one = parseScope(body);
    if (one)
        FUZZ_CHECK(!one->id.isEmpty());
    else
        checkBadResponse(one.error());
    return 0;
}

int fuzzAuthorization(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<QList<OAuthAuthorization>> listing = parseAuthorizationListing(body);
    if (listing) {
        for (const OAuthAuthorization &a : listing.value())
            checkNoSecret(a);
    } else {
        checkBadResponse(listing.error());
    }
    const Result<OAuthAuthorization> one = parseAuthorization(body);
    if (one)
        checkNoSecret(one.value());
    else
        checkBadResponse(one.error());
    return 0;
}

int fuzzDirectory(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const Result<Page<Role>> roles = parseRolePage(body);
    if (roles) {
        for (const Role &r : roles->entities)
            FUZZ_CHECK(!r.id.isEmpty());
    } else {
        checkBadResponse(roles.error());
    }
    const Result<Page<Division>> divisions = parseDivisionPage(body);
    if (divisions) {
        for (const Division &d : divisions->entities)
            FUZZ_CHECK(!d.id.isEmpty());
    } else {
        checkBadResponse(divisions.error());
    }
    FUZZ_CHECK(roles.ok() == divisions.ok()); // the same envelope rules for both
    return 0;
}

int fuzzTokenInfo(const uint8_t *data, size_t size)
{
    const Result<TokenInfo> info = parseTokenInfo(fuzz::bytes(data, size));
    if (!info)
        checkBadResponse(info.error());
    else
        FUZZ_CHECK(!info->dateTokenIdles.isValid() || info->dateTokenIdles.timeSpec() == Qt::UTC);
    return 0;
}

int fuzzUsageExecution(const uint8_t *data, size_t size)
{
    const Result<UsageExecution> e = parseUsageExecution(fuzz::bytes(data, size));
    if (e)
        FUZZ_CHECK(!e->executionId.isEmpty() || !e->resultsUri.isEmpty());
    else
        checkBadResponse(e.error());
    return 0;
}

int fuzzUsageResult(const uint8_t *data, size_t size)
{
    const Result<UsageResult> r = parseUsageResult(fuzz::bytes(data, size));
    if (!r) {
        checkBadResponse(r.error());
        return 0;
    }
    switch (r->status) {
    case UsageStatus::Running:
        FUZZ_CHECK(r->rawStatus == "Running"_L1);
        break;
    case UsageStatus::Complete:
        FUZZ_CHECK(r->rawStatus == "Complete"_L1);
        break;
    case UsageStatus::Failed:
        FUZZ_CHECK(r->rawStatus == "Failed"_L1);
        break;
    case UsageStatus::Unknown:
        break;
    }
    for (const UsageRow &row : r->rows) {
        // Counts are never negative, whatever the server sent.
        FUZZ_CHECK(row.status200 >= 0 && row.status300 >= 0 && row.status400 >= 0);
        FUZZ_CHECK(row.status500 >= 0 && row.status429 >= 0 && row.requests >= 0);
    }
    return 0;
}

int fuzzErrorBody(const uint8_t *data, size_t size)
{
    static constexpr int Statuses[] = {400, 401, 403, 404, 409, 415, 429, 500, 502, 503, 504, 0};
    fuzz::Input in(data, size);
    const int status = Statuses[in.takeByte() % std::size(Statuses)];
    const ApiError e = ApiError::fromErrorBody(status, in.rest());
    FUZZ_CHECK(e.kind == ApiError::Kind::Http);
    FUZZ_CHECK(status == 0 || e.httpStatus == status);
    FUZZ_CHECK(nestingDepth(e) <= 4);
    checkErrorBounds(e);
    FUZZ_CHECK(!e.userMessage().isEmpty());
    FUZZ_CHECK(!e.summary().isEmpty());
    (void)e.missingPermissions();
    (void)e.fieldNames();
    return 0;
}
