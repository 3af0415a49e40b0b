// The console's read queries: orders view, dashboards, passport (DESIGN.md §9).
#include "sync/journal/journalqueries.h"

#include <QJsonDocument>
#include <QMutex>
#include <QVariant>

#include <algorithm>
#include <string>
#include <unordered_set>

namespace backroom {

namespace {

// SqliteDb caches statements by the address of their text: built SQL is interned for good.
const char *intern(const QByteArray &sql)
{
    static QMutex mutex;
    static std::unordered_set<std::string> texts;
    QMutexLocker lock(&mutex);
    return texts.emplace(sql.constData(), size_t(sql.size())).first->c_str();
}

void bindValues(SqliteStatement &st, const QList<QVariant> &values)
{
    int i = 1;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            st.bind(i++, v.toLongLong());
        else
            st.bind(i++, v.toString());
    }
}

QString prefixEnd(const QString &prefix) { return prefix + QString::fromUcs4(U"\U0010FFFF", 1); }

const char *const kOrderColumns =
    "SELECT o.id, o.store, o.woo_id, o.number, o.status, o.stage, o.email, o.total, o.currency, o.received_at, o.erp_ref "
    "FROM orders o ";

OrderRow readOrder(const SqliteStatement &st)
{
    OrderRow r;
    r.key = st.int64(0);
    r.store = st.text(1);
    r.wooId = st.int64(2);
    r.number = st.text(3);
    r.status = st.text(4);
    r.stage = st.text(5);
    r.email = st.text(6);
    r.total = st.text(7);
    r.currency = st.text(8);
    r.receivedMs = st.int64(9);
    r.erpRef = st.text(10);
    return r;
}

// The sort expressions of each key, ending in a unique one, matching an index (the rowid is
// the last column of every index).
struct SortSpec {
    QList<QByteArray> exprs;   // SQL over `o`
    QList<QByteArray> params;  // how a bound value of `after` enters the comparison
    bool nullable;
};

SortSpec sortSpec(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Number: return {{"o.number", "o.id"}, {"?", "?"}, false};
    case OrderSortKey::Store: return {{"o.store", "o.woo_id"}, {"?", "?"}, false};
    case OrderSortKey::Status: return {{"o.status", "o.received_at", "o.id"}, {"?", "?", "?"}, false};
    case OrderSortKey::Stage: return {{"o.stage", "o.received_at", "o.id"}, {"?", "?", "?"}, false};
    case OrderSortKey::Email: return {{"lower(o.email)", "o.id"}, {"lower(?)", "?"}, true};
    case OrderSortKey::Total: return {{"CAST(o.total AS REAL)", "o.id"}, {"CAST(? AS REAL)", "?"}, true};
    case OrderSortKey::Received: return {{"o.received_at", "o.id"}, {"?", "?"}, false};
    case OrderSortKey::ErpRef: return {{"o.erp_ref", "o.id"}, {"?", "?"}, true};
    }
    return {{"o.id"}, {"?"}, false};
}

QList<QVariant> afterValues(OrderSortKey key, const OrderRow &r)
{
    switch (key) {
    case OrderSortKey::Number: return {r.number, r.key};
    case OrderSortKey::Store: return {r.store, r.wooId};
    case OrderSortKey::Status: return {r.status, r.receivedMs, r.key};
    case OrderSortKey::Stage: return {r.stage, r.receivedMs, r.key};
    case OrderSortKey::Email: return {r.email, r.key};
    case OrderSortKey::Total: return {r.total, r.key};
    case OrderSortKey::Received: return {r.receivedMs, r.key};
    case OrderSortKey::ErpRef: return {r.erpRef, r.key};
    }
    return {r.key};
}

// WHERE clause of a filter, and its bound values in order.
QByteArray orderWhere(const OrderQuery &q, qint64 nowMs, QList<QVariant> &binds)
{
    QList<QByteArray> terms;
    QString search = q.search.trimmed();
    if (search.startsWith(QLatin1Char('#')))
        search.remove(0, 1);
    if (!search.isEmpty()) {
        terms << "((o.number >= ? AND o.number < ?) OR (lower(o.email) >= lower(?) AND lower(o.email) < lower(?)) "
                 "OR o.id IN (SELECT order_id FROM order_skus WHERE sku >= ? AND sku < ?))";
        binds << search << prefixEnd(search) << search << prefixEnd(search) << search << prefixEnd(search);
    }
    if (!q.stage.isEmpty()) {
        terms << "o.stage = ?";
        binds << q.stage;
    }
    if (!q.status.isEmpty()) {
        terms << "o.status = ?";
        binds << q.status;
    }
    if (!q.store.isEmpty()) {
        terms << "o.store = ?";
        binds << q.store;
    }
    if (q.minAgeS > 0) {
        terms << "o.received_at <= ?";
        binds << QVariant(qint64(nowMs - q.minAgeS * 1000));
    }
    if (q.maxAgeS > 0) {
        terms << "o.received_at > ?";
        binds << QVariant(qint64(nowMs - q.maxAgeS * 1000));
    }
    if (terms.isEmpty())
        return {};
    QByteArray where = "WHERE ";
    for (int i = 0; i < terms.size(); ++i)
        where += (i ? " AND " : "") + terms.at(i);
    return where;
}

QList<qint64> bucketUpperBounds(const QList<qint64> &bucketFromS)
{
    QList<qint64> upper;
    for (int i = 1; i < bucketFromS.size(); ++i)
        upper << bucketFromS.at(i);
    return upper;
}

// CASE expression mapping a timestamp column to its age bucket (age = now - ts).
QByteArray bucketCase(const char *column, const QList<qint64> &bucketFromS, qint64 nowMs)
{
    QByteArray sql = "CASE";
    int i = 0;
    for (qint64 upper : bucketUpperBounds(bucketFromS)) {
        sql += " WHEN " + QByteArray(column) + " > " + QByteArray::number(nowMs - upper * 1000) + " THEN "
            + QByteArray::number(i++);
    }
    sql += " ELSE " + QByteArray::number(i) + " END";
    return sql;
}

} // namespace

namespace {
// The SQL of countOrders() (count) or orders() (ending in "LIMIT ? OFFSET ?", not bound), and
// its bound values in order.
QByteArray ordersSql(const OrderQuery &q, qint64 nowMs, const std::optional<OrderRow> &after, bool count,
                     QList<QVariant> &binds, bool &keyset)
{
    QByteArray where = orderWhere(q, nowMs, binds);
    keyset = false;
    if (count)
        return "SELECT count(*) FROM orders o " + where;
    const SortSpec spec = sortSpec(q.sortKey);
    const char *dir = q.descending ? " DESC" : "";
    keyset = after && JournalQueries::keysetUsable(q, *after);
    if (keyset) {
        QByteArray lhs, rhs;
        for (int i = 0; i < spec.exprs.size(); ++i) {
            lhs += (i ? ", " : "") + spec.exprs.at(i);
            rhs += (i ? ", " : "") + spec.params.at(i);
        }
        where += (where.isEmpty() ? "WHERE (" : " AND (") + lhs + (q.descending ? ") < (" : ") > (") + rhs + ")";
        binds << afterValues(q.sortKey, *after);
    }
    QByteArray order = " ORDER BY ";
    for (int i = 0; i < spec.exprs.size(); ++i)
        order += (i ? ", " : "") + spec.exprs.at(i) + dir;
    return kOrderColumns + where + order + " LIMIT ? OFFSET ?";
}
} // namespace

qint64 JournalQueries::countOrders(const OrderQuery &q, qint64 nowMs)
{
    QList<QVariant> binds;
    bool keyset = false;
    const QByteArray sql = ordersSql(q, nowMs, std::nullopt, true, binds, keyset);
    SqliteStatement &st = m_journal.db().prepare(intern(sql));
    bindValues(st, binds);
    const qint64 n = st.step() ? st.int64(0) : 0;
    st.reset();
    return n;
}

bool JournalQueries::keysetUsable(const OrderQuery &q, const OrderRow &after)
{
    const SortSpec spec = sortSpec(q.sortKey);
    if (!spec.nullable)
        return true;
    const QVariant first = afterValues(q.sortKey, after).constFirst();
    // NULLs sort first ascending: after a non-null value only non-null values follow.
    return !q.descending && !first.toString().isEmpty();
}

QList<OrderRow> JournalQueries::orders(const OrderQuery &q, qint64 nowMs, qint64 offset, int limit,
                                       const std::optional<OrderRow> &after)
{
    QList<QVariant> binds;
    bool keyset = false;
    const QByteArray sql = ordersSql(q, nowMs, after, false, binds, keyset);
    SqliteStatement &st = m_journal.db().prepare(intern(sql));
    bindValues(st, binds);
    const int n = int(binds.size());
    st.bind(n + 1, qint64(limit)).bind(n + 2, keyset ? qint64(0) : offset);
    QList<OrderRow> rows;
    rows.reserve(limit);
    while (st.step())
        rows << readOrder(st);
    st.reset();
    return rows;
}

QStringList JournalQueries::ordersPlan(const OrderQuery &q, qint64 nowMs, const std::optional<OrderRow> &after, bool count)
{
    QList<QVariant> binds;
    bool keyset = false;
    const QByteArray sql = "EXPLAIN QUERY PLAN " + ordersSql(q, nowMs, after, count, binds, keyset);
    SqliteStatement &st = m_journal.db().prepare(intern(sql));
    bindValues(st, binds);
    if (!count) {
        const int n = int(binds.size());
        st.bind(n + 1, qint64(100)).bind(n + 2, qint64(0));
    }
    QStringList plan;
    while (st.step())
        plan << st.text(3);
    st.reset();
    return plan;
}

QList<AttemptWindowStats> JournalQueries::attemptStats(qint64 sinceMs)
{
    SqliteStatement &st = m_journal.db().prepare(
        "SELECT ob.kind, o.store, count(*), sum(a.outcome != 'ok'), max(a.outcome = 'transient.throttled') "
        "FROM attempts a LEFT JOIN outbox ob ON ob.id = a.outbox_id LEFT JOIN orders o ON o.id = a.order_id "
        "WHERE a.started_at >= ? GROUP BY ob.kind, o.store");
    st.bind(1, sinceMs);
    QHash<QString, AttemptWindowStats> byConnection;
    while (st.step()) {
        const QString kind = st.text(0);
        const QString connection = kind == QLatin1String(OutboxKind::WooWriteBack)
            ? QStringLiteral("woocommerce:") + st.text(1) : QStringLiteral("erp");
        AttemptWindowStats &s = byConnection[connection];
        s.connection = connection;
        s.attempts += int(st.int64(2));
        s.failed += int(st.int64(3));
        s.throttled = s.throttled || st.int64(4) != 0;
    }
    st.reset();
    return byConnection.values();
}

QList<AgingCount> JournalQueries::aging(const QList<qint64> &bucketFromS, qint64 nowMs, const QHash<QString, qint64> &stageTotals)
{
    // Recent buckets are small index ranges on orders_stage(stage, received_at); the oldest
    // bucket is the stage's count minus them, so the cost does not grow with history.
    SqliteStatement &total = m_journal.db().prepare("SELECT count(*) FROM orders WHERE stage = ?");
    SqliteStatement &younger = m_journal.db().prepare("SELECT count(*) FROM orders WHERE stage = ? AND received_at > ?");
    QList<AgingCount> out;
    for (const char *stage : {Stage::Received, Stage::Exception, Stage::Posted}) {
        const QString name = QLatin1String(stage);
        qint64 all = stageTotals.value(name, -1);
        if (all < 0) {
            total.bind(1, name);
            all = total.step() ? total.int64(0) : 0;
            total.reset();
        }
        qint64 below = 0; // orders younger than the current bucket's lower bound
        const QList<qint64> upper = bucketUpperBounds(bucketFromS);
        for (int b = 0; b < upper.size(); ++b) {
            younger.bind(1, name).bind(2, nowMs - upper.at(b) * 1000);
            const qint64 n = younger.step() ? younger.int64(0) : 0;
            younger.reset();
            out << AgingCount{name, b, int(n - below)};
            below = n;
        }
        out << AgingCount{name, int(upper.size()), int(all - below)};
    }
    return out;
}

QList<ExceptionCount> JournalQueries::exceptionCounts(const QList<qint64> &bucketFromS, qint64 nowMs)
{
    const QByteArray sql = "SELECT category, coalesce(system, ''), " + bucketCase("created_at", bucketFromS, nowMs)
        + ", count(*) FROM exceptions WHERE state = 'open' GROUP BY 1, 2, 3";
    SqliteStatement &st = m_journal.db().prepare(intern(sql));
    QList<ExceptionCount> out;
    while (st.step())
        out << ExceptionCount{st.text(0), st.text(1), int(st.int64(2)), int(st.int64(3))};
    st.reset();
    return out;
}

QList<ExceptionRecord> JournalQueries::exceptions(const QString &category, bool openOnly, int limit)
{
    return m_journal.exceptions(openOnly, category, limit);
}

QList<QPair<qint64, double>> JournalQueries::metricSeries(const QString &name, qint64 sinceMs, qint64 untilMs, int maxPoints)
{
    const qint64 step = std::max<qint64>(1, (untilMs - sinceMs) / std::max(1, maxPoints));
    SqliteStatement &st = m_journal.db().prepare(
        "SELECT (at - ?) / ?, max(at), avg(value) FROM metrics WHERE name = ? AND at >= ? AND at <= ? GROUP BY 1 ORDER BY 1");
    st.bind(1, sinceMs).bind(2, step).bind(3, name).bind(4, sinceMs).bind(5, untilMs);
    QList<QPair<qint64, double>> out;
    while (st.step())
        out.append({st.int64(1), st.real(2)});
    st.reset();
    return out;
}

qint64 JournalQueries::dataVersion()
{
    SqliteStatement &st = m_journal.db().prepare("PRAGMA data_version");
    const qint64 v = st.step() ? st.int64(0) : 0;
    st.reset();
    return v;
}

OrderHistory JournalQueries::orderHistory(qint64 orderKey)
{
    OrderHistory h;
    SqliteDb &db = m_journal.db();
    {
        static const QByteArray sql = QByteArray(kOrderColumns) + "WHERE o.id = ?";
        SqliteStatement &st = db.prepare(sql.constData());
        st.bind(1, orderKey);
        if (st.step())
            h.order = readOrder(st);
        st.reset();
    }
    if (!h.order)
        return h;
    {
        SqliteStatement &st = db.prepare(
            "SELECT id, received_at, date_modified_gmt, raw_json FROM order_revisions WHERE order_id = ? ORDER BY id");
        st.bind(1, orderKey);
        while (st.step())
            h.revisions << RevisionRecord{st.int64(0), st.int64(1), st.text(2), st.blob(3)};
        st.reset();
    }
    {
        SqliteStatement &st = db.prepare(
            "SELECT a.outbox_id, a.order_id, a.correlation_id, a.started_at, a.finished_at, a.request, a.response, a.outcome, "
            "a.http_status, ob.kind FROM attempts a LEFT JOIN outbox ob ON ob.id = a.outbox_id WHERE a.order_id = ? ORDER BY a.id");
        st.bind(1, orderKey);
        while (st.step()) {
            h.attempts << AttemptRecord{st.int64(0), st.int64(1), st.text(2), st.int64(3), st.int64(4),
                                        st.text(5), st.text(6), st.text(7), int(st.int64(8))};
            h.attemptKinds << st.text(9);
        }
        st.reset();
    }
    {
        SqliteStatement &st = db.prepare("SELECT system, remote_id, created_at FROM links WHERE order_id = ? ORDER BY created_at");
        st.bind(1, orderKey);
        while (st.step())
            h.links << LinkRecord{st.text(0), st.text(1), st.int64(2)};
        st.reset();
    }
    {
        // Every helpdesk ticket of the order: ours and those that mention it (links keeps one per system).
        SqliteStatement &st = db.prepare(
            "SELECT remote_id, min(at) FROM (SELECT remote_id, created_at AS at FROM helpdesk_tickets WHERE order_id = ? "
            "AND remote_id IS NOT NULL UNION ALL SELECT remote_id, seen_at FROM helpdesk_mentions WHERE order_id = ?) "
            "GROUP BY remote_id ORDER BY 2");
        st.bind(1, orderKey).bind(2, orderKey);
        while (st.step()) {
            const LinkRecord ticket{QStringLiteral("helpdesk"), st.text(0), st.int64(1)};
            const bool linked = std::any_of(h.links.cbegin(), h.links.cend(), [&ticket](const LinkRecord &l) {
                return l.system == ticket.system && l.remoteId == ticket.remoteId;
            });
            if (!linked)
                h.links << ticket;
        }
        st.reset();
    }
    QList<qint64> exceptionIds;
    {
        SqliteStatement &st = db.prepare("SELECT id FROM exceptions WHERE order_id = ? ORDER BY id");
        st.bind(1, orderKey);
        while (st.step())
            exceptionIds << st.int64(0);
        st.reset();
    }
    for (qint64 id : exceptionIds) {
        if (auto e = m_journal.exception(id))
            h.exceptions << *e;
        SqliteStatement &cmd = db.prepare(
            "SELECT id, kind, args, actor, created_at, state, result, executed_at FROM commands c "
            "WHERE json_valid(c.args) AND (json_extract(c.args, '$.id') = ? "
            "OR EXISTS (SELECT 1 FROM json_each(c.args, '$.ids') WHERE value = ?)) ORDER BY id");
        cmd.bind(1, id).bind(2, id);
        while (cmd.step()) {
            CommandRecord c;
            c.id = cmd.int64(0);
            c.kind = cmd.text(1);
            c.args = QJsonDocument::fromJson(cmd.blob(2)).object();
            c.actor = cmd.text(3);
            c.createdMs = cmd.int64(4);
            c.state = cmd.text(5);
            c.result = cmd.text(6);
            h.commands << c;
            h.commandExecutedMs << cmd.int64(7);
        }
        cmd.reset();
        SqliteStatement &au = db.prepare(
            "SELECT id, at, actor, action, target, before, after FROM audit WHERE target = ? ORDER BY id");
        au.bind(1, QStringLiteral("exception:%1").arg(id));
        while (au.step())
            h.audit << AuditRecord{au.int64(0), au.int64(1), au.text(2), au.text(3), au.text(4), au.text(5), au.text(6)};
        au.reset();
    }
    return h;
}

} // namespace backroom
