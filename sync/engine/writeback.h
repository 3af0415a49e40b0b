#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/engine/deliverypolicy.h"
#include "sync/woo/storeclient.h"

#include <QObject>

namespace backroom {

class ConnectionMonitor;
class Journal;
class WriteBatch;

// Write-back (DESIGN.md §3): the ERP document name goes onto the store order as meta_data
// `_backroom_erp_ref` — one orders/batch request per 100 orders — plus one order note each.
class WriteBack final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteBack)
public:
    WriteBack(StoreConfig store, StoreClient *client, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor,
              Clock *clock, DeliveryPolicy policy, QObject *parent = nullptr);

    void pump();
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void progressed();

private:
    void onBatch(const QList<OutboxItem> &items, const Result<QList<BatchItemResult>> &result);
    void addNote(const OutboxItem &item);
    void postNote(const OutboxItem &item, const QString &note);
    void finishNote(const OutboxItem &item);
    void fail(const OutboxItem &item, const SyncError &error);

    StoreConfig m_store;
    StoreClient *m_client;
    Journal *m_journal;
    WriteBatch *m_batch;
    ConnectionMonitor *m_monitor;
    Clock *m_clock;
    DeliveryPolicy m_policy;
    int m_inFlight = 0;
};

} // namespace backroom
