// Exceptions, the command queue and the audit log.
#include "sync/journal/journal.h"
#include "sync/journal/journalrows.h"

#include <QJsonDocument>

namespace backroom {

namespace {
// Stock exceptions (journal step "stock") have a store of their own instead of an order. A read-only
// reader of an older journal has no such column.
const char *const kExceptionColumns =
    "SELECT e.id, e.order_id, coalesce(r.store, e.store), r.woo_id, r.number, e.category, e.code, e.message, e.hint, e.system, "
    "e.group_key, e.state, e.created_at, e.updated_at, e.attempts, e.correlation_id, e.kind "
    "FROM exceptions e LEFT JOIN orders r ON r.id = e.order_id ";
const char *const kExceptionColumnsV2 =
    "SELECT e.id, e.order_id, r.store, r.woo_id, r.number, e.category, e.code, e.message, e.hint, e.system, "
    "e.group_key, e.state, e.created_at, e.updated_at, e.attempts, e.correlation_id, e.kind "
    "FROM exceptions e LEFT JOIN orders r ON r.id = e.order_id ";

bool exceptionsHaveStore(SqliteDb &db)
{
    SqliteStatement &st = db.prepare("SELECT count(*) FROM pragma_table_info('exceptions') WHERE name='store'");
    const bool have = st.step() && st.int64(0) > 0;
    st.reset();
    return have;
}


CommandRecord readCommand(const SqliteStatement &st)
{
    CommandRecord c;
    c.id = st.int64(0);
    c.kind = st.text(1);
    c.args = QJsonDocument::fromJson(st.blob(2)).object();
    c.actor = st.text(3);
    c.createdMs = st.int64(4);
    c.state = st.text(5);
    c.result = st.text(6);
    return c;
}
} // namespace

ExceptionRecord readExceptionRow(const SqliteStatement &st)
{
    ExceptionRecord e;
    e.id = st.int64(0);
    e.orderKey = st.int64(1);
    e.storeId = st.text(2);
    e.wooId = st.int64(3);
    e.number = st.text(4);
    e.category = st.text(5);
    e.code = st.text(6);
    e.message = st.text(7);
    e.hint = st.text(8);
    e.system = st.text(9);
    e.groupKey = st.text(10);
    e.state = st.text(11);
    e.createdMs = st.int64(12);
    e.updatedMs = st.int64(13);
    e.attempts = int(st.int64(14));
    e.correlationId = st.text(15);
    return e;
}

QList<ExceptionRecord> Journal::exceptions(bool openOnly, const QString &category, int limit)
{
    static const QByteArray where = "WHERE (?=0 OR e.state='open') AND (?='' OR e.category=? OR e.category LIKE ? || '.%') ORDER BY e.id LIMIT ?";
    static const QByteArray sql = QByteArray(kExceptionColumns) + where;
    static const QByteArray sqlV2 = QByteArray(kExceptionColumnsV2) + where;
    SqliteStatement &st = m_db.prepare(exceptionsHaveStore(m_db) ? sql.constData() : sqlV2.constData());
    const QString cat = category.isNull() ? QStringLiteral("") : category;
    st.bind(1, openOnly ? 1 : 0).bind(2, cat).bind(3, cat).bind(4, cat).bind(5, limit);
    QList<ExceptionRecord> out;
    while (st.step())
        out << readExceptionRow(st);
    st.reset();
    return out;
}

std::optional<ExceptionRecord> Journal::exception(qint64 id)
{
    static const QByteArray sql = QByteArray(kExceptionColumns) + "WHERE e.id=?";
    static const QByteArray sqlV2 = QByteArray(kExceptionColumnsV2) + "WHERE e.id=?";
    SqliteStatement &st = m_db.prepare(exceptionsHaveStore(m_db) ? sql.constData() : sqlV2.constData());
    st.bind(1, id);
    std::optional<ExceptionRecord> out;
    if (st.step())
        out = readExceptionRow(st);
    st.reset();
    return out;
}

Result<qint64> Journal::enqueueCommand(const QString &kind, const QJsonObject &args, const QString &actor, qint64 nowMs)
{
    Status s = m_db.prepare("INSERT INTO commands(created_at, actor, kind, args, state) VALUES(?,?,?,?,'queued')")
                   .bind(1, nowMs).bind(2, actor).bind(3, kind)
                   .bind(4, QJsonDocument(args).toJson(QJsonDocument::Compact)).exec();
    if (!s)
        return s.error();
    return m_db.lastInsertId();
}

QList<CommandRecord> Journal::queuedCommands(int limit)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT id, kind, args, actor, created_at, state, result FROM commands WHERE state='queued' ORDER BY id LIMIT ?");
    st.bind(1, limit);
    QList<CommandRecord> out;
    while (st.step())
        out << readCommand(st);
    st.reset();
    return out;
}

std::optional<CommandRecord> Journal::command(qint64 id)
{
    SqliteStatement &st = m_db.prepare("SELECT id, kind, args, actor, created_at, state, result FROM commands WHERE id=?");
    st.bind(1, id);
    std::optional<CommandRecord> out;
    if (st.step())
        out = readCommand(st);
    st.reset();
    return out;
}

Status Journal::finishCommand(qint64 id, bool ok, const QString &result, qint64 nowMs)
{
    return m_db.prepare("UPDATE commands SET state=?, result=?, executed_at=? WHERE id=?")
        .bind(1, ok ? QStringLiteral("done") : QStringLiteral("failed")).bind(2, result).bind(3, nowMs).bind(4, id).exec();
}

Status Journal::audit(const QString &actor, const QString &action, const QString &target, const QString &before,
                      const QString &after, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO audit(at, actor, action, target, before, after) VALUES(?,?,?,?,?,?)")
        .bind(1, nowMs).bind(2, actor).bind(3, action).bind(4, target).bind(5, before).bind(6, after).exec();
}

Status Journal::retryException(const ExceptionRecord &e, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE exceptions SET state='retried', updated_at=? WHERE id=?").bind(1, nowMs).bind(2, e.id).exec(); !s)
        return s;
    if (e.orderKey == 0)
        return okStatus(); // a connection exception: the engine resumes the connection
    if (Status s = m_db.prepare("UPDATE outbox SET state='pending', next_due_at=?, updated_at=? WHERE order_id=? AND state='parked' "
                                "AND kind=(SELECT kind FROM exceptions WHERE id=?)")
                       .bind(1, nowMs).bind(2, nowMs).bind(3, e.orderKey).bind(4, e.id).exec(); !s)
        return s;
    return m_db.prepare("UPDATE orders SET stage='received', updated_at=? WHERE id=? AND stage='exception'")
        .bind(1, nowMs).bind(2, e.orderKey).exec();
}

Status Journal::resolveException(const ExceptionRecord &e, const QString &note, const QString &erpRef, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE exceptions SET state='resolved', resolution=?, updated_at=? WHERE id=?")
                       .bind(1, note).bind(2, nowMs).bind(3, e.id).exec(); !s)
        return s;
    if (e.orderKey == 0)
        return okStatus();
    if (Status s = m_db.prepare("UPDATE outbox SET state='done', updated_at=? WHERE order_id=? AND state IN ('parked','pending') "
                                "AND kind=(SELECT kind FROM exceptions WHERE id=?)")
                       .bind(1, nowMs).bind(2, e.orderKey).bind(3, e.id).exec(); !s)
        return s;
    if (erpRef.isEmpty())
        return m_db.prepare("UPDATE orders SET stage='skipped', updated_at=? WHERE id=? AND stage='exception'")
            .bind(1, nowMs).bind(2, e.orderKey).exec();
    OutboxItem item;
    item.orderKey = e.orderKey;
    item.id = 0;
    return completeErpOrder(item, erpRef, nowMs, true);
}

Status Journal::skipException(const ExceptionRecord &e, const QString &reason, qint64 nowMs)
{
    if (Status s = m_db.prepare("UPDATE exceptions SET state='skipped', resolution=?, updated_at=? WHERE id=?")
                       .bind(1, reason).bind(2, nowMs).bind(3, e.id).exec(); !s)
        return s;
    if (e.orderKey == 0)
        return okStatus();
    if (Status s = m_db.prepare("UPDATE outbox SET state='skipped', updated_at=? WHERE order_id=? AND state IN ('parked','pending')")
                       .bind(1, nowMs).bind(2, e.orderKey).exec(); !s)
        return s;
    return m_db.prepare("UPDATE orders SET stage='skipped', updated_at=? WHERE id=? AND stage IN ('exception','received')")
        .bind(1, nowMs).bind(2, e.orderKey).exec();
}

} // namespace backroom
