#include "sim/woo/woostore.h"

#include "sim/woo/wooformat.h"

#include <QJsonArray>

#include <algorithm>

namespace backroom::sim::woo {

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("pending")) return QStringLiteral("Pending payment");
    if (status == QLatin1String("processing")) return QStringLiteral("Processing");
    if (status == QLatin1String("on-hold")) return QStringLiteral("On hold");
    if (status == QLatin1String("completed")) return QStringLiteral("Completed");
    if (status == QLatin1String("cancelled")) return QStringLiteral("Cancelled");
    if (status == QLatin1String("refunded")) return QStringLiteral("Refunded");
    if (status == QLatin1String("failed")) return QStringLiteral("Failed");
    return status;
}

WooStore::WooStore(quint64 seed, int initialOrders, qint64 anchorGmt, int utcOffset)
    : m_rng(seed)
    , m_utcOffset(utcOffset)
{
    // Spread the backlog over the past days; a third of the orders arrive in bursts that share
    // the same second as the previous one.
    const qint64 span = 3 * 24 * 3600;
    QList<qint64> created;
    qint64 t = anchorGmt - span;
    const qint64 step = initialOrders > 0 ? std::max<qint64>(1, span / initialOrders) : 1;
    for (int i = 0; i < initialOrders; ++i) {
        if (i == 0 || !m_rng.chance(0.35))
            t += m_rng.range(1, int(std::min<qint64>(2 * step, 7200)));
        created.append(std::min(t, anchorGmt));
    }
    for (qint64 c : created) {
        const int id = m_seq.post++;
        qint64 modified = c;
        if (m_rng.chance(0.25))
            modified = std::min(anchorGmt, c + m_rng.range(1, 3600));
        OrderRecord rec;
        rec.id = id;
        rec.data = generateOrder(m_rng, m_seq, m_catalogue, id, c, modified, m_utcOffset);
        rec.createdGmt = c;
        rec.modifiedGmt = modified;
        rec.status = rec.data.value(QStringLiteral("status")).toString();
        rec.customerId = rec.data.value(QStringLiteral("customer_id")).toInt();
        if (rec.status != QLatin1String("pending"))
            rec.notes.append(Note{m_seq.note++, c,
                                  QStringLiteral("Order status changed from Pending payment to %1.").arg(statusLabel(rec.status)),
                                  false, false});
        m_orders.insert(id, rec);
    }
}

void WooStore::setBaseUrl(const QString &baseUrl)
{
    m_baseUrl = baseUrl;
    for (OrderRecord &o : m_orders)
        invalidate(o);
}

QList<int> WooStore::addOrders(int count, qint64 nowGmt)
{
    QList<int> ids;
    for (int i = 0; i < count; ++i) {
        const int id = m_seq.post++;
        OrderRecord rec;
        rec.id = id;
        rec.data = generateOrder(m_rng, m_seq, m_catalogue, id, nowGmt, nowGmt, m_utcOffset);
        rec.createdGmt = nowGmt;
        rec.modifiedGmt = nowGmt;
        rec.status = rec.data.value(QStringLiteral("status")).toString();
        rec.customerId = rec.data.value(QStringLiteral("customer_id")).toInt();
        m_orders.insert(id, rec);
        ids.append(id);
    }
    return ids;
}

OrderRecord *WooStore::find(int id)
{
    auto it = m_orders.find(id);
    return it == m_orders.end() ? nullptr : &it.value();
}

bool WooStore::remove(int id)
{
    return m_orders.remove(id) > 0;
}

QJsonObject WooStore::render(const OrderRecord &order) const
{
    QJsonObject o = order.data;
    const QString self = m_baseUrl + QStringLiteral("/wp-json/wc/v3/orders/%1").arg(order.id);
    o.insert(QStringLiteral("payment_url"),
             QString(m_baseUrl + QStringLiteral("/checkout/order-pay/%1/?pay_for_order=true&key=%2")
                             .arg(order.id)
                             .arg(o.value(QStringLiteral("order_key")).toString())));
    QJsonObject links{
        {QStringLiteral("self"),
         QJsonArray{QJsonObject{{QStringLiteral("href"), self},
                                {QStringLiteral("targetHints"),
                                 QJsonObject{{QStringLiteral("allow"),
                                              QJsonArray{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                                         QStringLiteral("PATCH"), QStringLiteral("DELETE")}}}}}}},
        {QStringLiteral("collection"),
         QJsonArray{QJsonObject{{QStringLiteral("href"), QString(m_baseUrl + QStringLiteral("/wp-json/wc/v3/orders"))}}}},
        {QStringLiteral("email_templates"),
         QJsonArray{QJsonObject{{QStringLiteral("embeddable"), true},
                                {QStringLiteral("href"), QString(self + QStringLiteral("/actions/email_templates"))}}}}};
    if (order.customerId > 0)
        links.insert(QStringLiteral("customer"),
                     QJsonArray{QJsonObject{{QStringLiteral("href"),
                                             QString(m_baseUrl + QStringLiteral("/wp-json/wc/v3/customers/%1").arg(order.customerId))}}});
    o.insert(QStringLiteral("_links"), links);
    return o;
}

const QByteArray &WooStore::renderBytes(OrderRecord &order) const
{
    if (order.cache.isEmpty())
        order.cache = wpJson(render(order));
    return order.cache;
}

void WooStore::setStatus(OrderRecord &order, const QString &status, qint64 nowGmt)
{
    if (status == order.status)
        return;
    const QString from = order.status;
    order.status = status;
    order.data.insert(QStringLiteral("status"), status);
    if (status == QLatin1String("completed"))
        setDate(order.data, QStringLiteral("date_completed"), nowGmt, m_utcOffset);
    if ((status == QLatin1String("processing") || status == QLatin1String("completed"))
        && order.data.value(QStringLiteral("date_paid_gmt")).isNull()
        && order.data.value(QStringLiteral("payment_method")).toString() != QLatin1String("cod"))
        setDate(order.data, QStringLiteral("date_paid"), nowGmt, m_utcOffset);
    refreshDerived(order.data);
    order.notes.append(Note{m_seq.note++, nowGmt,
                            QStringLiteral("Order status changed from %1 to %2.").arg(statusLabel(from), statusLabel(status)),
                            false, false});
}

void WooStore::update(OrderRecord &order, const QJsonObject &patch, qint64 nowGmt)
{
    static const QStringList scalars = {QStringLiteral("customer_note"), QStringLiteral("transaction_id"),
                                        QStringLiteral("payment_method"), QStringLiteral("payment_method_title"),
                                        QStringLiteral("currency")};
    for (const QString &key : scalars)
        if (patch.contains(key) && !patch.value(key).isNull())
            order.data.insert(key, patch.value(key).toString());
    for (const QString &key : {QStringLiteral("billing"), QStringLiteral("shipping")}) {
        if (!patch.value(key).isObject())
            continue;
        QJsonObject address = order.data.value(key).toObject();
        const QJsonObject changes = patch.value(key).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            if (address.contains(it.key()))
                address.insert(it.key(), it.value().toString());
        order.data.insert(key, address);
    }
    if (patch.value(QStringLiteral("meta_data")).isArray()) {
        QJsonArray meta = order.data.value(QStringLiteral("meta_data")).toArray();
        for (const QJsonValue &v : patch.value(QStringLiteral("meta_data")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString key = m.value(QStringLiteral("key")).toString();
            const int metaId = m.value(QStringLiteral("id")).toInt();
            if (key.isEmpty() && metaId == 0)
                continue;
            qsizetype at = -1;
            for (qsizetype i = 0; i < meta.size(); ++i) {
                const QJsonObject existing = meta.at(i).toObject();
                if (metaId ? existing.value(QStringLiteral("id")).toInt() == metaId
                           : existing.value(QStringLiteral("key")).toString() == key) {
                    at = i;
                    break;
                }
            }
            const QJsonValue value = storedMetaValue(m.value(QStringLiteral("value")));
            if (at >= 0) {
                QJsonObject existing = meta.at(at).toObject();
                if (!key.isEmpty())
                    existing.insert(QStringLiteral("key"), key);
                existing.insert(QStringLiteral("value"), value);
                meta.replace(at, existing);
            } else if (!key.isEmpty()) {
                meta.append(QJsonObject{{QStringLiteral("id"), m_seq.meta++}, {QStringLiteral("key"), key},
                                        {QStringLiteral("value"), value}});
            }
        }
        QList<QJsonValue> sorted(meta.begin(), meta.end());
        std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a.toObject().value(QStringLiteral("key")).toString() < b.toObject().value(QStringLiteral("key")).toString();
        });
        QJsonArray out;
        for (const QJsonValue &v : sorted)
            out.append(v);
        order.data.insert(QStringLiteral("meta_data"), out);
    }
    if (patch.value(QStringLiteral("status")).isString())
        setStatus(order, patch.value(QStringLiteral("status")).toString(), nowGmt);
    touch(order, nowGmt);
}

void WooStore::touch(OrderRecord &order, qint64 nowGmt)
{
    order.modifiedGmt = nowGmt;
    setDate(order.data, QStringLiteral("date_modified"), nowGmt, m_utcOffset);
    invalidate(order);
}

void WooStore::silentEdit(OrderRecord &order)
{
    // An item edit that WooCommerce does not count as a modification: the first line's
    // quantity goes up by one (totals follow), date_modified stays.
    QJsonArray lines = order.data.value(QStringLiteral("line_items")).toArray();
    if (!lines.isEmpty()) {
        QJsonObject line = lines.at(0).toObject();
        const int qty = line.value(QStringLiteral("quantity")).toInt();
        const qint64 unitSub = cents(line.value(QStringLiteral("subtotal"))) / std::max(1, qty);
        const qint64 unitTotal = cents(line.value(QStringLiteral("total"))) / std::max(1, qty);
        const qint64 addSub = unitSub, addTotal = unitTotal;
        line.insert(QStringLiteral("quantity"), qty + 1);
        line.insert(QStringLiteral("subtotal"), money(cents(line.value(QStringLiteral("subtotal"))) + addSub));
        line.insert(QStringLiteral("total"), money(cents(line.value(QStringLiteral("total"))) + addTotal));
        line.insert(QStringLiteral("price"), double(cents(line.value(QStringLiteral("total")))) / 100.0 / (qty + 1));
        lines.replace(0, line);
        order.data.insert(QStringLiteral("line_items"), lines);
        // Keep the order internally consistent (no tax on the added unit: it is a silent edit
        // of an untaxed line or a deliberate tax drift the reconciliation must catch).
        order.data.insert(QStringLiteral("discount_total"),
                          money(cents(order.data.value(QStringLiteral("discount_total"))) + (addSub - addTotal)));
        order.data.insert(QStringLiteral("total"), money(cents(order.data.value(QStringLiteral("total"))) + addTotal));
    }
    order.data.insert(QStringLiteral("customer_note"),
                      QString(order.data.value(QStringLiteral("customer_note")).toString() + QStringLiteral(" (edited)")));
    invalidate(order);
}

Note WooStore::addNote(OrderRecord &order, const QString &text, bool customerNote, bool viaApi, qint64 nowGmt)
{
    Note n{m_seq.note++, nowGmt, text, customerNote, viaApi};
    order.notes.append(n);
    return n;
}

QJsonObject WooStore::noteJson(const OrderRecord &order, const Note &note) const
{
    const QString coll = m_baseUrl + QStringLiteral("/wp-json/wc/v3/orders/%1/notes").arg(order.id);
    QJsonObject o{{QStringLiteral("id"), note.id},
                  {QStringLiteral("author"), QStringLiteral("WooCommerce")},
                  {QStringLiteral("note"), note.note},
                  {QStringLiteral("customer_note"), note.customerNote},
                  {QStringLiteral("_links"),
                   QJsonObject{{QStringLiteral("self"),
                                QJsonArray{QJsonObject{{QStringLiteral("href"), QString(coll + QStringLiteral("/%1").arg(note.id))},
                                                       {QStringLiteral("targetHints"),
                                                        QJsonObject{{QStringLiteral("allow"),
                                                                     QJsonArray{QStringLiteral("GET"), QStringLiteral("DELETE")}}}}}}},
                               {QStringLiteral("collection"), QJsonArray{QJsonObject{{QStringLiteral("href"), coll}}}},
                               {QStringLiteral("up"),
                                QJsonArray{QJsonObject{{QStringLiteral("href"),
                                                        QString(m_baseUrl + QStringLiteral("/wp-json/wc/v3/orders/%1").arg(order.id))}}}}}}};
    setDate(o, QStringLiteral("date_created"), note.createdGmt, m_utcOffset);
    return o;
}

WooStore::ListResult WooStore::list(const ListQuery &q) const
{
    QList<const OrderRecord *> rows;
    // include=: look the ids up instead of reading the whole store (like the real database's
    // primary key); every other filter is the same.
    QList<const OrderRecord *> candidates;
    if (!q.include.isEmpty()) {
        for (int id : q.include) {
            const auto it = m_orders.constFind(id);
            if (it != m_orders.cend() && !candidates.contains(&*it))
                candidates.append(&*it);
        }
    } else {
        candidates.reserve(m_orders.size());
        for (const OrderRecord &o : m_orders)
            candidates.append(&o);
    }
    rows.reserve(candidates.size());
    for (const OrderRecord *op : std::as_const(candidates)) {
        const OrderRecord &o = *op;
        if (!q.statuses.isEmpty() && !q.statuses.contains(o.status))
            continue;
        if (q.customer >= 0 && o.customerId != q.customer)
            continue;
        if (q.modifiedAfter && !(o.modifiedGmt > *q.modifiedAfter))
            continue;
        if (q.modifiedBefore && !(o.modifiedGmt < *q.modifiedBefore))
            continue;
        if (q.createdAfter && !(o.createdGmt > *q.createdAfter))
            continue;
        if (q.createdBefore && !(o.createdGmt < *q.createdBefore))
            continue;
        rows.append(&o);
    }
    const bool asc = q.ascending;
    const auto key = [&](const OrderRecord *o) -> qint64 {
        if (q.orderBy == QLatin1String("modified"))
            return o->modifiedGmt;
        if (q.orderBy == QLatin1String("date"))
            return o->createdGmt;
        if (q.orderBy == QLatin1String("include")) {
            const qsizetype i = q.include.indexOf(o->id);
            return i < 0 ? 0 : qint64(i);
        }
        return 0; // id, title, slug: by id
    };
    const qsizetype start = q.offset >= 0 ? q.offset : qsizetype(q.page - 1) * q.perPage;
    // Only the rows up to the end of the asked page need to be in order.
    const qsizetype sorted = std::clamp<qsizetype>(start + q.perPage, 0, rows.size());
    std::partial_sort(rows.begin(), rows.begin() + sorted, rows.end(), [&](const OrderRecord *a, const OrderRecord *b) {
        const qint64 ka = key(a), kb = key(b);
        if (ka != kb)
            return asc ? ka < kb : ka > kb;
        return asc ? a->id < b->id : a->id > b->id;
    });
    ListResult r;
    r.total = int(rows.size());
    for (qsizetype i = start; i >= 0 && i < rows.size() && i < start + q.perPage; ++i)
        r.ids.append(rows[i]->id);
    return r;
}

} // namespace backroom::sim::woo
