// WooStore: refunds as WooCommerce 10 serves them (fixtures/woocommerce-live/15_order_refunds_list.json):
// amount positive, line quantities and totals negative, _refunded_item_id in the line's meta.
#include "sim/woo/woostore.h"

#include "sim/woo/wooformat.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace backroom::sim::woo {

namespace {
qint64 refundCents(const QJsonValue &v)
{
    return v.isString() ? qint64(std::llround(v.toString().toDouble() * 100.0)) : qint64(std::llround(v.toDouble() * 100.0));
}
} // namespace

QJsonObject WooStore::addRefund(OrderRecord &order, const QJsonObject &spec, qint64 nowGmt, QString *error)
{
    if (spec.value(QStringLiteral("raw")).isObject()) {
        // A refund as a broken plugin might have written it, served verbatim (fault tests).
        QJsonObject raw = spec.value(QStringLiteral("raw")).toObject();
        if (!raw.contains(QStringLiteral("id")))
            raw.insert(QStringLiteral("id"), m_seq.post++);
        order.refunds.prepend(raw);
        QJsonArray summary = order.data.value(QStringLiteral("refunds")).toArray();
        summary.prepend(QJsonObject{{QStringLiteral("id"), raw.value(QStringLiteral("id"))},
                                    {QStringLiteral("reason"), QString()}, {QStringLiteral("total"), QStringLiteral("-0.00")}});
        order.data.insert(QStringLiteral("refunds"), summary);
        touch(order, nowGmt);
        return raw;
    }
    const QJsonArray orderLines = order.data.value(QStringLiteral("line_items")).toArray();
    QJsonArray lines;
    qint64 linesTotal = 0;
    for (const QJsonValue &v : spec.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject want = v.toObject();
        const int lineId = want.value(QStringLiteral("line_id")).toInt();
        const double qty = want.value(QStringLiteral("quantity")).toDouble();
        QJsonObject src;
        for (const QJsonValue &l : orderLines) {
            if (l.toObject().value(QStringLiteral("id")).toInt() == lineId)
                src = l.toObject();
        }
        const double ordered = src.value(QStringLiteral("quantity")).toDouble();
        if (src.isEmpty() || qty <= 0 || qty > ordered) {
            if (error)
                *error = QStringLiteral("line %1 cannot be refunded %2 times").arg(lineId).arg(qty);
            return {};
        }
        const qint64 total = std::llround(double(refundCents(src.value(QStringLiteral("total")))) * qty / ordered);
        const qint64 tax = std::llround(double(refundCents(src.value(QStringLiteral("total_tax")))) * qty / ordered);
        const qint64 subtotal = std::llround(double(refundCents(src.value(QStringLiteral("subtotal")))) * qty / ordered);
        const qint64 subtotalTax = std::llround(double(refundCents(src.value(QStringLiteral("subtotal_tax")))) * qty / ordered);
        linesTotal += total + tax;
        lines.append(QJsonObject{
            {QStringLiteral("id"), m_seq.item++},
            {QStringLiteral("name"), src.value(QStringLiteral("name"))},
            {QStringLiteral("product_id"), src.value(QStringLiteral("product_id"))},
            {QStringLiteral("variation_id"), src.value(QStringLiteral("variation_id"))},
            {QStringLiteral("quantity"), -qty},
            {QStringLiteral("tax_class"), src.value(QStringLiteral("tax_class"))},
            {QStringLiteral("subtotal"), money(-subtotal)},
            {QStringLiteral("subtotal_tax"), money(-subtotalTax)},
            {QStringLiteral("total"), money(-total)},
            {QStringLiteral("total_tax"), money(-tax)},
            {QStringLiteral("taxes"), QJsonArray()},
            {QStringLiteral("meta_data"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), m_seq.meta++}, {QStringLiteral("key"), QStringLiteral("_refunded_item_id")},
                                    {QStringLiteral("value"), QString::number(lineId)},
                                    {QStringLiteral("display_key"), QStringLiteral("_refunded_item_id")},
                                    {QStringLiteral("display_value"), QString::number(lineId)}}}},
            {QStringLiteral("sku"), src.value(QStringLiteral("sku"))},
            {QStringLiteral("price"), src.value(QStringLiteral("price"))},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), QString()}, {QStringLiteral("src"), QString()}}},
            {QStringLiteral("parent_name"), QJsonValue()}});
    }
    const qint64 amount = spec.contains(QStringLiteral("amount")) ? refundCents(spec.value(QStringLiteral("amount"))) : linesTotal;
    qint64 refunded = 0;
    for (const QJsonValue &r : order.data.value(QStringLiteral("refunds")).toArray())
        refunded -= refundCents(r.toObject().value(QStringLiteral("total")));
    const qint64 orderTotal = refundCents(order.data.value(QStringLiteral("total")));
    if (amount <= 0 || refunded + amount > orderTotal) {
        if (error)
            *error = QStringLiteral("refund of %1 exceeds what is left to refund (%2)").arg(money(amount), money(orderTotal - refunded));
        return {};
    }
    const int id = m_seq.post++;
    QJsonObject refund{{QStringLiteral("id"), id},
                       {QStringLiteral("amount"), money(amount)},
                       {QStringLiteral("reason"), spec.value(QStringLiteral("reason")).toString()},
                       {QStringLiteral("refunded_by"), 1},
                       {QStringLiteral("refunded_payment"), false},
                       {QStringLiteral("meta_data"), QJsonArray()},
                       {QStringLiteral("line_items"), lines},
                       {QStringLiteral("shipping_lines"), QJsonArray()},
                       {QStringLiteral("tax_lines"), QJsonArray()},
                       {QStringLiteral("fee_lines"), QJsonArray()}};
    setDate(refund, QStringLiteral("date_created"), nowGmt, m_utcOffset);
    order.refunds.prepend(refund);
    QJsonArray summary = order.data.value(QStringLiteral("refunds")).toArray();
    summary.prepend(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), refund.value(QStringLiteral("reason"))},
                                {QStringLiteral("total"), money(-amount)}});
    order.data.insert(QStringLiteral("refunds"), summary);
    order.notes.append(Note{m_seq.note++, nowGmt, QStringLiteral("Refunded %1 – %2").arg(money(amount), refund.value(QStringLiteral("reason")).toString()),
                            false, false});
    if (refunded + amount == orderTotal)
        setStatus(order, QStringLiteral("refunded"), nowGmt);
    touch(order, nowGmt);
    return refund;
}

QJsonArray WooStore::refundsJson(const OrderRecord &order) const
{
    QJsonArray out;
    QSet<int> known;
    for (const QJsonObject &r : order.refunds) {
        out.append(r);
        known.insert(r.value(QStringLiteral("id")).toInt());
    }
    // Refunds the seed put on an order (summary only): served as amount-only refunds.
    for (const QJsonValue &v : order.data.value(QStringLiteral("refunds")).toArray()) {
        const QJsonObject s = v.toObject();
        if (known.contains(s.value(QStringLiteral("id")).toInt()))
            continue;
        QJsonObject r{{QStringLiteral("id"), s.value(QStringLiteral("id"))},
                      {QStringLiteral("amount"), money(-refundCents(s.value(QStringLiteral("total"))))},
                      {QStringLiteral("reason"), s.value(QStringLiteral("reason"))},
                      {QStringLiteral("refunded_by"), 1},
                      {QStringLiteral("refunded_payment"), false},
                      {QStringLiteral("meta_data"), QJsonArray()},
                      {QStringLiteral("line_items"), QJsonArray()},
                      {QStringLiteral("shipping_lines"), QJsonArray()},
                      {QStringLiteral("tax_lines"), QJsonArray()},
                      {QStringLiteral("fee_lines"), QJsonArray()}};
        setDate(r, QStringLiteral("date_created"), order.createdGmt, m_utcOffset);
        out.append(r);
    }
    return out;
}

} // namespace backroom::sim::woo
