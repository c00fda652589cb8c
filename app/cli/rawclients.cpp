// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rawclients.h"

#include "app/net/apiclient.h"
#include "app/services/paging.h"
#include "models/json/clienttexts.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace cli {

Result<Page<QByteArray>> parseRawClientPage(const QByteArray &body, int *skipped)
{
    Result<ClientTexts> texts = parseClientTexts(body);
    if (!texts)
        return texts.error();
    if (skipped)
        *skipped += texts->skipped;
    return std::move(texts).value().page;
}

Operation *fetchRawClients(ApiClient *api, QObject *context, Handler<RawClients> done)
{
    auto skipped = std::make_shared<int>(0);
    return PagedFetch<QByteArray>::start(
        api, ApiRequest::get(u"/api/v2/oauth/clients"_s),
        [skipped](const QByteArray &body) { return parseRawClientPage(body, skipped.get()); }, context,
        [skipped, done = std::move(done)](const Result<QList<QByteArray>> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            done(RawClients{r.value(), *skipped});
        });
}

void appendRawArray(QByteArray &out, const QList<QByteArray> &objects)
{
    qsizetype size = 2;
    for (const QByteArray &o : objects)
        size += o.size() + 1;
    out.reserve(out.size() + size + 1);
    out += '[';
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += ',';
        out += objects.at(i);
    }
    out += "]\n";
}

} // namespace cli
