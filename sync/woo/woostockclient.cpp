// Stock writes of the stock flow: POST /products/batch and /products/<id>/variations/batch.
#include "sync/woo/woocommerceclient.h"

#include "sync/woo/woocommerceclient_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace backroom {

using namespace woodetail;

namespace {

StoreClient::StockWriteResult stockResult(const QJsonObject &item, const HttpResponse &r)
{
    StoreClient::StockWriteResult out;
    out.id = item.value(QLatin1String("id")).toInteger();
    if (item.value(QLatin1String("error")).isObject()) {
        SyncError e = wooErrorFromObject(item.value(QLatin1String("error")).toObject(), 400);
        e.requestId = r.correlationId;
        out.error = std::move(e);
        return out;
    }
    // Variations answer manage_stock "parent" when the parent product manages their stock.
    const QJsonValue manage = item.value(QLatin1String("manage_stock"));
    out.manageStock = manage.isBool() ? manage.toBool() : manage.toString() == QLatin1String("parent");
    const QJsonValue qty = item.value(QLatin1String("stock_quantity"));
    if (qty.isDouble())
        out.stockQuantity = qty.toDouble();
    return out;
}

} // namespace

void WooCommerceClient::updateStock(qint64 parentId, const QList<StockUpdate> &updates,
                                    Callback<QList<StockWriteResult>> done)
{
    if (updates.isEmpty() || updates.size() > 100) {
        Result<QList<StockWriteResult>> res = QList<StockWriteResult>{};
        if (!updates.isEmpty())
            res = validationError(QStringLiteral("batch_too_large"),
                                  QStringLiteral("%1 stock updates in one batch; the limit is 100").arg(updates.size()),
                                  QStringLiteral("Split the batch."));
        QMetaObject::invokeMethod(this, [done, res] { done(res); }, Qt::QueuedConnection);
        return;
    }
    QJsonArray items;
    for (const StockUpdate &u : updates)
        items.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("stock_quantity"), u.quantity}});
    const QString path = parentId ? QStringLiteral("/products/%1/variations/batch").arg(parentId)
                                  : QStringLiteral("/products/batch");
    HttpRequest req = d->request("POST", path);
    d->withJsonBody(req, QJsonObject{{QStringLiteral("update"), items}});
    req.idempotent = true; // absolute quantities by id: repeating them changes nothing
    d->send(std::move(req), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        SyncError e;
        const std::optional<QJsonArray> update = batchUpdates(r, &e);
        if (!update)
            return done(Result<QList<StockWriteResult>>(e));
        QList<StockWriteResult> results;
        for (const QJsonValue &v : *update)
            results.append(stockResult(v.toObject(), r));
        done(Result<QList<StockWriteResult>>(std::move(results)));
    });
}

} // namespace backroom
