#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace backroom {

// What the console shows, read from the journal on the reader thread and handed to the GUI
// thread by value (a few KB): the GUI thread never runs SQL or waits on disk.

struct ConnectionHealth {
    QString name;            // "woocommerce:main", "erp:erpnext"
    QString state;           // up | degraded | down | paused_auth | circuit_open | unknown
    qint64 lastSuccessMs = 0;
    QString lastError;
    double errorRate = 0.0;  // failed / all attempts over the last 15 minutes, 0..1
    bool throttled = false;  // a transient.throttled failure in the last 15 minutes
};

struct AgingCell {
    QString stage;           // received | exception | posted (open = not confirmed/skipped)
    QString bucket;          // "< 5 min", "5–60 min", "1–24 h", "> 24 h"
    int count = 0;
    qint64 fromAgeS = 0;     // bucket bounds, for the drill-down filter
    qint64 toAgeS = 0;       // 0 = unbounded
};

struct MetricPoint {
    qint64 atMs = 0;
    double value = 0.0;
};

// Inventory freshness of one store: the `stock` key of status --json, per store.
struct StockFreshness {
    QString store;
    qint64 ageS = -1;          // since the last catalogue read; -1 = never read
    QDateTime lastRead;
    QDateTime lastWritten;
    int openExceptions = 0;    // open stock and stock_drift exceptions
};

// The flows after posting (JournalQueries::flowCounts).
struct FlowFigures {
    int awaitingFulfilment = 0;    // posted or confirmed, posted more than a day ago, not fulfilled
    qint64 oldestUnfulfilledS = 0; // age since posting of the oldest such order (any age); 0 = none
    int refundsPending = 0;        // credit-note outbox items pending or inflight
    int openTickets = 0;           // helpdesk tickets not solved
};

struct ConsoleSnapshot {
    qint64 takenMs = 0;
    QJsonObject status;                        // exactly `backroom status --json`
    QList<ConnectionHealth> connections;
    QList<AgingCell> aging;
    QMap<QString, int> exceptionsByCategory;   // open only
    QMap<QString, int> exceptionsBySystem;
    QMap<QString, int> exceptionsByAge;        // same buckets as aging
    QMap<QString, QList<MetricPoint>> series;  // metric name -> points in the chosen range
    bool engineAlive = false;                  // heartbeat within 5 s
    qint64 heartbeatMs = 0;                    // last engine heartbeat, 0 = never
    qint64 seriesRangeMs = 0;                  // range the series cover
    QList<StockFreshness> stock;               // by store id
    FlowFigures flows;
    qint64 dataVersion = 0;                    // changes whenever the journal was written since
                                               // the previous snapshot: models may refresh()
};

// The age buckets used by the aging and exception dashboards, in seconds.
struct AgeBucket {
    QString label;
    qint64 fromS = 0;
    qint64 toS = 0;      // 0 = unbounded
};
QList<AgeBucket> ageBuckets(); // "< 5 min", "5–60 min", "1–24 h", "> 24 h" (translated)

} // namespace backroom

Q_DECLARE_METATYPE(backroom::ConsoleSnapshot)
