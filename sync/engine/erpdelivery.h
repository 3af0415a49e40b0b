#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/engine/deliverypolicy.h"
#include "sync/erp/erpadapter.h"

#include <QHash>
#include <QString>
#include <QObject>

namespace backroom {

class ConnectionMonitor;
class Journal;
class ParsedOrderCache;
class WriteBatch;

// Order to ERP (DESIGN.md §3): claims due erp_order items, validates and maps each order,
// matches or creates the customer, creates the submitted sales order — exactly once: any
// item that was attempted before is first looked up by its reference field.
class ErpDelivery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpDelivery)
public:
    ErpDelivery(ErpAdapter *erp, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor, Clock *clock,
                Mappings mappings, DeliveryPolicy policy, int concurrency, QHash<QString, QString> referencePrefixes,
                QObject *parent = nullptr, ParsedOrderCache *parsed = nullptr);

    void pump();
    // A new mapping version: orders validated and built from now on use it.
    void setMappings(Mappings mappings) { m_mappings = std::move(mappings); }
    // Claimed (durably marked in flight) and not finished yet.
    int inFlight() const { return m_inFlight + int(m_claimed.size()); }
    static constexpr int kClaimBatch = 100;

Q_SIGNALS:
    void progressed();

private:
    void process(const OutboxItem &item);
    void afterLookup(const OutboxItem &item, const Result<std::optional<QString>> &found);
    void withCustomer(const OutboxItem &item, const Order &order);
    void create(const OutboxItem &item, const Order &order, const QString &customer);
    void succeed(const OutboxItem &item, const QString &erpRef, qint64 startedMs);
    void fail(const OutboxItem &item, const SyncError &error, qint64 startedMs);
    // Not sent: the store cancelled the order first (a status the status map cancels).
    void dropCancelled(const OutboxItem &item, const QString &status, qint64 startedMs);
    void done();
    void resolveCustomer(const Customer &customer, std::function<void(const Result<QString> &)> then);

    ErpAdapter *m_erp;
    Journal *m_journal;
    WriteBatch *m_batch;
    ConnectionMonitor *m_monitor;
    Clock *m_clock;
    ParsedOrderCache *m_parsed; // may be null
    Mappings m_mappings;
    DeliveryPolicy m_policy;
    int m_concurrency;
    int m_inFlight = 0;
    QList<OutboxItem> m_claimed; // claimed, waiting for a free slot
    QHash<QString, QString> m_prefixes; // store id -> ERP reference prefix
    // Orders of one new customer in flight together must not create it twice.
    QHash<QString, QList<std::function<void(const Result<QString> &)>>> m_customerWaiters;
};

} // namespace backroom
