// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"

// The shape of a plain service call: send one request, then hand `done` the call's error, or what
// `parse(body)` makes of the answer (a Result<T>, so a body that does not fit is an error too).
//
//     return sendParsed<OAuthClient>(m_api, ApiRequest::get(clientPath(id)), &parseClient, context, done);
template<class T, class Parser>
Operation *sendParsed(ApiClient *api, ApiRequest request, Parser parse, QObject *context, Handler<T> done)
{
    return api->send(std::move(request))
        ->then(context, [done = std::move(done), parse = std::move(parse)](const ApiCall &c) {
            if (!c.ok()) {
                done(c.error());
                return;
            }
            done(parse(c.body()));
        });
}

// The same for a listing or usage results, whose answer may be large (ApiRequest::largeResponse).
template<class T, class Parser>
Operation *sendParsedLarge(ApiClient *api, ApiRequest request, Parser parse, QObject *context,
                           Handler<T> done)
{
    request.largeResponse = true;
    return sendParsed<T>(api, std::move(request), std::move(parse), context, std::move(done));
}
