#pragma once

#include "models/consolesnapshot.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace backroom {

class EmptyState;
class KpiCard;
class TimeSeriesChart;

// Sync lag: p50/p95 order-to-ERP latency and the oldest unsynced order over time, and the
// backlog depth, over 1 h, 24 h or 7 d; below them the flows after posting: inventory
// freshness, orders awaiting fulfilment, refunds waiting for their credit note, open tickets.
class LagView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagView)
public:
    enum Range { Hour, Day, Week };
    explicit LagView(QWidget *parent = nullptr);

    void applySnapshot(const ConsoleSnapshot &snapshot);
    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeMs(Range range);
    TimeSeriesChart *latencyChart() const { return m_latency; }
    TimeSeriesChart *backlogChart() const { return m_backlog; }

Q_SIGNALS:
    void rangeChanged(qint64 rangeMs);

private:
    void applyFlows(const ConsoleSnapshot &snapshot);

    Range m_range = Hour;
    QButtonGroup *m_rangeButtons;
    KpiCard *m_p50;
    KpiCard *m_p95;
    KpiCard *m_oldest;
    KpiCard *m_backlog_;
    KpiCard *m_stockAge;
    KpiCard *m_unfulfilled;
    KpiCard *m_refunds;
    KpiCard *m_tickets;
    TimeSeriesChart *m_latency;
    TimeSeriesChart *m_backlog;
    EmptyState *m_empty;
};

} // namespace backroom
