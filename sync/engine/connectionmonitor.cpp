#include "sync/engine/connectionmonitor.h"

#include "sync/journal/journal.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "backroom.sync.connection")

namespace backroom {

ConnectionMonitor::ConnectionMonitor(Journal *journal, Clock *clock, std::chrono::milliseconds authProbeAfter, QObject *parent)
    : QObject(parent), m_journal(journal), m_clock(clock), m_authProbeAfter(authProbeAfter)
{
}

void ConnectionMonitor::add(const QString &name)
{
    if (!m_entries.contains(name)) {
        m_entries.insert(name, Entry{});
        store(name, m_entries[name]);
    }
}

void ConnectionMonitor::store(const QString &name, const Entry &e)
{
    ConnectionRecord r{name, e.state, e.lastSuccessMs, e.lastError, m_clock->nowMs()};
    (void)m_journal->setConnection(r);
}

void ConnectionMonitor::success(const QString &name)
{
    Entry &e = m_entries[name];
    const QString before = e.state;
    const bool wasPaused = e.state == QLatin1String("paused_auth");
    e.state = QStringLiteral("up");
    e.lastSuccessMs = m_clock->nowMs();
    e.consecutiveFailures = 0;
    e.pausedUntilMs = 0;
    e.lastError.clear();
    if (wasPaused) {
        qCInfo(lcConnection) << name << "authenticated again; resuming";
        (void)m_journal->closeConnectionException(name, QStringLiteral("the connection authenticated again"), m_clock->nowMs());
    }
    // Writing the row on every success would cost a statement per request; once a second is enough.
    static thread_local QHash<QString, qint64> lastWrite;
    const qint64 now = m_clock->nowMs();
    if (before != e.state || now - lastWrite.value(name) > 1000) {
        lastWrite[name] = now;
        store(name, e);
    }
    if (before != e.state)
        Q_EMIT changed(name, e.state);
}

void ConnectionMonitor::failure(const QString &name, const SyncError &error)
{
    Entry &e = m_entries[name];
    const QString before = e.state;
    e.lastError = error.summary();
    ++e.consecutiveFailures;
    if (error.category == ErrorCategory::Auth) {
        e.state = QStringLiteral("paused_auth");
        e.pausedUntilMs = m_clock->nowMs() + m_authProbeAfter.count();
        if (before != e.state) {
            qCWarning(lcConnection) << name << "paused: authentication failed:" << error.message;
            (void)m_journal->raiseConnectionException(name, error, m_clock->nowMs());
        }
    } else if (error.message.contains(QLatin1String("circuit open"))) {
        e.state = QStringLiteral("circuit_open");
    } else if (isTransient(error.category)) {
        e.state = e.consecutiveFailures >= 3 ? QStringLiteral("down") : QStringLiteral("degraded");
    }
    store(name, e);
    if (before != e.state)
        Q_EMIT changed(name, e.state);
}

bool ConnectionMonitor::isPaused(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it != m_entries.cend() && it->state == QLatin1String("paused_auth") && m_clock->nowMs() < it->pausedUntilMs;
}

bool ConnectionMonitor::anyPausedForAuth(QString *which, QString *message) const
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->state == QLatin1String("paused_auth")) {
            if (which)
                *which = it.key();
            if (message)
                *message = it->lastError;
            return true;
        }
    }
    return false;
}

void ConnectionMonitor::resume(const QString &name)
{
    auto it = m_entries.find(name);
    if (it != m_entries.end())
        it->pausedUntilMs = 0;
}

QString ConnectionMonitor::state(const QString &name) const
{
    return m_entries.value(name).state;
}

} // namespace backroom
