// ErpNextAdapter::listItems: the item catalogue for the mapping editors' validation.
// GET /api/resource/Item?fields=["item_code","disabled"]&limit_start=N&limit_page_length=500
// &order_by=name asc (docs/mappings.md; Frappe "Listing Documents").
#include "sync/erp/erpnextadapter.h"
#include "sync/erp/erpnextpayload.h"
#include "sync/http/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backroom {

namespace {

constexpr int kItemPage = 500;
constexpr int kMaxItems = 200000; // a runaway guard: a server that ignores limit_start

std::optional<QList<ErpItem>> parseItems(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray())
        return std::nullopt;
    QList<ErpItem> out;
    for (const QJsonValue &v : doc.object().value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        ErpItem item;
        item.itemCode = o.value(QLatin1String("item_code")).toString();
        if (item.itemCode.isEmpty())
            item.itemCode = o.value(QLatin1String("name")).toString();
        if (item.itemCode.isEmpty())
            return std::nullopt;
        const QJsonValue d = o.value(QLatin1String("disabled"));
        item.disabled = d.isBool() ? d.toBool() : d.toInt() != 0;
        out << item;
    }
    return out;
}

} // namespace

void ErpNextAdapter::listItems(Callback<QList<ErpItem>> done)
{
    listItemsFrom(0, {}, std::move(done));
}

void ErpNextAdapter::listItemsFrom(int start, QList<ErpItem> sofar, Callback<QList<ErpItem>> done)
{
    QUrl url = frappeListUrl(m_conn.url, QStringLiteral("Item"), QJsonArray{},
                             {QStringLiteral("name"), QStringLiteral("item_code"), QStringLiteral("disabled")}, kItemPage);
    url.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&limit_start=%1&order_by=name%20asc").arg(start),
                 QUrl::StrictMode);
    m_http->send(request("GET", url), [this, start, sofar = std::move(sofar), done = std::move(done)](const HttpResponse &resp) mutable {
        if (!resp.ok()) {
            SyncError e = mapFrappeError(resp.status, resp.body, FrappeContext::Lookup, resp.error);
            if (e.requestId.isEmpty())
                e.requestId = resp.correlationId;
            return done(e);
        }
        const auto page = parseItems(resp.body);
        if (!page) {
            SyncError e;
            e.category = ErrorCategory::TransientRemote;
            e.code = QStringLiteral("unreadable_response");
            e.httpStatus = resp.status;
            e.requestId = resp.correlationId;
            e.message = QStringLiteral("ERPNext answered the item list with a body Backroom cannot read");
            e.hint = QStringLiteral("Check ERPNext and any proxy in front of it, then validate again.");
            return done(e);
        }
        sofar << *page;
        if (page->size() < kItemPage || sofar.size() >= kMaxItems)
            return done(sofar);
        listItemsFrom(start + kItemPage, std::move(sofar), std::move(done));
    });
}

} // namespace backroom
