#include "sync/woo/woocommerceclient.h"

#include "sync/woo/woocommerceclient_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace backroom {

using namespace woodetail;

namespace {

const QString kCatalogueFields = QStringLiteral("id,parent_id,sku,name,type,status,manage_stock,stock_quantity,variations");

CatalogueItem catalogueItem(const QJsonObject &o, qint64 parentId)
{
    CatalogueItem item;
    item.id = o.value(QLatin1String("id")).toInteger();
    item.parentId = parentId ? parentId : o.value(QLatin1String("parent_id")).toInteger();
    item.sku = o.value(QLatin1String("sku")).toString();
    item.name = o.value(QLatin1String("name")).toString();
    item.type = parentId ? QStringLiteral("variation") : o.value(QLatin1String("type")).toString();
    item.status = o.value(QLatin1String("status")).toString();
    // Variations answer manage_stock "parent" when the parent product manages their stock.
    const QJsonValue manage = o.value(QLatin1String("manage_stock"));
    item.manageStock = manage.isBool() ? manage.toBool() : manage.toString() == QLatin1String("parent");
    const QJsonValue qty = o.value(QLatin1String("stock_quantity"));
    if (qty.isDouble())
        item.stockQuantity = qty.toDouble();
    for (const QJsonValue &v : o.value(QLatin1String("variations")).toArray())
        item.variationIds << v.toInteger();
    return item;
}

void readCataloguePage(const HttpResponse &r, qint64 parentId, const StoreClient::Callback<CataloguePage> &done)
{
    SyncError e;
    const auto doc = parseJson(r, true, &e);
    if (!doc)
        return done(Result<CataloguePage>(e));
    CataloguePage page;
    for (const QJsonValue &v : doc->array()) {
        if (!v.isObject())
            return done(Result<CataloguePage>(badBody(r, QStringLiteral("a product that is not a JSON object"))));
        page.items << catalogueItem(v.toObject(), parentId);
    }
    page.total = headerInt(r, "X-WP-Total");
    page.totalPages = headerInt(r, "X-WP-TotalPages");
    done(Result<CataloguePage>(std::move(page)));
}

} // namespace

void WooCommerceClient::listProducts(int page, int perPage, Callback<CataloguePage> done)
{
    const QueryParams params{{QStringLiteral("page"), QString::number(page)},
                             {QStringLiteral("per_page"), QString::number(qBound(1, perPage, 100))},
                             {QStringLiteral("orderby"), QStringLiteral("id")},
                             {QStringLiteral("order"), QStringLiteral("asc")},
                             {QStringLiteral("_fields"), kCatalogueFields}};
    d->send(d->request("GET", QStringLiteral("/products"), params), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        readCataloguePage(r, 0, done);
    });
}

void WooCommerceClient::listVariations(qint64 productId, int page, int perPage, Callback<CataloguePage> done)
{
    const QueryParams params{{QStringLiteral("page"), QString::number(page)},
                             {QStringLiteral("per_page"), QString::number(qBound(1, perPage, 100))},
                             {QStringLiteral("orderby"), QStringLiteral("id")},
                             {QStringLiteral("order"), QStringLiteral("asc")},
                             {QStringLiteral("_fields"), kCatalogueFields}};
    d->send(d->request("GET", QStringLiteral("/products/%1/variations").arg(productId), params),
            [done, productId](const HttpResponse &r) {
                if (!r.ok())
                    return Private::fail(done, r);
                readCataloguePage(r, productId, done);
            });
}

} // namespace backroom
