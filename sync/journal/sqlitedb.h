#pragma once

#include "sync/core/syncerror.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace backroom {

// A thin RAII layer over the sqlite3 C API: a connection and prepared statements.
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    SqliteStatement(SqliteStatement &&o) noexcept;
    SqliteStatement &operator=(SqliteStatement &&o) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }
    SqliteStatement &bind(int index, qint64 v);
    SqliteStatement &bind(int index, int v) { return bind(index, qint64(v)); }
    SqliteStatement &bind(int index, double v);
    SqliteStatement &bind(int index, const QString &v);     // null QString binds NULL
    SqliteStatement &bind(int index, const QByteArray &v);  // as text
    SqliteStatement &bindNull(int index);
    SqliteStatement &bindAll(std::initializer_list<QVariant> values);

    bool step();                 // true while a row is available; errors are recorded
    Status exec();               // steps to the end, then resets
    void reset();

    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;

    std::optional<SyncError> error;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

class SqliteDb {
public:
    enum class Mode { ReadWrite, ReadOnly };
    SqliteDb();
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    Status open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const char *sql);
    // Prepared statements are cached by their SQL text.
    SqliteStatement &prepare(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    SyncError lastError(const QString &context) const;

private:
    sqlite3 *m_db = nullptr;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace backroom
