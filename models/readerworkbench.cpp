// ReaderWorker's workbench half: filtered exceptions with their groups, payloads, saved
// filters, and commands executed at once when no engine is alive.
#include "models/readerworker.h"

#include "sync/engine/commandexecutor.h"

#include <QFileInfo>

namespace backroom {

namespace {
constexpr qint64 kEngineAliveMs = 5000;
}

void ReaderWorker::executeWithoutEngine(Journal &writer, qint64 commandId)
{
    const auto beat = writer.engineHeartbeatMs();
    if (beat && nowMs() - *beat < kEngineAliveMs)
        return; // the engine executes it within a quarter second
    if (!writer.begin())
        return; // busy: it stays queued for the engine (or the next console command)
    const auto c = writer.command(commandId);
    if (c && c->state == QLatin1String("queued")) {
        CommandExecutor exec(&writer);
        exec.execute(*c, nowMs());
    }
    if (!writer.commit())
        writer.rollback();
}

void ReaderWorker::fetchWorkbench(quint64 id, const ExceptionFilter &filter, int limit)
{
    QList<ExceptionRecord> rows;
    QList<ExceptionGroup> groups;
    if (ensureOpen()) {
        const qint64 now = nowMs();
        rows = m_journal->workbenchExceptions(filter, now, limit);
        ExceptionFilter all = filter;
        all.groupCategory.clear();
        all.groupKey.clear();
        groups = m_journal->exceptionGroups(all, now);
    }
    Q_EMIT m_reader->workbenchFetched(id, rows, groups);
}

void ReaderWorker::fetchPayload(quint64 id, qint64 orderKey)
{
    QByteArray store, effective;
    if (ensureOpen()) {
        store = m_journal->latestRevision(orderKey);
        effective = m_journal->effectivePayload(orderKey);
    }
    Q_EMIT m_reader->payloadFetched(id, orderKey, store, effective);
}

void ReaderWorker::fetchSavedFilters(quint64 id)
{
    QList<SavedFilter> filters;
    if (ensureOpen())
        filters = m_journal->savedFilters();
    Q_EMIT m_reader->savedFiltersFetched(id, filters);
}

void ReaderWorker::saveFilter(const QString &name, const ExceptionFilter &filter)
{
    Journal writer;
    Status s = writer.open(m_path, SqliteDb::Mode::ReadWrite);
    if (s) {
        QString actor = qEnvironmentVariable("USER");
        s = writer.saveFilter(SavedFilter{name, filter, actor, nowMs()});
    }
    if (!s)
        Q_EMIT m_reader->failed(JournalReader::tr("Could not save the filter: %1").arg(s.error().message));
}

void ReaderWorker::deleteFilter(const QString &name)
{
    Journal writer;
    Status s = writer.open(m_path, SqliteDb::Mode::ReadWrite);
    if (s)
        s = writer.deleteFilter(name);
    if (!s)
        Q_EMIT m_reader->failed(JournalReader::tr("Could not delete the filter: %1").arg(s.error().message));
}

} // namespace backroom
