// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/entities.h"

#include <QCoreApplication>
#include <QSet>

// Fetches a listing to its end: the first request, then each nextUri the server gives, as long as
// it stays on the API host, does not repeat, and the page cap is not reached.
template<class T>
class PagedFetch final : public Sequence<QList<T>>
{
public:
    using Parser = std::function<Result<Page<T>>(const QByteArray &)>;
    static constexpr int MaxPages = 500;

    static Operation *start(ApiClient *api, ApiRequest first, Parser parser, QObject *context,
                            Handler<QList<T>> done)
    {
        auto *op = new PagedFetch(api, std::move(parser), context, std::move(done));
        op->fetch(std::move(first));
        return op;
    }

private:
    PagedFetch(ApiClient *api, Parser parser, QObject *context, Handler<QList<T>> done)
        : Sequence<QList<T>>(api, context, std::move(done))
        , m_api(api)
        , m_parser(std::move(parser))
    {}

    void fetch(ApiRequest request)
    {
        ++m_pages;
        ApiCall *call = m_api->send(std::move(request));
        this->track(call);
        call->then(this, [this](const ApiCall &c) { onPage(c); });
    }

    void onPage(const ApiCall &c)
    {
        if (this->stopped())
            return;
        if (!c.ok()) {
            this->complete(c.error());
            return;
        }
        Result<Page<T>> page = m_parser(c.body());
        if (!page) {
            ApiError e = page.error();
            e.url = c.request().url.isValid() ? c.request().url.path() : c.request().path;
            e.method = QStringLiteral("GET");
            this->complete(e);
            return;
        }
        if (m_items.isEmpty())
            m_items = std::move(page.value().entities);
        else
            m_items.append(std::move(page.value().entities));
        const QString next = page->nextUri;
        const bool lastByCount = page->pageCount > 0 && page->pageNumber >= page->pageCount;
        if (next.isEmpty() || lastByCount || m_pages >= MaxPages || m_seen.contains(next)) {
            this->complete(std::move(m_items));
            return;
        }
        m_seen.insert(next);
        const QUrl url = m_api->resolveServerUri(next);
        if (!url.isValid()) {
            this->complete(ApiError::make(
                ApiError::Kind::BadResponse,
                QCoreApplication::translate("PagedFetch",
                                            "The server pointed the next page to another host (%1); "
                                            "OAuth Desk does not follow it.")
                    .arg(QUrl(next).host())));
            return;
        }
        ApiRequest r = c.request();
        r.path.clear();
        r.query.clear();
        r.url = url;
        fetch(std::move(r));
    }

    ApiClient *m_api;
    Parser m_parser;
    QList<T> m_items;
    QSet<QString> m_seen;
    int m_pages = 0;
};
