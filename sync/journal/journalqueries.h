#pragma once

#include "sync/journal/journal.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace backroom {

// The console's read queries (DESIGN.md §9). All the SQL the console needs lives here, next to
// the schema; the console runs these on its reader thread over a read-only connection.

// Sort keys of the orders view, in the order of OrdersModel::Column.
enum class OrderSortKey { Number, Store, Status, Stage, Email, Total, Received, ErpRef };

struct OrderQuery {
    QString search;          // prefix of the order number, the e-mail (any case) or a line SKU
    QString stage;
    QString status;
    QString store;
    qint64 minAgeS = 0;      // age = now - received_at; 0 = unbounded
    qint64 maxAgeS = 0;      // exclusive upper bound; 0 = unbounded
    OrderSortKey sortKey = OrderSortKey::Received;
    bool descending = true;
};

struct OrderRow {
    qint64 key = 0;
    QString store;
    qint64 wooId = 0;
    QString number;
    QString status;
    QString stage;
    QString email;
    QString total;           // as the store sent it ("10.00")
    QString currency;
    qint64 receivedMs = 0;
    QString erpRef;
};

struct AttemptWindowStats {
    QString connection;      // "erp:<any>" rows use "erp"; write-backs use "woocommerce:<store>"
    int attempts = 0;
    int failed = 0;
    bool throttled = false;
};

struct AgingCount {
    QString stage;
    int bucket = 0;          // index into the bounds passed to aging()
    int count = 0;
};

struct ExceptionCount {
    QString category;
    QString system;
    int bucket = 0;          // index into the bounds passed to exceptionCounts()
    int count = 0;
};

struct RevisionRecord {
    qint64 id = 0;
    qint64 receivedMs = 0;
    QString dateModifiedGmt;
    QByteArray rawJson;
};

struct LinkRecord {
    QString system;
    QString remoteId;
    qint64 createdMs = 0;
};

struct AuditRecord {
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString target;
    QString before;
    QString after;
};

struct OrderHistory {
    std::optional<OrderRow> order;
    QList<RevisionRecord> revisions;   // oldest first
    QList<AttemptRecord> attempts;     // oldest first
    QList<QString> attemptKinds;       // outbox kind of each attempt (erp_order | woo_writeback)
    QList<LinkRecord> links;
    QList<ExceptionRecord> exceptions;
    QList<CommandRecord> commands;     // commands naming one of the order's exceptions
    QList<qint64> commandExecutedMs;
    QList<AuditRecord> audit;          // audit entries of the order's exceptions
};

struct FlowCounts {
    int awaitingFulfilment = 0;    // stage posted or confirmed, posted_at older than the due age
    qint64 oldestPostedMs = 0;     // posted_at of the oldest posted/confirmed order; 0 = none
    int refundsPending = 0;        // erp_credit_note outbox items pending or inflight
    int openTickets = 0;           // helpdesk_tickets not solved
};

class JournalQueries {
public:
    explicit JournalQueries(Journal &journal) : m_journal(journal) {}

    // Orders view. Keyset paging continues after `after` (the last row of the previous page)
    // when it can; otherwise LIMIT/OFFSET on the sort column's index.
    qint64 countOrders(const OrderQuery &q, qint64 nowMs);
    QList<OrderRow> orders(const OrderQuery &q, qint64 nowMs, qint64 offset, int limit,
                           const std::optional<OrderRow> &after = std::nullopt);
    static bool keysetUsable(const OrderQuery &q, const OrderRow &after);
    // SQLite's plan (EXPLAIN QUERY PLAN detail lines) for orders() (count = false) or
    // countOrders() (count = true) under q: tests assert that each filter and sort uses an index.
    QStringList ordersPlan(const OrderQuery &q, qint64 nowMs, const std::optional<OrderRow> &after, bool count);

    // Dashboards.
    QList<AttemptWindowStats> attemptStats(qint64 sinceMs);
    // Open stages (received, exception, posted), bucketed by age with the given lower bounds
    // in seconds (ascending, first 0).
    // stageTotals: each stage's order count when the caller has it (statusJson's by_stage, read
    // in the same transaction), so the large stages are not counted twice.
    QList<AgingCount> aging(const QList<qint64> &bucketFromS, qint64 nowMs, const QHash<QString, qint64> &stageTotals = {});
    // Open exceptions by category, system and age bucket (of created_at).
    QList<ExceptionCount> exceptionCounts(const QList<qint64> &bucketFromS, qint64 nowMs);
    QList<ExceptionRecord> exceptions(const QString &category, bool openOnly, int limit);
    // Points averaged into at most maxPoints buckets over [sinceMs, now].
    QList<QPair<qint64, double>> metricSeries(const QString &name, qint64 sinceMs, qint64 untilMs, int maxPoints);
    qint64 dataVersion();
    // The flows after posting (journalflowqueries.cpp): index ranges on orders_stage,
    // outbox_due and helpdesk_tickets_state.
    FlowCounts flowCounts(qint64 nowMs, qint64 fulfilmentDueS, const QHash<QString, qint64> &stageTotals = {});

    // Passport.
    OrderHistory orderHistory(qint64 orderKey);

private:
    Journal &m_journal;
};

} // namespace backroom
