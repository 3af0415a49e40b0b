#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/engine/deliverypolicy.h"
#include "sync/engine/engineflow.h"
#include "sync/erp/erpadapter.h"
#include "sync/journal/journal.h"
#include "sync/woo/storeclient.h"

#include <QHash>

#include <memory>

namespace backroom {

class ConnectionMonitor;
class WriteBatch;

// What the flows after posting share: the adapters, the journal and the settings.
struct OrderFlowContext {
    ErpAdapter *erp = nullptr;
    Journal *journal = nullptr;
    WriteBatch *batch = nullptr;
    ConnectionMonitor *monitor = nullptr;
    Clock *clock = nullptr;
    DeliveryPolicy policy;
    RetryConfig retry;
    Config::OrderFlows settings;
    int erpPollIntervalS = 60;
    Mappings mappings;
    QHash<QString, StoreClient *> stores;   // store id -> client
    QHash<QString, QString> prefixes;       // store id -> ERP reference prefix
    // The latest mapping version (the status map in both directions): shared with the engine,
    // which replaces its content when a mapping command saves a new version.
    std::shared_ptr<Mappings> liveMappings = std::make_shared<Mappings>();
};

// Base of the outbox-driven flows after posting: claims due items of one kind, keeps count of
// what is in flight, records attempts and hands failures to the delivery policy.
class OrderFlow : public EngineFlow {
    Q_OBJECT
public:
    OrderFlow(OrderFlowContext context, const char *kind, int concurrency, QObject *parent);

    void pump() override;
    bool busy() const override { return m_inFlight > 0; }

protected:
    virtual void process(const OutboxItem &item) = 0;
    // The order's reference in the ERP: "<prefix><woo id>".
    QString reference(const OutboxItem &item) const;
    StoreClient *store(const OutboxItem &item) const { return m_ctx.stores.value(item.storeId); }
    // Item done (stage set unless null); attempt recorded.
    void succeed(const OutboxItem &item, const char *stage, const QString &summary);
    // Attempt recorded; retried, parked as an exception (of the item's kind) or paused.
    void fail(const OutboxItem &item, const SyncError &error, const QString &system, const QString &connection);
    // For checks that must never become exceptions: retried while transient, then dropped.
    void failQuietly(const OutboxItem &item, const SyncError &error, const QString &connection);

    OrderFlowContext m_ctx;
    QString m_kind;
    int m_concurrency;
    int m_inFlight = 0;
    QHash<qint64, qint64> m_started; // outbox id -> started ms
};

} // namespace backroom
