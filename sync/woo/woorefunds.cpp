// Store refunds: the wc/v3 refund shape (fixtures/woocommerce-live/15_order_refunds_list.json)
// and the StoreClient defaults for clients that cannot read refunds or set a status.
#include "sync/woo/storeclient.h"

#include <QJsonObject>
#include <QMetaObject>

namespace backroom {

namespace {

SyncError malformed(qint64 refundId, const QString &what)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("bad_refund_shape");
    e.message = refundId > 0 ? QStringLiteral("WooCommerce refund %1: %2").arg(refundId).arg(what)
                             : QStringLiteral("WooCommerce refund: %1").arg(what);
    e.hint = QStringLiteral("Check the refund in WooCommerce (a plugin may have written it); correct or delete it "
                            "there, then retry, or resolve the exception and book the credit in the ERP by hand.");
    return e;
}

// Money may come as a string ("-12.00") or, from some plugins, as a number.
std::optional<Money> money(const QJsonValue &v)
{
    if (v.isDouble())
        return Money::fromDouble(v.toDouble());
    if (v.isString())
        return Money::parse(v.toString());
    if (v.isUndefined() || v.isNull())
        return Money();
    return std::nullopt;
}

} // namespace

Result<QList<StoreRefund>> parseWooRefunds(const QJsonArray &refunds)
{
    QList<StoreRefund> out;
    for (const QJsonValue &rv : refunds) {
        if (!rv.isObject())
            return malformed(0, QStringLiteral("an entry of the listing is not an object"));
        const QJsonObject r = rv.toObject();
        StoreRefund refund;
        refund.id = r.value(QLatin1String("id")).toInteger();
        if (refund.id <= 0)
            return malformed(0, QStringLiteral("a refund has no id"));
        const auto amount = money(r.value(QLatin1String("amount")));
        if (!amount || *amount < Money())
            return malformed(refund.id, QStringLiteral("amount \"%1\" is not a positive amount of money")
                                            .arg(r.value(QLatin1String("amount")).toVariant().toString()));
        refund.amount = *amount;
        // The docs' examples name it "refund" where the code emits "reason".
        refund.reason = r.value(QLatin1String("reason")).toString(r.value(QLatin1String("refund")).toString());
        refund.dateCreatedGmt = r.value(QLatin1String("date_created_gmt")).toString();
        for (const QJsonValue &lv : r.value(QLatin1String("line_items")).toArray()) {
            const QJsonObject l = lv.toObject();
            StoreRefundLine line;
            const QJsonValue q = l.value(QLatin1String("quantity"));
            if (!q.isDouble())
                return malformed(refund.id, QStringLiteral("a refunded line has no quantity"));
            line.quantity = std::abs(q.toDouble());
            const auto total = money(l.value(QLatin1String("total")));
            const auto tax = money(l.value(QLatin1String("total_tax")));
            if (!total || !tax)
                return malformed(refund.id, QStringLiteral("a refunded line's total or tax is not money"));
            line.total = total->abs();
            line.tax = tax->abs();
            line.productId = l.value(QLatin1String("product_id")).toInteger();
            line.variationId = l.value(QLatin1String("variation_id")).toInteger();
            line.sku = l.value(QLatin1String("sku")).toString();
            line.name = l.value(QLatin1String("name")).toString();
            for (const QJsonValue &mv : l.value(QLatin1String("meta_data")).toArray()) {
                const QJsonObject m = mv.toObject();
                if (m.value(QLatin1String("key")).toString() == QLatin1String("_refunded_item_id"))
                    line.refundedItemId = m.value(QLatin1String("value")).toVariant().toLongLong();
            }
            if (line.quantity <= 0 && line.total.isZero())
                continue; // a line refunded by nothing
            refund.lines << line;
        }
        out << refund;
    }
    return out;
}

void StoreClient::listRefunds(qint64, Callback<QList<StoreRefund>> done)
{
    SyncError e;
    e.category = ErrorCategory::Internal;
    e.code = QStringLiteral("unsupported");
    e.message = QStringLiteral("%1 cannot read refunds").arg(connectionName());
    QMetaObject::invokeMethod(this, [done, e] { done(e); }, Qt::QueuedConnection);
}

void StoreClient::setOrderStatus(qint64, const QString &, Callback<QJsonObject> done)
{
    SyncError e;
    e.category = ErrorCategory::Internal;
    e.code = QStringLiteral("unsupported");
    e.message = QStringLiteral("%1 cannot set an order's status").arg(connectionName());
    QMetaObject::invokeMethod(this, [done, e] { done(e); }, Qt::QueuedConnection);
}

} // namespace backroom
