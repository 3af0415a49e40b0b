#include "sync/journal/sqlitedb.h"

#include <sqlite3.h>

#include <unordered_map>

namespace backroom {

struct SqliteDb::Cache {
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> statements;
};

namespace {
SyncError dbError(sqlite3 *db, const QString &context)
{
    SyncError e;
    e.category = ErrorCategory::Internal;
    e.code = QStringLiteral("journal");
    e.message = context + QStringLiteral(": ") + QString::fromUtf8(db ? sqlite3_errmsg(db) : "no database");
    e.hint = QStringLiteral("The journal could not be written. Check disk space and permissions of the data directory.");
    return e;
}
} // namespace

SqliteStatement::SqliteStatement(SqliteStatement &&o) noexcept : m_db(o.m_db), m_stmt(o.m_stmt)
{
    o.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&o) noexcept
{
    std::swap(m_db, o.m_db);
    std::swap(m_stmt, o.m_stmt);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 v)
{
    sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double v)
{
    sqlite3_bind_double(m_stmt, index, v);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &v)
{
    if (v.isNull())
        return bindNull(index);
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(m_stmt, index, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &v)
{
    if (v.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindAll(std::initializer_list<QVariant> values)
{
    int i = 1;
    for (const QVariant &v : values) {
        if (v.isNull())
            bindNull(i);
        else if (v.typeId() == QMetaType::QString)
            bind(i, v.toString());
        else if (v.typeId() == QMetaType::QByteArray)
            bind(i, v.toByteArray());
        else if (v.typeId() == QMetaType::Double)
            bind(i, v.toDouble());
        else
            bind(i, v.toLongLong());
        ++i;
    }
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && !error)
        error = dbError(m_db, QStringLiteral("step"));
    return false;
}

Status SqliteStatement::exec()
{
    error.reset();
    while (step()) {
    }
    reset();
    if (error)
        return *error;
    return okStatus();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double SqliteStatement::real(int col) const { return sqlite3_column_double(m_stmt, col); }
bool SqliteStatement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

QString SqliteStatement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray SqliteStatement::blob(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

SqliteDb::SqliteDb() = default;

SqliteDb::~SqliteDb()
{
    close();
}

Status SqliteDb::open(const QString &path, Mode mode)
{
    close();
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        SyncError e = dbError(m_db, QStringLiteral("open %1").arg(path));
        sqlite3_close(m_db);
        m_db = nullptr;
        return e;
    }
    m_cache = std::make_unique<Cache>();
    sqlite3_busy_timeout(m_db, 5000);
    return okStatus();
}

void SqliteDb::close()
{
    m_cache.reset();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Status SqliteDb::exec(const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        SyncError e = dbError(m_db, QString::fromUtf8(sql).left(60));
        if (msg) {
            e.message = QString::fromUtf8(msg) + QStringLiteral(" in: ") + QString::fromUtf8(sql).left(80);
            sqlite3_free(msg);
        }
        return e;
    }
    return okStatus();
}

SqliteStatement &SqliteDb::prepare(const char *sql)
{
    auto &slot = m_cache->statements[sql];
    if (!slot) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            slot = std::make_unique<SqliteStatement>();
            slot->error = dbError(m_db, QStringLiteral("prepare: ") + QString::fromUtf8(sql).left(80));
            qFatal("journal: cannot prepare statement: %s (%s)", sql, sqlite3_errmsg(m_db));
        }
        slot = std::make_unique<SqliteStatement>(m_db, stmt);
    }
    slot->error.reset();
    return *slot;
}

qint64 SqliteDb::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int SqliteDb::changes() const { return sqlite3_changes(m_db); }
SyncError SqliteDb::lastError(const QString &context) const { return dbError(m_db, context); }

} // namespace backroom
