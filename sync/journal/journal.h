#pragma once

#include "sync/core/syncerror.h"
#include "sync/journal/sqlitedb.h"
#include "sync/model/order.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace backroom {

// Order stages as counted in status --json.
namespace Stage {
inline constexpr const char *Received = "received";
inline constexpr const char *Posted = "posted";       // ERP sales order submitted and linked
inline constexpr const char *Confirmed = "confirmed"; // ERP reference written back to the store
inline constexpr const char *Fulfilled = "fulfilled";
inline constexpr const char *Cancelled = "cancelled";
inline constexpr const char *Refunded = "refunded";
inline constexpr const char *Exception = "exception";
inline constexpr const char *Skipped = "skipped";
inline constexpr const char *Ignored = "ignored";     // not in a syncable status
} // namespace Stage

namespace OutboxKind {
inline constexpr const char *ErpOrder = "erp_order";
inline constexpr const char *WooWriteBack = "woo_writeback";

// kinds of the stock flow

// kinds of fulfilment, cancellation, refunds, backorders

// kinds of helpdesk tickets
} // namespace OutboxKind

struct IntakeOutcome {
    enum class Kind { New, NewRevision, Unchanged };
    Kind kind = Kind::Unchanged;
    qint64 orderKey = 0;
    bool enqueued = false;
};

struct OutboxItem {
    qint64 id = 0;
    qint64 orderKey = 0;
    QString kind;
    int attempts = 0;          // attempts started so far, this claim included
    QString storeId;
    qint64 wooId = 0;
    QString number;
    QString erpRef;
    qint64 receivedAtMs = 0;
};

struct AttemptRecord {
    qint64 outboxId = 0;
    qint64 orderKey = 0;
    QString correlationId;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QString request;           // summary, secrets redacted
    QString response;          // summary
    QString outcome;           // "ok", or the error category
    int httpStatus = 0;
};

struct ExceptionRecord {
    qint64 id = 0;
    qint64 orderKey = 0;
    QString storeId;
    qint64 wooId = 0;
    QString number;
    QString category;
    QString code;
    QString message;
    QString hint;
    QString system;
    QString groupKey;
    QString state;             // open | resolved | skipped | retried
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int attempts = 0;
    QString correlationId;
};

namespace StockExceptionKind {
inline constexpr const char *Stock = "stock";        // write refused, unmanaged item, unknown ERP item
inline constexpr const char *Drift = "stock_drift";  // changed by hand in the store
} // namespace StockExceptionKind

struct StockRecord {
    QString storeId;
    QString sku;
    QString itemCode;
    qint64 wooId = 0;
    qint64 parentId = 0;
    bool manageStock = true;
    std::optional<double> erpValue;      // available in the ERP at the last read
    std::optional<qint64> target;        // what the store should show for that ERP value
    std::optional<qint64> storeValue;    // the store's value at the last read (or after our write)
    std::optional<qint64> writtenValue;  // the last value Backroom wrote
    qint64 writtenAtMs = 0;
    qint64 readAtMs = 0;
    std::optional<qint64> driftValue;    // the store value reported as drift
};

struct CommandRecord {
    qint64 id = 0;
    QString kind;              // retry | resolve | skip
    QJsonObject args;
    QString actor;
    qint64 createdMs = 0;
    QString state;             // queued | done | failed
    QString result;
};

struct ConnectionRecord {
    QString name;
    QString state;             // up | degraded | down | paused_auth | circuit_open | unknown
    qint64 lastSuccessMs = 0;
    QString lastError;
    qint64 updatedMs = 0;
};

// The SQLite journal (DESIGN.md §5). One writer connection per data directory; readers
// (status, the CLI, the console) open it read-only. Methods do not open transactions of
// their own: callers group their writes with begin()/commit() so a batch costs one fsync.
class Journal {
public:
    static constexpr int kSchemaVersion = 3;

    Journal() = default;
    Status open(const QString &path, SqliteDb::Mode mode = SqliteDb::Mode::ReadWrite);
    void close() { m_db.close(); }
    bool isOpen() const { return m_db.isOpen(); }
    int schemaVersion();

    Status begin();
    Status commit();
    void rollback();

    // --- intake -----------------------------------------------------------------------
    // Records one revision of a store order. New content (by hash) becomes a revision; an
    // order in a syncable status that is not yet in the ERP gets an erp_order outbox item.
    Result<IntakeOutcome> recordOrder(const Order &order, const QByteArray &rawJson, bool syncable, qint64 nowMs);
    QString cursor(const QString &storeId, const QString &name);
    Status setCursor(const QString &storeId, const QString &name, const QString &value, qint64 nowMs);
    QByteArray latestRevision(qint64 orderKey);
    // The store's modified date of an order whose content is unchanged (our own write-back
    // bumped it): recorded so the next poll does not fetch the order again.
    Status noteModified(const QString &storeId, qint64 wooId, const QString &contentHash, const QString &dateModifiedGmt);
    // The journal's modified date per order id (absent: not in the journal).
    QHash<qint64, QString> knownModified(const QString &storeId, const QList<qint64> &wooIds);
    std::optional<qint64> orderKeyFor(const QString &storeId, qint64 wooId);

    // --- outbox -----------------------------------------------------------------------
    // Claims up to `limit` due items of a kind: attempts+1, state inflight. Commit before
    // acting on them, so a crash leaves a trace that the outcome is unknown.
    QList<OutboxItem> claimDue(const QString &kind, qint64 nowMs, int limit, const QString &storeId = {});
    Status recordAttempt(const AttemptRecord &a);
    Status completeErpOrder(const OutboxItem &item, const QString &erpRef, qint64 nowMs, bool writeBack);
    Status completeWriteBack(const OutboxItem &item, qint64 nowMs);
    Status reschedule(const OutboxItem &item, qint64 dueMs, const QString &lastError, bool countAttempt = true);
    // Parks the item and opens an exception for its order (one open exception per order and kind).
    Status park(const OutboxItem &item, const SyncError &error, const QString &system, qint64 nowMs);
    // Items left inflight by a crash go back to pending (their next send looks up first).
    Status recoverInflight(qint64 nowMs);
    int outboxActive();                 // pending + inflight
    std::optional<qint64> nextDueMs();

    // --- ERP customers cache ------------------------------------------------------------
    QString cachedCustomer(const QString &email);
    Status cacheCustomer(const QString &email, const QString &name);
    Status forgetCustomer(const QString &name); // the ERP no longer knows it

    // --- exceptions ---------------------------------------------------------------------
    QList<ExceptionRecord> exceptions(bool openOnly, const QString &category = {}, int limit = 1000);
    std::optional<ExceptionRecord> exception(qint64 id);

    // --- commands and audit ------------------------------------------------------------
    Result<qint64> enqueueCommand(const QString &kind, const QJsonObject &args, const QString &actor, qint64 nowMs);
    QList<CommandRecord> queuedCommands(int limit = 100);
    std::optional<CommandRecord> command(qint64 id);
    Status finishCommand(qint64 id, bool ok, const QString &result, qint64 nowMs);
    Status audit(const QString &actor, const QString &action, const QString &target, const QString &before,
                 const QString &after, qint64 nowMs);
    // Command effects (also used by the CLI when no engine runs).
    Status retryException(const ExceptionRecord &e, qint64 nowMs);
    Status resolveException(const ExceptionRecord &e, const QString &note, const QString &erpRef, qint64 nowMs);
    Status skipException(const ExceptionRecord &e, const QString &reason, qint64 nowMs);

    // --- connections, engine lease, metrics --------------------------------------------
    // One open exception per connection (auth failures): raised once, not per order.
    Status raiseConnectionException(const QString &connection, const SyncError &error, qint64 nowMs);
    Status closeConnectionException(const QString &connection, const QString &resolution, qint64 nowMs);
    Status setConnection(const ConnectionRecord &c);
    QList<ConnectionRecord> connections();
    Status heartbeat(qint64 pid, qint64 nowMs);
    std::optional<qint64> engineHeartbeatMs();
    Status addMetric(const QString &name, double value, qint64 nowMs);

    // --- stock (journalstock.cpp) ---------------------------------------------------------
    // One row per store item with a SKU (table stock).
    std::optional<StockRecord> stockRecord(const QString &storeId, const QString &sku);
    Status saveStockRecord(const StockRecord &r);
    // A stock sweep of a store: when the ERP was read, when the store was last written, counts.
    Status noteStockSweep(const QString &storeId, qint64 readAtMs, int items, int writes, const QString &lastError, qint64 nowMs);
    QJsonObject stockStatusJson(qint64 nowMs); // status --json "stock": per store freshness
    // Stock exceptions hang off (store, SKU), not an order. raise: one open row per kind, store
    // and SKU (updated in place); an exception the person skipped for the same code stays
    // silent. Returns true when a new row was opened.
    Result<bool> raiseStockException(const QString &kind, const QString &storeId, const QString &sku,
                                     const SyncError &error, const QString &groupKey, qint64 nowMs);
    Status closeStockExceptions(const QString &kind, const QString &storeId, const QString &sku,
                                const QString &resolution, qint64 nowMs);
    // The latest exception of a kind for (store, SKU): its id and state; nullopt when none.
    std::optional<QPair<qint64, QString>> latestStockException(const QString &kind, const QString &storeId, const QString &sku);
    // When a stock exception of the store was last sent for retry (0: never).
    qint64 lastStockRetryMs(const QString &storeId);
    // Orders of the store with this SKU that have not reached the ERP yet (stage received or exception).
    int unpostedOrdersWithSku(const QString &storeId, const QString &sku);

    // --- fulfilment, cancellation, refunds, backorders (journalflows.cpp) -------------------

    // --- helpdesk tickets (journaltickets.cpp) -----------------------------------------------

    // --- workbench: assignment, snooze, notes, saved filters (journalworkbench.cpp) ----------

    // --- mapping versions (journalmappings.cpp) ------------------------------------------------

    // --- status --json --------------------------------------------------------------------
    QJsonObject statusJson(qint64 nowMs);

    SqliteDb &db() { return m_db; }

private:
    Status migrate();
    Status setStage(qint64 orderKey, const char *stage, qint64 nowMs);
    Status recordSkus(qint64 orderKey, const Order &order, bool replace);
    SqliteDb m_db;
};

} // namespace backroom
