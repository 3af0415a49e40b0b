// WooServer: /orders/<id>/refunds and the simulator's controls for refunds and cancellation
// (POST /__sim/orders/<id>/refund with {"amount"?, "reason", "lines": [{"line_id", "quantity"}]},
// POST /__sim/orders/<id>/cancel).
#include "sim/woo/wooserver.h"

#include "sim/woo/wooformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace backroom::sim::woo {

SimResponse WooServer::listRefunds(int id)
{
    OrderRecord *o = m_store->find(id);
    if (!o)
        return wpError(404, QStringLiteral("woocommerce_rest_order_invalid_id"), QStringLiteral("Invalid order ID."));
    const QJsonArray refunds = m_store->refundsJson(*o);
    SimResponse r = SimResponse::json(200, refunds);
    r.header("X-WP-Total", QByteArray::number(refunds.size()));
    r.header("X-WP-TotalPages", "1");
    return r;
}

SimResponse WooServer::createRefund(const SimRequest &request, int id)
{
    // Real WooCommerce creates the refund and, with api_refund true (the default), refunds the
    // payment through the gateway. Counted so that tests can prove an integration made none.
    ++m_apiRefunds;
    OrderRecord *o = m_store->find(id);
    if (!o)
        return wpError(404, QStringLiteral("woocommerce_rest_order_invalid_id"), QStringLiteral("Invalid order ID."));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QJsonObject spec{{QStringLiteral("reason"), body.value(QStringLiteral("reason"))}};
    if (body.contains(QStringLiteral("amount")))
        spec.insert(QStringLiteral("amount"), body.value(QStringLiteral("amount")));
    QString error;
    const QJsonObject refund = m_store->addRefund(*o, spec, now(), &error);
    if (refund.isEmpty())
        return wpError(400, QStringLiteral("woocommerce_rest_cannot_create_order_refund"), error);
    return SimResponse::json(201, refund);
}

std::optional<SimResponse> WooServer::flowAdmin(const SimRequest &request, const QStringList &segs)
{
    QStringList c;
    const QString star = QStringLiteral("*");
    if (request.method != "POST" || !http::match(segs, {QStringLiteral("__sim"), QStringLiteral("orders"), star, star}, &c))
        return std::nullopt;
    if (c[1] != QLatin1String("refund") && c[1] != QLatin1String("cancel"))
        return std::nullopt;
    OrderRecord *o = m_store->find(c[0].toInt());
    if (!o)
        return SimResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such order")}});
    if (c[1] == QLatin1String("cancel")) {
        m_store->update(*o, QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}}, now());
        return SimResponse::rawJson(200, m_store->renderBytes(*o));
    }
    QString error;
    const QJsonObject refund = m_store->addRefund(*o, QJsonDocument::fromJson(request.body).object(), now(), &error);
    if (refund.isEmpty())
        return SimResponse::json(400, QJsonObject{{QStringLiteral("error"), error}});
    return SimResponse::json(201, refund);
}

} // namespace backroom::sim::woo
