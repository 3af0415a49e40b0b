#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/engine/engineflow.h"
#include "sync/woo/storeclient.h"

#include <QHash>
#include <QTimer>

#include <memory>

namespace backroom {

class ConnectionMonitor;
class ErpAdapter;
class Journal;
class WriteBatch;

// Stock ERP -> WooCommerce for one store (DESIGN.md §3). Every stock.interval_s: read the
// store's catalogue (products and variations), read the ERP's sellable stock for their SKUs
// (through the SKU crosswalk), and write max(0, floor(available) - safety_buffer) where the
// store shows something else, in batches of at most 100, products and variations apart.
// Per-item errors become exceptions for that SKU only; an unmanaged item the ERP stocks and a
// managed one the ERP does not know are reported, never silently "written". A value changed
// by hand in the store is drift: reported (the retry command writes the ERP value) or, with
// stock.drift "correct", written over.
class StockFlow final : public EngineFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockFlow)
public:
    StockFlow(const StoreConfig &store, const Config::Stock &settings, const Mappings &mappings, StoreClient *client,
              ErpAdapter *erp, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor, Clock *clock,
              QObject *parent = nullptr);
    ~StockFlow() override;

    QString name() const override { return QStringLiteral("stock"); }
    void start() override;
    // A stock exception of this store sent for retry since the last sweep: sweep now.
    void pump() override;
    bool busy() const override;
    void stop() override;

    // Starts a sweep now unless one is running.
    void sweep();
    int sweeps() const { return m_sweeps; }

private:
    struct Sweep;
    void readProducts(int page);
    void readVariations();
    void readErp();
    void plan();
    void sendNextBatch();
    void onBatch(qint64 parentId, const QList<StoreClient::StockUpdate> &sent,
                 const Result<QList<StoreClient::StockWriteResult>> &result);
    void finish(const QString &error);
    void raise(const QString &kind, const CatalogueItem &item, const SyncError &error, const QString &groupKey);

    StoreConfig m_store;
    Config::Stock m_settings;
    Mappings m_mappings;
    StoreClient *m_client;
    ErpAdapter *m_erp;
    Journal *m_journal;
    WriteBatch *m_batch;
    ConnectionMonitor *m_monitor;
    Clock *m_clock;
    QTimer m_timer;
    std::unique_ptr<Sweep> m_sweep;
    bool m_firstDone = false;
    int m_sweeps = 0;
    qint64 m_sweepStartedMs = 0;
};

} // namespace backroom
