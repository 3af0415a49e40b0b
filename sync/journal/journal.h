#pragma once

#include "sync/core/syncerror.h"
#include "sync/journal/sqlitedb.h"
#include "sync/journal/workbenchtypes.h"
#include "sync/model/order.h"
#include "sync/model/ticket.h"

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
inline constexpr const char *WooFulfilment = "woo_fulfilment";     // apply recorded deliveries to the store order
inline constexpr const char *ErpCancel = "erp_cancel";             // cancel the ERP sales order
inline constexpr const char *ErpCreditNote = "erp_credit_note";    // book the order's store refunds as credit notes
inline constexpr const char *Reconcile = "reconcile";              // exceptions of reconciliation findings

// kinds of helpdesk tickets
inline constexpr const char *TicketCreate = "ticket_create";   // helpdesk_queue: create (look up first if unknown)
inline constexpr const char *TicketComment = "ticket_comment"; // an internal comment
inline constexpr const char *TicketSolve = "ticket_solve";     // solved, with an internal comment
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
    QString assignee;          // workbench: who works on it ("" nobody)
    qint64 snoozedUntilMs = 0; // workbench: hidden from the open queue until then
    int noteCount = 0;
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
    QString kind;              // retry | resolve | skip | snooze | assign | note | edit_retry | preview_retry
    QJsonObject args;
    QString actor;
    qint64 createdMs = 0;
    QString state;             // queued | running | done | failed
    QString result;
};

struct HelpdeskTicketRecord {
    qint64 id = 0;
    QString externalId;        // "backroom:<store>:<order id>:<cause>"
    qint64 orderKey = 0;
    QString cause;             // "<category>-<code>"
    qint64 exceptionId = 0;    // the exception it was last raised or updated for
    QString exceptionState;    // that exception's state when last seen
    QString remoteId;          // the helpdesk's ticket id, once created (or found)
    QString remoteStatus;
    QString state;             // open | solved (what Backroom asked for)
    QString subject;
    qint64 createdMs = 0;
};

struct TicketWorkItem {
    qint64 id = 0;
    qint64 ticketKey = 0;
    QString kind;              // OutboxKind::TicketCreate / TicketComment / TicketSolve
    QString body;              // JSON: the draft for a create, {"text"} for comment/solve
    int attempts = 0;          // this claim included
    bool outcomeUnknown = false;
    QString externalId;
    QString remoteId;
    qint64 orderKey = 0;
};

struct TicketSourceException {
    qint64 id = 0;
    qint64 orderKey = 0;
    QString kind;
    QString category;
    QString code;
    QString message;
    QString hint;
    QString state;
    QString resolution;
    qint64 updatedMs = 0;
    QString storeId;
    qint64 wooId = 0;
    QString number;
    QString email;
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
    static constexpr int kSchemaVersion = 8;

    Journal() = default;
    Status open(const QString &path, SqliteDb::Mode mode = SqliteDb::Mode::ReadWrite);
    void close() { m_db.close(); }
    bool isOpen() const { return m_db.isOpen(); }
    int schemaVersion();

    Status begin();
    Status commit();
    void rollback();
    // Transactions committed on this connection (each one an fsync of the WAL): the engine
    // groups its writes, and tests hold it to that.
    qint64 commits() const { return m_commits; }

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
    // A new revision of an order that reached the ERP: cancelled -> erp_cancel; refunds listed
    // -> erp_credit_note (re-armed). Called by recordOrder.
    Status afterPostedRevision(qint64 orderKey, const Order &order, const QByteArray &rawJson, qint64 nowMs);
    // The order whose ERP sales order this is (journal links).
    std::optional<qint64> orderKeyForErpRef(const QString &erpRef);
    // Records a delivery once (by name) and (re-)arms the order's woo_fulfilment item.
    // False when the delivery was already known.
    Result<bool> recordDelivery(qint64 orderKey, const QString &delivery, const QString &salesOrder,
                                const QString &tracking, const QString &carrier, const QString &lines, qint64 nowMs);
    struct DeliveryRecord {
        QString delivery, salesOrder, tracking, carrier, lines;
    };
    QList<DeliveryRecord> pendingDeliveries(qint64 orderKey); // oldest first
    Status applyDelivery(qint64 orderKey, const QString &delivery, bool complete, qint64 nowMs);
    // Outbox item of a flow done; stage set when `stage` is not null.
    Status completeFlowItem(const OutboxItem &item, const char *stage, qint64 nowMs);
    struct RefundRecord {
        qint64 refundId = 0;
        QString reference, amount, state, creditNote; // state: sending | done
    };
    std::optional<RefundRecord> refundRecord(qint64 orderKey, qint64 refundId);
    Status refundSending(qint64 orderKey, qint64 refundId, const QString &reference, const QString &amount, qint64 nowMs);
    Status refundBooked(qint64 orderKey, qint64 refundId, const QString &creditNote, qint64 nowMs);
    // The sales order is gone from the ERP: erp_order parked (a retry looks up, then re-creates)
    // with a conflict exception; stage exception.
    Status parkMissingSalesOrder(qint64 orderKey, const SyncError &error, qint64 nowMs);
    // An open exception of `kind` for the order without an outbox item (reconciliation,
    // backorders); one open per order and kind, a repeat updates it.
    Status raiseOrderException(qint64 orderKey, const QString &kind, const SyncError &error, const QString &system,
                               qint64 nowMs);
    bool hasOpenException(qint64 orderKey, const QString &kind);
    struct PostedOrder {
        qint64 orderKey = 0;
        QString storeId, number, erpRef, total;
        qint64 wooId = 0;
        qint64 postedAtMs = 0;
    };
    // Orders that reached the ERP, by id after `afterKey` (keyset paging).
    QList<PostedOrder> postedOrders(qint64 afterKey, int limit);
    Status markReconciled(qint64 orderKey, qint64 nowMs);
    Status markBackorderNoted(qint64 orderKey, qint64 nowMs);
    // Orders posted after the keyset (posted_at, id), oldest first (backorder checks).
    QList<PostedOrder> ordersPostedAfter(qint64 postedAtMs, qint64 afterKey, int limit);
    std::optional<qint64> maxPostedAt();

    // --- helpdesk tickets (journaltickets.cpp) -----------------------------------------------
    // One ticket per order and cause (external id), its queue of work, and polled mentions.
    std::optional<HelpdeskTicketRecord> helpdeskTicket(const QString &externalId);
    QList<HelpdeskTicketRecord> helpdeskTicketsForOrder(qint64 orderKey);
    QList<HelpdeskTicketRecord> helpdeskTicketsForException(qint64 exceptionId);
    Result<qint64> addHelpdeskTicket(const HelpdeskTicketRecord &t, qint64 nowMs);
    Status setHelpdeskTicketException(qint64 ticketKey, qint64 exceptionId, const QString &exceptionState, qint64 nowMs);
    Status setHelpdeskTicketState(qint64 ticketKey, const QString &state, qint64 nowMs);
    Status enqueueTicketWork(qint64 ticketKey, const QString &kind, const QString &body, qint64 nowMs);
    // Due work, oldest first, at most one item per ticket and only when nothing earlier of that
    // ticket is unfinished: state inflight, attempts+1. Commit before acting on it.
    QList<TicketWorkItem> claimTicketWork(qint64 nowMs, int limit);
    // Done; for a create, the helpdesk's ticket id is stored and linked to the order.
    Status completeTicketWork(const TicketWorkItem &item, const QString &remoteId, const QString &remoteStatus, qint64 nowMs);
    Status rescheduleTicketWork(const TicketWorkItem &item, qint64 dueMs, const QString &lastError, bool outcomeUnknown,
                                bool countAttempt = true);
    Status failTicketWork(const TicketWorkItem &item, const QString &lastError, qint64 nowMs);
    // At start: work left inflight by a crash is pending again, its outcome unknown (a create
    // looks up first); waiting work is due at once.
    Status recoverTicketInflight(qint64 nowMs);
    // Pending or inflight work; `activeBelowAttempts` > 0 counts only items tried fewer times.
    int ticketWorkActive(int activeBelowAttempts = 0);
    // Exceptions of orders changed at or after `sinceMs` (ticket failures excluded), oldest first.
    QList<TicketSourceException> exceptionsChangedSince(qint64 sinceMs, int limit);
    // Open tickets whose order went through meanwhile (posted or further).
    QList<std::pair<qint64, QString>> openTicketsOfDeliveredOrders(); // (ticket key, erp ref)
    // A ticket that mentions an order; linked to it now if the order is known (else later).
    Status recordTicketMention(const TicketMention &m, std::optional<qint64> orderKey, qint64 nowMs);
    QList<TicketMention> unlinkedMentions(int limit);
    Status linkMention(const QString &remoteId, qint64 orderKey, qint64 nowMs);
    std::optional<qint64> orderKeyByNumber(const QString &number);

    // --- workbench: assignment, snooze, notes, saved filters (journalworkbench.cpp) ----------
    // Exceptions under a workbench filter, newest first; "open" leaves out the snoozed ones.
    QList<ExceptionRecord> workbenchExceptions(const ExceptionFilter &filter, qint64 nowMs, int limit = 10000);
    // The causes under the filter (its own group ignored), largest first.
    // One exception with its workbench fields (assignee, snooze, notes).
    std::optional<ExceptionRecord> workbenchException(qint64 id);
    QList<ExceptionGroup> exceptionGroups(const ExceptionFilter &filter, qint64 nowMs);
    Status assignException(qint64 id, const QString &assignee, qint64 nowMs);
    Status snoozeException(qint64 id, qint64 untilMs, qint64 nowMs); // 0 wakes it now
    Status addExceptionNote(qint64 id, const QString &actor, const QString &text, qint64 nowMs);
    QList<ExceptionNote> exceptionNotes(qint64 exceptionId);
    Status saveFilter(const SavedFilter &filter);
    Status deleteFilter(const QString &name);
    QList<SavedFilter> savedFilters();
    // An edited order payload: the next attempt maps it instead of the store's revision, as
    // long as the store has not sent a newer revision since.
    Status recordPayloadEdit(qint64 orderKey, const QByteArray &payload, const QString &actor, qint64 nowMs);
    std::optional<QByteArray> editedPayload(qint64 orderKey);
    // The payload the next attempt maps: the edit if one applies, else the latest revision.
    QByteArray effectivePayload(qint64 orderKey);
    // A command the engine works on asynchronously (preview_retry): not picked up again.
    Status markCommandRunning(qint64 id);
    QString orderErpRef(qint64 orderKey); // "" when the order is not linked to an ERP document

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

    // --- status map (statusmap.h) -------------------------------------------------------------
    // WooCommerce statuses whose revisions of a posted order queue erp_cancel (default: cancelled);
    // the engine sets them from the status table's "cancel" rows.
    void setCancelStatuses(const QStringList &statuses) { m_cancelStatuses = statuses; }
    const QStringList &cancelStatuses() const { return m_cancelStatuses; }
    // The order's store status as of its latest revision ("" when unknown). journalstatusmap.cpp
    QString orderStatus(qint64 orderKey);

    // --- status --json --------------------------------------------------------------------
    QJsonObject statusJson(qint64 nowMs);

    SqliteDb &db() { return m_db; }

private:
    qint64 m_commits = 0;
    Status migrate();
    Status setStage(qint64 orderKey, const char *stage, qint64 nowMs);
    Status recordSkus(qint64 orderKey, const Order &order, bool replace);
    SqliteDb m_db;
    QStringList m_cancelStatuses{QStringLiteral("cancelled")};
};

} // namespace backroom
