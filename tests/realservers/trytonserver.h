#pragma once

// The Tryton server the CTest fixture started (scripts/realservers/tryton-start.sh): its
// connection settings from <TRYTON_SERVER_DIR>/api.env, and a direct line into its SQLite
// database for what a test must arrange behind the server's back (dropping sessions).

#include "sync/journal/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QUrl>

namespace tryton_test {

inline const char *kNotInstalled =
    "The real Tryton server is not running. If Tryton is not installed, run "
    "scripts/realservers/tryton-install.sh (after apt-get update); the test fixture "
    "tryton_server_start starts it (see its output and <build>/tests/realservers/tryton-server/trytond.log).";

struct Server {
    QString dir;
    QUrl url;
    QString database, user, password;
    bool ok() const { return url.isValid() && !database.isEmpty() && !password.isEmpty(); }
    QString sqlitePath() const { return QDir(dir).filePath(database + QStringLiteral(".sqlite")); }
};

inline Server server()
{
    Server s;
    s.dir = qEnvironmentVariable("TRYTON_SERVER_DIR");
    QFile f(QDir(s.dir).filePath(QStringLiteral("api.env")));
    if (s.dir.isEmpty() || !f.open(QIODevice::ReadOnly))
        return s;
    QHash<QString, QString> env;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    s.url = QUrl(env.value(QStringLiteral("TRYTON_URL")));
    s.database = env.value(QStringLiteral("TRYTON_DATABASE"));
    s.user = env.value(QStringLiteral("TRYTON_USER"));
    s.password = env.value(QStringLiteral("TRYTON_PASSWORD"));
    return s;
}

// Sessions dropped behind the server's back, as when they expire: the next call gets 401.
inline bool dropSessions(const Server &s)
{
    backroom::SqliteDb db;
    return db.open(s.sqlitePath(), backroom::SqliteDb::Mode::ReadWrite).ok() && db.exec("DELETE FROM ir_session").ok();
}

// Sales per reference, cancelled ones excluded (-1 when the database cannot be read).
inline QHash<QString, int> salesByReference(const Server &s)
{
    QHash<QString, int> out;
    backroom::SqliteDb db;
    if (!db.open(s.sqlitePath(), backroom::SqliteDb::Mode::ReadOnly).ok())
        return {{QString(), -1}};
    backroom::SqliteStatement &st =
        db.prepare("SELECT reference, COUNT(*) FROM sale_sale WHERE state != 'cancelled' GROUP BY reference");
    while (st.step())
        out.insert(st.text(0), int(st.int64(1)));
    st.reset();
    return out;
}

} // namespace tryton_test
