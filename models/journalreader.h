#pragma once

#include "models/consolesnapshot.h"
#include "models/orderfilter.h"
#include "models/passportentry.h"
#include "sync/journal/journal.h"
#include "sync/journal/journalqueries.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace backroom {

class Journal;

// One page of the orders view, as read on the reader thread.
struct OrdersPage {
    qint64 offset = 0;
    QList<OrderRow> rows;
    qint64 total = -1;       // the filtered count, when it was asked for
    double elapsedMs = 0;    // time spent in SQLite for this request
};

// Reads the journal for the console on its own thread ("backroom-reader") through a read-only
// connection (WAL lets it read while the engine writes), and queues console commands (retry,
// resolve, skip, …) into the journal's command queue through a second, short-lived writer
// connection. Every call is asynchronous: results come back as signals on the GUI thread.
// Works the same whether the engine runs in this process or headless elsewhere (attach mode).
class JournalReader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalReader)
public:
    explicit JournalReader(QString journalPath, QObject *parent = nullptr);
    ~JournalReader() override; // stops and joins the thread

    // Starts the thread and the periodic refresh (every intervalMs; 0 = no periodic refresh).
    void start(int intervalMs = 1000);
    QString journalPath() const;

    // Range of the metric series in snapshots: 1 h, 24 h or 7 d.
    void setSeriesRange(qint64 rangeMs);
    void refreshNow();

    // Queues a command (kind: retry | resolve | skip; args as in `backroom` CLI commands).
    // commandFinished() reports the engine's result once it executed it.
    void sendCommand(const QString &kind, const QJsonObject &args);
    // The same, with a request id that commandQueuedFor() echoes with the command's id (so a
    // view can wait for the result of its own command, e.g. preview_retry).
    quint64 sendCommandTracked(const QString &kind, const QJsonObject &args);

    // Queries for the item models. Each returns a request id that its signal echoes; they run
    // in order on the reader thread. May be called before start().
    quint64 fetchOrders(const OrderFilter &filter, int sortColumn, Qt::SortOrder order, qint64 offset, int limit,
                        bool withCount, const std::optional<OrderRow> &after = std::nullopt);
    quint64 fetchExceptions(const QString &category, bool openOnly, int limit = 10000);
    quint64 fetchPassport(qint64 orderKey);
    // The workbench: exceptions under a filter plus its groups by cause; an order's payload
    // (the store's latest revision, and the edited one the next attempt maps if any); the
    // saved filters. saveFilter()/deleteFilter() write through a short-lived writer connection.
    quint64 fetchWorkbench(const ExceptionFilter &filter, int limit = 10000);
    quint64 fetchPayload(qint64 orderKey);
    quint64 fetchSavedFilters();
    void saveFilter(const QString &name, const ExceptionFilter &filter);
    void deleteFilter(const QString &name);

    static OrderQuery toQuery(const OrderFilter &filter, int sortColumn, Qt::SortOrder order);

Q_SIGNALS:
    void snapshotReady(const backroom::ConsoleSnapshot &snapshot);
    void commandQueued(qint64 id);
    void commandFinished(qint64 id, bool ok, const QString &result);
    void commandQueuedFor(quint64 requestId, qint64 commandId);
    void failed(const QString &message); // the journal cannot be opened or read

    void ordersFetched(quint64 requestId, const backroom::OrdersPage &page);
    void exceptionsFetched(quint64 requestId, const QList<backroom::ExceptionRecord> &rows);
    void passportFetched(quint64 requestId, const backroom::OrderPassport &passport);
    void workbenchFetched(quint64 requestId, const QList<backroom::ExceptionRecord> &rows,
                          const QList<backroom::ExceptionGroup> &groups);
    void payloadFetched(quint64 requestId, qint64 orderKey, const QByteArray &storeRevision, const QByteArray &effective);
    void savedFiltersFetched(quint64 requestId, const QList<backroom::SavedFilter> &filters);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom

Q_DECLARE_METATYPE(backroom::OrdersPage)
Q_DECLARE_METATYPE(backroom::ExceptionGroup)
Q_DECLARE_METATYPE(backroom::SavedFilter)
