// Connections, engine heartbeat, metrics and the status --json contract (DESIGN.md §7).
#include "sync/journal/journal.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace backroom {

namespace {
QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

double percentile(std::vector<double> &v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t idx = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[idx];
}
} // namespace

Status Journal::raiseConnectionException(const QString &connection, const SyncError &error, qint64 nowMs)
{
    SqliteStatement &find = m_db.prepare("SELECT id FROM exceptions WHERE kind='connection' AND group_key=? AND state='open'");
    find.bind(1, connection);
    const bool open = find.step();
    const qint64 id = open ? find.int64(0) : 0;
    find.reset();
    if (open) {
        return m_db.prepare("UPDATE exceptions SET message=?, hint=?, code=?, updated_at=? WHERE id=?")
            .bind(1, error.message).bind(2, error.hint).bind(3, error.code).bind(4, nowMs).bind(5, id).exec();
    }
    return m_db.prepare("INSERT INTO exceptions(order_id, kind, category, code, message, hint, system, group_key, state, attempts, "
                        "correlation_id, created_at, updated_at) VALUES(NULL, 'connection', ?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?)")
        .bind(1, categoryName(error.category)).bind(2, error.code).bind(3, error.message).bind(4, error.hint)
        .bind(5, connection.section(QLatin1Char(':'), 0, 0)).bind(6, connection).bind(7, error.requestId).bind(8, nowMs)
        .bind(9, nowMs).exec();
}

Status Journal::closeConnectionException(const QString &connection, const QString &resolution, qint64 nowMs)
{
    return m_db.prepare("UPDATE exceptions SET state='resolved', resolution=?, updated_at=? "
                        "WHERE kind='connection' AND group_key=? AND state='open'")
        .bind(1, resolution).bind(2, nowMs).bind(3, connection).exec();
}

Status Journal::setConnection(const ConnectionRecord &c)
{
    return m_db.prepare("INSERT INTO connections(name, state, last_success, last_error, updated_at) VALUES(?,?,?,?,?) "
                        "ON CONFLICT(name) DO UPDATE SET state=excluded.state, last_success=excluded.last_success, "
                        "last_error=excluded.last_error, updated_at=excluded.updated_at")
        .bind(1, c.name).bind(2, c.state).bind(3, c.lastSuccessMs).bind(4, c.lastError).bind(5, c.updatedMs).exec();
}

QList<ConnectionRecord> Journal::connections()
{
    SqliteStatement &st = m_db.prepare("SELECT name, state, last_success, last_error, updated_at FROM connections ORDER BY name");
    QList<ConnectionRecord> out;
    while (st.step()) {
        ConnectionRecord c;
        c.name = st.text(0);
        c.state = st.text(1);
        c.lastSuccessMs = st.int64(2);
        c.lastError = st.text(3);
        c.updatedMs = st.int64(4);
        out << c;
    }
    st.reset();
    return out;
}

Status Journal::heartbeat(qint64 pid, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO engine(id, pid, heartbeat_at) VALUES(1,?,?) "
                        "ON CONFLICT(id) DO UPDATE SET pid=excluded.pid, heartbeat_at=excluded.heartbeat_at")
        .bind(1, pid).bind(2, nowMs).exec();
}

std::optional<qint64> Journal::engineHeartbeatMs()
{
    SqliteStatement &st = m_db.prepare("SELECT heartbeat_at FROM engine WHERE id=1");
    std::optional<qint64> v;
    if (st.step() && !st.isNull(0))
        v = st.int64(0);
    st.reset();
    return v;
}

Status Journal::addMetric(const QString &name, double value, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO metrics(at, name, value) VALUES(?,?,?)").bind(1, nowMs).bind(2, name).bind(3, value).exec();
}

QJsonObject Journal::statusJson(qint64 nowMs)
{
    QJsonObject byStage;
    for (const char *s : {Stage::Received, Stage::Posted, Stage::Confirmed, Stage::Fulfilled, Stage::Cancelled,
                          Stage::Refunded, Stage::Exception, Stage::Skipped})
        byStage.insert(QLatin1String(s), 0);
    qint64 total = 0;
    {
        SqliteStatement &st = m_db.prepare("SELECT stage, count(*) FROM orders WHERE stage != 'ignored' GROUP BY stage");
        while (st.step()) {
            byStage.insert(st.text(0), st.int64(1));
            total += st.int64(1);
        }
        st.reset();
    }
    QJsonObject byCategory;
    qint64 open = 0;
    {
        SqliteStatement &st = m_db.prepare("SELECT category, count(*) FROM exceptions WHERE state='open' GROUP BY category");
        while (st.step()) {
            byCategory.insert(st.text(0), st.int64(1));
            open += st.int64(1);
        }
        st.reset();
    }
    qint64 pending = 0;
    qint64 oldestDue = 0;
    {
        // Through outbox_due(kind, state, next_due_at): the kinds present (a loose index scan,
        // one step per kind), then only their pending and inflight ranges, not the done history.
        SqliteStatement &st = m_db.prepare(
            "WITH RECURSIVE k(kind) AS (SELECT min(kind) FROM outbox UNION ALL "
            "SELECT (SELECT min(kind) FROM outbox WHERE kind > k.kind) FROM k WHERE k.kind IS NOT NULL) "
            "SELECT count(*), min(next_due_at) FROM outbox WHERE kind IN (SELECT kind FROM k) AND state IN ('pending','inflight')");
        if (st.step()) {
            pending = st.int64(0);
            if (!st.isNull(1))
                oldestDue = std::max<qint64>(0, (nowMs - st.int64(1)) / 1000);
        }
        st.reset();
    }
    QJsonArray conns;
    for (const ConnectionRecord &c : connections()) {
        conns.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("state"), c.state},
                                 {QStringLiteral("last_success"), isoOrNull(c.lastSuccessMs)},
                                 {QStringLiteral("last_error"), c.lastError.isEmpty() ? QJsonValue::Null : QJsonValue(c.lastError)}});
    }
    std::vector<double> lags;
    {
        SqliteStatement &st = m_db.prepare(
            "SELECT posted_at - received_at FROM orders WHERE posted_at IS NOT NULL ORDER BY posted_at DESC LIMIT 5000");
        while (st.step())
            lags.push_back(double(st.int64(0)) / 1000.0);
        st.reset();
    }
    qint64 oldestUnsynced = 0;
    {
        SqliteStatement &st = m_db.prepare("SELECT min(received_at) FROM orders WHERE stage IN ('received','exception')");
        if (st.step() && !st.isNull(0))
            oldestUnsynced = std::max<qint64>(0, (nowMs - st.int64(0)) / 1000);
        st.reset();
    }
    const double p50 = percentile(lags, 0.50);
    const double p95 = percentile(lags, 0.95);
    QJsonObject status{
        {QStringLiteral("orders"), QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("by_stage"), byStage}}},
        {QStringLiteral("exceptions"), QJsonObject{{QStringLiteral("open"), open}, {QStringLiteral("by_category"), byCategory}}},
        {QStringLiteral("outbox"), QJsonObject{{QStringLiteral("pending"), pending}, {QStringLiteral("oldest_due_s"), oldestDue}}},
        {QStringLiteral("connections"), conns},
        {QStringLiteral("lag"), QJsonObject{{QStringLiteral("order_to_erp_p50_s"), p50},
                                            {QStringLiteral("order_to_erp_p95_s"), p95},
                                            {QStringLiteral("oldest_unsynced_s"), oldestUnsynced}}},
    };
    status.insert(QStringLiteral("stock"), stockStatusJson(nowMs)); // journalstock.cpp
    return status;
}

} // namespace backroom
