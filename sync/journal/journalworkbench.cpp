// The exception workbench: filters, groups by cause, assignment, snooze, notes, saved filters
// and edited payloads.
#include "sync/journal/journal.h"
#include "sync/journal/journalrows.h"

#include <QJsonDocument>

namespace backroom {

namespace {
// A null QString binds NULL, and NULL = '' is not true: filters bind "" for "any".
QString nn(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

// The filter's WHERE clause; parameters ?1..?12 bound by bindFilter().
#define WORKBENCH_WHERE                                                                                   \
    "WHERE (?1='' OR e.category=?1 OR e.category LIKE ?1 || '.%') "                                       \
    "AND (?2='' OR e.system=?2) AND (?3='' OR r.store=?3) "                                               \
    "AND (?4=0 OR e.created_at <= ?5 - ?4 * 1000) AND (?6=0 OR e.created_at > ?5 - ?6 * 1000) "           \
    "AND (?7='' OR (?7='-' AND coalesce(e.assignee,'')='') OR e.assignee=?7) "                            \
    "AND (?8='all' OR (?8='open' AND e.state='open' AND coalesce(e.snoozed_until,0) <= ?5) "              \
    "     OR (?8='snoozed' AND e.state='open' AND coalesce(e.snoozed_until,0) > ?5) "                     \
    "     OR (?8 NOT IN ('open','snoozed','all') AND e.state=?8)) "

void bindFilter(SqliteStatement &st, const ExceptionFilter &f, qint64 nowMs)
{
    st.bind(1, nn(f.category)).bind(2, nn(f.system)).bind(3, nn(f.store)).bind(4, f.minAgeS).bind(5, nowMs)
        .bind(6, f.maxAgeS).bind(7, nn(f.assignee)).bind(8, f.state.isEmpty() ? QStringLiteral("open") : f.state);
}

ExceptionRecord readRow(const SqliteStatement &st)
{
    ExceptionRecord e = readExceptionRow(st);
    e.assignee = st.text(16);
    e.snoozedUntilMs = st.int64(17);
    e.noteCount = int(st.int64(18));
    return e;
}
} // namespace

QString describeGroup(const ExceptionGroup &g)
{
    const QString &k = g.groupKey;
    if (g.category == QLatin1String("mapping") && k.startsWith(QLatin1String("product:")))
        return QStringLiteral("Product %1 has no SKU").arg(k.mid(8));
    if (g.category == QLatin1String("mapping") && !k.isEmpty() && !k.contains(QLatin1Char(':')) && !k.contains(QLatin1Char(' ')))
        return QStringLiteral("SKU %1 unmapped").arg(k);
    if (!k.isEmpty())
        return QStringLiteral("%1: %2").arg(g.category, k);
    if (!g.code.isEmpty())
        return QStringLiteral("%1: %2").arg(g.category, g.code);
    return QStringLiteral("%1: %2").arg(g.category, g.sample.left(60));
}

QJsonObject ExceptionFilter::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("category", category);
    put("system", system);
    put("store", store);
    put("assignee", assignee);
    put("state", state);
    put("group_category", groupCategory);
    put("group_key", groupKey);
    if (minAgeS > 0)
        o.insert(QStringLiteral("min_age_s"), minAgeS);
    if (maxAgeS > 0)
        o.insert(QStringLiteral("max_age_s"), maxAgeS);
    return o;
}

ExceptionFilter ExceptionFilter::fromJson(const QJsonObject &o)
{
    ExceptionFilter f;
    f.category = o.value(QStringLiteral("category")).toString();
    f.system = o.value(QStringLiteral("system")).toString();
    f.store = o.value(QStringLiteral("store")).toString();
    f.assignee = o.value(QStringLiteral("assignee")).toString();
    f.state = o.value(QStringLiteral("state")).toString(QStringLiteral("open"));
    f.groupCategory = o.value(QStringLiteral("group_category")).toString();
    f.groupKey = o.value(QStringLiteral("group_key")).toString();
    f.minAgeS = o.value(QStringLiteral("min_age_s")).toInteger();
    f.maxAgeS = o.value(QStringLiteral("max_age_s")).toInteger();
    return f;
}

#define WORKBENCH_SELECT                                                                                   \
    "SELECT e.id, e.order_id, r.store, r.woo_id, r.number, e.category, e.code, e.message, e.hint, e.system, "      \
    "e.group_key, e.state, e.created_at, e.updated_at, e.attempts, e.correlation_id, e.assignee, "               \
    "coalesce(e.snoozed_until,0), (SELECT count(*) FROM exception_notes n WHERE n.exception_id = e.id) "         \
    "FROM exceptions e LEFT JOIN orders r ON r.id = e.order_id "

std::optional<ExceptionRecord> Journal::workbenchException(qint64 id)
{
    SqliteStatement &st = m_db.prepare(WORKBENCH_SELECT "WHERE e.id=?");
    st.bind(1, id);
    std::optional<ExceptionRecord> out;
    if (st.step())
        out = readRow(st);
    st.reset();
    return out;
}

QList<ExceptionRecord> Journal::workbenchExceptions(const ExceptionFilter &f, qint64 nowMs, int limit)
{
    // A group is (category, group key), or (category, code) when the key is empty.
    SqliteStatement &st = m_db.prepare(
        WORKBENCH_SELECT WORKBENCH_WHERE
        "AND (?9='' OR (e.category=?9 AND (coalesce(e.group_key,'')=?10 AND (?10<>'' OR coalesce(e.code,'')=?11)))) "
        "ORDER BY e.id DESC LIMIT ?12");
    bindFilter(st, f, nowMs);
    const bool byCode = f.groupKey.startsWith(QLatin1String("code:"));
    st.bind(9, nn(f.groupCategory)).bind(10, byCode ? QStringLiteral("") : nn(f.groupKey))
        .bind(11, byCode ? f.groupKey.mid(5) : QStringLiteral("")).bind(12, limit);
    QList<ExceptionRecord> out;
    while (st.step())
        out << readRow(st);
    st.reset();
    return out;
}

QList<ExceptionGroup> Journal::exceptionGroups(const ExceptionFilter &f, qint64 nowMs)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT e.category, coalesce(e.group_key,''), CASE WHEN coalesce(e.group_key,'')='' THEN coalesce(e.code,'') ELSE '' END, "
        "max(e.message), count(*), min(e.created_at) "
        "FROM exceptions e LEFT JOIN orders r ON r.id = e.order_id " WORKBENCH_WHERE
        "GROUP BY 1, 2, 3 ORDER BY 5 DESC, 1, 2");
    bindFilter(st, f, nowMs);
    QList<ExceptionGroup> out;
    while (st.step())
        out << ExceptionGroup{st.text(0), st.text(1), st.text(2), st.text(3), int(st.int64(4)), st.int64(5)};
    st.reset();
    return out;
}

Status Journal::assignException(qint64 id, const QString &assignee, qint64 nowMs)
{
    return m_db.prepare("UPDATE exceptions SET assignee=?, updated_at=? WHERE id=?")
        .bind(1, assignee.isEmpty() ? QString() : assignee).bind(2, nowMs).bind(3, id).exec();
}

Status Journal::snoozeException(qint64 id, qint64 untilMs, qint64 nowMs)
{
    SqliteStatement &st = m_db.prepare("UPDATE exceptions SET snoozed_until=?, updated_at=? WHERE id=?");
    if (untilMs > 0)
        st.bind(1, untilMs);
    else
        st.bindNull(1);
    return st.bind(2, nowMs).bind(3, id).exec();
}

Status Journal::addExceptionNote(qint64 id, const QString &actor, const QString &text, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO exception_notes(exception_id, at, actor, text) VALUES(?,?,?,?)")
        .bind(1, id).bind(2, nowMs).bind(3, actor).bind(4, text).exec();
}

QList<ExceptionNote> Journal::exceptionNotes(qint64 exceptionId)
{
    SqliteStatement &st = m_db.prepare("SELECT id, exception_id, at, actor, text FROM exception_notes WHERE exception_id=? ORDER BY id");
    st.bind(1, exceptionId);
    QList<ExceptionNote> out;
    while (st.step())
        out << ExceptionNote{st.int64(0), st.int64(1), st.int64(2), st.text(3), st.text(4)};
    st.reset();
    return out;
}

Status Journal::saveFilter(const SavedFilter &filter)
{
    return m_db.prepare("INSERT INTO saved_filters(name, filter, actor, updated_at) VALUES(?,?,?,?) "
                        "ON CONFLICT(name) DO UPDATE SET filter=excluded.filter, actor=excluded.actor, updated_at=excluded.updated_at")
        .bind(1, filter.name).bind(2, QJsonDocument(filter.filter.toJson()).toJson(QJsonDocument::Compact))
        .bind(3, filter.actor).bind(4, filter.updatedMs).exec();
}

Status Journal::deleteFilter(const QString &name)
{
    return m_db.prepare("DELETE FROM saved_filters WHERE name=?").bind(1, name).exec();
}

QList<SavedFilter> Journal::savedFilters()
{
    SqliteStatement &st = m_db.prepare("SELECT name, filter, actor, updated_at FROM saved_filters ORDER BY name");
    QList<SavedFilter> out;
    while (st.step())
        out << SavedFilter{st.text(0), ExceptionFilter::fromJson(QJsonDocument::fromJson(st.blob(1)).object()), st.text(2), st.int64(3)};
    st.reset();
    return out;
}

Status Journal::recordPayloadEdit(qint64 orderKey, const QByteArray &payload, const QString &actor, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO payload_edits(order_id, base_hash, payload, actor, created_at) "
                        "SELECT id, content_hash, ?, ?, ? FROM orders WHERE id=?")
        .bind(1, payload).bind(2, actor).bind(3, nowMs).bind(4, orderKey).exec();
}

std::optional<QByteArray> Journal::editedPayload(qint64 orderKey)
{
    SqliteStatement &st = m_db.prepare(
        "SELECT p.payload FROM payload_edits p JOIN orders o ON o.id = p.order_id "
        "WHERE p.order_id=? AND p.base_hash = o.content_hash ORDER BY p.id DESC LIMIT 1");
    st.bind(1, orderKey);
    std::optional<QByteArray> out;
    if (st.step())
        out = st.blob(0);
    st.reset();
    return out;
}

QByteArray Journal::effectivePayload(qint64 orderKey)
{
    if (auto edited = editedPayload(orderKey))
        return *edited;
    return latestRevision(orderKey);
}

Status Journal::markCommandRunning(qint64 id)
{
    return m_db.prepare("UPDATE commands SET state='running' WHERE id=? AND state='queued'").bind(1, id).exec();
}

QString Journal::orderErpRef(qint64 orderKey)
{
    SqliteStatement &st = m_db.prepare("SELECT coalesce(erp_ref,'') FROM orders WHERE id=?");
    st.bind(1, orderKey);
    const QString ref = st.step() ? st.text(0) : QString();
    st.reset();
    return ref;
}

} // namespace backroom
