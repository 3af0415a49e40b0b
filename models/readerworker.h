#pragma once

#include "models/journalreader.h"
#include "sync/journal/journal.h"
#include "sync/journal/journalqueries.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace backroom {

// The half of JournalReader that lives on a reader thread, with its own read-only journal
// connection. JournalReader runs two: one for the dashboards' snapshots (and their timer) on
// "backroom-snapshot", one for the item models' queries and the command poll on
// "backroom-reader", so a page of the orders view never waits behind a snapshot. Results go
// out as JournalReader's signals (queued to the GUI thread).
class ReaderWorker final : public QObject {
public:
    ReaderWorker(QString path, JournalReader *reader);
    ~ReaderWorker() override;
    Q_DISABLE_COPY_MOVE(ReaderWorker)

    // snapshots: this worker builds the snapshots (one now, then every intervalMs; 0 = only
    // when asked). Otherwise it only answers queries and commands.
    void start(int intervalMs, bool snapshots);
    void setSeriesRange(qint64 rangeMs) { m_seriesRangeMs = rangeMs; }
    void snapshot();
    // requestId != 0: also emits commandQueuedFor(requestId, command id).
    void sendCommand(const QString &kind, const QJsonObject &args, quint64 requestId = 0);
    void fetchOrders(quint64 id, const OrderQuery &q, qint64 offset, int limit, bool withCount,
                     const std::optional<OrderRow> &after);
    void fetchExceptions(quint64 id, const QString &category, bool openOnly, int limit);
    void fetchPassport(quint64 id, qint64 orderKey);
    // The workbench (readerworkbench.cpp).
    void fetchWorkbench(quint64 id, const ExceptionFilter &filter, int limit);
    void fetchPayload(quint64 id, qint64 orderKey);
    void fetchSavedFilters(quint64 id);
    void saveFilter(const QString &name, const ExceptionFilter &filter);
    void deleteFilter(const QString &name);

    static qint64 nowMs();

private:
    bool ensureOpen();
    void pollCommands();
    // With no engine alive, executes the command at once on the writer connection (as the CLI does).
    void executeWithoutEngine(Journal &writer, qint64 commandId);
    ConsoleSnapshot buildSnapshot();

    QString m_path;
    JournalReader *m_reader;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalQueries> m_queries;
    QTimer *m_snapshotTimer = nullptr;
    QTimer *m_commandTimer = nullptr;
    QSet<qint64> m_pendingCommands;
    qint64 m_seriesRangeMs = 3600 * 1000;
    qint64 m_lastPragmaVersion = -1;
    qint64 m_dataVersion = 0;
    QString m_lastError;
};

} // namespace backroom
