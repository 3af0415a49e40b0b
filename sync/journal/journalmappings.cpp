// Mapping versions, the audit log view, and the order samples of the mapping editors.
#include "sync/journal/journal.h"

namespace backroom {

Result<int> Journal::addMappingVersion(const QString &actor, const QString &note, const QByteArray &json, qint64 nowMs)
{
    const int next = latestMappingVersion() + 1;
    Status s = m_db.prepare("INSERT INTO mapping_versions(version, created_at, actor, note, json) VALUES(?,?,?,?,?)")
                   .bind(1, next).bind(2, nowMs).bind(3, actor).bind(4, note).bind(5, json)
                   .exec();
    if (!s)
        return s.error();
    return next;
}

int Journal::latestMappingVersion()
{
    SqliteStatement &st = m_db.prepare("SELECT coalesce(max(version), 0) FROM mapping_versions");
    const int v = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return v;
}

std::optional<MappingVersion> Journal::mappingVersion(int version)
{
    SqliteStatement &st = m_db.prepare("SELECT version, created_at, actor, note, json FROM mapping_versions WHERE version = ?");
    st.bind(1, version);
    std::optional<MappingVersion> out;
    if (st.step())
        out = MappingVersion{int(st.int64(0)), st.int64(1), st.text(2), st.text(3), st.blob(4)};
    st.reset();
    return out;
}

QList<MappingVersion> Journal::mappingVersions(int limit)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT version, created_at, actor, note FROM mapping_versions ORDER BY version DESC LIMIT ?");
    st.bind(1, limit);
    QList<MappingVersion> out;
    while (st.step())
        out << MappingVersion{int(st.int64(0)), st.int64(1), st.text(2), st.text(3), {}};
    st.reset();
    return out;
}

QList<AuditEntry> Journal::auditEntries(qint64 sinceMs, const QString &action, const QString &text, int limit)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT id, at, actor, action, target, before, after FROM audit "
        "WHERE at >= ?1 AND (?2 = '' OR action = ?2) "
        "AND (?3 = '' OR instr(lower(actor || ' ' || coalesce(target,'') || ' ' || coalesce(before,'') || ' ' "
        "|| coalesce(after,'')), lower(?3)) > 0) "
        "ORDER BY at DESC, id DESC LIMIT ?4");
    st.bind(1, sinceMs).bind(2, action.isNull() ? QStringLiteral("") : action)
        .bind(3, text.isNull() ? QStringLiteral("") : text).bind(4, limit);
    QList<AuditEntry> out;
    while (st.step())
        out << AuditEntry{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
    st.reset();
    return out;
}

QStringList Journal::auditActions()
{
    SqliteStatement &st = m_db.prepare("SELECT DISTINCT action FROM audit ORDER BY action");
    QStringList out;
    while (st.step())
        out << st.text(0);
    st.reset();
    return out;
}

QList<OrderSample> Journal::recentOrderRevisions(int limit)
{
    SqliteStatement &st = m_db.prepare("SELECT id, store FROM orders ORDER BY received_at DESC, id DESC LIMIT ?");
    st.bind(1, limit);
    QList<OrderSample> out;
    while (st.step())
        out << OrderSample{st.int64(0), st.text(1), {}};
    st.reset();
    for (OrderSample &o : out)
        o.rawJson = latestRevision(o.orderKey);
    return out;
}

QHash<QString, int> Journal::soldSkuCounts()
{
    SqliteStatement &st = m_db.prepare("SELECT sku, count(*) FROM order_skus GROUP BY sku");
    QHash<QString, int> out;
    while (st.step())
        out.insert(st.text(0), int(st.int64(1)));
    st.reset();
    return out;
}

} // namespace backroom
