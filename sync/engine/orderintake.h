#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/woo/storeclient.h"

#include <QMap>
#include <QObject>

namespace backroom {

class ConnectionMonitor;
class Journal;
class ParsedOrderCache;
class WriteBatch;

// Order intake for one store (DESIGN.md §3): incremental polling by modified date with an
// overlap window, de-duplication by content hash, keyset paging that survives rows moving
// between pages, and a reconciliation sweep by id for changes that do not bump the date.
class OrderIntake final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderIntake)
public:
    OrderIntake(StoreConfig store, StoreClient *client, Journal *journal, WriteBatch *batch,
                ConnectionMonitor *monitor, Clock *clock, QObject *parent = nullptr,
                ParsedOrderCache *parsed = nullptr);

    void poll();       // incremental scan; ignored while a scan runs
    void reconcile();  // full sweep by id; ignored while a scan runs
    bool busy() const { return m_busy; }
    bool completedScan() const { return m_completedScans > 0; }
    const StoreConfig &store() const { return m_store; }
    // Statuses listed besides the syncable ones so that the flows after posting see an order
    // that is cancelled, refunded or completed; only orders already in the journal are recorded.
    void setFollowedStatuses(const QStringList &statuses) { m_followed = statuses; }
    // The mappings' status table (WooCommerce status -> "sync" | "ignore"): a status it names
    // overrides the store's order_statuses; other statuses follow order_statuses.
    void setStatusMap(const QMap<QString, QString> &statusMap) { m_statusMap = statusMap; }
    bool isSyncStatus(const QString &status) const;

    static constexpr int kPerPage = 100;

Q_SIGNALS:
    void ordersEnqueued(int count);
    void scanFinished(bool ok);

private:
    enum class Mode { Incremental, Sweep };
    void start(Mode mode);
    void fetch();
    void onPage(const Result<OrderPage> &page);
    int record(const QJsonArray &orders, QString *maxModified);
    void advance(const QJsonArray &listed, int enqueued);
    void finish(bool ok);

    StoreConfig m_store;
    StoreClient *m_client;
    Journal *m_journal;
    WriteBatch *m_batch;
    ConnectionMonitor *m_monitor;
    Clock *m_clock;
    ParsedOrderCache *m_parsed; // may be null

    bool m_busy = false;
    Mode m_mode = Mode::Incremental;
    QString m_window;       // modified_after of the current query
    int m_page = 1;
    int m_lastTotal = -1;
    bool m_steppedBack = false;
    QJsonArray m_listed;    // the light listing whose full orders are being fetched
    // A backlog: the last page was (nearly) all new, so the next one is listed with whole
    // orders at once instead of ids first and the orders by include= after.
    bool m_wholePages = false;
    bool m_pageIsWhole = false; // the page in flight was asked for with whole orders
    int m_completedScans = 0;
    QStringList m_followed;
    QMap<QString, QString> m_statusMap;
    QStringList listedStatuses() const;
};

// "2026-11-22T17:50:30" shifted by seconds (naive UTC in, naive UTC out).
QString shiftNaiveUtc(const QString &stamp, int seconds);

} // namespace backroom
