// The order flows after posting: deliveries, cancellation, refunds, backorders, reconciliation.
#include "sync/journal/journal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace backroom {

namespace {
// (Re-)arms one flow item per order: pending now, unless it is in flight (then its worker
// finishes what it claimed and the next pass picks up the rest) or parked.
const char *const kArm =
    "INSERT INTO outbox(order_id, kind, state, attempts, next_due_at, created_at, updated_at) VALUES(?,?,'pending',0,?,?,?) "
    "ON CONFLICT(order_id, kind) DO UPDATE SET state='pending', next_due_at=excluded.next_due_at, "
    "updated_at=excluded.updated_at WHERE outbox.state IN ('done','pending')";
} // namespace

Status Journal::afterPostedRevision(qint64 orderKey, const Order &order, const QByteArray &rawJson, qint64 nowMs)
{
    if (m_cancelStatuses.contains(order.status)) {
        // Once: a cancellation that was refused (parked) is not retried by a later revision.
        if (Status s = m_db.prepare("INSERT INTO outbox(order_id, kind, state, attempts, next_due_at, created_at, updated_at) "
                                    "VALUES(?, 'erp_cancel', 'pending', 0, ?, ?, ?) ON CONFLICT(order_id, kind) DO NOTHING")
                           .bind(1, orderKey).bind(2, nowMs).bind(3, nowMs).bind(4, nowMs).exec(); !s)
            return s;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(rawJson);
    const QJsonArray refunds = doc.object().value(QLatin1String("refunds")).toArray();
    if (refunds.isEmpty())
        return okStatus();
    // Only when a refund id is new to the journal.
    SqliteStatement &known = m_db.prepare("SELECT 1 FROM order_refunds WHERE order_id=? AND refund_id=? AND state='done'");
    bool fresh = false;
    for (const QJsonValue &v : refunds) {
        known.bind(1, orderKey).bind(2, v.toObject().value(QLatin1String("id")).toInteger());
        fresh = fresh || !known.step();
        known.reset();
    }
    if (!fresh)
        return okStatus();
    return m_db.prepare(kArm).bind(1, orderKey).bind(2, QString::fromLatin1(OutboxKind::ErpCreditNote)).bind(3, nowMs)
        .bind(4, nowMs).bind(5, nowMs).exec();
}

std::optional<qint64> Journal::orderKeyForErpRef(const QString &erpRef)
{
    // orders.erp_ref mirrors the 'erp' link and is indexed (links are keyed by order).
    SqliteStatement &st = m_db.prepare("SELECT id FROM orders WHERE erp_ref=? ORDER BY id LIMIT 1");
    st.bind(1, erpRef);
    std::optional<qint64> v;
    if (st.step())
        v = st.int64(0);
    st.reset();
    return v;
}

Result<bool> Journal::recordDelivery(qint64 orderKey, const QString &delivery, const QString &salesOrder,
                                     const QString &tracking, const QString &carrier, const QString &lines, qint64 nowMs)
{
    if (Status s = m_db.prepare("INSERT OR IGNORE INTO order_deliveries(delivery, order_id, sales_order, tracking, carrier, lines, "
                                "state, seen_at) VALUES(?,?,?,?,?,?,'pending',?)")
                       .bind(1, delivery).bind(2, orderKey).bind(3, salesOrder).bind(4, tracking).bind(5, carrier)
                       .bind(6, lines).bind(7, nowMs).exec(); !s)
        return s.error();
    if (m_db.changes() == 0)
        return false;
    if (Status s = m_db.prepare(kArm).bind(1, orderKey).bind(2, QString::fromLatin1(OutboxKind::WooFulfilment)).bind(3, nowMs)
                       .bind(4, nowMs).bind(5, nowMs).exec(); !s)
        return s.error();
    return true;
}

QList<Journal::DeliveryRecord> Journal::pendingDeliveries(qint64 orderKey)
{
    SqliteStatement &st = m_db.prepare("SELECT delivery, sales_order, tracking, carrier, lines FROM order_deliveries "
                                       "WHERE order_id=? AND state='pending' ORDER BY seen_at, rowid");
    st.bind(1, orderKey);
    QList<DeliveryRecord> out;
    while (st.step())
        out << DeliveryRecord{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
    st.reset();
    return out;
}

Status Journal::applyDelivery(qint64 orderKey, const QString &delivery, bool complete, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE order_deliveries SET state='applied', complete=?, applied_at=? WHERE delivery=?")
                       .bind(1, complete ? 1 : 0).bind(2, nowMs).bind(3, delivery).exec(); !s)
        return s;
    if (!complete)
        return okStatus();
    return m_db.prepare("UPDATE orders SET stage='fulfilled', updated_at=? WHERE id=? AND stage IN ('posted','confirmed')")
        .bind(1, nowMs).bind(2, orderKey).exec();
}

Status Journal::completeFlowItem(const OutboxItem &item, const char *stage, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE outbox SET state='done', last_error=NULL, updated_at=? WHERE id=? AND state='inflight'")
                       .bind(1, nowMs).bind(2, item.id).exec(); !s)
        return s;
    if (Status s = m_db.prepare("UPDATE exceptions SET state='resolved', resolution='done on a later attempt', updated_at=? "
                                "WHERE order_id=? AND kind=? AND state='open'")
                       .bind(1, nowMs).bind(2, item.orderKey).bind(3, item.kind).exec(); !s)
        return s;
    if (!stage)
        return okStatus();
    return setStage(item.orderKey, stage, nowMs);
}

std::optional<Journal::RefundRecord> Journal::refundRecord(qint64 orderKey, qint64 refundId)
{
    SqliteStatement &st = m_db.prepare("SELECT reference, amount, state, credit_note FROM order_refunds WHERE order_id=? AND refund_id=?");
    st.bind(1, orderKey).bind(2, refundId);
    std::optional<RefundRecord> out;
    if (st.step())
        out = RefundRecord{refundId, st.text(0), st.text(1), st.text(2), st.text(3)};
    st.reset();
    return out;
}

Status Journal::refundSending(qint64 orderKey, qint64 refundId, const QString &reference, const QString &amount, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO order_refunds(order_id, refund_id, reference, amount, state, created_at, updated_at) "
                        "VALUES(?,?,?,?,'sending',?,?) ON CONFLICT(order_id, refund_id) DO UPDATE SET updated_at=excluded.updated_at")
        .bind(1, orderKey).bind(2, refundId).bind(3, reference).bind(4, amount).bind(5, nowMs).bind(6, nowMs).exec();
}

Status Journal::refundBooked(qint64 orderKey, qint64 refundId, const QString &creditNote, qint64 nowMs)
{
    return m_db.prepare("UPDATE order_refunds SET state='done', credit_note=?, updated_at=? WHERE order_id=? AND refund_id=?")
        .bind(1, creditNote).bind(2, nowMs).bind(3, orderKey).bind(4, refundId).exec();
}

Status Journal::parkMissingSalesOrder(qint64 orderKey, const SyncError &error, qint64 nowMs)
{
    // attempts stay >= 1, so the retried delivery looks the order up before it creates it.
    if (Status s = m_db.prepare("UPDATE outbox SET state='parked', attempts=max(attempts, 1), last_error=?, updated_at=? "
                                "WHERE order_id=? AND kind='erp_order'")
                       .bind(1, error.summary()).bind(2, nowMs).bind(3, orderKey).exec(); !s)
        return s;
    if (m_db.changes() == 0) {
        // Linked before this journal existed: no erp_order item yet.
        if (Status s = m_db.prepare("INSERT INTO outbox(order_id, kind, state, attempts, next_due_at, last_error, created_at, updated_at) "
                                    "VALUES(?, 'erp_order', 'parked', 1, ?, ?, ?, ?)")
                           .bind(1, orderKey).bind(2, nowMs).bind(3, error.summary()).bind(4, nowMs).bind(5, nowMs).exec(); !s)
            return s;
    }
    if (Status s = raiseOrderException(orderKey, QString::fromLatin1(OutboxKind::ErpOrder), error, QStringLiteral("erp"), nowMs); !s)
        return s;
    return setStage(orderKey, Stage::Exception, nowMs);
}

bool Journal::hasOpenException(qint64 orderKey, const QString &kind)
{
    SqliteStatement &find = m_db.prepare("SELECT id FROM exceptions WHERE order_id=? AND kind=? AND state='open'");
    find.bind(1, orderKey).bind(2, kind);
    const bool open = find.step();
    find.reset();
    return open;
}

Status Journal::raiseOrderException(qint64 orderKey, const QString &kind, const SyncError &error, const QString &system,
                                    qint64 nowMs)
{
    SqliteStatement &find = m_db.prepare("SELECT id FROM exceptions WHERE order_id=? AND kind=? AND state='open'");
    find.bind(1, orderKey).bind(2, kind);
    const bool open = find.step();
    const qint64 existing = open ? find.int64(0) : 0;
    find.reset();
    if (open)
        return m_db.prepare("UPDATE exceptions SET category=?, code=?, message=?, hint=?, system=?, group_key=?, "
                            "correlation_id=?, updated_at=? WHERE id=?")
            .bind(1, categoryName(error.category)).bind(2, error.code).bind(3, error.message).bind(4, error.hint)
            .bind(5, system).bind(6, error.groupKey).bind(7, error.requestId).bind(8, nowMs).bind(9, existing).exec();
    return m_db.prepare("INSERT INTO exceptions(order_id, kind, category, code, message, hint, system, group_key, state, "
                        "attempts, correlation_id, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,'open',0,?,?,?)")
        .bind(1, orderKey).bind(2, kind).bind(3, categoryName(error.category)).bind(4, error.code).bind(5, error.message)
        .bind(6, error.hint).bind(7, system).bind(8, error.groupKey).bind(9, error.requestId).bind(10, nowMs).bind(11, nowMs)
        .exec();
}

QList<Journal::PostedOrder> Journal::postedOrders(qint64 afterKey, int limit)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT id, store, woo_id, number, erp_ref, total FROM orders WHERE id > ? AND erp_ref IS NOT NULL AND erp_ref != '' "
        "AND stage IN ('posted','confirmed','fulfilled','refunded') ORDER BY id LIMIT ?");
    st.bind(1, afterKey).bind(2, limit);
    QList<PostedOrder> out;
    while (st.step()) {
        PostedOrder o;
        o.orderKey = st.int64(0);
        o.storeId = st.text(1);
        o.wooId = st.int64(2);
        o.number = st.text(3);
        o.erpRef = st.text(4);
        o.total = st.text(5);
        out << o;
    }
    st.reset();
    return out;
}

QList<Journal::PostedOrder> Journal::ordersPostedAfter(qint64 postedAtMs, qint64 afterKey, int limit)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT id, store, woo_id, number, erp_ref, total, posted_at FROM orders "
        "WHERE posted_at >= ? AND (posted_at > ? OR id > ?) ORDER BY posted_at, id LIMIT ?");
    // posted_at >= ? is the range the orders_posted index serves; the rest filters the first second.
    st.bind(1, postedAtMs).bind(2, postedAtMs).bind(3, afterKey).bind(4, limit);
    QList<PostedOrder> out;
    while (st.step()) {
        PostedOrder o;
        o.orderKey = st.int64(0);
        o.storeId = st.text(1);
        o.wooId = st.int64(2);
        o.number = st.text(3);
        o.erpRef = st.text(4);
        o.total = st.text(5);
        o.postedAtMs = st.int64(6);
        out << o;
    }
    st.reset();
    return out;
}

std::optional<qint64> Journal::maxPostedAt()
{
    SqliteStatement &st = m_db.prepare("SELECT max(posted_at) FROM orders");
    std::optional<qint64> v;
    if (st.step() && !st.isNull(0))
        v = st.int64(0);
    st.reset();
    return v;
}

Status Journal::markReconciled(qint64 orderKey, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO order_checks(order_id, reconciled_at) VALUES(?,?) "
                        "ON CONFLICT(order_id) DO UPDATE SET reconciled_at=excluded.reconciled_at")
        .bind(1, orderKey).bind(2, nowMs).exec();
}

Status Journal::markBackorderNoted(qint64 orderKey, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO order_checks(order_id, backorder_noted_at) VALUES(?,?) "
                        "ON CONFLICT(order_id) DO UPDATE SET backorder_noted_at=excluded.backorder_noted_at")
        .bind(1, orderKey).bind(2, nowMs).exec();
}

} // namespace backroom
