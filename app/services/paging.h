// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/net/apiclient.h"
#include "models/domain/entities.h"

#include <QCoreApplication>
#include <QSet>

// The code of the error a listing ends with when it cannot be complete (PagedFetch).
inline const QString IncompleteListingCode = QStringLiteral("oauthdesk.listing.incomplete");

// Fetches a listing to its end: the first request, then each nextUri the server gives, as long as
// it stays on the API host. A listing that does not end (the page cap is reached, or a nextUri
// comes again) is an error with code IncompleteListingCode, never success with part of the list:
// a caller that can show a part marked as incomplete gets it through `partial` first.
template<class T>
class PagedFetch final : public Sequence<QList<T>>
{
public:
    using Parser = std::function<Result<Page<T>>(const QByteArray &)>;
    // Receives what was fetched before a listing turned out not to end.
    using Partial = std::function<void(QList<T> items)>;
    static constexpr int MaxPages = 500;

    static Operation *start(ApiClient *api, ApiRequest first, Parser parser, QObject *context,
                            Handler<QList<T>> done, Partial partial = {})
    {
        auto *op = new PagedFetch(api, std::move(parser), context, std::move(done), std::move(partial));
        op->fetch(std::move(first));
        return op;
    }

private:
    PagedFetch(ApiClient *api, Parser parser, QObject *context, Handler<QList<T>> done, Partial partial)
        : Sequence<QList<T>>(api, context, std::move(done))
        , m_api(api)
        , m_parser(std::move(parser))
        , m_partial(std::move(partial))
    {}

    void fetch(ApiRequest request)
    {
        ++m_pages;
        request.largeResponse = true;
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
        if (next.isEmpty() || lastByCount) {
            this->complete(std::move(m_items));
            return;
        }
        if (m_seen.contains(next) || m_pages >= MaxPages) {
            incomplete(m_seen.contains(next)
                           ? QCoreApplication::translate(
                                 "PagedFetch", "The list is incomplete: the server named page %1 "
                                               "again as the next one, so the listing would never "
                                               "end. OAuth Desk stopped after %2 pages (%3 entries).")
                                 .arg(QUrl(next).path().left(200), QString::number(m_pages),
                                      QString::number(m_items.size()))
                           : QCoreApplication::translate(
                                 "PagedFetch", "The list is incomplete: the server still named a next "
                                               "page after %1 pages, the most OAuth Desk fetches "
                                               "(%2 entries so far).")
                                 .arg(m_pages)
                                 .arg(m_items.size()));
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

    void incomplete(const QString &message)
    {
        ApiError e = ApiError::make(ApiError::Kind::BadResponse, message);
        e.code = IncompleteListingCode;
        if (m_partial && this->contextAlive())
            m_partial(std::move(m_items));
        this->complete(e);
    }

    ApiClient *m_api;
    Parser m_parser;
    Partial m_partial;
    QList<T> m_items;
    QSet<QString> m_seen;
    int m_pages = 0;
};
