#pragma once

// Journals for the model tests, filled through the real Journal API.
#include "sync/journal/journal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace backroom::test {

struct TestOrder {
    QString store = QStringLiteral("main");
    qint64 id = 0;
    QString status = QStringLiteral("processing");
    QString email;
    QStringList skus;
    QString total = QStringLiteral("10.00");
    QString note;            // changes the content (a new revision)
    int quantity = 1;
};

inline QJsonObject wooJson(const TestOrder &t)
{
    QJsonArray lines;
    for (const QString &sku : t.skus)
        lines.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), t.quantity},
                                 {QStringLiteral("total"), t.total}});
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("number"), QString::number(t.id)},
                       {QStringLiteral("status"), t.status},
                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("total"), t.total},
                       {QStringLiteral("customer_note"), t.note},
                       {QStringLiteral("billing"), QJsonObject{{QStringLiteral("email"), t.email}}},
                       {QStringLiteral("line_items"), lines}};
}

inline Order toOrder(const TestOrder &t, const QByteArray &raw)
{
    Order o;
    o.storeId = t.store;
    o.sourceId = t.id;
    o.number = QString::number(t.id);
    o.status = t.status;
    o.currency = QStringLiteral("EUR");
    o.customer.email = t.email;
    o.total = Money::parse(t.total).value_or(Money());
    for (const QString &sku : t.skus) {
        OrderLine l;
        l.sku = sku;
        l.quantity = t.quantity;
        o.lines << l;
    }
    o.contentHash = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
    return o;
}

inline qint64 record(Journal &j, const TestOrder &t, qint64 nowMs, bool syncable = true)
{
    const QByteArray raw = QJsonDocument(wooJson(t)).toJson(QJsonDocument::Compact);
    auto r = j.recordOrder(toOrder(t, raw), raw, syncable, nowMs);
    return r ? r.value().orderKey : 0;
}

inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// Posts an order to the ERP as the engine would (claim, attempt, complete).
inline void post(Journal &j, qint64 orderKey, const QString &ref, qint64 atMs)
{
    (void)j.db().prepare("UPDATE outbox SET state='inflight', attempts=attempts+1 WHERE order_id=? AND kind='erp_order'")
        .bind(1, orderKey).exec();
    OutboxItem item;
    item.orderKey = orderKey;
    SqliteStatement &st = j.db().prepare("SELECT id FROM outbox WHERE order_id=? AND kind='erp_order'");
    st.bind(1, orderKey);
    if (st.step())
        item.id = st.int64(0);
    st.reset();
    item.kind = QLatin1String(OutboxKind::ErpOrder);
    (void)j.completeErpOrder(item, ref, atMs, false);
}

// Parks an order as the engine does after a permanent failure.
inline void park(Journal &j, qint64 orderKey, ErrorCategory category, const QString &message, const QString &system,
                 qint64 atMs, const QString &requestId = {})
{
    OutboxItem item;
    item.orderKey = orderKey;
    item.kind = QLatin1String(OutboxKind::ErpOrder);
    item.attempts = 1;
    SqliteStatement &st = j.db().prepare("SELECT id FROM outbox WHERE order_id=? AND kind='erp_order'");
    st.bind(1, orderKey);
    if (st.step())
        item.id = st.int64(0);
    st.reset();
    SyncError e;
    e.category = category;
    e.code = QStringLiteral("test");
    e.message = message;
    e.hint = QStringLiteral("fix it");
    e.requestId = requestId;
    e.groupKey = QStringLiteral("group:") + message;
    (void)j.park(item, e, system, atMs);
}

} // namespace backroom::test
