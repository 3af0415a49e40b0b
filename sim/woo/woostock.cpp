// Stock writes of the simulated shop: POST /products/batch and /products/<id>/variations/batch
// as WooCommerce 10 answers them (fixtures/woocommerce-live 50_*, 51_*, 52_*): HTTP 200 with
// one entry per item; a product that does not manage stock keeps stock_quantity null and no
// error is reported; an unknown id is an inline error with data.status 400.
#include "sim/woo/wooformat.h"
#include "sim/woo/wooserver.h"

#include <QJsonDocument>

namespace backroom::sim::woo {

namespace {

QByteArray itemError(qint64 id, const QString &code, const QString &message, int status)
{
    const QJsonObject e{{QStringLiteral("code"), code},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), status}}}};
    return wpJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("error"), e}});
}

} // namespace

SimResponse WooServer::batchStock(const SimRequest &request, int parentId)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return wpError(400, QStringLiteral("rest_invalid_json"), QStringLiteral("Invalid JSON body passed."),
                       QJsonObject{{QStringLiteral("json_error_code"), 4},
                                   {QStringLiteral("json_error_message"), QStringLiteral("Syntax error")}});
    WooCatalogue &cat = m_store->catalogue();
    if (parentId) {
        const Product *parent = cat.product(parentId);
        if (!parent || parent->isVariation())
            return wpError(404, QStringLiteral("woocommerce_rest_product_invalid_id"), QStringLiteral("Invalid ID."));
    }
    const QJsonObject body = doc.object();
    const QJsonArray updates = body.value(QStringLiteral("update")).toArray();
    const qsizetype count = body.value(QStringLiteral("create")).toArray().size() + updates.size()
        + body.value(QStringLiteral("delete")).toArray().size();
    if (count > 100)
        return wpError(413, QStringLiteral("woocommerce_rest_request_entity_too_large"),
                       QStringLiteral("Unable to accept more than 100 items for this request."));
    ++m_stockBatches;
    const qint64 created = m_store->orders().isEmpty() ? now() : m_store->orders().first().createdGmt - 86400;
    QList<QByteArray> items;
    for (const QJsonValue &v : updates) {
        const QJsonObject patch = v.toObject();
        const qint64 id = patch.value(QStringLiteral("id")).toInteger();
        Product *p = id > 0 ? cat.mutableProduct(int(id)) : nullptr;
        const bool fits = p && (parentId ? p->parentId == parentId : !p->isVariation());
        if (!fits) {
            items << (parentId ? itemError(id, QStringLiteral("woocommerce_rest_product_variation_invalid_id"), QStringLiteral("Invalid ID."), 400)
                               : itemError(id, QStringLiteral("woocommerce_rest_product_invalid_id"), QStringLiteral("Invalid ID."), 400));
            continue;
        }
        if (m_failStock.contains(p->id)) {
            items << itemError(id, QStringLiteral("woocommerce_rest_product_not_updated"),
                               QStringLiteral("Could not update the product (simulated fault)."), 500);
            continue;
        }
        const QJsonValue qty = patch.value(QStringLiteral("stock_quantity"));
        // WooCommerce sets stock_quantity only on an item that manages its stock; otherwise the
        // value is dropped without an error (50_products_batch_stock_managed_and_unmanaged).
        if (qty.isDouble() && p->manageStock && !p->isVariable()) {
            p->stock = qty.toInt();
            ++m_stockItemsWritten;
        }
        items << wpJson(parentId ? cat.variationJson(*p, m_store->baseUrl(), created, m_store->utcOffset())
                                 : cat.productJson(*p, m_store->baseUrl(), created, m_store->utcOffset()));
    }
    QByteArray out = "{\"update\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += "]}";
    return SimResponse::rawJson(200, out);
}

bool WooServer::setStockByHand(int id, int quantity)
{
    Product *p = m_store->catalogue().mutableProduct(id);
    if (!p || !p->manageStock || p->isVariable())
        return false;
    p->stock = quantity;
    return true;
}

void WooServer::setManageStock(int id, bool manage)
{
    if (Product *p = m_store->catalogue().mutableProduct(id))
        p->manageStock = manage;
}

} // namespace backroom::sim::woo
