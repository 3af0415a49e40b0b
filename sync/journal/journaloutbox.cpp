// Delivery side of the journal: outbox, attempts, exceptions raised by deliveries.
#include "sync/journal/journal.h"

namespace backroom {

QList<OutboxItem> Journal::claimDue(const QString &kind, qint64 nowMs, int limit, const QString &storeId)
{
    QList<OutboxItem> items;
    SqliteStatement &st = m_db.prepare(
        "SELECT o.id, o.order_id, o.attempts, r.store, r.woo_id, r.number, r.erp_ref, r.received_at "
        "FROM outbox o JOIN orders r ON r.id = o.order_id "
        "WHERE o.kind=? AND o.state='pending' AND o.next_due_at<=? AND (?='' OR r.store=?) "
        "ORDER BY o.next_due_at, o.id LIMIT ?");
    st.bind(1, kind).bind(2, nowMs).bind(3, storeId.isNull() ? QStringLiteral("") : storeId)
        .bind(4, storeId.isNull() ? QStringLiteral("") : storeId).bind(5, limit);
    while (st.step()) {
        OutboxItem it;
        it.id = st.int64(0);
        it.orderKey = st.int64(1);
        it.kind = kind;
        it.attempts = int(st.int64(2)) + 1;
        it.storeId = st.text(3);
        it.wooId = st.int64(4);
        it.number = st.text(5);
        it.erpRef = st.text(6);
        it.receivedAtMs = st.int64(7);
        items << it;
    }
    st.reset();
    SqliteStatement &upd = m_db.prepare("UPDATE outbox SET state='inflight', attempts=attempts+1, updated_at=? WHERE id=?");
    for (const OutboxItem &it : items)
        (void)upd.bind(1, nowMs).bind(2, it.id).exec();
    return items;
}

Status Journal::recordAttempt(const AttemptRecord &a)
{
    return m_db.prepare("INSERT INTO attempts(outbox_id, order_id, correlation_id, started_at, finished_at, request, response, "
                        "outcome, http_status) VALUES(?,?,?,?,?,?,?,?,?)")
        .bind(1, a.outboxId).bind(2, a.orderKey).bind(3, a.correlationId).bind(4, a.startedMs).bind(5, a.finishedMs)
        .bind(6, a.request).bind(7, a.response).bind(8, a.outcome).bind(9, a.httpStatus).exec();
}

Status Journal::completeErpOrder(const OutboxItem &item, const QString &erpRef, qint64 nowMs, bool writeBack)
{
    if (Status s = m_db.prepare("UPDATE outbox SET state='done', last_error=NULL, updated_at=? WHERE id=?")
                       .bind(1, nowMs).bind(2, item.id).exec(); !s)
        return s;
    if (Status s = m_db.prepare("INSERT OR REPLACE INTO links(order_id, system, remote_id, created_at) VALUES(?, 'erp', ?, ?)")
                       .bind(1, item.orderKey).bind(2, erpRef).bind(3, nowMs).exec(); !s)
        return s;
    if (Status s = m_db.prepare("UPDATE orders SET erp_ref=?, stage='posted', posted_at=?, updated_at=? WHERE id=?")
                       .bind(1, erpRef).bind(2, nowMs).bind(3, nowMs).bind(4, item.orderKey).exec(); !s)
        return s;
    if (!writeBack)
        return okStatus();
    return m_db.prepare("INSERT INTO outbox(order_id, kind, state, attempts, next_due_at, created_at, updated_at) "
                        "VALUES(?, 'woo_writeback', 'pending', 0, ?, ?, ?) ON CONFLICT(order_id, kind) DO UPDATE SET "
                        "state='pending', next_due_at=excluded.next_due_at")
        .bind(1, item.orderKey).bind(2, nowMs).bind(3, nowMs).bind(4, nowMs).exec();
}

Status Journal::completeWriteBack(const OutboxItem &item, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE outbox SET state='done', last_error=NULL, updated_at=? WHERE id=?")
                       .bind(1, nowMs).bind(2, item.id).exec(); !s)
        return s;
    return m_db.prepare("UPDATE orders SET stage='confirmed', updated_at=? WHERE id=? AND stage='posted'")
        .bind(1, nowMs).bind(2, item.orderKey).exec();
}

Status Journal::reschedule(const OutboxItem &item, qint64 dueMs, const QString &lastError, bool countAttempt)
{
    // An attempt that is not counted (refused login) may still have sent something before it
    // failed: attempts never drop back to 0, so the next send looks the document up first.
    return m_db.prepare("UPDATE outbox SET state='pending', next_due_at=?, last_error=?, attempts=max(attempts-?, 1), updated_at=? "
                        "WHERE id=?")
        .bind(1, dueMs).bind(2, lastError).bind(3, countAttempt ? 0 : 1).bind(4, dueMs).bind(5, item.id).exec();
}

Status Journal::park(const OutboxItem &item, const SyncError &error, const QString &system, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE outbox SET state='parked', last_error=?, updated_at=? WHERE id=?")
                       .bind(1, error.summary()).bind(2, nowMs).bind(3, item.id).exec(); !s)
        return s;
    // One open exception per order and delivery kind: a repeat updates it.
    SqliteStatement &find = m_db.prepare("SELECT id FROM exceptions WHERE order_id=? AND kind=? AND state='open'");
    find.bind(1, item.orderKey).bind(2, item.kind);
    const bool open = find.step();
    const qint64 existing = open ? find.int64(0) : 0;
    find.reset();
    Status s = okStatus();
    if (open) {
        s = m_db.prepare("UPDATE exceptions SET category=?, code=?, message=?, hint=?, system=?, group_key=?, attempts=?, "
                         "correlation_id=?, updated_at=? WHERE id=?")
                .bind(1, categoryName(error.category)).bind(2, error.code).bind(3, error.message).bind(4, error.hint)
                .bind(5, system).bind(6, error.groupKey).bind(7, item.attempts).bind(8, error.requestId).bind(9, nowMs)
                .bind(10, existing).exec();
    } else {
        s = m_db.prepare("INSERT INTO exceptions(order_id, kind, category, code, message, hint, system, group_key, state, "
                         "attempts, correlation_id, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,'open',?,?,?,?)")
                .bind(1, item.orderKey).bind(2, item.kind).bind(3, categoryName(error.category)).bind(4, error.code)
                .bind(5, error.message).bind(6, error.hint).bind(7, system).bind(8, error.groupKey).bind(9, item.attempts)
                .bind(10, error.requestId).bind(11, nowMs).bind(12, nowMs).exec();
    }
    if (!s)
        return s;
    if (item.kind == QLatin1String(OutboxKind::ErpOrder))
        return setStage(item.orderKey, Stage::Exception, nowMs);
    return okStatus();
}

Status Journal::recoverInflight(qint64 nowMs)
{
    return m_db.prepare("UPDATE outbox SET state='pending', next_due_at=?, updated_at=? WHERE state='inflight'")
        .bind(1, nowMs).bind(2, nowMs).exec();
}

int Journal::outboxActive()
{
    SqliteStatement &st = m_db.prepare("SELECT count(*) FROM outbox WHERE state IN ('pending','inflight')");
    const int n = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return n;
}

std::optional<qint64> Journal::nextDueMs()
{
    SqliteStatement &st = m_db.prepare("SELECT min(next_due_at) FROM outbox WHERE state='pending'");
    std::optional<qint64> v;
    if (st.step() && !st.isNull(0))
        v = st.int64(0);
    st.reset();
    return v;
}

} // namespace backroom
