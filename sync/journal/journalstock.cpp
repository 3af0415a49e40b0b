// The stock flow's journal: per item state (table stock), per store sweeps (freshness) and
// stock exceptions, which hang off a store and a SKU instead of an order.
#include "sync/journal/journal.h"

#include <QDateTime>
#include <QJsonArray>

namespace backroom {

namespace {

void bindOptional(SqliteStatement &st, int index, const std::optional<qint64> &v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}

std::optional<qint64> optionalInt(const SqliteStatement &st, int col)
{
    return st.isNull(col) ? std::nullopt : std::optional<qint64>(st.int64(col));
}

QJsonValue iso(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

std::optional<StockRecord> Journal::stockRecord(const QString &storeId, const QString &sku)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT item_code, woo_id, parent_id, manage_stock, erp_value, target, store_value, written_value, written_at, "
        "read_at, drift_value FROM stock WHERE store=? AND sku=?");
    st.bind(1, storeId).bind(2, sku);
    std::optional<StockRecord> out;
    if (st.step()) {
        StockRecord r;
        r.storeId = storeId;
        r.sku = sku;
        r.itemCode = st.text(0);
        r.wooId = st.int64(1);
        r.parentId = st.int64(2);
        r.manageStock = st.int64(3) != 0;
        if (!st.isNull(4))
            r.erpValue = st.real(4);
        r.target = optionalInt(st, 5);
        r.storeValue = optionalInt(st, 6);
        r.writtenValue = optionalInt(st, 7);
        r.writtenAtMs = st.int64(8);
        r.readAtMs = st.int64(9);
        r.driftValue = optionalInt(st, 10);
        out = r;
    }
    st.reset();
    return out;
}

Status Journal::saveStockRecord(const StockRecord &r)
{
    SqliteStatement &st = m_db.prepare(
        "INSERT INTO stock(store, sku, item_code, woo_id, parent_id, manage_stock, erp_value, target, store_value, "
        "written_value, written_at, read_at, drift_value, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(store, sku) DO UPDATE SET item_code=excluded.item_code, woo_id=excluded.woo_id, "
        "parent_id=excluded.parent_id, manage_stock=excluded.manage_stock, erp_value=excluded.erp_value, "
        "target=excluded.target, store_value=excluded.store_value, written_value=excluded.written_value, "
        "written_at=excluded.written_at, read_at=excluded.read_at, drift_value=excluded.drift_value, "
        "updated_at=excluded.updated_at");
    st.bind(1, r.storeId).bind(2, r.sku).bind(3, r.itemCode).bind(4, r.wooId).bind(5, r.parentId)
        .bind(6, r.manageStock ? 1 : 0);
    if (r.erpValue)
        st.bind(7, *r.erpValue);
    else
        st.bindNull(7);
    bindOptional(st, 8, r.target);
    bindOptional(st, 9, r.storeValue);
    bindOptional(st, 10, r.writtenValue);
    st.bind(11, r.writtenAtMs).bind(12, r.readAtMs);
    bindOptional(st, 13, r.driftValue);
    st.bind(14, std::max(r.readAtMs, r.writtenAtMs));
    return st.exec();
}

Status Journal::noteStockSweep(const QString &storeId, qint64 readAtMs, int items, int writes,
                               const QString &lastError, qint64 nowMs)
{
    // read_at stays at the last successful read when this sweep failed (readAtMs 0);
    // written_at moves only when something was written.
    return m_db.prepare("INSERT INTO stock_sweeps(store, read_at, written_at, items, writes, last_error, updated_at) "
                        "VALUES(?1, NULLIF(?2, 0), CASE WHEN ?4 > 0 THEN ?6 END, ?3, ?4, ?5, ?6) "
                        "ON CONFLICT(store) DO UPDATE SET read_at=coalesce(NULLIF(?2, 0), read_at), "
                        "written_at=CASE WHEN ?4 > 0 THEN ?6 ELSE written_at END, items=?3, writes=?4, last_error=?5, updated_at=?6")
        .bind(1, storeId).bind(2, readAtMs).bind(3, items).bind(4, writes).bind(5, lastError).bind(6, nowMs).exec();
}

QJsonObject Journal::stockStatusJson(qint64 nowMs)
{
    QJsonObject out;
    {
        // A journal of an older schema (read-only status of an old data directory) has no table.
        SqliteStatement &st = m_db.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='stock_sweeps'");
        const bool have = st.step() && st.int64(0) > 0;
        st.reset();
        if (!have)
            return out;
    }
    SqliteStatement &st = m_db.prepare(
        "SELECT s.store, s.read_at, s.written_at, s.items, s.writes, s.last_error, "
        "(SELECT count(*) FROM exceptions e WHERE e.store=s.store AND e.kind IN ('stock','stock_drift') AND e.state='open') "
        "FROM stock_sweeps s ORDER BY s.store");
    while (st.step()) {
        const qint64 readAt = st.isNull(1) ? 0 : st.int64(1);
        out.insert(st.text(0), QJsonObject{
                                   {QStringLiteral("last_read"), iso(readAt)},
                                   {QStringLiteral("last_written"), iso(st.isNull(2) ? 0 : st.int64(2))},
                                   {QStringLiteral("age_s"), readAt > 0 ? QJsonValue(std::max<qint64>(0, (nowMs - readAt) / 1000))
                                                                        : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("items"), st.int64(3)},
                                   {QStringLiteral("last_writes"), st.int64(4)},
                                   {QStringLiteral("last_error"), st.text(5).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(st.text(5))},
                                   {QStringLiteral("open_exceptions"), st.int64(6)},
                               });
    }
    st.reset();
    return out;
}

std::optional<QPair<qint64, QString>> Journal::latestStockException(const QString &kind, const QString &storeId, const QString &sku)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT id, state FROM exceptions WHERE order_id IS NULL AND kind=? AND store=? AND sku=? ORDER BY id DESC LIMIT 1");
    st.bind(1, kind).bind(2, storeId).bind(3, sku);
    std::optional<QPair<qint64, QString>> out;
    if (st.step())
        out = qMakePair(st.int64(0), st.text(1));
    st.reset();
    return out;
}

Result<bool> Journal::raiseStockException(const QString &kind, const QString &storeId, const QString &sku,
                                          const SyncError &error, const QString &groupKey, qint64 nowMs)
{
    SqliteStatement &find = m_db.prepare(
        "SELECT id, state, code FROM exceptions WHERE order_id IS NULL AND kind=? AND store=? AND sku=? ORDER BY id DESC LIMIT 1");
    find.bind(1, kind).bind(2, storeId).bind(3, sku);
    qint64 id = 0;
    QString state, code;
    if (find.step()) {
        id = find.int64(0);
        state = find.text(1);
        code = find.text(2);
    }
    find.reset();
    // A retried exception whose problem persists opens again (in place: one row per problem).
    if (id && (state == QLatin1String("open") || state == QLatin1String("retried"))) {
        if (Status s = m_db.prepare("UPDATE exceptions SET state='open', category=?, code=?, message=?, hint=?, group_key=?, "
                                    "correlation_id=?, updated_at=? WHERE id=?")
                           .bind(1, categoryName(error.category)).bind(2, error.code).bind(3, error.message)
                           .bind(4, error.hint).bind(5, groupKey).bind(6, error.requestId).bind(7, nowMs).bind(8, id).exec();
            !s)
            return s.error();
        return false;
    }
    // "Skip" on a stock exception means: leave this item as it is; say nothing more about the
    // same problem.
    if (id && state == QLatin1String("skipped") && code == error.code)
        return false;
    const QString system = error.category == ErrorCategory::Mapping ? QStringLiteral("erp") : QStringLiteral("woocommerce");
    if (Status s = m_db.prepare("INSERT INTO exceptions(order_id, kind, category, code, message, hint, system, group_key, state, "
                                "attempts, correlation_id, created_at, updated_at, store, sku) "
                                "VALUES(NULL, ?, ?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?, ?)")
                       .bind(1, kind).bind(2, categoryName(error.category)).bind(3, error.code).bind(4, error.message)
                       .bind(5, error.hint).bind(6, system).bind(7, groupKey).bind(8, error.requestId).bind(9, nowMs)
                       .bind(10, nowMs).bind(11, storeId).bind(12, sku).exec();
        !s)
        return s.error();
    return true;
}

Status Journal::closeStockExceptions(const QString &kind, const QString &storeId, const QString &sku,
                                     const QString &resolution, qint64 nowMs)
{
    return m_db.prepare("UPDATE exceptions SET state='resolved', resolution=?, updated_at=? "
                        "WHERE order_id IS NULL AND kind=? AND store=? AND sku=? AND state IN ('open','retried')")
        .bind(1, resolution).bind(2, nowMs).bind(3, kind).bind(4, storeId).bind(5, sku).exec();
}

qint64 Journal::lastStockRetryMs(const QString &storeId)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT max(updated_at) FROM exceptions WHERE kind IN ('stock','stock_drift') AND store=? AND state='retried'");
    st.bind(1, storeId);
    const qint64 v = st.step() && !st.isNull(0) ? st.int64(0) : 0;
    st.reset();
    return v;
}

int Journal::unpostedOrdersWithSku(const QString &storeId, const QString &sku)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT count(*) FROM order_skus k JOIN orders o ON o.id = k.order_id "
        "WHERE k.sku=? AND o.store=? AND o.stage IN ('received','exception')");
    st.bind(1, sku).bind(2, storeId);
    const int n = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return n;
}

} // namespace backroom
