#pragma once

#include "models/consolesnapshot.h"
#include "models/orderfilter.h"

#include <QWidget>

class QTableWidget;

namespace backroom {

class EmptyState;
class StackedBarChart;

// Open orders by age bucket and stage. A click on a bar segment (or a count in the table)
// opens the orders view filtered to exactly those orders.
class AgingView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgingView)
public:
    explicit AgingView(QWidget *parent = nullptr);

    void applySnapshot(const ConsoleSnapshot &snapshot);
    StackedBarChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    // The filter behind a bar segment (stage row, bucket column).
    OrderFilter filterFor(int stageIndex, int bucketIndex) const;
    QStringList stages() const { return m_stages; }

Q_SIGNALS:
    void ordersRequested(const backroom::OrderFilter &filter);

private:
    QStringList m_stages;
    QList<AgeBucket> m_buckets;
    StackedBarChart *m_chart;
    QTableWidget *m_table;
    EmptyState *m_empty;
};

} // namespace backroom
