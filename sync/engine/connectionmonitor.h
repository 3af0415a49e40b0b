#pragma once

#include "sync/core/clock.h"
#include "sync/core/syncerror.h"

#include <QHash>
#include <QObject>

namespace backroom {

class Journal;

// Health of each connection ("woocommerce:main", "erp:erpnext"). An auth failure pauses the
// connection and raises one exception for it — not one per order — until a probe succeeds.
class ConnectionMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)
public:
    ConnectionMonitor(Journal *journal, Clock *clock, std::chrono::milliseconds authProbeAfter, QObject *parent = nullptr);

    void add(const QString &name);
    void success(const QString &name);
    void failure(const QString &name, const SyncError &error);
    // Paused connections are not used until authProbeAfter has passed; then one probe may go.
    bool isPaused(const QString &name) const;
    bool anyPausedForAuth(QString *which = nullptr, QString *message = nullptr) const;
    void resume(const QString &name); // the retry command on a connection exception
    QString state(const QString &name) const;

Q_SIGNALS:
    void changed(const QString &name, const QString &state);

private:
    struct Entry {
        QString state = QStringLiteral("unknown");
        qint64 lastSuccessMs = 0;
        QString lastError;
        int consecutiveFailures = 0;
        qint64 pausedUntilMs = 0;
    };
    void store(const QString &name, const Entry &e);

    Journal *m_journal;
    Clock *m_clock;
    std::chrono::milliseconds m_authProbeAfter;
    QHash<QString, Entry> m_entries;
};

} // namespace backroom
