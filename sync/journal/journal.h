#pragma once

#include "sync/core/syncerror.h"
#include "sync/journal/sqlitedb.h"
#include "sync/model/order.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
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

struct CommandRecord {
    qint64 id = 0;
    QString kind;              // retry | resolve | skip
    QJsonObject args;
    QString actor;
    qint64 createdMs = 0;
    QString state;             // queued | done | failed
    QString result;
};

struct MappingVersion {
    int version = 0;
    qint64 createdMs = 0;
    QString actor;             // the OS user
    QString note;              // what changed: "import skus.csv", "rollback to version 2"
    QByteArray json;           // every table, as in the mappings file
};

struct OrderSample {
    qint64 orderKey = 0;
    QString storeId;
    QByteArray rawJson;        // the order's latest revision as the store sent it
};

struct AuditEntry {
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString target;
    QString before;
    QString after;
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

    // --- fulfilment, cancellation, refunds, backorders (journalflows.cpp) -------------------

    // --- helpdesk tickets (journaltickets.cpp) -----------------------------------------------

    // --- workbench: assignment, snooze, notes, saved filters (journalworkbench.cpp) ----------

    // --- mapping versions (journalmappings.cpp) ------------------------------------------------
    // Appends a version (the full JSON of every table); returns its number (1, 2, ...).
    Result<int> addMappingVersion(const QString &actor, const QString &note, const QByteArray &json, qint64 nowMs);
    int latestMappingVersion();                                   // 0: none yet
    std::optional<MappingVersion> mappingVersion(int version);    // with its JSON
    QList<MappingVersion> mappingVersions(int limit = 500);       // newest first, without JSON
    // The audit log, newest first: entries at or after sinceMs, of one action (empty: all),
    // whose actor, target or before/after contain `text` (empty: all).
    QList<AuditEntry> auditEntries(qint64 sinceMs, const QString &action, const QString &text, int limit = 5000);
    QStringList auditActions();
    // Raw JSON of the latest revision of the most recently received orders (for previews).
    QList<OrderSample> recentOrderRevisions(int limit);
    // Every SKU sold (line items of the journal's orders) with its number of orders.
    QHash<QString, int> soldSkuCounts();

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
