// Helpdesk tickets: one row per order and cause, the durable queue of ticket work, and the
// tickets found by polling the helpdesk (linked to their orders).
#include "sync/journal/journal.h"

namespace backroom {

namespace {
const char *const kTicketColumns =
    "SELECT id, external_id, order_id, cause, exception_id, exception_state, remote_id, remote_status, state, subject, "
    "created_at FROM helpdesk_tickets ";

HelpdeskTicketRecord readTicket(const SqliteStatement &st)
{
    HelpdeskTicketRecord t;
    t.id = st.int64(0);
    t.externalId = st.text(1);
    t.orderKey = st.int64(2);
    t.cause = st.text(3);
    t.exceptionId = st.int64(4);
    t.exceptionState = st.text(5);
    t.remoteId = st.text(6);
    t.remoteStatus = st.text(7);
    t.state = st.text(8);
    t.subject = st.text(9);
    t.createdMs = st.int64(10);
    return t;
}
} // namespace

std::optional<HelpdeskTicketRecord> Journal::helpdeskTicket(const QString &externalId)
{
    static const QByteArray sql = QByteArray(kTicketColumns) + "WHERE external_id=?";
    SqliteStatement &st = m_db.prepare(sql.constData());
    st.bind(1, externalId);
    std::optional<HelpdeskTicketRecord> out;
    if (st.step())
        out = readTicket(st);
    st.reset();
    return out;
}

QList<HelpdeskTicketRecord> Journal::helpdeskTicketsForOrder(qint64 orderKey)
{
    static const QByteArray sql = QByteArray(kTicketColumns) + "WHERE order_id=? ORDER BY id";
    SqliteStatement &st = m_db.prepare(sql.constData());
    st.bind(1, orderKey);
    QList<HelpdeskTicketRecord> out;
    while (st.step())
        out << readTicket(st);
    st.reset();
    return out;
}

QList<HelpdeskTicketRecord> Journal::helpdeskTicketsForException(qint64 exceptionId)
{
    static const QByteArray sql = QByteArray(kTicketColumns) + "WHERE exception_id=? ORDER BY id";
    SqliteStatement &st = m_db.prepare(sql.constData());
    st.bind(1, exceptionId);
    QList<HelpdeskTicketRecord> out;
    while (st.step())
        out << readTicket(st);
    st.reset();
    return out;
}

Result<qint64> Journal::addHelpdeskTicket(const HelpdeskTicketRecord &t, qint64 nowMs)
{
    Status s = m_db.prepare("INSERT INTO helpdesk_tickets(external_id, order_id, cause, exception_id, exception_state, state, "
                            "subject, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)")
                   .bind(1, t.externalId).bind(2, t.orderKey).bind(3, t.cause).bind(4, t.exceptionId)
                   .bind(5, t.exceptionState).bind(6, t.state.isEmpty() ? QStringLiteral("open") : t.state)
                   .bind(7, t.subject).bind(8, nowMs).bind(9, nowMs).exec();
    if (!s)
        return s.error();
    return m_db.lastInsertId();
}

Status Journal::setHelpdeskTicketException(qint64 ticketKey, qint64 exceptionId, const QString &exceptionState, qint64 nowMs)
{
    return m_db.prepare("UPDATE helpdesk_tickets SET exception_id=?, exception_state=?, updated_at=? WHERE id=?")
        .bind(1, exceptionId).bind(2, exceptionState).bind(3, nowMs).bind(4, ticketKey).exec();
}

Status Journal::setHelpdeskTicketState(qint64 ticketKey, const QString &state, qint64 nowMs)
{
    return m_db.prepare("UPDATE helpdesk_tickets SET state=?, updated_at=? WHERE id=?")
        .bind(1, state).bind(2, nowMs).bind(3, ticketKey).exec();
}

Status Journal::enqueueTicketWork(qint64 ticketKey, const QString &kind, const QString &body, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO helpdesk_queue(ticket_id, kind, body, state, attempts, next_due_at, created_at, updated_at) "
                        "VALUES(?,?,?,'pending',0,?,?,?)")
        .bind(1, ticketKey).bind(2, kind).bind(3, body).bind(4, nowMs).bind(5, nowMs).bind(6, nowMs).exec();
}

QList<TicketWorkItem> Journal::claimTicketWork(qint64 nowMs, int limit)
{
    QList<TicketWorkItem> items;
    SqliteStatement &st = m_db.prepare(
        "SELECT q.id, q.ticket_id, q.kind, q.body, q.attempts, q.outcome_unknown, t.external_id, t.remote_id, t.order_id "
        "FROM helpdesk_queue q JOIN helpdesk_tickets t ON t.id = q.ticket_id "
        "WHERE q.state='pending' AND q.next_due_at<=? AND NOT EXISTS (SELECT 1 FROM helpdesk_queue e "
        "  WHERE e.ticket_id=q.ticket_id AND e.id<q.id AND e.state IN ('pending','inflight')) "
        "ORDER BY q.id LIMIT ?");
    st.bind(1, nowMs).bind(2, limit);
    while (st.step()) {
        TicketWorkItem it;
        it.id = st.int64(0);
        it.ticketKey = st.int64(1);
        it.kind = st.text(2);
        it.body = st.text(3);
        it.attempts = int(st.int64(4)) + 1;
        it.outcomeUnknown = st.int64(5) != 0;
        it.externalId = st.text(6);
        it.remoteId = st.text(7);
        it.orderKey = st.int64(8);
        items << it;
    }
    st.reset();
    SqliteStatement &upd = m_db.prepare("UPDATE helpdesk_queue SET state='inflight', attempts=attempts+1, updated_at=? WHERE id=?");
    for (const TicketWorkItem &it : items)
        (void)upd.bind(1, nowMs).bind(2, it.id).exec();
    return items;
}

Status Journal::completeTicketWork(const TicketWorkItem &item, const QString &remoteId, const QString &remoteStatus, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE helpdesk_queue SET state='done', last_error=NULL, outcome_unknown=0, updated_at=? WHERE id=?")
                       .bind(1, nowMs).bind(2, item.id).exec(); !s)
        return s;
    if (!remoteId.isEmpty()) {
        if (Status s = m_db.prepare("UPDATE helpdesk_tickets SET remote_id=?, updated_at=? WHERE id=?")
                           .bind(1, remoteId).bind(2, nowMs).bind(3, item.ticketKey).exec(); !s)
            return s;
        // The order passport shows links; the first ticket of an order holds the "helpdesk" link.
        if (Status s = m_db.prepare("INSERT OR IGNORE INTO links(order_id, system, remote_id, created_at) VALUES(?, 'helpdesk', ?, ?)")
                           .bind(1, item.orderKey).bind(2, remoteId).bind(3, nowMs).exec(); !s)
            return s;
    }
    if (remoteStatus.isEmpty())
        return okStatus();
    return m_db.prepare("UPDATE helpdesk_tickets SET remote_status=?, updated_at=? WHERE id=?")
        .bind(1, remoteStatus).bind(2, nowMs).bind(3, item.ticketKey).exec();
}

Status Journal::rescheduleTicketWork(const TicketWorkItem &item, qint64 dueMs, const QString &lastError, bool outcomeUnknown,
                                     bool countAttempt)
{
    return m_db.prepare("UPDATE helpdesk_queue SET state='pending', next_due_at=?, last_error=?, "
                        "outcome_unknown=max(outcome_unknown, ?), attempts=attempts-?, updated_at=? WHERE id=?")
        .bind(1, dueMs).bind(2, lastError).bind(3, outcomeUnknown ? 1 : 0).bind(4, countAttempt ? 0 : 1).bind(5, dueMs)
        .bind(6, item.id).exec();
}

Status Journal::failTicketWork(const TicketWorkItem &item, const QString &lastError, qint64 nowMs)
{
    return m_db.prepare("UPDATE helpdesk_queue SET state='failed', last_error=?, updated_at=? WHERE id=?")
        .bind(1, lastError).bind(2, nowMs).bind(3, item.id).exec();
}

Status Journal::recoverTicketInflight(qint64 nowMs)
{
    // A new run tries waiting work at once (credentials may have been fixed meanwhile).
    if (Status s = m_db.prepare("UPDATE helpdesk_queue SET next_due_at=? WHERE state='pending' AND next_due_at>?")
                       .bind(1, nowMs).bind(2, nowMs).exec(); !s)
        return s;
    return m_db.prepare("UPDATE helpdesk_queue SET state='pending', outcome_unknown=1, next_due_at=?, updated_at=? "
                        "WHERE state='inflight'")
        .bind(1, nowMs).bind(2, nowMs).exec();
}

int Journal::ticketWorkActive(int activeBelowAttempts)
{
    SqliteStatement &st = m_db.prepare("SELECT count(*) FROM helpdesk_queue WHERE state IN ('pending','inflight') "
                                       "AND (?=0 OR attempts<?)");
    st.bind(1, activeBelowAttempts).bind(2, activeBelowAttempts);
    const int n = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return n;
}

QList<TicketSourceException> Journal::exceptionsChangedSince(qint64 sinceMs, int limit)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT e.id, e.order_id, e.kind, e.category, e.code, e.message, e.hint, e.state, e.resolution, e.updated_at, "
        "o.store, o.woo_id, o.number, o.email FROM exceptions e JOIN orders o ON o.id = e.order_id "
        "WHERE e.updated_at>=? AND e.kind NOT LIKE 'ticket%' ORDER BY e.updated_at, e.id LIMIT ?");
    st.bind(1, sinceMs).bind(2, limit);
    QList<TicketSourceException> out;
    while (st.step()) {
        TicketSourceException e;
        e.id = st.int64(0);
        e.orderKey = st.int64(1);
        e.kind = st.text(2);
        e.category = st.text(3);
        e.code = st.text(4);
        e.message = st.text(5);
        e.hint = st.text(6);
        e.state = st.text(7);
        e.resolution = st.text(8);
        e.updatedMs = st.int64(9);
        e.storeId = st.text(10);
        e.wooId = st.int64(11);
        e.number = st.text(12);
        e.email = st.text(13);
        out << e;
    }
    st.reset();
    return out;
}

QList<std::pair<qint64, QString>> Journal::openTicketsOfDeliveredOrders()
{
    SqliteStatement &st = m_db.prepare(
        "SELECT t.id, o.erp_ref FROM helpdesk_tickets t JOIN orders o ON o.id = t.order_id "
        "WHERE t.state='open' AND o.stage IN ('posted','confirmed','fulfilled') ORDER BY t.id");
    QList<std::pair<qint64, QString>> out;
    while (st.step())
        out.append({st.int64(0), st.text(1)});
    st.reset();
    return out;
}

Status Journal::recordTicketMention(const TicketMention &m, std::optional<qint64> orderKey, qint64 nowMs)
{
    SqliteStatement &st = m_db.prepare(
        "INSERT INTO helpdesk_mentions(remote_id, order_id, order_ref, subject, status, url, external_id, updated, seen_at) "
        "VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(remote_id) DO UPDATE SET order_id=coalesce(excluded.order_id, order_id), "
        "order_ref=excluded.order_ref, subject=excluded.subject, status=excluded.status, url=excluded.url, "
        "external_id=excluded.external_id, updated=excluded.updated, seen_at=excluded.seen_at");
    st.bind(1, m.id);
    if (orderKey)
        st.bind(2, *orderKey);
    else
        st.bind(2, QString());
    st.bind(3, m.orderReference).bind(4, m.subject).bind(5, m.status).bind(6, m.url).bind(7, m.externalId)
        .bind(8, m.updated).bind(9, nowMs);
    if (Status s = st.exec(); !s)
        return s;
    if (!orderKey)
        return okStatus();
    return linkMention(m.id, *orderKey, nowMs);
}

QList<TicketMention> Journal::unlinkedMentions(int limit)
{
    SqliteStatement &st = m_db.prepare("SELECT remote_id, order_ref, external_id FROM helpdesk_mentions WHERE order_id IS NULL "
                                       "ORDER BY seen_at LIMIT ?");
    st.bind(1, limit);
    QList<TicketMention> out;
    while (st.step()) {
        TicketMention m;
        m.id = st.text(0);
        m.orderReference = st.text(1);
        m.externalId = st.text(2);
        out << m;
    }
    st.reset();
    return out;
}

Status Journal::linkMention(const QString &remoteId, qint64 orderKey, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE helpdesk_mentions SET order_id=? WHERE remote_id=?").bind(1, orderKey).bind(2, remoteId).exec(); !s)
        return s;
    // The order passport shows links; an order's first ticket holds its "helpdesk" link.
    return m_db.prepare("INSERT OR IGNORE INTO links(order_id, system, remote_id, created_at) VALUES(?, 'helpdesk', ?, ?)")
        .bind(1, orderKey).bind(2, remoteId).bind(3, nowMs).exec();
}

std::optional<qint64> Journal::orderKeyByNumber(const QString &number)
{
    SqliteStatement &st = m_db.prepare("SELECT id FROM orders WHERE number=? ORDER BY id LIMIT 1");
    st.bind(1, number);
    std::optional<qint64> out;
    if (st.step())
        out = st.int64(0);
    st.reset();
    return out;
}

} // namespace backroom
